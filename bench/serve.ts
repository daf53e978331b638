/**
 * Child process of the benchmark: the memory a process needs to serve vector search on the large index. It loads the
 * published index with the real `loadStore`, runs k-NN queries through LangChain's `similaritySearchWithScore`
 * (query embedding included), and prints one JSON line. A separate process, so the figure is not inflated by the
 * benchmark's own data (synthetic corpus, exact-search matrix, the builder's copies).
 *   argv: <indexDir> <queries.json> <dimensions> <efSearch> <k>
 */
import { readFileSync } from 'node:fs';
import { LocalHashEmbeddings } from '../src/embed/local.js';
import { loadStore } from '../src/index/store.js';

const [indexDir, queriesFile, dims, ef, k] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile!, 'utf8')) as string[];
const embeddings = new LocalHashEmbeddings({ dimensions: Number(dims) });
const t0 = performance.now();
const { store, manifest } = await loadStore(indexDir!, embeddings, Number(ef));
const loadMs = performance.now() - t0;
const rssLoaded = process.memoryUsage().rss;
const times: number[] = [];
for (const q of [...queries.slice(0, 20), ...queries]) {
  const t = performance.now();
  await store.similaritySearchWithScore(q, Number(k));
  times.push(performance.now() - t);
}
times.splice(0, Math.min(20, queries.length)); // warm-up
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))] ?? NaN;
const mem = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    passages: manifest.passageCount,
    load_ms: loadMs,
    rss_loaded_mb: rssLoaded / 2 ** 20,
    rss_mb: mem.rss / 2 ** 20,
    heap_mb: mem.heapUsed / 2 ** 20,
    external_mb: mem.external / 2 ** 20,
    query_p50_ms: at(0.5),
    query_p95_ms: at(0.95),
  })}\n`,
);
