import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import asset from '../../assets/ner-model.json';
import { tagEntities } from '../../lib/recognize/tagger';
import {
  commonPair,
  featuresOf,
  GROUPS,
  keysOf,
  nextTwo,
  PAD,
  slots,
} from '../../lib/recognize/tagger/features';
import { Lexicon } from '../../lib/recognize/tagger/lexicon';
import { type ModelAsset, TaggerModel } from '../../lib/recognize/tagger/model';
import { TAG_COUNT, TYPES } from '../../lib/recognize/tagger/tags';

/** The entity strings of one type the tagger finds in `text`. */
function found(text: string, type: 'PER' | 'LOC' | 'ORG'): string[] {
  return tagEntities(text)
    .filter((t) => t.type === type)
    .map((t) => text.slice(t.start, t.end));
}

describe('tagEntities', () => {
  it('returns well-formed, ordered, non-overlapping spans', () => {
    const text = '社区居民周桂芳说，她每天沿着长江边散步。\n区民政局工作人员随后上门走访。';
    const tags = tagEntities(text);
    expect(tags.length).toBeGreaterThan(0);
    let last = 0;
    for (const t of tags) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.end).toBeLessThanOrEqual(text.length);
      last = t.end;
    }
    expect(tagEntities('')).toEqual([]);
  });

  it('finds persons without titles: a model worker in a story, residents quoted by name', () => {
    expect(found('全国劳模陈建国带着徒弟们连夜抢修设备。', 'PER')).toEqual(['陈建国']);
    expect(found('说起劳模张桂英，街坊邻居都竖起大拇指。', 'PER')).toEqual(['张桂英']);
    expect(found('“楼道亮了，心里也亮了。”居民李秀兰笑着说。', 'PER')).toEqual(['李秀兰']);
    expect(found('居民赵玉兰告诉记者，小区加装电梯后出门方便多了。', 'PER')).toEqual(['赵玉兰']);
  });

  it('ends a name before the verb that follows it', () => {
    expect(found('王华指出，社区要把服务做到居民家门口。', 'PER')).toEqual(['王华']);
    expect(found('李明强调，要把好事办好、实事办实。', 'PER')).toEqual(['李明']);
  });

  it('keeps a transliterated name with its middle dot whole', () => {
    expect(found('约翰·史密斯在发布会上回答了记者提问。', 'PER')).toEqual(['约翰·史密斯']);
    expect(found('玛丽亚·冈萨雷斯女士向孩子们赠送了图书。', 'PER')).toEqual(['玛丽亚·冈萨雷斯']);
  });

  it('finds places: countries, rivers, lakes, districts, villages', () => {
    expect(found('代表团先后访问了法国和巴西。', 'LOC')).toEqual(['法国', '巴西']);
    expect(found('长江和太湖的水质持续好转。', 'LOC')).toEqual(['长江', '太湖']);
    expect(found('凌晨时分，太湖上的渔船陆续返航。', 'LOC')).toEqual(['太湖']);
    expect(found('黄河流域生态保护和高质量发展是一项国家战略。', 'LOC')).toEqual(['黄河']);
    expect(found('记者来到桃源村，村民们正忙着采茶。', 'LOC')).toEqual(['桃源村']);
    expect(found('他出生在河南省兰考县的一个小村庄——张庄村。', 'LOC')).toEqual([
      '河南省',
      '兰考县',
      '张庄村',
    ]);
  });

  it('finds organisations and tells government bodies from companies', () => {
    const text = '区民政局、市委组织部和街道党工委的负责人参加了会议。';
    const orgs = tagEntities(text).filter((t) => t.type === 'ORG');
    expect(orgs.map((t) => text.slice(t.start, t.end))).toEqual(['区民政局', '市委组织部', '街道党工委']);
    expect(orgs.every((t) => t.orgKind === 'government')).toBe(true);
    expect(found('社区居委会和物业公司联合开展消防演练。', 'ORG')).toContain('社区居委会');
    const company = '华为技术有限公司在当地设立了研发中心。';
    expect(tagEntities(company)).toEqual([{ start: 0, end: 8, type: 'ORG', orgKind: 'company' }]);
  });

  it('tags a long text piece by piece with offsets into the whole text', () => {
    const sentence = '居民赵玉兰告诉记者，小区加装电梯后出门方便多了。';
    const text = sentence.repeat(50);
    const names = tagEntities(text).filter((t) => t.type === 'PER');
    expect(names).toHaveLength(50);
    names.forEach((t, i) => {
      expect(t.start).toBe(i * sentence.length + 2);
      expect(text.slice(t.start, t.end)).toBe('赵玉兰');
    });
  });
});

describe('tagger features', () => {
  const model = asset as ModelAsset;
  const lexicon = new Lexicon(model.lexicon);
  const unit = '市民张明在雄安新区参观，随后前往北京市朝阳区。';

  it('gives every position the same number of keys and features', () => {
    expect(keysOf(unit, lexicon).length).toBe((unit.length + 2 * PAD) * GROUPS.length);
    expect(featuresOf(unit, lexicon).length).toBe(unit.length * model.slots);
  });

  it('reads a key at its offsets: the character after a position is that position’s feature', () => {
    // A model with one key (the character 说 at offset +1, for the last character of a PER), so its
    // weight must land one position before 说 and nowhere else.
    const text = '居民王华说';
    const keys = keysOf(text, lexicon);
    const G = GROUPS.length;
    const say = keys[(4 + PAD) * G + 1]!; // group 1: the character, at position 4 (说)
    const sl = slots();
    const slot = Array.from(sl.group).findIndex((g, j) => g === 1 && sl.offset[j] === 1);
    expect(slot).toBeGreaterThanOrEqual(0);
    const label = 1 + 4 * TYPES.indexOf('PER') + 2; // E-PER
    const bytes: number[] = [];
    let k = say >>> 0;
    while (k >= 0x80) {
      bytes.push((k & 0x7f) | 0x80);
      k = Math.floor(k / 128);
    }
    bytes.push(k, 1, slot, 1, label, 100);
    const tiny = new TaggerModel({
      ...model,
      keyCount: 1,
      featureCount: 1,
      scale: 0.5,
      features: Buffer.from(bytes).toString('base64'),
    });
    const emit = tiny.emissions(keys, text.length);
    const nonZero = Array.from(emit.keys()).filter((j) => emit[j] !== 0);
    expect(nonZero).toEqual([3 * TAG_COUNT + label]); // 华, one before 说
    expect(emit[3 * TAG_COUNT + label]).toBe(50);
  });

  it('marks the listed word forward maximum matching takes, with its length', () => {
    const { longest } = lexicon.marks('在北京市朝阳区', true);
    expect(longest[0]).toBe(0);
    expect(longest[1]! >> 6).toBe(3); // 北京市, not 北京
    expect(longest[1]! & 3).toBe(0);
    expect(longest[3]! & 3).toBe(2);
    expect(longest[4]! >> 6).toBe(3); // 朝阳区
  });

  it('looks words up at a cost proportional to the text length', () => {
    const short = lexicon.marks(unit.repeat(10)).steps;
    const long = lexicon.marks(unit.repeat(1000)).steps;
    expect(short).toBeGreaterThan(unit.length * 10);
    expect(long).toBe(short * 100);
  });

  it('tells a surname before a common word (a given name like 步兵) from one that begins a place', () => {
    // The lexicon's own marks, unpadded (keysOf reads them PAD positions further on).
    const name = '记者袁步兵说';
    const a = lexicon.marks(name);
    expect(a.surname[2]).toBe(1);
    expect(commonPair(a.at[3]!, a.at[4]!)).toBe(true); // 步兵
    expect(commonPair(a.at[2]!, a.at[3]!)).toBe(false); // 袁步 is no word
    const cls = Int32Array.from(name, () => 1);
    const nm = a.name;
    const summary = nextTwo(a.at, nm, cls, 2);
    expect(summary & 1).toBe(0); // no listed word begins at 袁
    expect(summary & 6).toBe(6); // 步 and 兵 inside a listed word
    expect(summary & 32).toBe(32);
    const place = '前往江西考察';
    const b = lexicon.marks(place);
    expect(b.surname[2]).toBe(1);
    expect(
      nextTwo(
        b.at,
        b.name,
        Int32Array.from(place, () => 1),
        2,
      ) & 1,
    ).toBe(1); // 江西 begins at 江
  });

  it('marks listed places where they begin, continue and end', () => {
    const text = '浦东新区';
    const { at } = lexicon.marks(text);
    expect(at[0]! & 1).toBe(1);
    expect(at[1]! & 2).toBe(2);
    expect(at[3]! & 4).toBe(4);
  });
});

describe('assets/ner-model.json', () => {
  const model = asset as ModelAsset;

  it('matches the code that reads it: labels, features per character, transitions', () => {
    expect(model.version).toBe(2);
    expect(model.types).toEqual([...TYPES]);
    expect(model.slots).toBe(slots().count);
    expect(model.transitions).toHaveLength(TAG_COUNT * TAG_COUNT);
    expect([1, 2]).toContain(model.weightBytes);
    expect(model.scale).toBeGreaterThan(0);
    expect(model.source).toMatch(/CLUENER/);
  });

  it('decodes every feature it declares and carries its word lists', () => {
    expect(model.featureCount).toBeGreaterThan(10_000);
    expect(() => new TaggerModel(model)).not.toThrow();
    const [divisions, countries] = model.lexicon.lists.map((l) => l.split('|'));
    expect(divisions).toEqual(expect.arrayContaining(['上海', '上海市', '浦东新区']));
    expect(countries).toEqual(expect.arrayContaining(['法国', '巴西']));
    expect(model.lexicon.surnames).toContain('王');
    expect(model.lexicon.compoundSurnames.split('|')).toContain('欧阳');
  });

  it('stays within the size budget (2.5 MB gzipped)', () => {
    const bytes = fs.readFileSync(new URL('../../assets/ner-model.json', import.meta.url));
    expect(gzipSync(bytes).length).toBeLessThan(2.5 * 1024 * 1024);
  });
});

describe('given-name grades in the lexicon (measured option, train.ts --name-grades)', () => {
  const data = {
    lists: ['上海'],
    surnames: '王',
    compoundSurnames: '',
    givenNameChars: '芳',
    foreignNameChars: '',
  };
  it('marks each graded character with its grade + 1 in bits 4–6, and nothing without grades', () => {
    const text = '王芳的书';
    const plain = new Lexicon(data).marks(text).name;
    expect(Array.from(plain)).toEqual([1, 2, 0, 0]);
    const graded = new Lexicon({ ...data, givenNameGrades: ['的', '', '', '', '芳'] }).marks(text).name;
    expect(Array.from(graded)).toEqual([1, 2 | (5 << 4), 1 << 4, 0]);
  });
});
