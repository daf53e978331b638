import { constants } from 'node:os';
import { ConfigError } from '../config.js';
import { EmbedderLoadError } from '../embed/create.js';
import { ReindexBusyError } from '../engine.js';
import { buildsRunning } from '../index/build.js';
import { log, redact } from '../log.js';

/** Ends the process with one clear line on stderr, never a stack trace, for errors a user can act on. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`bron: ${redact(message)}\n`);
  process.exit(code);
}

/** Ctrl-C or SIGTERM while an index build runs: the build stops at its next step and cleans up first. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}; the index build was stopped and the index on disk is unchanged`);
  }
}

const interrupt = new AbortController();
/** Aborted by the first SIGINT/SIGTERM; pass it to Engine.open and reindex so a build stops cleanly. */
export const interrupted: AbortSignal = interrupt.signal;

/**
 * A signal ends the process at once, as by default, unless a build is running: that build is told to stop (it yields
 * at least every ~100 ms, removes its folder and releases its lock) and runMain exits with the usual 128 + signal code.
 * A second signal does not wait.
 */
function onSignal(signal: NodeJS.Signals): void {
  const code = 128 + (constants.signals[signal] ?? 15);
  if (interrupt.signal.aborted || buildsRunning() === 0) process.exit(code);
  interrupt.abort(new InterruptedError(signal));
}

/** Runs a CLI entry point: known errors become one line and a non-zero exit; unknown ones are logged in full. */
export function runMain(main: () => Promise<void>): void {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  main().catch((err: unknown) => {
    if (err instanceof InterruptedError) fail(err.message, 128 + (constants.signals[err.signal] ?? 15));
    if (err instanceof ConfigError) fail(err.message, 2);
    if (err instanceof EmbedderLoadError) fail(`the embedder could not be loaded: ${err.message}`);
    if (err instanceof ReindexBusyError) fail(err.message, 3);
    if (USER_ERRORS.has((err as Error)?.name)) fail((err as Error).message);
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === 'ENOSPC' || code === 'EDQUOT')
      fail(`the disk is full (${(err as Error).message}); nothing was published, free some space and run it again`);
    log.error({ err }, 'unexpected error');
    fail(`unexpected error: ${(err as Error)?.message ?? String(err)}`);
  });
}

/** Errors whose message says what happened and what to do (by name, so their modules need not be loaded here). */
const USER_ERRORS = new Set(['BuildLockLostError', 'IndexDirError', 'CorpusDirError']);
