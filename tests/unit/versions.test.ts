import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { Library } from '../../lib/store/library';
import { docNumberKey, sameDocument, versionSteps, versionText } from '../../lib/store/versions';
import { loadPage } from './helpers';

const NOTICE = 'https://www.songlan.gov.cn/zwgk/wj/2025/notice-18.html';
const MOVED = 'https://www.songlan.gov.cn/xxgk/2025/0912/notice.html';
let first: Card;
let edited: Card;

beforeAll(async () => {
  first = await analyze(loadPage('xxgk-notice-v1'), { url: NOTICE });
  edited = await analyze(loadPage('xxgk-notice-v2'), { url: NOTICE });
});

const open = () => Library.open({ indexedDB: new IDBFactory(), IDBKeyRange });
const T0 = 1_757_300_000_000;
const DAY = 86_400_000;

describe('versions of a saved notice', () => {
  it('the fixtures are one 信息公开 notice, edited: same 文号 and title, other text and date', () => {
    expect(first.document?.docNumber).toBe('松政办发〔2025〕18号');
    expect(edited.document?.docNumber).toBe(first.document?.docNumber);
    expect(edited.title).toBe(first.title);
    expect(versionText(edited)).not.toBe(versionText(first));
  });

  it('saved again at the same address with changed text: two versions, the edit current', async () => {
    const library = await open();
    await library.save(first, NOTICE, T0);
    await library.save(edited, NOTICE, T0 + 4 * DAY);
    expect((await library.get(NOTICE))?.card.body.text).toBe(edited.body.text);
    const versions = await library.versions(NOTICE);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.savedAt).toBe(T0);
    expect(versions[0]!.card.body.text).toBe(first.body.text);
    expect(await library.versionCounts()).toEqual(new Map([[NOTICE, 2]]));
    // The list still holds one article.
    expect((await library.list()).total).toBe(1);
  });

  it('saved again with the same text: no version, however often', async () => {
    const library = await open();
    await library.save(first, NOTICE, T0);
    await library.save(first, NOTICE, T0 + DAY);
    await library.save({ ...first, keySentences: [] }, `${NOTICE}#zoom`, T0 + 2 * DAY);
    expect(await library.versions(NOTICE)).toEqual([]);
    expect((await library.versionCounts()).size).toBe(0);
  });

  it('three saves, three versions, each step with what changed since the one before', async () => {
    const library = await open();
    await library.save(first, NOTICE, T0);
    await library.save(edited, NOTICE, T0 + DAY);
    await library.save(first, NOTICE, T0 + 2 * DAY);
    const current = (await library.get(NOTICE))!;
    const steps = versionSteps(await library.versions(NOTICE), current);
    expect(steps.map((s) => s.savedAt)).toEqual([T0, T0 + DAY, T0 + 2 * DAY]);
    expect(steps[0]!.changes).toBeNull();
    const added = (i: number) => steps[i]!.changes!.filter((p) => p.kind === 'added').map((p) => p.text);
    expect(added(1)).toContain('400');
    expect(added(2)).toContain('380');
  });

  it('the same 文号 saved at another address: the earlier article is linked as its earlier version', async () => {
    const library = await open();
    await library.save(first, NOTICE, T0);
    await library.save({ ...edited, url: MOVED }, MOVED, T0 + 4 * DAY);
    const versions = await library.versions(MOVED);
    expect(versions).toHaveLength(1);
    // The version says where it was read; the article saved there stays in the library.
    expect(versions[0]!.card.url).toBe(NOTICE);
    expect(versions[0]!.savedAt).toBe(T0);
    expect((await library.list()).total).toBe(2);
    const steps = versionSteps(versions, (await library.get(MOVED))!);
    expect(steps.map((s) => s.url)).toEqual([NOTICE, MOVED]);
  });

  it('the same title and source at another address, no 文号 on either: linked; another 文号: not', async () => {
    const library = await open();
    const bare = (c: Card): Card => ({ ...c, document: null });
    await library.save(bare(first), NOTICE, T0);
    await library.save({ ...bare(edited), url: MOVED }, MOVED, T0 + DAY);
    expect(await library.versions(MOVED)).toHaveLength(1);
    const other = 'https://www.songlan.gov.cn/zwgk/wj/2026/notice-3.html';
    const nextYear: Card = {
      ...edited,
      url: other,
      document: { ...edited.document!, docNumber: '松政办发〔2026〕3号' },
    };
    // A yearly notice of one title: its own 文号, its own document.
    const yearly = await open();
    await yearly.save(first, NOTICE, T0);
    await yearly.save(nextYear, other, T0 + 2 * DAY);
    expect(await yearly.versions(other)).toEqual([]);
  });

  it('a title many pages share: unrelated texts are not linked; of edits, the five latest are', async () => {
    const library = await open();
    const page = (i: number, text: string): Card => ({
      ...first,
      url: `https://www.songlan.gov.cn/gzdt/${i}.html`,
      document: null,
      body: { paragraphs: [text], text },
    });
    // A column whose pages are all titled alike, each about something else.
    const column = [
      '县医保局召开城乡居民医疗保险参保缴费工作推进会，部署各乡镇集中缴费期工作。',
      '县消防救援大队走进松岚中学开展消防安全演练，六百余名师生参加疏散。',
      '县农业农村局组织技术人员深入田间，指导农户做好秋粮收获和秸秆综合利用。',
    ];
    for (const [i, text] of column.entries())
      await library.save(page(i, text), page(i, '').url!, T0 + i * DAY);
    expect((await library.versionCounts()).size).toBe(0);
    // One notice edited again and again, each edit saved at a new address.
    const edits = Array.from({ length: 8 }, (_, i) =>
      page(10 + i, `${first.body.text}\n（第${i + 1}次修订）`),
    );
    for (const [i, c] of edits.entries()) await library.save(c, c.url!, T0 + (10 + i) * DAY);
    const linked = await library.versions(edits[7]!.url!);
    expect(linked.map((v) => v.card.url)).toEqual([2, 3, 4, 5, 6].map((i) => edits[i]!.url));
  });

  it('removing an article removes its versions; undoing puts them back', async () => {
    const library = await open();
    await library.save(first, NOTICE, T0);
    await library.save(edited, NOTICE, T0 + DAY);
    const kept = await library.versions(NOTICE);
    await library.remove(NOTICE);
    expect(await library.versions(NOTICE)).toEqual([]);
    expect((await library.versionCounts()).size).toBe(0);
    await library.save(edited, NOTICE, T0 + DAY);
    await library.restoreVersions(kept);
    await library.restoreVersions(kept);
    expect(await library.versions(NOTICE)).toHaveLength(1);
  });

  it('the backup carries versions, and a restore keeps what is there', async () => {
    const source = await open();
    await source.save(first, NOTICE, T0);
    await source.save(edited, NOTICE, T0 + DAY);
    const backup = await source.exportJSON();
    expect(JSON.parse(backup).versions).toHaveLength(1);

    // Into an empty library: the article and its earlier version.
    const fresh = await open();
    await fresh.importJSON(backup);
    expect((await fresh.versions(NOTICE)).map((v) => v.card.body.text)).toEqual([first.body.text]);
    // The same file again adds nothing.
    await fresh.importJSON(backup);
    expect(await fresh.versions(NOTICE)).toHaveLength(1);

    // Into a library holding a newer copy with other text: that copy stays, the file's becomes a version.
    const newer = await open();
    const third: Card = {
      ...edited,
      body: { ...edited.body, paragraphs: [...edited.body.paragraphs, '特此通知。'] },
    };
    await newer.save(third, NOTICE, T0 + 9 * DAY);
    await newer.importJSON(backup);
    expect((await newer.get(NOTICE))?.card.body.paragraphs.at(-1)).toBe('特此通知。');
    expect((await newer.versions(NOTICE)).map((v) => v.savedAt)).toEqual([T0, T0 + DAY]);

    // Into a library holding an older copy with other text: the file's is current, the older kept.
    const older = await open();
    await older.save(third, NOTICE, T0 - DAY);
    await older.importJSON(backup);
    expect((await older.get(NOTICE))?.card.body.text).toBe(edited.body.text);
    expect((await older.versions(NOTICE)).map((v) => v.savedAt)).toEqual([T0 - DAY, T0]);
  });
});

describe('which saved articles are one document', () => {
  it('reads a 文号 the same whatever brackets a site prints', () => {
    expect(docNumberKey('松政办发[2025]18号')).toBe('松政办发〔2025〕18号');
    expect(docNumberKey('松政办发【2025】 18号')).toBe('松政办发〔2025〕18号');
    expect(docNumberKey('  ')).toBeNull();
  });

  it('the 文号 decides when both print one; otherwise title and source', () => {
    const a = { title: '关于做好春节期间安全生产工作的通知', source: '松岚区应急管理局' };
    expect(
      sameDocument({ ...a, docNumber: '松应急〔2024〕1号' }, { ...a, docNumber: '松应急〔2025〕2号' }),
    ).toBe(false);
    expect(
      sameDocument(
        { ...a, docNumber: '松应急〔2024〕1号' },
        { ...a, title: '改过的标题', docNumber: '松应急[2024]1号' },
      ),
    ).toBe(true);
    expect(sameDocument(a, { ...a, docNumber: null })).toBe(true);
    expect(sameDocument(a, { ...a, source: '松岚区人民政府' })).toBe(false);
    expect(sameDocument({ title: null, source: null }, { title: null, source: null })).toBe(false);
    // Of one title and source, texts further apart than chance allows are two documents.
    const near = { hi: 0, lo: 0, officials: [], places: [], phrases: [] };
    expect(sameDocument({ ...a, fingerprint: near }, { ...a, fingerprint: { ...near, lo: 0xffff } })).toBe(
      true,
    );
    expect(sameDocument({ ...a, fingerprint: near }, { ...a, fingerprint: { ...near, lo: 0x1ffff } })).toBe(
      false,
    );
  });
});
