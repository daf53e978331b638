import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { log } from '../log.js';

/**
 * Writes JSON so a crash or a second writer never leaves a half-written file: write a temp file next to the target,
 * then rename it over the target (atomic on one filesystem).
 */
export async function writeJsonAtomic(file: string, data: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Temp files of writers that died mid-write (kill -9 between write and rename): their pid is gone, so nobody renames them. */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    const m = n.startsWith(prefix) ? /^(\d+)\.[0-9a-f]+\.tmp$/.exec(n.slice(prefix.length)) : null;
    return m !== null && !alive(Number(m[1]));
  });
  await Promise.all(stale.map((n) => rm(join(dirname(file), n), { force: true })));
  return stale;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Reads a JSON file written by writeJsonAtomic; a missing file gives `fallback`, a damaged one is logged and ignored. */
export async function readJson<T>(file: string, fallback: T): Promise<T> {
  const removed = await removeStaleTemps(file);
  if (removed.length > 0)
    log.info({ file, removed }, `removed ${removed.length} temp file(s) left by a stopped writer`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw err;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    log.warn({ file }, `ignoring ${file}: it is not valid JSON`);
    return fallback;
  }
}

/**
 * Serialises saves of one file and coalesces bursts: while a write runs, further requests collapse into one more
 * write of the latest state. `flush()` resolves when everything requested so far is on disk.
 */
export class JsonFile<T> {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    readonly file: string,
    private readonly state: () => T,
  ) {}

  save(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await writeJsonAtomic(this.file, this.state());
        } while (this.again);
      } catch (err) {
        log.error({ err, file: this.file }, `could not save ${this.file}`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  async flush(): Promise<void> {
    while (this.running) await this.running;
  }
}
