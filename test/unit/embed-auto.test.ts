import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEmbeddings, EmbedderLoadError } from '../../src/embed/create.js';
import { MEMO_FILE } from '../../src/embed/download-memo.js';
import { log } from '../../src/log.js';
import { tempDir } from '../support/engine.js';
import { type FakeHub, startFakeHub } from '../support/fake-hub.js';
import { buildTinyModel } from '../support/tiny-model.js';

const tmp = tempDir('bron-embed-auto-');
let hub: FakeHub;
let n = 0;

beforeAll(async () => {
  // The hub serves one tiny model; anything else is a 404, i.e. a download that fails fast.
  await buildTinyModel(join(tmp.dir, 'hub'), { name: 'tiny-hub', dim: 12, dtypes: ['q8'] });
  await buildTinyModel(join(tmp.dir, 'models'), { name: 'tiny-local', dim: 8 });
  hub = await startFakeHub(join(tmp.dir, 'hub'));
});

afterAll(async () => {
  await hub.close();
  tmp.cleanup();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** An `auto` config with its own cache folder, the models folder and the fake hub. */
function autoConfig(env: Record<string, string> = {}) {
  return loadConfig({
    EMBEDDINGS: 'auto',
    EMBEDDINGS_MODEL: 'bron-test/absent',
    EMBEDDINGS_MODEL_PATH: join(tmp.dir, 'models'),
    EMBEDDINGS_CACHE_DIR: join(tmp.dir, `cache-${++n}`),
    EMBEDDINGS_REMOTE_HOST: hub.url,
    EMBEDDINGS_LOAD_TIMEOUT_MS: '5000',
    ...env,
  });
}

const memo = (cacheDir: string) => JSON.parse(readFileSync(join(cacheDir, MEMO_FILE), 'utf8'));
const infoLines = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((c) => String(c[0]));

describe('EMBEDDINGS=auto', () => {
  it('tries a failing download once, says so in one short line, and the next run makes no request', async () => {
    const cfg = autoConfig();
    const info = vi.spyOn(log, 'info');
    const before = hub.requests.length;
    const first = await createEmbeddings(cfg);
    expect(first.id).toBe('local-hash-v2@256');
    expect(hub.requests.length).toBeGreaterThan(before);
    expect(hub.requests.slice(before).every((p) => p.startsWith('/bron-test/absent/resolve/main/'))).toBe(true);
    const lines = infoLines(info);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^embedder: built-in, could not download bron-test\/absent from http:\/\/127\.0\.0\.1:\d+\//,
    );
    expect(lines[0]).toContain('next try in 24 h');
    expect(lines[0]!.length).toBeLessThan(200);
    expect(lines[0]!.split(hub.url)).toHaveLength(2); // the address is said once
    const entry = memo(cfg.EMBEDDINGS_CACHE_DIR)['bron-test/absent'];
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    expect(entry.reason).not.toBe('');

    const afterFirst = hub.requests.length;
    const second = await createEmbeddings(cfg);
    expect(second.id).toBe('local-hash-v2@256');
    expect(hub.requests.length).toBe(afterFirst);
    expect(infoLines(info)).toHaveLength(1); // nothing more at info level
  });

  it('tries again once EMBEDDINGS_DOWNLOAD_RETRY_HOURS have passed (0: every run)', async () => {
    const cfg = autoConfig();
    await mkdir(cfg.EMBEDDINGS_CACHE_DIR, { recursive: true });
    const old = new Date(Date.now() - 25 * 3_600_000).toISOString();
    await writeFile(
      join(cfg.EMBEDDINGS_CACHE_DIR, MEMO_FILE),
      JSON.stringify({ 'bron-test/absent': { at: old, reason: 'x' } }),
    );
    let before = hub.requests.length;
    await createEmbeddings(cfg);
    expect(hub.requests.length).toBeGreaterThan(before);
    expect(memo(cfg.EMBEDDINGS_CACHE_DIR)['bron-test/absent'].at).not.toBe(old);

    const every = { ...cfg, EMBEDDINGS_DOWNLOAD_RETRY_HOURS: 0 };
    before = hub.requests.length;
    await createEmbeddings(every);
    expect(hub.requests.length).toBeGreaterThan(before);
  });

  it('with EMBEDDINGS_ALLOW_DOWNLOAD=false makes no request, writes nothing and logs nothing at info', async () => {
    const cfg = autoConfig({ EMBEDDINGS_ALLOW_DOWNLOAD: 'false' });
    const info = vi.spyOn(log, 'info');
    const warn = vi.spyOn(log, 'warn');
    const before = hub.requests.length;
    const e = await createEmbeddings(cfg);
    expect(e.id).toBe('local-hash-v2@256');
    expect(hub.requests.length).toBe(before);
    expect(existsSync(cfg.EMBEDDINGS_CACHE_DIR)).toBe(false);
    expect([...infoLines(info), ...infoLines(warn)]).toEqual([]);
  });

  it('loads a model on disk without touching the hub, despite a remembered failure, and forgets the failure', async () => {
    const cfg = autoConfig({ EMBEDDINGS_MODEL: 'tiny-local' });
    await mkdir(cfg.EMBEDDINGS_CACHE_DIR, { recursive: true });
    const at = new Date().toISOString();
    await writeFile(
      join(cfg.EMBEDDINGS_CACHE_DIR, MEMO_FILE),
      JSON.stringify({ 'tiny-local': { at, reason: 'x' }, other: { at, reason: 'y' } }),
    );
    const before = hub.requests.length;
    const e = await createEmbeddings(cfg);
    try {
      expect(e.id).toBe('transformers:tiny-local@fp32');
      expect(e.dimensions).toBe(8);
      expect(hub.requests.length).toBe(before);
      expect(Object.keys(memo(cfg.EMBEDDINGS_CACHE_DIR))).toEqual(['other']);
    } finally {
      await (e as unknown as { dispose(): Promise<void> }).dispose();
    }
  });

  it('a download that works is cached; the next run loads it from disk without a request', async () => {
    const cfg = autoConfig({ EMBEDDINGS_MODEL: 'tiny-hub' });
    const before = hub.requests.length;
    const first = await createEmbeddings(cfg);
    await (first as unknown as { dispose(): Promise<void> }).dispose();
    expect(first.id).toBe('transformers:tiny-hub@q8');
    expect(hub.requests.slice(before)).toContain('/tiny-hub/resolve/main/onnx/model_quantized.onnx');
    expect(existsSync(join(cfg.EMBEDDINGS_CACHE_DIR, 'tiny-hub', 'onnx', 'model_quantized.onnx'))).toBe(true);

    const afterFirst = hub.requests.length;
    const second = await createEmbeddings(cfg);
    await (second as unknown as { dispose(): Promise<void> }).dispose();
    expect(second.id).toBe('transformers:tiny-hub@q8');
    expect(hub.requests.length).toBe(afterFirst);
  });
});

describe('EMBEDDINGS=transformers', () => {
  it('ignores a remembered failure: it tries, and fails with a clear error', async () => {
    const cfg = autoConfig();
    await createEmbeddings(cfg); // remembers the failure
    const before = hub.requests.length;
    const err = await createEmbeddings({ ...cfg, EMBEDDINGS: 'transformers' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EmbedderLoadError);
    expect((err as Error).message).toMatch(/^could not load embedding model "bron-test\/absent"/);
    expect(hub.requests.length).toBeGreaterThan(before);
  });
});
