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
  private readonly keys: Int32Array;
  private readonly slotFeature: Int32Array;
  private readonly starts: Int32Array;
  private readonly labels: Uint8Array;
  private readonly weights: Float32Array;
  private readonly mask: number;

  constructor(asset: ModelAsset) {
    if (asset.types.length * 4 + 1 !== TAG_COUNT) throw new Error('tagger model: label set differs');
    this.featuresPerChar = asset.featuresPerChar;
    this.lexicon = new Lexicon(asset.lexicon);
    this.transitions = Float32Array.from(asset.transitions, (w) => w * asset.scale);
    const bytes = base64Bytes(asset.features);
    const n = asset.featureCount;
    let cap = 1;
    while (cap < 2 * n) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.slotFeature = new Int32Array(cap);
    this.starts = new Int32Array(n + 1);
    const labels: number[] = [];
    const weights: number[] = [];
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
      this.insert(key | 0, f);
      const count = bytes[pos++]!;
      for (let j = 0; j < count; j++) {
        labels.push(bytes[pos++]!);
        let w: number;
        if (asset.weightBytes === 1) w = (bytes[pos++]! << 24) >> 24;
        else {
          w = ((bytes[pos]! | (bytes[pos + 1]! << 8)) << 16) >> 16;
          pos += 2;
        }
        weights.push(w * asset.scale);
      }
      this.starts[f + 1] = labels.length;
    }
    this.labels = Uint8Array.from(labels);
    this.weights = Float32Array.from(weights);
  }

  private insert(key: number, feature: number): void {
    let slot = (key ^ (key >>> 16)) & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.slotFeature[slot] = feature;
  }

  private find(key: number): number {
    let slot = (key ^ (key >>> 16)) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.slotFeature[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Label scores per position (n × TAG_COUNT) from the feature hashes of n positions. */
  emissions(features: Int32Array, n: number): Float32Array {
    const T = TAG_COUNT;
    const K = this.featuresPerChar;
    const emit = new Float32Array(n * T);
    for (let i = 0; i < n; i++) {
      const row = i * T;
      for (let k = i * K, end = k + K; k < end; k++) {
        const f = this.find(features[k]!);
        if (f < 0) continue;
        for (let j = this.starts[f]!, stop = this.starts[f + 1]!; j < stop; j++)
          emit[row + this.labels[j]!]! += this.weights[j]!;
      }
    }
    return emit;
  }
}
