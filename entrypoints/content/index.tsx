import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../assets/sites';
import { HoverCard, type HoverTarget } from '../../components/HoverCard';
import { type HighlightToggle, StatusBadge } from '../../components/StatusBadge';
import type { Card } from '../../lib/card';
import { frameDocuments, framesLoaded } from '../../lib/extract/frames';
import { articleTextNodes, type Extraction, extractSteps } from '../../lib/extract/index';
import { caretAt, MentionIndex, mentionBox } from '../../lib/highlight/hit-test';
import { HighlightPainter, KINDS } from '../../lib/highlight/painter';
import { type EntityRanges, entityRangeSteps, firstMention } from '../../lib/highlight/ranges';
import { fromMappedTextData } from '../../lib/model/mapped-text';
import { type ScriptMode, ScriptSwitch } from '../../lib/normalize/page-switch';
import { type PageText, pageTextOf } from '../../lib/page-text';
import type { EntityKind } from '../../lib/recognize/index';
import { Cancelled, runSliced, type Steps } from '../../lib/slices';
import { errorMessage } from '../../utils/error-message';
import { onMessage, type PageAction, type PageState, sendMessage } from '../../utils/messages';
import { remoteConvert } from '../../utils/remote-services';
import { readGlossary, SETTINGS_KEYS } from '../../utils/settings-file';
import { isNotesAction, ReaderNotes } from './annotations';
import { watchArticle } from './article-watch';
import { Lifetime } from './lifetime';
import { watchNavigation } from './navigation';
import { mountNote } from './note-host';
// The note's styles travel inside the script, into its shadow root: no stylesheet to fetch, so the
// note works on any page the reader asks for, whatever its Content-Security-Policy.
import barCss from './selection-bar.css?inline';
import noteCss from './style.css?inline';

/** Our own UI carries this attribute, so the engine never reads it as page text. */
const UI_ATTRIBUTE = 'data-govlens';
/** The reader's script choice, remembered per site. */
const scriptKey = () => `script:${location.hostname}`;

const isKind = (k: string): k is EntityKind => (KINDS as readonly string[]).includes(k);

/** Kinds of highlight the reader has hidden, everywhere. */
const HIDDEN_KEY = 'highlights:hidden';

/** Whether the reader leaves the note open (a pill otherwise). */
const NOTE_OPEN_KEY = 'note:open';
/** How long a page without an article shows its message after the reader asked for a reading. */
const ASKED_MESSAGE_MS = 8000;

async function hiddenKinds(): Promise<string[]> {
  const got = await browser.storage.local.get(HIDDEN_KEY);
  return Array.isArray(got[HIDDEN_KEY]) ? (got[HIDDEN_KEY] as string[]) : [];
}

/** The reader's own glossary (options page), read as policy phrases. */
async function readerTerms() {
  const got = await browser.storage.local.get(SETTINGS_KEYS.glossary);
  return readGlossary(got[SETTINGS_KEYS.glossary]);
}

async function savedScript(): Promise<ScriptMode> {
  const got = await browser.storage.local.get(scriptKey());
  const mode = got[scriptKey()];
  return mode === 'simplified' || mode === 'traditional' ? mode : 'original';
}

/** How often the highlights are checked for being taken away by the page. */
const REASSERT_MS = 500;

/** How long a page's frames may take to load before the page is read without them. */
const FRAME_WAIT_MS = 3000;

/** What a reading found, to tell whether a page that changed holds another article now. */
const fingerprint = (page: PageText) =>
  JSON.stringify([page.isArticle, page.title, page.articles.map((a) => a.raw)]);

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's start-up message would tell every page the extension's id.
  noScriptStartedPostMessage: true,
  // WXT's context (the argument of main) is not used: a page can stop it (see Lifetime).
  async main() {
    // Read once per page, even when the reader asks again from the popup (same isolated world).
    const world = globalThis as { __govlensRead?: boolean; __govlensAsked?: boolean };
    if (world.__govlensRead) return;
    world.__govlensRead = true;
    // Injected on the reader's request (分析此页): the answer is shown even on a page without an article.
    let askedUntil = world.__govlensAsked ? Number.POSITIVE_INFINITY : 0;
    let expanded = (await browser.storage.local.get(NOTE_OPEN_KEY))[NOTE_OPEN_KEY] === true;
    const lifetime = new Lifetime();
    /** The reader's own highlights and notes (annotations.ts). */
    const notes = new ReaderNotes(document, lifetime);
    let card: Card | null = null;
    let error: string | null = null;
    let switcher: ScriptSwitch | null = null;
    let script: ScriptMode = 'original';
    let painter: HighlightPainter | null = null;
    let entities: EntityRanges[] = [];
    let hover: HoverTarget | null = null;
    let mentions = new MentionIndex([]);
    /** Counts readings, so the answer to an older one (the page moved on meanwhile) is dropped. */
    let readings = 0;
    /** The reading under way: the popup's questions wait for it, so they are answered about the page read. */
    let underway: Promise<void> = Promise.resolve();
    /** What the last reading sent to be analysed (see fingerprint). */
    let lastRead = '';
    /**
     * Reads the page and paints it; again when a page loads its article late or moves to another.
     * `force`: analyse even when the article is what was read last time. Says whether it did.
     */
    const analyzePage = (force: boolean) => {
      const run = read(force);
      underway = run.then(() => undefined);
      return run;
    };
    /** Runs DOM work in slices, giving the page its thread back; stops when a newer reading starts. */
    const sliced = <T,>(steps: Steps<T>, reading: number) =>
      runSliced(steps, { cancelled: () => reading !== readings || !lifetime.alive });
    /** The page's article, or a same-origin frame's when the page itself holds none. */
    const readArticle = async (reading: number): Promise<{ doc: Document; extraction: Extraction }> => {
      const options = { ignoreAttribute: UI_ATTRIBUTE };
      const top = await sliced(extractSteps(document, options), reading);
      if (top.isArticle) return { doc: document, extraction: top };
      await framesLoaded(document, FRAME_WAIT_MS);
      for (const doc of frameDocuments(document)) {
        const inner = await sliced(extractSteps(doc, options), reading);
        if (inner.isArticle) return { doc, extraction: inner };
      }
      return { doc: document, extraction: top };
    };
    const read = async (force: boolean): Promise<boolean> => {
      const reading = ++readings;
      // Read the page's own text: the original script.
      const converted = !!switcher && switcher.current !== 'original';
      switcher?.restore();
      try {
        // The DOM is read here, in slices; the card is built in the background, off the page's main thread.
        const { doc, extraction } = await readArticle(reading);
        const page = { ...pageTextOf(extraction, location.href), readerTerms: await readerTerms() };
        const print = fingerprint(page);
        // The page may have written the article's text anew: the highlights (the reader's too) went with it.
        const painted = (entities[0]?.parts[0]?.node.isConnected ?? true) && notes.connected();
        if (!force && !converted && print === lastRead && painted) return false;
        lastRead = print;
        // The highlights stay until the new ones replace them: each change costs a big page a repaint.
        switcher = null;
        entities = [];
        hover = null;
        error = null;
        const reply = await sendMessage('govlens:analyze', page);
        // Null: the background cancelled it (the page left, or asked again meanwhile).
        if (reading !== readings || !reply) return false;
        card = reply.card;
        const win = doc.defaultView as (Window & typeof globalThis) | null;
        let next: HighlightPainter | null = null;
        let found: EntityRanges[] = [];
        if (card.isArticle && win && HighlightPainter.supported(win)) {
          found = await sliced(
            entityRangeSteps(reply.spans, reply.normalized, extraction.main.model),
            reading,
          );
          next = new HighlightPainter(doc);
          for (const kind of await hiddenKinds()) if (isKind(kind)) next.setVisible(kind, false);
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
        if (next) await sliced(next.paintSteps(found), reading);
        if (reading !== readings) {
          next?.clear(true);
          return false;
        }
        // The new painter replaced the highlights of the same names in the same document (its
        // stylesheet is the same); in another (the page, a frame), the old ones go.
        if (painter && painter.doc !== next?.doc) painter.clear(true);
        painter = next;
        entities = found;
        mentions = new MentionIndex(entities);
        // The reader's own highlights, anchored again in what this reading found and painted after it.
        if (card.isArticle)
          await notes.attach(
            extraction.main.model,
            fromMappedTextData(reply.normalized),
            location.href,
            doc,
            !!win && HighlightPainter.supported(win),
          );
        else notes.detach();
      } catch (e) {
        // A newer reading took over: it reports for itself.
        if (e instanceof Cancelled || reading !== readings) return false;
        painter?.clear();
        painter = null;
        notes.detach();
        // Never throw into the page: report in our own UI and stay quiet otherwise.
        error = errorMessage(e);
      }
      return true;
    };
    // The popup controls the same things as the note. It may ask as soon as the card is kept, before
    // the page is painted: it is heard from the start, and answered once everything is in place.
    let started!: () => void;
    const ready = new Promise<void>((r) => {
      started = r;
    });
    onMessage('govlens:control', ({ data }) => ready.then(() => act(data)));
    // Leaving (reload, navigation): the background drops this page's analysis if still under way.
    lifetime.listen(window, 'pagehide', () => void sendMessage('govlens:leave', undefined).catch(() => {}));
    await analyzePage(true);
    /** The reader asked for this reading: its message stays a few seconds, then the note goes. */
    const answered = () => {
      if (askedUntil === 0) return;
      askedUntil = Date.now() + ASKED_MESSAGE_MS;
      setTimeout(() => draw(), ASKED_MESSAGE_MS + 50);
    };
    answered();

    let container: HTMLElement | null = null;
    /** A message the reader should see whatever the note's state: an error, a page past any article's size. */
    const message = () => !!error || card?.reasonCode === 'tooLong' || Date.now() < askedUntil;
    const setExpanded = (open: boolean) => {
      expanded = open;
      draw();
      void browser.storage.local.set({ [NOTE_OPEN_KEY]: open });
    };
    const draw = () => {
      if (!container) return;
      // No note at all on a page without an article, unless there is something to tell.
      const shown = card?.isArticle || message();
      render(
        <>
          {hover && card && <HoverCard target={hover} card={card} onClose={() => setHover(null)} />}
          {shown && (
            <StatusBadge
              card={card}
              expanded={expanded || (!card?.isArticle && message())}
              onExpand={setExpanded}
              error={error}
              script={switcher ? script : undefined}
              onScript={(mode) => void chooseScript(mode)}
              highlights={toggles()}
              onToggle={(kind) => void act({ toggle: kind })}
              onClear={() => void act({ clear: true })}
              onClose={() => note.remove()}
            />
          )}
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
    lifetime.listen(
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
    lifetime.listen(document, 'selectionchange', () => {
      const sel = document.getSelection();
      if (!painter || !sel?.anchorNode) return;
      const entity = mentions.at(sel.anchorNode, sel.anchorOffset);
      if (!entity || !painter.isVisible(entity.kind)) return;
      showFor(entity);
    });
    // Esc closes the hover card, from the page or from inside the note (whose keys stop there).
    const onEscape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && hover) setHover(null);
    };
    // Esc inside the note closes it back to its pill, the focus on the pill.
    const onNoteEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || hover || !expanded) return;
      setExpanded(false);
      container?.querySelector<HTMLElement>('.pill')?.focus();
    };
    lifetime.listen(document, 'keydown', onEscape);
    /** One place for every change the reader asks for, from the note or the popup. */
    const act = async (action: PageAction): Promise<PageState> => {
      await underway;
      if ('toggle' in action && painter) {
        painter.setVisible(action.toggle, !painter.isVisible(action.toggle));
        await browser.storage.local.set({ [HIDDEN_KEY]: KINDS.filter((k) => !painter!.isVisible(k)) });
      } else if ('toggleAll' in action && painter) {
        const show = !KINDS.some((k) => painter!.isVisible(k));
        for (const kind of KINDS) painter.setVisible(kind, show);
        await browser.storage.local.set({ [HIDDEN_KEY]: show ? [] : [...KINDS] });
      } else if ('clear' in action) {
        painter?.clear();
        painter = null;
        notes.unpaint();
        hover = null;
      } else if ('script' in action) await chooseScript(action.script);
      else if ('reveal' in action) reveal(action.reveal.kind, action.reveal.key);
      else if ('reanalyze' in action) {
        askedUntil = Number.POSITIVE_INFINITY;
        await readAgain();
        answered();
      } else if (isNotesAction(action)) await notes.act(action);
      draw();
      return { script: switcher ? script : null, highlights: toggles() ?? null, notes: notes.state() };
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
        notes.repaint();
        script = mode;
        await browser.storage.local.set({ [scriptKey()]: mode });
      } catch (e) {
        error = errorMessage(e);
      }
      draw();
    };
    const note = mountNote(noteCss, UI_ATTRIBUTE, lifetime);
    lifetime.listen(note.events, 'keydown', onNoteEscape);
    lifetime.listen(note.events, 'keydown', onEscape);
    container = note.container;
    notes.mountBar(note.events as ShadowRoot, barCss);
    draw();
    // The page can take the highlights out of its registry (CSS.highlights.clear()): put them back
    // while the article is the same (when it changes, it is read again).
    const reassert = setInterval(() => {
      if (!lifetime.alive) return;
      painter?.reassert();
      notes.reassert();
    }, REASSERT_MS);
    lifetime.onEnd(() => clearInterval(reassert));
    lifetime.onEnd(() => {
      // The extension is gone: take everything off the page.
      render(null, note.container);
      container = null;
      switcher?.restore();
      painter?.clear();
      notes.detach();
    });
    const late = watchArticle(lifetime, UI_ATTRIBUTE, async () => {
      const changed = await analyzePage(false);
      if (changed) draw();
      return changed;
    });
    /** Reads the page afresh: another article after a navigation, or on the reader's request. */
    const readAgain = async () => {
      card = null;
      hover = null;
      draw();
      await analyzePage(true);
      late.rebase();
      draw();
    };
    watchNavigation(lifetime, readAgain);
    // Back from the browser's page cache with its reading cancelled on leaving: read it now.
    lifetime.listen(window, 'pageshow', (e: PageTransitionEvent) => {
      if (e.persisted && !card) void readAgain();
    });
    started();
  },
});
