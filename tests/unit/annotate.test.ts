import { describe, expect, it } from 'vitest';
import { anchor } from '../../lib/annotate/anchor';
import { readAnnotation } from '../../lib/annotate/annotation';
import { matchQuote } from '../../lib/annotate/match-quote';
import { CONTEXT_CHARS, describe as describeSpan, readSelectors } from '../../lib/annotate/selectors';

// An article in the shape district news prints: short paragraphs, a repeated phrase, figures.
const ARTICLE = [
  '11月20日，区政府召开常务会议，研究部署今冬明春安全生产工作。',
  '会议指出，要坚持人民至上、生命至上，把安全生产责任落实到每一个岗位。',
  '会议要求，各街道要在12月底前完成辖区内老旧小区燃气管道排查，排查结果向社会公开。',
  '会议强调，要坚持人民至上，做好困难群众冬季帮扶，确保群众温暖过冬。',
].join('\n');

const QUOTE = '各街道要在12月底前完成辖区内老旧小区燃气管道排查';

const spanOf = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return { start, end: start + quote.length };
};

describe('selectors', () => {
  it('keep the quote with 32 characters of context each side and its position', () => {
    const long = `${'前'.repeat(40)}${QUOTE}${'后'.repeat(40)}`;
    const s = describeSpan(long, 40, 40 + QUOTE.length);
    expect(s.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: QUOTE,
      prefix: '前'.repeat(CONTEXT_CHARS),
      suffix: '后'.repeat(CONTEXT_CHARS),
    });
    expect(s.position).toEqual({ type: 'TextPositionSelector', start: 40, end: 40 + QUOTE.length });
  });

  it('keep shorter context at the article edges', () => {
    const s = describeSpan(ARTICLE, 0, 6);
    expect(s.quote.prefix).toBe('');
    expect(s.quote.exact).toBe('11月20日');
  });

  it('read back only well-formed selectors and annotations', () => {
    const s = describeSpan(ARTICLE, 3, 9);
    expect(readSelectors(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(readSelectors({ ...s, position: { ...s.position, start: -1 } })).toBeNull();
    expect(readSelectors({ ...s, quote: { ...s.quote, exact: '' } })).toBeNull();
    const a = { id: 'a1', url: 'https://x.example/a', colour: 'green', note: '', text: 'x', selectors: s };
    expect(readAnnotation({ ...a, created: 1, updated: 2 })?.colour).toBe('green');
    expect(readAnnotation({ ...a, colour: 'ultraviolet', created: 1, updated: 2 })?.colour).toBe('yellow');
    expect(readAnnotation({ ...a, created: 'yesterday', updated: 2 })).toBeNull();
    expect(readAnnotation(null)).toBeNull();
  });
});

describe('re-anchoring', () => {
  const span = spanOf(ARTICLE, QUOTE);
  const selectors = describeSpan(ARTICLE, span.start, span.end);

  it('exact: the text is unchanged, the position holds', () => {
    expect(anchor(ARTICLE, selectors)).toMatchObject({ status: 'anchored', ...span, via: 'position' });
  });

  it('moved: text added before it, the quote is found where it now is', () => {
    const moved = `通讯员 王某某 报道\n${ARTICLE}`;
    const got = anchor(moved, selectors);
    expect(got).toMatchObject({ status: 'anchored', via: 'quote', ...spanOf(moved, QUOTE) });
  });

  it('edited: a word of the quote changed, found approximately on the changed words', () => {
    const edited = ARTICLE.replace('12月底前', '11月底前').replace('燃气管道', '燃气管线');
    const got = anchor(edited, selectors);
    const target = spanOf(edited, '各街道要在11月底前完成辖区内老旧小区燃气管线排查');
    expect(got.status).toBe('anchored');
    if (got.status !== 'anchored') return;
    expect(got.via).toBe('fuzzy');
    expect(Math.abs(got.start - target.start)).toBeLessThanOrEqual(1);
    expect(Math.abs(got.end - target.end)).toBeLessThanOrEqual(1);
  });

  it('gone: the paragraph was deleted, the highlight is orphaned, not put on other text', () => {
    const gone = ARTICLE.split('\n')
      .filter((p) => !p.includes('燃气'))
      .join('\n');
    expect(anchor(gone, selectors)).toEqual({ status: 'orphaned' });
  });

  it('a repeated phrase goes back to the copy its context names, not the first one', () => {
    const second = spanOf(ARTICLE, '要坚持人民至上', spanOf(ARTICLE, '要坚持人民至上').end);
    const s = describeSpan(ARTICLE, second.start, second.end);
    const moved = `（记者）${ARTICLE}`;
    const got = anchor(moved, s);
    expect(got).toMatchObject({ status: 'anchored', via: 'quote', start: second.start + 4 });
  });

  it('a quote found with half its characters wrong and no context agreeing is not accepted', () => {
    const quote = {
      type: 'TextQuoteSelector' as const,
      exact: '完成燃气管道排查',
      prefix: '甲乙丙',
      suffix: '丁戊己',
    };
    expect(matchQuote('完成供水管网改造工作', quote)).toBeNull();
    expect(matchQuote('', quote)).toBeNull();
  });
});
