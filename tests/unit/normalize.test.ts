import { describe, expect, it } from 'vitest';
import { MappedText } from '../../lib/model/mapped-text';
import { detectLanguage, normalize } from '../../lib/normalize/index';
import { continues } from '../../lib/normalize/paragraphs';
import { stripPinyinAnnotations } from '../../lib/normalize/pinyin';

const strip = (s: string) => stripPinyinAnnotations(MappedText.identity(s)).text.text;
const plain = { standalone: false };

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
  it('rejoins a sentence broken across lines and removes lost indents', () => {
    const n = normalize(
      '??把相关政策说清\n楚,把帮扶举措落实到位。\n　　第二段。',
      [plain, plain, plain],
      'zh-Hans',
    );
    expect(n.paragraphs).toEqual(['把相关政策说清楚,把帮扶举措落实到位。', '第二段。']);
  });

  it('does not join after sentence-final punctuation, before a list item, or around a subhead', () => {
    expect(continues('提出三点要求。', '一、深入学习', plain, plain)).toBe(false);
    expect(continues('以下几项', '一、深入学习', plain, plain)).toBe(false);
    expect(continues('不断提升获得感', '李强指出,要', { standalone: true }, plain)).toBe(false);
    expect(continues('他说:“好。”', '随后', plain, plain)).toBe(false);
    expect(continues('困难', '党员刘兆明家庭。', plain, plain)).toBe(true);
  });

  it('converts traditional to simplified with HK variants and phrase rules', () => {
    const n = normalize('張永珍説,街道居委平日裏一直很關心。反映著城市的溫暖。', [plain], 'zh-Hant');
    expect(n.paragraphs[0]).toBe('张永珍说,街道居委平日里一直很关心。反映着城市的温暖。');
  });

  it('detects the script of a text', () => {
    expect(detectLanguage('讓群眾安心溫暖過年，市領導看望困難群眾，傾聽基層期盼。')).toBe('zh-Hant');
    expect(detectLanguage('让群众安心温暖过年，市领导看望困难群众，倾听基层期盼。')).toBe('zh-Hans');
    expect(detectLanguage('A new community service center opened in Binhe on Tuesday.')).toBe('other');
  });
});
