import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/corpus/article.js';
import { lastJson, run } from './child.js';
import { median, percentile, round } from './stats.js';
import { articleText, synthCorpus } from './synth.js';

/**
 * The whole engine at scale (issue 16): for each size, a synthetic corpus written as files, a full build in a fresh
 * process (bench/engine-child.ts build), then a fresh process that opens the engine on that index and answers
 * `questions` varied questions (bench/engine-child.ts serve). The row holds exactly the keys the issue names, plus a
 * breakdown under `detail` that explains the row.
 */
export interface EngineRow {
  open_ms: number;
  answer_p50_ms: number;
  answer_p95_ms: number;
  rss_mb: number;
  build_passages_per_s: number;
  detail: {
    passages: number;
    articles: number;
    questions: number;
    grounded: number;
    build_s: number;
    import_ms: number;
    engine_open_ms: number;
    first_answer_ms: number;
    /** Node start-up (with tsx: its loader and compiling the child), before the first import. */
    boot_ms: number;
    retrieve_p95_ms: number;
    compose_p95_ms: number;
    rss_opened_mb: number;
    peak_rss_mb: number;
    loaded_index: boolean;
    /** --reuse: the build (and build_passages_per_s) is that of an earlier run, made at this time. */
    reused_build_of?: string;
    /** hnsw (files under INDEX_DIR) or pgvector. */
    store: string;
    /** With pgvector: PGlite, or the server (version, pgvector, the settings that decide speed). */
    pg_server?: string;
    /**
     * Which process the row's figures are from: `compiled` (dist/ under plain node, as `npm start` serves the bot; the
     * default) or `tsx` (the TypeScript sources through tsx, as `npm run dev` and `npm run ask` run; --no-compiled).
     */
    served: 'compiled' | 'tsx';
    /** With `served: compiled`: the same questions on the same index through tsx, in a fresh process. */
    tsx?: ServeSummary;
  };
}

export interface ServeSummary {
  open_ms: number;
  answer_p50_ms: number;
  answer_p95_ms: number;
  rss_mb: number;
  boot_ms: number;
  import_ms: number;
  engine_open_ms: number;
  first_answer_ms: number;
  rss_opened_mb: number;
  /** Whether it served the index the build wrote (not one it rebuilt first). */
  loaded_index: boolean;
}

export interface EngineBenchOptions {
  seed: Article[];
  /** Questions of the eval set; the rest of the `count` questions are drawn from the synthetic text. */
  questions: string[];
  count: number;
  workDir: string;
  env: NodeJS.ProcessEnv;
  say: (message: string) => void;
  /** The engine child compiled beside dist/ (see compileEngineChild): the row is served by it, tsx beside it. */
  compiledChild?: string;
  /** The Postgres a pgvector row runs on, as BenchPg.server says it. */
  pgServer?: string;
}

interface BuildOut {
  build_ms: number;
  passages: number;
  articles: number;
  index_dir: string;
  /** When the row's build was taken from a kept run (--reuse). */
  built_at?: string;
}

interface ServeOut {
  boot_ms: number;
  open_ms: number;
  import_ms: number;
  engine_open_ms: number;
  first_answer_ms: number;
  asks_ms: number[];
  retrieve_ms: number[];
  compose_ms: number[];
  grounded: number;
  index_dir: string;
  rss_opened_mb: number;
  rss_mb: number;
  peak_rss_mb: number;
}

/** Writes a synthetic corpus of `passages` passages as Markdown files, as a user's corpus folder would hold them. */
export function writeSynthCorpus(seed: Article[], passages: number, dir: string) {
  const synth = synthCorpus(seed, { passages, seed: 42 });
  mkdirSync(dir, { recursive: true });
  for (const a of synth.articles)
    writeFileSync(
      join(dir, `${a.id}.md`),
      articleText({ id: a.id, title: a.title, outlet: a.outlet, date: a.date, language: a.language }, a.body),
    );
  return synth;
}

/** The question mix: every eval question once (cycled if fewer), then fragments of the synthetic text. */
export function questionMix(questions: string[], synthQueries: (n: number) => string[], count: number): string[] {
  const own = questions.slice(0, Math.ceil(count * 0.6));
  return [...own, ...synthQueries(count - own.length)];
}

export async function benchEngine(passages: number, opts: EngineBenchOptions): Promise<EngineRow> {
  const { say } = opts;
  const dir = join(opts.workDir, `engine-${passages}-${opts.env.VECTOR_STORE ?? 'hnsw'}`);
  const corpusDir = join(dir, 'corpus');
  const indexDir = join(dir, 'index');
  const env: NodeJS.ProcessEnv = { ...opts.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir };
  const built = join(dir, 'build.json');
  const file = join(dir, 'questions.json');
  // --reuse: a kept build (corpus, index or database, questions) is served again as it is.
  const reused = existsSync(built) && existsSync(file);
  let build: BuildOut;
  if (reused) {
    build = JSON.parse(readFileSync(built, 'utf8')) as BuildOut;
    say(`engine ${passages}: reusing the build in ${dir} (${build.passages} passages); opening and asking`);
  } else {
    const synth = writeSynthCorpus(opts.seed, passages, corpusDir);
    say(`engine ${passages}: ${synth.articles.length} articles written; full build in a fresh process`);
    build = lastJson<BuildOut>((await run(['--import', 'tsx', 'bench/engine-child.ts', 'build'], env)).stdout);
    const db = env.VECTOR_STORE === 'pgvector' ? { database_url: env.DATABASE_URL, pg_server: opts.pgServer } : {};
    writeFileSync(built, JSON.stringify({ ...build, ...db, built_at: new Date().toISOString() }));
    say(
      `engine ${passages}: built ${build.passages} passages in ${(build.build_ms / 1000).toFixed(1)} s; opening and asking`,
    );
    const mix = questionMix(opts.questions, (n) => synth.queries(n, 11), opts.count);
    writeFileSync(file, JSON.stringify(mix));
  }
  const serveWith = async (args: string[]) =>
    lastJson<ServeOut>((await run([...args, 'serve'], { ...env, BENCH_QUESTIONS_FILE: file })).stdout);
  const viaTsx = await serveWith(['--import', 'tsx', 'bench/engine-child.ts']);
  let serve = viaTsx;
  if (opts.compiledChild) {
    say(`engine ${passages}: the same questions on the compiled engine (dist/, plain node, as npm start serves)`);
    serve = await serveWith([opts.compiledChild]);
  }
  const warm = serve.asks_ms.slice(1); // the first answer is part of open
  const row: EngineRow = {
    open_ms: round(serve.open_ms),
    answer_p50_ms: round(median(warm)),
    answer_p95_ms: round(percentile(warm, 95)),
    rss_mb: round(serve.rss_mb),
    build_passages_per_s: round(build.passages / (build.build_ms / 1000)),
    detail: {
      passages: build.passages,
      articles: build.articles,
      questions: serve.asks_ms.length,
      grounded: serve.grounded,
      build_s: round(build.build_ms / 1000),
      import_ms: round(serve.import_ms),
      engine_open_ms: round(serve.engine_open_ms),
      first_answer_ms: round(serve.first_answer_ms),
      boot_ms: round(serve.boot_ms),
      retrieve_p95_ms: round(percentile(serve.retrieve_ms.slice(1), 95)),
      compose_p95_ms: round(percentile(serve.compose_ms.slice(1), 95)),
      rss_opened_mb: round(serve.rss_opened_mb),
      peak_rss_mb: round(serve.peak_rss_mb),
      loaded_index: serve.index_dir === build.index_dir,
      ...(reused ? { reused_build_of: build.built_at ?? 'unknown' } : {}),
      store: opts.env.VECTOR_STORE === 'pgvector' ? 'pgvector' : 'hnsw',
      ...(opts.pgServer ? { pg_server: opts.pgServer } : {}),
      served: opts.compiledChild ? 'compiled' : 'tsx',
      ...(opts.compiledChild ? { tsx: summary(viaTsx, build.index_dir) } : {}),
    },
  };
  say(
    `engine ${passages} (${row.detail.served}): open ${row.open_ms} ms, answer p50/p95 ${row.answer_p50_ms}/${row.answer_p95_ms} ms, RSS ${row.rss_mb} MB, build ${row.build_passages_per_s}/s`,
  );
  const t = row.detail.tsx;
  if (t)
    say(
      `engine ${passages} (tsx): open ${t.open_ms} ms (import ${t.import_ms} ms), answer p50/p95 ${t.answer_p50_ms}/${t.answer_p95_ms} ms, RSS ${t.rss_mb} MB`,
    );
  return row;
}

function summary(s: ServeOut, built: string): ServeSummary {
  const warm = s.asks_ms.slice(1);
  return {
    open_ms: round(s.open_ms),
    answer_p50_ms: round(median(warm)),
    answer_p95_ms: round(percentile(warm, 95)),
    rss_mb: round(s.rss_mb),
    boot_ms: round(s.boot_ms),
    import_ms: round(s.import_ms),
    engine_open_ms: round(s.engine_open_ms),
    first_answer_ms: round(s.first_answer_ms),
    rss_opened_mb: round(s.rss_opened_mb),
    loaded_index: s.index_dir === built,
  };
}
