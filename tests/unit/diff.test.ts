import { describe, expect, it } from 'vitest';
import { changeCount, type DiffPart, diffTexts, foldUnchanged, tokenize } from '../../lib/store/diff';

const changed = (parts: DiffPart[], kind: 'added' | 'removed') =>
  parts.filter((p) => p.kind === kind).map((p) => p.text);
/** The text a diff gives back on either side. */
const side = (parts: DiffPart[], skip: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');

describe('what changed between two texts, word by word in Chinese', () => {
  const before =
    '参保人员可通过手机银行、政务服务网缴费。个人缴费标准为每人每年380元，县医保局每月通报工作进度。';
  const after =
    '参保人员可通过手机银行、微信小程序、政务服务网缴费。个人缴费标准为每人每年400元，县医保局每半月通报工作进度。';

  it('cuts Chinese into words, and its tokens give back the text', () => {
    const words = tokenize(before);
    expect(words.join('')).toBe(before);
    expect(words).toContain('政务');
    expect(words.length).toBeLessThan(Array.from(before).length);
    expect(tokenize(before, 'char')).toHaveLength(Array.from(before).length);
  });

  it('marks inserted and deleted words, and each side reads as its text', () => {
    const parts = diffTexts(before, after);
    expect(side(parts, 'added')).toBe(before);
    expect(side(parts, 'removed')).toBe(after);
    expect(changed(parts, 'added')).toEqual(['微信小程序、', '400', '每半月']);
    expect(changed(parts, 'removed')).toEqual(['380', '每月']);
    expect(changeCount(parts)).toBe(3);
  });

  it('a number or a time is replaced whole by words; by characters a digit stays as if unchanged', () => {
    const words = diffTexts('缴费期至12月31日。', '缴费期至2026年1月31日。');
    expect(changed(words, 'removed')).toEqual(['12']);
    expect(changed(words, 'added')).toEqual(['2026年1']);
    const time = (by: 'word' | 'char') =>
      diffTexts('发布时间：2025-09-08 10:00', '发布时间：2025-09-08 16:30', by);
    expect(changed(time('word'), 'removed')).toEqual(['10:00']);
    expect(changed(time('word'), 'added')).toEqual(['16:30']);
    // By characters the 1 of 10 stays as if unchanged, and 10:00 → 16:30 is cut in pieces.
    expect(changed(time('char'), 'removed').join('')).not.toContain('1');
    expect(changeCount(time('char'))).toBeGreaterThan(changeCount(time('word')));
  });

  it('short unchanged text between two changes joins them, longer text does not', () => {
    const parts = diffTexts('日期：2025-09-08 10:00', '日期：2025-09-12 16:30');
    expect(changed(parts, 'removed')).toEqual(['08 10:00']);
    expect(changeCount(parts)).toBe(1);
    const apart = diffTexts('每人每年380元，每月通报', '每人每年400元，每半月通报');
    expect(changeCount(apart)).toBe(2);
  });

  it('the same text has no change; an empty side is all inserted or all deleted', () => {
    expect(diffTexts(before, before)).toEqual([{ kind: 'same', text: before }]);
    expect(diffTexts('', after)).toEqual([{ kind: 'added', text: after }]);
    expect(diffTexts(before, '')).toEqual([{ kind: 'removed', text: before }]);
    expect(diffTexts('', '')).toEqual([]);
  });

  it('keeps line breaks as text, so paragraphs stay paragraphs', () => {
    const parts = diffTexts('第一段。\n第二段。', '第一段。\n第二段有改动。');
    expect(side(parts, 'removed')).toBe('第一段。\n第二段有改动。');
    expect(parts[0]).toEqual({ kind: 'same', text: '第一段。\n第二段' });
  });
});

describe('a long text with a few changes, as the reader is shown it', () => {
  const paragraphs = Array.from({ length: 30 }, (_, i) => `第${i + 1}条　各部门要按照职责分工做好相关工作。`);
  const before = paragraphs.join('\n');
  const edited = [...paragraphs];
  edited[14] = '第15条　各部门要按照职责分工于每季度末做好相关工作。';
  const after = edited.join('\n');

  it('folds the unchanged lines away from the change, one line of context kept on each side', () => {
    const shown = foldUnchanged(diffTexts(before, after));
    const folds = shown.filter((p) => p.kind === 'folded');
    expect(folds.map((f) => (f as { lines: number }).lines)).toEqual([13, 14]);
    const visible = shown
      .filter((p) => p.kind !== 'folded')
      .map((p) => p.text)
      .join('');
    expect(visible).toContain('第14条');
    expect(visible).toContain('第16条');
    expect(visible).not.toContain('第13条');
    expect(visible).not.toContain('第17条');
    expect(shown.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['于每季度末']);
  });

  it('keeps every character: the parts, folds included, give back both texts', () => {
    const shown = foldUnchanged(diffTexts(before, after));
    const side = (skip: string) =>
      shown
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join('');
    expect(side('removed')).toBe(after);
    expect(side('added')).toBe(before);
  });

  it('a short text, or a few lines between changes, is shown whole', () => {
    const short = diffTexts('第一段。\n第二段。\n第三段。', '第一段。\n第二段有改动。\n第三段。');
    expect(foldUnchanged(short)).toEqual(short);
  });
});
