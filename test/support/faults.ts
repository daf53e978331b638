import { type ChildProcess, execFile } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { nodeArgs } from './node-args.js';

/** The outcome of a CLI child process: exit code (or the signal that killed it), stdout and stderr. */
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a CLI entry point (`src/cli/index.ts`, `src/cli/ask.ts`) in a child process, as `npm run` does. */
export function runCli(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeout = 60_000,
  onStderr?: (chunk: string) => void,
): Promise<RunResult> {
  return startCli(script, args, env, timeout, onStderr).result;
}

/** startCli's child process, for tests that signal it (SIGSTOP, SIGTERM) while it runs. */
export function startCli(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeout = 60_000,
  onStderr?: (chunk: string) => void,
): { child: ChildProcess; result: Promise<RunResult> } {
  const t0 = performance.now();
  let child!: ChildProcess;
  const result = new Promise<RunResult>((resolve) => {
    child = execFile(
      process.execPath,
      [...nodeArgs(script), ...args],
      {
        env: { ...process.env, EMBEDDINGS: 'local', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env },
        timeout,
        maxBuffer: 32 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: NodeJS.Signals | null }) | null;
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          signal: e?.signal ?? null,
          stdout: String(stdout),
          stderr: String(stderr),
          ms: performance.now() - t0,
        });
      },
    );
    if (onStderr) child.stderr?.on('data', (d: Buffer | string) => onStderr(String(d)));
  });
  return { child, result };
}

/** Waits until a process is stopped (SIGSTOP), from /proc (Linux). */
export async function stopped(pid: number, timeoutMs = 30_000): Promise<void> {
  const by = Date.now() + timeoutMs;
  for (;;) {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
    if (state === 'T' || state === 't') return;
    if (Date.now() > by) throw new Error(`process ${pid} did not stop (state ${state})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** stderr lines that are not JSON log records: what a person running the command reads. */
export const plainLines = (stderr: string): string[] =>
  stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{') && !l.startsWith('npm warn'));

/** Appends a sentence to an article, so the next build has one changed article to embed. */
export function touchArticle(corpusDir: string, file: string, sentence: string): void {
  appendFileSync(join(corpusDir, file), `\n${sentence}\n`);
}

/** Sets an article's text back to what it was. */
export function restoreArticle(corpusDir: string, file: string, text: string): void {
  writeFileSync(join(corpusDir, file), text);
}

export function readArticle(corpusDir: string, file: string): string {
  return readFileSync(join(corpusDir, file), 'utf8');
}

export function buildFolders(indexDir: string): string[] {
  return readdirSync(indexDir).filter((n) => n.startsWith('.build-'));
}

/** The real local embedder, counting the passages it is asked to embed (0 after open = the index was reused). */
export class CountingEmbeddings extends LocalHashEmbeddings {
  documents = 0;
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    this.documents += texts.length;
    return super.embedDocuments(texts);
  }
}
