import type { Article } from '../corpus/article.js';
import { nameKey, PACKS } from '../lang/index.js';
import { baseLexicon, type Lexicon } from '../lang/lexicon.js';
import { fold, type Lang } from '../text/analyze.js';
import { MONTHS_EN, MONTHS_NL, monthNumber } from '../text/dates.js';
import { findNumbers } from '../text/numbers.js';

/**
 * Checks a generated answer against the passages it was given, sentence by sentence, with no model in the loop:
 * a sentence may only state numbers, names and dates that the passages it cites contain. Pure functions; see
 * README.md in this folder for the rules in prose.
 */

/** One numbered passage shown to the model: a verbatim span of an article, cut at sentence boundaries. */
export interface Source {
  /** 1-based number the prompt shows as [n]. */
  n: number;
  article: Pick<Article, 'id' | 'title' | 'outlet' | 'date' | 'language' | 'file' | 'url' | 'body'>;
  /** Offsets into article.body: the passage is body.slice(start, end). */
  start: number;
  end: number;
  /** Sentence spans inside [start, end), offsets into article.body, in reading order. */
  sentences: { start: number; end: number }[];
  /** Relevance to the question, 0..1. */
  score: number;
}

export const sourceText = (s: Source): string => s.article.body.slice(s.start, s.end);

export type FactKind = 'number' | 'date' | 'name';

export interface Fact {
  kind: FactKind;
  /** As written in the answer. */
  text: string;
  /** Comparable form: the number's value, "month:10" / "weekday:5", or the folded name. */
  key: string;
  /** Cited sources that contain it. */
  supportedBy: number[];
}

export type RemovalReason =
  | 'unknown-citation'
  | 'uncited-fact'
  | 'unsupported-number'
  | 'unsupported-date'
  | 'unsupported-name'
  | 'unsupported-url';
export type ValidationFallback = 'empty' | 'no-citations' | 'too-many-removed';

export interface CheckedSentence {
  /** The sentence as written, citation markers included. */
  text: string;
  /** Index of the line it is on, and the line's list marker ("• ", "- ", "1. "), kept when the answer is rebuilt. */
  line: number;
  marker: string;
  /** Numbers inside its [n] markers, in order, duplicates removed. */
  cites: number[];
  facts: Fact[];
  kept: boolean;
  reason?: RemovalReason;
  /** The fact or citation that failed, for logs. */
  detail?: string;
}

export interface Validation {
  sentences: CheckedSentence[];
  removed: CheckedSentence[];
  /** Source numbers cited by kept sentences, in order of first appearance. */
  cited: number[];
  /** Set when too little survives and the extractive answer must be shown instead. */
  fallback?: ValidationFallback;
  /** Indexes of the answer's empty lines (paragraph breaks), kept when it is rebuilt. */
  blankLines: number[];
}

/** More than this share of sentences removed and the generated answer is not worth showing. */
export const MAX_REMOVED_SHARE = 1 / 3;

// ---------------------------------------------------------------------------------------------------------------
// Citation markers

/** [1], [1, 2], [1;2], and runs of them: [1][3]. */
const MARKER = /\[\s*\d+\s*(?:[,;]\s*\d+\s*)*\]/g;
const LEADING_MARKERS = /^\s*((?:\[\s*\d+\s*(?:[,;]\s*\d+\s*)*\]\s*)+)/;

export function citationsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MARKER))
    for (const d of m[0].match(/\d+/g) ?? []) if (!out.includes(Number(d))) out.push(Number(d));
  return out;
}

/** Markers blanked out (same length), so "[12]" is not read as the number 12 and offsets stay put. */
function blankMarkers(text: string): string {
  return text.replace(MARKER, (m) => ' '.repeat(m.length));
}

// ---------------------------------------------------------------------------------------------------------------
// Links

/** Web addresses in a sentence: with a scheme, or starting with www. (both become clickable in Discord). */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/gi;
function urlsIn(text: string): string[] {
  return [...text.matchAll(URL)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
}

/** Web addresses blanked out (same length), as citation markers are. */
function blankUrls(text: string): string {
  return text.replace(URL, (m) => ' '.repeat(m.length));
}

/** Whether a cited source gives this address: its article's url, or the passage text itself. */
function linksTo(source: Source, url: string): boolean {
  const bare = (u: string) =>
    u
      .replace(/^https?:\/\//i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  return (
    (source.article.url !== undefined && bare(source.article.url) === bare(url)) ||
    sourceText(source).toLowerCase().includes(bare(url))
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const DAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/**
 * "month:10" / "weekday:5" for a month or weekday name. English names count only when capitalised ("may" is a verb,
 * "March" a month); Dutch ones are written in lower case and count either way.
 */
function dateKey(word: string): string | undefined {
  const f = fold(word);
  const capital = /^\p{Lu}/u.test(word);
  let i = MONTHS_NL.indexOf(f);
  if (i < 0 && capital) i = MONTHS_EN.indexOf(f);
  if (i >= 0) return `month:${i + 1}`;
  let d = DAYS_NL.indexOf(f);
  if (d < 0 && capital) d = DAYS_EN.indexOf(f);
  if (d >= 0) return `weekday:${d}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

/**
 * Words English capitalises that are not names (titles, institutions, nationality-free roles) and words a model
 * puts at the front of a clause. Ignored, so "the Defence Minister" is not held against a Dutch passage.
 */
const NOT_NAMES = new Set([
  'i',
  'the',
  'a',
  'an',
  'and',
  'but',
  'or',
  'de',
  'het',
  'een',
  'en',
  'maar',
  'of',
  'president',
  'minister',
  'ministry',
  'department',
  'prime',
  'chief',
  'leader',
  'head',
  'army',
  'forces',
  'state',
  'intelligence',
  'government',
  'parliament',
  'council',
  'office',
  'news',
  'secretary',
  'general',
  'defense',
  'defence',
  'according',
  'however',
  'both',
  'while',
  'meanwhile',
  'also',
  'source',
  'sources',
  'article',
  'articles',
  'passage',
  'passages',
  'note',
  'volgens',
  'bron',
  'bronnen',
  'artikel',
  'artikelen',
  'ook',
  'daarnaast',
  'wel',
]);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Spellings of the same name that the corpus knows beyond what the rules below find: the engine's CorpusStats
 * (variants learnt from the articles at index time, and the aliases declared in corpus/aliases.yaml).
 */
export interface NameVariants {
  variantsOf(folded: string): string[];
  /** The corpus's lexicon (its glossary over the shipped one); the shipped one when absent. */
  readonly lexicon?: Lexicon;
}

/** A text's words as names are looked up in. */
export interface NameWords {
  /** Folded words, hyphenated compounds also split into their parts; "Amsterdam's" → "amsterdam". */
  all: ReadonlySet<string>;
  /** Folded words the text writes with a capital (parts of compounds too): the ones that can be names. */
  capitals: ReadonlySet<string>;
  /** Transliteration keys (`nameKey`) of those. */
  keys: ReadonlySet<string>;
}

/** The word itself, or a word sharing a prefix of at least 4 letters and ¾ of it ("Brazilian"/"Braziliaanse"). */
function sameWord(name: string, words: ReadonlySet<string>): boolean {
  if (words.has(name)) return true;
  const need = Math.max(4, Math.ceil(name.length * 0.75));
  if (name.length >= 4) for (const w of words) if (commonPrefix(name, w) >= need) return true;
  return false;
}

/** Every word of a phrase from the lexicon is one the text writes with a capital ("verenigde staten"). */
function phraseIn(phrase: string, words: NameWords): boolean {
  const parts = fold(phrase)
    .split(/[\s-]+/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => sameWord(p, words.capitals));
}

/** Translations of a folded word by the bilingual lexicon, both ways. */
function translations(word: string, lexicon: Lexicon): string[] {
  return PACKS.flatMap((from) =>
    PACKS.filter((to) => to !== from).flatMap((to) => lexicon.translateTerm(word, from.code, to.code)),
  );
}

/**
 * Whether a (folded) name from the answer is found among a text's words, by the general rules the answerer also
 * uses, never by a list of this corpus's names:
 * - the same word, or one sharing a prefix of at least 4 letters and ¾ of the name ("Brazilian"/"Braziliaanse");
 * - the same transliteration key (`nameKey`: "Yeltsin"/"Jeltsin", "Uzbekistan"/"Oezbekistan");
 * - a spelling the corpus gives the same name (`variants`, from the engine's CorpusStats);
 * - a translation in the bilingual lexicon that the text writes with a capital ("Germany"/"Duitsland");
 * - for an acronym: a phrase of the lexicon with those initials, or its translation ("EU"/"Europese Unie").
 */
export function nameIn(
  name: string,
  words: NameWords,
  opts: { variants?: NameVariants; acronym?: boolean } = {},
): boolean {
  if (sameWord(name, words.all)) return true;
  const key = nameKey(name);
  if (key.length >= 3 && words.keys.has(key)) return true;
  if (opts.variants?.variantsOf(name).some((v) => sameWord(v, words.all))) return true;
  const lexicon = opts.variants?.lexicon ?? baseLexicon();
  if (translations(name, lexicon).some((t) => phraseIn(t, words))) return true;
  if (!opts.acronym) return false;
  return lexicon
    .phrasesWithInitials(name)
    .some((p) => phraseIn(p, words) || translations(p, lexicon).some((t) => phraseIn(t, words)));
}

/** A text's words for name lookups (NameWords). */
export function nameWords(text: string): NameWords {
  const all = new Set<string>();
  for (const m of fold(text).matchAll(/\p{L}+(?:['-]\p{L}+)*/gu)) {
    const w = m[0].replace(/'s$/, '');
    all.add(w);
    if (w.includes('-')) for (const part of w.split('-')) if (part) all.add(part);
  }
  const capitals = new Set<string>();
  for (const m of text.matchAll(WORD)) for (const p of capitalisedParts(m[0])) capitals.add(fold(p));
  return namesOnly(capitals, all);
}

/** NameWords of a set of folded capitalised words, looked up among themselves (and `all`, when given). */
function namesOnly(capitals: ReadonlySet<string>, all: ReadonlySet<string> = capitals): NameWords {
  return { all, capitals, keys: new Set([...capitals].map(nameKey).filter((k) => k.length >= 3)) };
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
/** Before a word, one of these means a clause starts there: quoted speech, "X: Y", or the line itself. */
const CLAUSE_START = /[“„"‘«:]/u;

interface Token {
  word: string;
  /** First word of the sentence or of a quotation / clause after a colon. */
  atStart: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(prevEnd, m.index);
    out.push({ word: m[0], atStart: out.length === 0 || CLAUSE_START.test(gap) });
    prevEnd = m.index! + m[0].length;
  }
  return out;
}

/** Capitalised parts of a word ("Zuid-Afrikaanse" → Zuid, Afrikaanse; "VN-chef" → VN), possessive dropped. */
function capitalisedParts(word: string): string[] {
  return word
    .replace(/['’]s$/, '')
    .split(/[-'’]/)
    .filter((p) => p.length >= 2 && /^\p{Lu}/u.test(p));
}

const isAllCaps = (p: string) => p.length >= 2 && p === p.toUpperCase() && /\p{Lu}/u.test(p);

/** Folded words a text capitalises mid-sentence: what the passages use as names. */
function midSentenceNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of splitPlain(text))
    for (const t of tokens(sentence)) if (!t.atStart) for (const p of capitalisedParts(t.word)) out.add(fold(p));
  return out;
}

function splitPlain(text: string): string[] {
  const seg = new Intl.Segmenter('nl', { granularity: 'sentence' });
  return text.split('\n').flatMap((line) => [...seg.segment(line)].map((s) => s.segment));
}

// ---------------------------------------------------------------------------------------------------------------
// Facts

interface Evidence {
  numbers: Set<number>;
  dates: Set<string>;
  words: NameWords;
}

/** What a passage can support: its text plus the header the prompt showed (title, outlet, date). */
function evidenceOf(s: Source): Evidence {
  const header = `${s.article.title}\n${s.article.outlet}`;
  const text = `${header}\n${sourceText(s)}`;
  const numbers = new Set(
    findNumbers(`${text}\n${s.article.date.replace(/-/g, ' ')}`, { smallWords: true }).map((n) => n.value),
  );
  const dates = datesIn(text);
  const [y, mo, d] = s.article.date.split('-').map(Number);
  if (mo) dates.add(`month:${mo}`);
  if (y && mo && d) dates.add(`weekday:${new Date(Date.UTC(y, mo - 1, d)).getUTCDay()}`);
  return { numbers, dates, words: nameWords(text) };
}

/** Month and weekday names a passage mentions, in either language and any case. */
function datesIn(text: string): Set<string> {
  const dates = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const f = fold(m[0]);
    const month = monthNumber(f);
    if (month) dates.add(`month:${month}`);
    const di = Math.max(DAYS_NL.indexOf(f), DAYS_EN.indexOf(f));
    if (di >= 0) dates.add(`weekday:${di}`);
  }
  return dates;
}

/** List markers at the start of a line: "• ", "- ", "* ", "1. ", "2) ". */
const LIST_MARKER = /^\s*(?:[-*•·]|\d{1,2}[.)])\s+/;

interface RawFact {
  kind: FactKind;
  text: string;
  key: string;
}

/**
 * The checkable claims of one sentence (markers already blanked):
 * - numbers: every value findNumbers reads ("10,000" = "10.000" = "ten thousand");
 * - dates: month and weekday names, English or Dutch (years and days are numbers);
 * - names: capitalised words (each part of a hyphenated word), except NOT_NAMES and dates. The first word of a
 *   sentence, quotation or post-colon clause is capitalised anyway, so there it counts as a name only if it is in
 *   capitals (UNESCO), the answer capitalises it elsewhere mid-sentence, or the passages use it as a name.
 */
function factsOf(sentence: string, answerNames: ReadonlySet<string>, sourceNames: NameCheck): RawFact[] {
  const facts: RawFact[] = [];
  for (const n of findNumbers(sentence)) facts.push({ kind: 'number', text: n.text, key: String(n.value) });
  for (const t of tokens(sentence)) {
    const date = dateKey(t.word);
    if (date) {
      facts.push({ kind: 'date', text: t.word, key: date });
      continue;
    }
    for (const part of capitalisedParts(t.word)) {
      const f = fold(part);
      if (NOT_NAMES.has(f) || dateKey(part)) continue;
      if (t.atStart && !isAllCaps(part) && !answerNames.has(f) && !nameIn(f, sourceNames.words, sourceNames)) continue;
      facts.push({ kind: 'name', text: part, key: f });
    }
  }
  const seen = new Set<string>();
  return facts.filter((x) => !seen.has(`${x.kind}:${x.key}`) && !!seen.add(`${x.kind}:${x.key}`));
}

/** Where the names of an answer are looked up, and the corpus's own spellings of them. */
interface NameCheck {
  words: NameWords;
  variants?: NameVariants;
}

function supports(e: Evidence, fact: RawFact, variants: NameVariants | undefined): boolean {
  if (fact.kind === 'number') return e.numbers.has(Number(fact.key));
  if (fact.kind === 'date') return e.dates.has(fact.key);
  return nameIn(fact.key, e.words, { variants, acronym: isAllCaps(fact.text) });
}

// ---------------------------------------------------------------------------------------------------------------
// Sentences of the answer

interface Piece {
  text: string;
  line: number;
  marker: string;
}

/** Short forms a sentence segmenter may wrongly end a sentence at. */
const ABBREVIATION_END = /(?:\b(?:\p{L}\.){2,}|\b(?:ca|c|o\.a|bijv|resp|approx|vs|nr|mr|dr|st|e\.g|i\.e)\.)\s*$/iu;

/** Lines, then sentences (Intl.Segmenter); citation markers that open a sentence go back to the one before. */
export function splitAnswer(text: string, lang: Lang): Piece[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: Piece[] = [];
  text.split('\n').forEach((raw, line) => {
    const marker = LIST_MARKER.exec(raw)?.[0] ?? '';
    const body = raw.slice(marker.length);
    const parts: string[] = [];
    for (const s of seg.segment(body)) {
      let t = s.segment;
      const lead = LEADING_MARKERS.exec(t);
      if (lead && parts.length) {
        parts[parts.length - 1] = `${parts[parts.length - 1]!.trimEnd()} ${lead[1]!.trim()}`;
        t = t.slice(lead[0].length);
      }
      if (!t.trim()) continue;
      const prev = parts[parts.length - 1];
      // "ca. 10.000 …", "the U.S. Department …": the segmenter broke inside a sentence.
      if (prev !== undefined && (/^\s*[\p{Ll}\p{N}]/u.test(t) || ABBREVIATION_END.test(prev)))
        parts[parts.length - 1] = `${prev.trimEnd()} ${t.trim()}`;
      else parts.push(t);
    }
    for (const p of parts) if (/[\p{L}\p{N}]/u.test(p)) out.push({ text: p.trim(), line, marker: marker.trim() });
  });
  return out;
}

/**
 * Validates a generated answer against the numbered sources it was given. Rules, per sentence:
 * 1. every [n] it cites must be one of the sources, else it is removed (unknown-citation);
 * 2. without any [n] it is kept only if it states no number, name or date (pure framing), else removed (uncited-fact);
 * 3. every number, date and name in it must occur in the union of the sources it cites, else it is removed
 *    (unsupported-number / -date / -name).
 * The answer as a whole falls back when nothing is left (empty), no kept sentence cites a source (no-citations), or
 * more than a third of its sentences were removed (too-many-removed).
 * `variants` are the corpus's own spellings of names (the engine's CorpusStats), when known.
 */
export function validate(answer: string, sources: readonly Source[], lang: Lang, variants?: NameVariants): Validation {
  const byN = new Map(sources.map((s) => [s.n, s]));
  const evidence = new Map(sources.map((s) => [s.n, evidenceOf(s)]));
  const pieces = splitAnswer(answer, lang);
  const answerNames = midSentenceNames(pieces.map((p) => blankUrls(blankMarkers(p.text))).join('\n'));
  const used = new Set<string>();
  for (const s of sources) for (const w of midSentenceNames(`${s.article.title}\n${sourceText(s)}`)) used.add(w);
  const sourceNames: NameCheck = { words: namesOnly(used), variants };

  const sentences: CheckedSentence[] = pieces.map((p) => {
    const cites = citationsIn(p.text);
    const raw = factsOf(blankUrls(blankMarkers(p.text)), answerNames, sourceNames); // a link's digits are no figure
    const facts: Fact[] = raw.map((f) => ({
      ...f,
      supportedBy: cites.filter((n) => evidence.has(n) && supports(evidence.get(n)!, f, variants)),
    }));
    const base = { text: p.text, line: p.line, marker: p.marker, cites, facts };
    const unknown = cites.find((n) => !byN.has(n));
    if (unknown !== undefined)
      return { ...base, kept: false, reason: 'unknown-citation' as const, detail: `[${unknown}]` };
    // A link the articles do not give (a phishing URL, also inside a masked link) is never passed on.
    const url = urlsIn(p.text).find((u) => !cites.some((n) => linksTo(byN.get(n)!, u)));
    if (url !== undefined) return { ...base, kept: false, reason: 'unsupported-url' as const, detail: url };
    if (cites.length === 0) {
      return facts.length
        ? { ...base, kept: false, reason: 'uncited-fact' as const, detail: facts[0]!.text }
        : { ...base, kept: true };
    }
    for (const kind of ['number', 'date', 'name'] as const) {
      const bad = facts.find((f) => f.kind === kind && f.supportedBy.length === 0);
      if (bad) return { ...base, kept: false, reason: `unsupported-${kind}` as const, detail: bad.text };
    }
    return { ...base, kept: true };
  });

  const removed = sentences.filter((s) => !s.kept);
  const kept = sentences.filter((s) => s.kept);
  const cited: number[] = [];
  for (const s of kept) for (const n of s.cites) if (!cited.includes(n)) cited.push(n);
  const fallback: ValidationFallback | undefined =
    kept.length === 0
      ? 'empty'
      : cited.length === 0
        ? 'no-citations'
        : removed.length > sentences.length * MAX_REMOVED_SHARE
          ? 'too-many-removed'
          : undefined;
  const blankLines = answer.split('\n').flatMap((l, i) => (l.trim() ? [] : [i]));
  return { sentences, removed, cited, ...(fallback ? { fallback } : {}), blankLines };
}

// ---------------------------------------------------------------------------------------------------------------
// From validated sentences to the shown answer

export interface CitedSpan {
  /** The new [n] in the rebuilt answer. */
  n: number;
  source: Source;
  start: number;
  end: number;
}

/**
 * The part of a source a citation quotes: the sentences holding the numbers and dates the answer took from it
 * (first to last, so the quote stays one verbatim span), else the sentence with the most of its names, else the
 * whole passage.
 */
export function quoteSpan(source: Source, facts: readonly Fact[]): { start: number; end: number } {
  const sents = source.sentences.length ? source.sentences : [{ start: source.start, end: source.end }];
  const body = source.article.body;
  const info = sents.map((s) => {
    const text = body.slice(s.start, s.end);
    return {
      ...s,
      numbers: new Set(findNumbers(text).map((n) => String(n.value))),
      words: nameWords(text),
      dates: datesIn(text),
    };
  });
  const exact = facts.filter((f) => f.kind !== 'name');
  const chosen = info.filter((s) =>
    exact.some((f) => (f.kind === 'number' ? s.numbers.has(f.key) : s.dates.has(f.key))),
  );
  if (chosen.length) return { start: chosen[0]!.start, end: chosen[chosen.length - 1]!.end };
  const names = facts.filter((f) => f.kind === 'name');
  let best: (typeof info)[number] | undefined;
  let bestCount = 0;
  for (const s of info) {
    const count = names.filter((f) => nameIn(f.key, s.words, { acronym: isAllCaps(f.text) })).length;
    if (count > bestCount) [best, bestCount] = [s, count];
  }
  return best ? { start: best.start, end: best.end } : { start: source.start, end: source.end };
}

/**
 * Rebuilds the answer from its kept sentences (lines and list markers preserved) with citations renumbered 1..k in
 * order of first appearance, and returns the span each new number quotes. Two sources whose quotes come out as the
 * same span share one number.
 */
export function rebuild(v: Validation, sources: readonly Source[]): { text: string; spans: CitedSpan[] } {
  const byN = new Map(sources.map((s) => [s.n, s]));
  const kept = v.sentences.filter((s) => s.kept);
  const factsBySource = new Map<number, Fact[]>();
  for (const s of kept)
    for (const f of s.facts) for (const n of f.supportedBy) factsBySource.set(n, [...(factsBySource.get(n) ?? []), f]);
  const renumber = new Map<number, number>();
  const spans: CitedSpan[] = [];
  for (const n of v.cited) {
    const source = byN.get(n)!;
    const span = quoteSpan(source, factsBySource.get(n) ?? []);
    const same = spans.find(
      (x) => x.source.article.id === source.article.id && x.start === span.start && x.end === span.end,
    );
    if (same) renumber.set(n, same.n);
    else {
      spans.push({ n: spans.length + 1, source, ...span });
      renumber.set(n, spans.length);
    }
  }
  const lines = new Map<number, { marker: string; parts: string[] }>();
  for (const s of kept) {
    const text = s.text.replace(MARKER, (m) => {
      const ns = [...new Set((m.match(/\d+/g) ?? []).map((d) => renumber.get(Number(d))!))];
      return `[${ns.join(', ')}]`;
    });
    const l = lines.get(s.line) ?? lines.set(s.line, { marker: s.marker, parts: [] }).get(s.line)!;
    l.parts.push(text);
  }
  // Paragraph breaks stay (one blank line), whatever was removed around them.
  const out: string[] = [];
  let prev: number | undefined;
  for (const [line, l] of lines) {
    if (prev !== undefined && v.blankLines.some((b) => b > prev! && b < line)) out.push('');
    out.push(`${l.marker ? `${l.marker} ` : ''}${l.parts.join(' ')}`);
    prev = line;
  }
  const text = out.join('\n');
  return { text, spans };
}
