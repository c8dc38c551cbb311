/**
 * The document field: the metadata block of a 政府信息公开 page (索引号, 发文机关, 文号, 成文日期,
 * 发布日期, 主题分类, 有效性), printed as a table, as label/value lines, or as a 文号 line under the
 * headline, filled from the page's `<meta>` where the block leaves a field out. Labels: assets/document-labels.json.
 */
import labels from '../../assets/document-labels.json';
import type { DocumentInfo } from '../card';
import type { Block } from './blocks';
import { parseDate, parseMetaDate } from './date';
import { metaValue, type PageMeta } from './page-meta';

export type { DocumentInfo };

type Field = keyof DocumentInfo;

export interface DocumentBlock {
  info: DocumentInfo;
  /** The lines the block is printed on: not body, not a source or date line of the article. */
  blocks: Block[];
  /** 发布日期 as the page prints it (not from `<meta>`). */
  printedPublished: string | null;
}

/**
 * A 发文字号 as GB/T 9704—2012 prints it: 发文机关代字, the year in 六角括号 (pages also print [] 【】 （）),
 * the number and 号: 松府办发〔2024〕7号, （浙金罚决字〔2024〕52号）. The whole line, in parentheses or not.
 */
export const DOC_NUMBER_LINE =
  /^[（(]?\s*([\u4e00-\u9fff]{1,15}\s*[〔［[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\s*\d{1,6}\s*[号號])\s*[）)]?$/;

/** Values that say a field is empty: 无, 暂无, —, /. */
const EMPTY_VALUE = /^(?:无|無|暂无|暫無|-+|—+|\/|空)$/;
/** Longest value a field takes; a longer one is prose, not metadata. */
const MAX_VALUE = 80;
/** Labels of validity that carry a date: the value is printed with its label. */
const DATED_VALIDITY = /日期$/;

const squash = (s: string) => s.replace(/\s+/g, '');

const FIELD_OF = new Map<string, Field | null>();
for (const [field, names] of Object.entries(labels.fields))
  for (const n of names) FIELD_OF.set(n, field as Field);
for (const n of labels.other) FIELD_OF.set(n, null);
const MARKS = new Set(labels.marks);

/**
 * Every label, longest first, white space allowed between its characters; at a line start or after a gap,
 * followed by a colon, a gap (<label>索引号</label> <span>…</span>) or the end of the cell.
 */
const LABEL = new RegExp(
  `(?:^|(?<=[\\s|｜]))(${[...FIELD_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((l) => [...l].join('\\s*'))
    .join('|')})(?:\\s*[:：]|\\s+|$)`,
  'g',
);

interface Entry {
  label: string;
  value: string | null;
}

/** The labelled values of one line: "索引号：…　发布机构：…" gives two; a label cell alone gives its label. */
function entriesOf(text: string): Entry[] {
  const found = [...text.matchAll(LABEL)];
  if (found.length === 0 || found[0]!.index! > 1) return [];
  return found.map((m, i) => {
    const from = m.index! + m[0].length;
    const to = found[i + 1]?.index ?? text.length;
    return { label: squash(m[1]!), value: text.slice(from, to).trim() || null };
  });
}

function empty(): DocumentInfo {
  return {
    indexNumber: null,
    issuer: null,
    docNumber: null,
    writtenDate: null,
    publishedDate: null,
    subject: null,
    validity: null,
  };
}

function setField(info: DocumentInfo, label: string, raw: string): void {
  const field = FIELD_OF.get(label);
  const value = raw.trim();
  if (!field || info[field] !== null || !value || EMPTY_VALUE.test(value) || value.length > MAX_VALUE) return;
  if (field === 'writtenDate' || field === 'publishedDate') info[field] = parseDate(value)?.iso ?? null;
  else if (field === 'validity' && DATED_VALIDITY.test(label))
    info.validity = `${label} ${parseDate(value)?.iso ?? value}`;
  else info[field] = value;
}

/** Runs of labelled lines (a table's cells, a list's items) that hold a 信息公开 block. */
function labelledRuns(blocks: Block[]): Array<{ entries: Entry[]; blocks: Block[] }> {
  const runs: Array<{ entries: Entry[]; blocks: Block[] }> = [];
  let run: { entries: Entry[]; blocks: Block[] } | null = null;
  let last = -10;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.text.length > 200) continue;
    const entries = entriesOf(b.text);
    if (entries.length === 0) continue;
    if (!run || i - last > 2) {
      run = { entries: [], blocks: [] };
      runs.push(run);
    }
    run.blocks.push(b);
    const lastEntry = entries[entries.length - 1]!;
    // A label cell: its value is the next cell, unless that is a label too.
    const next = blocks[i + 1];
    if (
      lastEntry.value === null &&
      next &&
      next.text.length <= MAX_VALUE &&
      entriesOf(next.text).length === 0
    ) {
      lastEntry.value = next.text.trim();
      run.blocks.push(next);
      i++;
    }
    run.entries.push(...entries);
    last = i;
  }
  return runs.filter((r) => {
    const names = new Set(r.entries.map((e) => e.label));
    return names.size >= 2 && [...names].some((n) => MARKS.has(n));
  });
}

/** A 文号 printed on a line of its own right under the headline (or as the article's first line). */
function docNumberLine(blocks: Block[], after: number): Block | null {
  for (let i = after; i < Math.min(blocks.length, after + 4); i++) {
    const b = blocks[i]!;
    if (DOC_NUMBER_LINE.test(b.text.trim())) return b;
    if (b.text.length > 60) return null;
  }
  return null;
}

/**
 * Reads the page's 信息公开 block, or null when it prints none. `headline` is the line the title was
 * read from; `firstBody` the article's first line, where a 文号 line is looked for when there is no headline.
 */
export function readDocument(
  blocks: Block[],
  meta: PageMeta,
  headline: Block | null,
  firstBody: Block | null,
): DocumentBlock | null {
  const info = empty();
  const used: Block[] = [];
  for (const run of labelledRuns(blocks)) {
    for (const e of run.entries) if (e.value) setField(info, e.label, e.value);
    used.push(...run.blocks);
  }
  const start = headline ? headline.index + 1 : firstBody?.index;
  const line = start === undefined ? null : docNumberLine(blocks, start);
  if (line && !used.includes(line)) {
    info.docNumber ??= DOC_NUMBER_LINE.exec(line.text.trim())![1]!;
    used.push(line);
  }
  if (used.length === 0) return null;
  const printedPublished = info.publishedDate;
  info.issuer ??= metaValue(meta, labels.meta.issuer) ?? null;
  if (info.publishedDate === null) {
    const declared = metaValue(meta, labels.meta.publishedDate);
    info.publishedDate = declared ? parseMetaDate(declared) : null;
  }
  return { info, blocks: used, printedPublished };
}
