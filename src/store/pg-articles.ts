import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type pg from 'pg';
import type { Article } from '../corpus/article.js';
import { parseArticle } from '../corpus/load.js';
import type { StatsSpec } from '../index/article-stats.js';

/**
 * The articles of a pgvector generation and the answerer's statistics of them, stored with the generation so that a
 * process opening it reads neither every corpus file nor every body (at 1M passages about 1 GB of text):
 *   bron_manifest  per generation and article, beside hash, file and passages: `meta` (the article without its body,
 *                  with the file's size and times when it was read, JSON), `body`, and the article's answerer
 *                  statistics (`stats`, JSON, of version `stats_version`). Unchanged articles' rows are copied from
 *                  the previous generation, so a reindex computes them for changed articles only.
 *   bron_stats     per generation: the corpus-wide combination of its articles' statistics (`data`, JSON, of
 *                  `version`, combining `articles` articles): what opening reads.
 * A build writes both before it publishes the generation. JSON is stored as text, not jsonb: jsonb reorders object
 * keys, and the order of the statistics' keys is the order the answerer iterates them in.
 */

export interface PgArticleRecord extends Omit<Article, 'body'> {
  /** Whether the generation holds the body (rows written before bodies were stored have none). */
  stored: boolean;
}

export interface PgStoredStats {
  version: string;
  articles: number;
  data: unknown;
}

/** Bodies kept at most this many at once: a question reads the few articles its passages come from. */
const CACHE = 512;
const BATCH = 500;

/**
 * The articles of one generation as the answerer and the commands see them, bodies read on demand: `prefetch` loads
 * a question's articles in one query; a body read without it comes from the corpus file when that file still has the
 * text the generation was built from (same hash), and is refused otherwise rather than quoted from another text.
 */
export class PgArticles {
  private readonly cache = new Map<string, string>();
  /** The articles lazy() made: view() takes them as they are instead of wrapping each again (50,000 at 1M). */
  private readonly made = new WeakSet<Article>();

  constructor(
    private readonly pool: pg.Pool,
    readonly generation: number,
    private readonly byId: Map<string, PgArticleRecord>,
  ) {}

  /** The generation's articles that have a stored metadata row (all, unless it was built before they were stored). */
  records(): Iterable<PgArticleRecord> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  /** Whether the generation holds this article's body. */
  stores(id: string): boolean {
    return this.byId.get(id)?.stored === true;
  }

  /** One article as the corpus loader would give it, its body read on first access. */
  lazy(r: PgArticleRecord): Article {
    const { stored: _s, ...front } = r;
    const a = this.withBody(front, r.id, r.hash, r.file);
    this.made.add(a);
    return a;
  }

  /**
   * The corpus's articles with their bodies from this generation where it holds them (same hash): the text read at
   * open is then not kept, and a question reads what the generation's passages were cut from.
   */
  view(articles: Article[]): Map<string, Article> {
    const out = new Map<string, Article>();
    for (const a of articles) {
      if (this.made.has(a)) {
        out.set(a.id, a);
        continue;
      }
      const r = this.byId.get(a.id);
      out.set(a.id, r?.stored && r.hash === a.hash ? this.withBody(meta(a), a.id, a.hash, a.file) : a);
    }
    return out;
  }

  /** Loads the bodies of these articles that are not in memory yet, in one query. */
  async prefetch(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.cache.has(id) && this.byId.get(id)?.stored);
    if (missing.length === 0) return;
    const { rows } = await this.pool.query<{ article_id: string; body: string | null }>(
      'SELECT article_id, body FROM bron_manifest WHERE generation = $1 AND article_id = ANY($2::text[])',
      [this.generation, missing],
    );
    for (const r of rows) if (r.body !== null) this.remember(r.article_id, r.body);
  }

  /** `front` (a fresh object: it becomes the article) with the body read on first access. */
  private withBody(front: Omit<Article, 'body'>, id: string, hash: string, file: string): Article {
    return Object.defineProperty(front as Article, 'body', {
      enumerable: true,
      get: () => this.body(id, hash, file),
    });
  }

  private body(id: string, hash: string, file: string): string {
    const hit = this.cache.get(id);
    if (hit !== undefined) {
      this.cache.delete(id); // most recently used last
      this.cache.set(id, hit);
      return hit;
    }
    let text: string | undefined;
    try {
      text = readFileSync(resolve(file), 'utf8');
    } catch {
      // gone: refused below
    }
    const parsed = text === undefined ? undefined : parseArticle(file, text);
    if (!parsed || Array.isArray(parsed) || parsed.hash !== hash)
      throw new Error(
        `${file} is no longer the text index generation ${this.generation} was built from, and that text is not ` +
          'loaded; the next reindex picks the change up',
      );
    return this.remember(id, parsed.body);
  }

  private remember(id: string, body: string): string {
    this.cache.set(id, body);
    if (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value!);
    return body;
  }
}

/** Reads a generation's article rows (no bodies) and its combined statistics when they are of `statsVersion`. */
export async function loadArticles(
  pool: pg.Pool,
  generation: number,
  statsVersion: string | undefined,
): Promise<{ articles: PgArticles; stats?: PgStoredStats }> {
  const byId = new Map<string, PgArticleRecord>();
  const { rows: reg } = await pool.query<{ t: string | null }>(`SELECT to_regclass('bron_stats')::text AS t`);
  if (!reg[0]?.t) return { articles: new PgArticles(pool, generation, byId) }; // tables of an older Bron
  const { rows } = await pool.query<{ meta: string; stored: boolean }>(
    `SELECT meta, body IS NOT NULL AS stored FROM bron_manifest
      WHERE generation = $1 AND meta IS NOT NULL ORDER BY article_id`,
    [generation],
  );
  for (const r of rows) {
    const m = JSON.parse(r.meta) as PgArticleRecord;
    m.stored = r.stored;
    byId.set(m.id, m);
  }
  const articles = new PgArticles(pool, generation, byId);
  if (statsVersion === undefined) return { articles };
  const { rows: st } = await pool.query<{ version: string; articles: number; data: string }>(
    'SELECT version, articles, data FROM bron_stats WHERE generation = $1 AND version = $2',
    [generation, statsVersion],
  );
  const s = st[0];
  return s ? { articles, stats: { version: s.version, articles: s.articles, data: JSON.parse(s.data) } } : { articles };
}

/**
 * Writes (or completes) the article rows of `generation`: every article's metadata; the body of those in `withBody`
 * (the ones the build read) with their statistics (`spec`); for the others the body and statistics of `previous`'s
 * row of the same hash.
 */
export async function writeArticles(
  client: pg.Pool | pg.PoolClient,
  generation: number,
  articles: Article[],
  passages: (id: string) => number,
  withBody: ReadonlySet<string>,
  opts: { previous?: number; spec?: StatsSpec } = {},
): Promise<void> {
  const { previous, spec } = opts;
  for (let i = 0; i < articles.length; i += BATCH) {
    const slice = articles.slice(i, i + BATCH);
    const read = slice.map((a) => withBody.has(a.id));
    await client.query(
      `INSERT INTO bron_manifest (generation, article_id, hash, file, passages, meta, body, stats, stats_version)
       SELECT $1, s.id, s.hash, s.file, s.passages, s.meta, s.body, s.stats,
              CASE WHEN s.stats IS NULL THEN NULL ELSE $9::text END
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[])
           AS s(id, hash, file, passages, meta, body, stats)
       ON CONFLICT (generation, article_id) DO UPDATE SET meta = EXCLUDED.meta,
         body = coalesce(EXCLUDED.body, bron_manifest.body),
         stats = coalesce(EXCLUDED.stats, bron_manifest.stats),
         stats_version = coalesce(EXCLUDED.stats_version, bron_manifest.stats_version)`,
      [
        generation,
        slice.map((a) => a.id),
        slice.map((a) => a.hash),
        slice.map((a) => a.file),
        slice.map((a) => passages(a.id)),
        slice.map((a) => JSON.stringify(meta(a))),
        slice.map((a, j) => (read[j] ? a.body : null)),
        slice.map((a, j) => (read[j] && spec ? JSON.stringify(spec.of(a)) : null)),
        spec?.version ?? null,
      ],
    );
  }
  if (previous !== undefined)
    await client.query(
      `UPDATE bron_manifest n SET body = o.body, stats = o.stats, stats_version = o.stats_version
         FROM bron_manifest o
        WHERE n.generation = $1 AND o.generation = $2 AND o.article_id = n.article_id AND o.hash = n.hash
          AND n.body IS NULL AND o.body IS NOT NULL`,
      [generation, previous],
    );
}

/**
 * Computes the statistics `generation`'s rows lack in this version (from their stored bodies, or `articles`' when a
 * row has none), then stores their combination, in `articles`' order, in bron_stats; returns it.
 */
export async function writeStats(
  client: pg.Pool | pg.PoolClient,
  generation: number,
  articles: Article[],
  spec: StatsSpec,
): Promise<PgStoredStats> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { rows: todo } = await client.query<{ article_id: string }>(
    `SELECT article_id FROM bron_manifest
      WHERE generation = $1 AND (stats IS NULL OR stats_version IS DISTINCT FROM $2)`,
    [generation, spec.version],
  );
  for (let i = 0; i < todo.length; i += BATCH) {
    const ids = todo.slice(i, i + BATCH).map((r) => r.article_id);
    const { rows } = await client.query<{ article_id: string; body: string | null }>(
      'SELECT article_id, body FROM bron_manifest WHERE generation = $1 AND article_id = ANY($2::text[])',
      [generation, ids],
    );
    const stats = rows.map((r) => {
      const a = byId.get(r.article_id);
      if (!a) throw new Error(`article ${r.article_id} of generation ${generation} is not in the corpus`);
      return JSON.stringify(spec.of(r.body === null ? a : { ...meta(a), body: r.body }));
    });
    await client.query(
      `UPDATE bron_manifest m SET stats = s.stats, stats_version = $2
         FROM unnest($3::text[], $4::text[]) AS s(article_id, stats)
        WHERE m.generation = $1 AND m.article_id = s.article_id`,
      [generation, spec.version, rows.map((r) => r.article_id), stats],
    );
  }
  const { rows } = await client.query<{ article_id: string; stats: string }>(
    'SELECT article_id, stats FROM bron_manifest WHERE generation = $1',
    [generation],
  );
  const perArticle = new Map(rows.map((r) => [r.article_id, r.stats]));
  const list = articles.map((a) => {
    const s = perArticle.get(a.id);
    if (s === undefined) throw new Error(`generation ${generation} has no statistics of article ${a.id}`);
    return JSON.parse(s) as unknown;
  });
  const stored: PgStoredStats = { version: spec.combinedVersion, articles: list.length, data: spec.combine(list) };
  await client.query(
    `INSERT INTO bron_stats (generation, version, articles, data) VALUES ($1, $2, $3, $4)
     ON CONFLICT (generation) DO UPDATE SET version = EXCLUDED.version, articles = EXCLUDED.articles,
       data = EXCLUDED.data`,
    [generation, stored.version, stored.articles, JSON.stringify(stored.data)],
  );
  return stored;
}

/** The article without its body; never reads the body (a lazy article's body would be fetched). */
export function meta(a: Article): Omit<Article, 'body'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(a)) if (key !== 'body') out[key] = (a as unknown as Record<string, unknown>)[key];
  return out as Omit<Article, 'body'>;
}
