import type { Article } from '../corpus/article.js';
import { fold, pack } from '../lang/index.js';
import type { LanguagePack } from '../lang/types.js';

/** What a language pack says of where sentences end. */
type Words = Pick<LanguagePack, 'abbreviations' | 'titles' | 'stopwords'>;

export interface Sentence {
  articleId: string;
  /** Offsets into article.body; text === body.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Index of the sentence within its article, to find neighbours. */
  index: number;
}

/**
 * V8's Intl.Segmenter slows down with the number of sentences in one call (25,000 sentences on one line: 12 s), so
 * long lines are fed to it in windows of about this many characters; each window's last, possibly cut, sentence
 * starts the next window. Total work is then linear in the article's length.
 */
const WINDOW = 4000;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Sentences of an article with exact offsets. The Unicode sentence segmenter (UAX #29) does the splitting; a line
 * break always ends a sentence (headlines, captions and bylines stand alone); a break after an abbreviation of the
 * article's language pack ("Fort St. Louis", "the U.S. Army", "o.a. Amsterdam") or an initial ("John F. Kennedy") is
 * undone. Whitespace around a sentence is left out of its span, so every quote is a clean verbatim substring.
 */
export function splitSentences(article: Pick<Article, 'id' | 'body' | 'language'>): Sentence[] {
  const body = article.body;
  const spans: [number, number][] = [];
  let lineStart = 0;
  while (lineStart < body.length) {
    const nl = body.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? body.length : nl;
    segmentLine(body, lineStart, lineEnd, segmenter(article.language), spans);
    lineStart = lineEnd + 1;
  }
  const merged = joinAbbreviations(body, spans, pack(article.language));
  return merged.map(([start, end], index) => ({
    articleId: article.id,
    start,
    end,
    text: body.slice(start, end),
    index,
  }));
}

function segmentLine(body: string, from: number, to: number, seg: Intl.Segmenter, out: [number, number][]): void {
  let at = from;
  while (at < to) {
    let stop = Math.min(to, at + WINDOW);
    let parts = [...seg.segment(body.slice(at, stop))];
    // A window that ends mid-line ends mid-sentence: keep its whole sentences, start the next window at the last one.
    while (stop < to && parts.length < 2) {
      stop = Math.min(to, at + (stop - at) * 2);
      parts = [...seg.segment(body.slice(at, stop))];
    }
    const keep = stop < to ? parts.slice(0, -1) : parts;
    for (const p of keep) push(body, at + p.index, at + p.index + p.segment.length, out);
    at = stop < to ? at + parts.at(-1)!.index : to;
  }
}

/** Adds the span without its surrounding whitespace, if it holds a letter or a digit. */
function push(body: string, start: number, end: number, out: [number, number][]): void {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (/[\p{L}\p{N}]/u.test(body.slice(start, end))) out.push([start, end]);
}

/** The word before a sentence's final dot: "St", "u.s", "bijv", or an initial "F". */
const LAST_WORD = /(?:^|[\s(“"‘'„])((?:\p{L}\.)*\p{L}+)\.$/u;

/**
 * A break after an abbreviation or an initial, on the same line, is no sentence end, unless the next sentence
 * opens with a function word ("… in the U.S. The war …"): then the dot ended the sentence too. Nor is a break after
 * an ellipsis with a space before it.
 */
function joinAbbreviations(body: string, spans: [number, number][], p: Words): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    if (prev && joins(body, prev, span, p)) prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * "… we found HCoV-OC43\n\nto be the most common species …": text broken mid-sentence (a PDF's or a scraper's line
 * break) goes on after at most one blank line in lower case, the line before it ending in a letter or digit. A line
 * of one word and no closing mark goes on nothing: "Ann Lee\n\nann.lee@uni.example" is a name and an address.
 */
function brokenLine(body: string, prev: [number, number], next: [number, number], gap: string): boolean {
  const line = body.slice(next[0]).split('\n', 1)[0]!.trim();
  return (
    /^[^\S\n]*\n[^\S\n]*(?:\n[^\S\n]*)?$/.test(gap) &&
    /[\p{L}\p{N}]$/u.test(body.slice(prev[0], prev[1])) &&
    /^\p{Ll}/u.test(body.slice(next[0], next[0] + 1)) &&
    !(/^\S+$/u.test(line) && /[\p{L}\p{N}]$/u.test(line))
  );
}

/** A quotation of several sentences is kept whole up to this length, so its closing "…", zei ze" stays with it. */
const MAX_QUOTATION = 400;

/**
 * The sentence before opens a quotation that closes further on the line: ""Zwemles is geen luxe. Dit bad gaat veertig
 * jaar mee", zei ze." is one sentence, or the words quoted first lose who said them.
 */
function inQuotation(body: string, prev: [number, number], next: [number, number]): boolean {
  const before = body.slice(prev[0], prev[1]);
  const line = body.slice(next[0], prev[0] + MAX_QUOTATION).split('\n')[0]!;
  if ((before.match(/"/g) ?? []).length % 2 === 1) return line.includes('"');
  return opened(before) > 0 && /[”»]/.test(line);
}

/** Curly and low quotation marks opened and not closed (negative: closed and not opened). */
function opened(text: string): number {
  return (text.match(/[“„«]/g) ?? []).length - (text.match(/[”»]/g) ?? []).length;
}

function joins(body: string, prev: [number, number], next: [number, number], p: Words): boolean {
  const gap = body.slice(prev[1], next[0]);
  if (gap.includes('\n')) return brokenLine(body, prev, next, gap);
  if (inQuotation(body, prev, next)) return true;
  // "… as you'll recall from What is Anthropology? is called enculturation.": a title quoted in running text ends in
  // its own mark, and the sentence goes on in lower case. Not after "!", which loose writing ends sentences with
  // before a lower-case word ("… over the sea! some fine old farm houses …").
  if (/\?[”"’»)]*$/u.test(body.slice(prev[0], prev[1])) && /^\p{Ll}/u.test(body.slice(next[0], next[0] + 1)))
    return true;
  // An ellipsis set apart by a space leaves words out mid-sentence ("Seven Days ... Seven Nights"); one that ends a
  // sentence follows its last word ("and then...").
  if (/\s(?:\.\.\.|…)$/u.test(body.slice(prev[0], prev[1]))) return true;
  const last = LAST_WORD.exec(body.slice(Math.max(prev[0], prev[1] - 40), prev[1]));
  if (!last) return false;
  const word = fold(last[1]!);
  const initial = /^\p{Lu}$/u.test(last[1]!);
  if (!initial && !p.abbreviations.has(word)) return false;
  if (p.titles.has(word)) return true;
  // "the U.S. (Playhouse Square Center), …": the next word after an opening bracket or quotation mark.
  const first = fold(/^[([“"‘'„]*([\p{L}\p{N}]+)/u.exec(body.slice(next[0], next[0] + 40))?.[1] ?? '');
  return first !== '' && !p.stopwords.has(first);
}
