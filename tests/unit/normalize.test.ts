import { describe, expect, it } from 'vitest';
import { MappedText } from '../../lib/model/mapped-text';
import { normalizePage } from '../../lib/normalize/index';
import { localServices, readingsOf } from '../../lib/normalize/local-services';
import { continues } from '../../lib/normalize/paragraphs';
import { annotatedCharacters, stripPinyinAnnotations } from '../../lib/normalize/pinyin';
import { languageOf } from '../../lib/normalize/script';

const strip = (s: string) => {
  const readings = Object.fromEntries(annotatedCharacters(s).map((c) => [c, readingsOf(c)]));
  return stripPinyinAnnotations(MappedText.identity(s), readings).text.text;
};
const plain = { standalone: false };
const normalizeOne = async (raw: string, lines: number) =>
  (await normalizePage([{ raw, info: Array(lines).fill(plain) }], [], localServices)).articles[0]!;

describe('pinyin annotations', () => {
  it('removes a reading after its character, with or without tone marks', () => {
    expect(strip('春節(jié)後首個工作日')).toBe('春節後首個工作日');
    expect(strip('區(qū)委書記')).toBe('區委書記');
    expect(strip('聯(lián)系(xì)服務(wù)')).toBe('聯系服務');
    expect(strip('社区(qu1)')).toBe('社区');
  });

  it('keeps real parentheses', () => {
    for (const s of [
      '市总工会副主席(兼)刘晓东',
      '(记者 汪晓 施 昱辰)',
      '(上海发布)',
      '村(社区)“两委”',
      '年度报告(2023)',
      '服务站(shi)',
      '中心(English)',
    ]) {
      expect(strip(s)).toBe(s);
    }
  });
});

describe('paragraph repair', () => {
  it('rejoins a sentence broken across lines and removes lost indents', async () => {
    const n = await normalizeOne('??把相关政策说清\n楚,把帮扶举措落实到位。\n　　第二段。', 3);
    expect(n.paragraphs).toEqual(['把相关政策说清楚,把帮扶举措落实到位。', '第二段。']);
  });

  it('does not join after sentence-final punctuation, before a list item, or around a subhead', () => {
    expect(continues('提出三点要求。', '一、深入学习', plain, plain)).toBe(false);
    expect(continues('以下几项', '一、深入学习', plain, plain)).toBe(false);
    expect(continues('不断提升获得感', '李强指出,要', { standalone: true }, plain)).toBe(false);
    expect(continues('他说:“好。”', '随后', plain, plain)).toBe(false);
    expect(continues('困难', '党员刘兆明家庭。', plain, plain)).toBe(true);
  });
});

describe('script', () => {
  it('converts traditional to simplified with HK variants and phrase rules, mapping unit to unit', async () => {
    const raw = '張永珍説,街道居委平日裏一直很關心。反映著城市的溫暖,聯繫群眾,服務群眾,傾聽基層期盼。';
    const n = await normalizeOne(raw, 1);
    expect(n.repairs.converted).toBe(true);
    expect(n.paragraphs[0]).toBe(
      '张永珍说,街道居委平日里一直很关心。反映着城市的温暖,联系群众,服务群众,倾听基层期盼。',
    );
    const at = n.text.text.indexOf('平日里');
    expect(n.text.toSource(at, at + 3)).toEqual({
      start: raw.indexOf('平日裏'),
      end: raw.indexOf('平日裏') + 3,
    });
  });

  it('leaves simplified text alone', async () => {
    const raw = '让群众安心温暖过年，市领导看望困难群众，倾听基层期盼，送上新春的诚挚祝福。';
    const n = await normalizeOne(raw, 1);
    expect(n.repairs.converted).toBe(false);
    expect(n.paragraphs[0]).toBe(raw);
  });

  it('tells the script of a text from its conversion', async () => {
    const lang = async (s: string) => languageOf(s, (await localServices.convert([s], 'simplified'))[0]!);
    expect(await lang('讓群眾安心溫暖過年，市領導看望困難群眾，傾聽基層期盼。')).toBe('zh-Hant');
    expect(await lang('让群众安心温暖过年，市领导看望困难群众，倾听基层期盼。')).toBe('zh-Hans');
    expect(await lang('A new community service center opened in Binhe on Tuesday.')).toBe('other');
  });
});
