import { translateQuery } from '../retrieve/lexicon.js';
import { isStopword, type Lang, stem, words } from './analyze.js';

export interface WeightedTerm {
  /** A folded word (not stemmed: matching stems it once per corpus language, see `queryStems`). */
  term: string;
  weight: number;
  /** The asker's word this term stands for (itself, or the English word it translates). */
  group: string;
}

/** How much a dictionary translation counts next to a word the asker typed. */
export const TRANSLATION_WEIGHT = 0.7;

/**
 * A question's content words plus, for English questions, their Dutch translations from the shipped lexicon.
 * The corpus is Dutch, so translations carry most of the cross-lingual recall, but they weigh less than the
 * original words, which still match names, numbers and cognates.
 */
export function expandQuery(question: string, lang: Lang): WeightedTerm[] {
  const tokens = words(question);
  const content = tokens.filter((w) => !isStopword(w) && (w.length > 1 || /\d/.test(w)));
  const out: WeightedTerm[] = content.map((term) => ({ term, weight: 1, group: term }));
  if (lang === 'en') {
    // "north" is an English stop word in some lists but half of "North Korea".
    for (const { source, dutch } of translateQuery(tokens.filter((w) => !isStopword(w) || w === 'north'))) {
      const share = Math.max(TRANSLATION_WEIGHT / Math.max(1, dutch.length), 0.35);
      const groups = source.split(/\s+/).filter((g) => content.includes(g));
      if (groups.length === 0) continue;
      for (const d of dutch) {
        for (const w of words(d)) {
          if (isStopword(w)) continue;
          for (const group of groups) out.push({ term: w, weight: share, group });
        }
      }
    }
  }
  return out;
}

/** The asker's content words, each with every form (own word, translations) that counts as matching it. */
export function termGroups(terms: WeightedTerm[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const t of terms) {
    let g = groups.get(t.group);
    if (!g) {
      g = new Set();
      groups.set(t.group, g);
    }
    for (const s of queryStems(t.term)) g.add(s);
  }
  return groups;
}

/**
 * A question's words are stemmed in every corpus language: the articles are Dutch, so an English question's names
 * and cognates must meet the Dutch stems ("Rutte" → "rut"), while English stems serve English articles.
 */
export function queryStems(term: string): string[] {
  const nl = stem(term, 'nl');
  const en = stem(term, 'en');
  return nl === en ? [nl] : [nl, en];
}
