import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type Card, emptyCard } from '../../lib/card';
import { Library } from '../../lib/store/library';
import { readTags } from '../../lib/store/meta';

const A = 'https://www.example.gov.cn/news/a.html';
const B = 'https://www.example.gov.cn/news/b.html';

/** A saved article as the engine would give it: a title and two paragraphs, written for this test. */
function article(url: string, title: string, paragraphs: string[]): Card {
  const card = emptyCard(url, '', 'zh-Hans');
  card.isArticle = true;
  card.reason = null;
  card.title = title;
  card.body = { paragraphs, text: paragraphs.join('\n') };
  return card;
}

const CARD_A = article(A, '澄浦区部署冬季燃气安全排查', [
  '区政府召开常务会议，部署老旧小区燃气管道排查。',
  '各街道要在12月底前完成排查。',
]);
const CARD_B = article(B, '澄浦区推进一网通办', ['区政务服务中心新增三十项一网通办事项。']);

async function library(): Promise<Library> {
  const lib = await Library.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  await lib.save(CARD_A, A, 1000);
  await lib.save(CARD_B, B, 2000);
  return lib;
}

describe('tags as the reader types them', () => {
  it('splits at commas, 、, semicolons and spaces, trims, drops a leading # and repeats', () => {
    expect(readTags('燃气安全、 冬季，排查; #燃气安全  safety')).toEqual([
      '燃气安全',
      '冬季',
      '排查',
      'safety',
    ]);
    expect(readTags(['  a ', '', 'a', 'b'])).toEqual(['a', 'b']);
    expect(readTags('')).toEqual([]);
  });
});

describe('library: tags and a note per article', () => {
  it('saves, edits and clears the tags and note of an article', async () => {
    const lib = await library();
    expect(await lib.meta(A)).toBeNull();
    await lib.setMeta(`${A}#top`, { tags: '燃气安全、冬季', note: ' 跟进排查结果 ' }, 3000);
    expect(await lib.meta(A)).toEqual({
      url: A,
      tags: ['燃气安全', '冬季'],
      note: '跟进排查结果',
      updated: 3000,
    });
    await lib.setMeta(A, { tags: ['冬季'], note: '已公开' }, 4000);
    expect(await lib.meta(A)).toMatchObject({ tags: ['冬季'], note: '已公开', updated: 4000 });
    // Saving the article again keeps what the reader wrote about it.
    await lib.save(CARD_A, A, 5000);
    expect((await lib.meta(A))?.tags).toEqual(['冬季']);
    await lib.setMeta(A, { tags: '', note: '' }, 6000);
    expect(await lib.meta(A)).toBeNull();
  });

  it('keeps no tags for an article that is not saved', async () => {
    const lib = await library();
    await expect(
      lib.setMeta('https://www.example.gov.cn/none.html', { tags: 'x', note: '' }),
    ).rejects.toMatchObject({ code: 'not-article' });
  });

  it('lists each article with its tags, filters by a tag, counts tags as a facet', async () => {
    const lib = await library();
    await lib.setMeta(A, { tags: '燃气安全、冬季', note: '' }, 3000);
    await lib.setMeta(B, { tags: '冬季', note: '' }, 3000);
    const all = await lib.list();
    expect(all.facets.tags).toEqual([
      { name: '冬季', count: 2 },
      { name: '燃气安全', count: 1 },
    ]);
    expect(all.articles.find((a) => a.url === A)?.meta?.tags).toEqual(['燃气安全', '冬季']);
    expect((await lib.list({ tag: '燃气安全' })).articles.map((a) => a.url)).toEqual([A]);
    expect((await lib.list({ tag: '冬季' })).articles.map((a) => a.url)).toEqual([B, A]);
    expect((await lib.list({ tag: '没有' })).articles).toEqual([]);
  });

  it('finds an article by a word of its note or a tag typed in the search', async () => {
    const lib = await library();
    await lib.setMeta(B, { tags: '营商环境', note: '与去年的事项清单对比' }, 3000);
    const byNote = await lib.list({ query: '事项清单' });
    expect(byNote.articles.map((a) => a.url)).toEqual([B]);
    expect(byNote.articles[0]?.snippet).toContain('与去年的事项清单对比');
    expect((await lib.list({ query: '营商' })).articles.map((a) => a.url)).toEqual([B]);
    // Every word must be found: one in the text and one only in another article's note is no match.
    expect((await lib.list({ query: '燃气 清单' })).articles).toEqual([]);
  });

  it('removing an article removes its tags and note; they do not come back with it', async () => {
    const lib = await library();
    await lib.setMeta(A, { tags: '冬季', note: '跟进' }, 3000);
    await lib.remove(A);
    expect(await lib.meta(A)).toBeNull();
    await lib.save(CARD_A, A, 4000);
    expect(await lib.meta(A)).toBeNull();
    expect((await lib.list()).facets.tags).toEqual([]);
  });

  it('backs them up, and a restore keeps the more recently updated on either side', async () => {
    const lib = await library();
    await lib.setMeta(A, { tags: '冬季', note: '备份时的批注' }, 3000);
    await lib.setMeta(B, { tags: '营商环境', note: '' }, 3000);
    const backup = await lib.exportJSON();
    expect(JSON.parse(backup).meta).toHaveLength(2);
    // After the backup: A's note changed here (newer than the file), B's tags were cleared.
    await lib.setMeta(A, { tags: '冬季', note: '后来改的批注' }, 5000);
    await lib.setMeta(B, { tags: '', note: '' }, 5000);
    const other = await Library.open({ indexedDB: new IDBFactory(), IDBKeyRange });
    await other.importJSON(backup);
    expect(await other.meta(A)).toMatchObject({ tags: ['冬季'], note: '备份时的批注' });
    // A record in the file older than the one here is not restored over it.
    const older = JSON.parse(backup);
    older.meta = older.meta.map((m: { updated: number }) => ({ ...m, note: '旧的', updated: 10 }));
    older.meta.push({ url: 'https://www.example.gov.cn/none.html', tags: ['孤立'], note: '', updated: 9000 });
    older.meta.push({ url: B, tags: 'not a list', note: '', updated: 9000 });
    await lib.importJSON(JSON.stringify(older));
    expect(await lib.meta(A)).toMatchObject({ note: '后来改的批注', updated: 5000 });
    // A tag record whose article is in neither library is left out; an unreadable one too.
    expect(await lib.meta('https://www.example.gov.cn/none.html')).toBeNull();
    // B has none here now: the file's comes back (a restore adds what is missing), not the unreadable one.
    expect(await lib.meta(B)).toMatchObject({ tags: ['营商环境'], note: '旧的', updated: 10 });
    // A newer one in the file wins.
    const newer = JSON.parse(backup);
    newer.meta = [{ url: A, tags: ['新'], note: '来自另一台电脑', updated: 8000 }];
    await lib.importJSON(JSON.stringify(newer));
    expect(await lib.meta(A)).toMatchObject({ tags: ['新'], note: '来自另一台电脑' });
  });
});
