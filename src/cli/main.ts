import { ConfigError } from '../config.js';
import { EmbedderLoadError } from '../embed/create.js';
import { ReindexBusyError } from '../engine.js';
import { log } from '../log.js';

/** Ends the process with one clear line on stderr, never a stack trace, for errors a user can act on. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`bron: ${message}\n`);
  process.exit(code);
}

/** Runs a CLI entry point: known errors become one line and a non-zero exit; unknown ones are logged in full. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError) fail(err.message, 2);
    if (err instanceof EmbedderLoadError) fail(`the embedder could not be loaded: ${err.message}`);
    if (err instanceof ReindexBusyError) fail(err.message, 3);
    log.error({ err }, 'unexpected error');
    fail(`unexpected error: ${(err as Error)?.message ?? String(err)}`);
  });
}
