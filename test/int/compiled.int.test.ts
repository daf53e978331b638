import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/engine.js';
import { filesUnder, ROOT } from '../support/files.js';

/**
 * `npm run bench -- --compiled` serves the engine rows from the compiled engine child (dist/bench/engine-child.js)
 * under plain node; test/e2e/service.int.test.ts runs `npm run build` and `npm start`, but nothing ran that child or
 * the compiled CLI. A module that only resolves under tsx, or a file the build does not copy, fails only there. This
 * compiles as the build does but without its type check (tens of seconds on 2 busy cores): every source file on its
 * own (tsconfig has isolatedModules, so the emitted code is the same), into a dist/ beside the real package.json and
 * node_modules, plus the build's own asset script.
 */
const run = promisify(execFile);
const tmp = tempDir('bron-compiled-');
const dist = join(tmp.dir, 'dist');
const QUESTION = 'How many North Korean troops are in Russia?';

function compile(file: string, outFile: string): void {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    fileName: file,
  });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, outputText);
}

beforeAll(() => {
  for (const name of ['package.json', 'node_modules', 'src', 'data'])
    symlinkSync(join(ROOT, name), join(tmp.dir, name));
  const sources = filesUnder(join(ROOT, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.d.ts'));
  for (const file of [...sources, join(ROOT, 'bench', 'engine-child.ts')])
    compile(file, join(dist, relative(ROOT, file)).replace(/\.ts$/, '.js'));
  // The graph worker and the lexicon, copied as `npm run build` copies them (its script, run in the temporary folder).
  execFileSync('node', [join(ROOT, 'scripts', 'build-assets.mjs')], { cwd: tmp.dir });
}, 120_000);
afterAll(tmp.cleanup);

const env = (indexDir: string) => ({
  ...process.env,
  EMBEDDINGS: 'local',
  RERANKER: 'none',
  CORPUS_DIR: join(ROOT, 'corpus'),
  INDEX_DIR: indexDir,
  LOG_LEVEL: 'warn',
});

describe('compiled JavaScript under plain node', () => {
  it('the CLI builds the index and answers exactly as the sources do', async () => {
    const index = join(tmp.dir, 'index');
    const compiled = await run('node', [join(dist, 'src/cli/ask.js'), '--json', '--offline', QUESTION], {
      cwd: ROOT,
      env: env(index),
      timeout: 60_000,
    });
    const answer = JSON.parse(compiled.stdout) as { grounded: boolean; citations: { quote: string; file: string }[] };
    expect(answer.grounded).toBe(true);
    expect(answer.citations.length).toBeGreaterThanOrEqual(2);
    for (const c of answer.citations) expect(readFileSync(resolve(ROOT, c.file), 'utf8')).toContain(c.quote);
    // The same index, read by the sources through tsx: the same answer, byte for byte.
    const sources = await run('node', ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--offline', QUESTION], {
      cwd: ROOT,
      env: env(index),
      timeout: 60_000,
    });
    expect(sources.stdout).toBe(compiled.stdout);
  });

  it("the bench's compiled engine child serves the index it is given", async () => {
    const index = join(tmp.dir, 'index-bench');
    const questions = join(tmp.dir, 'questions.json');
    writeFileSync(questions, JSON.stringify([QUESTION, 'Wat zei Rutte over Koersk?']));
    const build = await run('node', [join(dist, 'bench/engine-child.js'), 'build'], { env: env(index) });
    const built = JSON.parse(build.stdout) as { index_dir: string; passages: number };
    expect(built.passages).toBeGreaterThan(0);
    const serve = await run('node', [join(dist, 'bench/engine-child.js'), 'serve'], {
      env: { ...env(index), BENCH_QUESTIONS_FILE: questions },
      timeout: 60_000,
    });
    const served = JSON.parse(serve.stdout) as { index_dir: string; grounded: number; asks_ms: number[] };
    expect(served.index_dir).toBe(built.index_dir);
    expect(served.asks_ms).toHaveLength(2);
    expect(served.grounded).toBe(2);
  });
});
