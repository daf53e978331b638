import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, readFile, rename, rm, truncate, writeFile } from 'node:fs/promises';
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

/**
 * Removes the temp files of writers that died mid-write (kill -9 between write and rename): their pid is gone, so
 * nobody will rename them. Returns the names removed.
 */
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

/**
 * Reads a JSON file written by writeJsonAtomic; a missing file gives `fallback`, a damaged one is logged and
 * ignored.
 */
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

/**
 * An append-only file of JSON lines. Each record is one write of one line to a file opened for appending, so a record
 * costs the same at 100k records as at the first (a whole-file rewrite per record grew with the file), and a crash
 * can at worst tear the last line, which the next read cuts off. Appends are serialised in call order.
 */
export class JsonLines<T> {
  private handle: Promise<FileHandle> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Every whole record in the file. A torn last line is cut off the file; a line that is not JSON is skipped. */
  async read(): Promise<T[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    if (text.length > 0 && !text.endsWith('\n')) {
      const keep = text.lastIndexOf('\n') + 1;
      log.warn({ file: this.file }, `${this.file}: cut off a last line left half-written by a stopped writer`);
      await truncate(this.file, Buffer.byteLength(text.slice(0, keep)));
      text = text.slice(0, keep);
    }
    const records: T[] = [];
    let bad = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        bad++;
      }
    }
    if (bad) log.warn({ file: this.file, lines: bad }, `${this.file}: skipped ${bad} line(s) that are not JSON`);
    return records;
  }

  /** Appends one record; resolves once it is written. */
  append(record: T): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const write = this.chain.then(async () => {
      this.handle ??= mkdir(dirname(this.file), { recursive: true }).then(() => open(this.file, 'a'));
      await (await this.handle).appendFile(line, 'utf8');
    });
    this.chain = write.catch((err: unknown) => log.error({ err, file: this.file }, `could not append to ${this.file}`));
    return write;
  }

  /** Waits for every append so far, then closes the file (the next append opens it again). */
  async close(): Promise<void> {
    await this.chain;
    const handle = this.handle;
    this.handle = undefined;
    await (await handle)?.close();
  }
}
