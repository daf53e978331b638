import type { Embeddings } from '@langchain/core/embeddings';
import type { Lexicon } from '../lang/lexicon.js';

/** What the index needs to know about an embedder besides LangChain's interface: a stable id and the vector size. */
export interface EmbedderInfo {
  /**
   * Stable identifier written to the index manifest, e.g. `local-hash-v2@256` or
   * `transformers:Xenova/multilingual-e5-small`; a different id makes the index stale.
   */
  readonly id: string;
  readonly dimensions: number;
  /**
   * A query embedded with a corpus's lexicon (its glossary over the shipped one), for an embedder that reaches other
   * languages through the lexicon; others embed the text alone (`embedQuery`).
   */
  embedQueryWith?(text: string, lexicon: Lexicon): Promise<number[]>;
}

export type BronEmbeddings = Embeddings & EmbedderInfo;
