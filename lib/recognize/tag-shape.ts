import followers from '../../assets/name-followers.json';
import learned from '../../assets/ner-learned.json';
import orgWords from '../../assets/org-words.json';
import { isHan } from '../model/han';
import { joinedNameStart } from './inner-join';
import { surnameAt } from './names';
import type { EntitySpanTag } from './tagger';
import { startsWithAny } from './words';

/**
 * The tagger's spans held to the shape names have on real pages, whatever the model learned from
 * news prose: pages also carry addresses, file names, captions and form headings.
 */

const OPENERS = '（(《“‘【[「';
const CLOSERS = '）)》”’】]」';
/** Words a caption prints after a photographer's name (刘某摄): never part of it. */
const CREDITS = [...followers.credits].sort((a, b) => b.length - a.length);
/** Characters found in addresses and paths but not in names or handles (site/abc, a@b.cn). */
const ADDRESS_MARK = /[/\\@]/;
/**
 * Whether the span starts inside a bracket and runs out of it (村（居）委会 read as 居）委会): the
 * bracket right before it closes inside it. Text cut before its opener (天禄)电子竞技俱乐部) is left alone.
 */
function straddlesBracket(text: string, start: number, end: number): boolean {
  if (start === 0) return false;
  const open = OPENERS.indexOf(text[start - 1]!);
  if (open < 0) return false;
  const close = text.indexOf(CLOSERS[open]!, start);
  return close >= 0 && close < end - 1;
}

/** Whether the Latin run at [start, end) is part of a web or mail address (…/site/klsrsjvr）). */
function inAddress(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && PRINTABLE_ASCII.test(text[from - 1]!)) from--;
  while (to < text.length && PRINTABLE_ASCII.test(text[to]!)) to++;
  return ADDRESS_MARK.test(text.slice(from, to));
}
const PRINTABLE_ASCII = /[!-~]/;

/** Surnames that are mostly words (由, 和, 国; learned, assets/ner-learned.json `wordSurnames`). */
const WORD_SURNAMES = new Set(Array.from(learned.wordSurnames));

/** Bodies known by their whole name (国务院, 联合国): what begins with one is no place. */
const wholeBodyAt = startsWithAny([...orgWords.wholeNames, ...orgWords.international]);

/** White space, and the marks no place or body begins or ends with when left open (“人民政府, 八国联军”). */
const EDGE_SPACE = /\s/;
const EDGE_MARK = /[“”‘’《》（）()【】「」]/;

/**
 * The span without white space at its edges (any kind) and, for places and bodies, without a mark
 * at its edge that the span leaves open (“协会, 《人民日报, 英国利兹大学)); null if nothing is left.
 * Persons keep such marks: CLUENER's names include them (叶靓(Awoke)), and its scoring with them.
 */
function trimEdges(text: string, t: EntitySpanTag): EntitySpanTag | null {
  let { start, end } = t;
  const marks = t.type !== 'PER';
  const trims = (c: string) =>
    EDGE_SPACE.test(c) || (marks && EDGE_MARK.test(c) && !bracketsClose(text, start, end));
  while (start < end) {
    if (trims(text[start]!)) start++;
    else if (trims(text[end - 1]!)) end--;
    else break;
  }
  if (end <= start) return null;
  return start === t.start && end === t.end ? t : { ...t, start, end };
}

/** Where the first bracket opened in [start, end) and not closed inside it stands; -1 if none. */
function unclosedOpener(text: string, start: number, end: number): number {
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (OPENERS.includes(c)) open.push(i);
    else if (CLOSERS.includes(c)) open.pop();
  }
  return open.length ? open[0]! : -1;
}

/** Whether every bracket or quotation mark in [start, end) is closed inside it. */
function bracketsClose(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/** A span reshaped, or null where no name of its kind stands there. */
function shape(text: string, tag: EntitySpanTag): EntitySpanTag | null {
  const t = trimEdges(text, tag);
  if (!t) return null;
  const { start } = t;
  let end = t.end;
  const s = text.slice(start, end);
  if (straddlesBracket(text, start, end)) return null;
  // A place read from a body's whole name on (国务院振兴|东北办) is the body's name, not a place.
  if (t.type === 'LOC' && wholeBodyAt(text, start)) return null;
  // A place or body that runs into a bracket it does not close (乡（镇、街道）, a notice's list of
  // levels) ends before it: what the bracket holds is another name or a note.
  if (t.type !== 'PER') {
    const open = unclosedOpener(text, start, end);
    if (open >= 0) return open - start >= 2 ? { ...t, end: open } : null;
  }
  if (/^[A-Za-z][A-Za-z .·-]*$/.test(s) && inAddress(text, start, end)) return null;
  if (t.type === 'PER' && WORD_SURNAMES.has(s[0]!) && end - start >= 4 && surnameAt(text, start + 1)) {
    // A word read onto the name before it (由|乔冠华兼任): the name begins at the surname after it.
    return shape(text, { ...t, start: start + 1 });
  }
  // "吕姓消费者" is a consumer surnamed 吕: a surname and 姓 name no one (neither corpus labels one).
  if (t.type === 'PER' && s.endsWith('姓') && surnameAt(text, start) === s.length - 1) return null;
  if (t.type === 'PER') {
    // A photographer's credit ends a caption (（刘某摄）): the name stops before it.
    const credit = CREDITS.find((w) => s.endsWith(w) && s.length - w.length >= 2);
    if (credit && !isHan(text[end])) end -= credit.length;
  }
  return end === t.end ? t : { ...t, end };
}

/**
 * Where a body's name the tagger began after a joining word inside it begins (区文化和|旅游局,
 * 县自然资源和|规划局 read from 资源), or its own start.
 */
function joinedStart(
  text: string,
  t: EntitySpanTag,
  placeStartOf: (end: number) => number | undefined,
): number {
  let start = t.start;
  for (let k = Math.max(1, t.start - 1); k < t.end - 2; k++) {
    const s = joinedNameStart(text, k, t.end, placeStartOf);
    if (s >= 0 && s < start) start = s;
  }
  return start;
}

/** The tagger's spans, each held to the shape of a name; spans with no name in them dropped. */
export function shapeTags(text: string, tags: readonly EntitySpanTag[]): EntitySpanTag[] {
  const out: EntitySpanTag[] = [];
  for (const t of tags) {
    const s = shape(text, t);
    if (s) out.push(s);
  }
  const placeStart = new Map(out.filter((t) => t.type === 'LOC').map((t) => [t.end, t.start]));
  const placeStartOf = (end: number) => placeStart.get(end);
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.type !== 'ORG') continue;
    const start = joinedStart(text, t, placeStartOf);
    if (start === t.start) continue;
    // The name now covers what the tagger read before it there (顺德区 of 顺德区人力资源和社会保障局).
    let first = i;
    while (first > 0 && out[first - 1]!.end > start) first--;
    out.splice(first, i - first + 1, { ...t, start });
    i = first;
  }
  return out;
}
