import Mustache from 'mustache';
import type { Annotation } from '../annotate/annotation';
import { escapeMarkdown, webAddress } from './index';

/** The article the highlights are on, as an export names it. */
export interface NotedArticle {
  title: string | null;
  url: string;
  date: string | null;
  source: string | null;
}

/** One highlight to export, in page order; `orphaned` when today's page no longer has it. */
export interface ExportedNote {
  annotation: Annotation;
  orphaned: boolean;
}

/**
 * The default Markdown shape, which Obsidian imports as a note with properties: YAML front matter,
 * each highlight a `>` quote, its note under it, a link back to the passage. Exports are Chinese
 * whatever the reader's UI language, like the card's.
 */
export const DEFAULT_NOTES_TEMPLATE = `---
title: {{yamlTitle}}
source: {{yamlUrl}}
{{#date}}
published: {{date}}
{{/date}}
tags: [govlens]
---

# {{title}}

{{#highlights}}
> {{quote}}
{{#orphaned}}
>
> （未能定位：页面文字已改动）
{{/orphaned}}

{{#note}}
{{note}}

{{/note}}
{{#link}}
[原文]({{link}})

{{/link}}
{{/highlights}}
`;

/** Characters a text fragment's text must escape (https://wicg.github.io/scroll-to-text-fragment/). */
const encodeFragmentText = (text: string) =>
  encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Longest quote sent whole in a text fragment; a longer one is sent as its first and last words. */
const FRAGMENT_WHOLE = 60;
const FRAGMENT_ENDS = 20;

/**
 * The article's address with a text fragment (`#:~:text=`) that scrolls to the passage and marks it,
 * in the characters the page printed; null when the article has no http(s) address.
 */
export function passageLink(url: string, text: string): string | null {
  const base = webAddress(url);
  if (!base) return null;
  const quote = text.replace(/\s+/g, ' ').trim();
  if (!quote) return null;
  const fragment =
    quote.length <= FRAGMENT_WHOLE
      ? encodeFragmentText(quote)
      : `${encodeFragmentText(quote.slice(0, FRAGMENT_ENDS))},${encodeFragmentText(quote.slice(-FRAGMENT_ENDS))}`;
  // Parentheses would end a Markdown link's address.
  const page = base.split('#')[0]!.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `${page}#:~:text=${fragment}`;
}

/** Page text as Markdown, every line escaped, lines kept as lines. */
const markdownLines = (text: string, joiner: string) =>
  text
    .split('\n')
    .map((l) => escapeMarkdown(l))
    .filter(Boolean)
    .join(joiner);

/**
 * The highlights as Markdown through a logic-less template (mustache: no code in the template, and
 * nothing compiled with new Function, so it runs under the extension's content security policy).
 * Every value is the page's or the reader's text, escaped here; mustache's HTML escaping is off.
 */
export function notesMarkdown(
  article: NotedArticle,
  notes: readonly ExportedNote[],
  template = DEFAULT_NOTES_TEMPLATE,
): string {
  const title = article.title ?? article.url;
  const view = {
    title: escapeMarkdown(title),
    yamlTitle: JSON.stringify(title),
    yamlUrl: JSON.stringify(article.url),
    url: webAddress(article.url),
    date: article.date,
    source: article.source ? escapeMarkdown(article.source) : null,
    highlights: notes.map(({ annotation, orphaned }) => ({
      quote: markdownLines(annotation.text, '\n> '),
      note: annotation.note ? markdownLines(annotation.note, '\n') : null,
      colour: annotation.colour,
      link: orphaned ? null : passageLink(article.url, annotation.text),
      orphaned,
    })),
  };
  const out = Mustache.render(template, view, {}, { escape: (v: unknown) => String(v) });
  // Sections left empty leave runs of blank lines: one blank line separates blocks in Markdown.
  return `${out.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The highlights as plain text: every character kept, a blank line between highlights. */
export function notesText(article: NotedArticle, notes: readonly ExportedNote[]): string {
  const head = [article.title ?? '', article.url].filter(Boolean).join('\n');
  const items = notes.map(({ annotation, orphaned }) =>
    [`「${annotation.text}」${orphaned ? '（未能定位）' : ''}`, annotation.note].filter(Boolean).join('\n'),
  );
  return `${[head, ...items].join('\n\n')}\n`;
}

/**
 * The highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): a note as a
 * TextualBody, the target the article's address with both selectors.
 */
export function notesJSON(article: NotedArticle, notes: readonly ExportedNote[]): string {
  const items = notes.map(({ annotation: a }) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: new Date(a.created).toISOString(),
    modified: new Date(a.updated).toISOString(),
    ...(a.note ? { body: { type: 'TextualBody', value: a.note, format: 'text/plain' } } : {}),
    target: { source: article.url, selector: [a.selectors.quote, a.selectors.position] },
    'govlens:colour': a.colour,
    'govlens:text': a.text,
  }));
  return JSON.stringify({ title: article.title, url: article.url, annotations: items }, null, 2);
}

/** Why a template cannot be used (unclosed section, bad tag), or null when it can. */
export function templateError(template: string): string | null {
  try {
    Mustache.parse(template);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export type NotesFormat = 'markdown' | 'text' | 'json';

/**
 * The highlights of one article or of several (a selection in the library), in one format: one
 * article as above; several one after another (Markdown and text), or a JSON array of articles.
 */
export function exportNotes(
  format: NotesFormat,
  items: ReadonlyArray<{ article: NotedArticle; notes: readonly ExportedNote[] }>,
  template?: string,
): string {
  if (format === 'json') {
    const each = items.map((i) => JSON.parse(notesJSON(i.article, i.notes)) as unknown);
    return JSON.stringify(each.length === 1 ? each[0] : each, null, 2);
  }
  const one = (i: (typeof items)[number]) =>
    format === 'markdown' ? notesMarkdown(i.article, i.notes, template) : notesText(i.article, i.notes);
  return items.map(one).join('\n');
}
