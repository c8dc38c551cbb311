import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../assets/sites';
import { HoverCard, type HoverTarget } from '../../components/HoverCard';
import { type HighlightToggle, StatusBadge } from '../../components/StatusBadge';
import type { Card } from '../../lib/card';
import { articleTextNodes, extract } from '../../lib/extract/index';
import { caretAt, MentionIndex, mentionBox } from '../../lib/highlight/hit-test';
import { HighlightPainter, KINDS } from '../../lib/highlight/painter';
import { type EntityRanges, entityRanges, firstMention } from '../../lib/highlight/ranges';
import { type ScriptMode, ScriptSwitch } from '../../lib/normalize/page-switch';
import { pageTextOf } from '../../lib/page-text';
import type { EntityKind } from '../../lib/recognize/index';
import { errorMessage } from '../../utils/error-message';
import type { AnalyzeReply, Message, PageAction, PageState } from '../../utils/messages';
import { remoteConvert } from '../../utils/remote-services';
// The note's styles travel inside the script, into its shadow root: no stylesheet to fetch, so the
// note works on any page the reader asks for, whatever its Content-Security-Policy.
import noteCss from './style.css?inline';

/** Our own UI carries this attribute, so the engine never reads it as page text. */
const UI_ATTRIBUTE = 'data-govlens';
/** The reader's script choice, remembered per site. */
const scriptKey = () => `script:${location.hostname}`;

const isKind = (k: string): k is EntityKind => (KINDS as readonly string[]).includes(k);

/** Kinds of highlight the reader has hidden, everywhere. */
const HIDDEN_KEY = 'highlights:hidden';

async function hiddenKinds(): Promise<string[]> {
  const got = await browser.storage.local.get(HIDDEN_KEY);
  return Array.isArray(got[HIDDEN_KEY]) ? (got[HIDDEN_KEY] as string[]) : [];
}

async function savedScript(): Promise<ScriptMode> {
  const got = await browser.storage.local.get(scriptKey());
  const mode = got[scriptKey()];
  return mode === 'simplified' || mode === 'traditional' ? mode : 'original';
}

/** How much the page's text must change before it is read again, and how often at most. */
const LATE = { chars: 200, quietMs: 800, maxRuns: 5 };

/**
 * Pages that load their article after document_idle (single-page apps, infinite scroll): when the
 * body's text has grown or shrunk by enough and the DOM has been quiet for a moment, read it again.
 * Our own UI hangs off <html>, and the script switch changes character data, which is not watched.
 */
function watchLateArticle(ctx: ContentScriptContext, again: () => Promise<void>): void {
  let seen = document.body?.textContent?.length ?? 0;
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = document.body?.textContent?.length ?? 0;
      if (Math.abs(now - seen) < LATE.chars || !ctx.isValid) return;
      seen = now;
      if (++runs >= LATE.maxRuns) observer.disconnect();
      void again();
    }, LATE.quietMs);
  });
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Read once per page, even when the reader asks again from the popup (same isolated world).
    const world = globalThis as { __govlensRead?: boolean };
    if (world.__govlensRead) return;
    world.__govlensRead = true;
    let card: Card | null = null;
    let error: string | null = null;
    let switcher: ScriptSwitch | null = null;
    let script: ScriptMode = 'original';
    let painter: HighlightPainter | null = null;
    let entities: EntityRanges[] = [];
    let hover: HoverTarget | null = null;
    let mentions = new MentionIndex([]);
    /** Reads the page and paints it; again when a page loads its article late. */
    const analyzePage = async () => {
      // Start from the page as it was: original script, no highlights.
      switcher?.restore();
      painter?.clear();
      switcher = null;
      painter = null;
      entities = [];
      hover = null;
      error = null;
      try {
        // The DOM is read here; the card is built in the background, off the page's main thread.
        const extraction = extract(document, { ignoreAttribute: UI_ATTRIBUTE });
        const page = pageTextOf(extraction, location.href);
        const reply = (await browser.runtime.sendMessage({
          type: 'govlens:analyze',
          page,
        } satisfies Message)) as AnalyzeReply;
        card = reply.card;
        if (card.isArticle && HighlightPainter.supported(window)) {
          entities = entityRanges(reply.spans, reply.normalized, extraction.main.model);
          painter = new HighlightPainter(document);
          for (const kind of await hiddenKinds()) if (isKind(kind)) painter.setVisible(kind, false);
        }
        if (card.isArticle) {
          switcher = new ScriptSwitch(articleTextNodes(extraction));
          const saved = await savedScript();
          script = 'original';
          if (saved !== 'original') {
            await switcher.set(saved, remoteConvert);
            script = saved;
          }
        }
        painter?.paint(entities);
        mentions = new MentionIndex(entities);
      } catch (e) {
        // Never throw into the page: report in our own UI and stay quiet otherwise.
        error = errorMessage(e);
      }
    };
    await analyzePage();

    let container: HTMLElement | null = null;
    const draw = () => {
      if (!container) return;
      render(
        <>
          {hover && card && <HoverCard target={hover} card={card} onClose={() => setHover(null)} />}
          <StatusBadge
            card={card}
            error={error}
            script={switcher ? script : undefined}
            onScript={(mode) => void chooseScript(mode)}
            highlights={toggles()}
            onToggle={(kind) => void act({ toggle: kind })}
            onClear={() => void act({ clear: true })}
            onClose={() => ui.remove()}
          />
        </>,
        container,
      );
    };
    const setHover = (next: HoverTarget | null) => {
      if (next?.key === hover?.key && next?.rect.top === hover?.rect.top) return;
      hover = next;
      draw();
    };
    const showFor = (entity: EntityRanges, at?: { x: number; y: number }) => {
      const r = mentionBox(document, entity, at);
      if (r)
        setHover({
          kind: entity.kind,
          key: entity.key,
          rect: { left: r.left, top: r.top, bottom: r.bottom },
        });
    };
    // Hover cards: the mention under the pointer, found from the caret at that point.
    let pending = false;
    ctx.addEventListener(
      document,
      'mousemove',
      (e: MouseEvent) => {
        if (pending || !painter) return;
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          const caret = caretAt(document, e.clientX, e.clientY);
          const entity = caret ? mentions.at(caret.node, caret.offset) : null;
          if (!entity || !painter?.isVisible(entity.kind)) return setHover(null);
          showFor(entity, { x: e.clientX, y: e.clientY });
        });
      },
      { passive: true },
    );
    // From the keyboard: the caret (caret browsing, or a selection made with the arrow keys) on a mention.
    ctx.addEventListener(document, 'selectionchange', () => {
      const sel = document.getSelection();
      if (!painter || !sel?.anchorNode) return;
      const entity = mentions.at(sel.anchorNode, sel.anchorOffset);
      if (!entity || !painter.isVisible(entity.kind)) return;
      showFor(entity);
    });
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape' && hover) setHover(null);
    });
    /** One place for every change the reader asks for, from the note or the popup. */
    const act = async (action: PageAction): Promise<PageState> => {
      if ('toggle' in action && painter) {
        painter.setVisible(action.toggle, !painter.isVisible(action.toggle));
        await browser.storage.local.set({ [HIDDEN_KEY]: KINDS.filter((k) => !painter!.isVisible(k)) });
      } else if ('clear' in action) {
        painter?.clear();
        painter = null;
        hover = null;
      } else if ('script' in action) await chooseScript(action.script);
      else if ('reveal' in action) reveal(action.reveal.kind, action.reveal.key);
      draw();
      return { script: switcher ? script : null, highlights: toggles() ?? null };
    };
    /** Scrolls to the first mention of an entity and flashes it (from the popup's card). */
    const reveal = (kind: EntityKind, key: string) => {
      const first = firstMention(entities, kind, key);
      if (!first) return;
      const part = first.parts[0]!;
      part.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (painter) void painter.flash(first);
      else {
        // Highlights were cleared (mentions exist only where the API does): flash with a painter of
        // its own, then leave the page as it was.
        const once = new HighlightPainter(document);
        void once.flash(first).then(() => once.clear());
      }
    };
    const toggles = (): HighlightToggle[] | undefined =>
      painter
        ? KINDS.map((kind) => ({ kind, count: painter!.count(kind), on: painter!.isVisible(kind) }))
        : undefined;
    const chooseScript = async (mode: ScriptMode) => {
      if (!switcher) return;
      try {
        await switcher.set(mode, remoteConvert);
        // Writing Text.data collapses live ranges in those nodes: paint again (lengths are kept).
        painter?.paint(entities);
        script = mode;
        await browser.storage.local.set({ [scriptKey()]: mode });
      } catch (e) {
        error = errorMessage(e);
      }
      draw();
    };
    const ui = await createShadowRootUi(ctx, {
      name: 'govlens-badge',
      css: noteCss,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount(root, _shadow, host) {
        host.setAttribute(UI_ATTRIBUTE, '');
        container = root;
        draw();
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
        container = null;
      },
    });
    ui.mount();
    watchLateArticle(ctx, async () => {
      await analyzePage();
      draw();
    });
    // The popup controls the same things as the note.
    browser.runtime.onMessage.addListener((raw) => {
      const message = raw as Message;
      if (message.type === 'govlens:control' && ctx.isValid) return act(message.action);
      return undefined;
    });
  },
});
