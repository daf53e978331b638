import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { PassageMetadata } from '../ingest/passages.js';
import { PassageIndex } from './hnsw.js';
import type { Manifest } from './manifest.js';

/**
 * On-disk layout under INDEX_DIR:
 *   CURRENT            name of the live index folder (replaced by rename, which is atomic)
 *   index-<stamp>/     hnswlib.index, args.json, docstore.json + docstore-NNNNN.json segments (see PassageIndex), manifest.json
 *   .build-<stamp>/    a build in progress; renamed to index-<stamp> only when complete
 * A crash at any point leaves CURRENT naming a complete index.
 */
export const POINTER = 'CURRENT';
export const MANIFEST = 'manifest.json';

export class IndexMissingError extends Error {
  override name = 'IndexMissingError';
}
export class IndexCorruptError extends Error {
  override name = 'IndexCorruptError';
}

export interface LoadedStore {
  store: HNSWLib;
  manifest: Manifest;
  dir: string;
}

/** Names publishStore gives index folders; a pointer naming anything else (a path, `..`) is damage, never followed. */
const INDEX_NAME = /^index-[A-Za-z0-9-]{1,120}$/;

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
    if (manifest.version !== 1 || typeof manifest.passageCount !== 'number') throw new Error('unknown manifest format');
  } catch (err) {
    throw new IndexCorruptError(`index manifest ${join(dir, MANIFEST)} is unreadable: ${(err as Error).message}`);
  }
  await verifyChecksums(dir, manifest);
  let store: HNSWLib;
  try {
    store = await PassageIndex.load(dir, embeddings);
  } catch (err) {
    throw new IndexCorruptError(`index files in ${dir} are unreadable: ${(err as Error).message}`);
  }
  const live = store.docstore._docs.size;
  if (
    live !== manifest.passageCount ||
    store.index.getCurrentCount() !== manifest.passageCount + manifest.deletedCount
  ) {
    throw new IndexCorruptError(
      `index in ${dir} holds ${live} passages but its manifest says ${manifest.passageCount}`,
    );
  }
  store.index.setEf(efSearch);
  return { store, manifest, dir };
}

export async function newBuildDir(indexDir: string): Promise<{ dir: string; name: string }> {
  await mkdir(indexDir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const dir = join(indexDir, `.build-${name}`);
  await mkdir(dir);
  return { dir, name };
}

/** Writes a finished store into its build folder, then publishes it: rename folder, then swap the pointer file. */
export async function publishStore(
  indexDir: string,
  build: { dir: string; name: string },
  store: HNSWLib,
  manifest: Manifest,
): Promise<string> {
  await store.save(build.dir);
  manifest.checksums = {};
  for (const name of (await readdir(build.dir)).sort())
    if (name !== MANIFEST) manifest.checksums[name] = await sha256(join(build.dir, name));
  await writeFile(join(build.dir, MANIFEST), JSON.stringify(manifest, null, 2));
  const finalName = `index-${build.name}`;
  await rename(build.dir, join(indexDir, finalName));
  const tmp = join(indexDir, `${POINTER}.${process.pid}.tmp`);
  await writeFile(tmp, finalName);
  await rename(tmp, join(indexDir, POINTER));
  await removeStale(indexDir, finalName);
  return join(indexDir, finalName);
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Every file the manifest lists must be there with the same sha256, before any of them is parsed or mapped. */
async function verifyChecksums(dir: string, manifest: Manifest): Promise<void> {
  for (const [name, expected] of Object.entries(manifest.checksums ?? {})) {
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
  for (const name of await readdir(indexDir)) {
    if (name === keep) continue;
    if (name.startsWith('index-') || name.startsWith('.build-'))
      await rm(join(indexDir, name), { recursive: true, force: true });
  }
}

/** Passages of a store, in label order, with their labels (needed to mark an article's points deleted). */
export function storedPassages(store: HNSWLib): { label: number; doc: Document<PassageMetadata> }[] {
  return [...store.docstore._docs.entries()]
    .map(([label, doc]) => ({ label: Number(label), doc: doc as Document<PassageMetadata> }))
    .sort((a, b) => a.label - b.label);
}
