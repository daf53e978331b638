import type { Answer } from '../src/answer/types.js';
import type { Engine } from '../src/engine.js';
import type { RetrievalMode } from '../src/retrieve/hybrid.js';
import { findNumbers } from '../src/text/numbers.js';
import { oneLine } from '../src/text/quotes.js';

export interface EvalQuestion {
  id: string;
  question: string;
  lang: 'en' | 'nl';
  tags: string[];
  answerable: boolean;
  articles: string[];
  expect: ExpectedFact[];
}

/** A fact an answer must quote: a fragment of the quote and the article it must come from. */
export interface ExpectedFact {
  article: string;
  quote: string;
}

/** The expected facts no citation of the answer quotes from their article. */
export function missingFacts(expect: readonly ExpectedFact[], a: Answer): ExpectedFact[] {
  return expect.filter((f) => !a.citations.some((c) => c.articleId === f.article && c.quote.includes(f.quote)));
}

export interface RetrievalScores {
  hit1: number;
  hit5: number;
  mrr: number;
}

export interface EvalReport {
  questions: number;
  answerable: number;
  unanswerable: number;
  retrieval: Partial<Record<RetrievalMode, RetrievalScores>>;
  answer_accuracy: number;
  citation_precision: number;
  citations: number;
  refusal_precision: number;
  refusal_recall: number;
  failures: { id: string; question: string; problem: string }[];
}

export const TARGETS = {
  hit5: 0.95,
  answer_accuracy: 0.9,
  citation_precision: 1,
  refusal_precision: 0.9,
  refusal_recall: 0.9,
};

/** Retrieval quality: rank of the first passage from an expected article (MRR over the top 10). */
export async function evaluateRetrieval(
  engine: Engine,
  questions: EvalQuestion[],
  mode: RetrievalMode,
): Promise<RetrievalScores> {
  const answerable = questions.filter((q) => q.answerable);
  let hit1 = 0;
  let hit5 = 0;
  let rr = 0;
  for (const q of answerable) {
    const hits = await engine.retrieve(q.question, { mode, k: 10 });
    const rank = hits.findIndex((h) => q.articles.includes(h.doc.metadata.articleId)) + 1;
    if (rank === 1) hit1++;
    if (rank >= 1 && rank <= 5) hit5++;
    if (rank >= 1) rr += 1 / rank;
  }
  const n = Math.max(1, answerable.length);
  return { hit1: hit1 / n, hit5: hit5 / n, mrr: rr / n };
}

/**
 * Checks every [n] claim line of an answer against citation n: quoted text must be the citation's quote, numbers
 * in the line must appear in that quote, and the quote must be verbatim in its article at its offsets.
 * Returns [supported, total] citation references.
 */
export function citationSupport(engine: Engine, a: Answer): [number, number] {
  let ok = 0;
  let total = 0;
  for (const raw of a.answer.split('\n')) {
    const { line, whole } = withoutWholeQuotes(raw, a);
    // References outside the quoted text only: a quote of a paper may itself contain "[3]".
    const refs = [...line.replace(/“[^”]*”/g, '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (refs.length === 0) continue;
    // The claim is the line without its source suffix ("; NOS Nieuws, Oct 2024 [2]").
    const claim = line.replace(/;[^;]*\[\d+\]\s*$/, '').replace(/ — [^—]*\[\d+\]\s*$/, '');
    for (const n of refs) {
      total++;
      const c = a.citations[n - 1];
      if (!c) continue;
      const body = engine.snapshotInfo.articles.get(c.articleId)?.body;
      if (body?.slice(c.start, c.end) !== c.quote) continue;
      // A quote taken out whole must be this reference's own.
      if (whole.some((i) => i !== n - 1)) continue;
      const quoted = [...claim.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);
      // Shown on one line: a quote across a line break has a space where the article has the break.
      if (quoted.some((q) => !oneLine(c.quote).includes(q))) continue;
      // The quote's number words in its own language: a Dutch "ten minste" gives no 10.
      const values = new Set(findNumbers(c.quote, { smallWords: true, lang: c.language }).map((x) => x.value));
      if (findNumbers(claim.replace(/“[^”]*”/g, '')).some((x) => !values.has(x.value))) continue;
      ok++;
    }
  }
  return [ok, total];
}

/**
 * The line with each citation's quote taken out whole where the line shows it in quotation marks and refers to it:
 * a quote with marks of its own ("the quality of “uniformity amidst variety” in the object") or a paper's reference
 * mark ("[39]") would otherwise be read as the line's own words. Returns the citations taken out (0-based).
 */
function withoutWholeQuotes(line: string, a: Answer): { line: string; whole: number[] } {
  const whole: number[] = [];
  a.citations.forEach((c, i) => {
    const shown = `“${oneLine(c.quote)}”`;
    if (line.includes(shown) && line.replace(shown, '').includes(`[${i + 1}]`)) {
      line = line.replace(shown, '“”');
      whole.push(i);
    }
  });
  return { line, whole };
}

export async function evaluate(
  engine: Engine,
  questions: EvalQuestion[],
  modes: RetrievalMode[] = ['vector', 'bm25', 'hybrid'],
): Promise<EvalReport> {
  const retrieval: EvalReport['retrieval'] = {};
  for (const mode of modes) retrieval[mode] = await evaluateRetrieval(engine, questions, mode);

  const failures: EvalReport['failures'] = [];
  let correct = 0;
  let supported = 0;
  let cited = 0;
  let refused = 0;
  let refusedRight = 0;
  for (const q of questions) {
    const a = await engine.ask(q.question);
    const [ok, total] = citationSupport(engine, a);
    supported += ok;
    cited += total;
    if (ok < total) failures.push({ id: q.id, question: q.question, problem: `${total - ok} unsupported citation(s)` });
    if (!a.grounded) {
      refused++;
      if (!q.answerable) refusedRight++;
      else
        failures.push({
          id: q.id,
          question: q.question,
          problem: `refused by ${a.refusedBy ?? 'no check named'} (confidence ${a.confidence.toFixed(2)})`,
        });
      continue;
    }
    if (!q.answerable) {
      failures.push({
        id: q.id,
        question: q.question,
        problem: `answered an unanswerable question (confidence ${a.confidence.toFixed(2)})`,
      });
      continue;
    }
    const missing = missingFacts(q.expect, a);
    if (missing.length === 0) correct++;
    else
      failures.push({
        id: q.id,
        question: q.question,
        problem: `missing ${missing.map((m) => `“${m.quote}” (${m.article})`).join(', ')}`,
      });
  }
  const answerable = questions.filter((q) => q.answerable).length;
  const unanswerable = questions.length - answerable;
  return {
    questions: questions.length,
    answerable,
    unanswerable,
    retrieval,
    answer_accuracy: correct / Math.max(1, answerable),
    citation_precision: cited ? supported / cited : 1,
    citations: cited,
    refusal_precision: refused ? refusedRight / refused : 1,
    refusal_recall: unanswerable ? refusedRight / unanswerable : 1,
    failures,
  };
}
