import { join } from 'node:path';
import { JsonFile, readJson } from './persist.js';

const MAX_THREADS = 10_000;

/** Ids of the threads the bot started, so follow-ups there need no mention; saved to DATA_DIR/threads.json. */
export class ThreadStore {
  private readonly ids = new Set<string>();
  private readonly file: JsonFile<{ version: 1; threads: string[] }>;

  private constructor(readonly path: string) {
    this.file = new JsonFile(path, () => ({ version: 1, threads: [...this.ids] }));
  }

  static async open(dataDir: string): Promise<ThreadStore> {
    const store = new ThreadStore(join(dataDir, 'threads.json'));
    const saved = await readJson<{ threads?: unknown }>(store.path, {});
    if (Array.isArray(saved.threads)) for (const id of saved.threads) if (typeof id === 'string') store.ids.add(id);
    return store;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  async add(id: string): Promise<void> {
    if (this.ids.has(id)) return;
    this.ids.add(id);
    if (this.ids.size > MAX_THREADS) this.ids.delete(this.ids.values().next().value!);
    await this.file.save();
  }

  async flush(): Promise<void> {
    await this.file.flush();
  }
}
