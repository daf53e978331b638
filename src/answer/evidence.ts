import type { Article } from '../corpus/article.js';
import { type Sentence, splitSentences } from '../ingest/sentences.js';
import { isDutchWord } from '../retrieve/lexicon.js';
import { isStopword, type Lang, stem, words } from '../text/analyze.js';
import { type Figure, troopFigures } from './figures.js';

/**
 * Sentence-level view of the corpus: the answerer quotes sentences, so it scores them, not passages.
 * Built once per index snapshot. IDF is over sentences, so a word in every sentence of the corpus weighs nothing.
 */
export class SentenceIndex {
  readonly sentences = new Map<string, Sentence[]>();
  private readonly stems = new Map<Sentence, Set<string>>();
  private readonly articleStems = new Map<string, Set<string>>();
  private readonly df = new Map<string, number>();
  /** Stems the articles write with a capital inside a sentence: names of people, places, organisations. */
  private readonly names = new Set<string>();
  private total = 0;

  /** Stems of the outlets' names ("rd", "nos"). */
  private readonly outlets = new Set<string>();
  /** Whether the stem names an outlet rather than a person. */
  isOutlet(stemmed: string): boolean {
    return this.outlets.has(stemmed);
  }

  /** Title words that stand for a person's name stem ("NAVO-chef" for Rutte). */
  private readonly roles = new Map<string, Set<string>>();

  constructor(readonly articles: Map<string, Article>) {
    const aliases = learnAliases(articles.values());
    for (const { role, name } of aliases)
      for (const r of role) (this.roles.get(name) ?? this.roles.set(name, new Set()).get(name)!).add(r);
    const aliasNames = new Set(aliases.map((x) => x.name));
    const split = [...articles.values()].map((a) => ({
      a,
      lang: (a.language === 'en' ? 'en' : 'nl') as Lang,
      list: splitSentences(a),
    }));
    for (const { list, lang } of split)
      for (const s of list)
        for (const m of s.text.matchAll(/(?<=[\p{L},;:] )\p{Lu}[\p{Ll}]+/gu))
          for (const w of words(m[0])) this.names.add(stem(w, lang));
    for (const { a, lang, list } of split) {
      this.sentences.set(a.id, list);
      let previousNames: string[] = [];
      // "Wat vindt het RD …": every sentence of an article is the outlet's, so it answers to the outlet's name.
      const outlet = /^unknown/i.test(a.outlet)
        ? []
        : words(a.outlet.replace(/\.(nl|com|be|org)$/i, ''))
            .filter((w) => !isStopword(w))
            .map((w) => stem(w, lang));
      for (const o of outlet) this.outlets.add(o);
      for (const s of list) {
        const set = new Set(
          words(s.text)
            .filter((w) => !isStopword(w))
            .map((w) => stem(w, lang)),
        );
        for (const o of outlet) set.add(o);
        for (const { role, name } of aliases) if (role.every((r) => set.has(r))) set.add(name);
        // "Hij vergeleek het met …": a sentence opening with he/she is about whom the sentence before named.
        if (/^\s*(Hij|Zij|He|She)\b/u.test(s.text)) for (const n of previousNames) set.add(n);
        previousNames = [...set].filter((n) => this.names.has(n) || aliasNames.has(n));
        this.stems.set(s, set);
        let all = this.articleStems.get(a.id);
        if (!all) {
          all = new Set();
          this.articleStems.set(a.id, all);
        }
        for (const t of set) all.add(t);
        for (const t of set) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        this.total++;
      }
    }
  }

  private figureList?: { figure: Figure; article: Article }[];
  /** Every troop figure stated anywhere in the corpus, found once per snapshot. */
  figures(): { figure: Figure; article: Article }[] {
    this.figureList ??= [...this.articles.values()].flatMap((article) =>
      troopFigures(this.sentences.get(article.id) ?? []).map((figure) => ({ figure, article })),
    );
    return this.figureList;
  }

  /** Stems of the titles that stand for this name in the articles ("navo", "chef" for "rutt"). */
  rolesOf(name: string): Set<string> {
    return this.roles.get(name) ?? new Set();
  }

  /** Whether the articles use this stem as a name. */
  isName(stemmed: string): boolean {
    return this.names.has(stemmed);
  }

  /** Whether the corpus uses this stem at all. */
  knows(stemmed: string): boolean {
    return this.df.has(stemmed);
  }

  /**
   * Typo tolerance: for each form of each question word that the corpus never uses, add corpus stems one edit away
   * ("troup" → "troep", "rusia" → "rusland" is two edits and stays unmatched). Only words of 5+ letters, so short
   * names are not bent into other names.
   */
  withCorrections(groups: Map<string, Set<string>>): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const [g, forms] of groups) {
      const next = new Set(forms);
      // A correctly spelt word the articles never use ("gewonnen") is not a typo of one they do ("gewond").
      if (![...forms].some((f) => this.df.has(f)) && !isDutchWord(g)) {
        for (const f of forms)
          if (f.length >= 5 && !/\d/.test(f)) for (const v of this.vocabulary()) if (oneEditApart(f, v)) next.add(v);
      }
      // Dutch puts -t (he sends) and -de/-te (he sent) on the verb stem, which the stemmer keeps: "sturen" (stur) also
      // matches "stuurde" (stuurd), "leveren" matches "levert" and "leverde". Stems of 4+ letters, so "tij" stays "tij".
      for (const f of [...next])
        if (f.length >= 4 && !/\d/.test(f))
          for (const suffix of ['d', 't'])
            for (const v of this.pastTenses().get(undouble(f) + suffix) ?? []) next.add(v);
      out.set(g, next);
    }
    return out;
  }

  private past?: Map<string, string[]>;
  /** Corpus stems ending in d/t by their spelling with long vowels written single, to find "stuurd" from "stur". */
  private pastTenses(): Map<string, string[]> {
    if (this.past) return this.past;
    const map = new Map<string, string[]>();
    for (const v of this.df.keys())
      if (/[dt]$/.test(v) && v.length >= 4) map.set(undouble(v), [...(map.get(undouble(v)) ?? []), v]);
    this.past = map;
    return map;
  }

  private vocab?: string[];
  private vocabulary(): string[] {
    this.vocab ??= [...this.df.keys()].filter((v) => v.length >= 4);
    return this.vocab;
  }

  /** All stems of an article, to ask whether the article as a whole is about the question. */
  stemsOfArticle(articleId: string): Set<string> {
    return this.articleStems.get(articleId) ?? new Set();
  }

  private readonly paragraphStems = new Map<Sentence, Set<string>>();
  /** Stems of the paragraph a sentence stands in (lines of the article body), the sentence's own included. */
  paragraphOf(s: Sentence): Set<string> {
    let out = this.paragraphStems.get(s);
    if (out) return out;
    const article = this.articles.get(s.articleId);
    const list = this.sentences.get(s.articleId) ?? [];
    if (!article) return new Set();
    const from = article.body.lastIndexOf('\n', s.start - 1) + 1;
    const nl = article.body.indexOf('\n', s.end);
    const to = nl < 0 ? article.body.length : nl;
    out = new Set();
    for (const x of list) if (x.start >= from && x.end <= to) for (const t of this.stemsOf(x)) out.add(t);
    this.paragraphStems.set(s, out);
    return out;
  }

  stemsOf(s: Sentence): Set<string> {
    return this.stems.get(s) ?? new Set();
  }

  /** BM25's IDF; a word the corpus never uses gets the highest weight, so asking about it lowers coverage. */
  idf(stemmed: string): number {
    const df = this.df.get(stemmed) ?? 0;
    return Math.log(1 + (this.total - df + 0.5) / (df + 0.5));
  }

  /** Sentences overlapping a character range of an article (a passage). */
  within(articleId: string, start: number, end: number): Sentence[] {
    return (this.sentences.get(articleId) ?? []).filter((s) => s.end > start && s.start < end);
  }
}

/**
 * Titles the articles put before a name ("NAVO-chef Rutte", "NAVO-secretaris-generaal Mark Rutte"): a sentence that
 * later says only "de NAVO-chef" is about the same person, so it counts as naming them. Learnt from the whole corpus,
 * which reports one period, so a title means one person.
 */
function learnAliases(articles: Iterable<Article>): { role: string[]; name: string }[] {
  const byRole = new Map<string, Set<string>>();
  for (const a of articles) {
    const lang = a.language === 'en' ? 'en' : 'nl';
    for (const m of a.body.matchAll(/\b(\p{Lu}{2,}-[\p{Ll}-]+)\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\b/gu)) {
      const role = words(m[1]!).map((w) => stem(w, lang));
      const key = role.join(' ');
      const names = byRole.get(key) ?? new Set<string>();
      names.add(stem(words(m[2]!)[0]!, lang));
      byRole.set(key, names);
    }
  }
  // A title given to two different people is no alias.
  return [...byRole]
    .filter(([, names]) => names.size === 1)
    .map(([key, names]) => ({ role: key.split(' '), name: [...names][0]! }));
}

export interface Coverage {
  /** Share of the question's weighted words that the sentence contains (0..1). */
  coverage: number;
  /** The same share counting only the sentence's own words, without credit from its paragraph. */
  strict: number;
  matched: Set<string>;
  /** Groups found only in the sentence's paragraph. */
  near: Set<string>;
}

/**
 * How much of the question a sentence covers. Each of the asker's words is one group, satisfied by the word itself
 * or any of its translations; a group weighs the IDF of its most common form in the corpus (or the maximum, when
 * the corpus never uses any form of it — so questions about things the articles never mention score low).
 */
export function coverage(
  index: SentenceIndex,
  groups: Map<string, Set<string>>,
  sentenceStems: Set<string>,
  askedNames?: Set<string>,
  context?: Set<string>,
): Coverage {
  let total = 0;
  let got = 0;
  let gotOwn = 0;
  const matched = new Set<string>();
  const near = new Set<string>();
  const unseen = index.idf('\u0000');
  for (const [group, forms] of groups) {
    let w = Infinity;
    let hit = 0;
    let own = false;
    let name = askedNames?.has(group) ?? false;
    for (const f of forms) {
      const idf = index.idf(f);
      if (idf < unseen) w = Math.min(w, idf);
      if (index.isName(f)) name = true;
      if (sentenceStems.has(f)) [hit, own] = [1, true];
      else if (hit < COMPOUND_CREDIT && f.length >= 5 && inCompound(f, sentenceStems))
        [hit, own] = [COMPOUND_CREDIT, true];
      else if (hit < CONTEXT_CREDIT && context?.has(f)) hit = CONTEXT_CREDIT;
    }
    if (!Number.isFinite(w)) w = unseen;
    // Names carry a question: a sentence about Rutte does not answer "what did Putin say".
    if (name) w *= NAME_WEIGHT;
    total += w;
    if (hit > 0) {
      got += w * hit;
      // Only the sentence's own words count as matched: answer-type checks ask what the quote itself says.
      if (own) {
        gotOwn += w * hit;
        matched.add(group);
      } else near.add(group);
    }
  }
  return { coverage: total > 0 ? got / total : 0, strict: total > 0 ? gotOwn / total : 0, matched, near };
}

/**
 * A question word found not in the sentence but elsewhere in its paragraph counts this much: "“Dit is onze zaak.”"
 * answers what Putin said about the troops because the paragraph is about them.
 */
const CONTEXT_CREDIT = 0.5;

/** Names weigh this much more than other words of the question. */
const NAME_WEIGHT = 2;
/** A word found inside a longer compound ("veroverd" in "terugveroverd") counts this much. */
const COMPOUND_CREDIT = 0.7;

/** Dutch glues words together; a question word inside a sentence's compound word still says something. */
function inCompound(form: string, stems: Set<string>): boolean {
  for (const s of stems) if (s.length > form.length && s.includes(form)) return true;
  return false;
}

function undouble(stemmed: string): string {
  return stemmed.replace(/([aeou])\1/g, '$1');
}

/** True when b is a (Damerau) edit of a: one substitution, insertion, deletion or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
