import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { MANIFEST_VERSION } from '../../src/index/manifest.js';
import { loadStore, POINTER } from '../../src/index/store.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';

/** The real local embedder, counting what it is asked to embed (and optionally failing on a chosen call). */
class CountingEmbeddings extends LocalHashEmbeddings {
  documents = 0;
  failOnCall?: number;
  private calls = 0;
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    this.calls++;
    if (this.failOnCall === this.calls) throw new Error('embedder crashed mid-build');
    this.documents += texts.length;
    return super.embedDocuments(texts);
  }
}

describe('index', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  const corpus = copyCorpus(tmp.dir);
  const indexDir = join(tmp.dir, 'embeddings');
  const cfg = testConfig({ INDEX_DIR: indexDir, CORPUS_DIR: corpus });

  it('builds on first use, persists with a manifest, and loads back with the same results', async () => {
    const emb = new CountingEmbeddings();
    const engine = await Engine.open(cfg, { embeddings: emb });
    const m = engine.snapshotInfo.manifest;
    expect(emb.documents).toBe(m.passageCount);
    expect(m).toMatchObject({
      version: MANIFEST_VERSION,
      embedder: { id: 'local-hash-v2@256', dimensions: 256 },
      deletedCount: 0,
      hnsw: { space: 'cosine', m: 16, efConstruction: 200 },
    });
    expect(Object.keys(m.articles)).toHaveLength(5);
    expect(Object.values(m.articles).reduce((n, a) => n + a.passages, 0)).toBe(m.passageCount);
    expect(readFileSync(join(indexDir, POINTER), 'utf8')).toMatch(/^index-/);

    const before = await engine.retrieve('Hoeveel Noord-Koreaanse militairen zijn er in Rusland?', { mode: 'vector' });
    const again = new CountingEmbeddings();
    const reopened = await Engine.open(cfg, { embeddings: again });
    expect(again.documents).toBe(0); // up to date: nothing embedded
    const after = await reopened.retrieve('Hoeveel Noord-Koreaanse militairen zijn er in Rusland?', { mode: 'vector' });
    expect(after.map((r) => r.key)).toEqual(before.map((r) => r.key));
    expect(after[0]!.vectorScore).toBeCloseTo(before[0]!.vectorScore!, 5);
  });

  it('re-embeds only the changed article and logs why; questions see the new text', async () => {
    const file = join(corpus, '004-dvhn-boerjaten.md');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nDe Boerjaten kregen een nieuw bataljon van vierduizend soldaten uit Ulan-Ude.\n`,
    );
    const emb = new CountingEmbeddings();
    const engine = await Engine.open(cfg, { embeddings: emb });
    const dvhnPassages = engine.snapshotInfo.manifest.articles['dvhn-boerjaten']!.passages;
    expect(emb.documents).toBe(dvhnPassages);
    expect(engine.snapshotInfo.manifest.deletedCount).toBeGreaterThan(0);
    const hits = await engine.retrieve('Ulan-Ude vierduizend');
    expect(hits[0]!.doc.metadata.articleId).toBe('dvhn-boerjaten');
    expect(hits[0]!.doc.pageContent).toContain('Ulan-Ude');
  });

  it('a failed build leaves the previous index in place and serving', async () => {
    const pointer = readFileSync(join(indexDir, POINTER), 'utf8');
    const file = join(corpus, '000-poetin-onze-zaak.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEen extra zin over Pyongyang.\n`);
    const emb = new CountingEmbeddings();
    emb.failOnCall = 1;
    await expect(Engine.open(cfg, { embeddings: emb })).rejects.toThrow('embedder crashed mid-build');
    expect(readFileSync(join(indexDir, POINTER), 'utf8')).toBe(pointer);
    const loaded = await loadStore(indexDir, new LocalHashEmbeddings(), 64);
    expect(loaded.manifest.passageCount).toBeGreaterThan(0);
    // The next build succeeds and cleans up the abandoned build folder.
    const ok = await Engine.open(cfg, { embeddings: new CountingEmbeddings() });
    expect(ok.snapshotInfo.manifest.articles['poetin-onze-zaak']!.hash).not.toBe(
      loaded.manifest.articles['poetin-onze-zaak']!.hash,
    );
    expect(readdirSync(indexDir).filter((n) => n.startsWith('.build-'))).toEqual([]);
  });

  it('rebuilds fully when the embedder changes, and when the index files are damaged', async () => {
    const emb = new CountingEmbeddings({ dimensions: 128 });
    const engine = await Engine.open(cfg, { embeddings: emb });
    expect(engine.snapshotInfo.manifest.embedder.dimensions).toBe(128);
    expect(emb.documents).toBe(engine.snapshotInfo.manifest.passageCount);
    expect(engine.snapshotInfo.manifest.deletedCount).toBe(0);

    writeFileSync(join(engine.snapshotInfo.dir, 'passages.bin'), 'truncated');
    const repaired = new CountingEmbeddings({ dimensions: 128 });
    const again = await Engine.open(cfg, { embeddings: repaired });
    expect(repaired.documents).toBe(again.snapshotInfo.manifest.passageCount);
    expect((await again.retrieve('Rutte Koersk'))[0]).toBeDefined();
  });

  it('rebuilds when the pointer names a folder that is gone', async () => {
    rmSync(join(indexDir, readFileSync(join(indexDir, POINTER), 'utf8')), { recursive: true });
    const emb = new CountingEmbeddings({ dimensions: 128 });
    const engine = await Engine.open(cfg, { embeddings: emb });
    expect(emb.documents).toBe(engine.snapshotInfo.manifest.passageCount);
  });

  it('hot-swaps on reindex while answering from the old snapshot', async () => {
    const engine = await Engine.open(cfg, { embeddings: new CountingEmbeddings({ dimensions: 128 }) });
    const old = engine.snapshotInfo;
    const file = join(corpus, '003-rd-ferme-taal.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nDe hoofdredactie noemt Tsjeljabinsk.\n`);
    const running = engine.reindex();
    await expect(engine.reindex()).rejects.toThrow('already running');
    const during = await engine.ask('Wat zei Rutte over Noord-Korea?');
    expect(during.grounded).toBe(true);
    const result = await running;
    expect(result.mode).toBe('incremental');
    expect(result.embedded).toEqual(['rd-ferme-taal']);
    expect(engine.snapshotInfo).not.toBe(old);
    expect((await engine.retrieve('Tsjeljabinsk'))[0]!.doc.pageContent).toContain('Tsjeljabinsk');
    // BM25 was updated with the graph, not rebuilt: the new word is found by full-text search alone.
    const [hit] = await engine.retrieve('Tsjeljabinsk', { mode: 'bm25' });
    expect(hit!.doc.pageContent).toContain('Tsjeljabinsk');
    expect(engine.snapshotInfo.bm25!.size).toBe(engine.snapshotInfo.manifest.passageCount);
  });

  it('rebuilds an index written in an older format (words analysed otherwise; no BM25 index)', async () => {
    const engine = await Engine.open(cfg, { embeddings: new CountingEmbeddings({ dimensions: 128 }) });
    const file = join(engine.snapshotInfo.dir, 'manifest.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version: 2 }));
    rmSync(join(engine.snapshotInfo.dir, 'bm25.bin'));
    const emb = new CountingEmbeddings({ dimensions: 128 });
    const again = await Engine.open(cfg, { embeddings: emb });
    expect(emb.documents).toBe(again.snapshotInfo.manifest.passageCount);
    expect(again.snapshotInfo.manifest.version).toBe(MANIFEST_VERSION);
  });
});
