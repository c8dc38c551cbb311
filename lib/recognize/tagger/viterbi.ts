import { allowedFirst, allowedLast, PREDECESSORS, TAG_COUNT } from './tags';

// Scratch reused from call to call (no garbage per sentence).
let scoreBuf = new Float32Array(0);
let backBuf = new Int32Array(0);

/**
 * The best label sequence under per-position label scores `emit` (n × TAG_COUNT) and label-pair
 * scores `trans` (TAG_COUNT × TAG_COUNT, previous label first), among sequences that spell whole
 * entities. `mask`, when given, limits position i to the labels whose bit is set in mask[i]
 * (training uses it to find the best sequence that agrees with a partial annotation).
 * Cost: n × (allowed label pairs), linear in n.
 */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, mask?: Int32Array): Int32Array {
  const T = TAG_COUNT;
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (scoreBuf.length < n * T) {
    scoreBuf = new Float32Array(2 * n * T);
    backBuf = new Int32Array(2 * n * T);
  }
  const score = scoreBuf;
  const back = backBuf;
  const NEG = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < T; t++) {
    const ok = allowedFirst(t) && (!mask || (mask[0]! >> t) & 1);
    score[t] = ok ? emit[t]! : NEG;
  }
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let t = 0; t < T; t++) {
      if (mask && !((mask[i]! >> t) & 1)) {
        score[row + t] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      const preds = PREDECESSORS[t]!;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = score[prevRow + p]! + trans[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + emit[row + t]!;
      back[row + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (allowedLast(t) && score[last + t]! > best) {
      best = score[last + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return out;
}
