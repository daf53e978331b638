import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Article } from '../src/corpus/article.js';
import type { LocalHashEmbeddings } from '../src/embed/local.js';
import type { BuildProgress } from '../src/index/build.js';
import type { HnswParams, SplitParams } from '../src/index/manifest.js';
import { PG_MAX_EF_SEARCH, PgIndex, redactUrl } from '../src/store/pg.js';
import { ExactIndex, idRecallAt, normalised, recallAt } from './exact.js';
import { median, percentile } from './stats.js';

/**
 * The pgvector store (src/store/pg.ts) on the synthetic corpus: the real PgIndex.build (embed, PGVectorStore inserts,
 * HNSW + GIN indexes, publish) and the real query path (LangChain PGVectorStore.similaritySearchVectorWithScore, the
 * call the engine makes), against exact search over the very vectors Postgres holds (read back from the table).
 *
 * Postgres is PGlite (Postgres compiled to WebAssembly, single-threaded) with pgvector, its data folder on disk,
 * served over the wire protocol on 127.0.0.1 by pglite-socket, and reached through the `pg` pool like any server.
 * So the figures are those of a one-core WASM Postgres, a lower bound for a native server.
 */

export interface PgBenchOptions {
  articles: Article[];
  embeddings: LocalHashEmbeddings;
  hnsw: HnswParams;
  split: SplitParams;
  queryTexts: string[];
  /** Further hnsw.ef_search values to measure (the configured one, capped at 1000, is always measured). */
  efSweep: number[];
  k: number;
  workDir: string;
  say: (message: string) => void;
  /** A real server's fresh database (startServerPg) instead of PGlite. */
  server?: BenchPg;
  /** An initialised PGlite data folder (a dumpDataDir tarball) PGlite starts from instead of running initdb. */
  pgliteTemplate?: string;
}

export interface PgBenchResult {
  /** Which Postgres: PGlite, or the server's version, pgvector version and settings. */
  server: string;
  passages: number;
  ef_search: number;
  build_s: number;
  build_passages_per_s: number;
  /** Unique + HNSW + GIN index creation, ANALYZE, manifest and publish (the 'write' phase of the build). */
  build_index_s: number;
  queries: number;
  query_p50_ms: number;
  query_p95_ms: number;
  exact_p50_ms: number;
  exact_p95_ms: number;
  speedup_p95: number;
  recall_at_10: number;
  id_recall_at_10: number;
  /** EXPLAIN of the store's query shows the HNSW index scan (not a sequential scan). */
  uses_hnsw_index: boolean;
  rss_mb: number;
  ef_sweep: { ef: number; p50_ms: number; p95_ms: number; recall_at_10: number; id_recall_at_10: number }[];
}

/** A Postgres the pgvector rows run on: its connection string, what it is, and how to let it go. */
export interface BenchPg {
  url: string;
  /** e.g. "PGlite (WASM, one core)" or "PostgreSQL 15.14, pgvector 0.8.6, maintenance_work_mem 4GB, …". */
  server: string;
  stop: () => Promise<void>;
}

/**
 * PGlite with pgvector, its data in `dir`, served over the wire on 127.0.0.1 (one WASM core, shared session). A new
 * folder starts from `template` (a dumpDataDir tarball, --pglite-template) when given, skipping initdb's ~5 s.
 */
export async function startPglite(
  dir: string,
  template?: string,
): Promise<BenchPg & { db: { exec(sql: string): Promise<unknown> } }> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const fresh = template && !existsSync(join(dir, 'PG_VERSION'));
  const loadDataDir = fresh ? { loadDataDir: new Blob([readFileSync(template)]) } : {};
  const db = await PGlite.create(dir, { extensions: { vector }, ...loadDataDir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  // The default maintenance_work_mem (64 MB) is too small for a large graph; pgvector then builds on disk pages.
  await db.exec(`SET maintenance_work_mem = '512MB'`);
  return {
    db,
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    server: 'PGlite (WASM, one core)',
    stop: async () => {
      await server.stop().catch(() => undefined);
      await db.close().catch(() => undefined);
    },
  };
}

/** Server settings that decide build and query speed, reported with every row measured on a server. */
const SETTINGS = ['shared_buffers', 'maintenance_work_mem', 'max_parallel_maintenance_workers', 'work_mem'];

/**
 * A fresh database on a real Postgres server (`--pg-url`, BENCH_DATABASE_URL), so repeated runs never mix: created
 * from `adminUrl` (a role with CREATEDB, and pgvector installed on the server), with the vector extension, and dropped
 * by stop() unless `keep`. The server's own settings are used as they are (see bench/README.md for the build's).
 */
export async function startServerPg(adminUrl: string, label: string, keep = false): Promise<BenchPg> {
  const { default: pg } = await import('pg');
  const name = `bron_bench_${label}_${Date.now().toString(36)}_${process.pid}`.replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`--pg-url: cannot connect to ${redactUrl(adminUrl)}: ${(err as Error).message}`);
  }
  let server: string;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const { rows } = await admin.query<{ name: string; setting: string }>(
      `SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS s(name)`,
      [SETTINGS],
    );
    const { rows: v } = await admin.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    server = `PostgreSQL ${v[0]!.v}, ${rows.map((r) => `${r.name} ${r.setting}`).join(', ')}`;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = new pg.Client({ connectionString: url });
  try {
    await db.connect();
    await db.query('CREATE EXTENSION IF NOT EXISTS vector');
    const { rows } = await db.query<{ v: string }>(`SELECT extversion AS v FROM pg_extension WHERE extname = 'vector'`);
    server = server.replace(/^PostgreSQL ([^ ,]+)[^,]*/, `PostgreSQL $1, pgvector ${rows[0]!.v}`);
  } finally {
    await db.end().catch(() => undefined);
  }
  return {
    url,
    server,
    stop: async () => {
      if (keep) return;
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    },
  };
}

export async function benchPgvector(opts: PgBenchOptions): Promise<PgBenchResult> {
  const { say, k } = opts;
  // PGlite unless a server is given. All PGlite socket connections share its one session, so its SETs apply to the
  // build's CREATE INDEX and to every query; on a server each connection is its own session.
  const lite = opts.server ? undefined : await startPglite(join(opts.workDir, 'pglite'), opts.pgliteTemplate);
  const { url, server } = opts.server ?? lite!;
  let pg: PgIndex | undefined;
  try {
    pg = await PgIndex.connect(url, opts.hnsw.efSearch);
    const ef = Math.min(opts.hnsw.efSearch, PG_MAX_EF_SEARCH);

    let t = performance.now();
    let writeStart = NaN;
    let next = 0;
    const onProgress = (p: BuildProgress) => {
      if (p.phase === 'write' && p.done === 0) {
        writeStart = performance.now();
        say(`pgvector: rows written (${((writeStart - t) / 1000).toFixed(1)} s); building the HNSW and GIN indexes`);
      }
      if (p.phase === 'embed' && p.total > 0 && p.done / p.total >= next) {
        say(`pgvector build: ${p.done}/${p.total} passages (${((performance.now() - t) / 1000).toFixed(1)} s)`);
        next += 0.25;
      }
    };
    const built = await pg.withLock(() =>
      pg!.build({
        articles: opts.articles,
        embeddings: opts.embeddings,
        hnsw: opts.hnsw,
        split: opts.split,
        onProgress,
      }),
    );
    const buildMs = performance.now() - t;
    const indexMs = performance.now() - writeStart;
    const passages = built.manifest.passageCount;
    say(
      `pgvector: built ${passages} passages in ${(buildMs / 1000).toFixed(1)} s (indexes, manifest and publish ${(indexMs / 1000).toFixed(1)} s)`,
    );

    // Exact search over the vectors exactly as Postgres stores them.
    t = performance.now();
    const { rows } = await pg.pool.query<{ a: string; s: number; e: string }>(
      `SELECT metadata->>'articleId' AS a, (metadata->>'seq')::int AS s, embedding::text AS e FROM ${built.table}`,
    );
    const dims = opts.embeddings.dimensions;
    const matrix = new Float32Array(rows.length * dims);
    const labelOf = new Map<string, number>();
    rows.forEach((r, i) => {
      matrix.set(normalised(JSON.parse(r.e) as number[]), i * dims);
      labelOf.set(`${r.a}#${r.s}`, i);
    });
    const exact = new ExactIndex(
      matrix,
      dims,
      Int32Array.from(rows, (_, i) => i),
    );
    say(`pgvector: read back ${rows.length} vectors in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const queries = opts.queryTexts
      .map((text) => normalised(opts.embeddings.embedQueryVector(text)))
      .filter((v) => v.some((x) => x !== 0));
    const exactMs: number[] = [];
    const truth = queries.map((q) => {
      const t0 = performance.now();
      const r = exact.search(q, k);
      exactMs.push(performance.now() - t0);
      return r;
    });

    const probe = `[${Array.from(queries[0]!).join(',')}]`;
    const plan = await pg.pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT *, "embedding" <=> $1 AS "_distance" FROM ${built.table} ORDER BY "_distance" ASC LIMIT $2`,
      [probe, k],
    );
    const usesHnsw = plan.rows.some((r) => r['QUERY PLAN'].includes(`${built.table}_hnsw`));

    const arrays = queries.map((q) => Array.from(q));
    /**
     * The engine's vector query, timed per call. In PGlite hnsw.ef_search is set (untimed) before every query: all
     * socket connections share its one session, and the pool's on-connect SET of a fresh connection would reset it.
     * On a server, a pool of its own per value sets it on each connection, as the engine's does.
     */
    const measure = async (efSearch: number) => {
      const own = lite ? undefined : await PgIndex.connect(url, efSearch);
      try {
        return await measureWith(efSearch, own ? (await own.load(opts.embeddings)).store : built.store);
      } finally {
        await own?.close();
      }
    };
    const measureWith = async (efSearch: number, store: typeof built.store) => {
      const setEf = async () => {
        await lite?.db.exec(`SET hnsw.ef_search = ${efSearch}`);
      };
      for (const a of arrays.slice(0, 20)) {
        await setEf();
        await store.similaritySearchVectorWithScore(a, k); // warm-up
      }
      const ms: number[] = [];
      let recall = 0;
      let idRecall = 0;
      for (let i = 0; i < arrays.length; i++) {
        await setEf();
        const t0 = performance.now();
        const hits = await store.similaritySearchVectorWithScore(arrays[i]!, k);
        ms.push(performance.now() - t0);
        const found = {
          labels: hits.map(([doc]) => labelOf.get(`${doc.metadata.articleId}#${doc.metadata.seq}`) ?? -1),
          scores: hits.map(([, distance]) => 1 - distance),
        };
        recall += recallAt(k, found, truth[i]!);
        idRecall += idRecallAt(k, found.labels, truth[i]!.labels);
      }
      const point = {
        ef: efSearch,
        p50_ms: median(ms),
        p95_ms: percentile(ms, 95),
        recall_at_10: recall / arrays.length,
        id_recall_at_10: idRecall / arrays.length,
      };
      say(
        `pgvector ef_search=${efSearch}: p50 ${point.p50_ms.toFixed(2)} ms, p95 ${point.p95_ms.toFixed(2)} ms, recall@10 ${point.recall_at_10.toFixed(4)}`,
      );
      return point;
    };
    const sweep = [];
    for (const e of [...new Set([...opts.efSweep.map((x) => Math.min(x, PG_MAX_EF_SEARCH)), ef])].sort((a, b) => a - b))
      sweep.push(await measure(e));
    const head = sweep.find((p) => p.ef === ef)!;
    const result: PgBenchResult = {
      server,
      passages,
      ef_search: ef,
      build_s: buildMs / 1000,
      build_passages_per_s: passages / (buildMs / 1000),
      build_index_s: indexMs / 1000,
      queries: arrays.length,
      query_p50_ms: head.p50_ms,
      query_p95_ms: head.p95_ms,
      exact_p50_ms: median(exactMs),
      exact_p95_ms: percentile(exactMs, 95),
      speedup_p95: percentile(exactMs, 95) / head.p95_ms,
      recall_at_10: head.recall_at_10,
      id_recall_at_10: head.id_recall_at_10,
      uses_hnsw_index: usesHnsw,
      rss_mb: process.memoryUsage().rss / (1024 * 1024),
      ef_sweep: sweep,
    };
    say(
      `pgvector: exact search p95 ${result.exact_p95_ms.toFixed(1)} ms${usesHnsw ? '; the planner uses the HNSW index' : '; the planner does NOT use the HNSW index (a scan is cheaper at this size)'}`,
    );
    return result;
  } finally {
    await pg?.close();
    await lite?.stop();
  }
}
