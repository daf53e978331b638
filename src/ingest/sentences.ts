import type { Article } from '../corpus/article.js';

export interface Sentence {
  articleId: string;
  /** Offsets into article.body; text === body.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Index of the sentence within its article, to find neighbours. */
  index: number;
}

/**
 * Sentences of an article with exact offsets, via the built-in Unicode sentence segmenter (UAX #29),
 * which also breaks at line ends so headlines and captions stand alone. Whitespace around a sentence is dropped
 * from its span, so every quote is a clean verbatim substring.
 */
export function splitSentences(article: Pick<Article, 'id' | 'body' | 'language'>): Sentence[] {
  const seg = new Intl.Segmenter(article.language, { granularity: 'sentence' });
  const out: Sentence[] = [];
  for (const s of seg.segment(article.body)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const text = s.segment.trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const start = s.index + lead;
    out.push({ articleId: article.id, start, end: start + text.length, text, index: out.length });
  }
  return out;
}
