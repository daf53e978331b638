import type { Candidate } from '../../src/answer/candidates.js';
import type { Article } from '../../src/corpus/article.js';

/**
 * A hand-made unit of a pool: the span of `article` that holds `text` (found in its body), with full coverage and the
 * asked kind, scored `score` — for testing a reordering or a quote's widening without the ranker.
 */
export function candidateAt(article: Article, text: string, score = 1): Candidate {
  const start = article.body.indexOf(text);
  if (start < 0) throw new Error(`not in article ${article.id}: ${text}`);
  return {
    unit: { articleId: article.id, start, end: start + text.length, text, index: 0 },
    article,
    stems: new Set(),
    m: { coverage: 1, strict: 1, content: 1, allContent: 1, matched: new Set(), near: new Set() },
    retrieval: 1,
    kind: true,
    pair: false,
    chrome: false,
    after: 0,
    score,
  };
}
