import { join } from 'node:path';

/**
 * The node arguments that start a TypeScript entry point (`src/cli/ask.ts`, a test driver; relative to the repository)
 * in a child process: its JavaScript from the int project's global setup (test/support/compiled-setup.ts) when there
 * is one, else the source through tsx. tsx's own start is still covered where the tests run `npm run dev`, the bench
 * and the tsx shard fork (process, bench, compiled, bot and sharding tests).
 */
export function nodeArgs(script: string): string[] {
  const compiled = process.env.BRON_INT_JS;
  return compiled ? [join(compiled, script.replace(/\.ts$/, '.js'))] : ['--import', 'tsx', script];
}
