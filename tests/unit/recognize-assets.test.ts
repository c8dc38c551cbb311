/**
 * The recognizer's word data (assets/, sources in assets/README.md): each file parses, names its
 * source, holds clean, unique entries, and leaves out the entries marked as needed only by the seeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import surnames from '../../assets/surnames.json';

const ASSETS = path.resolve(import.meta.dirname, '../../assets');
const read = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(ASSETS, file), 'utf8')) as Record<string, unknown>;

/** The word lists of each file, by field. */
const LISTS: Record<string, string[]> = {
  'name-followers.json': ['general', 'credits'],
  'official-words.json': [
    'posts',
    'leaderPlaces',
    'leaderBodies',
    'listEnd',
    'titleBreaks',
    'genericBefore',
    'postsAfterName',
    'postNotes',
    'appointVerbs',
    'appointJoins',
    'appointedAs',
    'appointEnds',
  ],
  'person-words.json': ['roles', 'qualifiers', 'qualifiedRoles', 'familyAfter', 'before', 'speechVerbs'],
  'place-words.json': [
    'suffixWords',
    'notRoads',
    'afterRoad',
    'leftStops',
    'notAfter',
    'genericStems',
    'neighbourhoodSuffixes',
    'zoneSuffixes',
    'zoneStemEnds',
    'zoneStemStarts',
    'buildings',
    'venues',
    'ethnicGroups',
  ],
  'places-extra.json': ['china', 'regions', 'water'],
  'org-words.json': [
    'party',
    'government',
    'other',
    'wholeNames',
    'international',
    'anchors',
    'legalForms',
    'bodyVerbs',
    'innerJoining',
  ],
  'policy-words.json': ['classifiers', 'nouns', 'pairJoiners'],
  'world.json': ['countries', 'regions', 'cities'],
  'ner-learned.json': ['followers', 'places', 'commonWords', 'commonStems', 'notNames'],
  'surname-refs.json': ['refs'],
};
const HAN = /^[\u4e00-\u9fff·]+$/;

describe('recognizer word data', () => {
  it('org-words.json: the words that join names', () => {
    expect(read('org-words.json').joining).toEqual(expect.arrayContaining(['和', '、']));
    // Inside one body's name only the words that join fields of work (文化和旅游局), no list mark.
    const org = read('org-words.json') as Record<string, string[]>;
    expect(org.innerJoining).toEqual(expect.arrayContaining(['和', '与', '及']));
    for (const w of org.innerJoining!) expect(org.joining).toContain(w);
    expect(org.innerJoining).not.toContain('、');
  });

  it('place-words.json: the 56 peoples of China, each without 族', () => {
    const groups = read('place-words.json').ethnicGroups as string[];
    expect(new Set(groups).size).toBe(56);
    expect(groups).toEqual(expect.arrayContaining(['汉', '蒙古', '土家', '柯尔克孜', '鄂伦春', '基诺']));
    for (const g of groups) expect(g.endsWith('族')).toBe(false);
  });

  for (const [file, fields] of Object.entries(LISTS)) {
    it(`${file}: a source and clean, unique lists`, () => {
      const data = read(file);
      expect(typeof data.source).toBe('string');
      expect((data.source as string).length).toBeGreaterThan(40);
      for (const field of fields) {
        const list = data[field] as string[];
        expect(Array.isArray(list), field).toBe(true);
        expect(list.length, field).toBeGreaterThan(0);
        expect(new Set(list).size, `${field} has duplicates`).toBe(list.length);
        for (const w of list) expect(w, `${file} ${field}`).toMatch(HAN);
      }
      // Entries only the seed pages needed are kept apart and used nowhere.
      const seedsOnly = (data.seedsOnly as string[] | undefined) ?? [];
      for (const field of fields) for (const w of seedsOnly) expect(data[field] as string[]).not.toContain(w);
    });
  }

  it('world.json: countries without China, regions and cities in Chinese', () => {
    const world = read('world.json') as { countries: string[]; regions: string[]; cities: string[] };
    expect(world.countries).toEqual(expect.arrayContaining(['美国', '日本', '新西兰', '智利']));
    expect(world.countries).not.toContain('中国');
    expect(world.regions).toEqual(expect.arrayContaining(['亚洲', '欧洲', '拉丁美洲']));
    expect(world.cities).toEqual(expect.arrayContaining(['纽约', '伦敦', '东京', '悉尼']));
  });

  it('places-extra.json: China, its regions and waters', () => {
    const extra = read('places-extra.json') as Record<string, string[]>;
    expect(extra.china).toEqual(expect.arrayContaining(['中国', '香港', '澳门', '台湾']));
    expect(extra.regions).toEqual(expect.arrayContaining(['长三角', '雄安新区']));
    expect(extra.water).toEqual(expect.arrayContaining(['长江', '太湖', '嫩江']));
  });

  it('ner-learned.json: learned from the training parts only, in the shapes the readers use', () => {
    const learned = read('ner-learned.json') as {
      source: string;
      orgSuffixes: Array<{ suffix: string; kind: string; ends: number; precision: number }>;
      orgChars: string;
      joinedPairs: string;
      weakSurnames: string;
      wordSurnames: string;
    };
    expect(learned.source).toMatch(/held-out parts excluded/);
    expect(learned.orgSuffixes.length).toBeGreaterThan(20);
    for (const s of learned.orgSuffixes) {
      expect(s.suffix).toMatch(HAN);
      expect(['government', 'company', 'other']).toContain(s.kind);
      expect(s.precision).toBeGreaterThanOrEqual(0.4);
      expect(s.precision).toBeLessThanOrEqual(1);
    }
    expect(learned.orgChars).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(learned.joinedPairs.length % 2).toBe(0);
    const single = new Set(Array.from(surnames.single));
    for (const c of learned.weakSurnames) expect(single.has(c)).toBe(true);
    // A surname that is almost never a name's start is also one that seldom is.
    for (const c of learned.wordSurnames) expect(learned.weakSurnames).toContain(c);
  });

  it('surnames.json: holds every single surname of the 百家姓, the word-like ones marked weak by data', () => {
    // The 百家姓's single surnames (the classic text, four a line), less none.
    const baijiaxing =
      '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公';
    const single = new Set(Array.from(surnames.single));
    expect(Array.from(baijiaxing).filter((c) => !single.has(c))).toEqual([]);
    const learned = read('ner-learned.json') as { weakSurnames: string };
    // 山, 家, 东 are surnames the training text writes as words far more often.
    for (const c of '山家东') expect(learned.weakSurnames).toContain(c);
  });

  it('surnames.json: the traditional forms are exactly the surnames traditional script writes otherwise', () => {
    // As scripts/build-surnames-traditional.ts makes them: a surname added to the simplified lists and
    // not rebuilt here fails (汲 and 赖 were, once).
    const converters = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    const forms = (word: string) => new Set(converters.map((c) => c(word)).filter((f) => f !== word));
    const single = new Set(Array.from(surnames.single).flatMap((c) => [...forms(c)]));
    expect(new Set(Array.from(surnames.traditional.single))).toEqual(single);
    const compound = new Set(surnames.compound.flatMap((w) => [...forms(w)]));
    expect(new Set(surnames.traditional.compound)).toEqual(compound);
    for (const c of '陳張劉賴閻蕭') expect(single.has(c)).toBe(true);
  });

  it('one-char-places.json: learned from the training part only, each character with the counts it was kept by', () => {
    const one = read('one-char-places.json') as {
      source: string;
      chars: string;
      stats: Array<{ char: string; sentences: number; share: number }>;
    };
    expect(one.source).toMatch(/People's Daily.*held-out part excluded/);
    expect(one.stats.map((s) => s.char).join('')).toBe(one.chars);
    expect(new Set(one.chars).size).toBe(one.chars.length);
    for (const s of one.stats) {
      expect(s.char).toMatch(/^[\u4e00-\u9fff]$/);
      expect(s.sentences).toBeGreaterThanOrEqual(2);
      expect(s.share).toBeGreaterThanOrEqual(0.1);
      expect(s.share).toBeLessThanOrEqual(1);
    }
    // 中 stands in too many words (中国, 其中) to be kept; 美 and 俄 are kept.
    expect(one.chars).not.toContain('中');
    expect(one.chars).toContain('美');
    expect(one.chars).toContain('俄');
  });

  it('given-name-chars.json: graded from the training parts only, every character once', () => {
    const data = read('given-name-chars.json') as { source: string; bounds: number[]; grades: string[] };
    expect(data.source).toMatch(/training parts.*held-out parts excluded/);
    expect(data.grades.length).toBe(data.bounds.length + 1);
    for (let i = 1; i < data.bounds.length; i++) expect(data.bounds[i]).toBeGreaterThan(data.bounds[i - 1]!);
    const all = data.grades.join('');
    expect(all).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(new Set(all).size).toBe(all.length);
    for (const g of data.grades) expect(g.length).toBeGreaterThan(20);
    // Function words grade lowest; characters common in given names (婷, 娟 of women's names) high.
    expect(data.grades[0]).toContain('的');
    expect(data.grades[0]).toContain('在');
    expect(data.grades.slice(3).join('')).toContain('婷');
  });

  it('org-words.json and official-words.json: the posts and bodies the readers need', () => {
    const org = read('org-words.json') as Record<string, string[]>;
    expect(org.party).toEqual(expect.arrayContaining(['党工委', '组织部']));
    expect(org.other).toEqual(expect.arrayContaining(['居委会']));
    const off = read('official-words.json') as Record<string, string[]>;
    expect(off.posts).toEqual(expect.arrayContaining(['书记', '部长', '总理', '副县长']));
    for (const p of off.postsAfterName ?? []) expect(off.posts).toContain(p);
    // How appointment notices word it: a verb before the name, words between it and the title.
    expect(off.appointVerbs).toEqual(expect.arrayContaining(['任命', '免去', '提名']));
    expect(off.appointJoins).toEqual(expect.arrayContaining(['为', '同志的']));
    expect(off.appointedAs).toEqual(expect.arrayContaining(['任', '当选为']));
    expect(off.appointEnds).toEqual(expect.arrayContaining(['职务', '候选人']));
  });
});
