import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Article } from '../corpus/article.js';

/** What every passage carries, so a quote can always be traced back to the verbatim article text. */
export interface PassageMetadata {
  articleId: string;
  /** Character offsets into `article.body`: body.slice(start, end) === passage text. */
  start: number;
  end: number;
  /** Position of the passage within its article. */
  seq: number;
}

export type Passage = Document<PassageMetadata>;

export interface SplitOptions {
  chunkSize?: number;
  chunkOverlap?: number;
}

/** Paragraphs, then lines, then sentence ends, then clauses: the splitter tries each before cutting words. */
const SEPARATORS = ['\n\n', '\n', '. ', '? ', '! ', '; ', ', ', ' ', ''];

export function createSplitter({
  chunkSize = 600,
  chunkOverlap = 150,
}: SplitOptions = {}): RecursiveCharacterTextSplitter {
  return new RecursiveCharacterTextSplitter({ chunkSize, chunkOverlap, separators: SEPARATORS, keepSeparator: true });
}

/**
 * Splits an article with LangChain's splitter and records where each chunk sits in the body.
 * The splitter trims chunks but never rewrites them, so each chunk is found verbatim at or after the previous one.
 */
export async function splitArticle(article: Article, splitter = createSplitter()): Promise<Passage[]> {
  const chunks = await splitter.splitText(article.body);
  const out: Passage[] = [];
  let from = 0;
  for (const [seq, chunk] of chunks.entries()) {
    const start = article.body.indexOf(chunk, from);
    if (start < 0)
      throw new Error(`${article.file}: passage ${seq} is not verbatim in the article (splitter changed the text)`);
    const end = start + chunk.length;
    out.push(new Document({ pageContent: chunk, metadata: { articleId: article.id, start, end, seq } }));
    from = start + 1;
  }
  return out;
}
