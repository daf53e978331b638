/**
 * Run by test/reliability/disk-full.int.test.ts inside its own mount namespace (`unshare -rm`), with argv[2] a folder
 * holding `corpus/` and an empty `index/`: mounts a small tmpfs on `index/`, fills it, and runs `npm run index` and
 * `npm run ask` against it as child processes. Prints what it saw as one JSON object on stdout.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainLines, runCli, touchArticle } from './faults.js';

const base = process.argv[2]!;
const indexDir = join(base, 'index');
const corpus = join(base, 'corpus');
const env = { INDEX_DIR: indexDir, CORPUS_DIR: corpus, LOG_LEVEL: 'warn' };
execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', indexDir]);

const listing = () => readdirSync(indexDir).sort();
const pointer = () => readFileSync(join(indexDir, 'CURRENT'), 'utf8');
const outcome = (r: Awaited<ReturnType<typeof runCli>>) => ({
  code: r.code,
  signal: r.signal,
  plain: plainLines(r.stderr),
  logs: r.stderr.split('\n').filter((l) => l.startsWith('{')),
  stdout: r.stdout,
});

const first = await runCli('src/cli/index.ts', [], env);
const live = pointer();
touchArticle(corpus, '004-dvhn-boerjaten.md', 'Een zin die er niet meer bij past, want de schijf is vol.');
const { bavail, bsize } = statfsSync(indexDir);
writeFileSync(join(indexDir, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 24 * 1024)));
const full = await runCli('src/cli/index.ts', [], env);
const afterFull = { listing: listing(), pointer: pointer() };
const ask = await runCli('src/cli/ask.ts', ['--json', 'Wat zei Rutte over Koersk?'], env);
rmSync(join(indexDir, 'filler'));
const freed = await runCli('src/cli/index.ts', [], env);

process.stdout.write(
  `${JSON.stringify({
    first: outcome(first),
    live,
    full: outcome(full),
    afterFull,
    ask: outcome(ask),
    freed: outcome(freed),
    afterFreed: { listing: listing(), pointer: pointer() },
  })}\n`,
);
