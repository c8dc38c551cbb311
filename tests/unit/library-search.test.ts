import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotate/annotation';
import { describe as describeSpan } from '../../lib/annotate/selectors';
import { type Card, emptyCard } from '../../lib/card';
import { LIBRARY_SCHEMA, LIBRARY_VERSION, Library } from '../../lib/store/library';
import { BUCKETS, bucketOf, idsOf, intersect, RECENT, updateBucket } from '../../lib/store/postings';
import { toRecords } from '../../lib/store/record';
import { simhash } from '../../lib/store/similarity';

const URL_OF = (n: number | string) => `https://www.example.gov.cn/news/${n}.html`;
const open = (indexedDB: IDBFactory) => Library.open({ indexedDB, IDBKeyRange });

/** An article card written for these tests, in the shape the pipeline gives. */
function article(title: string, text: string, officials: string[] = [], source: string | null = null): Card {
  return {
    ...emptyCard(null, '', 'zh-Hans'),
    isArticle: true,
    reason: null,
    title,
    source,
    body: { paragraphs: [text], text },
    officials: officials.map((name) => ({ name, titles: [], mentions: 1 })) as Card['officials'],
  };
}

const NEWS = article(
  '街道召开居民区书记工作会议',
  '会上，各居民区书记交流了旧区改造和垃圾分类的做法。街道党工委书记作总结讲话。',
  ['王建华'],
  '徐汇区融媒体中心',
);
const OTHER = article('区政府举行常务会议', '会议研究了养老服务设施建设和交通整治工作。', ['李明']);

function note(id: string, url: string, text: string, noteText: string): Annotation {
  return {
    id,
    url,
    colour: 'yellow',
    note: noteText,
    text,
    selectors: describeSpan(text, 0, text.length),
    created: 1,
    updated: 1,
  };
}

describe('search postings (bigrams hashed into buckets, packed ids)', () => {
  const one = (gram: string, ids: number[]) => new Map([[gram, ids]]);
  const none = new Map<string, Set<number>>();

  it('round-trips ids of any size as varint deltas, each bigram apart in its bucket', () => {
    const ids = [1, 2, 3, 130, 20_000, 3_000_000, 2 ** 31 + 5];
    const b = updateBucket(
      7,
      undefined,
      new Map([
        ['书记', ids],
        ['居民', [2, 4]],
      ]),
      none,
    )!;
    expect(idsOf(b, '书记')).toEqual(ids);
    expect(idsOf(b, '居民')).toEqual([2, 4]);
    expect(idsOf(b, '民区')).toEqual([]);
    expect(bucketOf('书记')).toBeGreaterThanOrEqual(0);
    expect(bucketOf('书记')).toBeLessThan(BUCKETS);
  });

  it('appends larger ids, merges smaller ones, removes, and empties', () => {
    const p = updateBucket(1, undefined, one('书记', [1, 5]), none)!;
    const appended = updateBucket(1, p, one('书记', [9, 300]), none)!;
    expect(idsOf(appended, '书记')).toEqual([1, 5, 9, 300]);
    const merged = updateBucket(1, appended, one('书记', [3]), new Map([['书记', new Set([5])]]))!;
    expect(idsOf(merged, '书记')).toEqual([1, 3, 9, 300]);
    const other = updateBucket(1, merged, one('居民', [2]), none)!;
    expect(idsOf(other, '书记')).toEqual([1, 3, 9, 300]);
    expect(
      updateBucket(
        1,
        updateBucket(1, undefined, one('书记', [7]), none)!,
        new Map(),
        new Map([['书记', new Set([7])]]),
      ),
    ).toBeNull();
    expect(
      intersect([
        [1, 3, 9],
        [3, 9, 12],
        [3, 9],
      ]),
    ).toEqual([3, 9]);
  });
});

describe('library search: title, text, official, note', () => {
  it('finds an article by its title, its text, an official, its source and a note', async () => {
    const library = await open(new IDBFactory());
    await library.save(NEWS, URL_OF('news'), 2000);
    await library.save(OTHER, URL_OF('other'), 1000);
    const urls = async (query: string) => (await library.list({ query })).articles.map((a) => a.url);
    expect(await urls('工作会议')).toEqual([URL_OF('news')]); // title only
    expect(await urls('垃圾分类')).toEqual([URL_OF('news')]); // text only
    expect(await urls('王建华')).toEqual([URL_OF('news')]); // official only
    expect(await urls('融媒体')).toEqual([URL_OF('news')]); // source only
    expect(await urls('会议')).toEqual([URL_OF('news'), URL_OF('other')]);
    expect(await urls('养老 王建华')).toEqual([]);
    await library.putAnnotation(note('n1', URL_OF('other'), '交通整治', '值得跟进的停车难问题'));
    const byNote = await library.list({ query: '停车难' });
    expect(byNote.articles.map((a) => a.url)).toEqual([URL_OF('other')]);
    expect(byNote.articles[0]!.snippet).toContain('停车难');
    expect(byNote.matched).toBe(1);
  });

  it('keeps the postings exact when an article is saved again with other text, or deleted', async () => {
    const indexedDB = new IDBFactory();
    const library = await open(indexedDB);
    await library.save(NEWS, URL_OF('news'));
    await library.save(OTHER, URL_OF('news'));
    expect((await library.list({ query: '垃圾' })).articles).toEqual([]);
    expect((await library.list({ query: '养老' })).articles).toHaveLength(1);
    const raw = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
    raw.version(LIBRARY_VERSION).stores(LIBRARY_SCHEMA);
    // The bigram only the old text had has no posting left; one of the new text has the article.
    expect(idsOf(await raw.table('postings').get(bucketOf('垃圾')), '垃圾')).toEqual([]);
    expect(idsOf(await raw.table('postings').get(bucketOf('养老')), '养老')).toHaveLength(1);
    await library.remove(URL_OF('news'));
    expect(await raw.table('postings').count()).toBe(0);
    raw.close();
  });
});

describe('library postings: recent saves apart', () => {
  it('keeps single saves in the record of recent saves, searched too, and moves them into the buckets on a larger write', async () => {
    const indexedDB = new IDBFactory();
    const library = await open(indexedDB);
    const raw = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
    raw.version(LIBRARY_VERSION).stores(LIBRARY_SCHEMA);
    await library.save(NEWS, URL_OF('news'), 1000);
    await library.save(OTHER, URL_OF('other'), 2000);
    // One small record written per save, not the buckets of ~all its bigrams.
    expect((await raw.table('postings').toCollection().primaryKeys()) as number[]).toEqual([RECENT]);
    expect((await library.list({ query: '会议' })).articles.map((a) => a.url)).toEqual([
      URL_OF('other'),
      URL_OF('news'),
    ]);
    // An import batch of more articles moves them into the buckets with its own.
    const articles = Array.from({ length: 30 }, (_, i) => ({
      url: URL_OF(i),
      savedAt: 3000 + i,
      card: NEWS,
    }));
    await library.importJSON(
      JSON.stringify({ format: 'govlens-library', version: 5, exportedAt: '', articles }),
    );
    const keys = (await raw.table('postings').toCollection().primaryKeys()) as number[];
    expect(keys).not.toContain(RECENT);
    expect(idsOf(await raw.table('postings').get(bucketOf('养老')), '养老')).toHaveLength(1);
    expect((await library.list({ query: '会议' })).matched).toBe(32);
    expect((await library.list({ query: '养老' })).articles.map((a) => a.url)).toEqual([URL_OF('other')]);
    raw.close();
  });
});

describe('library memory: current across pages', () => {
  it("sees another page's save, delete and highlight at its next list", async () => {
    const indexedDB = new IDBFactory();
    const page = await open(indexedDB);
    const popup = await open(indexedDB);
    await page.save(NEWS, URL_OF('news'), 1000);
    expect((await page.list()).total).toBe(1);
    await popup.save(OTHER, URL_OF('other'), 2000);
    let listing = await page.list();
    expect(listing.articles.map((a) => a.url)).toEqual([URL_OF('other'), URL_OF('news')]);
    expect(listing.facets.officials.map((f) => f.name).sort()).toEqual(['李明', '王建华'].sort());
    expect((await page.list({ query: '养老' })).articles.map((a) => a.url)).toEqual([URL_OF('other')]);
    await popup.putAnnotation(note('n1', URL_OF('news'), '垃圾分类', '下周回访'));
    listing = await page.list({ query: '回访' });
    expect(listing.articles.map((a) => a.url)).toEqual([URL_OF('news')]);
    expect(listing.articles[0]!.annotations?.map((a) => a.note)).toEqual(['下周回访']);
    await popup.removeAnnotation('n1');
    expect((await page.list({ query: '回访' })).articles).toEqual([]);
    await popup.remove(URL_OF('other'));
    expect((await page.list()).articles.map((a) => a.url)).toEqual([URL_OF('news')]);
    // And the other way: the page's own writes reach the popup's related lookup.
    expect((await popup.related(NEWS, URL_OF('elsewhere'))).map((r) => r.item.url)).toEqual([URL_OF('news')]);
    await page.save(OTHER, URL_OF('other'), 3000);
    expect((await popup.related(OTHER, URL_OF('elsewhere'))).map((r) => r.item.url)).toContain(
      URL_OF('other'),
    );
  });

  it("sees another page's tags and note: the tag filter, its facet and the search by note", async () => {
    const indexedDB = new IDBFactory();
    const page = await open(indexedDB);
    const other = await open(indexedDB);
    await page.save(NEWS, URL_OF('news'), 1000);
    await page.save(OTHER, URL_OF('other'), 2000);
    expect((await page.list({ tag: '养老' })).articles).toEqual([]);
    await other.setMeta(URL_OF('other'), { tags: '养老、交通', note: '区里的重点工作' });
    const tagged = await page.list({ tag: '养老' });
    expect(tagged.articles.map((a) => a.url)).toEqual([URL_OF('other')]);
    expect(tagged.articles[0]!.meta?.note).toBe('区里的重点工作');
    expect(tagged.facets.tags.map((f) => f.name).sort()).toEqual(['交通', '养老'].sort());
    expect((await page.list({ query: '重点工作' })).articles.map((a) => a.url)).toEqual([URL_OF('other')]);
    // Its own change too, at once.
    await page.setMeta(URL_OF('other'), { tags: [], note: '' });
    expect((await page.list({ tag: '养老' })).articles).toEqual([]);
    expect((await other.list({ query: '重点工作' })).articles).toEqual([]);
  });

  it('a page sees its own writes at once, and the memory does not leak into what it returns', async () => {
    const library = await open(new IDBFactory());
    await library.save(NEWS, URL_OF('news'), 1000);
    const first = await library.list();
    first.articles[0]!.title = 'changed by the caller';
    first.facets.officials.length = 0;
    expect((await library.list()).facets.officials).toHaveLength(1);
    await library.save(OTHER, URL_OF('other'), 2000);
    const next = await library.list();
    expect(next.articles.map((a) => a.title)).toEqual([OTHER.title, NEWS.title]);
    expect(next.facets.officials).toHaveLength(2);
  });
});

describe('library list: paged', () => {
  async function filled(n: number) {
    const library = await open(new IDBFactory());
    const articles = Array.from({ length: n }, (_, i) => ({
      url: URL_OF(i),
      savedAt: i,
      // Every third article holds 居民区 and 书记 side by side; the others hold their bigrams apart.
      card: i % 3 === 0 ? NEWS : article(`第${i}期`, '新建居民活动室，社区民区划调整。书记到场。', [], null),
    }));
    await library.importJSON(
      JSON.stringify({ format: 'govlens-library', version: 5, exportedAt: '', articles }),
    );
    return library;
  }

  it('returns the page asked for, newest first, with the count of every match', async () => {
    const library = await filled(30);
    const all = await library.list({}, { limit: 10 });
    expect(all.articles.map((a) => a.savedAt)).toEqual([29, 28, 27, 26, 25, 24, 23, 22, 21, 20]);
    expect(all).toMatchObject({ total: 30, matched: 30, approximate: false });
    const next = await library.list({}, { offset: 10, limit: 10 });
    expect(next.articles[0]!.savedAt).toBe(19);
    // A two-character word is decided by the index: an exact count without reading every text.
    const word = await library.list({ query: '书记' }, { limit: 5 });
    expect(word).toMatchObject({ matched: 30, approximate: false });
    expect(word.articles).toHaveLength(5);
  });

  it('checks the text of a longer word only until the page is full, and says the count is at most', async () => {
    const library = await filled(300);
    // 居民 + 民区 are in every article, 居民区 in one of three.
    const page = await library.list({ query: '居民区' }, { limit: 5 });
    expect(page.articles.map((a) => a.savedAt)).toEqual([297, 294, 291, 288, 285]);
    expect(page.approximate).toBe(true);
    expect(page.matched).toBeGreaterThanOrEqual(100);
    expect(page.matched).toBeLessThanOrEqual(300);
    const second = await library.list({ query: '居民区' }, { offset: 5, limit: 5 });
    expect(second.articles.map((a) => a.savedAt)).toEqual([282, 279, 276, 273, 270]);
    // Asked for every match, every candidate is checked: the exact count.
    const every = await library.list({ query: '居民区' });
    expect(every).toMatchObject({ matched: 100, approximate: false });
    expect(every.articles).toHaveLength(100);
  });
});

describe('library: older stores open searchable', () => {
  /** A store as version 3 or 4 wrote it: the multi-entry bigram index on `saved`. */
  async function oldStore(version: 3 | 4): Promise<IDBFactory> {
    const indexedDB = new IDBFactory();
    const db = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
    const v3 = {
      saved: '++id, &url, savedAt, *grams',
      texts: 'id',
      summaries: 'url, savedAt',
      prints: 'key',
      annotations: 'id, url',
    };
    db.version(version).stores(
      version === 3 ? v3 : { ...v3, meta: 'url, *tags', versions: '++id, url', identities: 'key' },
    );
    for (const [i, [card, url]] of [
      [NEWS, URL_OF('news')],
      [OTHER, URL_OF('other')],
    ].entries()) {
      const r = toRecords(card as Card, url as string, 1000 + i);
      const id = (await db.table('saved').add({ ...r.article, grams: r.grams })) as number;
      await db.table('texts').put({ ...r.text, id });
      await db.table('summaries').put({ ...r.summary, id });
    }
    await db.table('annotations').put(note('n1', URL_OF('other'), '交通整治', '停车难'));
    db.close();
    return indexedDB;
  }

  for (const version of [3, 4] as const)
    it(`opens a library of version ${version} with every article, searchable by text and note`, async () => {
      const indexedDB = await oldStore(version);
      const library = await open(indexedDB);
      const listing = await library.list();
      expect(listing.articles.map((a) => a.url)).toEqual([URL_OF('other'), URL_OF('news')]);
      expect(listing.damaged).toEqual([]);
      expect((await library.list({ query: '垃圾分类' })).articles.map((a) => a.url)).toEqual([
        URL_OF('news'),
      ]);
      expect((await library.list({ query: '会议' })).matched).toBe(2);
      expect((await library.list({ query: '停车难' })).articles.map((a) => a.url)).toEqual([URL_OF('other')]);
      expect((await library.related(NEWS, URL_OF('elsewhere')))[0]!.item.url).toBe(URL_OF('news'));
      // The old per-article tokens are gone from the saved records.
      const raw = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
      raw.version(LIBRARY_VERSION).stores(LIBRARY_SCHEMA);
      expect((await raw.table('saved').toArray()).every((r) => !('grams' in r))).toBe(true);
      raw.close();
    });
});

describe('SimHash, computed from the bigrams’ units', () => {
  /** The SimHash as first written (one string and two hash calls per bigram): stored values must not move. */
  function reference(text: string): { hi: number; lo: number } {
    const hash32 = (s: string, seed: number) => {
      let h = seed >>> 0;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
      return h >>> 0;
    };
    const weights = new Int32Array(64);
    const clean = text.replace(/[\s\p{P}]/gu, '');
    for (let i = 0; i + 1 < clean.length; i++) {
      const a = hash32(clean.slice(i, i + 2), 2166136261);
      const b = hash32(clean.slice(i, i + 2), 3735928559);
      for (let bit = 0; bit < 32; bit++) {
        weights[bit]! += (a >>> bit) & 1 ? 1 : -1;
        weights[bit + 32]! += (b >>> bit) & 1 ? 1 : -1;
      }
    }
    let hi = 0;
    let lo = 0;
    for (let bit = 0; bit < 32; bit++) {
      if (weights[bit]! > 0) lo |= 1 << bit;
      if (weights[bit + 32]! > 0) hi |= 1 << bit;
    }
    return { hi: hi >>> 0, lo: lo >>> 0 };
  }

  it('gives the values fingerprints were saved with', () => {
    for (const text of [
      NEWS.body.text,
      OTHER.body.text,
      '',
      '一',
      '区',
      '𠀀𠀁 居民区书记。Abc 123',
      `${NEWS.body.text}`.repeat(3),
    ])
      expect(simhash(text)).toEqual(reference(text));
  });
});
