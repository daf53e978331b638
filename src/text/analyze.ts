import { detectLanguage, fold, PACKS, pack } from '../lang/index.js';
import { BoundedMap, perLanguage } from './bounded-map.js';
import { findNumbers, parseNumberToken } from './numbers.js';

export { detectLanguage, fold };
/** A language code with a language pack (nl, en, …). */
export type Lang = string;

/** Word tokens, folded, with numbers unified ("10.000" and "10,000" → "10000"; "drieduizend" → "3000"). */
export function words(text: string): string[] {
  if (text.length > SHORT) return analyse(text);
  // Short texts are mostly single words, analysed over and over (a word's stems, a token's title): read once.
  let known = shortWords.get(text);
  if (known === undefined) {
    known = analyse(text);
    shortWords.set(text, known);
  }
  return known.slice(); // the caller's own array, as from analyse
}

const SHORT = 32;
const shortWords = new BoundedMap<string, string[]>(100_000);

const ORDINAL_OR_UNIT = /^\p{L}{1,3}$/u;

/** A word's part: an identifier of a few letters and digits ("A12", "H5N1", "OC43", "X2"), or letters. */
const PART = String.raw`(?:\p{L}{1,4}\d[\p{L}\d]*|\p{L}+)`;
/**
 * Numbers ("10.000" as one; "4 500", thousands set apart by spaces as Dutch and French write them, too: groups of
 * exactly three digits after the first, so "artikel 3 2" stays two), then words of hyphenated parts. An identifier is
 * one word as the articles mean it, not a letter and a count; a longer word before a number ("COVID19") is the word
 * and the number, as "COVID-19" is.
 */
const WORD = new RegExp(
  String.raw`\d{1,3}(?:[.,]\d{3})+(?!\d)|(?<!\d)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![.,]?\d)|\d+|${PART}(?:-${PART})*`,
  'gu',
);

function analyse(text: string): string[] {
  const out: string[] = [];
  for (const m of joinNumberPhrases(fold(markAbbreviations(text))).matchAll(WORD)) {
    const w = m[0];
    // "33rd", "21ste", "3e", "5km": letters glued after a number mark an ordinal or a unit, no word of their own
    // ("rd" is no mention of the RD).
    if (ORDINAL_OR_UNIT.test(w) && m.index > 0 && /\d/.test(m.input[m.index - 1]!)) continue;
    const n = /^\d/.test(w) || /(?:duizend|honderd)$/.test(w) ? parseNumberToken(w) : undefined;
    if (n !== undefined) out.push(String(n));
    // Hyphenated compounds count as their parts ("zuid-afrikaanse" → zuid, afrikaanse).
    else if (w.includes('-')) out.push(...w.split('-'));
    else out.push(w);
  }
  return out;
}

/** Appended to an abbreviation that folds to a stop word: a letter (U+02BC) fold keeps, so the word stays one token. */
export const ABBREVIATION_MARK = 'ʼ';
const CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{2,5}(?![\p{L}\p{N}])/gu;

/**
 * "US", "WHO", "IT": a word of 2–5 capitals that folds to a stop word is an abbreviation, not the pronoun or question
 * word. It gets ABBREVIATION_MARK, so stop-word lists keep it and "the US" never meets "us". A line typed in capitals
 * throughout ("DE HAVEN GAAT DICHT") keeps its plain words.
 */
export function markAbbreviations(text: string): string {
  if (!/\p{Lu}{2}/u.test(text)) return text;
  return text.replace(/[^\n]+/g, (line) => {
    const letters = line.match(/\p{L}/gu) ?? [];
    if (letters.filter((c) => c !== c.toLowerCase()).length > letters.length / 2) return line;
    // Two such words in a row ("IN DE OORLOG") are shouting, not abbreviations.
    const shouted = (at: number, w: string) =>
      [
        /(\p{Lu}+)\s+$/u.exec(line.slice(0, at))?.[1],
        /^\s+(\p{Lu}+)(?![\p{L}])/u.exec(line.slice(at + w.length))?.[1],
      ].some((x) => x !== undefined && ANY_STOP.has(fold(x)));
    return line.replace(CAPITALS, (w, at: number) =>
      ANY_STOP.has(fold(w)) && !shouted(at, w) ? `${w}${ABBREVIATION_MARK}` : w,
    );
  });
}

/** "ten thousand" → "10000", so multi-word numbers become one token as "10.000" does. */
function joinNumberPhrases(text: string): string {
  if (!/\b(?:thousand|hundred|million|billion|miljoen|miljard)\b/.test(text)) return text;
  let out = '';
  let at = 0;
  for (const n of findNumbers(text)) {
    if (!n.text.includes(' ')) continue;
    out += `${text.slice(at, n.start)}${n.value}`;
    at = n.end;
  }
  return out + text.slice(at);
}

/** Snowball stemming is the hot spot of indexing large corpora; words repeat, so stems are cached (bounded). */
const stemCache = perLanguage<string>(200_000);

export function stem(word: string, lang: Lang): string {
  if (/^\d+$/.test(word)) return word;
  const cache = stemCache(lang);
  let s = cache.get(word);
  if (s === undefined) {
    s = pack(lang).stem(word);
    cache.set(word, s);
  }
  return s;
}

/** Stop words of every pack: a document's words are compared with questions in any language. */
const ANY_STOP = new Set(PACKS.flatMap((p) => [...p.stopwords]));

/** A stop word of the given language, or of any pack when no language is given. */
export function isStopword(word: string, lang?: Lang): boolean {
  return lang === undefined ? ANY_STOP.has(word) : pack(lang).stopwords.has(word);
}

/**
 * A capital letter standing alone as a label ("point B", "vitamin C", "Plan B"), no initial before a name ("J. Smith")
 * nor a word of one letter ("A", "I"): folded, the letters of a text that are words of it though one letter long.
 */
export function letterLabels(text: string, lang: Lang): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(LABEL)) {
    const w = fold(m[0]);
    if (!isStopword(w, lang) && !pack(lang).letterWords?.has(w)) out.add(w);
  }
  return [...out];
}

const LABEL = /(?<![\p{L}\p{N}.'’&-])\p{Lu}(?![\p{L}\p{N}'’&-]|\.\s*\p{Lu})/gu;

/** Content terms of a text: folded words, stop words removed, stemmed in the given language. */
export function terms(text: string, lang: Lang): string[] {
  return words(text)
    .filter((w) => !ANY_STOP.has(w) && (w.length > 1 || /\d/.test(w)))
    .map((w) => stem(w, lang));
}
