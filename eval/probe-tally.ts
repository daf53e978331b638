import type { Answer } from '../src/answer/types.js';
import type { Engine } from '../src/engine.js';
import { Bm25Baseline } from './bm25-baseline.js';
import { citationSupport } from './evaluate.js';
import { containsAnswer } from './normalize.js';
import type { ProbeQuestion } from './probes.js';

/** Counts of one probe over one corpus. */
export interface Tally {
  answerable: number;
  first: number;
  anywhere: number;
  bm25First: number;
  bm25Anywhere: number;
  unanswerable: number;
  refused: number;
  /** Citation references [n] in answers, and those that check out (see citationSupport). */
  cited: number;
  supported: number;
}

export const empty = (): Tally => ({
  answerable: 0,
  first: 0,
  anywhere: 0,
  bm25First: 0,
  bm25Anywhere: 0,
  unanswerable: 0,
  refused: 0,
  cited: 0,
  supported: 0,
});

/** Asks one question of Bron and the baseline, counts it in `t`, and returns its outcome word. */
export async function askOne(engine: Engine, baseline: Bm25Baseline, q: ProbeQuestion, t: Tally): Promise<string> {
  const a = await engine.ask(q.question);
  const [supported, cited] = citationSupport(engine, a);
  t.cited += cited;
  t.supported += supported;
  // An unsupported citation is the worst outcome whatever else happened: say so first.
  const flag = supported < cited ? `UNSUPPORTED(${cited - supported})+` : '';
  return flag + outcome(baseline, q, a, t);
}

function outcome(baseline: Bm25Baseline, q: ProbeQuestion, a: Answer, t: Tally): string {
  const grounded = a.grounded && a.citations.length > 0;
  const firstQuote = a.citations[0]?.quote ?? '';
  if (!q.answerable) {
    t.unanswerable++;
    t.refused += +!a.grounded;
    return a.grounded ? 'U-ANSWERED' : 'U-REFUSED';
  }
  const first = grounded && containsAnswer([firstQuote], q.answers);
  const anywhere = grounded && containsAnswer([a.answer, ...a.citations.map((c) => c.quote)], q.answers);
  const hit = baseline.ask(q.question);
  t.answerable++;
  t.first += +first;
  t.anywhere += +anywhere;
  t.bm25First += +(hit.sentence !== undefined && containsAnswer([hit.sentence.text], q.answers));
  t.bm25Anywhere += +(hit.paragraph !== undefined && containsAnswer([hit.paragraph.text], q.answers));
  return first ? 'FIRST' : anywhere ? 'NOT-FIRST' : grounded ? 'NOWHERE' : `REFUSED(${a.refusedBy ?? '?'})`;
}

/**
 * Asks a probe's questions over one corpus of Bron (`engine`, opened on it) and of the BM25 baseline over the same
 * articles; `line` hears each question's outcome.
 */
export async function probeCorpus(
  engine: Engine,
  questions: readonly ProbeQuestion[],
  line: (outcome: string, q: ProbeQuestion) => void = () => {},
): Promise<Tally> {
  const baseline = new Bm25Baseline([...engine.snapshotInfo.articles.values()]);
  const t = empty();
  for (const q of questions) line(await askOne(engine, baseline, q, t), q);
  return t;
}

const share = (n: number, of: number) => (of === 0 ? '—' : `${n}/${of} (${(n / of).toFixed(3)})`);

/** One probe's table: a row per corpus and their sum. */
export function render(probe: string, tallies: Map<string, Tally>): string {
  const all = empty();
  for (const t of tallies.values()) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  const rows = [...tallies.entries(), ['all', all] as const].map(
    ([c, t]) =>
      `| ${c} | ${share(t.first, t.answerable)} | ${share(t.anywhere, t.answerable)} | ` +
      `${share(t.bm25First, t.answerable)} | ${share(t.bm25Anywhere, t.answerable)} | ${share(t.refused, t.unanswerable)} | ` +
      `${share(t.supported, t.cited)} |`,
  );
  const head =
    '| corpus | first quote | anywhere | BM25 top sentence | BM25 top paragraph | unanswerable refused | ' +
    'citations supported |';
  return [`### probe ${probe}`, '', head, '| --- | --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
