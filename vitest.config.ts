import { defineConfig } from 'vitest/config';

/**
 * Two layers, run in this order by `npm test`:
 * - unit: in-process, no servers or child processes (`test/unit/**`), seconds;
 * - int: anything needing Postgres (PGlite), the fake Discord, a fake LLM server or a child process
 *   (`*.int.test.ts`), a few minutes on 2 cores.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests build real indexes on disk; keep them in separate processes but cap parallelism for 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
    env: { EMBEDDINGS: 'local', RERANKER: 'none', LOG_LEVEL: 'silent' },
    projects: [
      // Unit files share their worker's module cache, so the engine's modules are imported once per worker rather than
      // once per file; the files mutate no process-wide state and restore their spies after each test.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      // Int files too: each still starts its own servers, child processes and temp dirs; none mocks modules or sets
      // process.env, so sharing the module cache only saves the ~4 s of imports each file paid.
      // Their child processes run the sources as JavaScript made once per run (test/support/compiled-setup.ts).
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/**/*.int.test.ts'],
          isolate: false,
          globalSetup: ['test/support/compiled-setup.ts'],
        },
      },
    ],
  },
});
