import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/corpus/article.js';
import { LocalHashEmbeddings } from '../src/embed/local.js';
import { SPLIT } from '../src/engine.js';
import { createSplitter, splitArticle } from '../src/ingest/passages.js';
import { passageKey } from '../src/retrieve/hybrid.js';
import { lastJson, run } from './child.js';
import { writeSynthCorpus } from './engine.js';
import { ExactIndex, normalised } from './exact.js';
import { round } from './stats.js';

/** One row of `"peers"` (issue 16): the keys other tools read. */
export interface PeerRow {
  name: string;
  passages: number;
  build_s: number;
  open_ms: number;
  query_p50_ms: number;
  query_p95_ms: number;
  recall_at_10: number;
  rss_mb: number;
  disk_mb: number;
}

export const PEER_NAMES = ['hnswlib-node', 'usearch', 'orama', 'bron-hybrid'] as const;

export interface PeerBenchOptions {
  seed: Article[];
  passages: number;
  questions: string[];
  queries: number;
  hnsw: { m: number; efConstruction: number; efSearch: number };
  dims: number;
  names: readonly string[];
  workDir: string;
  env: NodeJS.ProcessEnv;
  say: (message: string) => void;
  /** A folder with the sources as JavaScript (bench/peer-child.js, ../src/…): the children run it, not tsx. */
  childJs?: string;
}

/**
 * Other engines on the same passages, vectors and queries: each builds its index on disk in a fresh process
 * (bench/peer-child.ts build), then a fresh process opens it and answers every query (serve). hnswlib-node and
 * usearch answer k-NN; Orama and Bron answer hybrid (full text + vector) queries, and their recall@10 is that of their
 * vector search, against exact search over the same vectors.
 */
export async function benchPeers(opts: PeerBenchOptions): Promise<PeerRow[]> {
  const { say } = opts;
  const work = join(opts.workDir, 'peers');
  const synth = writeSynthCorpus(opts.seed, opts.passages, join(work, 'corpus'));
  const splitter = createSplitter(SPLIT);
  const texts: string[] = [];
  const keys: Record<string, number> = {};
  for (const a of synth.articles)
    for (const p of await splitArticle(a, splitter)) {
      keys[passageKey(p.metadata)] = texts.length;
      texts.push(p.pageContent);
    }
  const embeddings = new LocalHashEmbeddings({ dimensions: opts.dims });
  const vectors = new Float32Array(texts.length * opts.dims);
  for (let i = 0; i < texts.length; i += 1024)
    for (const [j, v] of (await embeddings.embedDocuments(texts.slice(i, i + 1024))).entries())
      vectors.set(normalised(v), (i + j) * opts.dims);
  const half = opts.questions.slice(0, Math.floor(opts.queries / 2));
  const queries = [...half, ...synth.queries(opts.queries - half.length, 23)]
    .map((text) => ({ text, vector: Array.from(normalised(embeddings.embedQueryVector(text))) }))
    .filter((q) => q.vector.some((x) => x !== 0));
  const exact = new ExactIndex(
    vectors,
    opts.dims,
    Int32Array.from(texts, (_, i) => i),
  );
  const truth = queries.map((q) => exact.search(Float32Array.from(q.vector), 10).labels);
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'vectors.bin'), Buffer.from(vectors.buffer));
  writeFileSync(join(work, 'texts.json'), JSON.stringify(texts));
  writeFileSync(join(work, 'queries.json'), JSON.stringify(queries));
  writeFileSync(join(work, 'truth.json'), JSON.stringify(truth));
  writeFileSync(join(work, 'keys.json'), JSON.stringify(keys));
  writeFileSync(
    join(work, 'meta.json'),
    JSON.stringify({ passages: texts.length, dims: opts.dims, k: 10, ...opts.hnsw }),
  );
  say(`peers: ${texts.length} passages, ${queries.length} queries, k=10; each engine builds, then opens and answers`);

  const rows: PeerRow[] = [];
  const script = opts.childJs
    ? [join(opts.childJs, 'bench/peer-child.js')]
    : ['--import', 'tsx', 'bench/peer-child.ts'];
  for (const name of opts.names) {
    const child = (mode: string) => run([...script, mode, name, work], opts.env).then((r) => lastJson(r.stdout));
    const built = (await child('build')) as { build_s: number; disk_mb: number };
    const served = (await child('serve')) as Omit<PeerRow, 'name' | 'passages' | 'build_s' | 'disk_mb'>;
    const row: PeerRow = {
      name,
      passages: texts.length,
      build_s: round(built.build_s),
      open_ms: round(served.open_ms),
      query_p50_ms: round(served.query_p50_ms),
      query_p95_ms: round(served.query_p95_ms),
      recall_at_10: round(served.recall_at_10, 4),
      rss_mb: round(served.rss_mb),
      disk_mb: round(built.disk_mb),
    };
    say(
      `peer ${name}: build ${row.build_s} s, open ${row.open_ms} ms, p50/p95 ${row.query_p50_ms}/${row.query_p95_ms} ms, recall@10 ${row.recall_at_10}, RSS ${row.rss_mb} MB, disk ${row.disk_mb} MB`,
    );
    rows.push(row);
  }
  return rows;
}
