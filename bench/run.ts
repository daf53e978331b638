import 'dotenv/config';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config.js';
import type { Article } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import { LocalHashEmbeddings } from '../src/embed/local.js';
import { Engine, SPLIT, STATS_SPEC } from '../src/engine.js';
import { type BuildProgress, type BuildResult, buildIndex } from '../src/index/build.js';
import type { HnswParams } from '../src/index/manifest.js';
import type { PassageMetadata } from '../src/ingest/passages.js';
import { passageKey } from '../src/retrieve/hybrid.js';
import { ROOT, run } from './child.js';
import { benchEngine, type EngineRow } from './engine.js';
import { ExactIndex, idRecallAt, normalised, recallAt } from './exact.js';
import { benchPeers, PEER_NAMES, type PeerRow } from './peers.js';
import { type BenchPg, benchPgvector, type PgBenchResult, startPglite, startServerPg } from './pg.js';
import { type Machine, machine, mb, median, percentile, round } from './stats.js';
import { articleText, synthCorpus, withBody } from './synth.js';

const K = 10;

/** Targets from issue 6, for a 2-core machine. `max` figures must not exceed, `min` figures must reach the value. */
export const TARGETS = {
  answer_p95_ms: { max: 150 },
  cold_start_ms: { max: 2000 },
  build_passages_per_s: { min: 2000 },
  scale_hnsw_p95_ms: { max: 10 },
  scale_recall_at_10: { min: 0.98 },
  scale_speedup_p95: { min: 20 },
  scale_rss_mb: { max: 500 },
  reindex_speedup: { min: 50 },
} as const;

const BUILT_IN_QUESTIONS = [
  'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?',
  'How many North Korean troops are in Russia?',
  'Wat zei Rutte over de Noord-Koreaanse troepen?',
  'What did Putin say about the North Korean soldiers?',
  'Waar worden de Noord-Koreaanse militairen ingezet?',
  'Where are the North Korean troops deployed?',
  'Wat krijgt Noord-Korea in ruil voor de troepen?',
  'Why is Zelensky worried?',
  'Wie zijn de Boerjaten?',
  'Who are the Buryats?',
  'Hoeveel Russische militairen zijn omgekomen of gewond geraakt?',
  'How much territory did Ukraine capture in Kursk?',
  'Wanneer begon het Oekraïense offensief in Koersk?',
  'What agreement did Putin and Kim Jong Un sign?',
  'Wat vraagt Rutte van Rusland en Noord-Korea?',
  'Did Putin deny that North Korean troops are in Russia?',
  'Hoe reageert Zuid-Korea?',
  'What is the weather in Amsterdam tomorrow?',
  'Wie won de Tour de France in 1995?',
  'How many satellites does North Korea have?',
];

const int = (name: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new InvalidArgumentError(`${name} must be a whole number of at least ${min}`);
  return n;
};

const program = new Command()
  .name('npm run bench --')
  .description(
    'Measure answer latency, cold start, index build, and HNSW (hnswlib, and pgvector in PGlite) against exact search on a large synthetic index.',
  )
  .option('--json', 'print exactly one JSON object on stdout (progress goes to stderr)')
  .option('--scale <n>', 'passages in the large synthetic index', int('--scale', 100), 100_000)
  .option('--queries <n>', 'k-NN queries on the large index', int('--queries', 1), 200)
  .option(
    '--questions <file>',
    'question set for answer latency (default eval/questions.json, else test/fixtures/questions.json, else 20 built in)',
  )
  .option('--max-questions <n>', 'use at most this many questions', int('--max-questions', 1))
  .option('--rounds <n>', 'timed passes over the questions (after one warm-up pass)', int('--rounds', 1), 3)
  .option('--cold-runs <n>', 'cold starts to measure (the median is reported)', int('--cold-runs', 1), 3)
  .option(
    '--reindex-runs <n>',
    'one-article reindexes to measure (the median is reported)',
    int('--reindex-runs', 1),
    3,
  )
  .option('--m <n>', 'HNSW M (default HNSW_M)', int('--m', 2))
  .option('--ef-construction <n>', 'HNSW efConstruction (default HNSW_EF_CONSTRUCTION)', int('--ef-construction', 1))
  .option('--ef-search <n>', 'HNSW efSearch for the headline figures (default HNSW_EF_SEARCH)', int('--ef-search', 1))
  .option(
    '--ef-sweep <list>',
    'efSearch values for the recall/latency curve',
    (v) => v.split(',').map(int('--ef-sweep', 1)),
    [16, 32, 64, 128, 256, 512, 640, 768, 1024],
  )
  .option(
    '--scale-questions <n>',
    'questions the whole engine answers on the large corpus (0 skips that part)',
    int('--scale-questions', 0),
    20,
  )
  .option(
    '--pg-scale <n>',
    'passages for the pgvector store in PGlite (default: --scale; 0 skips it; 100k adds about 3 minutes)',
    int('--pg-scale', 0),
  )
  .option(
    '--pg-ef-sweep <list>',
    'further hnsw.ef_search values for the pgvector store',
    (v) => v.split(',').map(int('--pg-ef-sweep', 1)),
    [40, 100, 200, 400],
  )
  .option(
    '--engine-scales <list>',
    'passages of the synthetic corpora the whole engine is measured on (0 skips it)',
    (v) =>
      v
        .split(',')
        .map(int('--engine-scales', 0))
        .filter((n) => n > 0),
    [10_000, 100_000],
  )
  .option(
    '--pg-engine-scale <n>',
    'passages of a whole-engine row with VECTOR_STORE=pgvector in PGlite (0 skips it; 1000000 is the issue-16 row)',
    int('--pg-engine-scale', 0),
    0,
  )
  .option(
    '--pg-url <url>',
    'a Postgres server with pgvector for the pgvector rows instead of PGlite (default BENCH_DATABASE_URL); a role ' +
      'that may CREATE DATABASE: each run uses a database of its own and drops it',
  )
  .option(
    '--pglite-template <file>',
    'an initialised PGlite data folder (a dumpDataDir tarball) the PGlite rows start from instead of running initdb',
  )
  .option('--engine-questions <n>', 'questions the engine answers at each scale', int('--engine-questions', 2), 200)
  .option(
    '--no-compiled',
    'serve the engine rows through tsx only (default: from the compiled JavaScript, as `npm start` serves the bot, ' +
      'after `npm run build`; the tsx figures under detail.tsx)',
  )
  .option(
    '--peer-scale <n>',
    'passages for the peers (other engines) and bron-hybrid (0 skips them)',
    int('--peer-scale', 0),
    100_000,
  )
  .option('--peer-queries <n>', 'queries each peer answers', int('--peer-queries', 2), 200)
  .option(
    '--peer-js <dir>',
    'run the peer children from bench/peer-child.js in this folder, JavaScript already made from the sources and laid ' +
      "out like the repository (the int tests' global setup), instead of through tsx",
  )
  .option('--peers <list>', `engines to measure (${PEER_NAMES.join(', ')})`, (v) => v.split(',').map((x) => x.trim()), [
    ...PEER_NAMES,
  ])
  .option(
    '--only <sections>',
    'run only these sections: core (answer latency, cold start, HNSW, pgvector), engine, peers',
    (v) => v.split(',').map((x) => x.trim()),
  )
  .option('--keep', 'keep the temporary indexes (and --pg-url databases) and print where they are')
  .option(
    '--reuse <dir>',
    'work in this folder (kept) instead of a fresh one: an engine row a --keep run left there (build.json) is only ' +
      'served again, on its index or database, without rebuilding',
  )
  .showHelpAfterError('(run with --help for usage)');

interface Options {
  json?: boolean;
  scale: number;
  queries: number;
  questions?: string;
  maxQuestions?: number;
  rounds: number;
  coldRuns: number;
  reindexRuns: number;
  m?: number;
  efConstruction?: number;
  efSearch?: number;
  efSweep: number[];
  scaleQuestions: number;
  pgScale?: number;
  pgEfSweep: number[];
  engineScales: number[];
  engineQuestions: number;
  pgEngineScale: number;
  pgUrl?: string;
  pgliteTemplate?: string;
  compiled?: boolean;
  peerScale: number;
  peerQueries: number;
  peerJs?: string;
  peers: string[];
  only?: string[];
  keep?: boolean;
  reuse?: string;
}

const started = performance.now();
function say(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);
}

/** The real local embedder, timing what the builder asks of it (same id, so indexes stay compatible). */
class TimedEmbeddings extends LocalHashEmbeddings {
  ms = 0;
  texts = 0;
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    const t = performance.now();
    const out = await super.embedDocuments(texts);
    this.ms += performance.now() - t;
    this.texts += texts.length;
    return out;
  }
}

function loadQuestions(opts: Options): { source: string; questions: string[] } {
  const candidates = opts.questions ? [opts.questions] : ['eval/questions.json', 'test/fixtures/questions.json'];
  for (const file of candidates) {
    const path = resolve(ROOT, file);
    if (!existsSync(path)) {
      if (opts.questions) throw new Error(`question file ${file} not found`);
      continue;
    }
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { question?: unknown }[];
    const questions = parsed
      .map((q) => q.question)
      .filter((q): q is string => typeof q === 'string' && q.trim() !== '');
    if (questions.length) return { source: file, questions: questions.slice(0, opts.maxQuestions) };
  }
  return { source: 'built-in', questions: BUILT_IN_QUESTIONS.slice(0, opts.maxQuestions) };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const st = statSync(join(dir, name));
    total += st.isDirectory() ? dirSize(join(dir, name)) : st.size;
  }
  return total;
}

/** A one-sentence edit of an article, as a journalist's correction would be; a new hash, so the index sees a change. */
function edit(article: Article, n: number): Article {
  return withBody(
    article,
    `${article.body}\nCorrectie ${n}: de redactie meldt dat het om ${1200 + 37 * n} militairen in de regio Tsjeljabinsk gaat.\n`,
  );
}

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<Options>();
  if (opts.json) console.log = console.error; // stdout carries exactly one JSON object
  opts.pgUrl ??= process.env.BENCH_DATABASE_URL || undefined;
  const overrides: Record<string, string> = { EMBEDDINGS: 'local' };
  if (opts.m !== undefined) overrides.HNSW_M = String(opts.m);
  if (opts.efConstruction !== undefined) overrides.HNSW_EF_CONSTRUCTION = String(opts.efConstruction);
  if (opts.efSearch !== undefined) overrides.HNSW_EF_SEARCH = String(opts.efSearch);
  const cfg = loadConfig({ ...process.env, ...overrides });
  const hnsw: HnswParams = { m: cfg.HNSW_M, efConstruction: cfg.HNSW_EF_CONSTRUCTION, efSearch: cfg.HNSW_EF_SEARCH };
  const host: Machine = machine();
  say(
    `${host.cpu}, ${host.cores} cores, ${host.memory_gb} GB, node ${host.node}; M=${hnsw.m} efConstruction=${hnsw.efConstruction} efSearch=${hnsw.efSearch}`,
  );

  if (opts.reuse) opts.keep = true;
  const work = opts.reuse ? resolve(opts.reuse) : mkdtempSync(join(tmpdir(), 'bron-bench-'));
  mkdirSync(work, { recursive: true });
  const wants = (section: string) => !opts.only || opts.only.includes(section);
  try {
    const ctx: Ctx = { opts, cfg, hnsw, host, overrides, work };
    const result: Record<string, unknown> = wants('core') ? await core(ctx) : { machine: host };
    if (wants('engine') && (opts.engineScales.length || opts.pgEngineScale > 0))
      result.engine = await engineSection(ctx);
    if (wants('peers') && opts.peerScale > 0) result.peers = await peerSection(ctx);
    result.bench_peak_rss_mb = round(process.resourceUsage().maxRSS / 1024);
    result.bench_s = round((performance.now() - started) / 1000);
    if (opts.keep) say(`kept ${work}`);
    process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : table(result as Result));
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
}

interface Ctx {
  opts: Options;
  cfg: ReturnType<typeof loadConfig>;
  hnsw: HnswParams;
  host: Machine;
  overrides: Record<string, string>;
  work: string;
}

/** The engine rows of issue 16, one per --engine-scales size, each measured in fresh processes. */
async function engineSection({ opts, cfg, overrides, work }: Ctx): Promise<Record<string, EngineRow>> {
  const seed = await loadCorpus(resolve(ROOT, cfg.CORPUS_DIR), ROOT);
  const { questions } = loadQuestions({ ...opts, maxQuestions: undefined });
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides, LOG_LEVEL: 'warn' };
  const rows: Record<string, EngineRow> = {};
  const compiledChild = opts.compiled ? await compileEngineChild() : undefined;
  const common = { seed: seed.articles, questions, count: opts.engineQuestions, workDir: work, say, compiledChild };
  for (const n of opts.engineScales) rows[String(n)] = await benchEngine(n, { ...common, env });
  if (opts.pgEngineScale > 0) {
    const n = opts.pgEngineScale;
    // A kept server database is reused as it is; a kept PGlite folder is opened again by startPg.
    const kept = opts.pgUrl ? reusedPg(join(work, `engine-${n}-pgvector`)) : undefined;
    const pg = kept ?? (await startPg(opts, work, `engine${n}`));
    try {
      const key = rows[String(n)] ? `${n}-pgvector` : String(n);
      say(`engine ${n} with VECTOR_STORE=pgvector on ${pg.server}`);
      rows[key] = await benchEngine(n, {
        ...common,
        env: { ...env, VECTOR_STORE: 'pgvector', DATABASE_URL: pg.url },
        pgServer: pg.server,
      });
    } finally {
      await pg.stop();
    }
  }
  return rows;
}

/** The database of a pgvector engine row a --keep run left in `dir` (--reuse), still holding its build. */
function reusedPg(dir: string): BenchPg | undefined {
  const file = join(dir, 'build.json');
  if (!existsSync(file)) return undefined;
  const b = JSON.parse(readFileSync(file, 'utf8')) as { database_url?: string; pg_server?: string };
  if (!b.database_url) return undefined;
  return { url: b.database_url, server: b.pg_server ?? 'unknown', stop: async () => undefined };
}

/** The Postgres of the pgvector rows: a fresh database on --pg-url's server, else PGlite in the work folder. */
function startPg(opts: Options, work: string, label: string): Promise<BenchPg> {
  return opts.pgUrl
    ? startServerPg(opts.pgUrl, label, opts.keep)
    : startPglite(join(work, `pg-${label}`), opts.pgliteTemplate);
}

/**
 * The engine rows' serving process: `npm run build` (the dist/ that `npm start` runs), then the engine child transpiled to
 * dist/bench/engine-child.js, whose imports of ../src/… are then the compiled modules. Run with plain node, no tsx.
 */
async function compileEngineChild(): Promise<string> {
  say('engine rows are served compiled, as npm start serves: npm run build');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const ts = (await import('typescript')).default;
  const source = readFileSync(join(ROOT, 'bench', 'engine-child.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(ROOT, 'dist', 'bench', 'engine-child.js');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, outputText);
  return file;
}

/** Other engines and Bron's hybrid query on the same passages, vectors and queries (issue 16). */
async function peerSection({ opts, cfg, hnsw, overrides, work }: Ctx): Promise<PeerRow[]> {
  const unknown = opts.peers.filter((p) => !(PEER_NAMES as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`unknown peer(s) ${unknown.join(', ')}; known: ${PEER_NAMES.join(', ')}`);
  const seed = await loadCorpus(resolve(ROOT, cfg.CORPUS_DIR), ROOT);
  return benchPeers({
    seed: seed.articles,
    passages: opts.peerScale,
    questions: loadQuestions({ ...opts, maxQuestions: undefined }).questions,
    queries: opts.peerQueries,
    hnsw,
    dims: cfg.LOCAL_EMBEDDINGS_DIMENSIONS,
    names: opts.peers,
    workDir: work,
    env: { ...process.env, ...overrides, LOG_LEVEL: 'warn' },
    say,
    ...(opts.peerJs ? { childJs: opts.peerJs } : {}),
  });
}

/** Answer latency, cold start, build, HNSW against exact search, serving memory, reindex, pgvector (issues 6, 10). */
async function core({ opts, cfg, hnsw, host, overrides, work }: Ctx): Promise<Result> {
  {
    // 1. Answer latency: the whole engine.ask (retrieve + compose) on the seed corpus, warm, offline embedder.
    const { source, questions } = loadQuestions(opts);
    const seedIndex = join(work, 'seed-index');
    const corpusDir = resolve(ROOT, cfg.CORPUS_DIR);
    const engine = await Engine.open({ ...cfg, INDEX_DIR: seedIndex, CORPUS_DIR: corpusDir });
    say(`answer latency: ${questions.length} questions from ${source}, 1 warm-up + ${opts.rounds} timed passes`);
    const ask = async (q: string) => {
      try {
        return await engine.ask(q);
      } catch (err) {
        if ((err as Error).name === 'QuestionError') return undefined;
        throw err;
      }
    };
    for (const q of questions) await ask(q);
    const answerMs: number[] = [];
    const retrieveMs: number[] = [];
    const composeMs: number[] = [];
    let refused = 0;
    for (let r = 0; r < opts.rounds; r++) {
      for (const q of questions) {
        const t = performance.now();
        const a = await ask(q);
        const ms = performance.now() - t;
        if (!a) continue;
        answerMs.push(ms);
        retrieveMs.push(a.timings.retrieveMs);
        composeMs.push(a.timings.composeMs);
        if (r === 0 && !a.grounded) refused++;
      }
    }
    const seedPassages = engine.snapshotInfo.manifest.passageCount;

    // 2. Cold start: a fresh process that loads the modules, opens the engine on the index on disk, answers once.
    say(`cold start: ${opts.coldRuns} × node --import tsx bench/cold.ts (index on disk, ${seedPassages} passages)`);
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...overrides,
      EMBEDDINGS: 'local',
      CORPUS_DIR: corpusDir,
      INDEX_DIR: seedIndex,
      LOG_LEVEL: 'warn',
      BENCH_QUESTION: questions[0] ?? BUILT_IN_QUESTIONS[0],
    };
    const nodeBoot: number[] = [];
    for (let i = 0; i < opts.coldRuns; i++) nodeBoot.push((await run(['-e', ''], childEnv)).exitMs);
    const cold: {
      wall: number;
      boot_ms: number;
      import_ms: number;
      open_ms: number;
      answer_ms: number;
      index_dir: string;
      rss_mb: number;
    }[] = [];
    for (let i = 0; i < opts.coldRuns; i++) {
      const r = await run(['--import', 'tsx', 'bench/cold.ts'], childEnv);
      cold.push({ wall: r.firstLineMs, ...JSON.parse(r.stdout) });
    }
    const rebuilt = cold.some((c) => c.index_dir !== engine.snapshotInfo.dir);
    if (rebuilt) say('warning: the cold-start child rebuilt the index instead of loading it');
    const tsxCli = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const coldCli: number[] = [];
    if (existsSync(tsxCli))
      for (let i = 0; i < opts.coldRuns; i++)
        coldCli.push((await run([tsxCli, 'bench/cold.ts'], childEnv)).firstLineMs);
    const coldMedian = <K extends keyof (typeof cold)[number]>(key: K) => median(cold.map((c) => c[key] as number));

    // 3. The large synthetic index, built through the real buildIndex with the local embedder.
    const seed = await loadCorpus(corpusDir, ROOT);
    let t = performance.now();
    const synth = synthCorpus(seed.articles, { passages: opts.scale, seed: 42 });
    let articles = synth.articles;
    say(
      `synthetic corpus: ${articles.length} articles, ${opts.scale} passages, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const scaleDir = join(work, 'scale-index');
    const embeddings = new TimedEmbeddings({ dimensions: cfg.LOCAL_EMBEDDINGS_DIMENSIONS });
    const progress = (label: string) => {
      let next = 0;
      return (p: BuildProgress) => {
        if (p.phase !== 'embed' || p.total === 0) return;
        if (p.done / p.total >= next) {
          say(`${label}: ${p.done}/${p.total} passages (${((performance.now() - t) / 1000).toFixed(1)} s)`);
          next += 0.25;
        }
      };
    };
    t = performance.now();
    let built: BuildResult = await buildIndex({
      indexDir: scaleDir,
      articles,
      embeddings,
      hnsw,
      split: SPLIT,
      onProgress: progress('build'),
    });
    const buildMs = performance.now() - t;
    const embedMs = embeddings.ms;
    const passages = built.manifest.passageCount;
    const indexBytes = dirSize(built.dir);
    say(
      `built ${passages} passages in ${(buildMs / 1000).toFixed(1)} s (embedding ${(embedMs / 1000).toFixed(1)} s), ${mb(indexBytes).toFixed(0)} MB on disk`,
    );

    // 4. Exact search over the very vectors the index holds (read back from it), against HNSW, same queries.
    const store = built.store;
    const dims = cfg.LOCAL_EMBEDDINGS_DIMENSIONS;
    const labelList = store.passages.labels();
    const matrix = new Float32Array(labelList.length * dims);
    labelList.forEach((label, row) => {
      matrix.set(store.index.getPoint(label), row * dims);
    });
    const exact = new ExactIndex(matrix, dims, Int32Array.from(labelList));
    const labelOf = new Map<string, number>();
    for (const label of labelList) labelOf.set(passageKey(store.passages.meta(label)!), label);

    const fromQuestions = questions.slice(0, Math.floor(opts.queries / 2));
    const queryTexts = [...fromQuestions, ...synth.queries(opts.queries - fromQuestions.length)];
    const queries = queryTexts
      .map((text) => ({ text, vector: normalised(embeddings.embedQueryVector(text)) }))
      .filter((q) => q.vector.some((x) => x !== 0));
    say(`${queries.length} queries (${fromQuestions.length} questions, the rest from the synthetic text), k=${K}`);

    const truth = queries.map((q) => exact.search(q.vector, K)); // also warms up the exact loop
    const arrays = queries.map((q) => Array.from(q.vector));
    type Point = {
      ef: number;
      p50_ms: number;
      p95_ms: number;
      recall_at_10: number;
      id_recall_at_10: number;
      speedup_p95: number;
    };
    /**
     * HNSW k-NN through LangChain's store (docstore look-ups included). With `exactMs`, exact search is timed on the same
     * queries in alternating blocks, so load from other processes weighs on both alike; each HNSW block starts with
     * two untimed queries, since the exact scan has just pushed the graph out of the CPU caches.
     */
    const measure = async (ef: number, exactMs?: number[]): Promise<Omit<Point, 'speedup_p95'>> => {
      store.index.setEf(ef);
      for (const a of arrays.slice(0, 20)) await store.similaritySearchVectorWithScore(a, K); // warm-up
      const ms: number[] = [];
      let recall = 0;
      let idRecall = 0;
      const block = 25;
      for (let from = 0; from < arrays.length; from += block) {
        const to = Math.min(arrays.length, from + block);
        if (exactMs) {
          for (let i = from; i < to; i++) {
            const t0 = performance.now();
            exact.search(queries[i]!.vector, K);
            exactMs.push(performance.now() - t0);
          }
          for (const a of arrays.slice(from, from + 2)) await store.similaritySearchVectorWithScore(a, K);
        }
        for (let i = from; i < to; i++) {
          const t0 = performance.now();
          const hits = await store.similaritySearchVectorWithScore(arrays[i]!, K);
          ms.push(performance.now() - t0);
          const found = {
            labels: hits.map(([doc]) => labelOf.get(passageKey(doc.metadata as PassageMetadata)) ?? -1),
            scores: hits.map(([, distance]) => 1 - distance),
          };
          recall += recallAt(K, found, truth[i]!);
          idRecall += idRecallAt(K, found.labels, truth[i]!.labels);
        }
      }
      return {
        ef,
        p50_ms: median(ms),
        p95_ms: percentile(ms, 95),
        recall_at_10: recall / arrays.length,
        id_recall_at_10: idRecall / arrays.length,
      };
    };
    const exactMs: number[] = [];
    const main = await measure(hnsw.efSearch, exactMs);
    const exactP95 = percentile(exactMs, 95);
    say(`exact search: p50 ${median(exactMs).toFixed(2)} ms, p95 ${exactP95.toFixed(2)} ms`);
    const sweep: Point[] = [];
    for (const ef of [...new Set([...opts.efSweep, hnsw.efSearch])].sort((x, y) => x - y)) {
      const point = ef === hnsw.efSearch ? main : await measure(ef);
      sweep.push({ ...point, speedup_p95: exactP95 / point.p95_ms });
      say(
        `HNSW efSearch=${ef}: p50 ${point.p50_ms.toFixed(3)} ms, p95 ${point.p95_ms.toFixed(3)} ms, recall@10 ${point.recall_at_10.toFixed(4)}`,
      );
    }
    store.index.setEf(hnsw.efSearch);
    const headline = sweep.find((x) => x.ef === hnsw.efSearch)!;
    const enough = sweep.find((x) => x.recall_at_10 >= TARGETS.scale_recall_at_10.min);

    // 5. Memory of a process serving the large index (fresh child: loadStore + queries).
    const queriesFile = join(work, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(queryTexts));
    say('serving memory: a fresh process loads the large index and answers the queries');
    const serve = JSON.parse(
      (
        await run(
          ['--import', 'tsx', 'bench/serve.ts', scaleDir, queriesFile, String(dims), String(hnsw.efSearch), String(K)],
          childEnv,
        )
      ).stdout,
    ) as {
      load_ms: number;
      rss_loaded_mb: number;
      rss_mb: number;
      heap_mb: number;
      external_mb: number;
      query_p50_ms: number;
      query_p95_ms: number;
    };
    say(
      `serving: load ${serve.load_ms.toFixed(0)} ms, RSS ${serve.rss_mb.toFixed(0)} MB, similaritySearchWithScore p95 ${serve.query_p95_ms.toFixed(2)} ms`,
    );

    // 6. Incremental reindex of one changed article, then a full rebuild of the same corpus.
    const reindexMs: number[] = [];
    for (let i = 0; i < opts.reindexRuns; i++) {
      const at = Math.floor(((i + 1) * articles.length) / (opts.reindexRuns + 1));
      articles = articles.map((a, j) => (j === at ? edit(a, i) : a));
      t = performance.now();
      const next = await buildIndex({ indexDir: scaleDir, articles, embeddings, hnsw, split: SPLIT, previous: built });
      reindexMs.push(performance.now() - t);
      if (next.mode !== 'incremental' || next.embedded.length !== 1)
        throw new Error(`expected an incremental build of one article, got ${next.mode} of ${next.embedded.length}`);
      built = next;
    }
    say(`reindex one article: ${reindexMs.map((x) => x.toFixed(0)).join(', ')} ms`);
    labelOf.clear();
    t = performance.now();
    const rebuilt2 = await buildIndex({
      indexDir: scaleDir,
      articles,
      embeddings,
      hnsw,
      split: SPLIT,
      onProgress: progress('full rebuild'),
    });
    const fullMs = performance.now() - t;
    if (rebuilt2.mode !== 'full') throw new Error(`expected a full build, got ${rebuilt2.mode}`);
    say(`full rebuild: ${(fullMs / 1000).toFixed(1)} s`);

    // 7. The whole engine on the large corpus (not a target: shows what else must scale besides the vector index).
    let engineScale:
      | { open_ms: number; rss_mb: number; rss_opened_mb: number; asks_ms: number[]; index_dir: string }
      | undefined;
    let served = rebuilt2.dir;
    if (opts.scaleQuestions > 0) {
      // The index builds above store no answerer statistics (they time the index alone); the engine's own build would
      // add them at open. Added here, untimed (same graph and vectors, nothing embedded), so the engine loads as it is.
      served = (
        await buildIndex({
          indexDir: scaleDir,
          articles,
          embeddings,
          hnsw,
          split: SPLIT,
          previous: rebuilt2,
          stats: STATS_SPEC,
        })
      ).dir;
      const scaleCorpus = join(work, 'scale-corpus');
      mkdirSync(scaleCorpus);
      for (const a of articles)
        writeFileSync(
          join(scaleCorpus, `${a.id}.md`),
          articleText({ id: a.id, title: a.title, outlet: a.outlet, date: a.date, language: a.language }, a.body),
        );
      const scaleQuestionsFile = join(work, 'scale-questions.json');
      writeFileSync(scaleQuestionsFile, JSON.stringify(questions.slice(0, opts.scaleQuestions)));
      say(
        `engine on the large corpus: a fresh process opens it (${articles.length} files) and answers ${Math.min(opts.scaleQuestions, questions.length)} questions`,
      );
      const r = await run(['--import', 'tsx', 'bench/cold.ts'], {
        ...childEnv,
        CORPUS_DIR: scaleCorpus,
        INDEX_DIR: scaleDir,
        BENCH_QUESTIONS_FILE: scaleQuestionsFile,
      });
      engineScale = JSON.parse(r.stdout);
      if (engineScale!.index_dir !== served) say('warning: the engine rebuilt the large index instead of loading it');
      say(
        `engine on the large corpus: open ${(engineScale!.open_ms / 1000).toFixed(1)} s, RSS ${engineScale!.rss_mb.toFixed(0)} MB, answer p95 ${percentile(engineScale!.asks_ms, 95).toFixed(0)} ms`,
      );
    }

    // 8. The pgvector store (src/store/pg.ts) in PGlite: the real build and query path, against exact search.
    const pgScale = opts.pgScale ?? opts.scale;
    let pgr: PgBenchResult | undefined;
    if (pgScale > 0) {
      const same = pgScale === opts.scale;
      const pgSynth = same ? synth : synthCorpus(seed.articles, { passages: pgScale, seed: 42 });
      const pgQueries = same ? queryTexts : [...fromQuestions, ...pgSynth.queries(opts.queries - fromQuestions.length)];
      const pgDir = join(work, 'pg');
      mkdirSync(pgDir);
      const server = opts.pgUrl ? await startServerPg(opts.pgUrl, 'core', opts.keep) : undefined;
      say(
        `pgvector store: ${pgScale} passages in ${server?.server ?? 'PGlite with pgvector, over the wire (pglite-socket)'}; the same embedder, M and efConstruction`,
      );
      try {
        pgr = await benchPgvector({
          articles: pgSynth.articles,
          embeddings,
          hnsw,
          split: SPLIT,
          queryTexts: pgQueries,
          efSweep: opts.pgEfSweep,
          k: K,
          workDir: pgDir,
          say,
          ...(server ? { server } : {}),
          ...(opts.pgliteTemplate ? { pgliteTemplate: opts.pgliteTemplate } : {}),
        });
      } finally {
        await server?.stop();
      }
    }

    const reindexMedian = median(reindexMs);
    const result = {
      machine: host,
      params: {
        m: hnsw.m,
        ef_construction: hnsw.efConstruction,
        ef_search: hnsw.efSearch,
        k: K,
        dimensions: dims,
        embedder: embeddings.id,
      },
      answer_questions: answerMs.length,
      answer_question_source: source,
      answer_refused_share: round(refused / Math.max(1, questions.length), 3),
      answer_p50_ms: round(median(answerMs)),
      answer_p95_ms: round(percentile(answerMs, 95)),
      answer_max_ms: round(Math.max(...answerMs)),
      answer_retrieve_p95_ms: round(percentile(retrieveMs, 95)),
      answer_compose_p95_ms: round(percentile(composeMs, 95)),
      cold_start_ms: round(median(cold.map((c) => c.wall))),
      cold_start_runs_ms: cold.map((c) => round(c.wall)),
      cold_node_boot_ms: round(median(nodeBoot)),
      cold_tsx_boot_ms: round(coldMedian('boot_ms')),
      cold_module_load_ms: round(coldMedian('import_ms')),
      cold_engine_open_ms: round(coldMedian('open_ms')),
      cold_first_answer_ms: round(coldMedian('answer_ms')),
      cold_rss_mb: round(coldMedian('rss_mb')),
      cold_start_tsx_cli_ms: coldCli.length ? round(median(coldCli)) : null,
      cold_loaded_index: !rebuilt,
      build_passages_per_s: round(passages / (buildMs / 1000)),
      embed_passages_per_s: round(embeddings.texts ? passages / (embedMs / 1000) : NaN),
      scale_passages: passages,
      scale_articles: synth.articles.length,
      scale_build_s: round(buildMs / 1000),
      scale_index_mb: round(mb(indexBytes)),
      scale_load_ms: round(serve.load_ms),
      scale_rss_mb: round(serve.rss_mb),
      scale_rss_loaded_mb: round(serve.rss_loaded_mb),
      scale_serve_query_p95_ms: round(serve.query_p95_ms),
      scale_queries: queries.length,
      scale_hnsw_p50_ms: round(headline.p50_ms),
      scale_hnsw_p95_ms: round(headline.p95_ms),
      scale_exact_p50_ms: round(median(exactMs)),
      scale_exact_p95_ms: round(exactP95),
      scale_speedup_p50: round(median(exactMs) / headline.p50_ms),
      scale_speedup_p95: round(headline.speedup_p95),
      scale_recall_at_10: round(headline.recall_at_10, 4),
      scale_id_recall_at_10: round(headline.id_recall_at_10, 4),
      scale_ef_for_recall_target: enough
        ? {
            ef: enough.ef,
            p95_ms: round(enough.p95_ms),
            recall_at_10: round(enough.recall_at_10, 4),
            speedup_p95: round(enough.speedup_p95),
          }
        : null,
      ef_sweep: sweep.map((s) => ({
        ef: s.ef,
        p50_ms: round(s.p50_ms),
        p95_ms: round(s.p95_ms),
        recall_at_10: round(s.recall_at_10, 4),
        id_recall_at_10: round(s.id_recall_at_10, 4),
        speedup_p95: round(s.speedup_p95),
      })),
      reindex_one_article_ms: round(reindexMedian),
      reindex_runs_ms: reindexMs.map((x) => round(x)),
      full_rebuild_ms: round(fullMs),
      reindex_speedup: round(fullMs / reindexMedian),
      scale_engine_open_ms: engineScale ? round(engineScale.open_ms) : null,
      scale_engine_rss_mb: engineScale ? round(engineScale.rss_mb) : null,
      scale_engine_answer_p50_ms: engineScale ? round(median(engineScale.asks_ms)) : null,
      scale_engine_answer_p95_ms: engineScale ? round(percentile(engineScale.asks_ms, 95)) : null,
      scale_engine_loaded_index: engineScale ? engineScale.index_dir === served : null,
      pg_server: pgr ? pgr.server : null,
      pg_passages: pgr ? pgr.passages : null,
      pg_build_s: pgr ? round(pgr.build_s) : null,
      pg_build_passages_per_s: pgr ? round(pgr.build_passages_per_s) : null,
      pg_build_index_s: pgr ? round(pgr.build_index_s) : null,
      pg_ef_search: pgr ? pgr.ef_search : null,
      pg_queries: pgr ? pgr.queries : null,
      pg_query_p50_ms: pgr ? round(pgr.query_p50_ms) : null,
      pg_query_p95_ms: pgr ? round(pgr.query_p95_ms) : null,
      pg_exact_p50_ms: pgr ? round(pgr.exact_p50_ms) : null,
      pg_exact_p95_ms: pgr ? round(pgr.exact_p95_ms) : null,
      pg_speedup_p95: pgr ? round(pgr.speedup_p95) : null,
      pg_recall_at_10: pgr ? round(pgr.recall_at_10, 4) : null,
      pg_id_recall_at_10: pgr ? round(pgr.id_recall_at_10, 4) : null,
      pg_uses_hnsw_index: pgr ? pgr.uses_hnsw_index : null,
      pg_ef_sweep: pgr
        ? pgr.ef_sweep.map((s) => ({
            ef: s.ef,
            p50_ms: round(s.p50_ms),
            p95_ms: round(s.p95_ms),
            recall_at_10: round(s.recall_at_10, 4),
            id_recall_at_10: round(s.id_recall_at_10, 4),
          }))
        : null,
      targets: TARGETS,
      met: {} as Record<keyof typeof TARGETS, boolean>,
    };
    for (const [key, target] of Object.entries(TARGETS) as [keyof typeof TARGETS, { max?: number; min?: number }][]) {
      const value = result[key] as number;
      result.met[key] =
        Number.isFinite(value) &&
        (target.max === undefined || value <= target.max) &&
        (target.min === undefined || value >= target.min);
    }
    return result;
  }
}

type Result = Record<string, unknown> & {
  machine: Machine;
  ef_sweep: {
    ef: number;
    p50_ms: number;
    p95_ms: number;
    recall_at_10: number;
    id_recall_at_10: number;
    speedup_p95: number;
  }[];
  met: Record<string, boolean>;
};

/** The engine rows (issue 16) as lines of the table. */
function engineLines(engine: Record<string, EngineRow> | undefined): string[] {
  if (!engine) return [];
  return [
    '',
    'whole engine  passages   open ms   answer p50 / p95 ms   RSS MB   build passages/s   (engine.open, 1st answer, retrieve / compose p95)',
    ...Object.entries(engine).map(
      ([n, e]) =>
        `${n.padStart(22)} ${String(e.open_ms).padStart(9)} ${`${e.answer_p50_ms} / ${e.answer_p95_ms}`.padStart(21)} ${String(e.rss_mb).padStart(8)} ${String(e.build_passages_per_s).padStart(18)}   (${e.detail.engine_open_ms}, ${e.detail.first_answer_ms}, ${e.detail.retrieve_p95_ms} / ${e.detail.compose_p95_ms})${tsxLine(e.detail.tsx)}`,
    ),
  ];
}

/** The same questions through tsx (as `npm run dev` runs the engine), on the next line. */
function tsxLine(c: EngineRow['detail']['tsx']): string {
  if (!c) return '';
  return `\n${'through tsx'.padStart(22)} ${String(c.open_ms).padStart(9)} ${`${c.answer_p50_ms} / ${c.answer_p95_ms}`.padStart(21)} ${String(c.rss_mb).padStart(8)} ${''.padStart(18)}   (${c.engine_open_ms}, ${c.first_answer_ms}; import ${c.import_ms}, node start ${c.boot_ms})`;
}

/** The peer rows (issue 16) as lines of the table. */
function peerLines(peers: PeerRow[] | undefined): string[] {
  if (!peers) return [];
  return [
    '',
    'peer            passages   build s   open ms   query p50 / p95 ms   recall@10   RSS MB   disk MB',
    ...peers.map(
      (p) =>
        `${p.name.padEnd(14)} ${String(p.passages).padStart(9)} ${String(p.build_s).padStart(9)} ${String(p.open_ms).padStart(9)} ${`${p.query_p50_ms} / ${p.query_p95_ms}`.padStart(20)} ${String(p.recall_at_10).padStart(11)} ${String(p.rss_mb).padStart(8)} ${String(p.disk_mb).padStart(9)}`,
    ),
  ];
}

function table(r: Result): string {
  const m = r.machine;
  const extra = [
    ...engineLines(r.engine as Record<string, EngineRow> | undefined),
    ...peerLines(r.peers as PeerRow[] | undefined),
  ];
  if (!r.met)
    return `${[`Bron bench on ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, node ${m.node} (commit ${m.commit})`, ...extra, '', `bench took ${r.bench_s} s`].join('\n')}\n`;
  const v = (key: string) => String(r[key]);
  const target = (key: keyof typeof TARGETS) => {
    const t = TARGETS[key] as { max?: number; min?: number };
    return `${t.max !== undefined ? `≤ ${t.max}` : `≥ ${t.min}`}  ${r.met[key] ? 'met' : 'MISSED'}`;
  };
  const rows: [string, string, string][] = [
    [
      'answer p50 / p95 (ms)',
      `${v('answer_p50_ms')} / ${v('answer_p95_ms')}  (retrieve p95 ${v('answer_retrieve_p95_ms')}, compose p95 ${v('answer_compose_p95_ms')}; ${v('answer_questions')} asks)`,
      target('answer_p95_ms'),
    ],
    [
      'cold start (ms)',
      `${v('cold_start_ms')}  (node ${v('cold_node_boot_ms')}, node+tsx ${v('cold_tsx_boot_ms')}, modules ${v('cold_module_load_ms')}, open ${v('cold_engine_open_ms')}, answer ${v('cold_first_answer_ms')}; tsx CLI ${v('cold_start_tsx_cli_ms')})`,
      target('cold_start_ms'),
    ],
    [
      'build (passages/s)',
      `${v('build_passages_per_s')}  (embedding alone ${v('embed_passages_per_s')}/s)`,
      target('build_passages_per_s'),
    ],
    [
      'scale passages / build (s)',
      `${v('scale_passages')} in ${v('scale_articles')} articles / ${v('scale_build_s')}`,
      '',
    ],
    ['index on disk (MB)', v('scale_index_mb'), ''],
    ['HNSW k=10 p50 / p95 (ms)', `${v('scale_hnsw_p50_ms')} / ${v('scale_hnsw_p95_ms')}`, target('scale_hnsw_p95_ms')],
    ['exact k=10 p50 / p95 (ms)', `${v('scale_exact_p50_ms')} / ${v('scale_exact_p95_ms')}`, ''],
    [
      'HNSW speed-up (exact / HNSW, p95 and p50)',
      `${v('scale_speedup_p95')}× and ${v('scale_speedup_p50')}×`,
      target('scale_speedup_p95'),
    ],
    ['recall@10', `${v('scale_recall_at_10')}  (by id ${v('scale_id_recall_at_10')})`, target('scale_recall_at_10')],
    [
      'RSS serving the large index (MB)',
      `${v('scale_rss_mb')}  (load ${v('scale_load_ms')} ms, query incl. embedding p95 ${v('scale_serve_query_p95_ms')} ms)`,
      target('scale_rss_mb'),
    ],
    [
      'reindex one article / full rebuild (ms)',
      `${v('reindex_one_article_ms')} / ${v('full_rebuild_ms')} = ${v('reindex_speedup')}×`,
      target('reindex_speedup'),
    ],
    [
      'efSearch for recall@10 ≥ 0.98',
      r.scale_ef_for_recall_target ? JSON.stringify(r.scale_ef_for_recall_target) : 'none in the sweep',
      '',
    ],
    [
      `pgvector store (${r.pg_server ?? 'PGlite, one WASM core'})`,
      r.pg_passages === null
        ? 'skipped'
        : `${v('pg_passages')} passages, build ${v('pg_build_s')} s (${v('pg_build_passages_per_s')}/s; indexes ${v('pg_build_index_s')} s); ef_search ${v('pg_ef_search')}: p50 / p95 ${v('pg_query_p50_ms')} / ${v('pg_query_p95_ms')} ms, recall@10 ${v('pg_recall_at_10')} (exact p95 ${v('pg_exact_p95_ms')} ms; HNSW index used: ${v('pg_uses_hnsw_index')})`,
      'no target',
    ],
    [
      'whole engine on the large corpus',
      r.scale_engine_open_ms === null
        ? 'skipped'
        : `open ${v('scale_engine_open_ms')} ms, RSS ${v('scale_engine_rss_mb')} MB, answer p50 / p95 ${v('scale_engine_answer_p50_ms')} / ${v('scale_engine_answer_p95_ms')} ms`,
      'no target',
    ],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const lines = [
    `Bron bench on ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, node ${m.node} (${m.platform}, commit ${m.commit})`,
    `HNSW ${JSON.stringify(r.params)}`,
    '',
    ...rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b}${c ? `   [target ${c}]` : ''}`),
    '',
    'efSearch   p50 ms   p95 ms   recall@10   by id    × exact p95',
    ...r.ef_sweep.map(
      (s) =>
        `${String(s.ef).padStart(8)} ${s.p50_ms.toFixed(3).padStart(8)} ${s.p95_ms.toFixed(3).padStart(8)} ${s.recall_at_10.toFixed(4).padStart(11)} ${s.id_recall_at_10.toFixed(4).padStart(8)} ${s.speedup_p95.toFixed(1).padStart(12)}`,
    ),
    ...(Array.isArray(r.pg_ef_sweep)
      ? [
          '',
          'pgvector ef_search   p50 ms   p95 ms   recall@10   by id',
          ...(
            r.pg_ef_sweep as {
              ef: number;
              p50_ms: number;
              p95_ms: number;
              recall_at_10: number;
              id_recall_at_10: number;
            }[]
          ).map(
            (s) =>
              `${String(s.ef).padStart(18)} ${s.p50_ms.toFixed(2).padStart(8)} ${s.p95_ms.toFixed(2).padStart(8)} ${s.recall_at_10.toFixed(4).padStart(11)} ${s.id_recall_at_10.toFixed(4).padStart(8)}`,
          ),
        ]
      : []),
    ...extra,
    '',
    `bench took ${v('bench_s')} s; peak RSS of the bench process ${v('bench_peak_rss_mb')} MB`,
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
