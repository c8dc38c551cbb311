import { describe, expect, it } from 'vitest';
import { analyzeLocal as analyzeDocument } from '../../lib/local';
import type { DomSpan } from '../../lib/model/text-model';
import { loadPage, rng, SEED_PAGES } from './helpers';

const spanText = (spans: DomSpan[]) => spans.map((s) => s.node.data.slice(s.start, s.end)).join('');
const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

describe('the text model maps every character back to the page', () => {
  for (const name of SEED_PAGES) {
    it(`${name}: random spans of the raw text cover exactly those page characters`, async () => {
      const { extraction } = await analyzeDocument(loadPage(name));
      const model = extraction.main.model;
      const next = rng(name.length * 7919);
      for (let i = 0; i < 300; i++) {
        const a = Math.floor(next() * model.text.length);
        const b = Math.min(model.text.length, a + 1 + Math.floor(next() * 80));
        const spans = model.domSpans(a, b);
        // Line separators stand for no page character; collapsed white space stands for its whole run.
        expect(collapse(spanText(spans))).toBe(collapse(model.text.slice(a, b).replace(/\n/g, '')));
        for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
      }
    });

    it(`${name}: spans of the normalized text land on their original characters`, async () => {
      const { extraction, normalized } = await analyzeDocument(loadPage(name));
      const model = extraction.main.model;
      const text = normalized.text;
      const next = rng(name.length * 104729);
      for (let i = 0; i < 200; i++) {
        const a = Math.floor(next() * text.text.length);
        const b = Math.min(text.text.length, a + 1 + Math.floor(next() * 40));
        const raw = text.toSource(a, b);
        const original = spanText(model.domSpans(raw.start, raw.end));
        // Every Han character of the normalized span is on the page, in its original script.
        const han = text.text.slice(a, b).match(/[\u4e00-\u9fff]/g)?.length ?? 0;
        expect(original.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThanOrEqual(han);
      }
    });
  }

  it('a name in traditional script with pinyin annotations maps to the page characters without the annotation', async () => {
    const { extraction, normalized } = await analyzeDocument(loadPage('hongkou-pinyin'));
    const at = normalized.text.text.indexOf('区委书记李谦');
    expect(at).toBeGreaterThanOrEqual(0);
    const raw = normalized.text.toSource(at, at + '区委书记李谦'.length);
    const page = spanText(extraction.main.model.domSpans(raw.start, raw.end));
    expect(page).toBe('區(qū)委書記李謙');
    const name = normalized.text.toSource(at + 4, at + 6);
    expect(spanText(extraction.main.model.domSpans(name.start, name.end))).toBe('李謙');
  });

  it('a span across a paragraph broken mid-sentence covers both page elements', async () => {
    const { extraction, normalized } = await analyzeDocument(loadPage('xuhui-epaper'));
    const at = normalized.text.text.indexOf('说清楚');
    const raw = normalized.text.toSource(at, at + 3);
    const spans = extraction.main.model.domSpans(raw.start, raw.end);
    expect(spanText(spans)).toBe('说清楚');
    expect(spans.length).toBe(2);
    expect(spans[0]!.node.parentElement).not.toBe(spans[1]!.node.parentElement);
  });
});

describe('extraction never modifies the page', () => {
  for (const name of [...SEED_PAGES, 'news-list', 'strict-csp']) {
    it(name, async () => {
      const doc = loadPage(name);
      const before = doc.documentElement.outerHTML;
      await analyzeDocument(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});
