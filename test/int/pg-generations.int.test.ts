import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { SPLIT } from '../../src/engine.js';
import { MANIFEST_VERSION } from '../../src/index/manifest.js';
import type { Lexicon } from '../../src/lang/lexicon.js';
import { PgIndex } from '../../src/store/pg.js';
import { touchArticle } from '../support/faults.js';
import { pgvectorSuite } from '../support/pg.js';

/** The local embedder; `holdQuery()` parks the next question's embedding (the question is then in flight). */
class GatedEmbeddings extends LocalHashEmbeddings {
  private gate: { reached: () => void; release: Promise<void> } | undefined;
  holdQuery(): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    let release!: () => void;
    const r = new Promise<void>((res) => (reached = res));
    this.gate = { reached, release: new Promise<void>((res) => (release = res)) };
    return { reached: r, release };
  }
  private async pass(): Promise<void> {
    const gate = this.gate;
    this.gate = undefined;
    if (gate) {
      gate.reached();
      await gate.release;
    }
  }
  override async embedQuery(text: string): Promise<number[]> {
    await this.pass();
    return super.embedQuery(text);
  }
  /** The engine embeds a question with its corpus's lexicon: the path questions take. */
  override async embedQueryWith(text: string, lexicon: Lexicon): Promise<number[]> {
    await this.pass();
    return super.embedQueryWith(text, lexicon);
  }
}

const ARTICLE = '004-dvhn-boerjaten.md';

/**
 * Several processes on one Postgres (#17.3): one reindexes, the others only answer. They used to keep reading the
 * generation they loaded, until a second reindex dropped its table ("relation bron_passages_g1 does not exist").
 */
describe('pgvector: readers follow the live generation; replaced ones outlive any question', () => {
  const pgs = pgvectorSuite('bron-pg-gen-');
  const { corpus, engines, open } = pgs;
  const tables = async () =>
    (
      await pgs.sql.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'bron_passages_%' ORDER BY tablename`)
    ).rows.map((r) => r.tablename as string);

  it('a reader that loaded generation 1 answers from the live one after two reindexes elsewhere; a question in flight finishes on its own', async () => {
    const readerEmb = new GatedEmbeddings();
    const reader = await open(readerEmb);
    const writer = await open();
    expect(reader.snapshotInfo.dir).toBe('postgres:bron_passages_g1');

    // A question already in flight on generation 1 when the writer reindexes twice.
    const gate = readerEmb.holdQuery();
    const inFlight = reader.ask('Wat zei Rutte over Koersk?');
    await gate.reached;
    touchArticle(corpus, ARTICLE, 'De Boerjaten kregen versterking uit Ulan-Ude met vierduizend man.');
    expect((await writer.reindex()).mode).toBe('incremental');
    touchArticle(corpus, ARTICLE, 'Een tweede toevoeging over de Boerjaten.');
    expect((await writer.reindex()).mode).toBe('incremental');
    expect((await pgs.sql.query('SELECT generation FROM bron_current')).rows).toEqual([{ generation: 3 }]);
    gate.release();
    const first = await inFlight;
    expect(first.grounded).toBe(true); // generation 1's table is still there: retired, within its grace period
    expect(await tables()).toEqual(['bron_passages_g1', 'bron_passages_g2', 'bron_passages_g3']);

    // The next question notices generation 3 and uses it (the new text is found).
    const next = await reader.ask('Hoeveel man kwam er uit Ulan-Ude?');
    expect(reader.snapshotInfo.dir).toBe('postgres:bron_passages_g3');
    expect(next.citations.map((c) => c.quote).join(' ')).toContain('Ulan-Ude');
  });

  it('generations retired longer ago than the grace period are dropped by the next build, the live one never', async () => {
    const pgIndex = await PgIndex.connect(pgs.db.url, 64, { retireGraceMs: 0 });
    try {
      const embeddings = new LocalHashEmbeddings();
      const previous = await pgIndex.load(embeddings);
      touchArticle(corpus, ARTICLE, 'Een derde toevoeging, na de wachttijd.');
      const built = await pgIndex.withLock(async () =>
        pgIndex.build({
          articles: (await loadCorpus(corpus)).articles,
          embeddings,
          hnsw: { m: 16, efConstruction: 200, efSearch: 64 },
          split: SPLIT,
          previous,
        }),
      );
      expect(built.generation).toBe(4);
      expect(await tables()).toEqual(['bron_passages_g4']);
      const { rows } = await pgs.sql.query('SELECT generation, state FROM bron_generations ORDER BY generation');
      expect(rows).toEqual([{ generation: 4, state: 'live' }]);
    } finally {
      await pgIndex.close();
    }
    // A reader still on generation 3 (dropped now) switches before its next question instead of failing on it.
    const reader = engines[0]!;
    expect(reader.snapshotInfo.dir).toBe('postgres:bron_passages_g3');
    expect((await reader.ask('Wie zijn de Boerjaten?')).grounded).toBe(true);
    expect(reader.snapshotInfo.dir).toBe('postgres:bron_passages_g4');
  });

  it('a generation another version of Bron built (or one that did not say) is rebuilt in full at the next open', async () => {
    const format = async (g: number) =>
      (await pgs.sql.query('SELECT format FROM bron_generations WHERE generation = $1', [g])).rows[0]?.format;
    expect(await format(4)).toBe(MANIFEST_VERSION);
    await pgs.sql.query('UPDATE bron_generations SET format = NULL WHERE generation = 4');
    const engine = await open();
    expect(engine.snapshotInfo.dir).toBe('postgres:bron_passages_g5');
    expect(engine.snapshotInfo.manifest.version).toBe(MANIFEST_VERSION);
    expect(await format(5)).toBe(MANIFEST_VERSION);
    // Up to date now: the next open builds nothing.
    expect((await open()).snapshotInfo.dir).toBe('postgres:bron_passages_g5');
  });
});
