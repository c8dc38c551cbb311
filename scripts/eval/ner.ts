/**
 * `npm run eval -- --only ner`: persons, places and organisations on the held-out parts of the two
 * NER development corpora (the split of scripts/ner/corpus.ts; the tagger never trains on them),
 * scored as ../shared/ner/README.md says: ~20 consecutive sentences make one minimal article page,
 * the page is read with the same `analyze` as the CLI, and per sentence the set of unique entity
 * strings (NFKC, no white space) is compared, micro-averaged. A name found on a page counts for each
 * of its sentences that contains it. Beside the pipeline, the tagger alone on the same sentences.
 * `--engine DIR` reads the pages with another checkout's engine (e.g. /work/main, for a BEFORE row).
 */

import fs from 'node:fs';
import path from 'node:path';
import asset from '../../assets/ner-model.json';
import type { Card } from '../../lib/card';
import { type EntitySpanTag, tagEntities } from '../../lib/recognize/tagger';
import { loadCluener, loadPeoplesDaily, nerDir, type Sentence } from '../ner/corpus';
import { normEntity, SetScore } from '../ner/score';
import { renderTable } from './table';

const PAGE_SENTENCES = 20;
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u;

export type Kind = 'persons' | 'places' | 'organisations' | 'government';

/** Gold labels per scored kind and corpus. */
const GOLD: Record<Sentence['corpus'], Partial<Record<Kind, string[]>>> = {
  pd: { persons: ['PER'], places: ['LOC'], organisations: ['ORG'] },
  cluener: {
    persons: ['name'],
    places: ['address'],
    organisations: ['government', 'organization'],
    government: ['government'],
  },
};

export type Predicted = Partial<Record<Kind, string[]>>;

export function goldOf(s: Sentence, kind: Kind): string[] {
  const labels = GOLD[s.corpus][kind] ?? [];
  return s.spans.filter((x) => labels.includes(x.label)).map((x) => s.text.slice(x.start, x.end));
}

export function fromTags(text: string, tags: EntitySpanTag[]): Predicted {
  const of = (keep: (t: EntitySpanTag) => boolean) =>
    tags.filter(keep).map((t) => text.slice(t.start, t.end));
  return {
    persons: of((t) => t.type === 'PER'),
    places: of((t) => t.type === 'LOC'),
    organisations: of((t) => t.type === 'ORG'),
    government: of((t) => t.type === 'ORG' && (t.orgKind === 'government' || t.orgKind === 'party')),
  };
}

export function fromCard(card: Card): Predicted {
  return {
    persons: [...card.officials.map((o) => o.name), ...card.persons.map((p) => p.name)],
    places: card.places.map((p) => p.name),
    organisations: (card.organizations ?? []).map((o) => o.name),
    government: (card.organizations ?? [])
      .filter((o) => o.kind === 'government' || o.kind === 'party')
      .map((o) => o.name),
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageOf(sentences: Sentence[], title: string): string {
  const paragraphs = sentences
    .map((s) => `<p>${escapeHtml(SENTENCE_END.test(s.text) ? s.text : `${s.text}。`)}</p>`)
    .join('\n');
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><article><h1>${title}</h1>\n${paragraphs}\n</article></body></html>\n`;
}

type Scores = Map<string, SetScore>;

function add(scores: Scores, corpus: string, s: Sentence, predicted: Predicted): void {
  for (const kind of Object.keys(GOLD[s.corpus]) as Kind[]) {
    const key = `${corpus}|${kind}`;
    if (!scores.has(key)) scores.set(key, new SetScore());
    scores.get(key)!.add(goldOf(s, kind), predicted[kind] ?? []);
  }
}

interface Engine {
  label: string;
  read(html: string): Promise<Card>;
}

async function engineAt(dir: string): Promise<Engine> {
  const local = (await import(path.resolve(dir, 'lib/local.ts'))) as typeof import('../../lib/local');
  const parse = (await import(
    path.resolve(dir, 'cli/parse-html.ts')
  )) as typeof import('../../cli/parse-html');
  return {
    label: path.resolve(dir),
    read: (html) => local.analyze(parse.parseDocument(html), { url: null }),
  };
}

async function scorePipeline(engine: Engine, corpora: Array<[string, Sentence[]]>): Promise<Scores> {
  const scores: Scores = new Map();
  for (const [name, sentences] of corpora) {
    for (let i = 0; i < sentences.length; i += PAGE_SENTENCES) {
      const group = sentences.slice(i, i + PAGE_SENTENCES);
      let card: Card | null = null;
      try {
        card = await engine.read(pageOf(group, `新闻稿 ${i / PAGE_SENTENCES + 1}`));
      } catch (err) {
        console.log(`note: ${name} page ${i / PAGE_SENTENCES + 1}: analyze threw ${(err as Error).message}`);
      }
      const found = card ? fromCard(card) : {};
      for (const s of group) {
        const text = normEntity(s.text);
        const inSentence: Predicted = {};
        for (const [kind, names] of Object.entries(found) as Array<[Kind, string[]]>)
          inSentence[kind] = names.filter((n) => normEntity(n) && text.includes(normEntity(n)));
        add(scores, name, s, inSentence);
      }
    }
  }
  return scores;
}

function scoreTagger(corpora: Array<[string, Sentence[]]>): Scores {
  const scores: Scores = new Map();
  for (const [name, sentences] of corpora)
    for (const s of sentences) add(scores, name, s, fromTags(s.text, tagEntities(s.text)));
  return scores;
}

const PUBLISHED: Record<string, string> = {
  'pd|persons': 'BiLSTM-CRF PER 0.939 (test)',
  'pd|places': 'BERT-CRF all kinds 0.954 (test)',
  'pd|organisations': 'BERT-CRF all kinds 0.954 (test)',
  'cluener|persons': 'BERT-base name 0.888 (test)',
  'cluener|places': 'BERT-base address 0.609 (test)',
  'cluener|government': 'BERT-base government 0.870 (test)',
};

const TARGET: Record<string, string> = {
  'pd|persons': '≥0.85',
  'pd|places': '≥0.80',
  'pd|organisations': '≥0.65',
  'cluener|persons': '≥0.75',
  'cluener|government': '≥0.60',
};

export interface NerOptions {
  /** Checkouts whose engine reads the pages, each a row; default this one. */
  engines: string[];
}

export async function runNer(opts: NerOptions): Promise<void> {
  if (!fs.existsSync(path.join(nerDir(), 'peoples_daily_dev.txt'))) {
    console.log(`note: no NER corpora in ${nerDir()}, ner skipped`);
    return;
  }
  const pd = loadPeoplesDaily().filter((s) => s.heldOut);
  const cluener = loadCluener().filter((s) => s.heldOut);
  const corpora: Array<[string, Sentence[]]> = [
    ['pd', pd],
    ['cluener', cluener],
  ];
  const rows: Array<[string, Scores]> = [['tagger alone', scoreTagger(corpora)]];
  for (const dir of opts.engines.length ? opts.engines : [path.resolve(import.meta.dirname, '../..')]) {
    const engine = await engineAt(dir);
    rows.push([`pipeline ${path.basename(engine.label)}`, await scorePipeline(engine, corpora)]);
  }
  const keys = [...rows[0]![1].keys()];
  const table = keys.flatMap((key) => {
    const [corpus, kind] = key.split('|');
    return rows.map(([label, scores], r) => {
      const s = scores.get(key)!;
      return [
        r === 0 ? `${corpus === 'pd' ? "People's Daily" : 'CLUENER'} ${kind}` : '',
        label,
        s.precision.toFixed(3),
        s.recall.toFixed(3),
        s.f1.toFixed(3),
        `${s.tp + s.fn}`,
        r === 0 ? (TARGET[key] ?? '') : '',
        r === 0 ? (PUBLISHED[key] ?? '') : '',
      ];
    });
  });
  if ((asset as { trainedOn?: string }).trainedOn === 'all')
    console.log(
      'NOTE: this tagger model learned the held-out parts too (the shipped model learns every sentence):\n' +
        'these figures are NOT held-out. For held-out figures: npm run train:ner -- --split --out FILE,\n' +
        'then npm run eval -- --only ner --model FILE.',
    );
  console.log(
    `NER: held-out parts (scripts/ner/corpus.ts split) of People's Daily dev (${pd.length} sentences) and CLUENER train (${cluener.length}), ${PAGE_SENTENCES} sentences a page`,
  );
  console.log(
    renderTable(
      [
        { header: 'kind' },
        { header: 'reader' },
        { header: 'P', align: 'right' },
        { header: 'R', align: 'right' },
        { header: 'F1', align: 'right' },
        { header: 'gold', align: 'right' },
        { header: 'target' },
        { header: 'published (other split, trained models)' },
      ],
      table,
    ),
  );
  console.log(
    [
      'Per sentence, unique strings after NFKC and white-space removal; micro P/R/F1. persons = officials ∪ persons',
      '(CLUENER name, PD PER); places = places vs address / LOC, exact; organisations = organizations vs',
      'government + organization / ORG; government = organizations of kind government or party vs government.',
      "Published figures are span F1 of trained models on the corpora's TEST splits (../shared/ner/README.md).",
    ].join('\n'),
  );
}
