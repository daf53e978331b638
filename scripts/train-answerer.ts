/**
 * Fits the answerer's two logistic models on the DEV split of every eval corpus at once (the seed and each corpus
 * under eval/corpora), and writes src/answer/weights.ts. Held-out splits are never read.
 *
 * - Ranker: for every unit the pipeline considers for a dev question, whether it holds an expected answer.
 * - Answerability: for every dev question of a corpus (label 1: its articles answer it) and every dev question of the
 *   OTHER corpora (over other articles) asked of it, plus the seed's unanswerable questions (label 0), from its best
 *   units.
 * The threshold is the lowest that still refuses TARGET_REFUSAL of the label-0 questions.
 *
 *   npx tsx scripts/train-answerer.ts [--dry-run] [--exclude CORPUS]…
 *
 * `--exclude` leaves a corpus out of the fit entirely (its dev questions are neither positives nor out-of-corpus
 * negatives), so it stays a corpus the models never saw: measure on it what transfers. A corpus kept unseen
 * (`corpus.json` `{"unseen": true}`: en-speech, nl-law; eval/README.md, "The held-out rule") is always left out,
 * whether or not it is named.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CorpusQuestion, type EvalCorpus, loadCorpora, sameArticles } from '../eval/corpora.js';
import { containsAnswer } from '../eval/normalize.js';
import type { Candidate } from '../src/answer/candidates.js';
import { rankedUnits } from '../src/answer/compose.js';
import {
  type PoolStats,
  poolStats,
  QUESTION_FEATURES,
  questionFeatures,
  UNIT_FEATURES,
  unitFeatures,
} from '../src/answer/features.js';
import { analyse } from '../src/answer/question.js';
import { loadConfig } from '../src/config.js';
import { Engine } from '../src/engine.js';
import { logistic, predictWith, type Sample } from './logistic.js';

/** Share of out-of-corpus and unanswerable dev questions the threshold must refuse (held-out target: 0.9). */
const TARGET_REFUSAL = 0.95;
/** Units per question the ranker learns from: the ones it must order. */
const UNITS_PER_QUESTION = 40;
const RIDGE = 1;

const { values: args } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false }, exclude: { type: 'string', multiple: true, default: [] } },
});
const dryRun = args['dry-run'];
const cfg = loadConfig({ EMBEDDINGS: 'local', LOG_LEVEL: 'silent', ...process.env });
loadCorpora(args.exclude); // unknown names throw
const corpora = loadCorpora().filter((c) => !c.unseen && !args.exclude.includes(c.name));
const dev = (c: EvalCorpus) => c.questions.filter((q) => q.split === 'dev');

interface Opened {
  corpus: EvalCorpus;
  engine: Engine;
  dir: string;
}
const opened: Opened[] = [];
for (const corpus of corpora) {
  const dir = mkdtempSync(join(tmpdir(), 'bron-train-'));
  opened.push({ corpus, dir, engine: await Engine.open({ ...cfg, CORPUS_DIR: corpus.corpusDir, INDEX_DIR: dir }) });
}

async function units(engine: Engine, text: string): Promise<{ q: ReturnType<typeof analyse>; pool: Candidate[] }> {
  const snap = engine.snapshotInfo;
  const q = analyse(text, snap.stats);
  const retrieved = await engine.retrieve(text);
  return { q, pool: rankedUnits(q, retrieved, { view: snap.sentences, stats: snap.stats }) };
}

// 1. Ranker: which units hold the answer. (A conditional logit over each question's units ranked worse on nl-wiki:
// first quote 0.704 vs 0.750 on the dev split, so the plain logistic model stays.)
const rankerSamples: Sample[] = [];
for (const { corpus, engine } of opened) {
  for (const cq of dev(corpus).filter((x) => x.answerable)) {
    const { q, pool } = await units(engine, cq.question);
    const stats = poolStats(pool);
    const list = pool
      .slice(0, UNITS_PER_QUESTION)
      .map((c) => ({ x: unitFeatures(c, q, stats), y: holdsAnswer(c, cq) ? 1 : 0 }));
    rankerSamples.push(...list);
  }
}
const ranker = logistic(rankerSamples, UNIT_FEATURES.length, RIDGE);

// 2. Answerability, with the new ranker's probabilities.
const questionSamples: (Sample & { corpus: string })[] = [];
const score = (c: Candidate, q: ReturnType<typeof analyse>, pool: PoolStats) =>
  predictWith(ranker, unitFeatures(c, q, pool));
for (const { corpus, engine } of opened) {
  const asked: { cq: CorpusQuestion; y: number }[] = [
    ...dev(corpus).map((cq) => ({ cq, y: cq.answerable ? 1 : 0 })),
    ...opened
      .filter((o) => !sameArticles(o.corpus, corpus))
      .flatMap((o) =>
        dev(o.corpus)
          .filter((x) => x.answerable)
          .map((cq) => ({ cq, y: 0 })),
      ),
  ];
  for (const { cq, y } of asked) {
    const { q, pool } = await units(engine, cq.question);
    const stats = poolStats(pool);
    const ranked = pool.map((c) => ({ c, p: score(c, q, stats) })).sort((a, b) => b.p - a.p);
    const [best, second] = ranked;
    if (!best) continue; // refused anyway: nothing to learn from
    questionSamples.push({ x: questionFeatures(q, best.c, best.p, second?.p ?? 0), y, corpus: corpus.name });
  }
}
const answerable = logistic(questionSamples, QUESTION_FEATURES.length, RIDGE);
const probs = questionSamples.map((s) => ({ p: predictWith(answerable, s.x), y: s.y, corpus: s.corpus }));
const negatives = probs
  .filter((s) => s.y === 0)
  .map((s) => s.p)
  .sort((a, b) => b - a);
const threshold = negatives[Math.floor(negatives.length * (1 - TARGET_REFUSAL))] ?? 0.5;

for (const o of opened) rmSync(o.dir, { recursive: true, force: true });
report();
if (!dryRun) write();

function holdsAnswer(c: Candidate, cq: CorpusQuestion): boolean {
  if (cq.articles.length > 0 && !cq.articles.includes(c.article.id)) return false;
  return containsAnswer([c.unit.text], cq.answers);
}

function report(): void {
  const pos = rankerSamples.filter((s) => s.y === 1).length;
  console.log(`ranker: ${rankerSamples.length} units (${pos} holding an answer)`);
  for (const [i, name] of UNIT_FEATURES.entries()) console.log(`  ${name.padEnd(12)} ${ranker[i]!.toFixed(3)}`);
  console.log(`answerability: ${questionSamples.length} questions; threshold ${threshold.toFixed(3)}`);
  for (const [i, name] of QUESTION_FEATURES.entries()) console.log(`  ${name.padEnd(12)} ${answerable[i]!.toFixed(3)}`);
  for (const o of opened) {
    const mine = probs.filter((s) => s.corpus === o.corpus.name);
    const answered =
      mine.filter((s) => s.y === 1 && s.p >= threshold).length / Math.max(1, mine.filter((s) => s.y === 1).length);
    const refused =
      mine.filter((s) => s.y === 0 && s.p < threshold).length / Math.max(1, mine.filter((s) => s.y === 0).length);
    console.log(`  ${o.corpus.name}: answerable answered ${answered.toFixed(3)}, others refused ${refused.toFixed(3)}`);
  }
}

function write(): void {
  const fmt = (w: number[]) => `[${w.map((x) => x.toFixed(4)).join(', ')}]`;
  const flags = args.exclude.map((n) => ` --exclude ${n}`).join('');
  const left = [
    ...args.exclude,
    ...loadCorpora()
      .filter((c) => c.unseen && !args.exclude.includes(c.name))
      .map((c) => c.name),
  ];
  const unread = left.length ? `; ${left.join(', ')} not at all` : '';
  const about =
    "Weights of the answerer's two logistic models, in the order of UNIT_FEATURES and QUESTION_FEATURES " +
    `(src/answer/features.ts). Generated by \`npx tsx scripts/train-answerer.ts${flags}\` from the dev splits of ` +
    `these eval corpora at once: ${corpora.map((c) => c.name).join(', ')}. Held-out splits are never read${unread}. ` +
    'Do not edit by hand: retrain.';
  const text = `/**
${commentLines(about)}
 */
export const RANKER: readonly number[] = ${fmt(ranker)};
export const ANSWERABLE: readonly number[] = ${fmt(answerable)};
/** Answer when the answerability model's probability reaches this (refuses ${TARGET_REFUSAL} of the dev negatives). */
export const THRESHOLD = ${threshold.toFixed(4)};
`;
  writeFileSync('src/answer/weights.ts', text);
  // Written as the formatter would, so `npm run lint` stays clean after a retrain.
  execFileSync('npx', ['biome', 'format', '--write', 'src/answer/weights.ts'], { stdio: 'ignore' });
  console.log('wrote src/answer/weights.ts');
}

/** `text` as the lines of a block comment, each within the house limit of 120 characters (the formatter keeps them). */
function commentLines(text: string, width = 120): string {
  const lines: string[] = [];
  let line = ' *';
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > width && line !== ' *') {
      lines.push(line);
      line = ' *';
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}
