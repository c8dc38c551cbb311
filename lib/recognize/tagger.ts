/**
 * Character-level named-entity tagger: persons, places and organisations in Chinese text, from a
 * model trained on public NER corpora (assets/ner-model.json, trained by scripts/ner/train.ts).
 * Pure computation, linear in the text length; the model is decoded once, on first use.
 */

import asset from '../../assets/ner-model.json';
import { GROUPS, keysOf, PAD } from './tagger/features';
import { type ModelAsset, TaggerModel } from './tagger/model';
import { spansOf, TAG_COUNT, TYPES } from './tagger/tags';
import { viterbi } from './tagger/viterbi';

export type OrgKind = 'government' | 'party' | 'company' | 'other';

/** An entity the tagger found: [start, end) in UTF-16 units of the text it was given. */
export interface EntitySpanTag {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG';
  /** For organisations: government bodies, companies, or other (the model does not tell party). */
  orgKind?: OrgKind;
}

let model: TaggerModel | null = null;

function loaded(): TaggerModel {
  model ??= new TaggerModel(asset as ModelAsset);
  return model;
}

/** Sentences are tagged one at a time, a long text in pieces no longer than this. */
const MAX_PIECE = 400;

/** Piece boundaries: after sentence ends and line breaks, and at least every MAX_PIECE units. */
function pieces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const end = c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0a || c === 0xff1b;
    if (end || i + 1 - start >= MAX_PIECE) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

function toTag(type: string, start: number, end: number): EntitySpanTag {
  if (type === 'PER' || type === 'LOC') return { start, end, type };
  const orgKind: OrgKind = type === 'GOV' ? 'government' : type === 'COM' ? 'company' : 'other';
  return { start, end, type: 'ORG', orgKind };
}

// Buffers for one piece, reused so a long text makes no garbage per sentence.
const keyBuf = new Int32Array((MAX_PIECE + 2 * PAD) * GROUPS.length);
const emitBuf = new Float32Array(MAX_PIECE * TAG_COUNT);

/** Persons, places and organisations in `text`, in text order, not overlapping. */
export function tagEntities(text: string): EntitySpanTag[] {
  const m = loaded();
  const out: EntitySpanTag[] = [];
  for (const [from, to] of pieces(text)) {
    const piece = text.slice(from, to);
    const n = piece.length;
    const emit = m.emissions(keysOf(piece, m.lexicon, keyBuf), n, emitBuf);
    const tags = viterbi(emit, n, m.transitions);
    for (const s of spansOf(tags)) out.push(toTag(TYPES[s.type]!, from + s.start, from + s.end));
  }
  return out;
}
