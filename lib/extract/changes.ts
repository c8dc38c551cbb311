/**
 * How much a batch of DOM mutations changes the text a reader sees, to tell an article that arrives,
 * grows or is shown (an SPA's content, a live blog's update, WeChat's #js_content) from the page's
 * ticking clocks and counters, which change as much text as they take away.
 */

/** The parts of a MutationRecord read here (plain objects in tests). */
export interface Mutation {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
  attributeName: string | null;
  oldValue: string | null;
}

export interface TextChange {
  /** Characters added less characters removed. */
  net: number;
  /** Characters replaced at once (the smaller of added and removed in one mutation): a swapped article. */
  replaced: number;
  /** Characters of elements shown or hidden by their style, hidden or aria-hidden attribute. */
  toggled: number;
}

/** The attributes by which pages show and hide their article; class changes are not read (see blocks.ts). */
export const VISIBILITY_ATTRIBUTES = ['style', 'hidden', 'aria-hidden'];

const ELEMENT = 1;
const TEXT = 3;

/** Whether an attribute's value hides its element, as the DOM walk (blocks.ts) and a reader see it. */
export function hides(attribute: string, value: string | null): boolean {
  if (attribute === 'hidden') return value !== null;
  if (attribute === 'aria-hidden') return value === 'true';
  return value !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(value);
}

function textLength(node: Node, ignore: string | undefined): number {
  if (node.nodeType === TEXT) return (node as Text).data.length;
  if (node.nodeType !== ELEMENT) return 0;
  if (ignore && (node as Element).hasAttribute(ignore)) return 0;
  return node.textContent?.length ?? 0;
}

/** Adds up what a batch of mutations did to the page's text; elements with `ignore` are our own. */
export function measureChanges(mutations: Iterable<Mutation>, ignore?: string): TextChange {
  const change: TextChange = { net: 0, replaced: 0, toggled: 0 };
  for (const m of mutations) {
    if (m.type === 'childList') {
      let added = 0;
      let removed = 0;
      for (const n of Array.from(m.addedNodes)) added += textLength(n, ignore);
      for (const n of Array.from(m.removedNodes)) removed += textLength(n, ignore);
      change.net += added - removed;
      change.replaced = Math.max(change.replaced, Math.min(added, removed));
    } else if (m.type === 'attributes' && m.attributeName && m.target.nodeType === ELEMENT) {
      const el = m.target as Element;
      if (hides(m.attributeName, m.oldValue) !== hides(m.attributeName, el.getAttribute(m.attributeName)))
        change.toggled += textLength(el, ignore);
    }
  }
  return change;
}

/**
 * When a change is worth reading the page again: a sentence or more added or taken away in all since
 * the last reading (a live blog's update), a block of text swapped or shown at once. A clock's tick or
 * a counter replaces a few characters by as many, and never adds up.
 */
export const MATERIAL = { chars: 30 };

export function isMaterial(since: TextChange): boolean {
  return (
    Math.abs(since.net) >= MATERIAL.chars ||
    since.replaced >= MATERIAL.chars ||
    since.toggled >= MATERIAL.chars
  );
}
