import { Document } from '@langchain/core/documents';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

/**
 * What the answer steps read of a few hand-made articles, without an index: the corpus statistics, the answer context
 * and each article retrieved whole as one passage.
 */
export function answerContext(articles: Article[]) {
  const stats = CorpusStats.fromArticles(articles);
  const ctx = { view: new TextView(new Map(articles.map((a) => [a.id, a]))), stats };
  const passages: RetrievedPassage[] = articles.map((a) => ({
    key: `${a.id}:0`,
    doc: new Document({ pageContent: a.body, metadata: { articleId: a.id, start: 0, end: a.body.length, seq: 0 } }),
    score: 1,
  }));
  return { stats, ctx, passages };
}
