import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Answer } from '../../src/answer/types.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine, STATS_SPEC } from '../../src/engine.js';
import { testConfig } from '../support/engine.js';
import { readArticle, restoreArticle, touchArticle } from '../support/faults.js';
import { pgvectorSuite } from '../support/pg.js';
import { loadQuestions } from '../support/questions.js';

/** The real local embedder, counting the passages it is asked to embed. */
class CountingEmbeddings extends LocalHashEmbeddings {
  documents = 0;
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    this.documents += texts.length;
    return super.embedDocuments(texts);
  }
}

const ARTICLE = '004-dvhn-boerjaten.md';
const shown = (a: Answer) => JSON.stringify({ answer: a.answer, grounded: a.grounded, citations: a.citations });

/**
 * With VECTOR_STORE=pgvector the answerer's statistics and the articles are stored with each generation (issue 16):
 * opening reads them instead of every corpus file and body, and a reindex updates them.
 */
describe('pgvector: articles and answerer statistics stored with the generation', () => {
  const pgs = pgvectorSuite('bron-pg-stats-');
  const { tmp, corpus, engines } = pgs;
  const open = (emb = new CountingEmbeddings()) => pgs.open(emb);
  /** Article files read while `fn` runs (the loader reads them with fs/promises readFile). */
  const corpusReads = async <T>(fn: () => Promise<T>): Promise<{ value: T; reads: string[] }> => {
    const reads: string[] = [];
    const real = fsp.readFile;
    const spy = vi.spyOn(fsp, 'readFile').mockImplementation(((path: Parameters<typeof real>[0], ...rest: never[]) => {
      if (String(path).startsWith(resolve(corpus)) && String(path).endsWith('.md')) reads.push(String(path));
      return real(path, ...rest);
    }) as typeof real);
    syncBuiltinESMExports();
    try {
      return { value: await fn(), reads };
    } finally {
      spy.mockRestore();
      syncBuiltinESMExports();
    }
  };
  const fromBodies = async () => CorpusStats.fromArticles((await loadCorpus(corpus)).articles).toJSON();

  it('the build stores each article (metadata, body, statistics) and their combination with the generation', async () => {
    const engine = await open();
    const { rows } = await pgs.sql.query(
      'SELECT article_id, meta, body, stats, stats_version FROM bron_manifest WHERE generation = 1 ORDER BY article_id',
    );
    const { articles } = await loadCorpus(corpus);
    expect(rows.map((r) => r.article_id)).toEqual(articles.map((a) => a.id).sort());
    for (const r of rows) {
      const a = articles.find((x) => x.id === r.article_id)!;
      expect(r.body).toBe(a.body);
      expect(JSON.parse(r.meta)).toMatchObject({ id: a.id, title: a.title, file: a.file, hash: a.hash });
      expect(r.stats_version).toBe(STATS_SPEC.version);
    }
    const { rows: stats } = await pgs.sql.query('SELECT generation, version, articles, data FROM bron_stats');
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatchObject({ generation: 1, version: STATS_SPEC.combinedVersion, articles: 5 });
    expect(JSON.parse(stats[0].data)).toEqual(await fromBodies());
    expect(engine.snapshotInfo.stats.toJSON()).toEqual(await fromBodies());
  });

  it('opening reads the stored statistics and no article file or body, and answers as computing them would', async () => {
    const computed = vi.spyOn(CorpusStats, 'fromArticles');
    const emb = new CountingEmbeddings();
    const { value: engine, reads } = await corpusReads(() => open(emb));
    expect(computed).not.toHaveBeenCalled();
    computed.mockRestore();
    expect(reads).toEqual([]);
    expect(emb.documents).toBe(0);
    expect(engine.snapshotInfo.dir).toBe('postgres:bron_passages_g1');
    expect(engine.snapshotInfo.stats.toJSON()).toEqual(await fromBodies());
    // The bodies come from Postgres, verbatim, when asked for.
    for (const a of (await loadCorpus(corpus)).articles)
      expect(engine.snapshotInfo.articles.get(a.id)!.body).toBe(a.body);
  });

  it('answers as the file store does on the seed corpus (same vector lists, same statistics)', async () => {
    const pgEngine = engines[1]!;
    const files = await Engine.open(testConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(tmp.dir, 'index') }));
    expect(pgEngine.snapshotInfo.stats.toJSON()).toEqual(files.snapshotInfo.stats.toJSON());
    for (const q of loadQuestions('test/fixtures/questions.json')) {
      const [a, b] = [
        await files.ask(q.question, { mode: 'vector' }),
        await pgEngine.ask(q.question, { mode: 'vector' }),
      ];
      expect(shown(b), q.id).toBe(shown(a));
    }
  });

  it('a reindex after an edit stores the changed article’s statistics and the new combination; unchanged rows are copied', async () => {
    const engine = engines[1]!;
    const before = readArticle(corpus, ARTICLE);
    touchArticle(
      corpus,
      ARTICLE,
      'Generaal Zwartewaterkamp telde volgens Zwartewaterkamp zelf 4.000 Boerjatische paarden.',
    );
    const emb = engine.embeddings as CountingEmbeddings;
    const embedded = emb.documents;
    expect(await engine.reindex()).toMatchObject({ mode: 'incremental', embedded: ['dvhn-boerjaten'] });
    expect(emb.documents - embedded).toBe(engine.snapshotInfo.manifest.articles['dvhn-boerjaten']!.passages);
    expect(engine.snapshotInfo.dir).toBe('postgres:bron_passages_g2');
    const fresh = await fromBodies();
    expect(engine.snapshotInfo.stats.toJSON()).toEqual(fresh);
    expect(engine.snapshotInfo.stats.isName('zwartewaterkamp')).toBe(true);
    expect(engine.snapshotInfo.stats.isCounted('paard')).toBe(true);
    const { rows } = await pgs.sql.query(`SELECT data FROM bron_stats WHERE generation = 2`);
    expect(JSON.parse(rows[0].data)).toEqual(fresh);
    const { rows: copied } = await pgs.sql.query(
      `SELECT n.article_id, n.stats = o.stats AS same_stats, n.body = o.body AS same_body
         FROM bron_manifest n JOIN bron_manifest o USING (article_id)
        WHERE n.generation = 2 AND o.generation = 1 ORDER BY article_id`,
    );
    for (const r of copied) {
      const changed = r.article_id === 'dvhn-boerjaten';
      expect(r, r.article_id).toMatchObject({ same_stats: !changed, same_body: !changed });
    }
    // Another process opening now reads generation 2's statistics, and the edited article's new text.
    const computed = vi.spyOn(CorpusStats, 'fromArticles');
    const other = await open();
    expect(computed).not.toHaveBeenCalled();
    computed.mockRestore();
    expect(other.snapshotInfo.stats.toJSON()).toEqual(fresh);
    const answer = await other.ask('Hoeveel paarden telde Zwartewaterkamp?');
    expect(answer.citations.map((c) => c.quote).join(' ')).toContain('Zwartewaterkamp');
    restoreArticle(corpus, ARTICLE, before);
    expect((await engine.reindex()).mode).toBe('incremental');
    expect(engine.snapshotInfo.stats.toJSON()).toEqual(await fromBodies());
  });

  it('a question quotes the text the generation was built from, even after its file changed', async () => {
    const question = 'Wie zijn de Boerjaten?';
    const before = await engines[0]!.ask(question);
    expect(before.grounded).toBe(true);
    const engine = await open(); // has read no body yet
    const idle = await open();
    const name = before.citations[0]!.file.split('/').at(-1)!;
    const text = readArticle(corpus, name);
    const other = (await loadCorpus(corpus)).articles.find((a) => !a.file.endsWith(name))!;
    const otherText = readArticle(corpus, other.file.split('/').at(-1)!);
    try {
      restoreArticle(corpus, name, `${text.replace(/Boerjat/g, 'Boerjaat')}\nNog een regel.\n`);
      const after = await engine.ask(question); // before any reindex
      expect(shown(after)).toBe(shown(before));
      for (const c of after.citations)
        expect(engine.snapshotInfo.articles.get(c.articleId)!.body.slice(c.start, c.end)).toBe(c.quote);
      // A body no question loaded, of a file that changed since: refused, never another text.
      restoreArticle(corpus, other.file.split('/').at(-1)!, `${otherText}\nAnders.\n`);
      expect(() => idle.snapshotInfo.articles.get(other.id)!.body).toThrow(/is no longer the text index generation/);
    } finally {
      restoreArticle(corpus, name, text);
      restoreArticle(corpus, other.file.split('/').at(-1)!, otherText);
    }
  });

  it('a generation stored without statistics (an older Bron) gets them in place at the next open, nothing embedded', async () => {
    const live = Number((await pgs.sql.query('SELECT generation FROM bron_current')).rows[0].generation);
    await pgs.sql.query('UPDATE bron_manifest SET meta = NULL, body = NULL, stats = NULL, stats_version = NULL');
    await pgs.sql.query('DELETE FROM bron_stats');
    const emb = new CountingEmbeddings();
    const { value: engine, reads: all } = await corpusReads(() => open(emb));
    expect(all).toHaveLength(5); // nothing stored to reuse: every file is read once, to store it
    expect(emb.documents).toBe(0);
    expect(engine.snapshotInfo.dir).toBe(`postgres:bron_passages_g${live}`);
    expect(engine.snapshotInfo.stats.toJSON()).toEqual(await fromBodies());
    const { rows } = await pgs.sql.query('SELECT generation, version FROM bron_stats');
    expect(rows).toEqual([{ generation: live, version: STATS_SPEC.combinedVersion }]);
    const { rows: missing } = await pgs.sql.query(
      'SELECT count(*)::int AS n FROM bron_manifest WHERE generation = $1 AND (body IS NULL OR meta IS NULL)',
      [live],
    );
    expect(missing[0].n).toBe(0);
    // Statistics of another version are not used: they are computed again, in place.
    await pgs.sql.query(`UPDATE bron_stats SET version = 'old', data = '{}'`);
    const computed = vi.spyOn(CorpusStats, 'fromArticles');
    const { value: next, reads } = await corpusReads(() => open());
    expect(computed).not.toHaveBeenCalled();
    computed.mockRestore();
    expect(reads).toEqual([]);
    expect(next.snapshotInfo.stats.toJSON()).toEqual(await fromBodies());
    expect((await pgs.sql.query('SELECT version FROM bron_stats')).rows).toEqual([
      { version: STATS_SPEC.combinedVersion },
    ]);
  });
});
