import type { Engine } from '../src/engine.js';
import { Bm25Baseline } from './bm25-baseline.js';
import { pairingKey, type QuestionOutcome } from './compare.js';
import { type CorpusQuestion, type EvalCorpus, outOfCorpusSample, type Split } from './corpora.js';
import { citationSupport, type EvalReport, evaluate } from './evaluate.js';
import { aggregate, alone, baselineOutcome, bronOutcome, type Outcome, type SplitMetrics } from './metrics.js';

export const OUT_OF_CORPUS_SAMPLE = 40;

/** One failed DEV question of Bron (held-out questions are never listed). */
export interface DevFailure {
  corpus: string;
  id: string;
  question: string;
  problem: string;
}

export interface CorpusResult {
  corpus: string;
  articles: number;
  splits: Partial<Record<Split, { bron: SplitMetrics; bm25: SplitMetrics }>>;
  /** The seed corpus's own report (eval/evaluate.ts); failures only for its dev set. */
  seed?: { dev?: EvalReport; heldout?: Omit<EvalReport, 'failures'> };
  failures: DevFailure[];
  /** Every question's outcome, for `--save` / `--against` (eval/compare.ts); never printed. */
  outcomes: QuestionOutcome[];
}

interface Asked {
  q: CorpusQuestion;
  bron: Outcome;
  bm25: Outcome;
  firstQuote?: string;
}

async function askBoth(engine: Engine, baseline: Bm25Baseline, q: CorpusQuestion): Promise<Asked> {
  const t0 = performance.now();
  const a = await engine.ask(q.question);
  const ms = performance.now() - t0;
  const t1 = performance.now();
  const hit = baseline.ask(q.question);
  const bm25Ms = performance.now() - t1;
  return {
    q,
    bron: bronOutcome(q, a, citationSupport(engine, a), ms),
    bm25: baselineOutcome(q, hit, bm25Ms),
    firstQuote: a.citations[0]?.quote,
  };
}

function describe(x: Asked): string | undefined {
  const o = x.bron;
  if (o.refused) return `refused (${o.refusedBy ?? 'no check named'})`;
  if (o.supported < o.cited) return `${o.cited - o.supported} unsupported citation(s)`;
  if (!o.inText) {
    const quote = x.firstQuote ? `; first quote: “${x.firstQuote.slice(0, 140)}”` : '';
    const bm25 = x.bm25.inFirstQuote ? "; BM25's top sentence holds it" : '';
    return `expected ${x.q.answers.map((s) => `“${s}”`).join(' / ')} not in the answer or quotes${quote}${bm25}`;
  }
  return undefined;
}

/**
 * Asks every answerable question of `corpus` in the given splits, and an out-of-corpus sample from the other
 * corpora, of Bron (`engine`, opened on this corpus) and of the BM25 baseline over the same articles.
 */
export async function evaluateCorpus(
  engine: Engine,
  corpus: EvalCorpus,
  all: readonly EvalCorpus[],
  splits: readonly Split[],
): Promise<CorpusResult> {
  const articles = [...engine.snapshotInfo.articles.values()];
  const baseline = new Bm25Baseline(articles);
  const result: CorpusResult = {
    corpus: corpus.name,
    articles: articles.length,
    splits: {},
    failures: [],
    outcomes: [],
  };
  const hidden = new Set(all.filter((c) => c.unseen).flatMap((c) => c.questions.map((q) => q.id)));
  for (const split of splits) {
    const answerable: Asked[] = [];
    for (const q of corpus.questions.filter((x) => x.answerable && x.split === split))
      answerable.push(await askBoth(engine, baseline, q));
    const unanswerable: Asked[] = [];
    for (const q of corpus.questions.filter((x) => !x.answerable && x.split === split))
      unanswerable.push(await askBoth(engine, baseline, q));
    const foreign: Asked[] = [];
    for (const q of outOfCorpusSample(corpus.name, all, split, OUT_OF_CORPUS_SAMPLE))
      foreign.push(await askBoth(engine, baseline, q));
    const metrics = {
      bron: aggregate(
        answerable.map((x) => x.bron),
        foreign.map((x) => x.bron),
        unanswerable.map((x) => x.bron),
      ),
      bm25: aggregate(
        answerable.map((x) => x.bm25),
        foreign.map((x) => x.bm25),
        unanswerable.map((x) => x.bm25),
      ),
    };
    const only = alone(answerable);
    metrics.bron.first_quote_alone = only.bron;
    metrics.bm25.first_quote_alone = only.bm25;
    result.splits[split] = metrics;
    const outcome = (x: Asked, foreign: boolean): QuestionOutcome => ({
      corpus: corpus.name,
      split,
      id: pairingKey(x.q.id),
      foreign,
      unanswerable: !x.q.answerable,
      inText: x.bron.inText,
      inFirstQuote: x.bron.inFirstQuote,
      bm25FirstQuote: x.bm25.inFirstQuote,
      rightArticle: x.bron.rightArticle,
      bm25RightArticle: x.bm25.rightArticle,
      ...(split === 'dev' && !corpus.unseen ? articleIds(x) : {}),
      refused: x.bron.refused,
      ...(x.bron.refusedBy ? { refusedBy: x.bron.refusedBy } : {}),
      ...(x.bron.allFacts !== undefined ? { allFacts: x.bron.allFacts } : {}),
    });
    result.outcomes.push(
      ...[...answerable, ...unanswerable].map((x) => outcome(x, false)),
      ...foreign.map((x) => outcome(x, true)),
    );
    // Held-out questions and the unseen corpus's are never listed.
    if (split !== 'dev' || corpus.unseen) continue;
    for (const x of answerable) {
      const problem = describe(x);
      if (problem) result.failures.push({ corpus: corpus.name, id: x.q.id, question: x.q.question, problem });
    }
    for (const x of unanswerable.filter((u) => !u.bron.refused))
      result.failures.push({
        corpus: corpus.name,
        id: x.q.id,
        question: x.q.question,
        problem: 'unanswerable, answered',
      });
    for (const x of foreign.filter((f) => !f.bron.refused && !hidden.has(f.q.id)))
      result.failures.push({
        corpus: corpus.name,
        id: x.q.id,
        question: x.q.question,
        problem: 'out of corpus, answered',
      });
  }
  if (corpus.seed) result.seed = await seedReport(engine, corpus.seed, splits);
  return result;
}

async function seedReport(
  engine: Engine,
  seed: NonNullable<EvalCorpus['seed']>,
  splits: readonly Split[],
): Promise<CorpusResult['seed']> {
  const out: CorpusResult['seed'] = {};
  if (splits.includes('dev')) out.dev = await evaluate(engine, seed.dev);
  if (splits.includes('heldout')) {
    const { failures: _hidden, ...aggregates } = await evaluate(engine, seed.heldout, ['vector', 'bm25', 'hybrid']);
    out.heldout = aggregates;
  }
  return out;
}

/** Which article each system's first quote (Bron) or top paragraph (BM25) came from, where there is one. */
function articleIds(x: Asked): { article?: string; bm25Article?: string } {
  return {
    ...(x.bron.article !== undefined ? { article: x.bron.article } : {}),
    ...(x.bm25.article !== undefined ? { bm25Article: x.bm25.article } : {}),
  };
}
