/**
 * Child process of the peers section (bench/peers.ts): builds one engine's index on disk, or opens it in a fresh
 * process and answers the queries, and prints one JSON line. Every engine gets the same passages, the same vectors
 * (Bron's local embedder) and the same queries; recall@10 is scored against exact search over those vectors.
 *   argv: build|serve <engine> <workDir>
 * workDir holds vectors.bin (Float32, passages × dims), texts.json, queries.json ({text, vector}[]), truth.json
 * (exact top-10 labels per query), corpus/ (the passages as articles, for Bron) and meta.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, engine, work] = process.argv.slice(2) as [string, string, string];
const meta = JSON.parse(readFileSync(join(work, 'meta.json'), 'utf8')) as {
  passages: number;
  dims: number;
  k: number;
  m: number;
  efConstruction: number;
  efSearch: number;
};
const queries = JSON.parse(readFileSync(join(work, 'queries.json'), 'utf8')) as { text: string; vector: number[] }[];
const truth = JSON.parse(readFileSync(join(work, 'truth.json'), 'utf8')) as number[][];
const dir = join(work, `peer-${engine}`);

function vectors(): Float32Array {
  const b = readFileSync(join(work, 'vectors.bin'));
  return new Float32Array(b.buffer, b.byteOffset, b.length / 4);
}
const texts = () => JSON.parse(readFileSync(join(work, 'texts.json'), 'utf8')) as string[];

function dirSize(d: string): number {
  let total = 0;
  for (const name of readdirSync(d)) {
    const st = statSync(join(d, name));
    total += st.isDirectory() ? dirSize(join(d, name)) : st.size;
  }
  return total;
}

/** One engine: build its index into `dir`; open it; answer a query (text and vector) with the labels of its top k. */
interface Peer {
  build(): Promise<void>;
  open(): Promise<void>;
  query(q: { text: string; vector: number[] }, k: number): Promise<number[]>;
  /** Its vector search alone, for recall against exact search (the same as `query` for a vector engine). */
  knn?(q: { text: string; vector: number[] }, k: number): Promise<number[]>;
}

async function hnswlib(): Promise<Peer> {
  const { HierarchicalNSW } = (await import('hnswlib-node')).default;
  let index = new HierarchicalNSW('cosine', meta.dims);
  const path = join(dir, 'graph.bin');
  return {
    async build() {
      const v = vectors();
      index.initIndex({ maxElements: meta.passages, m: meta.m, efConstruction: meta.efConstruction, randomSeed: 100 });
      for (let i = 0; i < meta.passages; i++)
        index.addPoint(Array.from(v.subarray(i * meta.dims, (i + 1) * meta.dims)), i);
      await index.writeIndex(path);
    },
    async open() {
      index = new HierarchicalNSW('cosine', meta.dims);
      await index.readIndex(path);
      index.setEf(meta.efSearch);
    },
    async query(q, k) {
      return index.searchKnn(q.vector, k).neighbors;
    },
  };
}

async function usearch(): Promise<Peer> {
  const { Index, MetricKind, ScalarKind } = await import('usearch');
  const make = () =>
    new Index({
      metric: MetricKind.Cos,
      dimensions: meta.dims,
      connectivity: meta.m,
      expansion_add: meta.efConstruction,
      expansion_search: meta.efSearch,
      quantization: ScalarKind.F32,
      multi: false,
    });
  let index = make();
  const path = join(dir, 'index.usearch');
  return {
    async build() {
      const v = vectors();
      const keys = new BigUint64Array(meta.passages).map((_, i) => BigInt(i));
      index.add(keys, v, 0);
      index.save(path);
    },
    async open() {
      index = make();
      index.load(path);
    },
    async query(q, k) {
      const r = index.search(new Float32Array(q.vector), k, 1); // one thread, as every other engine here
      return Array.from(r.keys as BigUint64Array, Number);
    },
  };
}

async function orama(): Promise<Peer> {
  const { create, insertMultiple, load, save, search } = await import('@orama/orama');
  const schema = { text: 'string', embedding: `vector[${meta.dims}]` } as const;
  let db = create({ schema });
  const path = join(dir, 'orama');
  const labels = (hits: { id: string }[]) => hits.map((h) => Number(h.id));
  return {
    async build() {
      const v = vectors();
      const t = texts();
      const docs = t.map((text, i) => ({
        id: String(i),
        text,
        embedding: Array.from(v.subarray(i * meta.dims, (i + 1) * meta.dims)),
      }));
      await insertMultiple(db, docs, 1000);
      writeTree(path, save(db));
    },
    async open() {
      db = create({ schema });
      load(db, readTree(path) as never);
    },
    // Orama's hybrid search: its full-text and vector scores combined, as Bron's hybrid fuses BM25 and HNSW.
    async query(q, k) {
      const r = await search(db, {
        mode: 'hybrid',
        term: q.text,
        vector: { value: q.vector, property: 'embedding' },
        similarity: 0,
        limit: k,
      } as never);
      return labels(r.hits as { id: string }[]);
    },
    async knn(q, k) {
      const r = await search(db, {
        mode: 'vector',
        vector: { value: q.vector, property: 'embedding' },
        similarity: 0,
        limit: k,
      } as never);
      return labels(r.hits as { id: string }[]);
    },
  };
}

/** Bron's own hybrid query: the published index (graph, BM25, passages, articles) and its LangChain retriever. */
async function bron(): Promise<Peer> {
  const { LocalHashEmbeddings } = await import('../src/embed/local.js');
  const { loadStore } = await import('../src/index/store.js');
  const { HybridRetriever, passageKey } = await import('../src/retrieve/hybrid.js');
  const embeddings = new LocalHashEmbeddings({ dimensions: meta.dims });
  const labelOf = JSON.parse(readFileSync(join(work, 'keys.json'), 'utf8')) as Record<string, number>;
  let retriever: InstanceType<typeof HybridRetriever> | undefined;
  let loaded: Awaited<ReturnType<typeof loadStore>> | undefined;
  return {
    async build() {
      const { loadCorpus } = await import('../src/corpus/load.js');
      const { buildIndex } = await import('../src/index/build.js');
      const { SPLIT, STATS_SPEC } = await import('../src/engine.js');
      const { articles } = await loadCorpus(join(work, 'corpus'), '/');
      const { m, efConstruction, efSearch } = meta;
      const hnsw = { m, efConstruction, efSearch };
      await buildIndex({ indexDir: dir, articles, embeddings, hnsw, split: SPLIT, stats: STATS_SPEC });
    },
    async open() {
      const { STATS_SPEC } = await import('../src/engine.js');
      const { readCombinedStats } = await import('../src/index/article-stats.js');
      const { analyse } = await import('../src/answer/question.js');
      const { CorpusStats } = await import('../src/answer/stats.js');
      loaded = await loadStore(dir, embeddings, meta.efSearch);
      const { store, bm25, manifest } = loaded;
      type Doc = import('@langchain/core/documents').Document<import('../src/ingest/passages.js').PassageMetadata>;
      const lexical = {
        search: async (terms: Parameters<typeof bm25.query>[0], k: number) =>
          bm25.query(terms, k).map((h) => ({ doc: store.docstore.search(String(h.label)) as Doc, score: h.score })),
      };
      // The engine's analysis of a question gives BM25 its terms; its statistics come from the index as at open.
      const data = await readCombinedStats(loaded.dir, STATS_SPEC.combinedVersion, store.articles!.size);
      if (!data) throw new Error('the bron-hybrid index has no answerer statistics');
      const stats = new CorpusStats(data as import('../src/answer/stats.js').CorpusStatsData);
      const termsOf = (query: string) => analyse(query, stats).retrieval;
      retriever = new HybridRetriever({ store, lexical, total: manifest.passageCount, k: meta.k, termsOf });
    },
    async query(q, k) {
      const docs = await retriever!.invoke(q.text);
      return docs.slice(0, k).map((d) => labelOf[passageKey(d.metadata)] ?? -1);
    },
    async knn(q, k) {
      const hits = await loaded!.store.similaritySearchVectorWithScore(q.vector, k);
      return hits.map(([d]) => labelOf[passageKey(d.metadata as never)] ?? -1);
    },
  };
}

/**
 * Orama's saved state as JSON files: at 100k passages it is larger than the longest string V8 can make, so a value
 * too large for one file is split into chunks of its entries (recursively), and read back the same way.
 */
function writeTree(path: string, value: unknown): void {
  try {
    writeFileSync(`${path}.json`, JSON.stringify(value));
    return;
  } catch (err) {
    if (!(err instanceof RangeError) || value === null || typeof value !== 'object') throw err;
  }
  mkdirSync(path, { recursive: true });
  const entries = Object.entries(value);
  // One entry too large alone is split further (its value); otherwise entries go in chunks.
  const size = Math.max(1, Math.ceil(entries.length / 16));
  const parts: (string | null)[] = [];
  for (let at = 0; at < entries.length; at += size) {
    const part = entries.slice(at, at + size);
    const n = parts.length;
    if (part.length === 1) {
      parts.push(part[0]![0]);
      writeTree(join(path, `part-${n}`), part[0]![1]);
    } else {
      parts.push(null);
      writeTree(join(path, `part-${n}`), Object.fromEntries(part));
    }
  }
  writeFileSync(join(path, 'parts.json'), JSON.stringify({ array: Array.isArray(value), parts }));
}

function readTree(path: string): unknown {
  if (existsSync(`${path}.json`)) return JSON.parse(readFileSync(`${path}.json`, 'utf8'));
  const { array, parts } = JSON.parse(readFileSync(join(path, 'parts.json'), 'utf8')) as {
    array: boolean;
    parts: (string | null)[];
  };
  const out: Record<string, unknown> = {};
  for (const [n, key] of parts.entries()) {
    const v = readTree(join(path, `part-${n}`));
    if (key === null) Object.assign(out, v);
    else out[key] = v;
  }
  return array ? Object.keys(out).map((k) => out[k]) : out;
}

const PEERS: Record<string, () => Promise<Peer>> = {
  'hnswlib-node': hnswlib,
  usearch,
  orama,
  'bron-hybrid': bron,
};

const at = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
};

const peer = await PEERS[engine]!();
if (mode === 'build') {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const t = performance.now();
  await peer.build();
  const ms = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ build_s: ms / 1000, disk_mb: dirSize(dir) / 2 ** 20 })}\n`);
} else {
  const t = performance.now();
  await peer.open();
  const openMs = performance.now() - t;
  const knn = peer.knn ?? peer.query;
  for (const q of queries.slice(0, 10)) await peer.query(q, meta.k); // warm-up
  const ms: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await peer.query(q, meta.k);
    ms.push(performance.now() - t0);
  }
  let recall = 0;
  for (const [i, q] of queries.entries()) {
    const got = new Set(await knn(q, meta.k));
    recall += truth[i]!.filter((l) => got.has(l)).length / Math.max(1, Math.min(meta.k, truth[i]!.length));
  }
  process.stdout.write(
    `${JSON.stringify({
      open_ms: openMs,
      query_p50_ms: at(ms, 0.5),
      query_p95_ms: at(ms, 0.95),
      recall_at_10: recall / queries.length,
      rss_mb: process.memoryUsage().rss / 2 ** 20,
    })}\n`,
  );
}
