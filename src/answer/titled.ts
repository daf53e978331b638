import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { pack } from '../lang/index.js';
import { words } from '../text/analyze.js';
import { hasForm, inContextCompound } from './evidence.js';
import { keyedMemo } from './memo.js';
import type { Group, Question } from './question.js';
import { sentenceStems, type TextView } from './text-view.js';

/** A question word only this many titles say is distinctive enough to bring their articles' units. */
const TITLED_ARTICLES = 1;
/** The most units one title brings. */
const TITLED_UNITS = 40;
/**
 * The most words of a title that names its article (a statute's, "Besluit geluidproduktie bromfietsen"), not a
 * headline, whose sentence tells one event of the article (seven words and more in nl-news) and speaks for few units.
 */
const NAMING_TITLE = 6;
/** The length of the pieces that index titles' stems for the search of a word inside a title's compound. */
const GRAM = 3;

/**
 * The corpus's titles, indexed once per view of the articles: a question then looks its words up instead of reading
 * every title (at 5,000 articles reading them all took 85 ms a question, p95).
 */
interface TitleIndex {
  /** Language and title stem → the articles whose title says it. */
  byStem: Map<string, Article[]>;
  /** Language and piece of GRAM letters → the title stems, in a language that glues its words, that hold it. */
  byGram: Map<string, string[]>;
  languages: Set<string>;
}

const indexes = new WeakMap<TextView, TitleIndex>();

function titleIndex(view: TextView): TitleIndex {
  let index = indexes.get(view);
  if (index) return index;
  index = { byStem: new Map(), byGram: new Map(), languages: new Set() };
  for (const a of view.articles.values()) {
    index.languages.add(a.language);
    for (const s of sentenceStems(a.title ?? '', a.language)) {
      const key = `${a.language}|${s}`;
      const list = index.byStem.get(key);
      if (list) list.push(a);
      else {
        index.byStem.set(key, [a]);
        if (pack(a.language).compounds) for (const g of grams(s)) push(index.byGram, `${a.language}|${g}`, s);
      }
    }
  }
  indexes.set(view, index);
  return index;
}

function grams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + GRAM <= s.length; i++) out.add(s.slice(i, i + GRAM));
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The articles whose title says the group: one of its forms, or, in a language that glues its words, the group inside
 * one of the title's compounds ("Wrakkenwet"); only title stems that hold the form's rarest piece are tried.
 */
function titlesSaying(g: Group, q: Question, index: TitleIndex): Set<Article> {
  const out = new Set<Article>();
  for (const lang of index.languages) {
    const forms = [...(g.forms.get(lang) ?? [])];
    for (const f of forms) for (const a of index.byStem.get(`${lang}|${f}`) ?? []) out.add(a);
    if (!pack(lang).compounds) continue;
    for (const f of [...forms, ...(q.lang === lang ? [g.id] : [])]) {
      const lists = [...grams(f)].map((p) => index.byGram.get(`${lang}|${p}`) ?? []);
      if (lists.length === 0) continue;
      const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
      for (const s of rarest)
        if (inContextCompound(f, new Set([s]), lang)) for (const a of index.byStem.get(`${lang}|${s}`)!) out.add(a);
    }
  }
  return out;
}

/**
 * A statute's provisions say "het vaartuig", "de raad" where only its title says "Wrakkenwet", "Onderwijsraad"; a
 * biography's sentences say "he": passage retrieval, reading the body only, misses them. Where a question's word is
 * said by the title of one article only, its sentences that say another of the question's words. None for what
 * someone said: a title makes no sentence anyone's words. Only in a language that glues its words, whose titles hide
 * the topic in a compound the body never forms; over English titles it gained nothing and lost a held-out question.
 */
export function titledUnits(q: Question, view: TextView): { article: Article; sentence: Sentence }[] {
  const out: { article: Article; sentence: Sentence }[] = [];
  if (q.kind === 'speech') return out;
  const index = titleIndex(view);
  for (const g of q.groups) {
    const hits = [...titlesSaying(g, q, index)];
    if (hits.length === 0 || hits.length > TITLED_ARTICLES) continue;
    const others = q.groups.filter((o) => o !== g && !o.name && !q.speakers.includes(o));
    for (const article of hits.filter((a) => pack(a.language).compounds)) {
      const says = (s: Sentence) =>
        [...view.stemsOf(s)].some((t) => others.some((o) => hasForm(o, article.language, t)));
      const units = view.sentences(article.id).filter(says).slice(0, TITLED_UNITS);
      for (const sentence of units) out.push({ article, sentence });
    }
  }
  return out;
}

const named = keyedMemo<Question, ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * Per article, the question's words that its title alone says: "Wanneer trad het Besluit geluidproduktie bromfietsen
 * in werking?" names one decree, whose commencement clause says "dit besluit" and neither word. A title that names
 * its article in a few words speaks for each of its units as their context does. Not a name's words (a biography's
 * title is its subject's name, which its sentences say or refer to already); only over a language that glues its
 * words, as `titledUnits`.
 */
export function titleNamed(q: Question, view: TextView): ReadonlyMap<string, ReadonlySet<string>> {
  return named(q, '', () => {
    const out = new Map<string, Set<string>>();
    const index = titleIndex(view);
    for (const g of q.groups) {
      if (g.name) continue;
      const hits = [...titlesSaying(g, q, index)];
      const [a] = hits;
      if (hits.length !== TITLED_ARTICLES || !a || !pack(a.language).compounds) continue;
      if (words(a.title ?? '').length > NAMING_TITLE) continue;
      out.set(a.id, (out.get(a.id) ?? new Set<string>()).add(g.id));
    }
    return out;
  });
}
