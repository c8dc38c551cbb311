import { parseHTML } from 'linkedom';
import { type DefaultTreeAdapterTypes as P, parse } from 'parse5';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * HTML → Document for Node, with the tree a browser builds. parse5 implements the WHATWG parsing
 * algorithm, so pages with two <head>/<body> pairs (server-side includes), a file starting with <head>,
 * a crawler's wrapper tag before <html>, stray </body> or </html> come out as in the browser, where the
 * content script reads them. Its tree is then copied into a linkedom document, which keeps the fast DOM
 * the engine and Readability run on (measured on the five largest bench pages: parse5 + copy costs
 * about what parse5 + serialize + linkedom re-parse does, and the copy is the exact parse5 tree, where
 * linkedom's re-parse would re-nest e.g. a quirks-mode <table> inside <p>).
 */
export function parseDocument(html: string): Document {
  // A BOM the decoder left in place is not text (browsers consume it while decoding).
  const tree = parse(html.charCodeAt(0) === 0xfeff ? html.slice(1) : html);
  const { document } = parseHTML(
    tree.childNodes.some((n) => n.nodeName === '#documentType')
      ? '<!DOCTYPE html><html></html>'
      : '<html></html>',
  );
  const htmlEl = tree.childNodes.find((n): n is P.Element => 'tagName' in n);
  const root = document.documentElement;
  if (htmlEl) {
    for (const a of htmlEl.attrs) setAttribute(root, a);
    copyChildren(htmlEl, root, document as unknown as Document);
  }
  return document as unknown as Document;
}

/**
 * A class attribute as linkedom stores it: its tokens, once each, joined by one space. Attached as a
 * node, it leaves the element's class list to be built when first read (cli/lazy-class-lists.ts).
 */
export function classValue(value: string): string {
  return [...new Set(value.split(/\s+/).filter(Boolean))].join(' ');
}

function setAttribute(el: Element, a: P.Element['attrs'][number]) {
  try {
    if (a.name === 'class') {
      const attr = el.ownerDocument.createAttribute('class');
      attr.value = classValue(a.value);
      el.setAttributeNode(attr);
    } else el.setAttribute(a.name, a.value);
  } catch {
    // A name the DOM refuses (the HTML parser accepts almost any); the browser keeps it, we drop it.
  }
}

/** Iterative, so a deeply nested page cannot overflow the stack. */
function copyChildren(from: P.Element, to: Element, doc: Document) {
  const stack: [P.ParentNode, Node][] = [[from, to]];
  while (stack.length) {
    const [src, dst] = stack.pop()!;
    for (const n of src.childNodes) {
      if (n.nodeName === '#text') dst.appendChild(doc.createTextNode((n as P.TextNode).value));
      else if (n.nodeName === '#comment') dst.appendChild(doc.createComment((n as P.CommentNode).data));
      else if ('tagName' in n) {
        const el =
          n.namespaceURI === HTML_NS
            ? doc.createElement(n.tagName)
            : doc.createElementNS(n.namespaceURI, n.tagName);
        for (const a of n.attrs) setAttribute(el, a);
        dst.appendChild(el);
        // A <template>'s content is not among its children in the browser either.
        if (n.childNodes.length) stack.push([n, el]);
      }
    }
  }
}
