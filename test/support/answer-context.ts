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
  const passages: RetrievedPassage[] = articles.flatMap((a) => whole(a.id, a.body));
  return { stats, ctx, passages };
}

/** One article's body retrieved whole, as the only passage. */
export function whole(id: string, body: string): RetrievedPassage[] {
  const metadata = { articleId: id, start: 0, end: body.length, seq: 0 };
  return [{ key: `${id}:0`, doc: new Document({ pageContent: body, metadata }), score: 1 }];
}
