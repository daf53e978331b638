/**
 * Leave-one-corpus-out (LOCO) check of the answerer's fit: does a fit of scripts/train-answerer.ts transfer to a
 * corpus it never saw? For each tuned corpus C it fits the two models as train-answerer does, without C (and
 * without a corpus over C's articles), writes them to src/answer/weights.ts, evaluates C's dev split, and restores
 * the file. The unseen corpus (corpus.json {"unseen": true}) is never read.
 *
 *   npx tsx scripts/loco-answerer.ts collect --cache DIR   every dev question's units and features, once (~5 min)
 *   npx tsx scripts/loco-answerer.ts fit --cache DIR --out DIR [--ridge R] [--target T] [--units N] [--equal]
 *   npx tsx scripts/loco-answerer.ts eval --out DIR [--split heldout]   each fold's C; prints the table
 *
 * `fit` writes DIR/all.ts (every tuned corpus) and DIR/<C>.ts (all but C), exactly the weights train-answerer writes
 * with the same settings (the units are those ranked by the weights in place when collected). `--equal` weighs each
 * corpus's samples so that every corpus counts the same, whatever its size; `--keep-ranker` keeps the ranker of
 * src/answer/weights.ts and fits the answerability model and threshold only.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type EvalCorpus, loadCorpora, sameArticles } from '../eval/corpora.js';
import { containsAnswer } from '../eval/normalize.js';
import { rankedUnits } from '../src/answer/compose.js';
import { poolStats, QUESTION_FEATURES, questionFeatures, UNIT_FEATURES, unitFeatures } from '../src/answer/features.js';
import { analyse } from '../src/answer/question.js';
import { RANKER } from '../src/answer/weights.js';
import { loadConfig } from '../src/config.js';
import { Engine } from '../src/engine.js';
import { logistic, predictWith, type Sample } from './logistic.js';

/** One question asked of one corpus's engine, with every unit of its pool: unit features, then question features. */
interface Asked {
  engine: string;
  corpus: string;
  answerable: boolean;
  /** Per unit: whether it holds an expected answer (own answerable questions only). */
  holds: boolean[];
  rows: number[][];
}

const U = UNIT_FEATURES.length;
const WEIGHTS = 'src/answer/weights.ts';

const { positionals, values: args } = parseArgs({
  allowPositionals: true,
  options: {
    cache: { type: 'string', default: '/tmp/bron-loco' },
    out: { type: 'string', default: '/tmp/bron-loco/fit' },
    ridge: { type: 'string', default: '1' },
    target: { type: 'string', default: '0.95' },
    units: { type: 'string', default: '40' },
    equal: { type: 'boolean', default: false },
    'keep-ranker': { type: 'boolean', default: false },
    split: { type: 'string', default: 'dev' },
  },
});
const tuned = loadCorpora().filter((c) => !c.unseen);

/** The folds: each corpus, together with the corpora over the same articles. */
function folds(): { name: string; left: string[] }[] {
  const out: { name: string; left: string[] }[] = [];
  for (const c of tuned) {
    const left = tuned.filter((o) => sameArticles(o, c)).map((o) => o.name);
    if (!out.some((f) => f.left.includes(c.name))) out.push({ name: left.join('+'), left });
  }
  return out;
}

async function collect(): Promise<void> {
  const cfg = loadConfig({ EMBEDDINGS: 'local', LOG_LEVEL: 'silent', ...process.env });
  const dev = (c: EvalCorpus) => c.questions.filter((q) => q.split === 'dev');
  mkdirSync(args.cache, { recursive: true });
  for (const corpus of tuned) {
    const asked: Asked[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'bron-loco-'));
    const engine = await Engine.open({ ...cfg, CORPUS_DIR: corpus.corpusDir, INDEX_DIR: dir });
    const questions = [
      ...dev(corpus).map((cq) => ({ cq, of: corpus.name })),
      ...tuned
        .filter((o) => !sameArticles(o, corpus))
        .flatMap((o) =>
          dev(o)
            .filter((x) => x.answerable)
            .map((cq) => ({ cq, of: o.name })),
        ),
    ];
    for (const { cq, of } of questions) {
      const snap = engine.snapshotInfo;
      const q = analyse(cq.question, snap.stats);
      const pool = rankedUnits(q, await engine.retrieve(cq.question), { view: snap.sentences, stats: snap.stats });
      const stats = poolStats(pool);
      const own = of === corpus.name && cq.answerable;
      // train-answerer's holdsAnswer: an expected answer, in one of the question's articles.
      const inArticles = (id: string) => cq.articles.length === 0 || cq.articles.includes(id);
      const holds = own ? pool.map((c) => inArticles(c.article.id) && containsAnswer([c.unit.text], cq.answers)) : [];
      const rows = pool.map((c) => [...unitFeatures(c, q, stats), ...questionFeatures(q, c, 0, 0).slice(3)]);
      asked.push({ engine: corpus.name, corpus: of, answerable: cq.answerable, holds, rows });
    }
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(join(args.cache, `${corpus.name}.json`), JSON.stringify(asked));
    console.log(`${corpus.name}: ${questions.length} questions asked`);
  }
}

/** Each sample's weight when every corpus counts the same: the mean sample count over its corpus's. */
function equalise(samples: (Sample & { group: string })[]): void {
  const count = new Map<string, number>();
  for (const s of samples) count.set(s.group, (count.get(s.group) ?? 0) + 1);
  const mean = samples.length / count.size;
  for (const s of samples) s.w = args.equal ? mean / count.get(s.group)! : 1;
}

function fitWithout(asked: Asked[], left: string[]): { ranker: number[]; answerable: number[]; threshold: number } {
  const inFit = (name: string) => !left.includes(name);
  const kept = asked.filter((a) => inFit(a.engine) && inFit(a.corpus));
  const rankerSamples: (Sample & { group: string })[] = kept
    .filter((a) => a.engine === a.corpus && a.answerable)
    .flatMap((a) =>
      a.rows.slice(0, Number(args.units)).map((r, i) => ({ x: r.slice(0, U), y: a.holds[i] ? 1 : 0, group: a.engine })),
    );
  equalise(rankerSamples);
  const ranker = args['keep-ranker'] ? [...RANKER] : logistic(rankerSamples, U, Number(args.ridge));
  const questionSamples: (Sample & { group: string })[] = [];
  for (const a of kept) {
    if (a.engine !== a.corpus && !a.answerable) continue;
    const ranked = a.rows.map((r) => ({ r, p: predictWith(ranker, r.slice(0, U)) })).sort((x, y) => y.p - x.p);
    const [best, second] = ranked;
    if (!best) continue;
    const p2 = second?.p ?? 0;
    const x = [1, best.p, best.p - p2, ...best.r.slice(U)];
    questionSamples.push({ x, y: a.engine === a.corpus && a.answerable ? 1 : 0, group: a.engine });
  }
  equalise(questionSamples);
  const answerable = logistic(questionSamples, QUESTION_FEATURES.length, Number(args.ridge));
  const negatives = questionSamples
    .filter((s) => s.y === 0)
    .map((s) => ({ p: predictWith(answerable, s.x), w: s.w ?? 1 }))
    .sort((a, b) => b.p - a.p);
  return { ranker, answerable, threshold: thresholdOf(negatives) };
}

/** The probability below which TARGET of the negatives' weight lies (train-answerer's rule when all weigh 1). */
function thresholdOf(negatives: { p: number; w: number }[]): number {
  const target = Number(args.target);
  if (!args.equal) return negatives[Math.floor(negatives.length * (1 - target))]?.p ?? 0.5;
  const total = negatives.reduce((s, n) => s + n.w, 0);
  let above = 0;
  for (const n of negatives) {
    if (above >= total * (1 - target) - 1e-9) return n.p;
    above += n.w;
  }
  return 0.5;
}

function fitFolds(): void {
  const read = (name: string) => JSON.parse(readFileSync(join(args.cache, `${name}.json`), 'utf8')) as Asked[];
  const asked = tuned.flatMap((c) => read(c.name));
  mkdirSync(args.out, { recursive: true });
  for (const { name, left } of [{ name: 'all', left: [] as string[] }, ...folds()]) {
    const w = fitWithout(asked, left);
    const fmt = (x: number[]) => `[${x.map((v) => v.toFixed(4)).join(', ')}]`;
    const text =
      `/** LOCO fold: fitted without ${left.join(', ') || 'no tuned corpus'} (${JSON.stringify(args)}). */\n` +
      `export const RANKER: readonly number[] = ${fmt(w.ranker)};\n` +
      `export const ANSWERABLE: readonly number[] = ${fmt(w.answerable)};\n` +
      `export const THRESHOLD = ${w.threshold.toFixed(4)};\n`;
    writeFileSync(join(args.out, `${name}.ts`), text);
    console.log(`${name}: threshold ${w.threshold.toFixed(4)}; ranker ${fmt(w.ranker)}`);
  }
}

function evaluate(): void {
  const saved = readFileSync(WEIGHTS, 'utf8');
  const rows: string[] = [];
  try {
    for (const { name, left } of folds()) {
      copyFileSync(join(args.out, `${name}.ts`), WEIGHTS);
      const file = join(args.out, `${name}${args.split === 'dev' ? '' : `-${args.split}`}.json`);
      const corpora = left.flatMap((c) => ['--corpus', c]);
      // The exit code says whether the seed met its targets: not what is measured here.
      spawnSync('npx', ['tsx', 'eval/run.ts', ...corpora, '--split', args.split, '--save', file], { stdio: 'ignore' });
      rows.push(...figures(file, args.split));
    }
  } finally {
    writeFileSync(WEIGHTS, saved);
  }
  console.log(
    '| corpus | anywhere | first quote | answerable refused | out-of-corpus refused | own unanswerable refused |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}

interface Outcome {
  corpus: string;
  split: string;
  foreign: boolean;
  unanswerable: boolean;
  inText: boolean;
  inFirstQuote: boolean;
  refused: boolean;
}

/** One table row per corpus of a saved run: counts of one split (aggregates only: held-out questions stay unnamed). */
export function figures(file: string, split = 'dev'): string[] {
  const { outcomes } = JSON.parse(readFileSync(file, 'utf8')) as { outcomes: Outcome[] };
  const names = [...new Set(outcomes.map((o) => o.corpus))];
  return names.map((name) => {
    const mine = outcomes.filter((o) => o.corpus === name && o.split === split);
    const own = mine.filter((o) => !o.foreign && !o.unanswerable);
    const foreign = mine.filter((o) => o.foreign);
    const unans = mine.filter((o) => o.unanswerable);
    const n = (xs: Outcome[], f: (o: Outcome) => boolean) => `${xs.filter(f).length}/${xs.length}`;
    const cells = [
      n(own, (o) => o.inText),
      n(own, (o) => o.inFirstQuote),
      n(own, (o) => o.refused),
      n(foreign, (o) => o.refused),
      n(unans, (o) => o.refused),
    ];
    return `| ${name} | ${cells.join(' | ')} |`;
  });
}

if (positionals[0] === 'collect') await collect();
else if (positionals[0] === 'fit') fitFolds();
else if (positionals[0] === 'eval') evaluate();
else if (positionals[0] === 'figures')
  for (const f of positionals.slice(1)) console.log(figures(f, args.split).join('\n'));
else throw new Error('usage: loco-answerer.ts collect | fit | eval | figures FILE…');
