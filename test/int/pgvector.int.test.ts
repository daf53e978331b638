import { readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { ConfigError } from '../../src/config.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { PgStoreError } from '../../src/store/pg.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';
import { pgliteStart, startPostgres, type TestPostgres } from '../support/pg.js';
import { loadQuestions } from '../support/questions.js';

/** The real local embedder, counting what it embeds; `hold` parks the next embedDocuments call until released. */
class GatedEmbeddings extends LocalHashEmbeddings {
  documents = 0;
  private gate: { reached: () => void; release: Promise<void> } | undefined;
  hold(): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    let release!: () => void;
    const r = new Promise<void>((res) => (reached = res));
    const rel = new Promise<void>((res) => (release = res));
    this.gate = { reached, release: rel };
    return { reached: r, release };
  }
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    const gate = this.gate;
    if (gate) {
      this.gate = undefined;
      gate.reached();
      await gate.release;
    }
    this.documents += texts.length;
    return super.embedDocuments(texts);
  }
}

const quotes = (a: Answer) => a.citations.map((c) => `${c.articleId}:${c.start}-${c.end}`);

describe('VECTOR_STORE=pgvector (PGlite + pgvector over the Postgres wire protocol)', () => {
  const tmp = tempDir('bron-pg-');
  const corpus = copyCorpus(tmp.dir);
  let db: TestPostgres;
  let sql: pg.Pool;
  let hnsw: Engine;
  let pgEngine: Engine;
  const emb = new GatedEmbeddings();
  const pgConfig = () => testConfig({ CORPUS_DIR: corpus, VECTOR_STORE: 'pgvector', DATABASE_URL: db.url });

  beforeAll(async () => {
    db = await startPostgres();
    sql = new pg.Pool({ connectionString: db.url, max: 2 });
    hnsw = await Engine.open(testConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(tmp.dir, 'embeddings') }));
    pgEngine = await Engine.open(pgConfig(), { embeddings: emb });
  });
  afterAll(async () => {
    await pgEngine?.close();
    await sql?.end();
    await db?.close();
    tmp.cleanup();
  });

  it('builds the index of the real corpus in Postgres: manifest tables, HNSW (cosine) and GIN indexes, one live generation', async () => {
    const m = pgEngine.snapshotInfo.manifest;
    const h = hnsw.snapshotInfo.manifest;
    expect(emb.documents).toBe(m.passageCount);
    expect(m.passageCount).toBe(h.passageCount);
    expect(m.articles).toEqual(h.articles);
    expect(m).toMatchObject({ embedder: h.embedder, hnsw: h.hnsw, split: h.split, deletedCount: 0 });
    expect(pgEngine.snapshotInfo.dir).toBe('postgres:bron_passages_g1');

    const { rows: gens } = await sql.query(`SELECT generation, table_name, state, passage_count FROM bron_generations`);
    expect(gens).toEqual([
      { generation: 1, table_name: 'bron_passages_g1', state: 'live', passage_count: m.passageCount },
    ]);
    expect((await sql.query(`SELECT generation FROM bron_current`)).rows).toEqual([{ generation: 1 }]);
    expect(Number((await sql.query(`SELECT count(*) AS n FROM bron_manifest WHERE generation = 1`)).rows[0].n)).toBe(5);
    const { rows: idx } = await sql.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'bron_passages_g1'`);
    const defs = idx.map((r) => String(r.indexdef)).join('\n');
    expect(defs).toMatch(/USING hnsw \(embedding vector_cosine_ops\) WITH \(m='?16'?, ef_construction='?200'?\)/);
    expect(defs).toMatch(/USING gin \(tsv\)/);
    // The vector query LangChain sends can use the HNSW index (the planner prefers a scan on 42 rows, so forbid that here).
    const client = await sql.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const probe = `[${Array.from({ length: m.embedder.dimensions }, (_, i) => (i === 0 ? 1 : 0)).join(',')}]`;
      const plan = await client.query(
        `EXPLAIN SELECT *, "embedding" <=> $1 AS "_distance" FROM bron_passages_g1 ORDER BY "_distance" ASC LIMIT $2`,
        [probe, 5],
      );
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('bron_passages_g1_hnsw');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    const { rows: langs } = await sql.query(`SELECT DISTINCT lang FROM bron_passages_g1 ORDER BY lang`);
    expect(langs.map((r) => r.lang)).toContain('nl');

    const again = new GatedEmbeddings();
    const reopened = await Engine.open(pgConfig(), { embeddings: again });
    expect(again.documents).toBe(0); // up to date: nothing embedded, same generation
    expect(reopened.snapshotInfo.dir).toBe('postgres:bron_passages_g1');
    await reopened.close();
  });

  it('held-out questions: same vector lists (keys and scores) and refusals as the hnsw store; extractive answers agree (differences listed)', async () => {
    const questions = loadQuestions('test/fixtures/questions.json');
    const differences: string[] = [];
    let sameAnswers = 0;
    let sameTop = 0;
    for (const q of questions) {
      const [vh, vp] = [
        await hnsw.retrieve(q.question, { mode: 'vector' }),
        await pgEngine.retrieve(q.question, { mode: 'vector' }),
      ];
      expect(
        vp.map((r) => r.key),
        q.id,
      ).toEqual(vh.map((r) => r.key));
      for (const [i, r] of vp.entries()) expect(r.vectorScore!, q.id).toBeCloseTo(vh[i]!.vectorScore!, 4);

      const [hh, hp] = [await hnsw.retrieve(q.question), await pgEngine.retrieve(q.question)];
      if (hh[0]?.doc.metadata.articleId === hp[0]?.doc.metadata.articleId) sameTop++;
      const [ah, ap] = [await hnsw.ask(q.question), await pgEngine.ask(q.question)];
      expect(ap.grounded, `${q.id} refusal`).toBe(ah.grounded);
      for (const c of ap.citations)
        expect(pgEngine.snapshotInfo.articles.get(c.articleId)!.body.slice(c.start, c.end)).toBe(c.quote);
      if (ah.answer === ap.answer && quotes(ah).join() === quotes(ap).join()) sameAnswers++;
      else
        differences.push(
          `${q.id} "${q.question}": hnsw cites ${quotes(ah).join(' ')}; pgvector cites ${quotes(ap).join(' ')}`,
        );
    }
    console.info(
      `pgvector vs hnsw: ${sameAnswers}/${questions.length} identical extractive answers, ${sameTop}/${questions.length} same top article in hybrid retrieval${differences.length ? `\n  ${differences.join('\n  ')}` : ''}`,
    );
    // Measured: 22/24 identical; t004 and t012 cite other (equally grounded) passages because Postgres full-text ranks
    // the BM25 list differently from MiniSearch (no fuzzy matching, Postgres stemmers). Vector lists are identical.
    expect(sameAnswers).toBeGreaterThanOrEqual(questions.length - 3);
  });

  it('an incremental reindex re-embeds only the changed article; questions during it are served from the old generation', async () => {
    const question = 'Hoeveel soldaten uit Ulan-Ude kregen de Boerjaten?';
    const file = join(corpus, '004-dvhn-boerjaten.md');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nDe Boerjaten kregen een nieuw bataljon van vierduizend soldaten uit Ulan-Ude.\n`,
    );
    const before = emb.documents;
    const gate = emb.hold();
    const reindex = pgEngine.reindex();
    await gate.reached; // the new generation's table exists and holds the copied rows; the switch has not happened

    const { rows: gens } = await sql.query(`SELECT generation, state FROM bron_generations ORDER BY generation`);
    expect(gens).toEqual([
      { generation: 1, state: 'live' },
      { generation: 2, state: 'building' },
    ]);
    const copied = Number((await sql.query(`SELECT count(*) AS n FROM bron_passages_g2`)).rows[0].n);
    const dvhnOld = pgEngine.snapshotInfo.manifest.articles['dvhn-boerjaten']!.passages;
    expect(copied).toBe(pgEngine.snapshotInfo.manifest.passageCount - dvhnOld);
    expect(pgEngine.isReindexing).toBe(true);
    const during = await pgEngine.ask(question);
    expect(pgEngine.snapshotInfo.dir).toBe('postgres:bron_passages_g1');
    expect(during.citations.map((c) => c.quote).join(' ')).not.toContain('Ulan-Ude');
    const duringHits = await pgEngine.retrieve('Ulan-Ude vierduizend');
    expect(duringHits.every((h) => !h.doc.pageContent.includes('Ulan-Ude'))).toBe(true);

    gate.release();
    const result = await reindex;
    expect(result).toMatchObject({ mode: 'incremental', embedded: ['dvhn-boerjaten'], removed: [] });
    const dvhnNew = pgEngine.snapshotInfo.manifest.articles['dvhn-boerjaten']!.passages;
    expect(emb.documents - before).toBe(dvhnNew); // only the changed article was embedded
    expect(pgEngine.snapshotInfo.dir).toBe('postgres:bron_passages_g2');
    expect((await sql.query(`SELECT generation FROM bron_current`)).rows).toEqual([{ generation: 2 }]);
    const hits = await pgEngine.retrieve('Ulan-Ude vierduizend');
    expect(hits[0]!.doc.metadata.articleId).toBe('dvhn-boerjaten');
    expect(hits[0]!.doc.pageContent).toContain('Ulan-Ude');
    const after = await pgEngine.ask(question);
    expect(after.citations.map((c) => c.quote).join(' ')).toContain('Ulan-Ude');

    // The replaced generation stays (retired) for questions still in flight and processes that have not switched yet;
    // it is dropped by a build after its grace period (test/int/pg-generations.int.test.ts).
    expect((await sql.query(`SELECT generation, state FROM bron_generations ORDER BY generation`)).rows).toEqual([
      { generation: 1, state: 'retired' },
      { generation: 2, state: 'live' },
    ]);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEen tweede toevoeging.\n`);
    expect((await pgEngine.reindex()).mode).toBe('incremental');
    const { rows: tables } = await sql.query(
      `SELECT tablename FROM pg_tables WHERE tablename LIKE 'bron_passages_%' ORDER BY tablename`,
    );
    expect(tables.map((r) => r.tablename)).toEqual(['bron_passages_g1', 'bron_passages_g2', 'bron_passages_g3']);
    expect(await pgEngine.reindex()).toMatchObject({ mode: 'unchanged', embedded: [] });
  });

  it('a wrong DATABASE_URL, a missing one and a Postgres without pgvector give clear errors', async () => {
    const closed = await new Promise<number>((res) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => res(port));
      });
    });
    const bad = testConfig({
      CORPUS_DIR: corpus,
      VECTOR_STORE: 'pgvector',
      DATABASE_URL: `postgres://bron:hunter2@127.0.0.1:${closed}/bron`,
    });
    const err = await Engine.open(bad).then(
      () => new Error('opened'),
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(PgStoreError);
    expect(err.message).toContain(
      `cannot connect to Postgres at postgres://bron:***@127.0.0.1:${closed}/bron (DATABASE_URL)`,
    );
    expect(err.message).not.toContain('hunter2');

    expect(() => testConfig({ VECTOR_STORE: 'pgvector' })).toThrow(ConfigError);
    expect(() => testConfig({ VECTOR_STORE: 'pgvector' })).toThrow(
      /DATABASE_URL: is required when VECTOR_STORE=pgvector/,
    );
    expect(() => testConfig({ VECTOR_STORE: 'pgvector', DATABASE_URL: 'localhost:5432' })).toThrow(
      /DATABASE_URL: must be a connection string/,
    );
    expect(() => testConfig({ VECTOR_STORE: 'faiss' })).toThrow(/VECTOR_STORE: must be hnsw or pgvector/);

    // A Postgres without the extension (PGlite loaded without it): the message says what to install.
    const plain = await PGlite.create(pgliteStart());
    const server = new PGLiteSocketServer({ db: plain, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
    try {
      const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
      const noVector = testConfig({
        CORPUS_DIR: corpus,
        VECTOR_STORE: 'pgvector',
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
      });
      await expect(Engine.open(noVector)).rejects.toThrow(/has no pgvector extension.*CREATE EXTENSION vector/);
    } finally {
      await server.stop();
      await plain.close();
    }
  });
});
