import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Article } from '../corpus/article.js';
import { Bm25Index } from '../retrieve/bm25.js';
import { ArticleStore } from './article-store.js';
import { PassageIndex } from './hnsw.js';
import { MANIFEST_VERSION, type Manifest } from './manifest.js';

/**
 * On-disk layout under INDEX_DIR:
 *   CURRENT            name of the live index folder (replaced by rename, which is atomic)
 *   index-<stamp>/     hnswlib.index, args.json, passages.bin (see PassageIndex), bm25.bin, articles.json +
 *                      bodies-NNNNN.txt (see ArticleStore), stats.json + corpus-stats.json (see article-stats.ts),
 *                      manifest.json
 *   .build-<stamp>/    a build in progress; renamed to index-<stamp> only when complete
 *   .build.lock/       held by the process that builds (lock.ts)
 *   .bron-index        marks the folder as Bron's (see claimIndexDir)
 * A crash at any point leaves CURRENT naming a complete index. Bron deletes only folders it named itself
 * (index-<stamp>, .build-<stamp>), so files others keep in INDEX_DIR are never removed.
 */
export const POINTER = 'CURRENT';
export const MANIFEST = 'manifest.json';
export const MARKER = '.bron-index';
/** The BM25 index of the folder's passages (see Bm25Index.toBuffer), built with the graph and loaded as it is. */
export const BM25 = 'bm25.bin';

export class IndexMissingError extends Error {
  override name = 'IndexMissingError';
}
export class IndexCorruptError extends Error {
  override name = 'IndexCorruptError';
}
/** INDEX_DIR holds files Bron did not create: it refuses to build (and so delete anything) there. */
export class IndexDirError extends Error {
  override name = 'IndexDirError';
}

export interface LoadedStore {
  store: PassageIndex;
  bm25: Bm25Index;
  manifest: Manifest;
  dir: string;
}

/** Names publishStore gives index folders; a pointer naming anything else (a path, `..`) is damage, never followed. */
const INDEX_NAME = /^index-[A-Za-z0-9-]{1,120}$/;
/** The exact names newBuildDir makes (ISO time with - for : and ., then the pid): the only folders Bron deletes. */
const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-\d{1,10}`;
const OWN_INDEX = new RegExp(`^index-${STAMP}$`);
const OWN_BUILD = new RegExp(`^\\.build-${STAMP}$`);
const OWN_FILES = /^(CURRENT|CURRENT\.\d+\.tmp|\.build\.lock|\.bron-index)$/;
/** Files a folder may hold before Bron adopts it: a checked-in README or placeholder, nothing else. */
const PLACEHOLDER = /^(README(\.\w+)?|\.gitkeep|\.keep|\.gitignore)$/i;

export async function currentIndexDir(indexDir: string): Promise<string | undefined> {
  let name: string;
  try {
    name = (await readFile(join(indexDir, POINTER), 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (!name) return undefined;
  if (!INDEX_NAME.test(name))
    throw new IndexCorruptError(
      `${join(indexDir, POINTER)} does not name an index folder in ${indexDir} (${JSON.stringify(name.slice(0, 80))})`,
    );
  return join(indexDir, name);
}

/** Loads the live index; a missing index and a damaged one are different errors, so callers can rebuild or refuse. */
export async function loadStore(
  indexDir: string,
  embeddings: EmbeddingsInterface,
  efSearch: number,
): Promise<LoadedStore> {
  const dir = await currentIndexDir(indexDir);
  if (!dir) throw new IndexMissingError(`no index in ${indexDir} yet`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
    if (typeof manifest.passageCount !== 'number') throw new Error('unknown manifest format');
  } catch (err) {
    throw new IndexCorruptError(`index manifest ${join(dir, MANIFEST)} is unreadable: ${(err as Error).message}`);
  }
  if (manifest.version !== MANIFEST_VERSION)
    throw new IndexMissingError(
      `the index in ${dir} has format ${manifest.version}, this Bron reads ${MANIFEST_VERSION}`,
    );
  await verifyChecksums(dir, manifest);
  let store: PassageIndex;
  try {
    store = await PassageIndex.load(dir, embeddings);
  } catch (err) {
    throw new IndexCorruptError(`index files in ${dir} are unreadable: ${(err as Error).message}`);
  }
  let bm25: Bm25Index;
  try {
    bm25 = Bm25Index.fromBuffer(await readFile(join(dir, BM25)));
  } catch (err) {
    throw new IndexCorruptError(`BM25 index ${join(dir, BM25)} is unreadable: ${(err as Error).message}`);
  }
  const live = store.passages.liveCount;
  if (
    live !== manifest.passageCount ||
    store.index.getCurrentCount() !== manifest.passageCount + manifest.deletedCount
  ) {
    throw new IndexCorruptError(
      `index in ${dir} holds ${live} passages but its manifest says ${manifest.passageCount}`,
    );
  }
  if (bm25.size !== live || bm25.labels > store.index.getCurrentCount())
    throw new IndexCorruptError(`BM25 index in ${dir} holds ${bm25.size} passages, the graph ${live}`);
  store.index.setEf(efSearch);
  return { store, bm25, manifest, dir };
}

export async function newBuildDir(indexDir: string): Promise<{ dir: string; name: string }> {
  await mkdir(indexDir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const dir = join(indexDir, `.build-${name}`);
  await mkdir(dir);
  return { dir, name };
}

/**
 * Writes a finished store into its build folder, then publishes it: rename folder, then swap the pointer file.
 * `beforeSwap` runs last, just before the index goes live (the build lock's check). On any failure (a full disk, a lost
 * lock) nothing of this build is left behind and the pointer still names the previous index.
 */
export async function publishStore(
  indexDir: string,
  build: { dir: string; name: string },
  store: PassageIndex,
  bm25: Bm25Index,
  articles: { entries: { article: Article; firstLabel: number; passages: number }[]; previous?: LoadedStore },
  manifest: Manifest,
  beforeSwap?: () => Promise<void>,
): Promise<string> {
  const finalName = `index-${build.name}`;
  const tmp = join(indexDir, `${POINTER}.${process.pid}.tmp`);
  try {
    await store.save(build.dir);
    const prev = articles.previous?.store.articles;
    await ArticleStore.write(
      build.dir,
      articles.entries,
      prev ? { store: prev, reuse: new Set(Object.keys(articles.previous!.manifest.articles)) } : undefined,
    );
    await writeFile(join(build.dir, BM25), bm25.toBuffer());
    manifest.checksums = {};
    for (const name of (await readdir(build.dir)).sort())
      if (name !== MANIFEST) manifest.checksums[name] = await sha256(join(build.dir, name));
    await writeFile(join(build.dir, MANIFEST), JSON.stringify(manifest, null, 2));
    await writeFile(tmp, finalName);
    await beforeSwap?.();
    await rename(build.dir, join(indexDir, finalName));
    await rename(tmp, join(indexDir, POINTER));
  } catch (err) {
    await Promise.all([build.dir, join(indexDir, finalName), tmp].map((p) => rm(p, { recursive: true, force: true })));
    throw err;
  }
  // The new index is live; an old folder that cannot be removed now is removed by a later publish.
  await removeStale(indexDir, finalName).catch(() => undefined);
  return join(indexDir, finalName);
}

/** Read in 1 MB chunks: with the default 64 KB, checking a 100k-passage index (212 MB) at open took twice as long. */
function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file, { highWaterMark: 2 ** 20 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Every file the manifest lists must be there with the same sha256, before any of them is parsed or mapped. A manifest
 * without checksums is not trusted either (a damaged graph file can crash the process): the index is rebuilt.
 */
async function verifyChecksums(dir: string, manifest: Manifest): Promise<void> {
  const listed = Object.entries(manifest.checksums ?? {});
  if (listed.length === 0)
    throw new IndexCorruptError(`index manifest in ${dir} has no checksums, so its files cannot be checked`);
  for (const [name, expected] of listed) {
    if (!/^[\w.-]+$/.test(name) || name === '..')
      throw new IndexCorruptError(`index manifest in ${dir} lists a bad file name ${JSON.stringify(name)}`);
    const actual = await sha256(join(dir, name)).catch((err: NodeJS.ErrnoException) => `(${err.code ?? err.message})`);
    if (actual !== expected)
      throw new IndexCorruptError(
        `index file ${join(dir, name)} is damaged (its checksum does not match the manifest)`,
      );
  }
}

/** Drops old index folders and abandoned builds; a live build of another process is protected by the build lock. */
async function removeStale(indexDir: string, keep: string): Promise<void> {
  for (const name of await ownFolders(indexDir, (n) => OWN_INDEX.test(n) || OWN_BUILD.test(n)))
    if (name !== keep) await rm(join(indexDir, name), { recursive: true, force: true });
}

/**
 * Call under the build lock, before building: folders of builds that failed or were killed (no other build can be
 * running) and pointer temp files, so the space a failed build took (a full disk) is free again.
 */
export async function removeAbandoned(indexDir: string): Promise<string[]> {
  const names = await ownFolders(indexDir, (n) => OWN_BUILD.test(n));
  for (const name of names) await rm(join(indexDir, name), { recursive: true, force: true });
  for (const name of await readdir(indexDir).catch(() => [] as string[]))
    if (/^CURRENT\.\d+\.tmp$/.test(name)) await rm(join(indexDir, name), { force: true });
  return names;
}

/** Real folders (not links) whose names Bron gave them. */
async function ownFolders(indexDir: string, named: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(indexDir).catch(() => [] as string[])) {
    if (!named(name)) continue;
    const st = await lstat(join(indexDir, name)).catch(() => undefined);
    if (st?.isDirectory()) out.push(name);
  }
  return out;
}

/**
 * Bron builds only in a folder it owns: a new or empty one (a README or .gitkeep may be there), or one that holds
 * nothing but its own files. It then leaves MARKER there; files added later are left alone, never deleted. A folder
 * with anything else (INDEX_DIR pointed at a home or data folder by mistake) is refused before anything is written.
 */
export async function claimIndexDir(indexDir: string): Promise<void> {
  const names = await readdir(indexDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  if (names.includes(MARKER)) return;
  const foreign = names.filter(
    (n) => !PLACEHOLDER.test(n) && !OWN_FILES.test(n) && !OWN_INDEX.test(n) && !OWN_BUILD.test(n),
  );
  if (foreign.length > 0) {
    const more = foreign.length > 5 ? `, … (${foreign.length} in all)` : '';
    const shown = foreign.sort().slice(0, 5).join(', ') + more;
    throw new IndexDirError(
      `INDEX_DIR ${indexDir} holds files Bron did not create (${shown}); Bron keeps only its index there and ` +
        'never deletes what it did not make. Point INDEX_DIR at a new or empty folder, or move those files.',
    );
  }
  await mkdir(indexDir, { recursive: true });
  await writeFile(
    join(indexDir, MARKER),
    'This folder holds a Bron index. Bron deletes only the index-* and .build-* folders it made here.\n',
  );
}
