import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../corpus/article.js';

/**
 * The answerer's statistics (src/answer/stats.ts), stored with the index in two forms:
 *   stats.json         per article: { version, entries: { [id]: { hash, stats } } }. Read only by the next build, which
 *                      computes them for changed articles only and keeps the others' from the previous index.
 *   corpus-stats.json  the corpus-wide combination of them: { version, articles, data }. What opening reads: a few
 *                      lookups' worth, where the per-article form is tens of MB at 100k passages and took seconds to
 *                      parse and combine at every start.
 * Both are written into the build folder before it is published, so they change atomically with the rest.
 * The index layer does not know what the statistics are; the engine passes the functions and their versions.
 */
export const STATS = 'stats.json';
export const CORPUS_STATS = 'corpus-stats.json';

export interface StatsSpec {
  /** Changes whenever `of`'s output may change: stored statistics of another version are recomputed. */
  version: string;
  of(article: Article): unknown;
  /** Changes whenever `combine`'s or `of`'s output may change: another version's combined file is not read. */
  combinedVersion: string;
  /** The corpus-wide statistics of every article's, given in corpus order. */
  combine(list: unknown[]): unknown;
}

interface StatsFile {
  version: string;
  entries: Record<string, { hash: string; stats: unknown }>;
}

interface CombinedFile {
  version: string;
  /** How many articles it combines: a check that it is the combination of the folder's articles. */
  articles: number;
  data: unknown;
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

/**
 * The combined statistics of an index folder of `articles` articles, when stored in this version; undefined for an
 * index built before they were stored (the caller then combines the per-article ones).
 */
export async function readCombinedStats(dir: string, version: string, articles: number): Promise<unknown> {
  let file: CombinedFile;
  try {
    file = JSON.parse(await readFile(join(dir, CORPUS_STATS), 'utf8')) as CombinedFile;
  } catch {
    return undefined;
  }
  return file.version === version && file.articles === articles ? file.data : undefined;
}

/**
 * Writes the statistics of `articles` into a build folder, reusing the previous folder's for unchanged articles, and
 * their combination in corpus order (so an incremental build stores what a full build of the same corpus would).
 */
export async function writeStats(dir: string, spec: StatsSpec, articles: Article[], previousDir?: string) {
  await (await StatsBuilder.open(spec, previousDir)).write(dir, articles);
}

/**
 * The statistics of a build in progress, computed one article at a time: the build computes them while the graph
 * worker inserts vectors (they cost as much CPU as embedding), then `write` stores them with any not yet computed.
 */
export class StatsBuilder {
  private readonly done = new Map<string, { hash: string; stats: unknown }>();

  private constructor(
    private readonly spec: StatsSpec,
    /** The previous folder's entries of this version: unchanged articles keep theirs. */
    private readonly reuse: StatsFile['entries'],
  ) {}

  static async open(spec: StatsSpec, previousDir?: string): Promise<StatsBuilder> {
    let previous: StatsFile | undefined;
    if (previousDir)
      previous = await readFile(join(previousDir, STATS), 'utf8').then(
        (t) => JSON.parse(t) as StatsFile,
        () => undefined, // gone or never written: computed afresh
      );
    return new StatsBuilder(spec, previous?.version === spec.version ? previous.entries : {});
  }

  /** Whether `add` would compute this article's statistics (not stored by the previous index, nor added yet). */
  needs(a: Article): boolean {
    return this.done.get(a.id)?.hash !== a.hash && this.reuse[a.id]?.hash !== a.hash;
  }

  /** Computes the article's statistics unless they are known. */
  add(a: Article): { hash: string; stats: unknown } {
    let e = this.done.get(a.id);
    if (e?.hash === a.hash) return e;
    const old = this.reuse[a.id];
    e = old && old.hash === a.hash ? old : { hash: a.hash, stats: this.spec.of(a) };
    this.done.set(a.id, e);
    return e;
  }

  /** Writes both files for `articles` (in their order) into `dir`. */
  async write(dir: string, articles: Article[]): Promise<void> {
    await writeStatsFiles(dir, this.files(articles));
  }

  /** The contents of both files for `articles`, in their order (a build prepares them while the graph is saved). */
  files(articles: Article[]): StatsFiles {
    const entries: StatsFile['entries'] = {};
    const list: unknown[] = [];
    for (const a of articles) {
      const e = this.add(a);
      entries[a.id] = e;
      list.push(e.stats);
    }
    const { spec } = this;
    const combined: CombinedFile = { version: spec.combinedVersion, articles: list.length, data: spec.combine(list) };
    return {
      stats: JSON.stringify({ version: spec.version, entries } satisfies StatsFile),
      combined: JSON.stringify(combined),
    };
  }
}

export interface StatsFiles {
  stats: string;
  combined: string;
}

export async function writeStatsFiles(dir: string, files: StatsFiles): Promise<void> {
  await writeFile(join(dir, STATS), files.stats);
  await writeFile(join(dir, CORPUS_STATS), files.combined);
}
