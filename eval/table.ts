import type { Split } from './corpora.js';
import type { EvalReport } from './evaluate.js';
import { TARGETS } from './evaluate.js';
import type { SplitMetrics } from './metrics.js';
import type { CorpusResult } from './multi.js';

const f3 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(3));
const ms = (x: number) => x.toFixed(1);

/** "model 3 · count 1": the checks that refused, most first ("—" when none did). */
function byCheck(counts: SplitMetrics['answerable_refused_by']): string {
  const rows = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return rows.length === 0 ? '—' : rows.map(([check, n]) => `${check} ${n}`).join(' · ');
}

/** Rows of the side-by-side table: a label and how to print one system's figures on one split. */
const ROWS: [string, (m: SplitMetrics, system: 'bron' | 'bm25') => string][] = [
  ['answerable questions', (m) => String(m.questions)],
  ['answer in answer or quotes', (m) => f3(m.answer_in_text)],
  ['answer in first quote', (m) => f3(m.answer_in_first_quote)],
  ['first quote: only this system right', (m) => String(m.first_quote_alone)],
  ['right article (first quote)', (m) => f3(m.right_article)],
  ['right article, answered only', (m) => f3(m.right_article_answered)],
  ['answerable refused', (m, s) => (s === 'bm25' ? 'never' : f3(m.answerable_refused))],
  ['answerable refused by check', (m, s) => (s === 'bm25' ? 'never' : byCheck(m.answerable_refused_by))],
  [
    'out-of-corpus refused',
    (m, s) => (s === 'bm25' ? 'never' : `${f3(m.out_of_corpus_refused)} (of ${m.out_of_corpus_questions})`),
  ],
  [
    'unanswerable refused (own subjects)',
    (m, s) =>
      s === 'bm25'
        ? 'never'
        : m.unanswerable_questions === 0
          ? '—'
          : `${f3(m.unanswerable_refused)} (of ${m.unanswerable_questions})`,
  ],
  ['citation precision', (m, s) => (s === 'bm25' ? 'verbatim' : `${f3(m.citation_precision)} (${m.citations})`)],
  ['quotes per answer', (m) => (m.quotes_per_answer === null ? '—' : m.quotes_per_answer.toFixed(2))],
  ['latency p50 / p95 (ms)', (m) => `${ms(m.latency_p50_ms)} / ${ms(m.latency_p95_ms)}`],
];

const SPLIT_TITLE: Record<Split, string> = {
  dev: 'dev split (tune on these)',
  heldout: 'held-out split (aggregates only: never look at its questions or failures, never tune on it)',
};

export function sideBySide(results: readonly CorpusResult[], split: Split): string[] {
  const cols = results.filter((r) => r.splits[split]);
  if (cols.length === 0) return [];
  const head = cols.flatMap((r) => [`${r.corpus} Bron`, `${r.corpus} BM25`]);
  return [
    `### ${SPLIT_TITLE[split]}`,
    '',
    `| metric | ${head.join(' | ')} |`,
    `| --- |${' --- |'.repeat(head.length)}`,
    ...ROWS.map(
      ([label, cell]) =>
        `| ${label} | ${cols.flatMap((r) => [cell(r.splits[split]!.bron, 'bron'), cell(r.splits[split]!.bm25, 'bm25')]).join(' | ')} |`,
    ),
    '',
  ];
}

type SeedCol = Omit<EvalReport, 'failures'>;

export function seedTable(seed: NonNullable<CorpusResult['seed']>): string[] {
  const cols: [string, SeedCol][] = [];
  if (seed.dev) cols.push(['eval/questions.json (dev)', seed.dev]);
  if (seed.heldout) cols.push(['test/fixtures (held-out)', seed.heldout]);
  if (cols.length === 0) return [];
  const row = (label: string, f: (r: SeedCol) => string, target = '') =>
    `| ${label} | ${cols.map(([, r]) => f(r)).join(' | ')} | ${target} |`;
  const modes = ['vector', 'bm25', 'hybrid'] as const;
  return [
    '### seed corpus, its own measures (every expected fact quoted from the right article)',
    '',
    `| measure | ${cols.map(([n]) => n).join(' | ')} | target |`,
    `| --- |${' --- |'.repeat(cols.length)} --- |`,
    row('questions (answerable / not)', (r) => `${r.questions} (${r.answerable} / ${r.unanswerable})`),
    ...modes.map((m) =>
      row(`${m} hit@1 / hit@5 / MRR`, (r) => {
        const s = r.retrieval[m];
        return s ? `${f3(s.hit1)} / ${f3(s.hit5)} / ${f3(s.mrr)}` : '—';
      }),
    ),
    row('answer accuracy', (r) => f3(r.answer_accuracy), `≥ ${TARGETS.answer_accuracy}`),
    row('citation precision', (r) => `${f3(r.citation_precision)} (${r.citations})`, `${TARGETS.citation_precision}`),
    row('refusal precision', (r) => f3(r.refusal_precision), `≥ ${TARGETS.refusal_precision}`),
    row('refusal recall', (r) => f3(r.refusal_recall), `≥ ${TARGETS.refusal_recall}`),
    '',
  ];
}

/**
 * The whole text report. Failures are listed for dev questions only: CorpusResult never holds held-out ones, so
 * nothing here can print a held-out question.
 */
export function renderText(
  results: readonly CorpusResult[],
  embedder: string,
  transformersLine: string,
  listFailures: boolean,
): string {
  const lines = [
    `Bron eval: ${results.map((r) => `${r.corpus} (${r.articles} articles)`).join(', ')}; embedder ${embedder}`,
    '',
    ...sideBySide(results, 'dev'),
    ...sideBySide(results, 'heldout'),
  ];
  const seed = results.find((r) => r.seed)?.seed;
  if (seed) lines.push(...seedTable(seed), transformersLine, '');
  const failures = results.flatMap((r) => r.failures);
  const seedFailures = seed?.dev?.failures ?? [];
  lines.push(
    `${failures.length} failed dev question(s) across corpora, ${seedFailures.length} on the seed's own measure`,
  );
  if (listFailures) {
    for (const f of failures) lines.push(`  [${f.corpus}] ${f.id} ${f.question} — ${f.problem}`);
    for (const f of seedFailures) lines.push(`  [seed, own measure] ${f.id} ${f.question} — ${f.problem}`);
  } else if (failures.length + seedFailures.length > 0) lines.push('  (run with --failures to list them)');
  lines.push('');
  return lines.join('\n');
}
