import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('config', () => {
  it('works with an empty environment (offline defaults)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      EMBEDDINGS: 'auto',
      CORPUS_DIR: 'corpus',
      INDEX_DIR: 'embeddings',
      HNSW_M: 16,
      LLM_PROVIDER: 'none',
      REPLY_MODE: 'reply',
    });
    expect(c.DISCORD_TOKEN).toBeUndefined();
  });

  it('treats empty strings as unset and parses numbers, booleans and lists', () => {
    const c = loadConfig({
      EMBEDDINGS: '',
      HNSW_EF_SEARCH: '128',
      EMBEDDINGS_ALLOW_DOWNLOAD: 'false',
      ALLOWED_CHANNELS: '123, 456,',
    });
    expect(c.EMBEDDINGS).toBe('auto');
    expect(c.HNSW_EF_SEARCH).toBe(128);
    expect(c.EMBEDDINGS_ALLOW_DOWNLOAD).toBe(false);
    expect(c.ALLOWED_CHANNELS).toEqual(['123', '456']);
  });

  it('lists every bad variable with what is wrong and the value given', () => {
    let err: unknown;
    try {
      loadConfig({
        EMBEDDINGS: 'magic',
        HNSW_M: 'lots',
        RETRIEVE_K: '0',
        DISCORD_API_BASE: 'nope',
        EMBEDDINGS_ALLOW_DOWNLOAD: 'maybe',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain('EMBEDDINGS: Invalid enum value');
    expect(msg).toContain('HNSW_M: must be a number (got "lots")');
    expect(msg).toContain('RETRIEVE_K: must be at least 1 (got "0")');
    expect(msg).toContain('DISCORD_API_BASE: must be a URL');
    expect(msg).toContain('EMBEDDINGS_ALLOW_DOWNLOAD: must be true or false');
    expect(msg).toContain('.env.example');
  });
});
