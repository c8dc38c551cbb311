import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type Card, emptyCard, type Place } from '../../lib/card';
import { Library } from '../../lib/store/library';
import {
  governedKind,
  groupPeople,
  mentionsOf,
  mergeDecision,
  mergedNames,
  type OfficialMention,
  readDecision,
  splitDecision,
} from '../../lib/store/people';

const url = (n: string) => `https://www.example.gov.cn/news/${n}.html`;

/** A saved article's card as the engine makes it for a district news page. */
function card(
  title: string,
  date: string | null,
  officials: Array<[string, string[]]>,
  places: Array<[string, Place['kind']]> = [],
  extra: Partial<Card> = {},
): Card {
  return {
    ...emptyCard(null, ''),
    isArticle: true,
    reason: null,
    language: 'zh-Hans',
    title,
    date,
    body: { paragraphs: [title], text: title },
    officials: officials.map(([name, titles]) => ({ name, titles, mentions: 2 })),
    places: places.map(([name, kind]) => ({ name, kind, mentions: 1 })),
    ...extra,
  };
}

const mentions = (c: Card, n: string, savedAt = 0): OfficialMention[] => mentionsOf(c, url(n), savedAt);

describe('governedKind', () => {
  it('reads the level of place a post governs, the most local first', () => {
    expect(governedKind(['区委副书记', '代区长'])).toBe('district');
    expect(governedKind(['市长'])).toBe('city');
    expect(governedKind(['市委常委', '区委书记'])).toBe('district');
    expect(governedKind(['镇党委书记'])).toBe('town');
    expect(governedKind(['街道党工委书记'])).toBe('subdistrict');
    expect(governedKind(['主任'])).toBeNull();
  });
});

describe('groupPeople', () => {
  const eastA = card(
    '澄浦区召开安全生产会议',
    '2024-01-05',
    [['王建国', ['区长']]],
    [
      ['澄浦区', 'district'],
      ['上海市', 'city'],
    ],
  );
  const eastB = card(
    '王建国调研滨江街道',
    '2024-03-02',
    [['王建国', ['区委副书记', '区长']]],
    [['澄浦区', 'district']],
  );
  const westA = card(
    '临溪区部署防汛工作',
    '2024-02-11',
    [['王建国', ['区长']]],
    [
      ['临溪区', 'district'],
      ['上海市', 'city'],
    ],
  );
  const bare = card('王建国会见企业代表', '2024-04-01', [['王建国', ['区委副书记']]]);

  it('one name holding posts in two places is two people; the city both districts are in does not join them', () => {
    const people = groupPeople(
      [...mentions(eastA, 'a'), ...mentions(eastB, 'b'), ...mentions(westA, 'w')],
      [],
    );
    expect(people.map((p) => p.mentions.map((m) => m.url))).toEqual([[url('a'), url('b')], [url('w')]]);
    expect(people[0]!.timeline.map((r) => r.titles.join('、'))).toEqual(['区长、区委副书记']);
  });

  it('a mention naming no place joins the person it shares a title with', () => {
    const people = groupPeople(
      [...mentions(westA, 'w'), ...mentions(eastA, 'a'), ...mentions(eastB, 'b'), ...mentions(bare, 'x')],
      [],
    );
    expect(
      people.find((p) => p.mentions.some((m) => m.url === url('x')))!.mentions.map((m) => m.url),
    ).toEqual([url('a'), url('b'), url('x')]);
  });

  it('one name in articles naming no places is one person, in date order', () => {
    const late = card('周明远出席分析会', '2024-05-10', [['周明远', ['区委副书记', '区长']]]);
    const early = card('区政府常务会议', '2024-01-18', [['周明远', ['区委副书记', '代区长']]]);
    const people = groupPeople([...mentions(late, 'late'), ...mentions(early, 'early')], []);
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions.map((m) => m.day)).toEqual(['2024-01-18', '2024-05-10']);
    expect(people[0]!.timeline.map((r) => r.titles.join('、'))).toEqual([
      '区委副书记、代区长',
      '区委副书记、区长',
    ]);
  });

  it("the reader's split makes another person of the chosen articles", () => {
    const all = [...mentions(eastA, 'a'), ...mentions(eastB, 'b'), ...mentions(bare, 'x')];
    expect(groupPeople(all, [])).toHaveLength(1);
    const people = groupPeople(all, [splitDecision('王建国', [url('x')], 1)]);
    expect(people.map((p) => p.mentions.map((m) => m.url))).toEqual([[url('a'), url('b')], [url('x')]]);
    // A later split of an article already split off moves it again, on its own.
    const again = groupPeople(all, [
      splitDecision('王建国', [url('x'), url('b')], 1),
      splitDecision('王建国', [url('b')], 2),
    ]);
    expect(again.map((p) => p.mentions.map((m) => m.url))).toEqual([[url('a')], [url('b')], [url('x')]]);
  });

  it("the reader's merge joins two people of one name, and two forms of a name", () => {
    const all = [...mentions(eastA, 'a'), ...mentions(westA, 'w')];
    expect(groupPeople(all, [])).toHaveLength(2);
    const joined = groupPeople(all, [
      mergeDecision({ name: '王建国', url: url('w') }, { name: '王建国', url: url('a') }),
    ]);
    expect(joined).toHaveLength(1);
    const other = card('王建囯主持会议', '2024-06-01', [['王建囯', ['区长']]]);
    const forms = [...all, ...mentions(other, 'o')];
    const merge = mergeDecision({ name: '王建国', url: url('a') }, { name: '王建囯', url: url('o') });
    const people = groupPeople(forms, [merge]);
    const person = people.find((p) => p.names.includes('王建囯'))!;
    expect(person.names).toEqual(['王建国', '王建囯']);
    expect(person.mentions.map((m) => m.url)).toEqual([url('a'), url('o')]);
    expect([...mergedNames('王建囯', [merge])].sort()).toEqual(['王建囯', '王建国'].sort());
  });

  it('reads stored decisions and refuses damaged ones', () => {
    const split = splitDecision('王建国', [url('b'), url('a')], 5);
    expect(split.key).toBe(`split:王建国:${url('a')} ${url('b')}`);
    expect(readDecision(JSON.parse(JSON.stringify(split)))).toEqual(split);
    expect(readDecision({ key: 'x', kind: 'merge', a: { name: 1 }, b: null, at: 1 })).toBeNull();
    expect(readDecision({ key: 'y', kind: 'split', name: '王', urls: [3], at: 1 })).toBeNull();
    expect(readDecision(null)).toBeNull();
  });
});

describe('library: people and terms', () => {
  const open = () => Library.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  const orgs = (names: string[]) => ({
    organizations: names.map((name) => ({ name, kind: 'government' as const, mentions: 1 })),
  });
  const phrase = (text: string, mentions: number) => ({ policyPhrases: [{ text, mentions }] });

  it('shows a person across saved articles and keeps the reader’s decisions', async () => {
    const library = await open();
    await library.save(card('常务会议', '2024-01-18', [['周明远', ['区委副书记', '代区长']]]), url('1'), 10);
    await library.save(card('人代会闭幕', '2024-02-06', [['周明远', ['区委副书记', '区长']]]), url('2'), 5);
    await library.save(
      card('调研', null, [
        ['周明远', ['区长']],
        ['林秀芳', ['副区长']],
      ]),
      url('3'),
      Date.UTC(2024, 2, 22),
    );
    await library.save(card('无关', '2024-01-01', [['林秀芳', ['副区长']]]), url('4'), 1);
    const { people } = await library.people('周明远');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions.map((m) => [m.url, m.day])).toEqual([
      [url('1'), '2024-01-18'],
      [url('2'), '2024-02-06'],
      [url('3'), '2024-03-22'],
    ]);
    expect(people[0]!.timeline.map((r) => [r.titles.join('、'), r.first, r.last])).toEqual([
      ['区委副书记、代区长', '2024-01-18', '2024-01-18'],
      ['区委副书记、区长', '2024-02-06', '2024-03-22'],
    ]);
    const split = splitDecision('周明远', [url('3')]);
    await library.decideIdentity(split);
    const after = await library.people('周明远');
    expect(after.people).toHaveLength(2);
    expect(after.decisions.map((d) => d.key)).toEqual([split.key]);
    await library.undoIdentity(split.key);
    expect((await library.people('周明远')).people).toHaveLength(1);
    await expect(library.decideIdentity({ key: 'k' } as never)).rejects.toThrow(TypeError);
    library.close();
  });

  it('carries the reader’s decisions in the backup; a restore adds them and keeps those already there', async () => {
    const first = await open();
    await first.save(card('常务会议', '2024-01-18', [['周明远', ['区委副书记', '代区长']]]), url('1'), 10);
    await first.save(card('调研', '2024-03-22', [['周明远', ['区长']]]), url('3'), 20);
    const split = splitDecision('周明远', [url('3')], 30);
    await first.decideIdentity(split);
    const backup = await first.exportJSON();
    expect(JSON.parse(backup).identities).toEqual([split]);
    const second = await open();
    const merge = mergeDecision({ name: '周明远', url: url('1') }, { name: '周明', url: url('1') }, 40);
    await second.save(card('常务会议', '2024-01-18', [['周明远', ['区委副书记', '代区长']]]), url('1'), 10);
    await second.decideIdentity(merge);
    await second.importJSON(backup);
    expect((await second.people('周明远')).decisions.map((d) => d.key).sort()).toEqual(
      [merge.key, split.key].sort(),
    );
    expect((await second.people('周明远')).people).toHaveLength(2);
    // A second restore of the same file changes nothing.
    await second.importJSON(backup);
    expect((await second.people('周明远')).decisions).toHaveLength(2);
    first.close();
    second.close();
  });

  it('counts a phrase and an organisation by month, articles in date order', async () => {
    const library = await open();
    await library.save(
      card('一', '2024-03-22', [], [], { ...phrase('一网通办', 2), ...orgs(['区民政局']) }),
      url('a'),
      1,
    );
    await library.save(
      card('二', '2024-01-18', [], [], { ...phrase('一网通办', 1), ...orgs(['区民政局', '区数据局']) }),
      url('b'),
      2,
    );
    await library.save(card('三', '2024-01-30', [], [], phrase('安全生产', 1)), url('c'), 3);
    const p = await library.term('phrase', '一网通办');
    expect(p.articles.map((a) => a.title)).toEqual(['二', '一']);
    expect(p.months).toEqual([
      { month: '2024-01', mentions: 1, articles: 1 },
      { month: '2024-02', mentions: 0, articles: 0 },
      { month: '2024-03', mentions: 2, articles: 1 },
    ]);
    const o = await library.term('org', '区数据局');
    expect(o.articles.map((a) => a.url)).toEqual([url('b')]);
    const index = await library.archiveIndex();
    expect(index.organizations).toEqual([
      { name: '区民政局', count: 2 },
      { name: '区数据局', count: 1 },
    ]);
    expect(index.phrases.map((f) => f.name)).toEqual(['一网通办', '安全生产']);
    library.close();
  });
});
