import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { loadStore, POINTER } from '../../src/index/store.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';
import {
  buildFolders,
  CountingEmbeddings,
  readArticle,
  restoreArticle,
  runCli,
  touchArticle,
} from '../support/faults.js';

const ARTICLE = '004-dvhn-boerjaten.md';
const QUESTION = 'Hoeveel Noord-Koreaanse militairen zijn er in Rusland?';

/**
 * Crash safety of the on-disk index, with real child processes: `npm run index` is SIGKILLed at each build checkpoint
 * (BRON_FAULT_AT, see src/index/build.ts), then the index must still load and answer, and the next build must succeed.
 */
describe('index survives SIGKILL mid-rebuild', () => {
  const tmp = tempDir('bron-faults-');
  afterAll(tmp.cleanup);
  const corpus = copyCorpus(tmp.dir);
  const indexDir = join(tmp.dir, 'embeddings');
  const cfg = testConfig({ INDEX_DIR: indexDir, CORPUS_DIR: corpus });
  const env = { INDEX_DIR: indexDir, CORPUS_DIR: corpus };

  beforeAll(async () => {
    await Engine.open(cfg, { embeddings: new LocalHashEmbeddings() });
  }, 60_000);

  for (const phase of ['split', 'embed', 'write', 'published'] as const) {
    it(`killed at "${phase}": the index loads and answers, the next rebuild succeeds and cleans up`, async () => {
      const pointer = readFileSync(join(indexDir, POINTER), 'utf8');
      const original = readArticle(corpus, ARTICLE);
      touchArticle(corpus, ARTICLE, `Een nieuwe zin over de fase ${phase} en vijfhonderd soldaten.`);

      const r = await runCli('src/cli/index.ts', [], { ...env, BRON_FAULT_AT: phase });
      expect(r.signal, r.stderr).toBe('SIGKILL');
      const lock = join(indexDir, '.build.lock');
      if (phase !== 'published' || existsSync(lock)) {
        // The killed process still "holds" the build lock. proper-lockfile treats it as stale once its mtime is 15 s
        // old; age it instead of waiting 15 s of real time.
        expect(existsSync(lock)).toBe(true);
        const old = new Date(Date.now() - 60_000);
        utimesSync(lock, old, old);
      }

      const loaded = await loadStore(indexDir, new LocalHashEmbeddings(), 64);
      expect(loaded.manifest.passageCount).toBeGreaterThan(0);
      if (phase === 'published') {
        // The kill came after the pointer swap: the new index is live and complete, nothing left to embed.
        expect(readFileSync(join(indexDir, POINTER), 'utf8')).not.toBe(pointer);
        const emb = new CountingEmbeddings();
        const engine = await Engine.open(cfg, { embeddings: emb });
        expect(emb.documents).toBe(0);
        expect((await engine.ask(QUESTION)).grounded).toBe(true);
        return;
      }
      expect(readFileSync(join(indexDir, POINTER), 'utf8')).toBe(pointer);

      // With the corpus as it was, the previous index is used as is: no rebuild, and it answers.
      restoreArticle(corpus, ARTICLE, original);
      const emb = new CountingEmbeddings();
      const engine = await Engine.open(cfg, { embeddings: emb });
      expect(emb.documents).toBe(0);
      const answer = await engine.ask(QUESTION);
      expect(answer.grounded).toBe(true);
      expect(answer.citations.length).toBeGreaterThan(0);

      // The change again: the next rebuild succeeds and removes the abandoned build folder.
      touchArticle(corpus, ARTICLE, `Een nieuwe zin over de fase ${phase} en vijfhonderd soldaten.`);
      const next = new CountingEmbeddings();
      const rebuilt = await Engine.open(cfg, { embeddings: next });
      expect(next.documents).toBeGreaterThan(0);
      expect(rebuilt.snapshotInfo.manifest.passageCount).toBeGreaterThan(0);
      expect(buildFolders(indexDir)).toEqual([]);
      expect((await rebuilt.ask('vijfhonderd soldaten fase')).citations.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it('a lock left by a killed process (old mtime) does not block the next build', async () => {
    const lock = join(indexDir, '.build.lock');
    if (!existsSync(lock)) mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    touchArticle(corpus, ARTICLE, 'Een zin na een achtergebleven slot.');
    const t0 = performance.now();
    const engine = await Engine.open(cfg, { embeddings: new CountingEmbeddings() });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(engine.snapshotInfo.manifest.passageCount).toBeGreaterThan(0);
    expect(existsSync(lock)).toBe(false); // released after the build
  }, 30_000);

  it('two `npm run index` at once with a changed article: both finish or one is told another is running; the index ends consistent', async () => {
    touchArticle(corpus, ARTICLE, 'Twee processen bouwen tegelijk de index met zevenhonderd soldaten.');
    const [a, b] = await Promise.all([runCli('src/cli/index.ts', [], env), runCli('src/cli/index.ts', [], env)]);
    for (const r of [a, b]) {
      expect(r.signal).toBeNull();
      if (r.code !== 0) {
        expect(r.code, r.stderr).toBe(3);
        expect(r.stderr).toContain('another process is rebuilding the index');
      }
    }
    expect([a.code, b.code]).toContain(0);
    console.log(`concurrent index: exit codes ${a.code} and ${b.code}`);
    const hash = (await import('node:crypto')).createHash('sha256').update(readArticle(corpus, ARTICLE)).digest('hex');
    const loaded = await loadStore(indexDir, new LocalHashEmbeddings(), 64);
    expect(loaded.manifest.articles['dvhn-boerjaten']!.hash).toBe(hash);
    expect(buildFolders(indexDir)).toEqual([]);
    const emb = new CountingEmbeddings();
    const engine = await Engine.open(cfg, { embeddings: emb });
    expect(emb.documents).toBe(0);
    expect((await engine.ask('zevenhonderd soldaten tegelijk')).citations.length).toBeGreaterThan(0);
  }, 90_000);

  it('an article with bad front matter is rejected by name, the rest are indexed, and `npm run index` exits non-zero', async () => {
    writeFileSync(join(corpus, '010-bad.md'), '---\nid: Bad Id!\ntitle: x\n---\nTekst.\n');
    writeFileSync(join(corpus, '011-broken-yaml.md'), '---\nid: [unclosed\n---\nTekst.\n');
    const r = await runCli('src/cli/index.ts', [], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rejected \S*corpus\/010-bad\.md: id: must be lowercase/);
    expect(r.stderr).toMatch(/rejected \S*corpus\/011-broken-yaml\.md: front matter is not valid YAML/);
    const loaded = await loadStore(indexDir, new LocalHashEmbeddings(), 64);
    expect(Object.keys(loaded.manifest.articles)).toHaveLength(5);
    expect(loaded.manifest.passageCount).toBeGreaterThan(0);
  }, 60_000);
});
