import { basename, resolve } from 'node:path';
import { watch } from 'chokidar';
import { ALIASES_FILE } from './corpus/aliases.js';
import { GLOSSARY_FILE } from './corpus/glossary.js';
import type { Engine, ReindexResult } from './engine.js';
import { log } from './log.js';

/**
 * Keeping the index in step with the corpus folder, for the bot and `npm run index -- --watch`: a watcher that
 * reports settled changes of article files, and a queue that runs one reindex at a time.
 */

/** What a reindex changed, named by article: the ids new to the index, changed in it, gone from it. */
export interface CorpusUpdate {
  result: ReindexResult;
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * Runs the engine's reindexes one at a time. A request while one runs is folded into a single run after it, so a
 * burst of changes costs at most two builds, and every caller gets a result that includes its change.
 */
export class ReindexQueue {
  private running: Promise<CorpusUpdate> | undefined;
  private next: Promise<CorpusUpdate> | undefined;

  constructor(
    private readonly engine: Engine,
    private readonly onUpdate?: (u: CorpusUpdate) => void | Promise<void>,
  ) {}

  run(): Promise<CorpusUpdate> {
    if (!this.running) return this.start();
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<CorpusUpdate> {
    const p = this.reindex();
    this.running = p;
    p.catch(() => undefined).finally(() => {
      if (this.running === p) this.running = undefined;
    });
    return p;
  }

  private async reindex(): Promise<CorpusUpdate> {
    // A /reindex started elsewhere in this process holds the engine; wait for it rather than fail.
    while (this.engine.isReindexing) await new Promise((r) => setTimeout(r, 100));
    const before = new Set(this.engine.snapshotInfo.articles.keys());
    const result = await this.engine.reindex();
    const update: CorpusUpdate = {
      result,
      added: result.embedded.filter((id) => !before.has(id)),
      changed: result.embedded.filter((id) => before.has(id)),
      removed: result.removed,
    };
    await Promise.resolve(this.onUpdate?.(update)).catch((err: unknown) =>
      log.error({ err }, 'reporting a corpus update failed'),
    );
    return update;
  }
}

export interface WatchOptions {
  /** Changes are collected this long before `onChange` runs once for all of them. */
  debounceMs: number;
  /** A file must stop growing this long before it counts as written (chokidar's awaitWriteFinish). */
  stableMs: number;
  onChange(files: string[]): void;
}

/**
 * Article files (Markdown, not hidden: editors' and uploads' temp files start with a dot; not the README), and the
 * files an admin edits beside them (aliases, glossary), which a reindex reads again.
 */
function isCorpusFile(path: string): boolean {
  const name = basename(path);
  if (name === ALIASES_FILE || name === GLOSSARY_FILE) return true;
  return name.endsWith('.md') && !name.startsWith('.') && name.toLowerCase() !== 'readme.md';
}

/**
 * Watches the corpus folder (not its subfolders) and calls `onChange` with the article files (and aliases.yaml,
 * glossary.tsv) added, changed or removed, once they have settled. A file being written is reported only after its
 * size stopped changing for `stableMs`, so a half-written article is not read.
 */
export function watchCorpus(dir: string, opts: WatchOptions): { ready: Promise<void>; close(): Promise<void> } {
  const root = resolve(dir);
  const watcher = watch(root, {
    ignoreInitial: true,
    depth: 0,
    awaitWriteFinish: {
      stabilityThreshold: opts.stableMs,
      pollInterval: Math.max(20, Math.min(100, opts.stableMs / 4)),
    },
    ignored: (path, stats) => path !== root && stats?.isFile() === true && !isCorpusFile(path),
  });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (event, path) => {
    if (!['add', 'change', 'unlink'].includes(event) || !isCorpusFile(path)) return;
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending.clear();
      opts.onChange(files);
    }, opts.debounceMs);
  });
  watcher.on('error', (err) => log.warn({ err }, 'watching the corpus folder failed'));
  const ready = new Promise<void>((r) => watcher.once('ready', () => r()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
