import { fold, type LanguagePack, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import { hasForm } from './evidence.js';
import type { Group, Question } from './question.js';

/** An ordinal and the word after it, in folded text: "tenth stage", "10th stage", "derde etappe", "3e etappe". */
const ORDINAL_THEN_WORD = /(?<![\p{L}\p{N}])([\p{L}-]+|\d{1,3}(?:st|nd|rd|th|e|de|ste))(?=\s+(\p{L}[\p{L}'’]*))/gu;
const NUMERIC = /^(\d{1,3})(?:st|nd|rd|th|e|de|ste)$/;

/** Each ordinal in the text with the word after it ("tenth stage" → 10, "stage"). */
function ordinalsIn(text: string, p: LanguagePack): { value: number; word: string }[] {
  const out: { value: number; word: string }[] = [];
  for (const m of fold(text).matchAll(ORDINAL_THEN_WORD)) {
    const value = p.time.ordinals[m[1]!] ?? (NUMERIC.test(m[1]!) ? Number(NUMERIC.exec(m[1]!)![1]) : undefined);
    if (value !== undefined) out.push({ value, word: m[2]! });
  }
  return out;
}

/** "Who won the tenth stage?": the ordinal the question puts before one of its words other than a name. */
export function statedOrdinal(q: Question): { value: number; group: Group } | undefined {
  for (const { value, word } of ordinalsIn(q.text, q.pack)) {
    const group = q.groups.find((g) => g.id === word && !g.name);
    if (group) return { value, group };
  }
  return undefined;
}

/**
 * The unit numbers the asked thing otherwise, and never as asked: "Moreau won the ninth stage" says nothing of the
 * tenth, in any language ("de negende etappe").
 */
export function numbersOtherwise(c: Candidate, stated: { value: number; group: Group }): boolean {
  const lang = c.article.language;
  const same = ordinalsIn(c.unit.text, pack(lang)).filter(({ word }) => hasForm(stated.group, lang, stem(word, lang)));
  return same.length > 0 && same.every(({ value }) => value !== stated.value);
}
