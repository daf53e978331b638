/**
 * The full-text half of pgvector retrieval alone, on a build an engine row kept (`npm run bench -- --keep`, see
 * bench/README.md "Native Postgres"): every question of the row's questions.json is analysed as the engine does
 * (its retrieval terms), and PgBm25 ranks them `--passes` times; prints p50/p95 and, with `--against FILE` (the
 * output of an earlier run), how many of each list's passages the earlier run also returned.
 *
 *   tsx bench/pg-fts.ts /tmp/w/engine-100000-pgvector [--passes 2] [--out run.json] [--against base.json]
 *     [--explain N]   EXPLAIN (ANALYZE, BUFFERS) of question N's query instead
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import pg from 'pg';
import type { WeightedTerm } from '../src/text/expand.js';
import { median, percentile, round } from './stats.js';

const cli = new Command()
  .argument('<dir>', "an engine row's kept folder (build.json, questions.json, corpus/)")
  .option('--passes <n>', 'times each question is ranked (the first pass warms the cache)', '2')
  .option('--depth <n>', 'passages asked for, as the hybrid retriever asks (2 × RETRIEVE_K, at least 20)', '24')
  .option('--out <file>', 'write the per-question times and lists here')
  .option('--against <file>', 'an earlier --out: compare the lists')
  .option('--explain <n>', 'EXPLAIN ANALYZE the query of question n')
  .option('--common-df <n>', 'PgBm25 common threshold (Infinity: rank every match, the exact ranking; slow)')
  .option('--questions <n>', 'only the first n questions')
  .parse();
const [dir] = cli.args as [string];
const o = cli.opts<{
  passes: string;
  depth: string;
  out?: string;
  against?: string;
  explain?: string;
  commonDf?: string;
  questions?: string;
}>();

const build = JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')) as { database_url: string };
const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as string[];

/** The retrieval terms of every question, from the engine's own analysis (cached beside the build: opening is slow). */
async function termSets(): Promise<WeightedTerm[][]> {
  const cache = join(dir, 'fts-terms.json');
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as WeightedTerm[][];
  const { loadConfig } = await import('../src/config.js');
  const { Engine } = await import('../src/engine.js');
  const { analyse } = await import('../src/answer/question.js');
  const { cleanQuestion } = await import('../src/text/sanitize.js');
  const env = { ...process.env, EMBEDDINGS: 'local', LOG_LEVEL: 'warn', VECTOR_STORE: 'pgvector' };
  const cfg = loadConfig({ ...env, DATABASE_URL: build.database_url, CORPUS_DIR: join(dir, 'corpus') });
  const engine = await Engine.open(cfg);
  const stats = engine.snapshotInfo.stats;
  const sets = questions.map((q) => analyse(cleanQuestion(q, cfg.MAX_QUESTION_CHARS).text, stats).retrieval);
  await engine.close();
  writeFileSync(cache, JSON.stringify(sets));
  return sets;
}

const sets = (await termSets()).slice(0, o.questions ? Number(o.questions) : undefined);
const { PgBm25 } = await import('../src/store/pg.js');
const pool = new pg.Pool({ connectionString: build.database_url, max: 1 });
const { rows: g } = await pool.query<{ table_name: string; passage_count: number }>(
  'SELECT g.table_name, g.passage_count FROM bron_current JOIN bron_generations g USING (generation)',
);
const { table_name: table, passage_count: passages } = g[0]!;
const commonDf = o.commonDf === undefined ? undefined : Number(o.commonDf);
const bm25 = new PgBm25(pool, table, Number(passages), { english: false, other: true }, commonDf);
const depth = Number(o.depth);

if (o.explain !== undefined) {
  for (const terms of sets.slice(0, 3)) await bm25.search(terms, depth); // a warm connection, as in serving
  const plan = await bm25.explain(sets[Number(o.explain)]!, depth);
  process.stdout.write(`${plan}\n`);
} else {
  const ms: number[] = [];
  // The server process's CPU time over the last pass (utime + stime from /proc, when the server is on this machine):
  // unlike wall time, it hardly moves with the load other jobs put on the machine.
  const { rows: who } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const cpu = () => {
    try {
      const f = readFileSync(`/proc/${who[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks of 1/100 s
    } catch {
      return Number.NaN;
    }
  };
  let cpuStart = Number.NaN;
  const lists: string[][] = [];
  const scores: number[][] = [];
  for (let pass = 0; pass < Number(o.passes); pass++) {
    if (pass === Number(o.passes) - 1) cpuStart = cpu();
    for (const [i, terms] of sets.entries()) {
      const t = performance.now();
      const hits = await bm25.search(terms, depth);
      if (pass === Number(o.passes) - 1) {
        ms[i] = performance.now() - t;
        lists[i] = hits.map((h) => `${h.doc.metadata.articleId}#${h.doc.metadata.seq}`);
        scores[i] = hits.map((h) => h.score);
      }
    }
  }
  const cpuMs = (cpu() - cpuStart) / sets.length;
  const out = { table, passages, ms: ms.map(round), cpu_ms: round(cpuMs), lists, scores };
  if (o.out) writeFileSync(o.out, JSON.stringify(out));
  const line = [`${sets.length} questions on ${passages} passages: p50 ${round(median(ms))} ms`];
  line.push(
    `p95 ${round(percentile(ms, 95))} ms, max ${round(Math.max(...ms))} ms, server CPU ${round(cpuMs)} ms/question`,
  );
  if (o.against) {
    const base = JSON.parse(readFileSync(o.against, 'utf8')) as {
      lists: string[][];
      ms: number[];
      cpu_ms?: number;
      scores?: number[][];
    };
    let drift = 0; // the largest relative difference of a score both runs gave the same passage
    for (const [i, l] of lists.entries())
      l.forEach((k, j) => {
        const at = base.lists[i]!.indexOf(k);
        const b = base.scores?.[i]?.[at];
        if (at >= 0 && b) drift = Math.max(drift, Math.abs(scores[i]![j]! - b) / Math.abs(b));
      });
    let shared = 0;
    let total = 0;
    let top1 = 0;
    for (const [i, l] of lists.entries()) {
      const b = new Set(base.lists[i]);
      shared += l.filter((k) => b.has(k)).length;
      total += base.lists[i]!.length;
      if (l[0] === base.lists[i]![0]) top1++;
    }
    line.push(`earlier p50 ${round(median(base.ms))} p95 ${round(percentile(base.ms, 95))} ms, CPU ${base.cpu_ms} ms`);
    line.push(`lists share ${shared}/${total} passages, same first ${top1}/${lists.length}`);
    if (base.scores) line.push(`scores differ by at most ${drift.toExponential(2)} (relative)`);
  }
  process.stdout.write(`${line.join(', ')}\n`);
}
await pool.end();
