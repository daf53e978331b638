import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { buildIndex } from '../../src/index/build.js';
import { IndexDirError, loadStore, MANIFEST, POINTER } from '../../src/index/store.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';
import { buildFolders, CountingEmbeddings, touchArticle } from '../support/faults.js';

const HNSW = { m: 16, efConstruction: 200, efSearch: 64 };
const SPLIT = { chunkSize: 600, chunkOverlap: 150 };
const tmp = tempDir('bron-lifecycle-');
afterAll(tmp.cleanup);

function setup(name: string) {
  const base = join(tmp.dir, name);
  mkdirSync(base);
  const corpus = copyCorpus(base);
  const indexDir = join(base, 'embeddings');
  return { base, corpus, indexDir, cfg: testConfig({ INDEX_DIR: indexDir, CORPUS_DIR: corpus }) };
}

const pointer = (indexDir: string) => readFileSync(join(indexDir, POINTER), 'utf8');

describe('index integrity metadata is required (#17.9)', () => {
  it('a manifest without checksums is not loaded unchecked: the index is rebuilt', async () => {
    const { indexDir, cfg } = setup('checksums');
    await Engine.open(cfg);
    const dir = join(indexDir, pointer(indexDir));
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    delete manifest.checksums;
    writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
    await expect(loadStore(indexDir, new LocalHashEmbeddings(), 64)).rejects.toThrow(/has no checksums/);
    const emb = new CountingEmbeddings();
    const engine = await Engine.open(cfg, { embeddings: emb });
    expect(emb.documents).toBe(engine.snapshotInfo.manifest.passageCount);
    expect(Object.keys(engine.snapshotInfo.manifest.checksums ?? {}).length).toBeGreaterThan(2);
  });
});

describe('a no-op `npm run index` publishes nothing (#17.10)', () => {
  it('reindex with nothing changed keeps the same live folder and writes no new one', async () => {
    const { indexDir, cfg } = setup('noop');
    const engine = await Engine.open(cfg);
    const before = pointer(indexDir);
    const folders = readdirSync(indexDir).sort();
    const r = await engine.reindex();
    expect(r).toMatchObject({ mode: 'unchanged', embedded: [], removed: [] });
    expect(pointer(indexDir)).toBe(before);
    expect(readdirSync(indexDir).sort()).toEqual(folders);
    expect(engine.snapshotInfo.dir).toBe(join(indexDir, before));
  });
});

describe('failed builds leave nothing behind (#17.5)', () => {
  it('a build that fails at publishing removes its folder; leftovers of killed builds go at the next start', async () => {
    const { indexDir, corpus } = setup('cleanup');
    const embeddings = new LocalHashEmbeddings();
    const articles = async () => (await loadCorpus(corpus)).articles;
    const first = await buildIndex({ indexDir, articles: await articles(), embeddings, hnsw: HNSW, split: SPLIT });
    const live = pointer(indexDir);
    touchArticle(corpus, '004-dvhn-boerjaten.md', 'Een zin die nooit gepubliceerd wordt.');
    const failing = buildIndex({
      indexDir,
      articles: await articles(),
      embeddings,
      hnsw: HNSW,
      split: SPLIT,
      previous: first,
      beforePublish: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    });
    await expect(failing).rejects.toThrow(/ENOSPC/);
    expect(buildFolders(indexDir)).toEqual([]);
    expect(readdirSync(indexDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(pointer(indexDir)).toBe(live);

    // A folder and pointer temp file of a build that was killed: removed by the next build, before it starts.
    const abandoned = '.build-2020-01-01T00-00-00-000Z-999999';
    mkdirSync(join(indexDir, abandoned));
    writeFileSync(join(indexDir, abandoned, 'hnswlib.index'), Buffer.alloc(4096));
    writeFileSync(join(indexDir, `${POINTER}.999999.tmp`), 'index-x');
    await buildIndex({ indexDir, articles: await articles(), embeddings, hnsw: HNSW, split: SPLIT, previous: first });
    expect(buildFolders(indexDir)).toEqual([]);
    expect(existsSync(join(indexDir, `${POINTER}.999999.tmp`))).toBe(false);
    expect(pointer(indexDir)).not.toBe(live);
  });
});

describe('INDEX_DIR holds only what Bron made (#17.7)', () => {
  const foreign = (indexDir: string) => {
    mkdirSync(join(indexDir, 'index-backup'), { recursive: true });
    writeFileSync(join(indexDir, 'index-backup', 'keep.txt'), 'mine');
    mkdirSync(join(indexDir, '.build-notes'));
    writeFileSync(join(indexDir, '.build-notes', 'keep.txt'), 'mine');
    mkdirSync(join(indexDir, 'photos'));
    writeFileSync(join(indexDir, 'notes.txt'), 'mine');
    writeFileSync(join(indexDir, 'index-old.tar'), 'mine');
  };
  const intact = (indexDir: string) => {
    for (const f of ['index-backup/keep.txt', '.build-notes/keep.txt', 'notes.txt', 'index-old.tar'])
      expect(readFileSync(join(indexDir, f), 'utf8'), f).toBe('mine');
    expect(existsSync(join(indexDir, 'photos'))).toBe(true);
  };

  it('a folder that already holds other files is refused by name, and nothing in it is touched', async () => {
    const { indexDir, cfg } = setup('foreign');
    foreign(indexDir);
    const err = await Engine.open(cfg).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexDirError);
    expect((err as Error).message).toMatch(
      /holds files Bron did not create \(\.build-notes, index-backup, index-old\.tar/,
    );
    expect((err as Error).message).toMatch(/Point INDEX_DIR at a new or empty folder/);
    intact(indexDir);
    expect(readdirSync(indexDir).sort()).toEqual([
      '.build-notes',
      'index-backup',
      'index-old.tar',
      'notes.txt',
      'photos',
    ]);
  });

  it("files added later to Bron's folder survive every rebuild and cleanup", async () => {
    const { indexDir, corpus, cfg } = setup('shared');
    writeFileSync(join(tmp.dir, 'shared', 'README.md'), ''); // not in INDEX_DIR: unrelated
    mkdirSync(indexDir);
    writeFileSync(join(indexDir, 'README.md'), '# the index\n'); // a checked-in README is allowed from the start
    await Engine.open(cfg);
    foreign(indexDir);
    for (const line of ['Eerste wijziging.', 'Tweede wijziging.']) {
      touchArticle(corpus, '004-dvhn-boerjaten.md', line);
      const engine = await Engine.open(cfg);
      expect((await engine.reindex()).mode).toBe('unchanged');
    }
    intact(indexDir);
    expect(readFileSync(join(indexDir, 'README.md'), 'utf8')).toBe('# the index\n');
    expect(readdirSync(indexDir).filter((n) => /^index-\d/.test(n))).toHaveLength(1);
  });
});
