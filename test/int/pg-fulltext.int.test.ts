import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { SPLIT } from '../../src/engine.js';
import { PgBm25, type PgBuildResult, PgIndex, PREFIX } from '../../src/store/pg.js';
import type { WeightedTerm } from '../../src/text/expand.js';
import { startPostgres, type TestPostgres } from '../support/pg.js';

const HNSW = { m: 16, efConstruction: 64, efSearch: 64 };
const terms = (words: string): WeightedTerm[] => words.split(' ').map((term) => ({ term, weight: 1, group: term }));
const keys = (hits: Awaited<ReturnType<PgBm25['search']>>) =>
  hits.map((h) => `${h.doc.metadata.articleId}#${h.doc.metadata.seq}`);

/**
 * The full-text half on Postgres (PgBm25): terms that match a large share of the table only score the passages the
 * rarer terms find (issue 16: ranking every match of a common word took seconds at 100k passages). The seed corpus
 * is small, so the threshold is lowered here to make its common words common.
 */
describe('pgvector full text: common terms bound the candidates', () => {
  let db: TestPostgres;
  let pg: PgIndex;
  let built: PgBuildResult;
  /** Passages whose text search vector holds `word` (Dutch stemming), straight from the table. */
  const matching = async (word: string) =>
    (
      await pg.pool.query<{ k: string }>(
        `SELECT article_id || '#' || seq AS k FROM ${built.table} WHERE tsv @@ plainto_tsquery('dutch', $1)`,
        [word],
      )
    ).rows.map((r) => r.k);

  beforeAll(async () => {
    db = await startPostgres();
    pg = await PgIndex.connect(db.url, HNSW.efSearch);
    const { articles } = await loadCorpus('corpus');
    built = await pg.withLock(() =>
      pg.build({ articles, embeddings: new LocalHashEmbeddings({ dimensions: 64 }), hnsw: HNSW, split: SPLIT }),
    );
  });
  afterAll(async () => {
    await pg?.close();
    await db?.close();
  });

  it('below the threshold the ranking is exhaustive, and skipping the language with no rows changes nothing', async () => {
    const n = built.manifest.passageCount;
    const every = new PgBm25(pg.pool, built.table, n, { english: true, other: true }, Number.POSITIVE_INFINITY);
    const dutchOnly = new PgBm25(pg.pool, built.table, n, { english: false, other: true });
    for (const q of ['noord korea soldaten rusland', 'boerjaten', 'rutte poetin zelensky', 'drieduizend militairen']) {
      const a = await every.search(terms(q), 8);
      expect(a.length).toBeGreaterThan(0);
      expect(await dutchOnly.search(terms(q), 8)).toEqual(a);
    }
  });

  /**
   * The ranking PgBm25 documents, computed the plain way: each term variant (and the prefix variant of a 5+ letter
   * term) matched on its own, its idf from its match count, its ts_rank_cd summed per passage.
   */
  const reference = async (words: string) => {
    const n = built.manifest.passageCount;
    const scores = new Map<string, number>();
    for (const term of new Set(words.split(' '))) {
      for (const pre of term.length >= 5 ? [false, true] : [false]) {
        const tq = pre ? `(plainto_tsquery('dutch', $1)::text || ':*')::tsquery` : `plainto_tsquery('dutch', $1)`;
        const { rows } = await pg.pool.query<{ k: string; r: number }>(
          `SELECT article_id || '#' || seq AS k, ts_rank_cd(tsv, ${tq}, 1) AS r FROM ${built.table}
            WHERE lang <> 'en' AND tsv @@ ${tq}`,
          [term],
        );
        const idf = Math.log(1 + (n - rows.length + 0.5) / (rows.length + 0.5));
        const w = pre ? PREFIX : 1;
        for (const { k, r } of rows) scores.set(k, (scores.get(k) ?? 0) + w * idf * Number(r));
      }
    }
    return scores;
  };

  it('ranks every match as the plain per-term computation does (each passage once, same score)', async () => {
    const n = built.manifest.passageCount;
    const bm25 = new PgBm25(pg.pool, built.table, n, { english: false, other: true }, Number.POSITIVE_INFINITY);
    for (const q of ['noord korea soldaten rusland', 'boerjaten', 'koerskbases koersk', 'poetin']) {
      const want = await reference(q);
      const got = await bm25.search(terms(q), n);
      expect(new Set(keys(got)).size).toBe(got.length);
      expect(new Set(keys(got))).toEqual(new Set(want.keys()));
      for (const h of got) expect(h.score).toBeCloseTo(want.get(keys([h])[0]!)!, 6);
      for (let i = 1; i < got.length; i++) expect(got[i]!.score).toBeLessThanOrEqual(got[i - 1]!.score);
    }
  });

  it('its connections run without JIT (compiling the full-text query cost more than running it)', async () => {
    const { rows } = await pg.pool.query<{ jit: string }>('SHOW jit');
    expect(rows[0]?.jit).toBe('off');
  });

  it('with common terms, candidates are the rare term’s passages (all of them) and those holding every common term', async () => {
    const n = built.manifest.passageCount;
    const korea = await matching('korea');
    const rare = await matching('boerjaten');
    expect(korea.length).toBeGreaterThan(n / 3); // common at the threshold below
    expect(rare.length).toBeGreaterThan(0);
    expect(rare.length).toBeLessThan(korea.length);
    const noord = await matching('noord');
    // Between the rare word's passages and the common ones': 'boerjaten' stays rare, 'noord' and 'korea' are common.
    const threshold = Math.floor((rare.length + Math.min(korea.length, noord.length)) / 2);
    expect(threshold).toBeGreaterThan(rare.length);
    const bounded = new PgBm25(pg.pool, built.table, n, { english: false, other: true }, threshold);
    const exhaustive = new PgBm25(pg.pool, built.table, n, { english: false, other: true }, Number.POSITIVE_INFINITY);

    const q = terms('boerjaten noord korea');
    const got = keys(await bounded.search(q, n));
    const both = new Set((await matching('noord korea')).filter((k) => korea.includes(k)));
    for (const k of rare) expect(got).toContain(k);
    for (const k of got) expect(rare.includes(k) || both.has(k)).toBe(true);
    expect(got.length).toBeLessThan(keys(await exhaustive.search(q, n)).length);
    // A passage with the rare word and the common ones outranks one with the rare word alone, as exhaustively.
    const top = keys(await exhaustive.search(q, 3));
    expect(got.slice(0, 1)).toEqual(top.slice(0, 1));
  });
});
