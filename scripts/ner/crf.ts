/**
 * Label marginals of a linear-chain CRF over the tagger's labels (forward-backward in log space),
 * optionally limited to the labels a partial annotation allows (`mask`, as in viterbi.ts). Training
 * with `--crf` moves weights by (marginals that agree with the annotation − unconstrained marginals).
 */

import { allowedFirst, allowedLast, PREDECESSORS, TAG_COUNT } from '../../lib/recognize/tagger/tags';

const T = TAG_COUNT;
const NEG = Number.NEGATIVE_INFINITY;

export interface Marginals {
  /** n × T: probability of label t at position i. */
  node: Float64Array;
  /** (n - 1) × T × T: probability of labels (p at i, t at i + 1), at ((i * T) + p) * T + t. */
  edge: Float64Array;
}

const ok = (mask: Int32Array | undefined, i: number, t: number) => !mask || ((mask[i]! >> t) & 1) === 1;

function logAdd(a: number, b: number): number {
  if (a === NEG) return b;
  if (b === NEG) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

export function marginals(emit: Float32Array, n: number, trans: Float32Array, mask?: Int32Array): Marginals {
  const alpha = new Float64Array(n * T).fill(NEG);
  const beta = new Float64Array(n * T).fill(NEG);
  for (let t = 0; t < T; t++) if (allowedFirst(t) && ok(mask, 0, t)) alpha[t] = emit[t]!;
  for (let i = 1; i < n; i++)
    for (let t = 0; t < T; t++) {
      if (!ok(mask, i, t)) continue;
      let s = NEG;
      for (const p of PREDECESSORS[t]!) {
        const a = alpha[(i - 1) * T + p]!;
        if (a !== NEG) s = logAdd(s, a + trans[p * T + t]!);
      }
      if (s !== NEG) alpha[i * T + t] = s + emit[i * T + t]!;
    }
  for (let t = 0; t < T; t++) if (allowedLast(t) && ok(mask, n - 1, t)) beta[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= 0; i--)
    for (let t = 0; t < T; t++) {
      const b = beta[(i + 1) * T + t]!;
      if (b === NEG) continue;
      const tail = b + emit[(i + 1) * T + t]!;
      for (const p of PREDECESSORS[t]!) {
        if (!ok(mask, i, p)) continue;
        beta[i * T + p] = logAdd(beta[i * T + p]!, tail + trans[p * T + t]!);
      }
    }
  let z = NEG;
  for (let t = 0; t < T; t++) z = logAdd(z, alpha[(n - 1) * T + t]! + beta[(n - 1) * T + t]!);
  const node = new Float64Array(n * T);
  for (let j = 0; j < n * T; j++) {
    const a = alpha[j]!;
    const b = beta[j]!;
    if (a !== NEG && b !== NEG) node[j] = Math.exp(a + b - z);
  }
  const edge = new Float64Array(Math.max(0, n - 1) * T * T);
  for (let i = 0; i + 1 < n; i++)
    for (let t = 0; t < T; t++) {
      const b = beta[(i + 1) * T + t]!;
      if (b === NEG) continue;
      const tail = b + emit[(i + 1) * T + t]! - z;
      for (const p of PREDECESSORS[t]!) {
        const a = alpha[i * T + p]!;
        if (a !== NEG) edge[(i * T + p) * T + t] = Math.exp(a + trans[p * T + t]! + tail);
      }
    }
  return { node, edge };
}
