import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** Nearest-rank percentile of a sample (p in 0..100); NaN for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Rounds for printing and JSON: 3 significant decimals below 10, 1 above. */
export function round(x: number, digits = x !== 0 && Math.abs(x) < 10 ? 3 : 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export const mb = (bytes: number): number => bytes / (1024 * 1024);

export interface Machine {
  cpu: string;
  cores: number;
  memory_gb: number;
  node: string;
  platform: string;
  commit: string;
  date: string;
}

/** The machine a run came from: figures are only comparable with figures from the same machine. */
export function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // not a git checkout
  }
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory_gb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit,
    date: new Date().toISOString(),
  };
}
