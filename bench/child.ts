import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a child process; resolves with its stdout, the wall time to its first stdout line, and to its exit. */
export function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ stdout: string; firstLineMs: number; exitMs: number }> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    let firstLineMs = NaN;
    let stdout = '';
    let stderr = '';
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (Number.isNaN(firstLineMs) && stdout.includes('\n')) firstLineMs = performance.now() - t0;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const exitMs = performance.now() - t0;
      if (code !== 0)
        reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
      else resolvePromise({ stdout, firstLineMs: Number.isNaN(firstLineMs) ? exitMs : firstLineMs, exitMs });
    });
  });
}

/** The last line of a child's stdout parsed as JSON (the children print one JSON line, after any stray output). */
export function lastJson<T>(stdout: string): T {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}
