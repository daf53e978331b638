import { type Article, byline } from '../corpus/article.js';
import { type Sentence, splitSentences } from '../ingest/sentences.js';
import { fold, pack } from '../lang/index.js';
import { isStopword, letterLabels, stem, words } from '../text/analyze.js';
import { perLanguage } from '../text/bounded-map.js';
import { ellipticStems } from '../text/elliptic.js';
import { listLeads } from './list-items.js';

/** Sentences a question turn (an interviewer's, an FAQ's) may have: a short lead-in, then the question. */
const MAX_QUESTION_SENTENCES = 3;
/** … and characters: 95 of 103 interview questions are under 250; textbooks' closing rhetorical ones are over 330. */
const MAX_QUESTION_CHARS = 300;

/** How many sentences after a list's lead-in are looked at for its items. */
const ITEMS_AHEAD = 120;

/** How many articles keep their split sentences in memory; questions touch the few articles retrieval returns. */
const CACHED_ARTICLES = 2000;

interface ArticleSentences {
  list: Sentence[];
  /** Per sentence, its content-word stems, made on first use: a question reads few of an article's sentences. */
  stems: (Set<string> | undefined)[];
  language: string;
  title: Set<string>;
  /** Stems of its author, when it names one. */
  author: readonly string[];
  /** Every sentence's stems together, made on first use. */
  all?: Set<string>;
  /** Per sentence, the index of the lead-in of the list it is an item of, or -1; made on first use. */
  leads?: number[];
}

/**
 * The sentence-level view of articles the answerer quotes from, built on demand for the articles a question's
 * passages come from (so the cost of a question follows what was retrieved, not the corpus size) and cached.
 */
export class TextView {
  private readonly cache = new Map<string, ArticleSentences>();

  constructor(readonly articles: ReadonlyMap<string, Article>) {}

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  sentences(articleId: string): Sentence[] {
    return this.entry(articleId)?.list ?? [];
  }

  /** Content-word stems of an article's title. */
  titleStems(articleId: string): Set<string> {
    return this.entry(articleId)?.title ?? new Set();
  }

  /** Content-word stems of every sentence of an article (not its title). */
  articleStems(articleId: string): Set<string> {
    const e = this.entry(articleId);
    if (!e) return new Set();
    e.all ??= new Set(e.list.flatMap((s) => [...stemsAt(e, s.index)!]));
    return e.all;
  }

  /**
   * The stems the article's sentences write (not its title) of those `wanted` says: read sentence by sentence, those
   * already stemmed first, until `enough` says the stems found are enough, so an article that names a name early is
   * not stemmed in full. Without `enough`, every wanted stem the article writes.
   */
  findStems(
    articleId: string,
    wanted: (t: string) => boolean,
    enough: (found: ReadonlySet<string>) => boolean = () => false,
  ): Set<string> {
    const found = new Set<string>();
    const e = this.entry(articleId);
    if (!e || enough(found)) return found;
    const take = (stems: Set<string>) => {
      for (const t of stems) if (wanted(t)) found.add(t);
      return found.size > 0 && enough(found);
    };
    if (e.all) {
      take(e.all);
      return found;
    }
    for (const stems of e.stems) if (stems && take(stems)) return found;
    for (let i = 0; i < e.list.length; i++) if (!e.stems[i] && take(stemsAt(e, i)!)) return found;
    return found;
  }

  /** Content-word stems of a sentence, in its article's language. */
  stemsOf(s: Sentence): Set<string> {
    const e = this.entry(s.articleId);
    return (e && stemsAt(e, s.index)) ?? new Set();
  }

  /** Stems of a unit (a sentence or a pair of neighbouring sentences starting at `s.index`). */
  stemsOfUnit(s: Sentence): Set<string> {
    const e = this.entry(s.articleId);
    if (!e) return new Set();
    const out = new Set<string>();
    for (let i = s.index; i < e.list.length && e.list[i]!.start < s.end; i++)
      for (const t of stemsAt(e, i)!) out.add(t);
    return out;
  }

  /**
   * Stems of the context a sentence stands in: its paragraph (line of the body), its own included, and its article's
   * title — an encyclopedia article about Frimout rarely repeats his name in every sentence. `keep`: which of the
   * paragraph's other sentences count.
   */
  paragraphOf(s: Sentence, keep: (other: Sentence) => boolean = () => true): Set<string> {
    const e = this.entry(s.articleId);
    const article = this.articles.get(s.articleId);
    if (!e || !article) return new Set();
    const { from, to } = paragraphSpan(article.body, s);
    const out = new Set<string>(e.title);
    // "b. het gewicht mag ten hoogste 300 gram per meter bedragen;" is said of "De ketting … moet voldoen aan:".
    const lead = this.leadIn(s);
    if (lead) for (const t of stemsAt(e, lead.index)!) out.add(t);
    const add = (i: number) => {
      if (i === s.index || keep(e.list[i]!)) for (const t of stemsAt(e, i)!) out.add(t);
    };
    for (let i = s.index; i >= 0 && e.list[i]!.start >= from; i--) add(i);
    for (let i = s.index + 1; i < e.list.length && e.list[i]!.end <= to; i++) add(i);
    return out;
  }

  /** The sentence ending in a colon that leads in the list whose item the sentence's line is, if it is one. */
  leadIn(s: Sentence): Sentence | undefined {
    const e = this.entry(s.articleId);
    const at = e ? (this.leadsOf(e)[s.index] ?? -1) : -1;
    return at < 0 ? undefined : e?.list[at];
  }

  /** The sentences of the items of the list a sentence leads in (see `leadIn`); none if it leads in none. */
  itemsOf(s: Sentence): Sentence[] {
    const e = this.entry(s.articleId);
    if (!e || !/:\s*$/u.test(s.text)) return [];
    const leads = this.leadsOf(e);
    const out: Sentence[] = [];
    const last = Math.min(e.list.length, s.index + 1 + ITEMS_AHEAD);
    for (let i = s.index + 1; i < last; i++) if (leads[i] === s.index) out.push(e.list[i]!);
    return out;
  }

  private leadsOf(e: ArticleSentences): number[] {
    const body = this.articles.get(e.list[0]?.articleId ?? '')?.body ?? '';
    e.leads ??= listLeads(body, e.list);
    return e.leads;
  }

  /**
   * Stems of the question a paragraph answers: the paragraph before it, when that one ends asking (an interviewer's
   * question, an FAQ's, a textbook's "Why does …?"). The answer rarely repeats the words it answers. Empty otherwise,
   * and for a sentence that itself asks. `turn`: its `questionTurn`, when the caller has it already.
   */
  askedBefore(s: Sentence, turn = this.questionTurn(s)): Set<string> {
    const e = this.entry(s.articleId);
    return new Set(turn.flatMap((x) => [...((e && stemsAt(e, x.index)) ?? [])]));
  }

  /** The sentences of the question turn a sentence's paragraph answers (see `askedBefore`); none if it answers none. */
  questionTurn(s: Sentence): Sentence[] {
    return asksQuestion(s.text) ? [] : this.turnBefore(s);
  }

  /** The question turn the sentence's paragraph answers, whether or not the sentence itself asks. */
  turnBefore(s: Sentence): Sentence[] {
    const e = this.entry(s.articleId);
    const body = this.articles.get(s.articleId)?.body;
    if (!e || body === undefined) return [];
    const before = body.slice(0, paragraphSpan(body, s).from).trimEnd();
    if (!asksQuestion(before)) return [];
    const start = before.lastIndexOf('\n') + 1;
    const asking: Sentence[] = [];
    for (let i = s.index - 1; i >= 0 && e.list[i]!.start >= start; i--)
      if (e.list[i]!.end <= before.length) asking.push(e.list[i]!);
    // A question turn is short; a long paragraph ending on a rhetorical question ("Far east of where?") is no turn.
    if (asking.length > MAX_QUESTION_SENTENCES || before.length - start > MAX_QUESTION_CHARS) return [];
    return asking;
  }

  /** The first sentences of the paragraph after a sentence that ends its paragraph asking: where its answer is. */
  answersAfter(s: Sentence, count: number): Sentence[] {
    const e = this.entry(s.articleId);
    const body = this.articles.get(s.articleId)?.body;
    if (!e || body === undefined || !asksQuestion(s.text) || !/^[ \t]*(?:\n|$)/.test(body.slice(s.end))) return [];
    return e.list.slice(s.index + 1, s.index + 1 + count).filter((x) => this.askedBefore(x).size > 0);
  }

  /**
   * Stems of the article's outlet ("rd" for RD.nl): every sentence of an article is its outlet's, so "what does the
   * RD think" is answered by the RD's sentences. An unknown outlet names nothing.
   */
  outletStems(articleId: string): string[] {
    const a = this.articles.get(articleId);
    if (!a || /^unknown|^onbekend/i.test(a.outlet)) return [];
    return [...sentenceStems(a.outlet.replace(/\.(?:[a-z]{2,3})$/i, ''), a.language)];
  }

  /** Stems of an article's author (a speech's speaker, a column's writer); none without one. */
  authorStems(articleId: string): readonly string[] {
    return this.entry(articleId)?.author ?? [];
  }

  /** Sentences overlapping a character range of an article (a passage), by binary search. */
  within(articleId: string, start: number, end: number): Sentence[] {
    const list = this.sentences(articleId);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: Sentence[] = [];
    for (let i = lo; i < list.length && list[i]!.start < end; i++) out.push(list[i]!);
    return out;
  }

  /** Sentences wholly inside a character range of an article (a unit, a passage): its sentences as cut. */
  inside(articleId: string, start: number, end: number): Sentence[] {
    return this.within(articleId, start, end).filter((s) => s.start >= start && s.end <= end);
  }

  private entry(articleId: string): ArticleSentences | undefined {
    const hit = this.cache.get(articleId);
    if (hit) {
      // Least recently used first out: re-insert on use.
      this.cache.delete(articleId);
      this.cache.set(articleId, hit);
      return hit;
    }
    const article = this.articles.get(articleId);
    if (!article) return undefined;
    const list = splitSentences(article);
    const e = {
      list,
      stems: new Array<Set<string> | undefined>(list.length),
      language: article.language,
      title: sentenceStems(byline(article), article.language),
      author: article.author ? [...sentenceStems(article.author, article.language)] : [],
    };
    if (this.cache.size >= CACHED_ARTICLES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(articleId, e);
    return e;
  }
}

/** The content-word stems of an article's sentence (made on first use); undefined past its last sentence. */
function stemsAt(e: ArticleSentences, i: number): Set<string> | undefined {
  const s = e.list[i];
  if (!s) return undefined;
  e.stems[i] ??= sentenceStems(s.text, e.language);
  return e.stems[i];
}

/** Where the paragraph (line of the body) holding a sentence starts and ends. */
export function paragraphSpan(body: string, s: { start: number; end: number }): { from: number; to: number } {
  const nl = body.indexOf('\n', s.end);
  return { from: body.lastIndexOf('\n', s.start - 1) + 1, to: nl < 0 ? body.length : nl };
}

/** The text ends in a question mark, quotes aside: it asks, it does not tell. */
export function asksQuestion(text: string): boolean {
  return /\?[\s”"’»]*$/u.test(text);
}

/** A word of a sentence, with its inner apostrophes and hyphens. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A unit's text as its sentences (split after ".", "!" or "?"), each as its words as written. */
export function sentenceTokens(text: string): string[][] {
  return text.split(/(?<=[.!?])\s+/).map((s) => [...s.matchAll(TOKEN)].map((m) => m[0]));
}

/**
 * Content-word stems of a text in a language: what question words are matched against. A particle closing a clause
 * ("De politie hield 25 supporters aan.") is also joined to the clause's words that may be its verb, so the verb meets
 * the question's "aangehouden" or "aanhouden" ("aanhield"). `ws` are the text's words, where the caller has them.
 */
export function sentenceStems(text: string, lang: string, ws: readonly string[] = words(text)): Set<string> {
  const out = new Set<string>();
  const memo = contentStems(lang);
  for (const w of ws) {
    let t = memo.get(w);
    if (t === undefined) {
      // The text's own language's stop words: Dutch "met", "die", "men" are English words, English "as", "been" Dutch.
      t = !isStopword(w, lang) && (w.length > 1 || /\d/.test(w)) ? stem(w, lang) : null;
      memo.set(w, t);
    }
    if (t !== null) out.add(t);
  }
  for (const w of letterLabels(text, lang)) out.add(w);
  // A compound written with a hyphen is the compound written without: "Gezelle-prijs" is "Gezelleprijs".
  for (const m of text.matchAll(HYPHENATED)) out.add(stem(fold(m[0].replaceAll('-', '')), lang));
  // "waak- of heemhond" writes "waakhond" too.
  for (const t of ellipticStems(text, lang)) out.add(t);
  const p = pack(lang);
  const particles = p.separableParticles;
  if (!particles || !closingParticle(lang).test(text)) return out;
  const verb = (w: string) => p.irregularVerbs?.forms.has(w) || !!p.finiteVerb?.test(w);
  for (const clause of text.split(/[,;:()“”„"]|[.!?](?:\s|$)/)) {
    const ws = words(clause);
    // The particle closes the clause, or stands before a clause or phrase that follows the verb ("kondigde aan dat").
    const at = ws.findIndex(
      (w, i) => i >= 2 && particles.has(w) && (i === ws.length - 1 || !!p.afterParticle?.has(ws[i + 1]!)),
    );
    if (at < 0) continue;
    for (const w of ws.slice(0, at))
      if (!isStopword(w, lang) && /^\p{L}{3,}$/u.test(w) && verb(w)) out.add(stem(ws[at] + w, lang));
  }
  return out;
}

/** How many words' content stems are remembered per language (null: a stop word); sentences repeat their words. */
const contentStems = perLanguage<string | null>(100_000);

/** Letters joined by hyphens, not a number's ("COVID-19") nor a capital's initials ("CD&V") or a span. */
const HYPHENATED = /(?<![\p{L}\p{N}-])\p{L}+(?:-\p{L}+)+(?![\p{L}\p{N}-])/gu;

const closing = new Map<string, RegExp>();

/** A particle before a clause's end or a word that opens what follows the verb: the text may split a verb. */
function closingParticle(lang: string): RegExp {
  let re = closing.get(lang);
  if (!re) {
    const p = pack(lang);
    const alt = (set?: ReadonlySet<string>) => [...(set ?? [])].join('|');
    const after = p.afterParticle ? `|\\s+(?:${alt(p.afterParticle)})\\b` : '';
    re = new RegExp(`\\b(?:${alt(p.separableParticles)})(?:\\s*(?:[,;:()“”„".!?]|$)${after})`, 'iu');
    closing.set(lang, re);
  }
  return re;
}
