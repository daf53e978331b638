import type { Article } from '../corpus/article.js';
import { PACKS } from '../lang/index.js';
import type { Lexicon } from '../lang/lexicon.js';
import { isStopword, stem, words } from '../text/analyze.js';
import { CorpusStats } from './stats.js';

/** A word of the articles that no word of another language reaches through the lexicon. */
export interface LexiconGap {
  /** The article language's word, in the form the articles write most. */
  word: string;
  /** Its language, and the language an asker would need to reach it from. */
  lang: string;
  from: string;
  /** Articles that write it (any form of its stem). */
  articles: number;
}

/** Articles read between two yields to the event loop. */
const YIELD_EVERY = 100;

/** Shorter words are mostly function words and abbreviations, which a glossary does not need. */
const MIN_LETTERS = 4;

/**
 * The articles' most widespread words that a question in another language cannot reach, because the lexicon (with
 * the corpus's glossary) translates none of their forms: what an admin should put in corpus/glossary.tsv first.
 * Names, numbers and stop words are left out; a word the other language writes the same is reached as written. Only
 * for corpora whose readers ask in a language its articles are not in: `askers` are the languages questions come in.
 * `stats` tells names (the index's, when there is one: computing them again costs a pass over every sentence).
 */
export async function lexiconGaps(
  articles: readonly Pick<Article, 'id' | 'body' | 'language' | 'title'>[],
  lexicon: Lexicon,
  {
    askers = PACKS.map((p) => p.code),
    limit = 40,
    stats = CorpusStats.fromArticles(articles),
  }: { askers?: readonly string[]; limit?: number; stats?: Pick<CorpusStats, 'isNameWord'> } = {},
): Promise<LexiconGap[]> {
  // Per language and stem: the articles writing it, and how often each form is written.
  const seen = new Map<string, { lang: string; ids: Set<string>; forms: Map<string, number> }>();
  for (const [i, a] of articles.entries()) {
    // A bot answers questions meanwhile: a large corpus is read in slices (about 0.7 s per 10,000 passages in all).
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
    for (const w of words(`${a.title}\n${a.body}`)) {
      if (w.length < MIN_LETTERS || /[\d_]/.test(w) || isStopword(w, a.language) || stats.isNameWord(w)) continue;
      const key = `${a.language}:${stem(w, a.language)}`;
      const e = seen.get(key) ?? { lang: a.language, ids: new Set<string>(), forms: new Map<string, number>() };
      seen.set(key, e);
      e.ids.add(a.id);
      e.forms.set(w, (e.forms.get(w) ?? 0) + 1);
    }
  }
  const gaps: LexiconGap[] = [];
  const uses = (e: { forms: Map<string, number> }) => [...e.forms.values()].reduce((a, b) => a + b, 0);
  for (const e of [...seen.values()].sort((x, y) => y.ids.size - x.ids.size || uses(y) - uses(x))) {
    const forms = [...e.forms.entries()].sort((x, y) => y[1] - x[1]).map(([f]) => f);
    for (const from of askers.filter((l) => l !== e.lang)) {
      // Reached when any form translates, or the asker's language writes the word as it is (a cognate, a loan).
      if (forms.some((f) => lexicon.translateTerm(f, e.lang, from).length > 0 || lexicon.isDictionaryWord(f, from)))
        continue;
      gaps.push({ word: forms[0]!, lang: e.lang, from, articles: e.ids.size });
    }
    if (gaps.length >= limit) break;
  }
  return gaps.slice(0, limit);
}
