import { describe, expect, it } from 'vitest';
import { DEV_CORPUS_SHARDS, devCorporaSuite, devCorpusShardFiles } from '../support/dev-corpora.js';

/** Shard 1 of the dev-corpus regression guard (test/support/dev-corpora.ts: the floors and the checks). */
devCorporaSuite(1);

describe('the dev-corpus shards', () => {
  it('are all there, so every corpus is checked', () => {
    const want = Array.from({ length: DEV_CORPUS_SHARDS }, (_, i) => `eval-multi-${i + 1}.test.ts`).sort();
    expect(devCorpusShardFiles()).toEqual(want);
  });
});
