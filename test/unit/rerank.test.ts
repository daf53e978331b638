import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Reranker } from '../../src/answer/rerank.js';
import { type Answer, toJson } from '../../src/answer/types.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { MEMO_FILE } from '../../src/embed/download-memo.js';
import { createReranker, RerankerLoadError } from '../../src/embed/reranker.js';
import type { Engine } from '../../src/engine.js';
import { log } from '../../src/log.js';
import { openEngine, tempDir, testConfig } from '../support/engine.js';
import { type FakeHub, startFakeHub } from '../support/fake-hub.js';
import { buildTinyCrossEncoder } from '../support/tiny-cross-encoder.js';
import { corpusWords } from '../support/tiny-model.js';

/** Hand-made articles: nothing here is about the seed corpus. */
const tmp = tempDir('bron-rerank-');
const corpus = join(tmp.dir, 'corpus');
const models = join(tmp.dir, 'models');
let n = 0;
let words: string[];
let hub: FakeHub;
let plain: Engine;

function article(id: string, title: string, date: string, body: string) {
  writeFileSync(
    join(corpus, `${id}.md`),
    `---\nid: ${id}\ntitle: "${title}"\noutlet: The Herald\ndate: "${date}"\nlanguage: en\n---\n${body}\n`,
  );
}

/** Settings for one engine: its own index and model cache, the tiny models' folder, the fake hub. */
function settings(env: Record<string, string> = {}): Record<string, string> {
  n++;
  return {
    CORPUS_DIR: corpus,
    EMBEDDINGS_MODEL_PATH: models,
    EMBEDDINGS_CACHE_DIR: join(tmp.dir, `cache-${n}`),
    EMBEDDINGS_REMOTE_HOST: hub.url,
    RERANKER: 'none',
    ...env,
  };
}

const open = (env: Record<string, string> = {}, reranker?: Reranker) =>
  import('../../src/engine.js').then(({ Engine }) =>
    Engine.open(testConfig({ INDEX_DIR: join(tmp.dir, `index-${++n}`), ...settings(env) }), { reranker }),
  );

/** Every quote is the article's text at its offsets, byte for byte. */
function verbatim(a: Answer) {
  for (const c of a.citations) {
    const body = readFileSync(join(corpus, `${c.articleId}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body.slice(c.start, c.end)).toBe(c.quote);
  }
}

/** A reranker that scores by words: `weights[word]` summed over the passage, plus `base`. */
function wordReranker(weights: Record<string, number>, base = 0): Reranker & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id: 'test:words',
    calls,
    async score(_q, passages) {
      calls.push(passages);
      return passages.map((p) =>
        (p.toLowerCase().match(/\p{L}+/gu) ?? []).reduce((s, w) => s + (weights[w] ?? 0), base),
      );
    },
  };
}

beforeAll(async () => {
  mkdirSync(corpus, { recursive: true });
  article(
    'bridge',
    'The old bridge',
    '2025-03-01',
    'The old bridge over the river was closed last week because engineers found cracks in its pillars.\n\n' +
      'The council wants to repair the bridge before the summer.\n\n' +
      'The bridge was built of stone in the nineteenth century.',
  );
  article(
    'ferry',
    'A ferry for the summer',
    '2025-03-04',
    'While the bridge is closed, a ferry takes cyclists and walkers across the river.\n\n' +
      'The ferry sails every twenty minutes from the market square.',
  );
  words = await corpusWords(corpus, 500);
  hub = await startFakeHub(join(tmp.dir, 'hub'));
  plain = await openEngine(join(tmp.dir, 'index-plain'), settings());
});

afterAll(async () => {
  await hub.close();
  tmp.cleanup();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RERANKER settings', () => {
  it('defaults to auto with a multilingual model and 20 units, and says what a bad value should be', () => {
    const cfg = loadConfig({});
    expect([cfg.RERANKER, cfg.RERANKER_MODEL, cfg.RERANKER_TOP]).toEqual([
      'auto',
      'onnx-community/bge-reranker-v2-m3-ONNX',
      20,
    ]);
    expect(() => loadConfig({ RERANKER: 'always' })).toThrow(/RERANKER: must be none, auto .* \(got "always"\)/);
    expect(() => loadConfig({ RERANKER_TOP: '0' })).toThrow(/RERANKER_TOP: must be at least 1/);
    expect(() => loadConfig({ RERANKER_MODEL: '  ' })).toThrow(ConfigError);
  });
});

describe('the engine with the tiny cross-encoder (RERANKER=transformers)', () => {
  const question = 'How do cyclists cross the river?';
  let lexical: Answer;
  let reranked: Answer;
  let first: string;
  let second: string;

  beforeAll(async () => {
    const snap = plain.snapshotInfo;
    const q = analyse(question, snap.stats);
    const pool = rankedUnits(q, await plain.retrieve(question), { view: snap.sentences, stats: snap.stats });
    first = pool[0]!.unit.text;
    // The lexical ranker's runner-up, from another sentence: the cross-encoder is made to prefer it.
    const top = pool[0]!;
    const apart = (c: (typeof pool)[number]) =>
      c.article.id !== top.article.id || c.unit.end <= top.unit.start || c.unit.start >= top.unit.end;
    second = pool.slice(1).find(apart)!.unit.text;
    lexical = await plain.ask(question);
    const own = (a: string, b: string) => (a.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !b.includes(w));
    const relevant = Object.fromEntries([
      ...own(second, first.toLowerCase()).map((w) => [w, 30]),
      ...own(first, second.toLowerCase()).map((w) => [w, -30]),
    ]);
    await buildTinyCrossEncoder(models, { name: 'tiny-ce', words, relevant });
    const engine = await open({ RERANKER: 'transformers', RERANKER_MODEL: 'tiny-ce' });
    expect(engine.rerankerId).toBe('transformers:tiny-ce@fp32');
    reranked = await engine.ask(question);
  });

  it('without it, the lexical ranker quotes its own best unit first (the case being tested)', () => {
    expect(lexical.grounded).toBe(true);
    expect(lexical.citations[0]?.quote).toBe(first);
    expect(second).not.toBe(first);
    expect(lexical.timings.rerankMs).toBeUndefined();
  });

  it('puts the unit the lexical ranker ranks lower first, as the cross-encoder says, and quotes verbatim', () => {
    expect(reranked.grounded).toBe(true);
    expect(reranked.citations[0]?.quote).toBe(second);
    verbatim(reranked);
    expect(reranked.timings.rerankMs).toBeGreaterThan(0);
  });
});

describe('how the reranker combines with the answerer', () => {
  it('rescores only the best RERANKER_TOP units, with the question', async () => {
    const r = wordReranker({});
    const spy = vi.spyOn(r, 'score');
    const engine = await open({ RERANKER_TOP: '2' }, r);
    await engine.ask('How do cyclists cross the river?');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toBe('How do cyclists cross the river?');
    expect(r.calls[0]!.length).toBeLessThanOrEqual(2);
  });

  it('answers a question the lexical model refuses when the cross-encoder finds a relevant unit', async () => {
    const q = 'What are the plans for the bridge?';
    expect((await plain.ask(q)).grounded, 'the lexical answerer must refuse this for the test to mean anything').toBe(
      false,
    );
    const engine = await open({}, wordReranker({ repair: 8 }, -4));
    const a = await engine.ask(q);
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toBe('The council wants to repair the bridge before the summer.');
    expect(a.confidence).toBeGreaterThan(0.9);
    verbatim(a);
  });

  it('refuses "what did X say" when X is never heard, however sure the cross-encoder is of the subject', async () => {
    const engine = await open({}, wordReranker({ bridge: 8 }));
    expect((await engine.ask('What did Visser say about the bridge?')).grounded).toBe(false);
  });

  it('refuses "who is the X of Y" when no unit says X, however sure the cross-encoder is of the subject', async () => {
    const q = 'Who is the architect of the old bridge?';
    expect((await plain.ask(q)).grounded, 'the lexical answerer must refuse this for the test to mean anything').toBe(
      false,
    );
    const engine = await open({}, wordReranker({ bridge: 8 }));
    const a = await engine.ask(q);
    expect(a.grounded).toBe(false);
    // The same cross-encoder still answers what the articles do say about the subject.
    expect((await engine.ask('Why was the old bridge closed?')).grounded).toBe(true);
  });

  it('refuses only when both say no: a cross-encoder that finds nothing relevant does not refuse alone', async () => {
    const engine = await open({}, wordReranker({}, -8));
    const ok = await engine.ask('How do cyclists cross the river?');
    expect(ok.grounded).toBe(true);
    expect(toJson(ok).citations.map((c) => c.quote)).toEqual(
      toJson(await plain.ask(ok.question)).citations.map((c) => c.quote),
    );
    expect((await engine.ask('Who won the election in Peru?')).grounded).toBe(false);
  });

  it('a reranker that fails while answering is skipped with a warning: the lexical answer, not an error', async () => {
    const broken: Reranker = {
      id: 'test:broken',
      score: async () => {
        throw new Error('session lost');
      },
    };
    const short: Reranker = { id: 'test:short', score: async () => [1] };
    const warn = vi.spyOn(log, 'warn');
    for (const r of [broken, short]) {
      const engine = await open({}, r);
      const a = await engine.ask('How do cyclists cross the river?');
      expect(toJson(a)).toEqual(toJson(await plain.ask(a.question)));
      expect(a.timings.rerankMs).toBeUndefined();
    }
    const lines = warn.mock.calls.map((c) => String(c[0]));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^reranker test:broken failed, answering without it: session lost/);
    expect(lines[1]).toMatch(/^reranker test:short failed, answering without it: reranker test:short gave 1 scores/);
  });
});

describe('RERANKER=auto', () => {
  const memo = (cacheDir: string) => JSON.parse(readFileSync(join(cacheDir, MEMO_FILE), 'utf8'));
  const lines = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((c) => String(c[0]));

  it('without the model on disk: no reranker, one short line, remembered; answers as before; never downloads', async () => {
    const env = settings({ RERANKER: 'auto', RERANKER_MODEL: 'bron-test/absent-ce' });
    const info = vi.spyOn(log, 'info');
    const requests = hub.requests.length;
    const engine = await openEngine(join(tmp.dir, 'index-auto'), env);
    expect(engine.rerankerId).toBeUndefined();
    const said = lines(info).filter((l) => l.startsWith('reranker'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /^reranker: none, bron-test\/absent-ce is not on disk .*RERANKER=transformers downloads it/,
    );
    expect(said[0]!.length).toBeLessThan(200);
    expect(Object.keys(memo(env.EMBEDDINGS_CACHE_DIR!))).toEqual(['reranker-absent:bron-test/absent-ce']);
    for (const q of ['How do cyclists cross the river?', 'What happens to the bridge?', 'Who won the election?'])
      expect(toJson(await engine.ask(q))).toEqual(toJson(await plain.ask(q)));

    const again = await createReranker(loadConfig(env));
    expect(again).toBeUndefined();
    expect(lines(info).filter((l) => l.startsWith('reranker'))).toHaveLength(1); // not said again
    expect(hub.requests.length).toBe(requests);
  });

  it('uses the model when it is on disk, without the hub', async () => {
    await buildTinyCrossEncoder(models, { name: 'tiny-auto', words, relevant: { ferry: 5 } });
    const requests = hub.requests.length;
    const r = await createReranker(loadConfig(settings({ RERANKER: 'auto', RERANKER_MODEL: 'tiny-auto' })));
    expect(r?.id).toBe('transformers:tiny-auto@fp32');
    const [ferry, bridge] = await r!.score('q', ['The ferry sails.', 'The bridge.']);
    expect(ferry).toBeGreaterThan(bridge!);
    expect(hub.requests.length).toBe(requests);
  });

  it('a model on disk that fails to load: one warning, remembered, no second attempt until the memo goes', async () => {
    const broken = await buildTinyCrossEncoder(models, { name: 'tiny-broken', words });
    writeFileSync(join(broken.localModelPath, broken.model, 'onnx', 'model.onnx'), 'not an onnx file');
    const cfg = loadConfig(settings({ RERANKER: 'auto', RERANKER_MODEL: 'tiny-broken' }));
    const warn = vi.spyOn(log, 'warn');
    const debug = vi.spyOn(log, 'debug');

    expect(await createReranker(cfg)).toBeUndefined();
    expect(lines(warn)).toHaveLength(1);
    expect(lines(warn)[0]).toMatch(
      /^reranker: none, the model in .*tiny-broken did not load \(.*\); not tried again for 24 h/,
    );
    expect(memo(cfg.EMBEDDINGS_CACHE_DIR)['reranker-broken:tiny-broken'].reason).not.toBe('');

    const t0 = performance.now();
    expect(await createReranker(cfg)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(lines(warn)).toHaveLength(1);
    expect(lines(debug).some((l) => /^reranker: none \(the model in .* did not load at /.test(l))).toBe(true);

    await rm(join(cfg.EMBEDDINGS_CACHE_DIR, MEMO_FILE));
    expect(await createReranker(cfg)).toBeUndefined();
    expect(lines(warn)).toHaveLength(2); // tried again, failed again
  });

  it('RERANKER=none loads nothing and writes nothing', async () => {
    const cfg = loadConfig(settings({ RERANKER: 'none', RERANKER_MODEL: 'tiny-auto' }));
    expect(await createReranker(cfg)).toBeUndefined();
    expect(existsSync(cfg.EMBEDDINGS_CACHE_DIR)).toBe(false);
  });
});

describe('RERANKER=transformers', () => {
  it('a missing model with downloads off stops the engine with a clear error, without a request', async () => {
    const requests = hub.requests.length;
    const err = await open({
      RERANKER: 'transformers',
      RERANKER_MODEL: 'bron-test/absent-ce',
      EMBEDDINGS_ALLOW_DOWNLOAD: 'false',
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RerankerLoadError);
    expect((err as Error).message).toMatch(
      /^RERANKER=transformers: reranker model "bron-test\/absent-ce" \(q8\) not found locally and downloads are disabled/,
    );
    expect((err as Error).message).toContain('EMBEDDINGS_MODEL_PATH');
    expect(hub.requests.length).toBe(requests);
  });

  it('downloads the model when allowed, into the cache, and auto then finds it there', async () => {
    await buildTinyCrossEncoder(join(tmp.dir, 'hub'), { name: 'tiny-hub-ce', words, dtypes: ['q8'] });
    const env = settings({
      RERANKER: 'transformers',
      RERANKER_MODEL: 'tiny-hub-ce',
      EMBEDDINGS_LOAD_TIMEOUT_MS: '5000',
    });
    const requests = hub.requests.length;
    const r = await createReranker(loadConfig(env));
    expect(r?.id).toBe('transformers:tiny-hub-ce@q8');
    expect(hub.requests.slice(requests)).toContain('/tiny-hub-ce/resolve/main/onnx/model_quantized.onnx');
    expect(existsSync(join(env.EMBEDDINGS_CACHE_DIR!, 'tiny-hub-ce', 'onnx', 'model_quantized.onnx'))).toBe(true);

    const after = hub.requests.length;
    const auto = await createReranker(loadConfig({ ...env, RERANKER: 'auto' }));
    expect(auto?.id).toBe('transformers:tiny-hub-ce@q8');
    expect(hub.requests.length).toBe(after);
  });
});
