/**
 * Scoring as the held-out check does (../shared/ner/README.md): per sentence, the set of unique
 * entity strings on each side after NFKC and removing white space; micro precision, recall and F1.
 */

export const normEntity = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

export class SetScore {
  tp = 0;
  fp = 0;
  fn = 0;

  add(gold: Iterable<string>, predicted: Iterable<string>): void {
    const g = new Set([...gold].map(normEntity).filter(Boolean));
    const p = new Set([...predicted].map(normEntity).filter(Boolean));
    for (const x of p)
      if (g.has(x)) this.tp++;
      else this.fp++;
    for (const x of g) if (!p.has(x)) this.fn++;
  }

  get precision(): number {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
  }
  get recall(): number {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
  /** "P/R/F1" with two decimals. */
  toString(): string {
    return `${this.precision.toFixed(3)}/${this.recall.toFixed(3)}/${this.f1.toFixed(3)}`;
  }
}
