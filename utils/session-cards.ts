import type { Card } from '../lib/card';
import type { StoredCard } from './messages';

/** The part of a storage area this store uses (browser.storage.session, or a fake in tests). */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'card:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

/**
 * A card as kept in the session: `body.text` is `body.paragraphs` joined with "\n" (the contract), so
 * it is left out and rebuilt on reading. Everything else the popup shows, copies or saves stays.
 */
type SlimCard = Omit<Card, 'body'> & { body: { paragraphs: string[] } };
type SlimStored = Omit<StoredCard, 'card'> & { card: SlimCard };

const slim = (s: StoredCard): SlimStored => ({
  ...s,
  card: { ...s.card, body: { paragraphs: s.card.body.paragraphs } },
});
const whole = (s: SlimStored): StoredCard => ({
  ...s,
  card: { ...s.card, body: { paragraphs: s.card.body.paragraphs, text: s.card.body.paragraphs.join('\n') } },
});
const isStored = (x: unknown): x is SlimStored =>
  typeof x === 'object' && x !== null && typeof (x as SlimStored).tabId === 'number' && 'card' in x;

/**
 * Each tab's card, for the popup: in memory while the background lives, and in the session area so it
 * survives the worker being stopped. The session area is small (10 MB in Chromium and Firefox): when it
 * is full the oldest other tabs' cards make room, and when even that fails the card is only in memory.
 * Storing never fails the card: the page has it either way.
 */
export class SessionCards {
  private memory = new Map<number, StoredCard>();

  constructor(private readonly area: SessionArea) {}

  /** Keeps a tab's card; false when only memory holds it (the session area refused it). */
  async put(stored: StoredCard): Promise<boolean> {
    this.memory.set(stored.tabId, stored);
    const item = { [key(stored.tabId)]: slim(stored) };
    let evictable: number[] | null = null;
    for (;;) {
      try {
        await this.area.set(item);
        return true;
      } catch {
        // Full: make room by dropping other tabs' cards, oldest first, and try again.
        evictable ??= await this.othersOldestFirst(stored.tabId).catch(() => []);
        const oldest = evictable.shift();
        if (oldest === undefined) break;
        await this.area.remove(key(oldest)).catch(() => undefined);
      }
    }
    // Too large for the area even alone: no stale copy may stay behind it.
    await this.area.remove(key(stored.tabId)).catch(() => undefined);
    return false;
  }

  async byTab(tabId: number): Promise<StoredCard | null> {
    const held = this.memory.get(tabId);
    if (held) return held;
    const got = await this.area.get(key(tabId)).catch(() => ({}) as Record<string, unknown>);
    const s = got[key(tabId)];
    return isStored(s) ? whole(s) : null;
  }

  /** The latest card for a page address, in whichever tab. */
  async byUrl(url: string): Promise<StoredCard | null> {
    const found = new Map<number, StoredCard>();
    for (const s of await this.stored()) if (s.url === url) found.set(s.tabId, whole(s));
    for (const s of this.memory.values()) if (s.url === url) found.set(s.tabId, s);
    return [...found.values()].sort((a, b) => b.at - a.at)[0] ?? null;
  }

  async remove(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await this.area.remove(key(tabId)).catch(() => undefined);
  }

  private async stored(): Promise<SlimStored[]> {
    const all = await this.area.get(null).catch(() => ({}) as Record<string, unknown>);
    return Object.entries(all)
      .filter(([k, v]) => k.startsWith(PREFIX) && isStored(v))
      .map(([, v]) => v as SlimStored);
  }

  private async othersOldestFirst(tabId: number): Promise<number[]> {
    return (await this.stored())
      .filter((s) => s.tabId !== tabId)
      .sort((a, b) => a.at - b.at)
      .map((s) => s.tabId);
  }
}
