import type { Article } from '../corpus/article.js';
import type { Engine } from '../engine.js';
import type { ArticleInfo } from './formatters/sources.js';

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
