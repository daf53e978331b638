import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import lockfile from 'proper-lockfile';

export class ReindexBusyError extends Error {
  override name = 'ReindexBusyError';
}

/** The build lost its lock (its folder was deleted, or another process took it over after this one stalled). */
export class BuildLockLostError extends Error {
  override name = 'BuildLockLostError';
}

/** What a build holds while it runs: a signal that fires when the lock is lost, and a check before publishing. */
export interface BuildLock {
  signal: AbortSignal;
  /** Throws BuildLockLostError unless the lock folder is still the one this process created. */
  verify(): Promise<void>;
}

export const LOCK_NAME = '.build.lock';
/** A lock not refreshed for this long belongs to a dead (or frozen) process and may be taken over. */
const STALE_MS = 15_000;

const LOST =
  'the index build lock was lost (its folder was removed, or another process took it over after this one stalled ' +
  'for more than 15 s); this build was stopped and nothing was published';

/**
 * Cross-process lock on the index folder (proper-lockfile). A lock left by a dead process goes stale after 15 s.
 * When the lock is compromised, proper-lockfile's default throws from a timer and kills the process; here the build is
 * aborted instead through `lock.signal`, and `lock.verify()` before publishing catches a loss the timer has not seen
 * yet.
 */
export async function withBuildLock<T>(
  indexDir: string,
  fn: (lock: BuildLock) => Promise<T>,
  outer?: AbortSignal,
): Promise<T> {
  await mkdir(indexDir, { recursive: true });
  const lockPath = resolve(indexDir, LOCK_NAME);
  const lost = new AbortController();
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(indexDir, {
      lockfilePath: lockPath,
      stale: STALE_MS,
      update: 5_000,
      retries: { retries: 60, minTimeout: 250, maxTimeout: 1000 },
      onCompromised: (err) => lost.abort(new BuildLockLostError(`${LOST} (${err.message})`)),
    });
  } catch (err) {
    throw new ReindexBusyError(`another process is rebuilding the index in ${indexDir} (${(err as Error).message})`);
  }
  const { ino } = await stat(lockPath);
  const signal = outer ? AbortSignal.any([lost.signal, outer]) : lost.signal;
  const lock: BuildLock = {
    signal,
    async verify() {
      signal.throwIfAborted();
      const now = await stat(lockPath).catch(() => undefined);
      if (!now || now.ino !== ino || now.mtimeMs < Date.now() - STALE_MS) throw new BuildLockLostError(LOST);
    },
  };
  try {
    return await fn(lock);
  } finally {
    // After a compromise the lock is no longer ours to release (proper-lockfile throws "already released").
    if (!lost.signal.aborted) await release().catch(() => undefined);
  }
}
