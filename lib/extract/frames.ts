/**
 * Some CMSs print the article in a frame of their own page (an <iframe> of the body, a <frameset> of
 * e-paper viewers). A same-origin frame's document can be read like the page; a cross-origin one
 * cannot (the browser says null or throws) and is left alone.
 */

/** The least text a frame must hold to be worth reading: a short paragraph. */
const FRAME_TEXT = { chars: 100 };

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The page's frames, iframes and framesets of one level. */
function frames(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('iframe, frame'));
}

/** Documents of the page's same-origin frames that hold text, most text first. */
export function frameDocuments(doc: Document): Document[] {
  const found: Array<{ doc: Document; chars: number }> = [];
  for (const f of frames(doc)) {
    const inner = frameDocument(f);
    const chars = inner?.body?.textContent?.length ?? 0;
    if (inner && chars >= FRAME_TEXT.chars) found.push({ doc: inner, chars });
  }
  return found.sort((a, b) => b.chars - a.chars).map((f) => f.doc);
}

/**
 * Resolves when every same-origin frame of the page has loaded, or after `ms`: a frame still loading
 * holds an empty about:blank document.
 */
export function framesLoaded(doc: Document, ms: number): Promise<void> {
  const loading = frames(doc).filter((f) => {
    const inner = frameDocument(f);
    const src = f.getAttribute('src') ?? '';
    // Before its page arrives, a frame holds the initial about:blank, already complete.
    return (
      inner !== null &&
      (inner.readyState !== 'complete' || (inner.URL === 'about:blank' && /^(?!about:)\S/.test(src)))
    );
  });
  if (!loading.length) return Promise.resolve();
  const loads = loading.map(
    (f) => new Promise<void>((done) => f.addEventListener('load', () => done(), { once: true })),
  );
  return Promise.race([
    Promise.all(loads).then(() => undefined),
    new Promise<void>((done) => setTimeout(done, ms)),
  ]);
}
