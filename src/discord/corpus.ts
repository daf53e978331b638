import type { Article } from '../corpus/article.js';
import type { Engine } from '../engine.js';
import type { ReindexQueue } from '../watch.js';
import type { ArticleInfo } from './formatters/sources.js';
import { escapeText } from './formatters/text.js';
import type { Messages } from './i18n.js';

/** The articles of the index in use, in corpus order, with how many passages each has in the index. */
export function articleInfos(engine: Engine): ArticleInfo[] {
  const snap = engine.snapshotInfo;
  return [...snap.articles.values()]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((article) => ({ article, passages: snap.manifest.articles[article.id]?.passages ?? 0 }));
}

/** Articles whose id or title contains what was typed (for /source autocomplete), id matches first. */
export function findArticles(engine: Engine, typed: string): Article[] {
  const q = typed.trim().toLowerCase();
  const all = articleInfos(engine).map((i) => i.article);
  if (!q) return all;
  const byId = all.filter((a) => a.id.includes(q));
  const byTitle = all.filter((a) => !a.id.includes(q) && a.title.toLowerCase().includes(q));
  return [...byId, ...byTitle];
}

/**
 * After an admin's change to the corpus folder (an article, a glossary entry): reindexes through the watch queue and
 * edits the reply to say what was done and how indexing went. `done` was said already, with "Indexing…".
 */
export async function indexAndTell(
  queue: ReindexQueue,
  m: Messages['article'],
  done: string,
  say: (content: string) => Promise<unknown>,
): Promise<void> {
  try {
    const u = await queue.run();
    await say(`${done}\n${m.indexed(u.result.passages, (u.result.ms / 1000).toFixed(1))}`);
  } catch (err) {
    await say(`${done}\n${m.indexFailed(escapeText((err as Error).message))}`);
  }
}
