/**
 * The two development NER corpora in /work/shared/ner (../shared/ner from the repository) and the
 * project's deterministic split of each into a training part and a held-out part for measuring.
 * A sentence is held out when an FNV-1a hash of its text falls in the lowest HELD_OUT percent, so
 * the split depends on nothing but the sentence and duplicates land on the same side.
 */

import fs from 'node:fs';
import path from 'node:path';

export type CorpusName = 'pd' | 'cluener';

/** Percent of each corpus held out: ~20% of People's Daily dev, ~10% of CLUENER train. */
export const HELD_OUT: Record<CorpusName, number> = { pd: 20, cluener: 10 };

export interface GoldSpan {
  start: number;
  /** Exclusive. */
  end: number;
  /** The corpus's own label: PER/LOC/ORG (pd) or name, address, government, … (cluener). */
  label: string;
}

export interface Sentence {
  corpus: CorpusName;
  text: string;
  spans: GoldSpan[];
  heldOut: boolean;
}

export const NER_DIR = path.resolve(import.meta.dirname, '../../../shared/ner');
const SHARED_FALLBACK = '/work/shared/ner';

export function nerDir(): string {
  return fs.existsSync(NER_DIR) ? NER_DIR : SHARED_FALLBACK;
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const isHeldOut = (corpus: CorpusName, text: string) => fnv1a(text) % 100 < HELD_OUT[corpus];

/** People's Daily: one "character tag" per line, blank line between sentences, BIO tags. */
export function loadPeoplesDaily(file = path.join(nerDir(), 'peoples_daily_dev.txt')): Sentence[] {
  const out: Sentence[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!chars.length) return;
    const text = chars.join('');
    const spans: GoldSpan[] = [];
    let open: GoldSpan | null = null;
    tags.forEach((tag, i) => {
      const [part, label] = tag.split('-');
      if (open && (part !== 'I' || label !== open.label)) {
        spans.push(open);
        open = null;
      }
      if (part === 'B' || (part === 'I' && !open)) open = { start: i, end: i + 1, label: label ?? '' };
      else if (part === 'I' && open) open.end = i + 1;
    });
    if (open) spans.push(open);
    out.push({ corpus: 'pd', text, spans, heldOut: isHeldOut('pd', text) });
    chars = [];
    tags = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim()) {
      flush();
      continue;
    }
    const sp = l.lastIndexOf(' ');
    chars.push(l.slice(0, sp) || ' ');
    tags.push(l.slice(sp + 1));
  }
  flush();
  return out;
}

/** CLUENER: one JSON object per line, spans as inclusive [start, end] offsets per label and string. */
export function loadCluener(file = path.join(nerDir(), 'cluener_train.json')): Sentence[] {
  const out: Sentence[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { text: string; label?: Record<string, Record<string, number[][]>> };
    const spans: GoldSpan[] = [];
    for (const [label, byString] of Object.entries(row.label ?? {}))
      for (const offsets of Object.values(byString))
        for (const [s, e] of offsets) spans.push({ start: s!, end: e! + 1, label });
    spans.sort((a, b) => a.start - b.start);
    out.push({ corpus: 'cluener', text: row.text, spans, heldOut: isHeldOut('cluener', row.text) });
  }
  return out;
}
