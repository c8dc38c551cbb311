import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { anchor } from '../../lib/annotate/anchor';
import { pageSpans, printedText, selectionSpan } from '../../lib/annotate/page-range';
import { describe as describeSpan } from '../../lib/annotate/selectors';
import { analyzeLocal } from '../../lib/local';
import { loadPage } from './helpers';

/** A selection from offset `from` of one text node to offset `to` of another, as a Range reports it. */
function rangeOver(nodes: Text[], a: Text, from: number, b: Text, to: number): Range {
  const i = nodes.indexOf(a);
  const j = nodes.indexOf(b);
  const inside = new Set(nodes.slice(i, j + 1));
  return {
    collapsed: a === b && from === to,
    startContainer: a,
    startOffset: from,
    endContainer: b,
    endOffset: to,
    intersectsNode: (n: Node) => inside.has(n as Text),
  } as unknown as Range;
}

const joined = (parts: Array<{ node: Text; start: number; end: number }>) =>
  parts.map((p) => p.node.data.slice(p.start, p.end)).join('');

describe('a selection on the page and the normalized text', () => {
  it('a selection on a traditional-script page is a span of the normalized text that goes back to the same characters', async () => {
    const { extraction, normalized } = await analyzeLocal(loadPage('eastday-traditional'));
    const model = extraction.main.model;
    const map = normalized.text;
    const nodes = model.nodes();
    // A node of the article with enough text, selected from its third character to its tenth.
    const node = nodes.find((n) => n.data.trim().length > 20 && /[\u4e00-\u9fff]/.test(n.data))!;
    const span = selectionSpan(rangeOver(nodes, node, 2, node, 10), model, map)!;
    expect(span).not.toBeNull();
    expect(printedText(span, model, map)).toBe(node.data.slice(2, 10));
    const parts = pageSpans(span, model, map);
    expect(joined(parts)).toBe(node.data.slice(2, 10));
    expect(parts.every((p) => p.node === node)).toBe(true);
    // Saved and anchored again on the same text: the same characters.
    const selectors = describeSpan(map.text, span.start, span.end);
    expect(anchor(map.text, selectors)).toMatchObject({ status: 'anchored', ...span });
  });

  it('a selection across nodes covers both ends; one outside the article is nothing', async () => {
    const { extraction, normalized } = await analyzeLocal(loadPage('eastday-traditional'));
    const model = extraction.main.model;
    const nodes = model.nodes();
    const a = nodes.find((n) => n.data.trim().length > 5)!;
    const b = nodes[nodes.indexOf(a) + 1]!;
    const span = selectionSpan(rangeOver(nodes, a, 1, b, 2), model, normalized.text)!;
    const text = joined(pageSpans(span, model, normalized.text));
    expect(text.startsWith(a.data.slice(1).trim().slice(0, 3))).toBe(true);
    expect(text.endsWith(b.data.slice(0, 2).trim().slice(-1))).toBe(true);
    const outside = { data: '页脚' } as Text;
    expect(selectionSpan(rangeOver([outside], outside, 0, outside, 2), model, normalized.text)).toBeNull();
  });
});

describe('the notes fixtures, read by the engine, re-anchor as a reader expects', () => {
  const QUOTE = '各街道要在12月底前完成辖区内老旧小区燃气管道排查';
  const read = async (name: string) => {
    const html = fs.readFileSync(path.resolve('tests/fixtures/notes', `${name}.html`), 'utf8');
    const { card, normalized } = await analyzeLocal(parseDocument(html), { url: 'http://127.0.0.1/a.html' });
    expect(card.isArticle).toBe(true);
    return normalized.text.text;
  };

  it('exact on the same page, fuzzy on the edited one, orphaned where the paragraph is gone', async () => {
    const text = await read('article');
    const start = text.indexOf(QUOTE);
    expect(start).toBeGreaterThan(0);
    const selectors = describeSpan(text, start, start + QUOTE.length);
    expect(anchor(text, selectors)).toMatchObject({ status: 'anchored', via: 'position' });
    const edited = await read('article-edited');
    const got = anchor(edited, selectors);
    expect(got).toMatchObject({ status: 'anchored', via: 'fuzzy' });
    if (got.status === 'anchored')
      expect(edited.slice(got.start, got.end)).toBe('各街道要在11月底前完成辖区内老旧小区燃气管线排查');
    expect(anchor(await read('article-deleted'), selectors)).toEqual({ status: 'orphaned' });
  });
});
