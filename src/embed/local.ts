import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { detectLanguage, isStopword, stem, words, type Lang } from '../text/analyze.js';
import type { EmbedderInfo } from './types.js';
import { expandQuery, queryStems } from '../text/expand.js';

/**
 * The built-in offline embedder: signed feature hashing of stemmed words and character n-grams, L2-normalised.
 * Deterministic, no download, and good at what this corpus needs offline: shared names, numbers and word stems.
 * English questions reach Dutch text through `expandQuery` (bilingual lexicon), applied to queries only.
 */
export class LocalHashEmbeddings extends Embeddings implements EmbedderInfo {
  readonly dimensions: number;
  readonly id: string;

  constructor(params: EmbeddingsParams & { dimensions?: number } = {}) {
    super(params);
    this.dimensions = params.dimensions ?? 256;
    this.id = `local-hash-v1@${this.dimensions}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.embedText(t, detectLanguage(t))));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.embedQueryVector(text));
  }

  /** Query vector with cross-lingual expansion (translations weigh less than the asker's own words). */
  embedQueryVector(text: string): Float32Array {
    const lang = detectLanguage(text);
    const v = new Float32Array(this.dimensions);
    for (const { term, weight } of expandQuery(text, lang)) {
      const stems = queryStems(term);
      for (const s of stems) this.addStem(v, s, weight / stems.length);
    }
    return normalise(v);
  }

  /** Document vector: every content word of the text, stemmed in the document's language. */
  embedText(text: string, lang: Lang): Float32Array {
    const v = new Float32Array(this.dimensions);
    for (const w of words(text)) if (!isStopword(w)) this.addStem(v, stem(w, lang), 1);
    return normalise(v);
  }

  private addStem(v: Float32Array, s: string, weight: number): void {
    addHashed(v, `w:${s}`, weight);
    if (/^\d+$/.test(s)) {
      addHashed(v, `n:${s}`, weight); // numbers are strong evidence: count them twice
      return;
    }
    // Character 4-grams of the stem tie inflections and cognates together (troep~troop, koreaanse~korean).
    const padded = `<${s}>`;
    const grams = Math.max(1, padded.length - 3);
    for (let i = 0; i + 4 <= padded.length; i++) addHashed(v, `g:${padded.slice(i, i + 4)}`, (0.6 * weight) / Math.sqrt(grams));
  }
}

/** FNV-1a: a fast, well-distributed 32-bit hash; the top bit chooses the sign to keep collisions unbiased. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function addHashed(v: Float32Array, feature: string, weight: number): void {
  const h = fnv1a(feature);
  v[h % v.length]! += h & 0x80000000 ? -weight : weight;
}

function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}
