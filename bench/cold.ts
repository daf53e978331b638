/**
 * Child process of the benchmark: what a fresh bot process does before its first reply. Loads the modules, opens the
 * engine on an index already on disk (configured by the environment), answers, and prints its timings as one JSON line.
 * Times are from `performance.now()`, which counts from the start of this process.
 *   BENCH_QUESTION        the question for a cold start
 *   BENCH_QUESTIONS_FILE  or a JSON array of questions, answered in turn (the engine on the large corpus)
 */
import { readFileSync } from 'node:fs';

const boot = performance.now(); // node start-up, the tsx loader, and compiling this file
const { loadConfig } = await import('../src/config.js');
const { Engine } = await import('../src/engine.js');
const imported = performance.now();
const engine = await Engine.open(loadConfig(process.env));
const opened = performance.now();
const rssOpened = process.memoryUsage().rss;
const questions = process.env.BENCH_QUESTIONS_FILE
  ? (JSON.parse(readFileSync(process.env.BENCH_QUESTIONS_FILE, 'utf8')) as string[])
  : [process.env.BENCH_QUESTION ?? 'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?'];
const asks: number[] = [];
let grounded = 0;
for (const q of questions) {
  const t = performance.now();
  const answer = await engine.ask(q);
  asks.push(performance.now() - t);
  if (answer.grounded) grounded++;
}
const answered = performance.now();
const mem = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    boot_ms: boot,
    import_ms: imported - boot,
    open_ms: opened - imported,
    answer_ms: asks[0] ?? NaN,
    asks_ms: asks,
    total_ms: answered,
    grounded,
    passages: engine.snapshotInfo.manifest.passageCount,
    index_dir: engine.snapshotInfo.dir,
    rss_opened_mb: rssOpened / 2 ** 20,
    rss_mb: mem.rss / 2 ** 20,
    heap_mb: mem.heapUsed / 2 ** 20,
  })}\n`,
);
