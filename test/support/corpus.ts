import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Copies the real corpus into `dir/corpus`, so a test can edit articles without touching the repository. */
export function copyCorpus(dir: string): string {
  const target = join(dir, 'corpus');
  mkdirSync(target, { recursive: true });
  for (const f of readdirSync('corpus')) copyFileSync(join('corpus', f), join(target, f));
  return target;
}
