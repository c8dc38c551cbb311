import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { frameDocuments, framesLoaded } from '../../lib/extract/frames';

const ARTICLE =
  '<html><body><h1>松岚区召开优化营商环境工作推进会</h1><p>3月19日上午，松岚区召开优化营商环境工作推进会。区委书记韩立峰出席会议并讲话，区委副书记、区长邵雨晴主持。各部门要对照任务清单逐项推进，建立问题发现和解决机制，确保各项举措落地见效。</p><p>区发展和改革委员会主任程俊杰通报了全区优化营商环境行动方案的进展情况。</p></body></html>';

/** A page whose frames are given: a same-origin one hands out its document, a cross-origin one throws. */
function pageWith(frames: Array<{ doc?: Document | null; throws?: boolean; src?: string }>): Document {
  const elements = frames.map((f) => ({
    getAttribute: (name: string) => (name === 'src' ? (f.src ?? null) : null),
    addEventListener: () => {},
    get contentDocument() {
      if (f.throws) throw new Error('SecurityError: cross-origin frame');
      return f.doc ?? null;
    },
  }));
  return { querySelectorAll: () => elements } as unknown as Document;
}

describe('articles in frames', () => {
  it('reads same-origin frames with text, most text first, and leaves cross-origin ones alone', () => {
    const article = parseDocument(ARTICLE);
    const ad = parseDocument('<html><body><p>广告</p></body></html>');
    const page = pageWith([{ throws: true }, { doc: ad }, { doc: null }, { doc: article }]);
    expect(frameDocuments(page)).toEqual([article]);
  });

  it('waits for a frame still loading its page, and not for frames that have loaded or hold nothing to load', async () => {
    const loaded = { readyState: 'complete', URL: 'http://127.0.0.1/body.html' } as unknown as Document;
    const blank = { readyState: 'complete', URL: 'about:blank' } as unknown as Document;
    let started = Date.now();
    await framesLoaded(pageWith([{ doc: loaded, src: 'body.html' }, { doc: blank }, { throws: true }]), 2000);
    expect(Date.now() - started).toBeLessThan(1000);
    // A frame whose page has not arrived yet still holds the initial about:blank: waited for, up to the limit.
    started = Date.now();
    await framesLoaded(pageWith([{ doc: blank, src: 'body.html' }]), 300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
