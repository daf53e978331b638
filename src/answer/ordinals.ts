import { fold, type LanguagePack, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import { hasForm } from './evidence.js';
import type { Group, Question } from './question.js';

/**
 * An ordinal with the words around it, in folded text: "tenth stage", "10th stage", "derde etappe", "3e etappe", and
 * "finished third", "eindigde als derde".
 */
const ORDINAL = /(?<![\p{L}\p{N}])([\p{L}-]+|\d{1,3}(?:st|nd|rd|th|e|de|ste))(?![\p{L}\p{N}])/gu;
const NUMERIC = /^(\d{1,3})(?:st|nd|rd|th|e|de|ste)$/;

interface Ordinal {
  value: number;
  /** The word after it ("stage" of "tenth stage"), and the content word before it ("finished" of "finished third"). */
  after: string;
  before: string;
}

/** An ordinal a question states, with the word it numbers and on which side of it that word stands. */
export interface StatedOrdinal {
  value: number;
  group: Group;
  side: 'after' | 'before';
}

/** Each ordinal in the text with the words around it. */
function ordinalsIn(text: string, p: LanguagePack): Ordinal[] {
  const out: Ordinal[] = [];
  const folded = fold(text);
  for (const m of folded.matchAll(ORDINAL)) {
    const value = p.time.ordinals[m[1]!] ?? (NUMERIC.test(m[1]!) ? Number(NUMERIC.exec(m[1]!)![1]) : undefined);
    if (value === undefined) continue;
    const after = /^\s+(\p{L}[\p{L}'’]*)/u.exec(folded.slice(m.index + m[0].length))?.[1] ?? '';
    const words = folded.slice(0, m.index).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const before = words.filter((w) => !p.stopwords.has(w)).at(-1) ?? '';
    // The content word before counts only when no more than a function word stands between ("eindigde als derde").
    const near = words.slice(-2).includes(before);
    out.push({ value, after, before: near ? before : '' });
  }
  return out;
}

/**
 * "Who won the tenth stage?", "Who finished third?": the ordinal the question puts before one of its words other than
 * a name, or after one (a place in a ranking).
 */
export function statedOrdinal(q: Question): StatedOrdinal | undefined {
  for (const { value, after, before } of ordinalsIn(q.text, q.pack)) {
    const group = (id: string) => q.groups.find((g) => g.id === id && !g.name);
    const next = group(after);
    if (next) return { value, group: next, side: 'after' };
    const previous = group(before);
    if (previous) return { value, group: previous, side: 'before' };
  }
  return undefined;
}

/**
 * The unit numbers the asked thing otherwise, and never as asked: "Moreau won the ninth stage" says nothing of the
 * tenth, in any language ("de negende etappe"); "Alemu finished second" nothing of who finished third.
 */
export function numbersOtherwise(c: Candidate, stated: StatedOrdinal): boolean {
  const lang = c.article.language;
  const same = ordinalsIn(c.unit.text, pack(lang)).filter((o) =>
    hasForm(stated.group, lang, stem(o[stated.side], lang)),
  );
  return same.length > 0 && same.every(({ value }) => value !== stated.value);
}

/**
 * The text opens with an ordinal of this value as a list's marker ("Second, workers who specialize …"): the item of
 * that place in a list the text before announces.
 */
export function opensWithOrdinal(text: string, value: number, p: LanguagePack): boolean {
  const word = /^[\s"“‘'(]*([\p{L}]+),/u.exec(fold(text))?.[1];
  return word !== undefined && p.time.ordinals[word] === value;
}

/**
 * "Who finished third?": the unit gives a name that place in its own words, the name right before the ordinal or one
 * word from it ("Boogerd werd derde, Kemna tweede", "Alemu finished third").
 */
export function placesName(text: string, value: number, p: LanguagePack): boolean {
  for (const m of text.matchAll(PLACED)) {
    const [, name = '', ordinal = ''] = m;
    const at = fold(ordinal);
    const placed = p.time.ordinals[at] ?? (NUMERIC.test(at) ? Number(NUMERIC.exec(at)![1]) : undefined);
    if (placed === value && !p.stopwords.has(fold(name))) return true;
  }
  return false;
}

/** A capitalised word, at most one word, then a word that may be an ordinal. */
const PLACED =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+\s+)?([\p{L}]+|\d{1,3}(?:st|nd|rd|th|e|de|ste))(?![\p{L}\p{N}])/gu;
