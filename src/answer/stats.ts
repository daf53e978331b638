import type { AliasSpec } from '../corpus/aliases.js';
import { type Article, byline } from '../corpus/article.js';
import { splitSentences } from '../ingest/sentences.js';
import { fold, type Lang, nameKey, PACKS } from '../lang/index.js';
import { baseLexicon, type Lexicon, type LexiconEntries } from '../lang/lexicon.js';
import { findAbbreviations } from '../text/abbreviations.js';
import { isStopword, stem, words } from '../text/analyze.js';
import { type BoundedMap, perLanguage } from '../text/bounded-map.js';
import { ellipticStems } from '../text/elliptic.js';
import { findNumbers, joinedToLetters } from '../text/numbers.js';
import { writtenCompoundStems } from './compounds.js';
import { sentenceStems } from './text-view.js';

/**
 * What the answerer learns from one article at index time. Plain JSON, so the index can store it with the article
 * and combine it again when one article changes, without reading the others.
 */
export interface ArticleStats {
  id: string;
  language: string;
  sentences: number;
  /**
   * Stem → how many of the article's sentences contain it; the parts of a compound it writes count as contained
   * ("woning", "ontruim" of "woningontruiming"), in languages that glue words.
   */
  df: Record<string, number>;
  /**
   * Folded word → [written with a capital inside a sentence, written in lower case]: names are the former. Words, not
   * stems: "Organization" must not make "organ" a name.
   */
  caps: Record<string, [number, number]>;
  /** A title written right before a name ("FIFA-baas Infantino"): [title stems joined by a space, name stem]. */
  titles: [string, string][];
  /** Stem → how often it follows a number within a few words ("10.000 bezoekers"): what the articles count. */
  counted: Record<string, number>;
  /** Abbreviations the article defines, folded: [short form, long form's words joined by a space]. */
  abbreviations: [string, string][];
  /** Words of capitals the article writes standing alone ("US", not the "CD" of "CD&V"), folded. */
  acronyms: string[];
  /** Names of two to four capitalised words inside its sentences ("legislative council"), folded → how often. */
  phrases?: Record<string, number>;
  /** Stems it writes only elliptically ("waakhond" of "waak- of heemhond"), never whole. */
  elliptic?: string[];
}

/** Two to five capitals, no letter, digit, "&" or hyphen touching them: "the US said", not "CD&V" or "FIFA-baas". */
const ACRONYM = /(?<![\p{L}\p{N}&-])\p{Lu}{2,5}(?![\p{L}\p{N}&-])/gu;

const TOKEN = /[\p{L}][\p{L}'’-]*/gu;

/**
 * Capitalised words separated by spaces only, a comma or a full stop ends a name; one or two lower-case words may join
 * two of them ("Bank of England", "Universiteit van Amsterdam"), kept when they are stop words.
 */
const CAPITAL_RUN = /\p{Lu}[\p{L}'’]*(?:[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,2}\p{Lu}[\p{L}'’]*)+/gu;
/** A name written out in this many words at most (joining stop words aside) is a long form ("New Zealand", "NZ"). */
const RUN_WORDS = 4;

export function articleStats(
  article: Pick<Article, 'id' | 'body' | 'language'> & { title?: string; author?: string },
): ArticleStats {
  const lang = article.language;
  const out: ArticleStats = {
    id: article.id,
    language: lang,
    sentences: 0,
    df: {},
    caps: {},
    titles: [],
    counted: {},
    abbreviations: [],
    acronyms: [],
    phrases: {},
  };
  const whole = new EllipticOnly();
  // The title names what the article is about, often in words its sentences leave out ("Yuen Ren Chao" written
  // "Chao" after): its stems count as one more sentence, so a question naming the subject asks about known words.
  // Not its capitals: a headline capitalises words that are no names.
  if (article.title) {
    out.sentences++;
    const named = byline({ title: article.title, author: article.author });
    const stems = sentenceStems(named, lang);
    for (const t of stems) out.df[t] = (out.df[t] ?? 0) + 1;
    whole.note(named, lang, stems);
  }
  const defined = new Set<string>();
  const acronyms = new Set<string>();
  // A sentence opening with a word the title capitalises ("Astrid Sofia … was" under "Astrid van Zweden") writes the
  // subject's name there: counted, though a sentence's first word is otherwise capitalised whatever it is.
  const titled = new Set(
    [...(article.title ?? '').matchAll(TOKEN)].filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => fold(m[0])),
  );
  for (const s of splitSentences(article)) {
    out.sentences++;
    noteAbbreviations(s.text, defined, out);
    for (const m of s.text.matchAll(ACRONYM)) acronyms.add(fold(m[0]));
    // What numbers count: "A12 bij Utrecht raakten" names a road, and counts no "raakten".
    for (const n of findNumbers(s.text).filter((x) => !joinedToLetters(x, s.text)))
      for (const w of words(s.text.slice(n.end)).slice(0, 3))
        if (!isStopword(w, lang) && !/^\d/.test(w)) out.counted[stem(w, lang)] = (out.counted[stem(w, lang)] ?? 0) + 1;
    // The sentence's words read once, for its stems and its compounds' parts.
    const ws = words(s.text);
    const stems = sentenceStems(s.text, lang, ws);
    for (const t of writtenCompoundStems(s.text, lang, ws)) stems.add(t);
    for (const t of stems) out.df[t] = (out.df[t] ?? 0) + 1;
    whole.note(s.text, lang, stems);
    countCapitals(s.text, lang, titled, out);
    for (const run of capitalRuns(s.text, lang)) out.phrases![run] = (out.phrases![run] ?? 0) + 1;
  }
  out.acronyms = [...acronyms];
  out.elliptic = whole.only();
  return out;
}

/** The abbreviations a sentence defines ("tuberculosis (TB)"), each pair once per article. */
function noteAbbreviations(text: string, defined: Set<string>, out: ArticleStats): void {
  for (const a of findAbbreviations(text)) {
    const [short, ...more] = words(a.short);
    const pair: [string, string] = [short ?? '', words(a.long).join(' ')];
    if (pair[0] && pair[1] && more.length === 0 && !defined.has(pair.join('|'))) {
      defined.add(pair.join('|'));
      out.abbreviations.push(pair);
    }
  }
}

/**
 * The names of several capitalised words a sentence writes, folded, without a leading stop word ("The Legislative
 * Council" is "legislative council"): the long forms a short one in a question may stand for.
 */
export function capitalRuns(sentence: string, lang: Lang): string[] {
  const out: string[] = [];
  const memo = runsOf(lang);
  for (const m of sentence.matchAll(CAPITAL_RUN)) {
    let names = memo.get(m[0]);
    if (names === undefined) {
      names = runNames(m[0], lang);
      memo.set(m[0], names);
    }
    out.push(...names);
  }
  return out;
}

/** How many runs' names are remembered per language: the articles write the same names over and over. */
const runsOf = perLanguage<string[]>(50_000);

/** The names, folded, one run of capitalised words holds (see capitalRuns). */
function runNames(run: string, lang: Lang): string[] {
  const out: string[] = [];
  const push = (ws: string[]) => {
    while (ws.length > 0 && isStopword(ws[0]!)) ws.shift();
    const own = ws.filter((w) => !isStopword(w)).length;
    if (own >= 2 && own <= RUN_WORDS && ws.every((w) => /^\p{L}+$/u.test(w))) out.push(ws.join(' '));
  };
  for (const name of joinedNames(run, lang)) {
    // "Guild of Lamp Makers" is a name, and so is "Lamp Makers" in it.
    const stretches = name.join(' ').split(/ (?:\p{Ll}+ )+/u);
    for (const part of stretches.length > 1 ? stretches : []) push(words(part));
    push(words(name.join(' ')));
  }
  return out;
}

/**
 * The names a run of capitalised words holds: lower-case words join two capitalised ones into one name when all are
 * stop words ("Bank of England"), else they part them ("Anna met in Port Velora": "Anna", "Port Velora").
 */
function joinedNames(run: string, lang: Lang): string[][] {
  const names: string[][] = [];
  let name: string[] = [];
  let lower: string[] = [];
  for (const w of run.split(/[ \u00a0]+/)) {
    if (!/^\p{Lu}/u.test(w)) {
      lower.push(w);
      continue;
    }
    if (lower.length > 0 && !lower.every((l) => isStopword(l, lang))) {
      names.push(name);
      name = [];
    } else name.push(...lower);
    lower = [];
    name.push(w);
  }
  names.push(name);
  return names;
}

/**
 * How often each word of a sentence is written capitalised and not (its first word only when the title capitalises
 * it), and the titles written right before a name ("FIFA-baas Infantino", "burgemeester Jansen").
 */
function countCapitals(sentence: string, lang: string, titled: ReadonlySet<string>, out: ArticleStats): void {
  const memo = tokensOf(lang);
  let previous: string | undefined;
  let first = true;
  for (const m of sentence.matchAll(TOKEN)) {
    const token = memo.get(m[0]) ?? readToken(m[0], lang, memo);
    for (const [folded, upper] of token.parts) {
      if (first && !titled.has(folded)) continue;
      const c = out.caps[folded];
      if (c === undefined) out.caps[folded] = upper ? [1, 0] : [0, 1];
      else c[upper ? 0 : 1]++;
    }
    if (token.capital && !first && previous !== undefined) out.titles.push([previous, token.name]);
    previous = token.title;
    first = false;
  }
}

/** What countCapitals reads of one token, the same in every sentence that writes it. */
interface TokenCaps {
  capital: boolean;
  /** Its words (split at hyphens and apostrophes) that may be names: folded, and whether written with a capital. */
  parts: [string, boolean][];
  /** The stem of its last hyphenated part, as a name after a title. */
  name: string;
  /** Its stems as a title before a name, if it can be one. */
  title: string | undefined;
}

/** How many tokens' readings are remembered per language; every token of every article is read at index time. */
const tokensOf = perLanguage<TokenCaps>(100_000);

function readToken(raw: string, lang: string, memo: BoundedMap<string, TokenCaps>): TokenCaps {
  const capital = /^\p{Lu}/u.test(raw);
  const hyphenated = raw.split('-').filter(Boolean);
  const parts: [string, boolean][] = [];
  // Split as words() splits, at apostrophes too: "L'Enfant" is the name word "enfant" a question asks about.
  for (const part of hyphenated.flatMap((x) => x.split(/['’]/))) {
    const folded = fold(part);
    if (!isStopword(folded) && folded.length >= 2) parts.push([folded, /^\p{Lu}/u.test(part)]);
  }
  const name = stem(fold(hyphenated.at(-1) ?? raw), lang);
  const token: TokenCaps = { capital, parts, name, title: titleStems(raw, capital, lang) };
  memo.set(raw, token);
  return token;
}

/** Stems of a word that can stand as a title before a name: a lower-case word or an acronym compound ("FIFA-baas"). */
function titleStems(raw: string, capital: boolean, lang: string): string | undefined {
  if (capital && !/^\p{Lu}{2,}-\p{Ll}/u.test(raw)) return undefined;
  const parts = words(raw).filter((w) => !isStopword(w) && !/^\d+$/.test(w));
  // "beeld EPA" credits a photo; "p", "nd", "du" are fragments and foreign articles, no titles.
  if (parts.some((w) => w.length < 3 || CREDITS.has(w))) return undefined;
  return parts.length > 0 ? parts.map((w) => stem(w, lang)).join(' ') : undefined;
}

const CREDITS = new Set(PACKS.flatMap((p) => [...p.credits]));

/** What the corpus-wide statistics keep: plain JSON, so the index can store it and load it without the articles. */
export interface CorpusStatsData {
  version: typeof STATS_VERSION;
  /** Sentences in the corpus. */
  total: number;
  languages: string[];
  /** Stem → sentences containing it. */
  df: Record<string, number>;
  /** Folded words the articles write as names. */
  nameWords: string[];
  /** Stems of those words, in their articles' languages. */
  names: string[];
  /** Stems the articles write after numbers. */
  counted: string[];
  /** Titles that stand for one name: [title stems joined by a space, name stem]. */
  titles: [string, string][];
  /** Abbreviations the articles define: [short form, long form], folded. */
  abbreviations: [string, string][];
  /** Words of capitals the articles write standing alone, folded. */
  acronyms: string[];
  /** Names of several capitalised words the articles write, folded, with how often. */
  phrases?: [string, number][];
  /** Stems the articles write only elliptically, never whole. */
  elliptic?: string[];
}

/** An inflection adds or drops at most this many letters ("played", "spelen"). */
const INFLECTION_LETTERS = 3;

/** Bump when articleStats or combine change what they compute: stored statistics are then recomputed. */
export const STATS_VERSION = 43;

/** A short form that fits more of the articles' names than this, equally often written, stands for none of them. */
const MAX_LONG_FORMS = 2;
/** A word stands for one name when the articles write it before that name this often, and before no other. */
const TITLE_USES = 2;
/** … in at least this share of the sentences that write the word. */
const TITLE_SHARE = 0.5;
/** A stem joins two spellings of a name only when its key is this long ("london", not "god" or "rom"). */
const STEMMED_KEY = 5;

/** A stem that typo correction and compound reading may offer: four letters at least, no digit. */
function inVocabulary(stem: string): boolean {
  return stem.length >= 4 && !/\d/.test(stem);
}

/**
 * Corpus-wide statistics for the answerer: sentence document frequencies (IDF), which words are names, spelling
 * variants of names across languages, and titles that stand for one person. Combined from per-article stats at index
 * time (`combine`, stored with the index), loaded at open (`new CorpusStats(data, aliases, glossary)`);
 * corpus/aliases.yaml and corpus/glossary.tsv are applied on top, so editing them embeds nothing again: a reindex
 * (or the watcher) only reads them anew.
 */
export class CorpusStats {
  readonly total: number;
  readonly languages: ReadonlySet<string>;
  private readonly dfs: Map<string, number>;
  private readonly nameWords: Set<string>;
  private readonly names: Set<string>;
  private readonly countedNouns: Set<string>;
  private readonly acronyms: Set<string>;
  private readonly elliptic: Set<string>;
  private readonly byKey = new Map<string, Set<string>>();
  /** Title (stems joined by a space) → the one name stem it stands for. */
  private readonly titleOf = new Map<string, string>();
  /** Name stem → its titles, each a list of stems. */
  private readonly roles = new Map<string, string[][]>();
  private vocab?: string[];
  private sorted?: string[];
  /** Folded word → what it abbreviates or is abbreviated to (single words: "tb" ↔ "tuberculosis"). */
  private readonly abbrev = new Map<string, Set<string>>();
  /** Last word of a long form of several words → [its words, the short form] ("coronavirus" → "human coronavirus"). */
  private readonly longWith = new Map<string, [string[], string][]>();

  /**
   * First letter → the corpus's names of several words, each its words, those a stop word does not join, and how often
   * written (built when asked).
   */
  private runs?: Map<string, [string[], string[], number][]>;

  private lex?: Lexicon;

  constructor(
    private readonly data: CorpusStatsData,
    aliases: readonly AliasSpec[] = [],
    /** corpus/glossary.tsv: the corpus's own English→Dutch words, over the shipped lexicon. */
    private readonly glossary: LexiconEntries = new Map(),
  ) {
    this.total = data.total;
    this.languages = new Set(data.languages);
    this.dfs = new Map(Object.entries(data.df));
    this.nameWords = new Set(data.nameWords);
    this.names = new Set(data.names);
    this.countedNouns = new Set(data.counted);
    this.acronyms = new Set(data.acronyms ?? []);
    this.elliptic = new Set(data.elliptic ?? []);
    for (const w of this.nameWords) this.addVariant(w);
    for (const [title, name] of data.titles) this.addRole(title.split(' '), name);
    for (const [short, long] of data.abbreviations ?? []) this.addAbbreviation(short, long);
    for (const spec of aliases) this.addAlias(spec);
  }

  /**
   * The corpus-wide statistics of a set of articles' statistics (what the index stores). Counts are added into
   * Maps and arrays updated in place: at 100k passages this runs over millions of per-article entries.
   */
  static combine(list: Iterable<ArticleStats>): CorpusStatsData {
    let total = 0;
    const df = new Map<string, number>();
    const caps = new Map<string, [number, number]>();
    const titles = new Map<string, Set<string>>();
    const uses = new Map<string, number>();
    const counted = new Set<string>();
    const languages = new Set<string>();
    const abbreviations = new Map<string, [string, string]>();
    const acronyms = new Set<string>();
    const phrases = new Map<string, number>();
    const elliptic = new EllipticOnly();
    const all = [...list];
    for (const a of all) {
      total += a.sentences;
      for (const pair of a.abbreviations ?? []) abbreviations.set(pair.join('|'), pair);
      for (const w of a.acronyms ?? []) acronyms.add(w);
      for (const r in a.phrases ?? {}) phrases.set(r, (phrases.get(r) ?? 0) + a.phrases![r]!);
      languages.add(a.language);
      for (const t in a.df) df.set(t, (df.get(t) ?? 0) + a.df[t]!);
      elliptic.add(Object.keys(a.df), a.elliptic ?? []);
      for (const t in a.caps) {
        const [up, low] = a.caps[t]!;
        const c = caps.get(t);
        if (c) {
          c[0] += up;
          c[1] += low;
        } else caps.set(t, [up, low]);
      }
      for (const t in a.counted ?? {}) counted.add(t);
      for (const [title, name] of a.titles) {
        uses.set(title, (uses.get(title) ?? 0) + 1);
        const set = titles.get(title);
        if (set) set.add(name);
        else titles.set(title, new Set([name]));
      }
    }
    const { nameWords, names } = capitalisedNames(all, caps);
    const single = singleTitles(titles, uses, df, names);
    return {
      version: STATS_VERSION,
      total,
      languages: [...languages],
      // As an object of the same keys in the same order as Map's insertion order (integer-like keys first, ascending).
      df: Object.fromEntries(df),
      nameWords: [...nameWords],
      names: [...names],
      counted: [...counted],
      titles: single,
      abbreviations: [...abbreviations.values()],
      acronyms: [...acronyms],
      phrases: [...phrases],
      elliptic: elliptic.only(),
    };
  }

  static fromArticles(
    articles: Iterable<Pick<Article, 'id' | 'body' | 'language'> & { title?: string }>,
    aliases?: AliasSpec[],
    glossary?: LexiconEntries,
  ): CorpusStats {
    return new CorpusStats(CorpusStats.combine([...articles].map(articleStats)), aliases, glossary);
  }

  /** The bilingual lexicon for this corpus: the shipped one with corpus/glossary.tsv on top. */
  get lexicon(): Lexicon {
    this.lex ??= baseLexicon().with(this.glossary);
    return this.lex;
  }

  /** The statistics as stored (without corpus/aliases.yaml, which is applied at load). */
  toJSON(): CorpusStatsData {
    return this.data;
  }

  df(t: string): number {
    return this.dfs.get(t) ?? 0;
  }

  knows(t: string): boolean {
    return this.dfs.has(t);
  }

  /** The articles write the stem only elliptically ("waakhond" of "waak- of heemhond"), never whole. */
  writesOnlyElliptically(t: string): boolean {
    return this.elliptic.has(t);
  }

  /** BM25's IDF over sentences; a stem the corpus never uses gets the highest weight. */
  idf(t: string): number {
    const df = this.dfs.get(t) ?? 0;
    return Math.log(1 + (this.total - df + 0.5) / (df + 0.5));
  }

  /** Whether the articles write this stem a few words after a number ("10.000 bezoekers"): something counted. */
  isCounted(t: string): boolean {
    return this.countedNouns.has(t);
  }

  /** Whether the articles write a word with this stem as a name (with a capital inside sentences, mostly). */
  isName(t: string): boolean {
    return this.names.has(t);
  }

  /** The articles write this word in capitals standing alone ("US"), not only inside another ("CD&V"). */
  isAcronym(w: string): boolean {
    return this.acronyms.has(w);
  }

  /** Whether the articles write this folded word as a name, more often with a capital than without. */
  isNameWord(w: string): boolean {
    return this.nameWords.has(w);
  }

  /** Folded forms of the corpus's names that are spelling variants of this word (Gorbachev → gorbatsjov). */
  variantsOf(folded: string): string[] {
    const out = new Set<string>();
    for (const k of this.keysOf(folded)) for (const f of this.byKey.get(k) ?? []) out.add(f);
    return [...out];
  }

  /** The titles that stand for this name stem, each a list of stems ("fifa baas" for "infantino"). */
  rolesOf(name: string): string[][] {
    return this.roles.get(name) ?? [];
  }

  /** The name stem a title stands for, if the corpus gives it to one name only. */
  nameOfTitle(title: string[]): string | undefined {
    return this.titleOf.get(title.join(' '));
  }

  /**
   * What an abbreviation stands for, or what a word is abbreviated to, as the articles define it: "tb" ↔
   * "tuberculosis", "who" → "world health organization" (words joined by a space).
   */
  abbreviationsOf(folded: string): string[] {
    return [...(this.abbrev.get(folded) ?? [])];
  }

  /**
   * Long forms of several words holding this word, with their short form ("coronavirus", "human": human coronavirus,
   * HCoV): each word of an asked long form stands for the short form, as each of a name's words does for its initials.
   */
  longFormsWith(folded: string): [string[], string][] {
    return this.longWith.get(folded) ?? [];
  }

  /**
   * The names of several words the articles write that a short form no article writes stands for: each word begins
   * with the next letters of it ("nz": New Zealand, "legco": Legislative Council). The most often written only.
   */
  longFormsOf(short: string): string[][] {
    if (!/^\p{L}{2,6}$/u.test(short)) return [];
    if (!this.runs) {
      this.runs = new Map();
      for (const [run, n] of this.data.phrases ?? []) {
        const ws = run.split(' ');
        const list = this.runs.get(run[0]!) ?? [];
        list.push([ws, ws.filter((w) => !isStopword(w)), n]);
        this.runs.set(run[0]!, list);
      }
    }
    // "IBM": International Brotherhood of Magicians, initials of the words a stop word does not join.
    const fits = (this.runs.get(short[0]!) ?? []).filter(
      ([ws, own]) => abbreviates(short, ws) || abbreviates(short, own),
    );
    const most = Math.max(0, ...fits.map(([, , n]) => n));
    const best = fits.filter(([, , n]) => n === most).map(([ws]) => ws);
    return best.length <= MAX_LONG_FORMS ? best : [];
  }

  /** All titles with the name each stands for. */
  titles(): IterableIterator<[string, string]> {
    return this.titleOf.entries();
  }

  /** Stems the articles use that start with `prefix` and add 1 to `extra` letters to it, by binary search. */
  extensionsOf(prefix: string, extra: number): string[] {
    return this.longerStems(prefix).filter((v) => v.length <= prefix.length + extra);
  }

  /** Every stem of the articles longer than `prefix` that opens with it: a binary search of the sorted stems. */
  private longerStems(prefix: string): string[] {
    this.sorted ??= [...this.dfs.keys()].sort();
    const list = this.sorted;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < list.length && list[end]!.startsWith(prefix)) end++;
    return list.slice(lo, end);
  }

  /** The words the articles write as names, folded (not stemmed): "scientology", "enfant". */
  nameWordList(): ReadonlySet<string> {
    return this.nameWords;
  }

  /** Stems of at least four letters, for typo correction. */
  vocabulary(): string[] {
    this.vocab ??= [...this.dfs.keys()].filter(inVocabulary);
    return this.vocab;
  }

  /** The articles write a stem of their `vocabulary()` longer than `prefix` that opens with it. */
  opensLongerStem(prefix: string): boolean {
    return this.longerStems(prefix).some(inVocabulary);
  }

  private addVariant(form: string): void {
    for (const k of this.keysOf(form)) this.link(k, form);
  }

  private addAbbreviation(short: string, long: string): void {
    const link = (from: string, to: string) => this.abbrev.set(from, (this.abbrev.get(from) ?? new Set()).add(to));
    link(short, long);
    const ws = long.split(' ');
    if (ws.length === 1) link(long, short);
    else for (const w of new Set(ws)) this.longWith.set(w, [...(this.longWith.get(w) ?? []), [ws, short]]);
  }

  private addRole(title: string[], name: string): void {
    this.titleOf.set(title.join(' '), name);
    this.roles.set(name, [...(this.roles.get(name) ?? []), title]);
  }

  /**
   * corpus/aliases.yaml: the name and its one-word aliases are spelling variants of each other (Uzbekistan,
   * Oezbekistan); an
   * alias of several words is a title that stands for the name ("FIFA-baas" for Infantino).
   */
  private addAlias(spec: AliasSpec): void {
    const forms = [spec.name, ...spec.aliases].filter((a) => words(a).length === 1).map((a) => words(a)[0]!);
    for (const f of forms) for (const k of this.keysOf(f)) for (const g of forms) this.link(k, g);
    for (const p of PACKS) {
      const name = words(spec.name)
        .map((w) => stem(w, p.code))
        .at(-1);
      if (!name) continue;
      this.names.add(name);
      for (const w of words(spec.name)) this.nameWords.add(w);
      for (const alias of spec.aliases) {
        const title = words(alias)
          .filter((w) => !isStopword(w))
          .map((w) => stem(w, p.code));
        if (title.length > 1) this.addRole(title, name);
      }
    }
  }

  /**
   * Keys that join spellings of one name: as written, less a possessive ("Byron's"), and as any pack stems it —
   * only when that stem is long enough to mean one name: "Goode" stemmed is "good", whose key is "God"'s.
   */
  private keysOf(form: string): Set<string> {
    const plain = [nameKey(form), nameKey(form.replace(/['’]s?$/, ''))].filter((k) => k.length >= 3);
    const stemmed = PACKS.map((p) => nameKey(stem(form, p.code))).filter((k) => k.length >= STEMMED_KEY);
    return new Set([...plain, ...stemmed]);
  }

  private link(key: string, form: string): void {
    const set = this.byKey.get(key) ?? new Set<string>();
    set.add(form);
    this.byKey.set(key, set);
  }
}

/** Whether `short` is the words' beginnings in order, one or more letters of each: "legco" of legislative council. */
export function abbreviates(short: string, ws: readonly string[]): boolean {
  if (ws.length === 0) return short.length === 0;
  const [w, ...rest] = ws;
  for (let n = 1; n <= Math.min(w!.length, short.length - rest.length); n++) {
    if (short[n - 1] !== w![n - 1]) return false;
    if (abbreviates(short.slice(n), rest)) return true;
  }
  return false;
}

/**
 * A name is written with a capital more often than not (a tie is a common word some names hold: "Tulsa Metro", "the
 * metro area"), as a word, and at least as often with its inflections: "Child's Play" twice makes no name of "play"
 * written "plays", "played", "playing". Inflections share the stem and differ by at
 * most a few letters: "organ" is no form of "Organization".
 */
function capitalisedNames(
  all: readonly ArticleStats[],
  caps: ReadonlyMap<string, [number, number]>,
): { nameWords: Set<string>; names: Set<string> } {
  // Each word of each language once: the stem it has, then the words that share it.
  const stemOf = new Map<string, [string, string, string]>(); // language:word → [language, word, stem]
  for (const a of all)
    for (const w in a.caps) {
      const key = `${a.language}:${w}`;
      if (!stemOf.has(key)) stemOf.set(key, [a.language, w, stem(w, a.language)]);
    }
  const forms = new Map<string, string[]>(); // language:stem → its words
  for (const [lang, w, t] of stemOf.values()) {
    const list = forms.get(`${lang}:${t}`);
    if (list) list.push(w);
    else forms.set(`${lang}:${t}`, [w]);
  }
  const nameWords = new Set<string>();
  const names = new Set<string>();
  for (const [lang, w, t] of stemOf.values()) {
    const [up, low] = caps.get(w)!;
    const inflected = forms.get(`${lang}:${t}`)!.filter((v) => Math.abs(v.length - w.length) <= INFLECTION_LETTERS);
    const sum = inflected.map((v) => caps.get(v)!).reduce((s, [u, l]) => [s[0] + u, s[1] + l], [0, 0]);
    if (up > 0 && up > low && sum[0] >= sum[1]) {
      nameWords.add(w);
      names.add(t);
    }
  }
  return { nameWords, names };
}

/** A title given to one name only stands for it ("de FIFA-baas" is Infantino); one given to several names does not. */
function singleTitles(
  titles: ReadonlyMap<string, Set<string>>,
  uses: ReadonlyMap<string, number>,
  df: ReadonlyMap<string, number>,
  names: ReadonlySet<string>,
): [string, string][] {
  const single: [string, string][] = [];
  for (const [title, set] of titles) {
    const [name] = [...set];
    // Written before the name more than once, and in most of the sentences that write it: "during this period Nida
    // began" makes no title of "period", nor "visit China" of "visit".
    const n = uses.get(title) ?? 0;
    const head = df.get(title.split(' ').at(-1)!) ?? n;
    if (set.size === 1 && name && names.has(name) && title !== name && n >= TITLE_USES && n >= head * TITLE_SHARE)
      single.push([title, name]);
  }
  return single;
}

/** The stems texts write elliptically, less those any of them writes whole. */
class EllipticOnly {
  private readonly elliptic = new Set<string>();
  private readonly whole = new Set<string>();

  /** A text's stems (its `stems`, elliptic ones among them), of which those `ellipticStems` gives are elliptic. */
  note(text: string, lang: string, stems: Iterable<string>): void {
    this.add(stems, ellipticStems(text, lang));
  }

  /** All stems of a text, and the ones it writes only elliptically. */
  add(all: Iterable<string>, elliptic: readonly string[]): void {
    for (const t of elliptic) this.elliptic.add(t);
    for (const t of all) if (!elliptic.includes(t)) this.whole.add(t);
  }

  only(): string[] {
    return [...this.elliptic].filter((t) => !this.whole.has(t));
  }
}
