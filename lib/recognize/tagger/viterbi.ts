import { allowedFirst, allowedLast, PREDECESSORS, TAG_COUNT } from './tags';

// The allowed label pairs flattened: label t's predecessors at PRED[START[t]] to PRED[START[t + 1]].
const START = new Int32Array(TAG_COUNT + 1);
const PRED = new Int32Array(PREDECESSORS.reduce((sum, p) => sum + p.length, 0));
for (let t = 0, at = 0; t < TAG_COUNT; t++) {
  START[t] = at;
  PRED.set(PREDECESSORS[t]!, at);
  at += PREDECESSORS[t]!.length;
  START[t + 1] = at;
}
/** The pair scores in PRED's order, read anew each call (training changes them in place). */
const predTrans = new Float32Array(PRED.length);

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
  for (let t = 0; t < T; t++)
    for (let k = START[t]!; k < START[t + 1]!; k++) predTrans[k] = trans[PRED[k]! * T + t]!;
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
      for (let k = START[t]!, stop = START[t + 1]!; k < stop; k++) {
        const p = PRED[k]!;
        const s = score[prevRow + p]! + predTrans[k]!;
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
