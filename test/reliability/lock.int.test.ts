import { existsSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { loadStore, POINTER } from '../../src/index/store.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';
import { buildFolders, plainLines, runCli, startCli, stopped, touchArticle } from '../support/faults.js';

const ARTICLE = '004-dvhn-boerjaten.md';
/** Longer than the lock's refresh interval (5 s), so its timer is due the moment the frozen process resumes. */
const FROZEN_MS = 5_500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The real local embedder; `hold()` parks the next embedDocuments call until released. */
class GatedEmbeddings extends LocalHashEmbeddings {
  private gate: { reached: () => void; release: Promise<void> } | undefined;
  hold(): { reached: Promise<void>; release: () => void } {
    let reached!: () => void;
    let release!: () => void;
    const r = new Promise<void>((res) => (reached = res));
    this.gate = { reached, release: new Promise<void>((res) => (release = res)) };
    return { reached: r, release };
  }
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    const gate = this.gate;
    this.gate = undefined;
    if (gate) {
      gate.reached();
      await gate.release;
    }
    return super.embedDocuments(texts);
  }
}

/**
 * A build that loses its lock (#17.2): proper-lockfile's default onCompromised throws from a timer, which killed the
 * CLI (and the bot during /reindex). Now the build stops at its next step, removes its folder and publishes nothing.
 */
describe('a lost build lock never crashes a process and never publishes', () => {
  const tmp = tempDir('bron-lock-');
  afterAll(tmp.cleanup);
  const corpus = copyCorpus(tmp.dir);
  const indexDir = join(tmp.dir, 'embeddings');
  const lock = join(indexDir, '.build.lock');
  const cfg = testConfig({ INDEX_DIR: indexDir, CORPUS_DIR: corpus });
  const env = { INDEX_DIR: indexDir, CORPUS_DIR: corpus, LOG_LEVEL: 'info' };
  const pointer = () => readFileSync(join(indexDir, POINTER), 'utf8');

  beforeAll(async () => {
    await Engine.open(cfg);
  }, 60_000);

  it('`npm run index` frozen past the stale time while another process takes its lock over: it neither crashes nor publishes', async () => {
    touchArticle(corpus, ARTICLE, 'Een zin voor het bevroren proces met achthonderd soldaten.');
    const a = startCli('src/cli/index.ts', [], { ...env, BRON_FAULT_AT: 'embed:stop' });
    try {
      await stopped(a.child.pid!);
      expect(existsSync(lock)).toBe(true);
      // Frozen (SIGSTOP, a VM suspend) for longer than the stale time: its lock looks abandoned and is taken over.
      const old = new Date(Date.now() - 60_000);
      utimesSync(lock, old, old);
      const b = await runCli('src/cli/index.ts', [], env);
      expect(b.code, b.stderr).toBe(0);
      const published = pointer();
      await sleep(FROZEN_MS);
      a.child.kill('SIGCONT');
      const r = await a.result;
      expect(r.signal, r.stderr).toBeNull();
      // The frozen build stopped; the index another process published is up to date, so `index` has nothing to do.
      expect(r.code, r.stderr).toBe(0);
      expect(plainLines(r.stderr)).toEqual([]);
      expect(r.stderr).toMatch(/could not update the index \(the index build lock was lost/);
      expect(pointer()).toBe(published);
    } finally {
      a.child.kill('SIGKILL');
    }
    expect(buildFolders(indexDir)).toEqual([]);
    expect(existsSync(lock)).toBe(false);
    const loaded = await loadStore(indexDir, new LocalHashEmbeddings(), 64);
    expect(loaded.manifest.articles['dvhn-boerjaten']).toBeDefined();
  }, 90_000);

  it('the index folder deleted during `npm run index`: no crash; the build stops and a complete index is made afresh', async () => {
    touchArticle(corpus, ARTICLE, 'Een zin terwijl de indexmap verdwijnt.');
    const a = startCli('src/cli/index.ts', [], { ...env, BRON_FAULT_AT: 'embed:stop' });
    try {
      await stopped(a.child.pid!);
      rmSync(indexDir, { recursive: true, force: true });
      await sleep(FROZEN_MS);
      a.child.kill('SIGCONT');
      const r = await a.result;
      expect(r.signal, r.stderr).toBeNull();
      expect(r.code, r.stderr).toBe(0);
      expect(plainLines(r.stderr)).toEqual([]);
      expect(r.stderr).toMatch(/the index build lock was lost/);
    } finally {
      a.child.kill('SIGKILL');
    }
    expect(buildFolders(indexDir)).toEqual([]);
    expect(existsSync(lock)).toBe(false);
    const loaded = await loadStore(indexDir, new LocalHashEmbeddings(), 64);
    expect(Object.keys(loaded.manifest.articles)).toHaveLength(5);
  }, 90_000);

  it('/reindex (engine.reindex in a long-lived process) whose lock disappears: it fails with a clear error, the process lives on and keeps answering from the old index', async () => {
    const emb = new GatedEmbeddings();
    const engine = await Engine.open(cfg, { embeddings: emb });
    const before = pointer();
    touchArticle(corpus, ARTICLE, 'Een zin voor een herindexering zonder slot.');
    const gate = emb.hold();
    const reindex = engine.reindex();
    reindex.catch(() => undefined);
    await gate.reached;
    rmSync(lock, { recursive: true, force: true });
    await sleep(FROZEN_MS); // the lock's refresh timer finds it gone (the old default threw here, killing the process)
    gate.release();
    await expect(reindex).rejects.toThrow(/the index build lock was lost/);
    expect(pointer()).toBe(before);
    expect(buildFolders(indexDir)).toEqual([]);
    expect((await engine.ask('Wie zijn de Boerjaten?')).grounded).toBe(true);
    expect(engine.isReindexing).toBe(false);
  }, 60_000);
});
