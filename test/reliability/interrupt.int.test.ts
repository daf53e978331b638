import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { POINTER } from '../../src/index/store.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';
import { buildFolders, plainLines, startCli } from '../support/faults.js';

/** An article of about `bytes` of Dutch news text (the seed articles' sentences with their numbers varied). */
function bigArticle(id: string, bytes: number): string {
  const source = readFileSync('corpus/002-nos-rutte-koersk.md', 'utf8').split(/^---$/m)[2]!;
  let body = '';
  for (let i = 0; body.length < bytes; i++) body += `${source.replace(/\d+/g, (d) => String(Number(d) + i))}\n\n`;
  return `---\nid: ${id}\ntitle: "Groot artikel ${id}"\noutlet: Test\ndate: "2024-10"\nlanguage: nl\n---\n${body}`;
}

/**
 * Ctrl-C / SIGTERM during a long build (#17.1): every step of the embedding loop used to resolve without reaching the
 * event loop, so a signal handler waited for the whole build. Now the build yields between steps; the CLI stops it,
 * removes its folder, releases its lock and exits 128 + signal.
 */
describe('a signal during `npm run index` of a large corpus', () => {
  const tmp = tempDir('bron-interrupt-');
  afterAll(tmp.cleanup);
  const corpus = copyCorpus(tmp.dir);
  const indexDir = join(tmp.dir, 'embeddings');

  beforeAll(async () => {
    await Engine.open(testConfig({ INDEX_DIR: indexDir, CORPUS_DIR: corpus }));
    // Eight articles of 600 KB: about 12,000 passages to embed and insert, several seconds of work on any machine.
    for (let i = 0; i < 8; i++) writeFileSync(join(corpus, `9${i}-groot.md`), bigArticle(`groot-${i}`, 600_000));
  }, 60_000);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} mid-build: handled at once, nothing published, nothing left behind`, async () => {
      const live = readFileSync(join(indexDir, POINTER), 'utf8');
      let sentAt = 0;
      let stderr = '';
      const { child, result } = startCli(
        'src/cli/index.ts',
        [],
        {
          INDEX_DIR: indexDir,
          CORPUS_DIR: corpus,
          LOG_LEVEL: 'info',
        },
        120_000,
        (chunk) => {
          stderr += chunk;
          if (!sentAt && stderr.includes('Indexing: embed')) {
            sentAt = performance.now();
            child.kill(signal);
          }
        },
      );
      const r = await result;
      const ms = Math.round(performance.now() - sentAt);
      console.log(`${signal} during the embed phase: exit ${r.code} after ${ms} ms`);
      expect(sentAt, r.stderr).toBeGreaterThan(0);
      expect(r.signal, r.stderr).toBeNull();
      expect(r.code).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(plainLines(r.stderr)).toEqual([
        `bron: interrupted by ${signal}; the index build was stopped and the index on disk is unchanged`,
      ]);
      // Bound generous for a busy 2-core machine; a build that ignored the signal runs for many seconds more.
      expect(ms).toBeLessThan(2_000);
      expect(readFileSync(join(indexDir, POINTER), 'utf8')).toBe(live);
      expect(buildFolders(indexDir)).toEqual([]);
      expect(existsSync(join(indexDir, '.build.lock'))).toBe(false);
    }, 150_000);
  }
});
