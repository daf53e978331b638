import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests build real indexes on disk; keep them in separate processes but cap parallelism for 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
    env: { EMBEDDINGS: 'local', LOG_LEVEL: 'silent' },
  },
});
