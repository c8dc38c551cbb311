import { describe, expect, it } from 'vitest';
import { type Card, emptyCard } from '../../lib/card';
import type { StoredCard } from '../../utils/messages';
import { type SessionArea, SessionCards } from '../../utils/session-cards';

/** storage.session as the browsers keep it: 10 MB, counted as each key plus its value in JSON. */
function sessionArea(quota = 10 * 1024 * 1024) {
  const items = new Map<string, string>();
  const size = () => [...items].reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  const area: SessionArea & { bytes: () => number; keys: () => string[] } = {
    async get(keys) {
      const wanted = keys === null ? [...items.keys()] : [keys];
      return Object.fromEntries(
        wanted.filter((k) => items.has(k)).map((k) => [k, JSON.parse(items.get(k)!)]),
      );
    },
    async set(next) {
      const before = new Map(items);
      for (const [k, v] of Object.entries(next)) items.set(k, JSON.stringify(v));
      if (size() > quota) {
        items.clear();
        for (const [k, v] of before) items.set(k, v);
        throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      }
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) items.delete(k);
    },
    bytes: size,
    keys: () => [...items.keys()],
  };
  return area;
}

/** An article card of about `chars` characters in 200-character paragraphs, as a long news page gives. */
function longCard(chars: number, seed: number): Card {
  const card = emptyCard(`https://www.example.gov.cn/news/${seed}.html`, '');
  const paragraph = (i: number) =>
    `第${seed}篇第${i}段：区政府召开专题会议，研究部署防汛防台、城市更新和民生实事项目推进工作。`.padEnd(
      200,
      '。',
    );
  const paragraphs = Array.from({ length: Math.ceil(chars / 200) }, (_, i) => paragraph(i));
  Object.assign(card, {
    isArticle: true,
    reason: null,
    language: 'zh-Hans',
    title: `第${seed}篇长文`,
    body: { paragraphs, text: paragraphs.join('\n') },
  } satisfies Partial<Card>);
  return card;
}

const stored = (tabId: number, card: Card, at: number): StoredCard => ({ tabId, url: card.url!, card, at });

describe('session cards: a full session area never fails a card', () => {
  it('keeps every tab of 18 long articles (300,000 characters, about 0.9 MB each) for the popup, the newest in the session area', async () => {
    const area = sessionArea();
    const cards = new SessionCards(area);
    const all = Array.from({ length: 18 }, (_, i) => stored(100 + i, longCard(300_000, i), 1000 + i));
    for (const s of all) await cards.put(s);
    expect(area.bytes()).toBeLessThanOrEqual(10 * 1024 * 1024);
    // While the background lives, every tab's card is there, whole.
    for (const s of all) expect(await cards.byTab(s.tabId)).toEqual(s);
    // After the worker is stopped, the session area still has the newest tabs, whole (body.text rebuilt).
    const restarted = new SessionCards(area);
    const last = all[all.length - 1]!;
    expect(await restarted.byTab(last.tabId)).toEqual(last);
    expect(await restarted.byUrl(last.url)).toEqual(last);
    // The ones that made room were the oldest.
    const kept = area.keys().map((k) => Number(k.slice('card:'.length)));
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(18);
    expect(Math.min(...kept)).toBe(100 + 18 - kept.length);
  });

  it('keeps the text once: body.text is rebuilt from the paragraphs', async () => {
    const area = sessionArea();
    const card = longCard(20_000, 1);
    await new SessionCards(area).put(stored(7, card, 1));
    const raw = (await area.get('card:7'))['card:7'] as { card: { body: Record<string, unknown> } };
    expect(Object.keys(raw.card.body)).toEqual(['paragraphs']);
    expect(area.bytes()).toBeLessThan(Buffer.byteLength(JSON.stringify(card)) * 0.6);
  });

  it('a card larger than the whole area stays in memory, and leaves no older copy of its tab behind', async () => {
    const area = sessionArea(400_000);
    const cards = new SessionCards(area);
    const small = stored(1, longCard(2_000, 1), 1);
    expect(await cards.put(small)).toBe(true);
    const huge = stored(1, longCard(200_000, 2), 2);
    expect(await cards.put(huge)).toBe(false);
    expect(await cards.byTab(1)).toEqual(huge);
    expect(await new SessionCards(area).byTab(1)).toBeNull();
  });

  it('a session area that refuses everything still never throws', async () => {
    const broken: SessionArea = {
      get: () => Promise.reject(new Error('no session storage')),
      set: () => Promise.reject(new Error('no session storage')),
      remove: () => Promise.reject(new Error('no session storage')),
    };
    const cards = new SessionCards(broken);
    const s = stored(3, longCard(1_000, 3), 1);
    expect(await cards.put(s)).toBe(false);
    expect(await cards.byTab(3)).toEqual(s);
    expect(await cards.byUrl(s.url)).toEqual(s);
    await cards.remove(3);
    expect(await cards.byTab(3)).toBeNull();
  });
});
