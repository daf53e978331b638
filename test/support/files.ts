import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Every file under `dir`, depth first, whose name `keep` accepts; an entry whose name `skip` accepts (a folder such
 * as node_modules, or any file) is left out with everything in it.
 */
export function filesUnder(
  dir: string,
  keep: (name: string) => boolean = () => true,
  skip: (name: string) => boolean = () => false,
): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (skip(e.name)) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path, keep, skip) : keep(e.name) ? [path] : [];
  });
}
