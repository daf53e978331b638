import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Remembers, per model, that downloading it failed, so `EMBEDDINGS=auto` tries the network once per retry interval
 * instead of on every run (a host whose firewall drops traffic would otherwise wait for the timeout every time).
 * Kept in the download cache folder; deleting the file makes the next run try again.
 */

export const MEMO_FILE = '.bron-download-failed.json';

export interface FailedDownload {
  /** ISO time of the failed attempt. */
  at: string;
  /** Why it failed, one line. */
  reason: string;
}

type Memo = Record<string, FailedDownload>;

export function memoPath(cacheDir: string): string {
  return join(resolve(cacheDir), MEMO_FILE);
}

async function readMemo(cacheDir: string): Promise<Memo> {
  try {
    const data = JSON.parse(await readFile(memoPath(cacheDir), 'utf8')) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Memo) : {};
  } catch {
    return {}; // missing or unreadable: nothing remembered, so the download is simply tried
  }
}

async function writeMemo(cacheDir: string, memo: Memo): Promise<void> {
  const file = memoPath(cacheDir);
  await mkdir(resolve(cacheDir), { recursive: true });
  // Written whole and renamed, so a process reading it at the same time never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(memo, null, 2)}\n`);
  await rename(tmp, file);
}

/** The remembered failure for `model`, if it is recent enough to skip another attempt. */
export async function recentFailure(
  cacheDir: string,
  model: string,
  retryHours: number,
  now = Date.now(),
): Promise<FailedDownload | undefined> {
  const entry = (await readMemo(cacheDir))[model];
  const at = Date.parse(entry?.at ?? '');
  if (!entry || !Number.isFinite(at) || at > now) return undefined;
  return now - at < retryHours * 3_600_000 ? entry : undefined;
}

export async function rememberFailure(cacheDir: string, model: string, reason: string, now = Date.now()) {
  const memo = await readMemo(cacheDir);
  memo[model] = { at: new Date(now).toISOString(), reason };
  await writeMemo(cacheDir, memo);
}

export async function forgetFailure(cacheDir: string, model: string): Promise<void> {
  const memo = await readMemo(cacheDir);
  if (!(model in memo)) return;
  delete memo[model];
  await writeMemo(cacheDir, memo);
}
