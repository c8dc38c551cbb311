import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotate/annotation';
import { describe as describeSpan } from '../../lib/annotate/selectors';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { Library } from '../../lib/store/library';
import { toRecords } from '../../lib/store/record';
import { loadPage } from './helpers';

const URL = 'https://www.example.gov.cn/news/waitan-newsletter.html';
let card: Card;

beforeAll(async () => {
  card = await analyze(loadPage('waitan-newsletter'), { url: URL });
});

const open = (indexedDB: IDBFactory) => Library.open({ indexedDB, IDBKeyRange });

/** A highlight on the first `length` characters after `from` of the card's text. */
function highlight(id: string, from: number, length: number, note = '', updated = 1000): Annotation {
  const text = card.body.text;
  return {
    id,
    url: `${URL}#p2`,
    colour: 'yellow',
    note,
    text: text.slice(from, from + length),
    selectors: describeSpan(text, from, from + length),
    created: updated,
    updated,
  };
}

describe('library: the reader’s highlights and notes', () => {
  it('saves the article with its first highlight, keeps it under the article’s address', async () => {
    const library = await open(new IDBFactory());
    expect(await library.has(URL)).toBe(false);
    await library.putAnnotation(highlight('a', 10, 12, '值得关注'), card);
    expect(await library.has(URL)).toBe(true);
    const [a] = await library.annotations(URL);
    expect(a).toMatchObject({ id: 'a', url: URL, note: '值得关注' });
    // Changed in place, not doubled.
    await library.putAnnotation({ ...a!, note: '改过的批注', updated: 2000 });
    expect((await library.annotations(URL)).map((x) => x.note)).toEqual(['改过的批注']);
    await library.removeAnnotation('a');
    expect(await library.annotations(URL)).toEqual([]);
  });

  it('will not keep a highlight of an article it cannot save', async () => {
    const library = await open(new IDBFactory());
    await expect(library.putAnnotation(highlight('a', 0, 5))).rejects.toMatchObject({ code: 'not-article' });
    expect(await library.annotations(URL)).toEqual([]);
  });

  it('lists each article with its highlights, and search finds an article by a note', async () => {
    const library = await open(new IDBFactory());
    await library.putAnnotation(highlight('a', 10, 12, '跟进燃气排查'), card);
    await library.putAnnotation(highlight('b', 40, 6, '', 1500), card);
    const { articles } = await library.list();
    expect(articles[0]!.annotations?.map((a) => a.id)).toEqual(['a', 'b']);
    const found = await library.list({ query: '燃气排查' });
    expect(found.articles.map((a) => a.url)).toEqual([URL]);
    expect(found.articles[0]!.snippet).toContain('跟进燃气排查');
    expect((await library.list({ query: '从未写过的批注' })).articles).toEqual([]);
  });

  it('deletes an article’s highlights with it', async () => {
    const library = await open(new IDBFactory());
    await library.putAnnotation(highlight('a', 10, 12), card);
    await library.remove(URL);
    expect(await library.annotations(URL)).toEqual([]);
  });

  it('exports highlights with their articles and imports them, the newer copy winning', async () => {
    const first = await open(new IDBFactory());
    await first.putAnnotation(highlight('a', 10, 12, '旧批注', 1000), card);
    const json = await first.exportJSON();
    const second = await open(new IDBFactory());
    await second.importJSON(json);
    expect((await second.annotations(URL)).map((a) => a.note)).toEqual(['旧批注']);
    await second.putAnnotation({ ...highlight('a', 10, 12, '新批注', 5000) });
    await second.importJSON(json);
    expect((await second.annotations(URL)).map((a) => a.note)).toEqual(['新批注']);
  });

  it('opens a library of version 2 with every article, and takes highlights from then on', async () => {
    const indexedDB = new IDBFactory();
    // A store as version 2 wrote it: the article in its three tables, no highlights table.
    const v2 = new Dexie('govlens-library', { indexedDB, IDBKeyRange });
    v2.version(2).stores({
      saved: '++id, &url, savedAt, *grams',
      texts: 'id',
      summaries: 'url, savedAt',
      prints: 'key',
    });
    const records = toRecords(card, URL, 1234);
    const id = (await v2.table('saved').add(records.article)) as number;
    await v2.table('texts').put({ ...records.text, id });
    await v2.table('summaries').put({ ...records.summary, id });
    v2.close();

    const library = await open(indexedDB);
    const { articles, total } = await library.list();
    expect(total).toBe(1);
    expect(articles[0]).toMatchObject({ url: URL, savedAt: 1234 });
    expect(articles[0]!.annotations).toBeUndefined();
    await library.putAnnotation(highlight('a', 10, 12, '升级后的批注'));
    expect((await library.list({ query: '升级后' })).articles.map((a) => a.url)).toEqual([URL]);
  });
});
