import { describe, expect, it } from 'vitest';
import asset from '../../assets/ner-model.json';
import { tagEntities } from '../../lib/recognize/tagger';
import { featuresOf } from '../../lib/recognize/tagger/features';
import { Lexicon } from '../../lib/recognize/tagger/lexicon';
import type { ModelAsset } from '../../lib/recognize/tagger/model';

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

  it('finds persons without titles: a model worker in a story, a resident quoted by name', () => {
    expect(found('去年退休的老劳模陈建国至今还常回车间看看。', 'PER')).toContain('陈建国');
    expect(found('“楼道亮了，心里也亮了。”居民李秀兰笑着说。', 'PER')).toContain('李秀兰');
  });

  it('ends a name before the verb that follows it', () => {
    expect(found('王华指出，社区要把服务做到居民家门口。', 'PER')).toEqual(['王华']);
  });

  it('keeps a transliterated name with its middle dot whole', () => {
    expect(found('约翰·史密斯在发布会上回答了记者提问。', 'PER')).toContain('约翰·史密斯');
  });

  it('finds places: countries, rivers, lakes, new areas, villages', () => {
    expect(found('代表团先后访问了法国和巴西。', 'LOC')).toEqual(expect.arrayContaining(['法国', '巴西']));
    expect(found('长江沿岸的水质持续好转。', 'LOC')).toContain('长江');
  });

  it('finds organisations and tells government bodies from companies', () => {
    const text = '市委组织部召开座谈会，区民政局负责人参加。';
    const orgs = tagEntities(text).filter((t) => t.type === 'ORG');
    expect(orgs.map((t) => text.slice(t.start, t.end))).toEqual(['市委组织部', '区民政局']);
    expect(orgs.every((t) => t.orgKind === 'government')).toBe(true);
  });
});

describe('tagger features', () => {
  const model = asset as ModelAsset;
  const lexicon = new Lexicon(model.lexicon);
  const unit = '市民张明在雄安新区参观，随后前往北京市朝阳区。';

  it('gives every position the same number of features', () => {
    expect(featuresOf(unit, lexicon).length).toBe(unit.length * model.featuresPerChar);
  });

  it('looks words up at a cost proportional to the text length', () => {
    const short = lexicon.marks(unit.repeat(10)).steps;
    const long = lexicon.marks(unit.repeat(1000)).steps;
    expect(short).toBeGreaterThan(unit.length * 10);
    expect(long).toBe(short * 100);
  });

  it('marks listed places where they begin, continue and end', () => {
    const text = '浦东新区';
    const { at } = lexicon.marks(text);
    expect(at[0]! & 1).toBe(1);
    expect(at[1]! & 2).toBe(2);
    expect(at[3]! & 4).toBe(4);
  });
});
