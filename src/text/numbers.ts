import currencyCodes from 'currency-codes';
import { type LanguagePack, PACKS } from '../lang/index.js';
import { BoundedMap } from './bounded-map.js';

/**
 * Numbers as written in running text: "10.000", "10,000", "10 000", "1500", "drieduizend", "ten thousand",
 * "2,5 miljoen". Everything is reduced to a number so "10.000" in an article matches "10,000" in a question. Number
 * words come from every language pack unless the text's language is given: a Dutch question meets an English
 * article's figures and back, but in a Dutch article "ten minste" is no 10.
 */
const wordsOf = (packs: readonly LanguagePack[]) => ({
  packs,
  units: new Map<string, number>(packs.flatMap((p) => Object.entries(p.numbers.units))),
  scales: new Map<string, number>(packs.flatMap((p) => Object.entries(p.numbers.scales))),
  /** Scales after a number: the words, and their short forms ("2 mln"). */
  after: new Map<string, number>([
    ...packs.flatMap((p) => Object.entries(p.numbers.scales)),
    ...packs.flatMap((p) => Object.entries(p.numbers.scaleSymbols)),
  ]),
});
type NumberWords = ReturnType<typeof wordsOf>;
const ANY = wordsOf(PACKS);
const BY_LANG = new Map(PACKS.map((p) => [p.code, wordsOf([p])]));
/** The number words to read a text with: its language's, or every pack's when unknown or without a pack. */
const wordsFor = (lang?: string): NumberWords => (lang && BY_LANG.get(lang)) || ANY;

function wordValue(word: string, w: NumberWords = ANY): number | undefined {
  const unit = w.units.get(word) ?? w.scales.get(word);
  if (unit !== undefined) return unit;
  // Every word of a text is asked about, and words repeat: the packs' compound parsers (regular expressions) run once
  // per distinct word. Bounded, so a long-running process cannot grow it forever.
  const key = w === ANY ? word : `${w.packs[0]!.code}:${word}`;
  const known = compounds.get(key);
  if (known !== undefined || compounds.has(key)) return known;
  let value: number | undefined;
  for (const p of w.packs) {
    value = p.numbers.compound?.(word);
    if (value !== undefined) break;
  }
  compounds.set(key, value);
  return value;
}

const compounds = new BoundedMap<string, number | undefined>(100_000);

/** Parses one written number token (digits with thousands separators, or a number word). */
export function parseNumberToken(token: string): number | undefined {
  const t = token.toLowerCase();
  if (/^\d{1,3}([.,]\d{3})+$/.test(t) || SPACED.test(t)) return Number(t.replace(/[.,\s]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return wordValue(t);
}

export interface NumberMention {
  value: number;
  text: string;
  start: number;
  end: number;
}

/** Thousands set apart by a space, as science and French write them: "250 000", "1 000 000" (also non-breaking). */
const SPACED = /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/;
const NUMBER_RE = /\d{1,3}(?:[.,]\d{3})+(?!\d)|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?|[\p{L}]+/gu;

/** ISO 4217 codes ("CUC", "NZD", "IRR"), from the currency-codes package: no language's words, so kept here. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(currencyCodes.codes());

/** A word that is a currency's code, written in capitals: "ALL" and "TOP" are codes, "all" and "top" words. */
export function isCurrencyCode(word: string): boolean {
  return CURRENCY_CODES.has(word.replace(/[.,;:)]+$/, ''));
}

/** A currency's code written onto the digits, before ("IRR200,000", "CHF30") or after ("20USD"): money, no name. */
const GLUED_CODE_BEFORE = /(?<!\p{L})([A-Z]{3})$/u;
const GLUED_CODE_AFTER = /^([A-Z]{3})(?!\p{L})/u;

/**
 * Digits written onto letters name a thing, they count nothing: "COVID-19", "SARS-CoV-2", "G20", "A12", "F-16".
 * A currency's code is the exception: "IRR200,000" is an amount.
 */
function isDesignation(text: string, at: number): boolean {
  if (!/\p{L}-?$/u.test(text.slice(Math.max(0, at - 2), at))) return false;
  const code = GLUED_CODE_BEFORE.exec(text.slice(Math.max(0, at - 4), at))?.[1];
  return !(code && isCurrencyCode(code));
}

/**
 * Finds numbers in running text with their offsets: digit groups ("3.000", "1500"), decimals ("2,5"), number words
 * ("drieduizend", "ten thousand") and a scale after a number ("2,5 miljoen"). Years are returned too; callers decide
 * what counts. Small number words alone ("een", "one") are far more often articles than numbers and are left out,
 * unless `smallWords` asks for those from two up (a caller that checks the counted noun follows: "six cases").
 */
export function findNumbers(text: string, opts: { smallWords?: boolean; lang?: string } = {}): NumberMention[] {
  const w = wordsFor(opts.lang);
  const out: NumberMention[] = [];
  const tokens = [...text.matchAll(NUMBER_RE)];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const raw = tok[0];
    const next = tokens[i + 1];
    let value: number | undefined;
    if (/^\d/.test(raw) && isDesignation(text, tok.index!)) continue;
    if (/^\d/.test(raw)) value = /^\d+[.,]\d{1,2}$/.test(raw) ? Number(raw.replace(',', '.')) : parseNumberToken(raw);
    else value = wordValue(raw.toLowerCase(), w);
    if (value === undefined) continue;
    // A scale word right after it ("2,5 miljoen"), looked for only after a number: most tokens are words.
    const scale =
      next && /^\s+$/.test(text.slice(tok.index! + raw.length, next.index))
        ? w.after.get(next[0].toLowerCase())
        : undefined;
    if (!/^\d/.test(raw)) {
      // "drie" alone is left out (unless asked for, from 2 up: "drie kinderen"); "drie miljoen", "drieduizend" and
      // "duizend" are numbers.
      if (scale === undefined && value < 100 && !(opts.smallWords && value >= 2)) continue;
    }
    let end = tok.index! + raw.length;
    if (scale && value < 1000) {
      value *= scale;
      end = next!.index! + next![0].length;
      i++;
    }
    out.push({ value, text: text.slice(tok.index!, end), start: tok.index!, end });
  }
  return out;
}

/**
 * "a 5-year period", "20-jarige": a number joined to the letters after it qualifies, not counts. (Digits written onto
 * letters before them, "SARS-CoV-2", are no number at all: `findNumbers` leaves them out.) A currency's code after it
 * ("20USD") makes it an amount.
 */
export function joinedToLetters(n: NumberMention, text: string): boolean {
  const after = text.slice(n.end, n.end + 4);
  const code = GLUED_CODE_AFTER.exec(after)?.[1];
  return /^-?\p{L}/u.test(after) && !(code && isCurrencyCode(code));
}
