/**
 * How the two corpora's labels become the tagger's training signal, as allowed labels per position.
 * People's Daily ORG may be any organisation kind (GOV, ORG, COM): the corpus does not say which.
 * CLUENER address and scene spans are long (北京市海淀区中关村大街) where People's Daily cuts places
 * short (北京, 海淀区), so inside them the tagger may put O or any LOC labels: they teach nothing
 * about where a place ends, only that nothing but places sits there. Titles, books, games and films
 * are O.
 */

import { B, E, I, S, TAG_COUNT, TYPES, tagOf } from '../../lib/recognize/tagger/tags';
import type { Sentence } from './corpus';

const type = (t: (typeof TYPES)[number]) => TYPES.indexOf(t);

/** For each corpus label, the entity types a span of it may be tagged as; null: the span is latent. */
const TYPES_OF: Record<string, number[] | 'latent-loc'> = {
  PER: [type('PER')],
  LOC: [type('LOC')],
  ORG: [type('ORG'), type('GOV'), type('COM')],
  name: [type('PER')],
  government: [type('GOV')],
  organization: [type('ORG')],
  company: [type('COM')],
  address: 'latent-loc',
  scene: 'latent-loc',
};

const bit = (tag: number) => 1 << tag;
const ANY_LOC = bit(0) | [B, I, E, S].reduce((m, p) => m | bit(tagOf(type('LOC'), p)), 0);

/**
 * Allowed labels per position (a bit set over TAG_COUNT labels). `listed` marks positions inside a
 * listed place name (gazetteer); CLUENER often leaves those unlabelled where People's Daily calls
 * them places (韩国人, 美国队), so outside CLUENER's spans they are open too.
 */
export function maskOf(s: Sentence, listed?: (i: number) => boolean): Int32Array {
  const mask = new Int32Array(s.text.length).fill(bit(0));
  if (s.corpus === 'cluener' && listed)
    for (let i = 0; i < s.text.length; i++) if (listed(i)) mask[i] = ANY_LOC;
  for (const span of s.spans) {
    const types = TYPES_OF[span.label];
    if (!types) continue;
    for (let i = span.start; i < span.end; i++) {
      if (types === 'latent-loc') {
        mask[i] = ANY_LOC;
        continue;
      }
      const part = span.end - span.start === 1 ? S : i === span.start ? B : i === span.end - 1 ? E : I;
      mask[i] = types.reduce((m, t) => m | bit(tagOf(t, part)), 0);
    }
  }
  if (TAG_COUNT > 31) throw new Error('too many labels for a 32-bit mask');
  return mask;
}
