import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';
import { buildFolders, touchArticle } from '../support/faults.js';

describe('reindex after another process published', () => {
  const tmp = tempDir('bron-race-');
  afterAll(tmp.cleanup);
  const corpus = copyCorpus(tmp.dir);
  const indexDir = join(tmp.dir, 'embeddings');
  const cfg = testConfig({ INDEX_DIR: indexDir, CORPUS_DIR: corpus });

  it('a running engine (the bot) can still reindex after `npm run index` replaced and deleted its index folder', async () => {
    const bot = await Engine.open(cfg);
    touchArticle(corpus, '004-dvhn-boerjaten.md', 'Een zin van de andere bouwer.');
    await Engine.open(cfg); // another process: publishes a new index and removes the bot's folder
    touchArticle(corpus, '004-dvhn-boerjaten.md', 'Daarna nog een zin over negenhonderd tanks.');
    // Regression: this read files of the deleted folder (ENOENT docstore.json) and failed until a restart.
    const r = await bot.reindex();
    expect(r.passages).toBeGreaterThan(0);
    expect((await bot.ask('negenhonderd tanks')).citations.length).toBeGreaterThan(0);
    expect(buildFolders(indexDir)).toEqual([]);
  }, 30_000);
});
