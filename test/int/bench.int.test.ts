import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document } from '@langchain/core/documents';
import { afterAll, describe, expect, it } from 'vitest';
import { ExactIndex, normalised, recallAt } from '../../bench/exact.js';
import { prng, synthCorpus } from '../../bench/synth.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { BACKGROUND_MIN_PASSAGES, IndexBuilder, PassageIndex } from '../../src/index/hnsw.js';
import { createSplitter, splitArticle } from '../../src/ingest/passages.js';
import { tempDir } from '../support/engine.js';

const run = promisify(execFile);

/** Every key `npm run bench -- --json` promises (issue 6), and the ones the README relies on. */
const NUMBER_KEYS = [
  'answer_p50_ms',
  'answer_p95_ms',
  'cold_start_ms',
  'cold_tsx_boot_ms',
  'cold_module_load_ms',
  'cold_engine_open_ms',
  'build_passages_per_s',
  'scale_passages',
  'scale_hnsw_p50_ms',
  'scale_hnsw_p95_ms',
  'scale_exact_p95_ms',
  'scale_recall_at_10',
  'scale_build_s',
  'scale_index_mb',
  'scale_rss_mb',
  'reindex_one_article_ms',
  'full_rebuild_ms',
  'scale_speedup_p95',
  'reindex_speedup',
] as const;

describe('npm run bench -- --json (smoke run at a tiny scale)', () => {
  it('prints exactly one JSON object with every figure, finite and in range', async () => {
    const args = [
      '--import',
      'tsx',
      'bench/run.ts',
      '--json',
      '--scale',
      '2500',
      '--max-questions',
      '4',
      '--rounds',
      '1',
      '--queries',
      '30',
      '--cold-runs',
      '1',
      '--reindex-runs',
      '1',
      '--scale-questions',
      '2',
      '--ef-sweep',
      '16,64',
      '--pg-scale',
      '1000',
      '--pg-ef-sweep',
      '16',
      '--engine-scales',
      '600',
      '--engine-questions',
      '6',
      // Served through tsx: the compiled child (the default) is built and run by compiled.int.test.ts, and two
      // builds writing dist/ at once would race.
      '--no-compiled',
      '--peer-scale',
      '400',
      '--peer-queries',
      '8',
      // The peers' children from the int setup's JavaScript (test/support/compiled-setup.ts): the same code without
      // tsx's start in each of eight children. tsx's own start is measured above (cold start, engine rows).
      ...(process.env.BRON_INT_JS ? ['--peer-js', process.env.BRON_INT_JS] : []),
      // PGlite from the data folder the int setup gives, not initdb (test/support/pglite-template.ts).
      ...(process.env.BRON_PGLITE_TEMPLATE ? ['--pglite-template', process.env.BRON_PGLITE_TEMPLATE] : []),
    ];
    const { stdout } = await run(process.execPath, args, {
      env: { ...process.env, LOG_LEVEL: 'warn' },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 290_000,
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!) as Record<string, unknown> & {
      machine: Record<string, unknown>;
      ef_sweep: { ef: number; recall_at_10: number }[];
      met: Record<string, boolean>;
    };
    for (const key of NUMBER_KEYS) {
      expect(typeof r[key], key).toBe('number');
      expect(Number.isFinite(r[key]), key).toBe(true);
      expect(r[key] as number, key).toBeGreaterThanOrEqual(0);
    }
    expect(r.scale_passages).toBe(2500);
    expect(r.scale_recall_at_10).toBeGreaterThanOrEqual(0);
    expect(r.scale_recall_at_10).toBeLessThanOrEqual(1);
    // The sweep also measures the configured efSearch (HNSW_EF_SEARCH), so it is a superset of the values asked for.
    expect(r.ef_sweep.map((s) => s.ef)).toEqual(expect.arrayContaining([16, 64]));
    for (const s of r.ef_sweep) {
      expect(s.recall_at_10).toBeGreaterThanOrEqual(0);
      expect(s.recall_at_10).toBeLessThanOrEqual(1);
    }
    expect(r.machine).toMatchObject({ cores: expect.any(Number), cpu: expect.any(String), node: process.version });
    expect(r.cold_loaded_index).toBe(true); // the child process loaded the index rather than rebuilding it
    expect(r.scale_engine_loaded_index).toBe(true);
    expect(Object.keys(r.met).sort()).toEqual(Object.keys(r.targets as object).sort());
    // A one-article reindex must have been incremental (run.ts throws otherwise) and cheaper than a full build.
    expect(r.reindex_one_article_ms).toBeLessThan(r.full_rebuild_ms as number);
    // The pgvector store in PGlite: built through PgIndex, queried through PGVectorStore, scored against exact search.
    expect(r.pg_passages).toBe(1000);
    for (const key of [
      'pg_build_s',
      'pg_query_p50_ms',
      'pg_query_p95_ms',
      'pg_exact_p95_ms',
      'pg_recall_at_10',
      'pg_id_recall_at_10',
    ]) {
      expect(Number.isFinite(r[key]), key).toBe(true);
      expect(r[key] as number, key).toBeGreaterThanOrEqual(0);
    }
    expect(r.pg_recall_at_10 as number).toBeLessThanOrEqual(1);
    expect(r.pg_ef_search).toBe(640);
    expect((r.pg_ef_sweep as { ef: number }[]).map((s) => s.ef)).toEqual([16, 640]);
    expect(typeof r.pg_uses_hnsw_index).toBe('boolean');
    // The whole engine (issue 16): the keys other tools read, per corpus size, from fresh processes.
    const engine = r.engine as Record<string, Record<string, number> & { detail: Record<string, unknown> }>;
    expect(Object.keys(engine)).toEqual(['600']);
    for (const key of ['open_ms', 'answer_p50_ms', 'answer_p95_ms', 'rss_mb', 'build_passages_per_s']) {
      expect(typeof engine['600']![key], key).toBe('number');
      expect(engine['600']![key], key).toBeGreaterThan(0);
    }
    expect(engine['600']!.answer_p50_ms).toBeLessThanOrEqual(engine['600']!.answer_p95_ms!);
    expect(engine['600']!.detail).toMatchObject({ passages: 600, questions: 6, loaded_index: true, served: 'tsx' });
    // Peers (issue 16): every engine on the same passages, with the keys other tools read, and Bron's own row.
    const peers = r.peers as Record<string, unknown>[];
    expect(peers.map((p) => p.name)).toEqual(['hnswlib-node', 'usearch', 'orama', 'bron-hybrid']);
    for (const p of peers) {
      expect(p.passages, String(p.name)).toBe(400);
      for (const key of ['build_s', 'open_ms', 'query_p50_ms', 'query_p95_ms', 'rss_mb', 'disk_mb']) {
        expect(typeof p[key], `${p.name} ${key}`).toBe('number');
        expect(p[key] as number, `${p.name} ${key}`).toBeGreaterThan(0);
      }
      expect(p.query_p50_ms as number).toBeLessThanOrEqual(p.query_p95_ms as number);
      // At 400 passages every engine's k-NN should find nearly all of the true top 10.
      expect(p.recall_at_10 as number, String(p.name)).toBeGreaterThan(0.8);
      expect(p.recall_at_10 as number, String(p.name)).toBeLessThanOrEqual(1);
    }
  }, 300_000);
});

describe('synthetic corpus', () => {
  it('is deterministic, has exactly the passages asked for, one per paragraph, with no repeats', async () => {
    const seed = await loadCorpus('corpus');
    const a = synthCorpus(seed.articles, { passages: 1234, seed: 5 });
    const b = synthCorpus(seed.articles, { passages: 1234, seed: 5 });
    expect(a.articles.map((x) => x.hash)).toEqual(b.articles.map((x) => x.hash));
    expect(a.queries(5)).toEqual(b.queries(5));
    const splitter = createSplitter({ chunkSize: 600, chunkOverlap: 150 });
    const passages = (await Promise.all(a.articles.map((x) => splitArticle(x, splitter)))).flat();
    expect(passages).toHaveLength(1234);
    expect(new Set(passages.map((p) => p.pageContent)).size).toBe(1234);
    expect(a.articles[0]!.body.split('\n\n')[0]).toBe(passages[0]!.pageContent);
    expect(prng(1)()).toBe(prng(1)());
  });
});

describe('exact search', () => {
  it('returns the true top k by cosine, best first', () => {
    const rnd = prng(3);
    const dims = 7;
    const n = 500;
    const rows = Array.from({ length: n }, () => normalised(Array.from({ length: dims }, () => rnd() - 0.5)));
    const flat = new Float32Array(n * dims);
    for (const [i, r] of rows.entries()) flat.set(r, i * dims);
    const exact = new ExactIndex(
      flat,
      dims,
      Int32Array.from({ length: n }, (_, i) => 1000 + i),
    );
    const q = normalised([1, 2, 3, 0, -1, 0.5, 0]);
    const dot = (r: Float32Array) => r.reduce((s, x, j) => s + x * q[j]!, 0);
    const want = rows
      .map((r, i) => ({ label: 1000 + i, score: dot(r) }))
      .sort((x, y) => y.score - x.score)
      .slice(0, 10);
    const got = exact.search(q, 10);
    expect(got.labels).toEqual(want.map((w) => w.label));
    expect(recallAt(10, got, got)).toBe(1);
    expect(recallAt(10, { labels: got.labels.slice(0, 5), scores: got.scores.slice(0, 5) }, got)).toBe(0.5);
  });
});

describe('background graph builder', () => {
  const tmp = tempDir('bron-bench-test-');
  afterAll(tmp.cleanup);
  const embeddings = new LocalHashEmbeddings();
  const texts = (() => {
    const out: string[] = [];
    for (const a of readFileSync('corpus/002-nos-rutte-koersk.md', 'utf8').split(/\n+/)) if (a.length > 20) out.push(a);
    const rnd = prng(9);
    while (out.length < BACKGROUND_MIN_PASSAGES + 100)
      out.push(`${out[Math.floor(rnd() * 20)]} ${Math.floor(rnd() * 1e6)} ${out[Math.floor(rnd() * 20)]}`);
    return out;
  })();
  const docs = texts.map(
    (t, i) => new Document({ pageContent: t, metadata: { articleId: 'a', start: 0, end: t.length, seq: i } }),
  );

  it('builds on a worker thread the same graph an in-process build makes', async () => {
    const params = { m: 16, efConstruction: 100 };
    const builder = await IndexBuilder.open(embeddings, 256, params, texts.length);
    expect(builder.background).toBe(true);
    const local = await PassageIndex.create(embeddings, 256, params, texts.length);
    for (let i = 0; i < texts.length; i += 256) {
      const vectors = await embeddings.embedDocuments(texts.slice(i, i + 256));
      await builder.add(vectors, docs.slice(i, i + 256));
      await local.addVectors(vectors, docs.slice(i, i + 256));
    }
    const built = await builder.finish();
    await built.save(join(tmp.dir, 'bg'));
    await local.save(join(tmp.dir, 'local'));
    expect(
      readFileSync(join(tmp.dir, 'bg', 'hnswlib.index')).equals(readFileSync(join(tmp.dir, 'local', 'hnswlib.index'))),
    ).toBe(true);
    const [hit] = await built.similaritySearchWithScore(texts[5]!, 1);
    expect(hit![0].pageContent).toBe(texts[5]);
  });

  it('stops its worker when a build fails midway', async () => {
    const builder = await IndexBuilder.open(embeddings, 256, { m: 16, efConstruction: 100 }, texts.length);
    await builder.add(await embeddings.embedDocuments(texts.slice(0, 10)), docs.slice(0, 10));
    await expect(builder.add([[1, 2, 3]], docs.slice(10, 11))).rejects.toThrow('dimensions');
    await builder.abort(); // resolves: the worker is terminated, so the process can exit
  });
});
