import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../corpus/article.js';

/**
 * Per-article statistics of the answerer (src/answer/stats.ts `articleStats`), stored with the index so that opening
 * combines them instead of reading every article: `stats.json` = { version, entries: { [id]: { hash, stats } } }.
 * The index layer does not know what the statistics are; the engine passes the function and its version. An
 * incremental build computes them for changed articles only and keeps the others' from the previous index.
 */
export const STATS = 'stats.json';

export interface StatsSpec {
  /** Changes whenever the function's output may change: stored statistics of another version are recomputed. */
  version: string;
  of(article: Article): unknown;
}

interface StatsFile {
  version: string;
  entries: Record<string, { hash: string; stats: unknown }>;
}

/** The stored statistics of an index folder, in the order of `ids`, when they are all there in this version. */
export async function readStats(dir: string, version: string, ids: string[]): Promise<unknown[] | undefined> {
  let file: StatsFile;
  try {
    file = JSON.parse(await readFile(join(dir, STATS), 'utf8')) as StatsFile;
  } catch {
    return undefined; // an index without statistics (or written before them): the engine computes them
  }
  if (file.version !== version) return undefined;
  const out: unknown[] = [];
  for (const id of ids) {
    const e = file.entries[id];
    if (!e) return undefined;
    out.push(e.stats);
  }
  return out;
}

/** Writes the statistics of `articles` into a build folder, reusing the previous folder's for unchanged articles. */
export async function writeStats(dir: string, spec: StatsSpec, articles: Article[], previousDir?: string) {
  let previous: StatsFile | undefined;
  if (previousDir)
    previous = await readFile(join(previousDir, STATS), 'utf8').then(
      (t) => JSON.parse(t) as StatsFile,
      () => undefined, // gone or never written: computed afresh
    );
  const reuse = previous?.version === spec.version ? previous.entries : {};
  const entries: StatsFile['entries'] = {};
  for (const a of articles) {
    const old = reuse[a.id];
    entries[a.id] = old && old.hash === a.hash ? old : { hash: a.hash, stats: spec.of(a) };
  }
  await writeFile(join(dir, STATS), JSON.stringify({ version: spec.version, entries } satisfies StatsFile));
}
