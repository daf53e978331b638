import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { baseLexicon, type Lexicon } from '../lang/lexicon.js';
import { detectLanguage, isStopword, type Lang, stem, words } from '../text/analyze.js';
import { BoundedMap, perLanguage } from '../text/bounded-map.js';
import { expandQuery, queryStems } from '../text/expand.js';
import type { EmbedderInfo } from './types.js';

/**
 * The built-in offline embedder: signed feature hashing of stemmed words and character n-grams, L2-normalised.
 * Deterministic, no download, and good at what this corpus needs offline: shared names, numbers and word stems.
 * English questions reach Dutch text through `expandQuery` (bilingual lexicon), applied to queries only.
 */
export class LocalHashEmbeddings extends Embeddings implements EmbedderInfo {
  readonly dimensions: number;
  readonly id: string;
  /**
   * Word → its stem's features (null for a stop word), per language: one lookup per word of a document. Bounded so a
   * long-running process cannot grow it forever.
   */
  private readonly words = perLanguage<StemFeatures | null>(CACHE_LIMIT);
  /** Stem → its hashed features. */
  private readonly features = new BoundedMap<string, StemFeatures>(CACHE_LIMIT);

  constructor(params: EmbeddingsParams & { dimensions?: number } = {}) {
    super(params);
    this.dimensions = params.dimensions ?? 256;
    // v2: words are analysed by the language packs, without the old hand-made name variants.
    this.id = `local-hash-v2@${this.dimensions}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => toArray(this.embedText(t, detectLanguage(t))));
  }

  async embedQuery(text: string): Promise<number[]> {
    return toArray(this.embedQueryVector(text));
  }

  async embedQueryWith(text: string, lexicon: Lexicon): Promise<number[]> {
    return toArray(this.embedQueryVector(text, lexicon));
  }

  /** Query vector with cross-lingual expansion (translations weigh less than the asker's own words). */
  embedQueryVector(text: string, lexicon = baseLexicon()): Float32Array {
    const lang = detectLanguage(text);
    const v = new Float32Array(this.dimensions);
    for (const { term, weight } of expandQuery(text, lang, undefined, { lexicon })) {
      const stems = queryStems(term);
      for (const s of stems) this.addStem(v, s, weight / stems.length);
    }
    return normalise(v);
  }

  /** Document vector: every content word of the text, stemmed in the document's language. */
  embedText(text: string, lang: Lang): Float32Array {
    const v = new Float32Array(this.dimensions);
    const known = this.words(lang);
    for (const w of words(text)) {
      let f = known.get(w);
      if (f === undefined) {
        f = isStopword(w) ? null : this.featuresOf(stem(w, lang));
        known.set(w, f);
      }
      if (f !== null) addFeatures(v, f, 1);
    }
    return normalise(v);
  }

  /**
   * Adds a stem's features: the stem itself, a number twice, character 4-grams of other stems. The hashed buckets of
   * a stem are computed once and cached, so embedding costs a few additions per word instead of building and hashing
   * a string per n-gram; the arithmetic (and so every vector) is exactly what it was without the cache.
   */
  private addStem(v: Float32Array, s: string, weight: number): void {
    addFeatures(v, this.featuresOf(s), weight);
  }

  private featuresOf(s: string): StemFeatures {
    let f = this.features.get(s);
    if (f === undefined) {
      f = stemFeatures(s, this.dimensions);
      this.features.set(s, f);
    }
    return f;
  }
}

function addFeatures(v: Float32Array, f: StemFeatures, weight: number): void {
  const { buckets, negative, direct } = f;
  for (let i = 0; i < direct; i++) v[buckets[i]!]! += negative[i] ? -weight : weight;
  if (buckets.length === direct) return;
  // Character 4-grams of the stem tie inflections and cognates together (festivals~festival, politie~police).
  const gw = (0.6 * weight) / Math.sqrt(f.grams);
  for (let i = direct; i < buckets.length; i++) v[buckets[i]!]! += negative[i] ? -gw : gw;
}

const CACHE_LIMIT = 200_000;

/**
 * The hashed features of one stem: buckets and signs; the first `direct` carry the word's weight, the rest are
 * 4-grams.
 */
interface StemFeatures {
  buckets: Uint32Array;
  negative: Uint8Array;
  direct: number;
  grams: number;
}

function stemFeatures(s: string, dimensions: number): StemFeatures {
  const names = [`w:${s}`];
  let direct = 1;
  let grams = 0;
  if (/^\d+$/.test(s)) {
    names.push(`n:${s}`); // numbers are strong evidence: count them twice
    direct = 2;
  } else {
    const padded = `<${s}>`;
    grams = Math.max(1, padded.length - 3);
    for (let i = 0; i + 4 <= padded.length; i++) names.push(`g:${padded.slice(i, i + 4)}`);
  }
  const buckets = new Uint32Array(names.length);
  const negative = new Uint8Array(names.length);
  names.forEach((name, i) => {
    const h = fnv1a(name);
    buckets[i] = h % dimensions;
    negative[i] = h & 0x80000000 ? 1 : 0;
  });
  return { buckets, negative, direct, grams };
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

/** The same numbers as `Array.from(v)`, which is an order of magnitude slower on a typed array (iterator protocol). */
function toArray(v: Float32Array): number[] {
  const out = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]!;
  return out;
}

function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i]! * v[i]!;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}
