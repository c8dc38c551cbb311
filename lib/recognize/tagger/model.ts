/**
 * The tagger's weights as shipped in assets/ner-model.json: a JSON header and a base64 block of
 * features, each a hash key (delta-coded varint, keys ascending) followed by its non-zero label
 * weights (count, then label and quantized weight pairs). Decoded once into an open-addressing table.
 */

import { Lexicon, type LexiconData } from './lexicon';
import { TAG_COUNT } from './tags';

export interface ModelAsset {
  version: 1;
  source: string;
  types: string[];
  featuresPerChar: number;
  /** Bytes per weight: 1 (int8) or 2 (int16, little-endian). */
  weightBytes: 1 | 2;
  /** A stored integer weight times `scale` is the weight. */
  scale: number;
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

export class TaggerModel {
  readonly lexicon: Lexicon;
  readonly transitions: Float32Array;
  readonly featuresPerChar: number;
  private readonly scale: number;
  /** Open addressing: slot s holds a feature's key at 2s and its offset into `packed` at 2s + 1. */
  private readonly table: Int32Array;
  /** Per feature: its count of weights, then each weight as label << 16 | (int16 weight). */
  private readonly packed: Int32Array;
  private readonly mask: number;

  constructor(asset: ModelAsset) {
    if (asset.types.length * 4 + 1 !== TAG_COUNT) throw new Error('tagger model: label set differs');
    this.featuresPerChar = asset.featuresPerChar;
    this.lexicon = new Lexicon(asset.lexicon);
    this.scale = asset.scale;
    this.transitions = Float32Array.from(asset.transitions, (w) => w * asset.scale);
    const bytes = base64Bytes(asset.features);
    const n = asset.featureCount;
    let cap = 1;
    while (cap < 2 * n) cap <<= 1;
    this.mask = cap - 1;
    this.table = new Int32Array(2 * cap);
    const packed: number[] = [];
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
      const count = bytes[pos++]!;
      packed.push(count);
      for (let j = 0; j < count; j++) {
        const label = bytes[pos++]!;
        let w: number;
        if (asset.weightBytes === 1) w = (bytes[pos++]! << 24) >> 24;
        else {
          w = ((bytes[pos]! | (bytes[pos + 1]! << 8)) << 16) >> 16;
          pos += 2;
        }
        packed.push((label << 16) | (w & 0xffff));
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
   * Label scores per position (n × TAG_COUNT) from the feature hashes of n positions, written into
   * `into` when it is long enough.
   */
  emissions(features: Int32Array, n: number, into?: Float32Array): Float32Array {
    const T = TAG_COUNT;
    const K = this.featuresPerChar;
    const { table, packed, mask } = this;
    const sums = into && into.length >= n * T ? into.subarray(0, n * T) : new Float32Array(n * T);
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const row = i * T;
      for (let k = i * K, end = k + K; k < end; k++) {
        const key = features[k]!;
        let slot = (key ^ (key >>> 16)) & mask;
        let at = -1;
        for (;;) {
          const stored = table[2 * slot]!;
          if (stored === key) {
            at = table[2 * slot + 1]!;
            break;
          }
          if (stored === 0) break;
          slot = (slot + 1) & mask;
        }
        if (at < 0) continue;
        for (let j = at + 1, stop = at + 1 + packed[at]!; j < stop; j++) {
          const v = packed[j]!;
          sums[row + (v >>> 16)]! += (v << 16) >> 16;
        }
      }
    }
    for (let j = 0; j < n * T; j++) sums[j]! *= this.scale;
    return sums;
  }
}
