import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { stopwords as stopNl } from '@orama/stopwords/dutch';
import { stopwords as stopEn } from '@orama/stopwords/english';
import MiniSearch from 'minisearch';
import { stem as stemEn } from 'porter2';
import type { Article } from '../src/corpus/article.js';

/**
 * The plain baseline Bron must beat: BM25 (MiniSearch) over the articles' paragraphs and, separately, their
 * sentences, with nothing but folding, stop words and a Snowball stemmer. No query expansion, no fuzzy matching, no
 * answer logic, and it never refuses. Independent of the engine on purpose: it measures what retrieval alone gives.
 */
export interface BaselineHit {
  articleId: string;
  text: string;
}

const STEMMERS: Record<string, (w: string) => string> = { nl: stemNl, en: stemEn };
const STOP: Record<string, Set<string>> = { nl: new Set(stopNl), en: new Set(stopEn) };

/** Folded, stop-word-free, stemmed terms of a text in the given language (English rules for other languages). */
export function analyze(text: string, lang: string): string[] {
  const stem = STEMMERS[lang] ?? stemEn;
  const stop = STOP[lang] ?? STOP.en!;
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((w) => !stop.has(w))
    .map((w) => stem(w));
}

/** Paragraphs of a body: split at line breaks (a blank line is two), empty pieces dropped. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function sentences(paragraph: string, lang: string): string[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...seg.segment(paragraph)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

class UnitIndex {
  private readonly units: BaselineHit[] = [];
  private readonly search = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
  });

  add(hits: BaselineHit[], lang: string): void {
    this.search.addAll(
      hits.map((h) => {
        this.units.push(h);
        return { id: this.units.length - 1, terms: analyze(h.text, lang).join(' ') };
      }),
    );
  }

  top(terms: string[]): BaselineHit | undefined {
    if (terms.length === 0) return undefined;
    const [best] = this.search.search(terms.join(' '), { combineWith: 'OR' });
    return best === undefined ? undefined : this.units[best.id as number];
  }
}

export class Bm25Baseline {
  private readonly paragraphIndex = new UnitIndex();
  private readonly sentenceIndex = new UnitIndex();
  /** The language most articles are in: a plain search engine analyses queries like its documents. */
  readonly lang: string;

  constructor(articles: readonly Pick<Article, 'id' | 'body' | 'language'>[]) {
    const counts = new Map<string, number>();
    for (const a of articles) {
      counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
      const paras = paragraphs(a.body).map((text) => ({ articleId: a.id, text }));
      this.paragraphIndex.add(paras, a.language);
      this.sentenceIndex.add(
        paras.flatMap((p) => sentences(p.text, a.language).map((text) => ({ articleId: a.id, text }))),
        a.language,
      );
    }
    this.lang = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'en';
  }

  /** The best paragraph and the best sentence for a question (undefined when no term matches anything). */
  ask(question: string): { paragraph?: BaselineHit; sentence?: BaselineHit } {
    const terms = analyze(question, this.lang);
    return { paragraph: this.paragraphIndex.top(terms), sentence: this.sentenceIndex.top(terms) };
  }
}
