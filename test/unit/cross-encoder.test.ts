import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrossEncoder, loadCrossEncoder } from '../../src/embed/cross-encoder.js';
import { tempDir } from '../support/engine.js';
import { buildTinyCrossEncoder, type TinyCrossEncoder } from '../support/tiny-cross-encoder.js';

const tmp = tempDir('bron-cross-encoder-');
const WORDS = ['hoeveel', 'kaas', 'eet', 'nederland', 'de', 'het', 'in', 'per', 'jaar', 'fiets', 'regen', 'kilo'];
let tiny: TinyCrossEncoder;
let ce: CrossEncoder;

beforeAll(async () => {
  tiny = await buildTinyCrossEncoder(join(tmp.dir, 'models'), { words: WORDS, relevant: { kilo: 12, regen: -6 } });
  ce = await loadCrossEncoder({ model: tiny.model, localModelPath: tiny.localModelPath, allowRemote: false });
});

afterAll(async () => {
  await ce?.dispose();
  tmp.cleanup();
});

describe('loadCrossEncoder with a tiny sequence-classification model', () => {
  it('loads offline from the local model path and names the weights it loaded', () => {
    expect(ce.id).toBe('transformers:tiny-cross-encoder@fp32');
  });

  it('scores each (question, passage) pair: a passage with a relevant word scores higher', async () => {
    const q = 'Hoeveel kaas eet Nederland?';
    const passages = ['Nederland eet 14 kilo kaas per jaar.', 'De fiets in de regen.', 'Kaas in Nederland.'];
    const [withKilo, withRegen, plain] = await ce.score(q, passages);
    // mean of the passage's word weights + bias -1: "kilo" (12) among 8 passage tokens, "regen" (-6) among 6.
    expect(withKilo).toBeGreaterThan(0);
    expect(plain).toBeLessThan(0);
    expect(withRegen).toBeLessThan(plain!);
    expect(withKilo! - plain!).toBeGreaterThan(1);
  });

  it('reads the pair, not one text: the question side does not score', async () => {
    const [a, b] = await ce.score('kilo kilo kilo', ['De fiets.', 'Nederland kilo.']);
    expect(a).toBeCloseTo(-1, 5); // relevant words in the question only: the bias alone
    expect(b).toBeCloseTo(12 / 4 - 1, 5); // nederland, kilo, '.', [SEP]: the passage's four tokens
  });

  it('gives the same score alone and in a padded batch, in the passages order', async () => {
    const passages = ['kilo', 'Nederland eet veel kaas per jaar, in kilo gerekend en per fiets.', 'regen', 'de kaas'];
    const batched = await ce.score('Hoeveel kaas?', passages);
    for (let i = 0; i < passages.length; i++) {
      const [alone] = await ce.score('Hoeveel kaas?', [passages[i]!]);
      expect(batched[i]).toBeCloseTo(alone!, 5);
    }
    expect(await ce.score('Hoeveel kaas?', [])).toEqual([]);
  });

  it('scores more passages than one batch holds', async () => {
    const small = await loadCrossEncoder({
      model: tiny.model,
      localModelPath: tiny.localModelPath,
      allowRemote: false,
      batchSize: 2,
    });
    try {
      const passages = ['kilo', 'kaas', 'regen', 'kilo kaas', 'fiets'];
      expect(await small.score('kaas', passages)).toEqual(await ce.score('kaas', passages));
    } finally {
      await small.dispose();
    }
  });
});

describe('loadCrossEncoder failures', () => {
  it('a missing model with downloads off fails fast, naming the folders and the setting', async () => {
    const err = await loadCrossEncoder({
      model: 'bron-test/no-reranker',
      localModelPath: join(tmp.dir, 'models'),
      allowRemote: false,
    }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^reranker model "bron-test\/no-reranker" \(q8\) not found locally/);
    expect(err?.message).toContain(join(tmp.dir, 'models', 'bron-test/no-reranker'));
    expect(err?.message).toContain('EMBEDDINGS_MODEL_PATH');
  });

  it('broken weights fail at load time, naming the folder', async () => {
    const broken = await buildTinyCrossEncoder(join(tmp.dir, 'models'), { name: 'tiny-broken-ce' });
    await writeFile(join(broken.localModelPath, broken.model, 'onnx', 'model.onnx'), 'not an onnx file');
    const err = await loadCrossEncoder({
      model: broken.model,
      localModelPath: broken.localModelPath,
      allowRemote: false,
    }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toContain(
      `could not load reranker model "tiny-broken-ce" (fp32) from ${join(broken.localModelPath, 'tiny-broken-ce')}`,
    );
  });
});
