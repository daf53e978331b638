import { join } from 'node:path';
import { JsonFile, readJson } from './persist.js';

const MAX_THREADS = 10_000;

/** Ids of the threads the bot started, so follow-ups there need no mention; saved to DATA_DIR/threads.json. */
export class ThreadStore {
  private readonly ids = new Set<string>();
  /** The last question answered in each thread: the context a short follow-up there is read with. */
  private readonly questions = new Map<string, string>();
  private readonly file: JsonFile<{ version: 1; threads: string[]; questions: Record<string, string> }>;

  private constructor(readonly path: string) {
    this.file = new JsonFile(path, () => ({
      version: 1,
      threads: [...this.ids],
      questions: Object.fromEntries(this.questions),
    }));
  }

  static async open(dataDir: string): Promise<ThreadStore> {
    const store = new ThreadStore(join(dataDir, 'threads.json'));
    const saved = await readJson<{ threads?: unknown }>(store.path, {});
    if (Array.isArray(saved.threads)) for (const id of saved.threads) if (typeof id === 'string') store.ids.add(id);
    const questions = (saved as { questions?: unknown }).questions;
    if (questions && typeof questions === 'object')
      for (const [id, q] of Object.entries(questions)) if (typeof q === 'string') store.questions.set(id, q);
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

  lastQuestion(id: string): string | undefined {
    return this.questions.get(id);
  }

  /** Remembers the question answered in a thread (bounded like the thread list), for the next follow-up. */
  async remember(id: string, question: string): Promise<void> {
    this.questions.delete(id);
    this.questions.set(id, question.slice(0, 500));
    if (this.questions.size > MAX_THREADS) this.questions.delete(this.questions.keys().next().value!);
    await this.file.save();
  }

  async flush(): Promise<void> {
    await this.file.flush();
  }
}
