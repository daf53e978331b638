import MiniSearch from 'minisearch';
import { isStopword, type Lang, stem, words } from '../text/analyze.js';
import { queryStems, type WeightedTerm } from '../text/expand.js';

export interface Bm25Doc {
  /** The passage key (`articleId#seq`), so both retrievers speak of the same passages. */
  id: string;
  text: string;
  lang: Lang;
}

export interface Bm25Hit {
  id: string;
  score: number;
}

/** Stems of a document's content words, space-joined: MiniSearch then only has to split on spaces. */
function docTerms(text: string, lang: Lang): string {
  return words(text)
    .filter((w) => !isStopword(w))
    .map((w) => stem(w, lang))
    .join(' ');
}

/**
 * BM25 over the same passages as the vector index, with MiniSearch (BM25+ scoring, fuzzy matching for typos).
 * Analysis (folding, variants, stop words, stemming) is ours so that the index and the questions agree.
 */
export class Bm25Index {
  private readonly search: MiniSearch<{ id: string; terms: string }>;

  constructor(docs: Iterable<Bm25Doc>) {
    this.search = new MiniSearch({
      fields: ['terms'],
      idField: 'id',
      tokenize: (s) => s.split(' ').filter(Boolean),
      processTerm: (t) => t,
    });
    this.search.addAll([...docs].map((d) => ({ id: d.id, terms: docTerms(d.text, d.lang) })));
  }

  get size(): number {
    return this.search.documentCount;
  }

  query(terms: WeightedTerm[], k: number): Bm25Hit[] {
    const weights = new Map<string, number>();
    for (const { term, weight } of terms)
      for (const s of queryStems(term)) weights.set(s, Math.max(weights.get(s) ?? 0, weight));
    if (weights.size === 0) return [];
    const results = this.search.search([...weights.keys()].join(' '), {
      combineWith: 'OR',
      // One edit for words of 5+ letters catches typos ("troups", "rusia") without matching short names loosely.
      fuzzy: (term) => (term.length >= 5 && !/\d/.test(term) ? 1 : false),
      weights: { fuzzy: 0.5, prefix: 0.3 },
      boostTerm: (term) => weights.get(term) ?? 1,
    });
    return results.slice(0, k).map((r) => ({ id: String(r.id), score: r.score }));
  }
}
