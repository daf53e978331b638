import { join } from 'node:path';
import { JsonFile, readJson } from './persist.js';

const MAX_SAMPLES = 1000;

interface StatsFile {
  version: 1;
  questions: number;
  refusals: number;
  errors: number;
  reindexes: number;
  /** Most recent answer latencies in ms (question received → answer sent), newest last. */
  latencies: number[];
}

/** Nearest-rank percentile of `values` (unsorted), or undefined when there are none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Counters for /stats, kept across restarts in DATA_DIR/stats.json. Updated in memory on every answer and written
 * (atomically) by a timer and on shutdown, so a burst of questions is not a burst of disk writes.
 */
export class Stats {
  private data: StatsFile = { version: 1, questions: 0, refusals: 0, errors: 0, reindexes: 0, latencies: [] };
  private readonly file: JsonFile<StatsFile>;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  readonly startedAt = new Date();

  private constructor(readonly path: string) {
    this.file = new JsonFile(path, () => this.data);
  }

  static async open(dataDir: string, opts: { flushEveryMs?: number } = {}): Promise<Stats> {
    const stats = new Stats(join(dataDir, 'stats.json'));
    const saved = await readJson<Partial<StatsFile>>(stats.path, {});
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    stats.data = {
      version: 1,
      questions: num(saved.questions),
      refusals: num(saved.refusals),
      errors: num(saved.errors),
      reindexes: num(saved.reindexes),
      latencies: Array.isArray(saved.latencies)
        ? saved.latencies.filter((x): x is number => typeof x === 'number').slice(-MAX_SAMPLES)
        : [],
    };
    const every = opts.flushEveryMs ?? 30_000;
    if (every > 0) {
      stats.timer = setInterval(() => void stats.flush(), every);
      stats.timer.unref();
    }
    return stats;
  }

  recordAnswer(latencyMs: number, grounded: boolean): void {
    this.data.questions++;
    if (!grounded) this.data.refusals++;
    this.data.latencies.push(Math.round(latencyMs * 10) / 10);
    if (this.data.latencies.length > MAX_SAMPLES)
      this.data.latencies.splice(0, this.data.latencies.length - MAX_SAMPLES);
    this.dirty = true;
  }

  recordError(): void {
    this.data.errors++;
    this.dirty = true;
  }

  recordReindex(): void {
    this.data.reindexes++;
    this.dirty = true;
  }

  /** The recent answer latencies in ms, oldest first (for merging shards' figures). */
  get latencies(): readonly number[] {
    return this.data.latencies;
  }

  get view() {
    return {
      questions: this.data.questions,
      refusals: this.data.refusals,
      errors: this.data.errors,
      reindexes: this.data.reindexes,
      p50Ms: percentile(this.data.latencies, 50),
      p95Ms: percentile(this.data.latencies, 95),
      uptimeMs: Date.now() - this.startedAt.getTime(),
    };
  }

  async flush(): Promise<void> {
    if (this.dirty) {
      this.dirty = false;
      await this.file.save();
    }
    await this.file.flush();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
