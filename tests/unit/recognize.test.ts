import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/recognize/index';
import { recognizeOfficials } from '../../lib/recognize/officials';
import { recognizePersons } from '../../lib/recognize/persons';
import { recognizePlaces } from '../../lib/recognize/places';
import { recognizePolicyPhrases } from '../../lib/recognize/policy';
import { recognizeQuotes } from '../../lib/recognize/quotes';

// Sentences written for these tests, in the patterns of government news; no seed page is quoted.
const officials = (text: string) =>
  recognizeOfficials(text).map((o) => [o.name, o.titles.join('|'), o.mentions]);

describe('officials', () => {
  it('reads a chain of titles and the name after it, without the verb that follows', () => {
    expect(officials('3月2日，区委书记王建一行来到滨江街道。王建说，要办好实事。')).toEqual([
      ['王建', '区委书记', 2],
    ]);
    expect(officials('区委副书记、区长吕成带队走访。')).toEqual([['吕成', '区委副书记|区长', 1]]);
    expect(officials('区委书记陈立首先来到社区。')).toEqual([['陈立', '区委书记', 1]]);
  });

  it('keeps a concurrent post and chains across commas', () => {
    expect(
      officials(
        '市人社局副局长、市总工会副主席(兼)刘东海，市人大常委会副主任、党组副书记，市总工会主席方明出席。',
      ),
    ).toEqual([
      ['刘东海', '市人社局副局长|市总工会副主席(兼)', 1],
      ['方明', '市人大常委会副主任|党组副书记|市总工会主席', 1],
    ]);
  });

  it('takes three-character names whole and merges later mentions', () => {
    expect(officials('区长钟晓晴带队前往街道。钟晓晴叮嘱居委干部。')).toEqual([['钟晓晴', '区长', 2]]);
  });

  it('reads leaders listed after a label, and 总书记 after a name', () => {
    expect(officials('深入贯彻落实习近平总书记重要讲话精神。区领导张明、李红、王芳参加。')).toEqual([
      ['习近平', '总书记', 1],
      ['张明', '区领导', 1],
      ['李红', '区领导', 1],
      ['王芳', '区领导', 1],
    ]);
  });

  it('gives a post to every name listed after it with 、, and stops where the list does', () => {
    expect(officials('副县长黄丽萍、郑海波出席启动仪式。')).toEqual([
      ['黄丽萍', '副县长', 1],
      ['郑海波', '副县长', 1],
    ]);
    expect(officials('区委常委、副区长宋佳，副区长韩磊、邱文涛、曹静等参加调研。')).toEqual([
      ['宋佳', '区委常委|副区长', 1],
      ['韩磊', '副区长', 1],
      ['邱文涛', '副区长', 1],
      ['曹静', '副区长', 1],
    ]);
    // What follows 、 is not a name standing alone: the post stays with the one name.
    expect(officials('副镇长冯涛、镇综合执法队负责同志到场。')).toEqual([['冯涛', '副镇长', 1]]);
    expect(officials('副市长严伟、市场监管局局长陶然出席。')).toEqual([
      ['严伟', '副市长', 1],
      ['陶然', '市场监管局局长', 1],
    ]);
  });

  it('does not take a title inside a longer clause for the name', () => {
    expect(officials('参加活动的还有市总工会党组书记、副主席刘国华。')).toEqual([
      ['刘国华', '市总工会党组书记|副主席', 1],
    ]);
    expect(officials('市领导向工作人员致以问候。')).toEqual([]);
  });
});

describe('persons', () => {
  it('reads residents and workers by their role or family, apart from officials', () => {
    const text =
      '区委书记王建看望了困难党员赵大海家庭，又来到困难居民钱小红、孙明母子家中。快递员周强同志发言。';
    const persons = recognizePersons(text, new Set(['王建'])).map((p) => p.name);
    expect(persons).toEqual(['赵大海', '钱小红', '孙明', '周强']);
  });

  it('does not read common words after generic nouns as names', () => {
    expect(recognizePersons('越要关心群众冷暖，广大市民展现出责任意识。', new Set())).toEqual([]);
  });
});

describe('places', () => {
  it('reads a county stem printed with a level word the divisions do not list for it as that district', () => {
    const places = recognizePlaces(
      '上午，临江区召开养老服务推进会，临江区民政局通报情况。北京市民也来参加。',
    );
    expect(places.map((p) => [p.name, p.kind, p.mentions])).toEqual([
      ['临江区', 'district', 2],
      ['北京', 'city', 1],
    ]);
  });

  it('reads divisions from the national dataset and their news forms', () => {
    const places = recognizePlaces('李强来到长宁区北新泾街道社区事务受理服务中心，又到徐汇区天平街道。');
    expect(places.map((p) => [p.name, p.kind])).toEqual([
      ['长宁区', 'district'],
      // The subdistrict a service building is named after is listed with it.
      ['北新泾街道', 'subdistrict'],
      ['北新泾街道社区事务受理服务中心', 'building'],
      ['徐汇区', 'district'],
      ['天平街道', 'subdistrict'],
    ]);
  });

  it('reads neighbourhoods, roads and buildings by their suffixes', () => {
    const places = recognizePlaces(
      '家住建国西路的困难职工来到北外滩街道蕃兴居委安国大楼小区，又到金陵东路443号宝兴居民区党群服务站。',
    );
    expect(places.map((p) => [p.name, p.kind])).toEqual([
      ['建国西路', 'road'],
      ['北外滩街道', 'subdistrict'],
      ['蕃兴居委', 'neighbourhood'],
      ['安国大楼小区', 'neighbourhood'],
      ['金陵东路', 'road'],
      ['宝兴居民区', 'neighbourhood'],
      ['宝兴居民区党群服务站', 'building'],
    ]);
  });

  it('does not read clauses or nicknames as places', () => {
    expect(recognizePlaces('街道积极探索新型居民区管理模式，打造“申城第一居委”，拓宽思路。')).toEqual([]);
  });
});

describe('policy phrases', () => {
  it('finds glossary terms with explanations, quoted slogans and coded strategies', () => {
    const { phrases } = recognizePolicyPhrases(
      '更好发挥“一网通办”平台作用，奋力推进“532”发展战略，打响“六个常有”民生名片，践行全过程人民民主。',
    );
    const texts = phrases.map((p) => p.text);
    expect(texts).toContain('一网通办');
    expect(texts).toContain('“532”发展战略');
    expect(texts).toContain('六个常有');
    expect(texts).toContain('全过程人民民主');
    expect(phrases.find((p) => p.text === '一网通办')?.explanation).toBeTruthy();
  });

  it('reads a glossary phrase through the quotation marks around part of it', () => {
    const { phrases } = recognizePolicyPhrases('开展一季度“面对面”联系服务群众活动。');
    expect(phrases.map((p) => p.text)).toEqual(['“面对面”联系服务群众']);
  });

  it('leaves out a quotation mark that opens or closes a longer quotation around the phrase', () => {
    const text = '会上介绍了全镇“党建引领、多方参与”的做法，推动“多方参与、党建引领”落到实处。';
    const { phrases, matches } = recognizePolicyPhrases(text);
    expect(phrases.map((p) => p.text)).toEqual(['党建引领']);
    expect(phrases[0]!.mentions).toBe(2);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe('党建引领');
  });
});

describe('quotes', () => {
  it('reads direct and reported speech, and 他 as the last speaker', () => {
    const text =
      '王建说，越是基层，越要关心群众。他指出，群众利益无小事。赵丽鼓励大家说：“希望大家用心做好服务。”';
    expect(recognizeQuotes(text, ['王建', '赵丽'])).toEqual([
      { speaker: '王建', text: '越是基层，越要关心群众。' },
      { speaker: '王建', text: '群众利益无小事。' },
      { speaker: '赵丽', text: '希望大家用心做好服务。' },
    ]);
  });
});

describe('recognize', () => {
  it('gives key sentences in text order', () => {
    const text =
      '3月2日上午，区委书记王建来到滨江街道社区事务受理服务中心。王建说，要推进一网通办。\n随后，王建来到春晖居民区。天气很好。';
    const r = recognize(text, []);
    expect(r.keySentences[0]).toBe('3月2日上午，区委书记王建来到滨江街道社区事务受理服务中心。');
    expect(r.keySentences.length).toBeLessThanOrEqual(4);
  });
});
