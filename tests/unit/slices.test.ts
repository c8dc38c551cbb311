import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { articleTextNodes, extract, extractSteps } from '../../lib/extract/index';
import { Cancelled, runAtOnce, runSliced, type Steps } from '../../lib/slices';
import { loadPage, SEED_PAGES } from './helpers';

/** Counts to n, one unit per step; each unit takes `cost` on the given clock. */
function* counting(n: number, clock: { t: number }, cost: number): Steps<number> {
  let done = 0;
  for (let i = 0; i < n; i++) {
    clock.t += cost;
    done++;
    yield;
  }
  return done;
}

describe('work in slices', () => {
  it('runs steps to the end at once, or in slices no longer than asked, with the same result', async () => {
    expect(runAtOnce(counting(100, { t: 0 }, 1))).toBe(100);
    const clock = { t: 0 };
    const pausedAt: number[] = [];
    const done = await runSliced(counting(100, clock, 1), {
      sliceMs: 10,
      now: () => clock.t,
      pause: async () => {
        pausedAt.push(clock.t);
      },
    });
    expect(done).toBe(100);
    // 100 units of 1 ms in slices of 10 ms: a pause after each tenth unit.
    expect(pausedAt).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('stops when the work is no longer wanted', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const run = runSliced(counting(100, clock, 5), {
      sliceMs: 10,
      now: () => clock.t,
      pause: async () => {
        pauses++;
      },
      cancelled: () => pauses >= 2,
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(clock.t).toBe(20);
  });

  it('reads a page in steps exactly as at once', async () => {
    for (const name of SEED_PAGES) {
      const whole = extract(loadPage(name));
      const doc = loadPage(name);
      let pauses = 0;
      const sliced = await runSliced(extractSteps(doc), {
        sliceMs: 0,
        pause: async () => {
          pauses++;
        },
      });
      expect(pauses).toBeGreaterThan(10);
      expect(sliced.main.model.text).toBe(whole.main.model.text);
      expect(sliced.main.title).toBe(whole.main.title);
      expect(sliced.others.map((o) => o.title)).toEqual(whole.others.map((o) => o.title));
      expect(sliced.isArticle).toBe(whole.isArticle);
    }
  });

  it('lists the article text nodes in document order', () => {
    const doc = parseDocument(
      '<html><body><h1>松岚区召开防汛防台工作部署会</h1><div class="content">' +
        '<p>6月2日下午，松岚区召开<b>防汛防台</b>工作部署会，区委书记韩立峰出席并讲话。区长邵雨晴主持会议，副区长葛文涛通报全区防汛准备情况。</p>' +
        '<p>韩立峰指出，要坚持人民至上、生命至上，压紧压实防汛防台责任，全面排查地下空间、危旧房屋和在建工地等风险点位，确保安全度汛。</p>' +
        '</div></body></html>',
    );
    const nodes = articleTextNodes(extract(doc));
    const all: Text[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === 3) all.push(n as Text);
      for (const c of Array.from(n.childNodes)) walk(c);
    };
    walk(doc.body);
    expect(nodes.length).toBeGreaterThan(3);
    const order = nodes.map((n) => all.indexOf(n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(nodes.map((n) => n.data).join('')).toContain('防汛防台工作部署会，区委书记韩立峰');
  });
});
