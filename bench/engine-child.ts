/**
 * Child process of the engine section (bench/engine.ts): one fresh process per measurement, so memory and open time
 * are those of a user's process, not of the benchmark's. Configured by the environment (CORPUS_DIR, INDEX_DIR, ...);
 * prints one JSON line.
 *   argv[2] = build   reads the corpus and builds the index in full (what `npm run index` does on an empty INDEX_DIR)
 *   argv[2] = serve   opens the engine on the index on disk and answers the questions of BENCH_QUESTIONS_FILE in turn;
 *                     open_ms is from process start to the first answer (the "cold process → first answer")
 */
import { readFileSync } from 'node:fs';

const mode = process.argv[2];
// Node start-up (with tsx: its loader and compiling this file). With `npm run bench -- --compiled` this file runs as
// dist/bench/engine-child.js under plain node, and the imports below are the compiled engine's, as `npm start` loads.
const boot = performance.now();
const { loadConfig } = await import('../src/config.js');
const { Engine } = await import('../src/engine.js');
const imported = performance.now();
const cfg = loadConfig(process.env);

if (mode === 'build') {
  const { loadCorpus } = await import('../src/corpus/load.js');
  const { createEmbeddings } = await import('../src/embed/create.js');
  const { buildIndex } = await import('../src/index/build.js');
  const { SPLIT, STATS_SPEC } = await import('../src/engine.js');
  const t0 = performance.now();
  const corpus = await loadCorpus(cfg.CORPUS_DIR);
  const embeddings = await createEmbeddings(cfg);
  const hnsw = { m: cfg.HNSW_M, efConstruction: cfg.HNSW_EF_CONSTRUCTION, efSearch: cfg.HNSW_EF_SEARCH };
  let built: { manifest: { passageCount: number }; dir: string };
  if (cfg.VECTOR_STORE === 'pgvector') {
    // What `npm run index` does with VECTOR_STORE=pgvector, without the engine's snapshot after it.
    const { PgIndex } = await import('../src/store/pg.js');
    const pg = await PgIndex.connect(cfg.DATABASE_URL!, cfg.HNSW_EF_SEARCH, { stats: STATS_SPEC });
    built = await pg.withLock(() => pg.build({ articles: corpus.articles, embeddings, hnsw, split: SPLIT }));
    await pg.close();
  } else
    built = await buildIndex({
      indexDir: cfg.INDEX_DIR,
      articles: corpus.articles,
      embeddings,
      hnsw,
      split: SPLIT,
      stats: STATS_SPEC,
    });
  const ms = performance.now() - t0;
  process.stdout.write(
    `${JSON.stringify({
      build_ms: ms,
      passages: built.manifest.passageCount,
      articles: corpus.articles.length,
      index_dir: built.dir,
      rss_mb: process.memoryUsage().rss / 2 ** 20,
      peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
} else if (mode === 'serve') {
  const questions = JSON.parse(readFileSync(process.env.BENCH_QUESTIONS_FILE ?? '', 'utf8')) as string[];
  const engine = await Engine.open(cfg);
  const opened = performance.now();
  const rssOpened = process.memoryUsage().rss;
  const asks: number[] = [];
  const retrieveMs: number[] = [];
  const composeMs: number[] = [];
  let grounded = 0;
  for (const q of questions) {
    const t = performance.now();
    const answer = await engine.ask(q);
    asks.push(performance.now() - t);
    retrieveMs.push(answer.timings.retrieveMs);
    composeMs.push(answer.timings.composeMs);
    if (answer.grounded) grounded++;
  }
  const mem = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      boot_ms: boot,
      import_ms: imported - boot,
      engine_open_ms: opened - imported,
      first_answer_ms: asks[0] ?? NaN,
      open_ms: opened + (asks[0] ?? NaN),
      asks_ms: asks,
      retrieve_ms: retrieveMs,
      compose_ms: composeMs,
      grounded,
      passages: engine.snapshotInfo.manifest.passageCount,
      index_dir: engine.snapshotInfo.dir,
      rss_opened_mb: rssOpened / 2 ** 20,
      rss_mb: mem.rss / 2 ** 20,
      heap_mb: mem.heapUsed / 2 ** 20,
      peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
  await engine.close();
} else {
  process.stderr.write('usage: engine-child.ts build|serve\n');
  process.exit(2);
}
