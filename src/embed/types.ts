import type { Embeddings } from '@langchain/core/embeddings';

/** What the index needs to know about an embedder besides LangChain's interface: a stable id and the vector size. */
export interface EmbedderInfo {
  /**
   * Stable identifier written to the index manifest, e.g. `local-hash-v2@256` or
   * `transformers:Xenova/multilingual-e5-small`; a different id makes the index stale.
   */
  readonly id: string;
  readonly dimensions: number;
}

export type BronEmbeddings = Embeddings & EmbedderInfo;
