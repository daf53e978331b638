import type { Answer, RefusalCheck } from '../src/answer/types.js';
import type { BaselineHit } from './bm25-baseline.js';
import type { CorpusQuestion } from './corpora.js';
import { missingFacts } from './evaluate.js';
import { containsAnswer } from './normalize.js';

/** What happened to one answerable question. */
export interface Outcome {
  /** An expected answer is in the answer text or in any quote. */
  inText: boolean;
  /** An expected answer is in the first quote. */
  inFirstQuote: boolean;
  /** The first quote comes from one of the question's articles. */
  rightArticle: boolean;
  /** The article of the first quote (Bron) or of the top paragraph (BM25); absent when there is none. */
  article?: string;
  refused: boolean;
  /** The check that refused (Bron only). */
  refusedBy?: RefusalCheck;
  /** With the question's `facts` (the seed): every fact is quoted from its article. */
  allFacts?: boolean;
  quotes: number;
  /** Citation references [n] in the answer text that check out, and all of them (see citationSupport). */
  supported: number;
  cited: number;
  ms: number;
}

export function bronOutcome(q: CorpusQuestion, a: Answer, support: [number, number], ms: number): Outcome {
  const first = a.citations[0];
  const grounded = a.grounded && a.citations.length > 0;
  return {
    inText: grounded && containsAnswer([a.answer, ...a.citations.map((c) => c.quote)], q.answers),
    inFirstQuote: grounded && first !== undefined && containsAnswer([first.quote], q.answers),
    rightArticle: grounded && first !== undefined && q.articles.includes(first.articleId),
    ...(grounded && first ? { article: first.articleId } : {}),
    refused: !a.grounded,
    ...(a.refusedBy ? { refusedBy: a.refusedBy } : {}),
    ...(q.facts ? { allFacts: grounded && missingFacts(q.facts, a).length === 0 } : {}),
    quotes: a.citations.length,
    supported: support[0],
    cited: support[1],
    ms,
  };
}

export function baselineOutcome(
  q: CorpusQuestion,
  hit: { paragraph?: BaselineHit; sentence?: BaselineHit },
  ms: number,
): Outcome {
  return {
    inText: hit.paragraph !== undefined && containsAnswer([hit.paragraph.text], q.answers),
    inFirstQuote: hit.sentence !== undefined && containsAnswer([hit.sentence.text], q.answers),
    rightArticle: hit.paragraph !== undefined && q.articles.includes(hit.paragraph.articleId),
    ...(hit.paragraph ? { article: hit.paragraph.articleId } : {}),
    refused: false,
    quotes: hit.paragraph ? 1 : 0,
    // Quotes are the paragraphs themselves, verbatim by construction; there is no claim text to check.
    supported: 0,
    cited: 0,
    ms,
  };
}

/** The figures of one system on one split of one corpus. Shares are 0..1; null where nothing was measured. */
export interface SplitMetrics {
  questions: number;
  answer_in_text: number;
  answer_in_first_quote: number;
  right_article: number;
  /** The same over the answerable questions answered: a refusal is no wrong article. */
  right_article_answered: number;
  answerable_refused: number;
  /** Answerable questions refused, counted by the check that refused them. */
  answerable_refused_by: Partial<Record<RefusalCheck, number>>;
  /** Answerable questions whose answer is in this system's first quote and not in the other system's (see `alone`). */
  first_quote_alone: number;
  out_of_corpus_questions: number;
  out_of_corpus_refused: number;
  /** Questions about the corpus's own subjects that its articles do not answer, and the share refused. */
  unanswerable_questions: number;
  unanswerable_refused: number | null;
  citation_precision: number | null;
  citations: number;
  quotes_per_answer: number | null;
  latency_p50_ms: number;
  latency_p95_ms: number;
}

/** Nearest-rank percentile of a list of numbers (0 for an empty list). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** How many of the outcomes each check refused. */
function tally(outcomes: readonly Outcome[]): Partial<Record<RefusalCheck, number>> {
  const counts: Partial<Record<RefusalCheck, number>> = {};
  for (const o of outcomes) if (o.refusedBy) counts[o.refusedBy] = (counts[o.refusedBy] ?? 0) + 1;
  return counts;
}

/**
 * Aggregates the outcomes of the answerable questions and the refusals of the out-of-corpus ones and of the corpus's
 * own unanswerable ones.
 */
export function aggregate(
  answerable: readonly Outcome[],
  outOfCorpus: readonly Outcome[],
  unanswerable: readonly Outcome[] = [],
): SplitMetrics {
  const count = (f: (o: Outcome) => boolean) => answerable.filter(f).length;
  const grounded = answerable.filter((o) => !o.refused);
  const all = [...answerable, ...outOfCorpus, ...unanswerable];
  const cited = all.reduce((s, o) => s + o.cited, 0);
  const supported = all.reduce((s, o) => s + o.supported, 0);
  const times = all.map((o) => o.ms);
  return {
    questions: answerable.length,
    answer_in_text: share(
      count((o) => o.inText),
      answerable.length,
    ),
    answer_in_first_quote: share(
      count((o) => o.inFirstQuote),
      answerable.length,
    ),
    right_article: share(
      count((o) => o.rightArticle),
      answerable.length,
    ),
    right_article_answered: share(
      count((o) => o.rightArticle && !o.refused),
      count((o) => !o.refused),
    ),
    answerable_refused: share(
      count((o) => o.refused),
      answerable.length,
    ),
    answerable_refused_by: tally(answerable),
    first_quote_alone: 0,
    out_of_corpus_questions: outOfCorpus.length,
    out_of_corpus_refused: share(outOfCorpus.filter((o) => o.refused).length, outOfCorpus.length),
    unanswerable_questions: unanswerable.length,
    unanswerable_refused:
      unanswerable.length === 0 ? null : unanswerable.filter((o) => o.refused).length / unanswerable.length,
    citation_precision: cited === 0 ? null : supported / cited,
    citations: cited,
    quotes_per_answer: grounded.length === 0 ? null : grounded.reduce((s, o) => s + o.quotes, 0) / grounded.length,
    latency_p50_ms: percentile(times, 50),
    latency_p95_ms: percentile(times, 95),
  };
}

/**
 * For each system, how many questions only its first quote answers: where Bron's order loses to a plain BM25 top
 * sentence, and the reverse, question by question rather than as a difference of two shares.
 */
export function alone(pairs: readonly { bron: Outcome; bm25: Outcome }[]): { bron: number; bm25: number } {
  const only = (a: 'bron' | 'bm25', b: 'bron' | 'bm25') =>
    pairs.filter((x) => x[a].inFirstQuote && !x[b].inFirstQuote).length;
  return { bron: only('bron', 'bm25'), bm25: only('bm25', 'bron') };
}
