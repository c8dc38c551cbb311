/**
 * The tagger's weights as shipped in assets/ner-model.json: a JSON header and a base64 block of keys
 * (features.ts), each a hash (delta-coded varint, keys ascending) followed by the slots it has
 * weights at (count; per slot its number, the count of its non-zero label weights, then label and
 * quantized weight pairs). Decoded once into an open-addressing table.
 */

import { GROUPS, PAD, slots } from './features';
import { Lexicon, type LexiconData } from './lexicon';
import { TAG_COUNT } from './tags';

export interface ModelAsset {
  version: 2;
  /** What it learned: every sentence of the corpora (shipped) or their training parts (for measuring). */
  trainedOn?: 'all' | 'training parts';
  source: string;
  types: string[];
  /** Slots (group, offset) the weights are for; must match features.ts. */
  slots: number;
  /** Bytes per weight: 1 (int8) or 2 (int16, little-endian). */
  weightBytes: 1 | 2;
  /** A stored integer weight times `scale` is the weight. */
  scale: number;
  /** Keys stored, and features (key, slot) with weights among them. */
  keyCount: number;
  featureCount: number;
  /** Label-pair weights, previous label first, as stored integers. */
  transitions: number[];
  lexicon: LexiconData;
  features: string;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// Integer sums of one call, reused (no garbage per sentence).
let acc = new Int32Array(0);
/** Per key of one call, its place in `packed` (-1: not in the model), reused likewise. */
let found = new Int32Array(0);

export class TaggerModel {
  readonly lexicon: Lexicon;
  readonly transitions: Float32Array;
  private readonly scale: number;
  /** Per slot, its offset from the tagged position (features.ts). */
  private readonly offset: Int32Array;
  /** Open addressing: slot s holds a key at 2s and its offset into `packed` at 2s + 1. */
  private readonly table: Int32Array;
  /**
   * Per key: its count of slots, then per slot a head (its count of entries << 8 | its offset + 128)
   * and its weights: the offset is read once per slot, not per weight. With `lanes`, the weights of
   * labels 2p and 2p + 1 are summed as one number, the first in its low 16 bits (pair p's entry:
   * (w(2p + 1) × 65536 + w(2p)) × 16 + p), so one addition does two labels' work; the sums come
   * apart exactly while every label's sum fits in 16 bits, which int8 weights from at most 255 slots
   * guarantee (one key per slot reaches a position). Else each weight takes two entries, label and
   * weight.
   */
  private readonly packed: Int32Array;
  /** Whether weights are summed two labels to a number (int8 weights; see `packed`). */
  private readonly lanes: boolean;
  private readonly mask: number;

  constructor(asset: ModelAsset) {
    if (asset.types.length * 4 + 1 !== TAG_COUNT) throw new Error('tagger model: label set differs');
    const sl = slots();
    if (asset.slots !== sl.count) throw new Error('tagger model: feature slots differ');
    this.offset = sl.offset;
    this.lexicon = new Lexicon(asset.lexicon);
    this.scale = asset.scale;
    this.transitions = Float32Array.from(asset.transitions, (w) => w * asset.scale);
    const bytes = base64Bytes(asset.features);
    const n = asset.keyCount;
    let cap = 1;
    while (cap < 2 * n) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(2 * cap);
    this.lanes = asset.weightBytes === 1 && sl.count * 128 < 0x8000;
    const packed: number[] = [];
    // While one slot is read, each label pair's entry in `packed` (-1: none yet).
    const pairAt = new Int32Array((TAG_COUNT + 1) >> 1).fill(-1);
    let pos = 0;
    let key = 0;
    for (let f = 0; f < n; f++) {
      let delta = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[pos++]!;
        delta += (b & 0x7f) * 2 ** shift;
        shift += 7;
        if (b < 0x80) break;
      }
      key = (key + delta) >>> 0;
      this.insert(key | 0, packed.length);
      packed.push(bytes[pos++]!);
      const slotCount = packed[packed.length - 1]!;
      for (let s = 0; s < slotCount; s++) {
        const slot = bytes[pos++]!;
        const count = bytes[pos++]!;
        const head = packed.length;
        packed.push(0);
        for (let j = 0; j < count; j++) {
          const label = bytes[pos++]!;
          let w: number;
          if (asset.weightBytes === 1) w = (bytes[pos++]! << 24) >> 24;
          else {
            w = ((bytes[pos]! | (bytes[pos + 1]! << 8)) << 16) >> 16;
            pos += 2;
          }
          if (!this.lanes) packed.push(label, w);
          else {
            const p = label >> 1;
            if (pairAt[p] === -1) {
              pairAt[p] = packed.length;
              packed.push(p);
            }
            packed[pairAt[p]!]! += w * (label & 1 ? 65536 : 1) * 16;
          }
        }
        const entries = this.lanes ? packed.length - head - 1 : count;
        for (let e = head + 1; this.lanes && e < packed.length; e++) pairAt[packed[e]! & 15] = -1;
        packed[head] = (entries << 8) | (this.offset[slot]! + 128);
      }
    }
    this.packed = Int32Array.from(packed);
  }

  private insert(key: number, offset: number): void {
    let slot = (key ^ (key >>> 16)) & this.mask;
    while (this.table[2 * slot] !== 0) slot = (slot + 1) & this.mask;
    this.table[2 * slot] = key;
    this.table[2 * slot + 1] = offset;
  }

  /**
   * Label scores per position (n × TAG_COUNT) from the keys of n positions and their padding
   * (features.ts keysOf), written into `into` when it is long enough.
   */
  emissions(keys: Int32Array, n: number, into?: Float32Array): Float32Array {
    const T = TAG_COUNT;
    const G = GROUPS.length;
    const { table, packed, mask, lanes } = this;
    // Per position, a number per label pair with lanes, else per label.
    const R = lanes ? (T + 1) >> 1 : T;
    const sums = into && into.length >= n * T ? into.subarray(0, n * T) : new Float32Array(n * T);
    // Integer weights summed exactly as integers, scaled once at the end.
    if (acc.length < n * R) acc = new Int32Array(2 * n * R);
    acc.fill(0, 0, n * R);
    // Module-level buffers as locals: the hot loops read no context slot.
    const sum = acc;
    const rows = n + 2 * PAD;
    const K = rows * G;
    // First every key's place in `packed`, then the sums: the look-ups do not wait on each other's
    // cache misses, so the processor overlaps them.
    if (found.length < K) found = new Int32Array(2 * K);
    const place = found;
    for (let k = 0; k < K; k++) {
      const key = keys[k]!;
      let at = -1;
      if (key !== 0) {
        let slot = (key ^ (key >>> 16)) & mask;
        for (;;) {
          const stored = table[2 * slot]!;
          if (stored === key) {
            at = table[2 * slot + 1]!;
            break;
          }
          if (stored === 0) break;
          slot = (slot + 1) & mask;
        }
      }
      place[k] = at;
    }
    for (let x = 0, k = 0; x < rows; x++) {
      const q = x - PAD;
      for (let end = k + G; k < end; k++) {
        const at = place[k]!;
        if (at < 0) continue;
        let j = at + 1;
        for (let s = packed[at]!; s > 0; s--) {
          const head = packed[j++]!;
          const count = head >>> 8;
          const i = q - ((head & 0xff) - 128);
          if (i >= 0 && i < n) {
            const row = i * R;
            if (lanes)
              for (let e = j, stop = j + count; e < stop; e++) {
                const v = packed[e]!;
                sum[row + (v & 15)]! += v >> 4;
              }
            else
              for (let e = j, stop = j + 2 * count; e < stop; e += 2)
                sum[row + packed[e]!]! += packed[e + 1]!;
          }
          j += lanes ? count : 2 * count;
        }
      }
    }
    const scale = this.scale;
    if (!lanes) for (let j = 0; j < n * T; j++) sums[j] = sum[j]! * scale;
    else
      for (let i = 0; i < n; i++)
        for (let p = 0; p < R; p++) {
          const v = sum[i * R + p]!;
          const low = (v << 16) >> 16;
          sums[i * T + 2 * p] = low * scale;
          if (2 * p + 1 < T) sums[i * T + 2 * p + 1] = ((v - low) >> 16) * scale;
        }
    return sums;
  }
}
