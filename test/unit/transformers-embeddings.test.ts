import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultPrefixes,
  loadTransformersEmbeddings,
  type TransformersEmbeddings,
} from '../../src/embed/transformers.js';
import { buildTinyModel, corpusWords, DEFAULT_RELATED, type TinyModel } from '../support/tiny-model.js';

const RELATED: Array<[string, string]> = [
  ...DEFAULT_RELATED,
  ['noord', 'north'],
  ['koreaanse', 'korean'],
  ['stuurde', 'sent'],
  ['naar', 'to'],
];

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (a: number[]) => Math.sqrt(dot(a, a));
const cos = (a: number[], b: number[]) => dot(a, b) / (norm(a) * norm(b));
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i]!)));

let dir: string;
let cacheDir: string;
let tiny: TinyModel;
let emb: TransformersEmbeddings;
let loadMs: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bron-tiny-model-'));
  cacheDir = join(dir, 'cache');
  const words = await corpusWords('corpus', 300);
  tiny = await buildTinyModel(join(dir, 'models'), { name: 'tiny-bert', dim: 32, words, related: RELATED });
  const t0 = performance.now();
  emb = await loadTransformersEmbeddings({
    model: tiny.model,
    localModelPath: tiny.localModelPath,
    cacheDir,
    allowRemote: false,
    batchSize: 2,
  });
  loadMs = performance.now() - t0;
});

afterAll(async () => {
  await emb?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('loadTransformersEmbeddings with a tiny local model', () => {
  it('loads eagerly from localModelPath and learns the dimensions from a probe', () => {
    expect(emb.dimensions).toBe(tiny.dim);
    expect(emb.dtype).toBe('fp32'); // only onnx/model.onnx is on disk
    expect(emb.id).toBe('transformers:tiny-bert@fp32');
    expect(emb.queryPrefix).toBe('');
    expect(emb.passagePrefix).toBe('');
    expect(loadMs).toBeLessThan(5_000);
  });

  it('returns plain, L2-normalised number arrays', async () => {
    const q = await emb.embedQuery('Hoeveel soldaten stuurde Noord-Korea naar Rusland?');
    const [d] = await emb.embedDocuments(['De troepen in Koersk.']);
    for (const v of [q, d!]) {
      expect(Array.isArray(v)).toBe(true);
      expect(v).toHaveLength(tiny.dim);
      expect(typeof v[0]).toBe('number');
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('embedDocuments batches (with padding) and matches one-at-a-time embedQuery', async () => {
    const texts = [
      'troepen',
      'Noord-Korea stuurde troepen naar Rusland, volgens de president van Oekraïne.',
      'Het weer: regen.',
      'North Korean soldiers were sent to Kursk',
      'Poetin en de NAVO over de oorlog en de vrede in Oekraïne',
    ];
    const t0 = performance.now();
    const docs = await emb.embedDocuments(texts);
    const embedMs = performance.now() - t0;
    expect(docs).toHaveLength(5);
    for (let i = 0; i < texts.length; i++) {
      const single = await emb.embedQuery(texts[i]!);
      expect(maxDiff(docs[i]!, single)).toBeLessThan(1e-5);
    }
    expect(embedMs).toBeLessThan(2_000);
    expect(await emb.embedDocuments([])).toEqual([]);
  });

  it('similar words and sentences are closer than unrelated ones (similarity survives pooling)', async () => {
    const [troepen, troops, soldaten, soldiers, kaas] = await emb.embedDocuments([
      'troepen',
      'troops',
      'soldaten',
      'soldiers',
      'kaas',
    ]);
    expect(cos(troepen!, troops!)).toBeGreaterThan(0.95);
    expect(cos(soldaten!, soldiers!)).toBeGreaterThan(0.95);
    expect(cos(troepen!, troops!)).toBeGreaterThan(cos(troepen!, kaas!) + 0.3);

    const nl = await emb.embedQuery('Noord-Koreaanse troepen stuurde naar Rusland');
    const [en, other] = await emb.embedDocuments([
      'North-Korean troops sent to Russia',
      'Het weer en de regen in de fiets',
    ]);
    expect(cos(nl, en!)).toBeGreaterThan(0.9);
    expect(cos(nl, en!)).toBeGreaterThan(cos(nl, other!) + 0.3);
  });

  it('e5-style models get query/passage prefixes by default', async () => {
    const e5 = await buildTinyModel(join(dir, 'models'), { name: 'tiny-e5', dim: 24 });
    expect(defaultPrefixes('Xenova/multilingual-e5-small')).toEqual({ query: 'query: ', passage: 'passage: ' });
    expect(defaultPrefixes('Xenova/paraphrase-multilingual-MiniLM-L12-v2')).toEqual({ query: '', passage: '' });
    const e = await loadTransformersEmbeddings({
      model: e5.model,
      localModelPath: e5.localModelPath,
      cacheDir,
      allowRemote: false,
    });
    try {
      expect(e.dimensions).toBe(24);
      expect([e.queryPrefix, e.passagePrefix]).toEqual(['query: ', 'passage: ']);
      const texts = ['troepen naar Rusland', 'de oorlog', 'soldaten', 'vrede en oorlog in Oekraïne', 'kaas'];
      const docs = await e.embedDocuments(texts);
      const passages = await e.embedRaw(texts.map((t) => `passage: ${t}`));
      for (let i = 0; i < texts.length; i++) {
        expect(maxDiff(docs[i]!, passages[i]!)).toBeLessThan(1e-5);
        const q = await e.embedQuery(texts[i]!);
        const [raw] = await e.embedRaw([`query: ${texts[i]}`]);
        expect(maxDiff(q, raw!)).toBeLessThan(1e-5);
        expect(maxDiff(q, docs[i]!)).toBeGreaterThan(1e-3); // the prefix changes the vector
      }
    } finally {
      await e.dispose();
    }
  });

  it('chooses the quantized weights when only onnx/model_quantized.onnx is present', async () => {
    const q8 = await buildTinyModel(join(dir, 'models'), { name: 'tiny-q8', dim: 16, dtypes: ['q8'] });
    const e = await loadTransformersEmbeddings({
      model: q8.model,
      localModelPath: q8.localModelPath,
      cacheDir,
      allowRemote: false,
    });
    expect([e.dtype, e.id, e.dimensions]).toEqual(['q8', 'transformers:tiny-q8@q8', 16]);
    await e.dispose();

    const err = await loadTransformersEmbeddings({
      model: q8.model,
      localModelPath: q8.localModelPath,
      cacheDir,
      allowRemote: false,
      dtype: 'fp32',
    }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/not found locally/);
    expect(err?.message).toContain('missing onnx/model.onnx');
  });
});

describe('loadTransformersEmbeddings failures', () => {
  it('a missing model with downloads disabled rejects fast with an actionable message', async () => {
    const t0 = performance.now();
    const err = await loadTransformersEmbeddings({
      model: 'Xenova/multilingual-e5-small',
      localModelPath: join(dir, 'models'),
      cacheDir,
      allowRemote: false,
    }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(err).toBeInstanceOf(Error);
    const firstLine = err!.message.split('\n')[0]!;
    expect(firstLine).toContain(
      'embedding model "Xenova/multilingual-e5-small" (q8) not found locally and downloads are disabled',
    );
    expect(firstLine).toContain(join(dir, 'models', 'Xenova/multilingual-e5-small'));
    expect(firstLine).toContain(join(cacheDir, 'Xenova/multilingual-e5-small'));
    expect(firstLine).toContain('EMBEDDINGS_MODEL_PATH');
    expect(firstLine).toContain('EMBEDDINGS_ALLOW_DOWNLOAD=true');
    expect(firstLine).toContain('onnx/model_quantized.onnx');
    expect(err!.message).toContain('folder does not exist');
  });

  it('a model folder with broken weights fails at load time, naming the folder', async () => {
    const broken = await buildTinyModel(join(dir, 'models'), { name: 'tiny-broken', dim: 8 });
    await writeFile(join(broken.localModelPath, broken.model, 'onnx', 'model.onnx'), 'not an onnx file');
    const err = await loadTransformersEmbeddings({
      model: broken.model,
      localModelPath: broken.localModelPath,
      cacheDir,
      allowRemote: false,
    }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toContain(
      `could not load embedding model "tiny-broken" (fp32) from ${join(broken.localModelPath, 'tiny-broken')}: `,
    );
  });

  describe('with downloads allowed', () => {
    let hanging: Server;
    let hangingUrl: string;
    let refusedUrl: string;

    beforeAll(async () => {
      // Accepts connections and never answers: a download that hangs.
      hanging = createServer(() => undefined);
      await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
      hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`;
      // A port nobody listens on: connections are refused.
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
      await new Promise((r) => closed.close(r));
    });

    afterAll(() => {
      hanging.closeAllConnections();
      hanging.close();
    });

    const remote = (remoteHost?: string) =>
      loadTransformersEmbeddings({
        model: 'bron-test/no-such-model',
        localModelPath: join(dir, 'models'),
        cacheDir,
        allowRemote: true,
        loadTimeoutMs: 300,
        ...(remoteHost ? { remoteHost } : {}),
      }).then(
        () => undefined,
        (e: Error) => e,
      );

    it('a model already on disk loads without touching the (hanging) hub', async () => {
      const e = await loadTransformersEmbeddings({
        model: tiny.model,
        localModelPath: tiny.localModelPath,
        cacheDir,
        allowRemote: true,
        loadTimeoutMs: 300,
        remoteHost: hangingUrl,
      });
      expect(e.dimensions).toBe(tiny.dim);
      expect(maxDiff(await e.embedQuery('troepen'), await emb.embedQuery('troepen'))).toBeLessThan(1e-6);
      await e.dispose();
    });

    it('a hanging hub fails within loadTimeoutMs', async () => {
      const t0 = performance.now();
      const err = await remote(hangingUrl);
      expect(performance.now() - t0).toBeLessThan(2_000);
      expect(err?.message).toMatch(
        /^could not load embedding model "bron-test\/no-such-model" \(q8\) \(not on disk at .*; download from http:\/\/127\.0\.0\.1:\d+\/ stalled\): no progress for 300 ms/,
      );
      expect(err?.message).toContain('EMBEDDINGS_MODEL_PATH');
    });

    it('a refused connection fails with the network error in the message', async () => {
      const t0 = performance.now();
      const err = await remote(refusedUrl);
      expect(performance.now() - t0).toBeLessThan(2_000);
      expect(err?.message).toMatch(/^could not load embedding model .* download from .* failed\): .*ECONNREFUSED/);
    });

    it('the real hub (unreachable here) fails quickly too', async () => {
      const t0 = performance.now();
      const err = await remote();
      expect(performance.now() - t0).toBeLessThan(5_000);
      expect(err?.message).toMatch(/^could not load embedding model "bron-test\/no-such-model"/);
      expect(err?.message).toContain('https://huggingface.co/');
    });
  });
});
