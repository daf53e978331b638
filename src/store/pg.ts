import { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import { Document } from '@langchain/core/documents';
import pg from 'pg';
import type { Article } from '../corpus/article.js';
import type { BronEmbeddings } from '../embed/types.js';
import type { StatsSpec } from '../index/article-stats.js';
import type { BuildProgress, BuildResult } from '../index/build.js';
import {
  type HnswParams,
  MANIFEST_VERSION,
  type Manifest,
  type SplitParams,
  settingsChanged,
} from '../index/manifest.js';
import { IndexCorruptError, IndexMissingError } from '../index/store.js';
import { createSplitter, type Passage, type PassageMetadata, splitArticle } from '../ingest/passages.js';
import { redact } from '../redact.js';
import type { LexicalIndex } from '../retrieve/hybrid.js';
import type { WeightedTerm } from '../text/expand.js';
import { loadArticles, type PgArticles, type PgStoredStats, writeArticles, writeStats } from './pg-articles.js';

/**
 * The Postgres (pgvector) store: the same index as src/index, in tables.
 *
 *   bron_generations          one row per index build: its passage table, embedder, HNSW and split settings, state
 *   bron_manifest             per generation, per article: hash, file, passage count (the manifest of manifest.ts),
 *                             and the article's metadata, body and answerer statistics (src/store/pg-articles.ts)
 *   bron_stats                per generation: the combined answerer statistics, what opening reads
 *   bron_current              one row: the live generation. Switching it is the publish step, in one transaction.
 *   bron_passages_g<N>        the passages of generation N, read and written through LangChain's PGVectorStore
 *                             (id, content, metadata, embedding) plus lang, article_id, seq and a generated tsvector,
 *                             with an HNSW index (vector_cosine_ops) and a GIN index for full-text search.
 *
 * A reindex fills a new generation table (unchanged articles' rows are copied with their vectors, bodies and
 * statistics; only changed articles are embedded), indexes it, then switches bron_current. Readers check bron_current
 * before each question (liveGeneration) and load a new generation when there is one. Questions keep using the table
 * of the snapshot they started with: a replaced generation is kept for RETIRE_GRACE_MS after it was retired (far
 * longer than any question) and dropped by a later build, so neither an in-flight question nor a process that has
 * not asked since loses its table.
 */

export class PgStoreError extends Error {
  override name = 'PgStoreError';
}

/** ts_rank_cd normalization: 1 divides by 1 + log(document length), the length damping BM25 also applies. */
const NORMALIZATION = 1;
/**
 * Weight of prefix matches of terms of 5+ letters, like MiniSearch's prefix weight (0.3). Postgres has no fuzzy match;
 * on the held-out fixture this took BM25-only hit@1 from 19 to 20 of 20.
 */
export const PREFIX = 0.3;
/** pgvector caps hnsw.ef_search at 1000. */
export const PG_MAX_EF_SEARCH = 1000;
/** Arbitrary constant key of the advisory lock that serialises builds across processes. */
const LOCK_KEY = 0x6272_6f6e; // "bron"
/** How long a replaced generation stays readable: longer than any question (LLM_TIMEOUT_MS is at most 120 s). */
export const RETIRE_GRACE_MS = 10 * 60_000;

export interface PgLoaded {
  generation: number;
  table: string;
  manifest: Manifest;
  store: PGVectorStore;
  dir: string;
  bm25: PgBm25;
  /** The generation's articles, bodies read on demand. */
  articles: PgArticles;
  /** The combined answerer statistics stored with the generation, when of the version in use and of every article. */
  stats?: PgStoredStats;
}

export interface PgBuildResult extends PgLoaded {
  mode: BuildResult['mode'];
  embedded: string[];
  removed: string[];
}

export interface PgBuildOptions {
  articles: Article[];
  embeddings: BronEmbeddings;
  hnsw: HnswParams;
  split: SplitParams;
  previous?: PgLoaded;
  batchSize?: number;
  onProgress?: (p: BuildProgress) => void;
}

/** The connection string without its password (user info, `password=` or `sslpassword=`), for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) if (/^(ssl)?password$/i.test(key)) u.searchParams.set(key, '***');
    return redact(u.toString().replaceAll('%2A%2A%2A', '***')).replaceAll('[redacted]', '***');
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

const tableOf = (generation: number) => `bron_passages_g${generation}`;

/**
 * A term variant counts as common when the planner's statistics put it in more passages than this. Common variants
 * do not bring candidates of their own (their GIN matches are a large share of the table: ranking them all took
 * seconds at 100k passages); they add their score to the passages the rare ones find, and to at most COMMON_DF
 * passages that hold all of them (or the two least common). Below COMMON_DF passages nothing is common and the
 * ranking is exhaustive, so small corpora rank exactly as before.
 */
export const COMMON_DF = 2000;

/** The query of one term variant in one configuration: its stems, or (pre) its stems as prefixes. */
const TSQ = `CASE WHEN q.pre AND plainto_tsquery(c.cfg, q.term)::text <> ''
  THEN (plainto_tsquery(c.cfg, q.term)::text || ':*')::tsquery ELSE plainto_tsquery(c.cfg, q.term) END`;

/**
 * The full-text query (see PgBm25); $1 terms, $2 weights, $3 k, $4 passages, $5/$6 English/other rows, $7 table,
 * $8 the common threshold, $9 the same as a row limit (null: none). Each candidate row is read once (one GIN scan for
 * the rare variants together, the common terms' rows by ctid) and scored against every variant there: reading a row
 * per matching variant, then again by key for the common ones, was most of the query's time.
 */
function ftsQuery(t: string): string {
  const conj = `string_agg('(' || tq::text || ')', ' & ')::tsquery`;
  return `WITH q AS (SELECT term, w, false AS pre FROM unnest($1::text[], $2::float8[]) AS q(term, w)
                UNION ALL
                SELECT term, w * ${PREFIX}, true FROM unnest($1::text[], $2::float8[]) AS q(term, w)
                  WHERE length(term) >= 5),
     c AS (SELECT * FROM (VALUES ('dutch'::regconfig, false), ('english'::regconfig, true)) AS c(cfg, en)
             WHERE (en AND $5) OR (NOT en AND $6)),
     mce AS MATERIALIZED (SELECT x.e, x.f FROM pg_stats s,
               unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS x(e, f)
              WHERE s.schemaname = current_schema() AND s.tablename = $7 AND s.attname = 'tsv' AND x.e IS NOT NULL),
     lx AS (SELECT q.term, q.pre, c.en, l.x
              FROM q CROSS JOIN c CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(c.cfg, q.term))) AS l(x)),
     lf AS (SELECT term, pre, en, min(f) AS f FROM (
              SELECT lx.term, lx.pre, lx.en, coalesce(sum(m.f), 0) AS f FROM lx LEFT JOIN mce m ON m.e = lx.x
               WHERE NOT lx.pre GROUP BY lx.term, lx.pre, lx.en, lx.x
              UNION ALL
              SELECT lx.term, lx.pre, lx.en, coalesce(sum(m.f), 0) FROM lx LEFT JOIN mce m ON starts_with(m.e, lx.x)
               WHERE lx.pre GROUP BY lx.term, lx.pre, lx.en, lx.x) s GROUP BY term, pre, en),
     v AS MATERIALIZED (
       SELECT q.term || (CASE WHEN q.pre THEN '*' ELSE '' END) AS key, q.w, q.pre, c.en, ${TSQ} AS tq,
              least(coalesce(lf.f, 0), 1) * $4 AS est
         FROM q CROSS JOIN c LEFT JOIN lf ON lf.term = q.term AND lf.pre = q.pre AND lf.en = c.en),
     rq AS (SELECT en, string_agg('(' || tq::text || ')', ' | ')::tsquery AS tq
              FROM v WHERE v.est <= $8::float8 AND tq::text <> '' GROUP BY en),
     cc AS (SELECT en, tq, row_number() OVER (PARTITION BY en ORDER BY est, key) AS n
              FROM v WHERE v.est > $8::float8 AND NOT pre AND tq::text <> ''),
     conj AS (SELECT en, ${conj} AS tq FROM cc GROUP BY en
              UNION ALL SELECT en, ${conj} FROM cc WHERE n <= 2 GROUP BY en),
     cand AS MATERIALIZED (
       SELECT p.article_id, p.seq, p.lang, p.tsv FROM rq JOIN ${t} p ON p.tsv @@ rq.tq AND (p.lang = 'en') = rq.en
       UNION ALL
       SELECT p.article_id, p.seq, p.lang, p.tsv FROM ${t} p
        WHERE p.ctid = ANY(ARRAY(SELECT x.ctid FROM conj CROSS JOIN LATERAL (
                SELECT p.ctid FROM ${t} p WHERE p.tsv @@ conj.tq AND (p.lang = 'en') = conj.en LIMIT $9::bigint) x))
          AND NOT EXISTS (SELECT FROM rq WHERE (p.lang = 'en') = rq.en AND p.tsv @@ rq.tq)),
     hits AS MATERIALIZED (
       SELECT p.article_id, p.seq, v.key, v.w, v.est <= $8::float8 AS rare,
              ts_rank_cd(p.tsv, v.tq, ${NORMALIZATION}) AS r
         FROM cand p JOIN v ON (p.lang = 'en') = v.en AND p.tsv @@ v.tq),
     df AS (SELECT key, count(*)::float8 AS n FROM hits WHERE rare GROUP BY key
            UNION ALL SELECT key, est FROM v WHERE v.est > $8::float8),
     idf AS (SELECT key, ln(1 + ($4 - sum(n) + 0.5) / (sum(n) + 0.5)) AS idf FROM df GROUP BY key),
     ranked AS (
       SELECT article_id, seq, article_id || '#' || seq AS pkey, sum(hits.w * idf.idf * hits.r)::float8 AS score
         FROM hits JOIN idf USING (key) GROUP BY article_id, seq ORDER BY score DESC, pkey LIMIT $3)
  SELECT p.content, p.metadata, r.score FROM ranked r JOIN ${t} p USING (article_id, seq)
   ORDER BY r.score DESC, r.pkey`;
}

/**
 * Full-text ranking over a generation table, the Postgres stand-in for Bm25Index: each query term is parsed with the
 * passage's language configuration (dutch or english) and matched through the GIN index. A passage's score is the sum
 * over matching terms of weight (as MiniSearch's boost: translations weigh less) × BM25's idf (from the match counts)
 * × ts_rank_cd with length normalisation. Prefix matches count at PREFIX; there is no fuzzy (typo) matching.
 * On a large table, terms that match a large share of it only score what the others find (COMMON_DF), and their idf
 * comes from the planner's statistics rather than a count.
 */
export class PgBm25 implements LexicalIndex {
  private readonly sql: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly table: string,
    private readonly passageCount: number,
    /** Which configurations have rows: English ('en' rows), the other (Dutch). Unknown: both. */
    private readonly langs = { english: true, other: true },
    /** Passages above which a term variant is common (see COMMON_DF); Infinity ranks every match. */
    private readonly commonDf = COMMON_DF,
  ) {
    this.sql = ftsQuery(table);
  }

  async search(terms: WeightedTerm[], k: number): Promise<{ doc: Document<PassageMetadata>; score: number }[]> {
    const params = this.params(terms, k);
    if (!params) return [];
    const { rows } = await this.pool.query<{ content: string; metadata: PassageMetadata; score: number }>(
      this.sql,
      params,
    );
    return rows.map((r) => ({
      doc: new Document<PassageMetadata>({ pageContent: r.content, metadata: r.metadata }),
      score: Number(r.score),
    }));
  }

  /** The server's plan of search(terms, k), run (EXPLAIN ANALYZE, BUFFERS): for bench/pg-fts.ts. */
  async explain(terms: WeightedTerm[], k: number): Promise<string> {
    const params = this.params(terms, k);
    if (!params) return '(no terms)';
    const { rows } = await this.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${this.sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  private params(terms: WeightedTerm[], k: number): unknown[] | undefined {
    const weights = new Map<string, number>();
    for (const { term, weight } of terms) {
      const t = term.trim().toLowerCase();
      if (t) weights.set(t, Math.max(weights.get(t) ?? 0, weight));
    }
    if (weights.size === 0) return undefined;
    return [
      [...weights.keys()],
      [...weights.values()],
      k,
      this.passageCount,
      this.langs.english,
      this.langs.other,
      this.table,
      this.commonDf,
      Number.isFinite(this.commonDf) ? this.commonDf : null,
    ];
  }
}

/** Which text-search configurations the generation's rows use (its articles' languages), if its articles are stored. */
function languagesOf(articles: PgArticles, count: number): { english: boolean; other: boolean } {
  if (articles.size !== count) return { english: true, other: true };
  const langs = { english: false, other: false };
  for (const a of articles.records()) {
    if (a.language === 'en') langs.english = true;
    else langs.other = true;
  }
  return langs;
}

/** One pool per engine; every connection gets the configured hnsw.ef_search. */
export class PgIndex {
  private constructor(
    readonly pool: pg.Pool,
    readonly url: string,
    readonly retireGraceMs: number,
    /** The answerer's statistics a build stores with each generation (none without). */
    readonly stats: StatsSpec | undefined,
  ) {}

  /**
   * Connects and checks that the vector extension is there (or can be created). Errors name the server, never the
   * password, since they end up in logs.
   */
  static async connect(
    url: string,
    efSearch: number,
    opts: { retireGraceMs?: number; stats?: StatsSpec } = {},
  ): Promise<PgIndex> {
    const where = redactUrl(url);
    const ef = Math.min(Math.max(efSearch, 1), PG_MAX_EF_SEARCH);
    const pool = new pg.Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true, // a CLI run (npm run index, ask) exits when done without an explicit close
      // Every connection searches with the configured ef (a placeholder setting until the vector library loads), and
      // without JIT: on a large table the planner's cost of the full-text query passes jit_above_cost, and compiling
      // it (~65 ms at 1M passages) cost more than running it (~30 ms).
      onConnect: async (client) => {
        await client.query(`SET hnsw.ef_search = ${ef}; SET jit = off`);
      },
    });
    pool.on('error', () => undefined); // an idle client lost (server restart): the pool replaces it on next use
    try {
      await pool.query('SELECT 1');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new PgStoreError(
        `cannot connect to Postgres at ${where} (DATABASE_URL): ${(err as Error).message || String(err)}`,
      );
    }
    try {
      const { rowCount } = await pool.query(`SELECT 1 FROM pg_extension WHERE extname = 'vector'`);
      if (!rowCount) await pool.query('CREATE EXTENSION IF NOT EXISTS vector');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new PgStoreError(
        `Postgres at ${where} has no pgvector extension and it could not be created (${(err as Error).message}); ` +
          'install pgvector and run "CREATE EXTENSION vector;" as a superuser (see docs/postgres.md)',
      );
    }
    return new PgIndex(pool, url, opts.retireGraceMs ?? RETIRE_GRACE_MS, opts.stats);
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  /** Cross-process build lock: a Postgres advisory lock held on one connection for the whole build. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
      }
    } finally {
      client.release();
    }
  }

  async ensureSchema(): Promise<void> {
    await this.pool.query(`
      CREATE SEQUENCE IF NOT EXISTS bron_generation_seq;
      CREATE TABLE IF NOT EXISTS bron_generations (
        generation integer PRIMARY KEY,
        table_name text NOT NULL,
        state text NOT NULL CHECK (state IN ('building', 'live', 'retired')),
        embedder_id text NOT NULL,
        dimensions integer NOT NULL,
        hnsw_m integer NOT NULL,
        ef_construction integer NOT NULL,
        chunk_size integer NOT NULL,
        chunk_overlap integer NOT NULL,
        passage_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        built_at timestamptz,
        build_ms integer
      );
      CREATE TABLE IF NOT EXISTS bron_manifest (
        generation integer NOT NULL REFERENCES bron_generations ON DELETE CASCADE,
        article_id text NOT NULL,
        hash text NOT NULL,
        file text NOT NULL,
        passages integer NOT NULL,
        PRIMARY KEY (generation, article_id)
      );
      CREATE TABLE IF NOT EXISTS bron_current (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        generation integer NOT NULL REFERENCES bron_generations
      );
      ALTER TABLE bron_generations ADD COLUMN IF NOT EXISTS retired_at timestamptz;
      ALTER TABLE bron_generations ADD COLUMN IF NOT EXISTS format integer;
      ALTER TABLE bron_manifest ADD COLUMN IF NOT EXISTS meta text, ADD COLUMN IF NOT EXISTS body text,
        ADD COLUMN IF NOT EXISTS stats_version text, ADD COLUMN IF NOT EXISTS stats text;
      CREATE TABLE IF NOT EXISTS bron_stats (
        generation integer PRIMARY KEY REFERENCES bron_generations ON DELETE CASCADE,
        version text NOT NULL,
        articles integer NOT NULL,
        data text NOT NULL
      );`);
  }

  /**
   * The live generation's number, or undefined before the first build. One small query, made before every question,
   * so a reindex by another process is picked up at the next question.
   */
  async liveGeneration(): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ g: number | null }>(
      `SELECT CASE WHEN to_regclass('bron_current') IS NULL THEN NULL
              ELSE (SELECT generation FROM bron_current) END AS g`,
    );
    return rows[0]?.g ?? undefined;
  }

  private vectorStore(embeddings: BronEmbeddings, table: string): PGVectorStore {
    return new PGVectorStore(embeddings, {
      pool: this.pool,
      tableName: table,
      distanceStrategy: 'cosine',
      skipInitializationCheck: true, // the table is ours (see build), with LangChain's four columns plus ours
      columns: {
        idColumnName: 'id',
        contentColumnName: 'content',
        metadataColumnName: 'metadata',
        vectorColumnName: 'embedding',
      },
    });
  }

  /** Loads the live generation: its manifest and the stores over its table (no passage is read here). */
  async load(embeddings: BronEmbeddings): Promise<PgLoaded> {
    const where = redactUrl(this.url);
    const { rows: reg } = await this.pool.query<{ t: string | null }>(`SELECT to_regclass('bron_current')::text AS t`);
    if (!reg[0]?.t) throw new IndexMissingError(`no Bron tables in ${where} yet`);
    const { rows: cur } = await this.pool.query(
      `SELECT g.* FROM bron_current c JOIN bron_generations g USING (generation)`,
    );
    const g = cur[0] as Record<string, unknown> | undefined;
    if (!g) throw new IndexMissingError(`no live index generation in ${where} yet`);
    const generation = Number(g.generation);
    const table = String(g.table_name);
    const { rows: arts } = await this.pool.query<{ article_id: string; hash: string; file: string; passages: number }>(
      'SELECT article_id, hash, file, passages FROM bron_manifest WHERE generation = $1 ORDER BY article_id',
      [generation],
    );
    const manifest: Manifest = {
      version: g.format == null ? 0 : Number(g.format),
      embedder: { id: String(g.embedder_id), dimensions: Number(g.dimensions) },
      articles: Object.fromEntries(
        arts.map((a) => [a.article_id, { hash: a.hash, file: a.file, passages: Number(a.passages) }]),
      ),
      passageCount: Number(g.passage_count),
      deletedCount: 0,
      hnsw: { space: 'cosine', m: Number(g.hnsw_m), efConstruction: Number(g.ef_construction) },
      split: { chunkSize: Number(g.chunk_size), chunkOverlap: Number(g.chunk_overlap) },
      builtAt: g.built_at instanceof Date ? g.built_at.toISOString() : String(g.built_at),
      buildMs: Number(g.build_ms ?? 0),
    };
    // The passages stay in Postgres: questions fetch the ones they retrieve. Checked here: the table is there and
    // readable, and the manifest's per-article counts add up (a full count(*) would read the whole table at open).
    try {
      await this.pool.query(`SELECT 1 FROM ${table} LIMIT 1`);
    } catch (err) {
      throw new IndexCorruptError(
        `passage table ${table} of generation ${generation} is unreadable: ${(err as Error).message}`,
      );
    }
    const listed = arts.reduce((n, a) => n + Number(a.passages), 0);
    if (listed !== manifest.passageCount) {
      throw new IndexCorruptError(
        `generation ${generation} lists ${listed} passages by article but says ${manifest.passageCount}`,
      );
    }
    const { articles, stats } = await loadArticles(this.pool, generation, this.stats?.combinedVersion);
    return {
      generation,
      table,
      manifest,
      store: this.vectorStore(embeddings, table),
      dir: `postgres:${table}`,
      bm25: new PgBm25(this.pool, table, manifest.passageCount, languagesOf(articles, arts.length)),
      articles,
      ...(stats?.articles === arts.length ? { stats } : {}),
    };
  }

  /**
   * Stores what a generation built by an older Bron lacks (articles' metadata and bodies, the answerer statistics of
   * this version) in place, from `articles`, the corpus it was found to match. Call under withLock. Nothing of what
   * questions read changes: the rows gain what the next open reads instead of the corpus.
   */
  async complete(loaded: PgLoaded, articles: Article[], embeddings: BronEmbeddings): Promise<PgLoaded> {
    await this.ensureSchema();
    const stored = new Set([...loaded.articles.records()].filter((r) => r.stored).map((r) => r.id));
    const missing = new Set(articles.filter((a) => !stored.has(a.id)).map((a) => a.id));
    const passages = (id: string) => loaded.manifest.articles[id]?.passages ?? 0;
    await writeArticles(this.pool, loaded.generation, articles, passages, missing, { spec: this.stats });
    if (this.stats) await writeStats(this.pool, loaded.generation, articles, this.stats);
    return this.load(embeddings);
  }

  /**
   * Builds a new generation and publishes it (see the file comment). Call under withLock. Incremental when the previous
   * generation was built with the same embedder and parameters: its rows for unchanged articles are copied, vectors and
   * all; only changed and added articles are split and embedded.
   */
  async build(opts: PgBuildOptions): Promise<PgBuildResult> {
    const t0 = performance.now();
    const { articles, embeddings, hnsw, split, previous } = opts;
    await this.ensureSchema();
    const prev =
      previous && settingsChanged(previous.manifest, embeddings, hnsw, split).length === 0 ? previous : undefined;
    const changedIds = articles.filter((a) => prev?.manifest.articles[a.id]?.hash !== a.hash).map((a) => a.id);
    const currentIds = new Set(articles.map((a) => a.id));
    const removedIds = prev ? Object.keys(prev.manifest.articles).filter((id) => !currentIds.has(id)) : [];
    if (prev && changedIds.length === 0 && removedIds.length === 0) {
      return { ...prev, mode: 'unchanged', embedded: [], removed: [] };
    }
    const mode: BuildResult['mode'] = prev ? 'incremental' : 'full';

    const changedSet = new Set(changedIds);
    const toEmbed = articles.filter((a) => changedSet.has(a.id));
    const splitter = createSplitter(split);
    const passages: Passage[] = [];
    for (const [i, a] of toEmbed.entries()) {
      passages.push(...(await splitArticle(a, splitter)));
      opts.onProgress?.({ phase: 'split', done: i + 1, total: toEmbed.length });
    }

    const { generation, table } = await this.newGeneration(embeddings, hnsw, split);
    try {
      await this.fillGeneration(table, embeddings.dimensions, prev, [...changedIds, ...removedIds]);
      await this.embedInto(table, embeddings, passages, opts);
      const english = toEmbed.filter((a) => a.language === 'en').map((a) => a.id);
      if (english.length)
        await this.pool.query(`UPDATE ${table} SET lang = 'en' WHERE article_id = ANY($1::text[])`, [english]);
      opts.onProgress?.({ phase: 'write', done: 0, total: 1 });
      await this.indexGeneration(table, hnsw);
      // Bodies are taken from the articles read for this build (changed ones); the others' are the previous rows'.
      const read = new Set(
        articles.filter((a) => changedSet.has(a.id) || !prev?.articles.stores(a.id)).map((a) => a.id),
      );
      const passageCount = await this.recordArticles(generation, table, articles, read, prev?.generation);
      await this.publish(generation, passageCount, Math.round(performance.now() - t0));
    } catch (err) {
      await this.dropGeneration(generation, table).catch(() => undefined);
      throw err;
    }
    await this.removeStale(generation);
    opts.onProgress?.({ phase: 'write', done: 1, total: 1 });
    const loaded = await this.load(embeddings);
    return { ...loaded, mode, embedded: changedIds, removed: removedIds };
  }

  /** A new generation's number and table, registered as building. */
  private async newGeneration(
    embeddings: PgBuildOptions['embeddings'],
    hnsw: PgBuildOptions['hnsw'],
    split: PgBuildOptions['split'],
  ): Promise<{ generation: number; table: string }> {
    const { rows: seq } = await this.pool.query<{ n: string }>(`SELECT nextval('bron_generation_seq') AS n`);
    const generation = Number(seq[0]!.n);
    const table = tableOf(generation);
    await this.pool.query(
      `INSERT INTO bron_generations
         (generation, table_name, state, embedder_id, dimensions, hnsw_m, ef_construction, chunk_size, chunk_overlap,
          format)
       VALUES ($1, $2, 'building', $3, $4, $5, $6, $7, $8, $9)`,
      [
        generation,
        table,
        embeddings.id,
        embeddings.dimensions,
        hnsw.m,
        hnsw.efConstruction,
        split.chunkSize,
        split.chunkOverlap,
        MANIFEST_VERSION,
      ],
    );
    return { generation, table };
  }

  /** Creates the generation's table, with the previous generation's rows of the articles that did not change. */
  private async fillGeneration(table: string, dims: number, prev: PgLoaded | undefined, skip: string[]): Promise<void> {
    await this.pool.query(`
      CREATE TABLE ${table} (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content text NOT NULL,
        metadata jsonb NOT NULL,
        embedding vector(${dims}) NOT NULL,
        lang text NOT NULL DEFAULT 'nl',
        article_id text GENERATED ALWAYS AS (metadata->>'articleId') STORED,
        seq integer GENERATED ALWAYS AS ((metadata->>'seq')::integer) STORED,
        tsv tsvector GENERATED ALWAYS AS (
          to_tsvector(CASE WHEN lang = 'en' THEN 'english'::regconfig ELSE 'dutch'::regconfig END, content)
        ) STORED
      )`);
    if (!prev) return;
    await this.pool.query(
      `INSERT INTO ${table} (id, content, metadata, embedding, lang)
       SELECT id, content, metadata, embedding, lang FROM ${prev.table} WHERE NOT (article_id = ANY($1::text[]))`,
      [skip],
    );
  }

  private async embedInto(
    table: string,
    embeddings: PgBuildOptions['embeddings'],
    passages: Passage[],
    opts: PgBuildOptions,
  ): Promise<void> {
    const store = this.vectorStore(embeddings, table);
    const batch = opts.batchSize ?? 256;
    for (let i = 0; i < passages.length; i += batch) {
      const slice = passages.slice(i, i + batch);
      const vectors = await embeddings.embedDocuments(slice.map((p) => p.pageContent));
      await store.addVectors(vectors, slice);
      opts.onProgress?.({ phase: 'embed', done: Math.min(i + batch, passages.length), total: passages.length });
    }
  }

  /** The vector (HNSW) and full-text (GIN) indexes of a filled generation, and its planner statistics. */
  private async indexGeneration(table: string, hnsw: PgBuildOptions['hnsw']): Promise<void> {
    await this.pool.query(`CREATE UNIQUE INDEX ${table}_key ON ${table} (article_id, seq)`);
    await this.pool.query(
      `CREATE INDEX ${table}_hnsw ON ${table} USING hnsw (embedding vector_cosine_ops)
         WITH (m = ${hnsw.m}, ef_construction = ${hnsw.efConstruction})`,
    );
    await this.pool.query(`CREATE INDEX ${table}_tsv ON ${table} USING gin (tsv)`);
    await this.pool.query(`ANALYZE ${table}`);
  }

  /** Writes the generation's articles (bodies of `read`, the others' kept from `previous`) and statistics. */
  private async recordArticles(
    generation: number,
    table: string,
    articles: Article[],
    read: Set<string>,
    previous: number | undefined,
  ): Promise<number> {
    const { rows: counts } = await this.pool.query<{ article_id: string; n: string }>(
      `SELECT article_id, count(*) AS n FROM ${table} GROUP BY article_id`,
    );
    const perArticle = new Map(counts.map((c) => [c.article_id, Number(c.n)]));
    await writeArticles(this.pool, generation, articles, (id) => perArticle.get(id) ?? 0, read, {
      previous,
      spec: this.stats,
    });
    if (this.stats) await writeStats(this.pool, generation, articles, this.stats);
    return [...perArticle.values()].reduce((a, b) => a + b, 0);
  }

  /** The switch: the new generation goes live and the old one retires, in one transaction on one connection. */
  private async publish(generation: number, passageCount: number, buildMs: number): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`UPDATE bron_generations SET state = 'retired', retired_at = now() WHERE state = 'live'`);
      await client.query(
        `UPDATE bron_generations SET state = 'live', passage_count = $2, built_at = now(), build_ms = $3
          WHERE generation = $1`,
        [generation, passageCount, buildMs],
      );
      await client.query(
        `INSERT INTO bron_current (id, generation) VALUES (true, $1)
         ON CONFLICT (id) DO UPDATE SET generation = EXCLUDED.generation`,
        [generation],
      );
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async dropGeneration(generation: number, table: string): Promise<void> {
    await this.pool.query(`DROP TABLE IF EXISTS ${table}`);
    await this.pool.query('DELETE FROM bron_generations WHERE generation = $1', [generation]);
  }

  /**
   * Drops generations retired longer ago than the grace period (by the database's clock, the same for every process),
   * and builds that never went live (none can be running: this runs under the build lock). Generations retired by an
   * older Bron have no time: their grace starts now.
   */
  private async removeStale(live: number): Promise<void> {
    await this.pool.query(
      `UPDATE bron_generations SET retired_at = now() WHERE state = 'retired' AND retired_at IS NULL`,
    );
    const { rows } = await this.pool.query<{ generation: number; table_name: string }>(
      `SELECT generation, table_name FROM bron_generations
        WHERE generation <> $1
          AND (state = 'building'
               OR (state = 'retired' AND retired_at <= now() - make_interval(secs => $2::float8 / 1000)))`,
      [live, this.retireGraceMs],
    );
    for (const r of rows) await this.dropGeneration(r.generation, r.table_name);
  }
}
