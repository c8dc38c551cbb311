import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { LIBRARY_SCHEMA, LIBRARY_VERSION, Library, LibraryError } from '../../lib/store/library';
import { loadPage, SEED_PAGES } from './helpers';

const URL_OF = (name: string) => `https://www.example.gov.cn/news/${name}.html`;
let cards: Record<string, Card>;

beforeAll(async () => {
  cards = {};
  for (const name of SEED_PAGES) cards[name] = await analyze(loadPage(name), { url: URL_OF(name) });
});

/** A fresh browser profile: its own IndexedDB. */
const profile = () => new IDBFactory();
const open = (indexedDB: IDBFactory) => Library.open({ indexedDB, IDBKeyRange });

/** The library's store opened directly, to change records behind its back. */
function currentStore(indexedDB: IDBFactory): Dexie {
  const db = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
  db.version(LIBRARY_VERSION).stores(LIBRARY_SCHEMA);
  return db;
}

async function saveAll(library: Library, names: readonly string[], from = 1_700_000_000_000) {
  for (const [i, name] of names.entries()) await library.save(cards[name]!, URL_OF(name), from + i * 1000);
}

describe('library: save, list, search, filter', () => {
  it('lists saved articles newest first, each once per address', async () => {
    const library = await open(profile());
    await saveAll(library, SEED_PAGES);
    // Saved again (a #fragment is the same article): replaced, not doubled.
    await library.save(cards['xuhui-epaper']!, `${URL_OF('xuhui-epaper')}#top`, 1_800_000_000_000);
    const { articles, total, damaged } = await library.list();
    expect(total).toBe(5);
    expect(damaged).toEqual([]);
    expect(articles[0]!.url).toBe(URL_OF('xuhui-epaper'));
    expect(articles.map((a) => a.title)).toContain('让群众安心温暖过年 市领导看望困难群众');
    expect((await library.get(URL_OF('eastday-traditional')))?.card.body.text).toBe(
      cards['eastday-traditional']!.body.text,
    );
  });

  it('finds articles by Chinese words through the bigram index, exactly', async () => {
    const library = await open(profile());
    await saveAll(library, SEED_PAGES);
    const titles = async (query: string) => (await library.list({ query })).articles.map((a) => a.url);
    expect(await titles('一网通办')).toEqual([URL_OF('xuhui-epaper')]);
    // Traditional pages are searched in their normalized (simplified) text.
    expect(await titles('北新泾街道')).toEqual([URL_OF('eastday-traditional')]);
    // Every word must be present; bigrams alone would also accept 北外…滩 in separate places.
    expect(await titles('李强 旧区改造')).toEqual([URL_OF('waitan-newsletter')]);
    expect(await titles('李强').then((u) => u.sort())).toEqual(
      [URL_OF('xuhui-epaper'), URL_OF('eastday-traditional'), URL_OF('waitan-newsletter')].sort(),
    );
    expect(await titles('不存在的词语')).toEqual([]);
    // The source is searched too (东方网 is printed only in the byline).
    expect(await titles('东方网')).toEqual([URL_OF('eastday-traditional')]);
    // One character has no bigram: the check runs over every article.
    expect((await titles('谦')).includes(URL_OF('hongkou-pinyin'))).toBe(true);
    const hit = (await library.list({ query: '一网通办' })).articles[0]!;
    expect(hit.snippet).toContain('一网通办');
  });

  it('filters by official, place, policy phrase and date, and counts each for the filter lists', async () => {
    const library = await open(profile());
    await saveAll(library, SEED_PAGES);
    const urls = async (filter: Parameters<Library['list']>[0]) =>
      (await library.list(filter)).articles.map((a) => a.url).sort();
    expect(await urls({ official: '应勇' })).toEqual([URL_OF('eastday-traditional')]);
    expect(await urls({ place: '凌云街道社区事务受理服务中心' })).toEqual([URL_OF('xuhui-epaper')]);
    expect(await urls({ phrase: '一网通办' })).toEqual([URL_OF('xuhui-epaper')]);
    // Only pages that print a year have a date: 2018-02-14 and 2023-01-13.
    expect(await urls({ from: '2020-01-01' })).toEqual([URL_OF('changzhou-union')]);
    expect(await urls({ from: '2018-02-14', to: '2018-02-14' })).toEqual([URL_OF('eastday-traditional')]);
    expect(await urls({ official: '李强', query: '凌云' })).toEqual([URL_OF('xuhui-epaper')]);
    const { facets } = await library.list();
    expect(facets.officials[0]).toEqual({ name: '李强', count: 3 });
  });

  it('deletes one article and keeps the others', async () => {
    const library = await open(profile());
    await saveAll(library, SEED_PAGES);
    await library.remove(URL_OF('hongkou-pinyin'));
    const { articles } = await library.list({ query: '李谦' });
    expect(articles).toEqual([]);
    expect((await library.list()).total).toBe(4);
  });

  it('ranks related saved articles with their reasons, leaving the article itself out', async () => {
    const library = await open(profile());
    await saveAll(library, SEED_PAGES);
    const related = await library.related(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'));
    expect(related.map((r) => r.item.url)).not.toContain(URL_OF('xuhui-epaper'));
    expect(related[0]!.item.url).toBe(URL_OF('waitan-newsletter'));
    expect(related[0]!.relation.shared.officials).toEqual(['李强', '习近平']);
    expect(related.length).toBeLessThanOrEqual(5);
  });

  it('refuses to save a page that is not an article', async () => {
    const library = await open(profile());
    const list = await analyze(loadPage('news-list'));
    await expect(library.save(list, 'https://www.example.gov.cn/list.html')).rejects.toMatchObject({
      code: 'not-article',
    });
  });
});

describe('library: export and import', () => {
  it('round-trips the whole library and merges without doubling', async () => {
    const first = await open(profile());
    await saveAll(first, SEED_PAGES);
    const json = await first.exportJSON();
    expect(JSON.parse(json)).toMatchObject({ format: 'govlens-library', version: LIBRARY_VERSION });
    // The export carries cards only: tokens and fingerprints are rebuilt.
    expect(json).not.toContain('"grams"');

    const second = await open(profile());
    await second.save(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'), 1_900_000_000_000);
    expect(await second.importJSON(json)).toEqual({ added: 4, updated: 0, skipped: 1 });
    expect((await second.list()).total).toBe(5);
    expect((await second.list({ query: '一网通办' })).articles).toHaveLength(1);
    expect(await second.importJSON(json)).toEqual({ added: 0, updated: 0, skipped: 5 });
  });

  it('imports in batches, telling how far it is after each, with the same result as one batch', async () => {
    const first = await open(profile());
    await saveAll(first, SEED_PAGES);
    const json = await first.exportJSON();
    const second = await open(profile());
    const seen: Array<[number, number]> = [];
    const result = await second.importJSON(json, {
      batch: 2,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(result).toEqual({ added: 5, updated: 0, skipped: 0 });
    expect(seen).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect((await second.list()).total).toBe(5);
    // The search and the related articles see every batch.
    expect((await second.list({ query: '一网通办' })).articles.map((a) => a.url)).toEqual([
      URL_OF('xuhui-epaper'),
    ]);
    const related = await second.related(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'));
    expect(related.map((r) => r.item.url)).toEqual(
      (await first.related(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'))).map((r) => r.item.url),
    );
  });

  it('takes the latest copy when one file holds an article twice', async () => {
    const library = await open(profile());
    const card = cards['waitan-newsletter']!;
    const file = {
      format: 'govlens-library',
      version: 2,
      exportedAt: '',
      articles: [
        { url: URL_OF('w'), savedAt: 2, card },
        { url: `${URL_OF('w')}#p2`, savedAt: 5, card: { ...card, title: '新标题' } },
        { url: URL_OF('w'), savedAt: 3, card },
      ],
    };
    expect(await library.importJSON(JSON.stringify(file))).toEqual({ added: 1, updated: 0, skipped: 2 });
    expect((await library.get(URL_OF('w')))?.card.title).toBe('新标题');
  });

  it('rejects a file that is not a library export, changing nothing', async () => {
    const library = await open(profile());
    await saveAll(library, ['waitan-newsletter']);
    await expect(library.importJSON('{"hello": 1}')).rejects.toMatchObject({ code: 'bad-import' });
    await expect(library.importJSON('not json')).rejects.toMatchObject({ code: 'bad-import' });
    expect((await library.list()).total).toBe(1);
  });

  it('skips entries that are not readable cards and imports the rest', async () => {
    const library = await open(profile());
    const data = {
      format: 'govlens-library',
      version: 2,
      exportedAt: '',
      articles: [
        { url: URL_OF('changzhou-union'), savedAt: 1, card: cards['changzhou-union'] },
        { url: URL_OF('broken'), savedAt: 2, card: { title: 5 } },
        null,
      ],
    };
    expect(await library.importJSON(JSON.stringify(data))).toEqual({ added: 1, updated: 0, skipped: 2 });
  });
});

describe('library: only web addresses', () => {
  it('imports only articles at http(s) addresses, whatever the file says', async () => {
    const library = await open(profile());
    const card = cards['changzhou-union']!;
    const entry = (url: string, cardUrl: string | null = null) => ({
      url,
      savedAt: 1,
      card: { ...card, url: cardUrl },
    });
    const data = {
      format: 'govlens-library',
      version: 2,
      exportedAt: '',
      articles: [
        entry('javascript:alert(document.domain)'),
        entry('JavaScript:alert(1)//https://www.example.gov.cn/'),
        entry('data:text/html,<script>alert(1)</script>'),
        entry('file:///etc/passwd'),
        entry('not an address'),
        // A good address whose card links elsewhere: the card is what the popup and list link.
        entry(URL_OF('card-link'), 'javascript:alert(1)'),
        entry('HTTPS://www.example.gov.cn/news/ok.html', 'https://www.example.gov.cn/news/ok.html'),
      ],
    };
    expect(await library.importJSON(JSON.stringify(data))).toEqual({ added: 1, updated: 0, skipped: 6 });
    const { articles, damaged } = await library.list();
    expect(articles.map((a) => a.url)).toEqual(['HTTPS://www.example.gov.cn/news/ok.html']);
    expect(damaged).toEqual([]);
  });

  it('reports a stored record at another address as damaged, never lists or links it', async () => {
    const indexedDB = profile();
    const library = await open(indexedDB);
    await saveAll(library, ['changzhou-union']);
    const db = currentStore(indexedDB);
    const summary = await db.table('summaries').get(URL_OF('changzhou-union'));
    await db.table('summaries').put({ ...summary, url: 'javascript:alert(1)' });
    db.close();
    const { articles, damaged } = await library.list();
    expect(articles.map((a) => a.url)).toEqual([URL_OF('changzhou-union')]);
    expect(damaged).toEqual(['javascript:alert(1)']);
  });
});

describe('library: storage limits and faults', () => {
  it('rebuilds the packed fingerprints when they are lost or unreadable, and ranks as before', async () => {
    const indexedDB = profile();
    const library = await open(indexedDB);
    await saveAll(library, SEED_PAGES);
    const before = await library.related(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'));
    const raw = currentStore(indexedDB);
    await raw.table('prints').put({ key: 'all', urlText: 'only-one\n' });
    raw.close();
    // A page opened after the damage (this one keeps what it read in memory).
    const after = await (await open(indexedDB)).related(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'));
    expect(after.map((r) => r.item.url)).toEqual(before.map((r) => r.item.url));
    expect(after[0]!.item.url).toBe(URL_OF('waitan-newsletter'));
    // Deleting updates them too: the deleted article is never offered.
    await library.remove(URL_OF('waitan-newsletter'));
    const rest = await library.related(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'));
    expect(rest.map((r) => r.item.url)).not.toContain(URL_OF('waitan-newsletter'));
    expect(rest.length).toBe(before.length - 1);
  });

  it('opens a store written by version 1 and keeps every article, searchable and related', async () => {
    const indexedDB = profile();
    const v1 = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
    v1.version(1).stores({ articles: 'url, savedAt' });
    for (const [i, name] of SEED_PAGES.entries())
      await v1.table('articles').put({ url: URL_OF(name), savedAt: 1000 + i, card: cards[name] });
    // A record the first version left half written.
    await v1.table('articles').put({ url: URL_OF('half'), savedAt: 5000, card: { title: '半条记录' } });
    v1.close();

    const library = await open(indexedDB);
    const { articles, damaged, total } = await library.list();
    expect(total).toBe(5);
    expect(articles.map((a) => a.savedAt)).toEqual([1004, 1003, 1002, 1001, 1000]);
    expect(damaged).toEqual([URL_OF('half')]);
    expect((await library.list({ query: '一网通办' })).articles).toHaveLength(1);
    expect((await library.related(cards['xuhui-epaper']!, URL_OF('xuhui-epaper')))[0]!.item.url).toBe(
      URL_OF('waitan-newsletter'),
    );
  });

  it('will not open a store from a newer version, and leaves it as it is', async () => {
    const indexedDB = profile();
    const newer = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
    newer.version(9).stores({ articles: 'url, savedAt, *grams', notes: '++id' });
    await newer.table('articles').put({ url: 'u', savedAt: 1, card: cards['waitan-newsletter'] });
    newer.close();

    const error = await open(indexedDB).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('newer-version');
    const again = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
    again.version(9).stores({ articles: 'url, savedAt, *grams', notes: '++id' });
    expect(await again.table('articles').count()).toBe(1);
    again.close();
  });

  it('reports a corrupt record, keeps it, and shows, searches and exports the rest', async () => {
    const indexedDB = profile();
    const library = await open(indexedDB);
    await saveAll(library, SEED_PAGES);
    // Damage two records behind the library's back, as a crash or a faulty version might.
    const raw = currentStore(indexedDB);
    await raw.table('summaries').put({ url: URL_OF('hongkou-pinyin'), savedAt: 'yesterday' });
    await raw.table('saved').where('url').equals(URL_OF('xuhui-epaper')).modify({ card: 'garbage' });
    raw.close();

    const { articles, damaged } = await library.list();
    // The list reads summaries only: hongkou's is unreadable. xuhui's summary and search text are
    // readable but its card is not: it is listed and found, get() says it cannot be read, and the
    // export carries it apart.
    expect(damaged).toEqual([URL_OF('hongkou-pinyin')]);
    expect(articles.map((a) => a.url)).not.toContain(URL_OF('hongkou-pinyin'));
    expect((await library.list({ query: '李谦' })).articles).toEqual([]);
    expect(articles.map((a) => a.url)).toContain(URL_OF('waitan-newsletter'));
    expect((await library.list({ query: '一网通办' })).articles.map((a) => a.url)).toEqual([
      URL_OF('xuhui-epaper'),
    ]);
    expect(await library.get(URL_OF('xuhui-epaper'))).toBeNull();
    const exported = JSON.parse(await library.exportJSON());
    expect(exported.articles).toHaveLength(4);
    expect(exported.damaged).toHaveLength(1);
    // Saving the page again repairs it.
    await library.save(cards['xuhui-epaper']!, URL_OF('xuhui-epaper'));
    expect((await library.list({ query: '一网通办' })).articles).toHaveLength(1);
  });

  it('says the quota is full, writes nothing and loses no saved article', async () => {
    const library = await open(profile());
    await saveAll(library, ['xuhui-epaper', 'waitan-newsletter']);
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    // The browser refuses the second write of the save (the summary): the first must be undone too.
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (++puts >= 2) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(
        library.save(cards['eastday-traditional']!, URL_OF('eastday-traditional')),
      ).rejects.toMatchObject({ code: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const { articles, damaged } = await library.list();
    expect(articles.map((a) => a.url).sort()).toEqual(
      [URL_OF('xuhui-epaper'), URL_OF('waitan-newsletter')].sort(),
    );
    expect(damaged).toEqual([]);
    expect(await library.get(URL_OF('eastday-traditional'))).toBeNull();
  });

  it('an import that overflows the quota writes nothing', async () => {
    const source = await open(profile());
    await saveAll(source, SEED_PAGES);
    const json = await source.exportJSON();
    const library = await open(profile());
    await saveAll(library, ['waitan-newsletter']);
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (++puts > 6) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(library.importJSON(json)).rejects.toMatchObject({ code: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await library.list()).articles.map((a) => a.url)).toEqual([URL_OF('waitan-newsletter')]);
  });

  it('two tabs saving at once both land, and the same article from both is kept once', async () => {
    const indexedDB = profile();
    const [tabA, tabB] = await Promise.all([open(indexedDB), open(indexedDB)]);
    await Promise.all([
      tabA.save(cards['xuhui-epaper']!, URL_OF('xuhui-epaper')),
      tabB.save(cards['eastday-traditional']!, URL_OF('eastday-traditional')),
      tabA.save(cards['waitan-newsletter']!, URL_OF('waitan-newsletter')),
      tabB.save(cards['waitan-newsletter']!, URL_OF('waitan-newsletter')),
      tabB.save(cards['hongkou-pinyin']!, URL_OF('hongkou-pinyin')),
    ]);
    const third = await open(indexedDB);
    const { articles, total, damaged } = await third.list();
    expect(total).toBe(4);
    expect(damaged).toEqual([]);
    expect(new Set(articles.map((a) => a.url)).size).toBe(4);
    for (const name of ['xuhui-epaper', 'eastday-traditional', 'waitan-newsletter', 'hongkou-pinyin'])
      expect((await third.get(URL_OF(name)))?.card.title).toBe(cards[name]!.title);
  });
});
