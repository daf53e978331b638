import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Split } from './corpora.js';

/** One question's outcome in one run, keyed for pairing with another run of the same questions. */
export interface QuestionOutcome {
  corpus: string;
  split: Split;
  /** The question's id, hashed (`pairingKey`): a saved run names no question, held-out ones included. */
  id: string;
  /** Asked of a corpus that does not answer it (an answerable question of another corpus). */
  foreign: boolean;
  /** A question about the corpus's own subjects that its articles do not answer. */
  unanswerable?: boolean;
  inText: boolean;
  inFirstQuote: boolean;
  /** BM25's top sentence holds the answer (absent from runs saved before 5 Dec 2026). */
  bm25FirstQuote?: boolean;
  /** The first quote is from one of the question's articles, and BM25's top paragraph is (runs from 5 Dec 2026). */
  rightArticle?: boolean;
  bm25RightArticle?: boolean;
  /** The first quote's article and BM25's top paragraph's: dev splits of corpora that are not unseen only. */
  article?: string;
  bm25Article?: string;
  refused: boolean;
  /** The check that refused (see RefusalCheck in src/answer/types.ts). */
  refusedBy?: string;
  /** The seed's questions: every expected fact quoted from its article (its own accuracy measure). */
  allFacts?: boolean;
}

/** What `--save` writes and `--against` reads: one run's outcomes. */
export interface SavedRun {
  version: 1;
  outcomes: QuestionOutcome[];
}

/** Questions one measure gained and lost between two runs, and the two-sided sign test's p for that split. */
export interface Flips {
  gained: number;
  lost: number;
  p: number;
}

export interface SplitComparison {
  corpus: string;
  split: Split;
  paired: number;
  anywhere: Flips;
  firstQuote: Flips;
  /** Answerable questions refused: a gain is one refused before and answered now. */
  answered: Flips;
  /** Out-of-corpus questions refused: a gain is one answered before and refused now. */
  outRefused: Flips;
  /** The corpus's own unanswerable questions refused. */
  unansRefused: Flips;
  /** Answerable questions with every expected fact quoted (the seed only; others have none to count). */
  allFacts: Flips;
  /** Answerable questions whose first quote is from a right article (runs that record it only). */
  rightArticle: Flips;
}

const answerable = (o: QuestionOutcome) => !o.foreign && !o.unanswerable;
const MEASURES = {
  anywhere: (o: QuestionOutcome) => answerable(o) && o.inText,
  firstQuote: (o: QuestionOutcome) => answerable(o) && o.inFirstQuote,
  answered: (o: QuestionOutcome) => answerable(o) && !o.refused,
  outRefused: (o: QuestionOutcome) => o.foreign && o.refused,
  unansRefused: (o: QuestionOutcome) => !!o.unanswerable && o.refused,
  allFacts: (o: QuestionOutcome) => answerable(o) && o.allFacts === true,
  rightArticle: (o: QuestionOutcome) => answerable(o) && o.rightArticle === true,
} as const;

/** What a saved run keys a question by: enough to pair two runs, not to read which question it was. */
export function pairingKey(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}

export function saveRun(path: string, outcomes: QuestionOutcome[]): void {
  writeFileSync(path, `${JSON.stringify({ version: 1, outcomes } satisfies SavedRun)}\n`);
}

export function loadRun(path: string): SavedRun {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the saved eval run ${path}: ${(err as Error).message}. Save one with --save ${path}.`);
  }
  const run = parsed as Partial<SavedRun>;
  if (run.version !== 1 || !Array.isArray(run.outcomes))
    throw new Error(`${path} is not a run saved by \`npm run eval -- --save\` (version 1).`);
  return run as SavedRun;
}

/**
 * Pairs two runs question by question (same corpus, split, id and role) and counts, per corpus and split, the
 * questions each measure gained and lost. With 20–130 questions a split, a change of one or two is noise: the sign
 * test says how surprising the flips would be if the change did nothing.
 */
export function compareRuns(before: SavedRun, after: SavedRun): SplitComparison[] {
  const key = (o: QuestionOutcome) => `${o.corpus}\u0000${o.split}\u0000${o.foreign}\u0000${o.id}`;
  const old = new Map(before.outcomes.map((o) => [key(o), o]));
  const bySplit = new Map<string, [QuestionOutcome, QuestionOutcome][]>();
  for (const o of after.outcomes) {
    const b = old.get(key(o));
    if (!b) continue;
    const k = `${o.corpus}\u0000${o.split}`;
    bySplit.set(k, [...(bySplit.get(k) ?? []), [b, o]]);
  }
  return [...bySplit.entries()].map(([k, pairs]) => {
    const [corpus, split] = k.split('\u0000') as [string, Split];
    const flips = (m: (o: QuestionOutcome) => boolean, among = pairs): Flips => {
      const gained = among.filter(([b, a]) => !m(b) && m(a)).length;
      const lost = among.filter(([b, a]) => m(b) && !m(a)).length;
      return { gained, lost, p: signTest(gained, lost) };
    };
    // A run saved before the seed's own measure was recorded has none to pair.
    const withFacts = pairs.filter(([b, a]) => b.allFacts !== undefined && a.allFacts !== undefined);
    const withArticle = pairs.filter(([b, a]) => b.rightArticle !== undefined && a.rightArticle !== undefined);
    return {
      corpus,
      split,
      paired: pairs.length,
      anywhere: flips(MEASURES.anywhere),
      firstQuote: flips(MEASURES.firstQuote),
      answered: flips(MEASURES.answered),
      outRefused: flips(MEASURES.outRefused),
      unansRefused: flips(MEASURES.unansRefused),
      allFacts: flips(MEASURES.allFacts, withFacts),
      rightArticle: flips(MEASURES.rightArticle, withArticle),
    };
  });
}

/** Exact two-sided sign test: the chance of flips at least this lopsided if gains and losses were equally likely. */
export function signTest(gained: number, lost: number): number {
  const n = gained + lost;
  if (n === 0) return 1;
  const k = Math.min(gained, lost);
  let tail = 0;
  let c = 1; // C(n, 0)
  for (let i = 0; i <= k; i++) {
    tail += c;
    c = (c * (n - i)) / (i + 1);
  }
  return Math.min(1, (2 * tail) / 2 ** n);
}

/** A Markdown table of the flips: counts only, so held-out questions stay unnamed. */
export function renderComparison(rows: SplitComparison[]): string {
  const cell = (f: Flips) => (f.gained + f.lost === 0 ? '=' : `+${f.gained} −${f.lost} (p ${f.p.toFixed(2)})`);
  const lines = [
    '### against the saved run: questions gained / lost (sign test p)',
    '',
    '| corpus, split | paired | answer anywhere | first quote | answerable answered | out-of-corpus refused | ' +
      'unanswerable refused | every fact (seed) | right article |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.corpus} ${r.split} | ${r.paired} | ${cell(r.anywhere)} | ${cell(r.firstQuote)} | ` +
        `${cell(r.answered)} | ${cell(r.outRefused)} | ${cell(r.unansRefused)} | ${cell(r.allFacts)} | ` +
        `${cell(r.rightArticle)} |`,
    ),
  ];
  const total = (pick: (r: SplitComparison) => Flips, split: Split): string => {
    const gained = rows.filter((r) => r.split === split).reduce((s, r) => s + pick(r).gained, 0);
    const lost = rows.filter((r) => r.split === split).reduce((s, r) => s + pick(r).lost, 0);
    return cell({ gained, lost, p: signTest(gained, lost) });
  };
  for (const split of ['dev', 'heldout'] as const)
    if (rows.some((r) => r.split === split))
      lines.push(
        `| all corpora ${split} | ${rows.filter((r) => r.split === split).reduce((s, r) => s + r.paired, 0)} | ` +
          `${total((r) => r.anywhere, split)} | ${total((r) => r.firstQuote, split)} | ` +
          `${total((r) => r.answered, split)} | ${total((r) => r.outRefused, split)} | ` +
          `${total((r) => r.unansRefused, split)} | ${total((r) => r.allFacts, split)} | ` +
          `${total((r) => r.rightArticle, split)} |`,
      );
  return `${lines.join('\n')}\n`;
}
