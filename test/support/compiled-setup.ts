import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { transform } from 'esbuild';
import { filesUnder, ROOT } from './files.js';
import { pgliteTemplate } from './pglite-template.js';

/**
 * Global setup of the int project: the sources as JavaScript, so the child processes the tests start (the CLI, the bot,
 * the drivers, the bench smoke's peers) run under plain node instead of each paying ~1 s of CPU for tsx's loader. Each file goes through the
 * esbuild transform tsx itself applies, with the project's tsconfig, so the children run the same code; a fresh copy
 * every run, so it is never stale. Laid out like the repository (package.json, node_modules and data beside src/), so
 * the paths the code finds from its own location (../../data, ../../commands, graph-worker.mjs) resolve as they do.
 * Meanwhile (esbuild transforms in its own process) it finds or makes the PGlite data folder every PGlite test starts
 * from.
 */
export default async function setup(): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), 'bron-int-js-'));
  for (const name of ['package.json', 'node_modules', 'data']) symlinkSync(join(ROOT, name), join(root, name));
  const tsconfigRaw = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as object;
  const dirs = ['src', 'commands', 'test/support', 'bench'].map((d) => join(ROOT, d));
  const sources = dirs.flatMap((d) => filesUnder(d, (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')));
  const template = pgliteTemplate();
  await Promise.all(
    sources.map(async (file) => {
      const { code } = await transform(readFileSync(file, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: 'node20',
        sourcefile: file,
        tsconfigRaw,
      });
      const out = join(root, relative(ROOT, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, code);
    }),
  );
  // Not TypeScript, so no transform: copied as `npm run build` copies it (scripts/build-assets.mjs).
  cpSync(join(ROOT, 'src/index/graph-worker.mjs'), join(root, 'src/index/graph-worker.mjs'));
  // Read by nodeArgs (test/support/node-args.ts) in the test workers, which are forked after this, and in the drivers.
  process.env.BRON_INT_JS = root;
  // Read by pgliteStart (test/support/pg.ts) and passed to the bench smoke as --pglite-template.
  process.env.BRON_PGLITE_TEMPLATE = await template;
  return () => rmSync(root, { recursive: true, force: true });
}
