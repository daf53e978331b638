import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './files.js';

/**
 * A freshly initialised PGlite data folder as a tarball: every PGlite the int tests and the bench smoke start loads a
 * copy of it (`loadDataDir`) instead of running initdb, which costs ~5 s of CPU each. Each still gets a database of its
 * own, in memory or in its own folder, never shared. initdb's output depends only on the PGlite build, so the tarball
 * is kept in the temp folder under PGlite's version and made again only when that changes; written under another name
 * and renamed, so a run never reads half of one. Returns its path.
 */
export async function pgliteTemplate(): Promise<string> {
  const pkg = join(ROOT, 'node_modules/@electric-sql/pglite/package.json');
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  const file = join(tmpdir(), `bron-pglite-template-${version}.tar`);
  if (existsSync(file)) return file;
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  try {
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer()));
    renameSync(part, file);
  } finally {
    await db.close();
  }
  return file;
}
