import { fold, type LanguagePack, pack } from '../lang/index.js';
import { stem, words } from '../text/analyze.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import { isCount, percentAfter } from './count-number.js';
import {
  contentWords,
  countsPeople,
  countsTime,
  endsInForm,
  isUnitWord,
  measureUnits,
  NOUN_WINDOW,
  nounWindow,
  unitAfter,
  wordAfter,
  wordsIn,
} from './count-words.js';
import { hasForm, writesAny } from './evidence.js';
import { isPart, repeatsOfCounted, singleOfCounted } from './kinds.js';
import { oncePerLanguage } from './memo.js';
import type { Group, Question } from './question.js';

/**
 * Whether a number in the text counts what the question qualifies, though not in the asker's noun: "300 Belgian
 * tourists" for "the Belgian group", not "300 Belgian tourists" for "German visitors" nor "32 members" for
 * "inhabitants". With no qualifier, the noun itself must follow. An indefinite quantity before the noun ("millions of
 * shells", "miljoenen artilleriegranaten") counts too: when the articles only say that much, that is their answer.
 */
export function countsInOtherWords(text: string, lang: string, q: Question): boolean {
  const qualifiers = q.counted.slice(0, -1);
  // "How many unfinished story openings" over "seventy beginnings of stories": a qualifier the articles never write
  // cannot follow the number; those they write must.
  const written = qualifiers.filter((g) => g.known);
  const wanted = written.length > 0 ? written : qualifiers.length > 0 ? qualifiers : q.counted;
  const p = pack(lang);
  const follows = (after: string, within: number) => {
    const stems = contentWords(nounWindow(after), p.stopwords)
      .slice(0, within)
      .flatMap((w) => w.split('-').map((x) => stem(x, lang)));
    return (g: Group) => stems.some((x) => hasForm(g, lang, x) || (p.compounds && endsInForm(g, lang, x)));
  };
  const repeats = repeatsOfCounted(text, q, p);
  if (repeats.some((n) => isCount(n, text, q, lang))) return true;
  const numbers = [...findNumbers(text, { smallWords: true, lang }), ...singleOfCounted(text, q, p)].filter((n) =>
    isCount(n, text, q, lang),
  );
  if (numbers.some((n) => wanted.every(follows(text.slice(n.end), NOUN_WINDOW)))) return true;
  // "For how many weeks is the card valid?" over "valid for 30 days": a span of time counts in any unit of time.
  if (countsTime(q) && numbers.some((n) => p.time.units.has(wordAfter(text, n, p)))) return true;
  // "How many kilometres long is the trail?" over "a 220 km hiking trail": a length counts in any unit of length.
  const units = measureUnits(q, lang);
  if (numbers.some((n) => units.has(unitAfter(text, n)))) return true;
  const head = q.counted.at(-1);
  if (!head) return false;
  // "Hoeveel procent …?" over "bedraagt 45%": the sign is the percent word asked; over "het percentage … bedraagt
  // 34,5", the number the sentence gives a percentage.
  if (countsPercent(head, lang) && numbers.length > 0) {
    if (numbers.some((n) => percentAfter(text, n, p.numbers.percent) !== undefined)) return true;
    if (p.shareQuestion.test(fold(text))) return true;
  }
  if (qualifiedInOtherWords(text, lang, q, numbers)) return true;
  // "How many people died" over "3 workers died", "a study of 88,000 adults": people are counted in any plural noun.
  // Not a span of time: "less than six hours a night" counts no people.
  const people = (w: string) => p.pluralNoun.test(w) && !p.time.units.has(w);
  const countsThem = (n: NumberMention) => {
    const after = wordAfter(text, n, p);
    // "the whole editorial staff; all fifteen of us": a number of a group the speaker names by a pronoun.
    if (people(after) || p.ofPeople.test(text.slice(n.end))) return true;
    const before = wordsBefore(text, n, p);
    return (afterVerb(before, p) && !p.pluralNoun.test(after) && !isUnitWord(after, p)) || ofPopulation(before, p);
  };
  if (countsPeople(q) && numbers.some(countsThem)) return true;
  if (countsAnythingAt(numbers, text, p, q)) return true;
  // "Meer dan de helft van de Nederlandse jongeren", "half of the pupils": a part of the noun, as the articles say it.
  // Not "two-thirds of an octopus's neurons" for octopuses: a possessive is no part's whole.
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const w = fold(m[0]);
    const after = text.slice(m.index + m[0].length);
    if (p.numbers.vague.has(w) && follows(after, 2)(head)) return true;
    if (!isPart(w, wordsIn(after)[0] ?? '', p)) continue;
    if (follows(after.replace(POSSESSIVE, ' '), 2)(head) || partOfTally(text, after, head, lang)) return true;
  }
  return false;
}

/**
 * "ten hoogste de helft van dit aantal ruimten" for "hoeveel kantines", "half that number": a part of a tally counts
 * what the sentence counts, when it names the counted noun (the tally points back to it: "… wachtruimten, kantines").
 */
function partOfTally(text: string, after: string, head: Group, lang: string): boolean {
  // "of this number", "van dit aantal": the word of the part, a pointer, the tally.
  if (
    !wordsIn(after)
      .slice(0, 3)
      .some((w) => pack(lang).numbers.tallies.has(w))
  )
    return false;
  return words(text).some((w) => writesAny([head], lang, w));
}

/** The pack's approximations and bounds ("about", "more than"), each as its words. */
const hedgesOf = oncePerLanguage((lang) => {
  const { approximate, bounds } = pack(lang).numbers;
  return [...approximate, ...bounds.above, ...bounds.atMost].map((h) => h.split(' '));
});

/**
 * The words before a number in its clause, folded, without the approximations and bounds that end them: "killed more
 * than 1,000" → "killed", "a population of about 750,000" → "of".
 */
function wordsBefore(text: string, n: NumberMention, p: LanguagePack): string[] {
  const ws = wordsIn(/[^,;:()]*$/.exec(text.slice(0, n.start))![0]);
  const hedges = hedgesOf(p.code);
  let end = ws.length;
  const endsIn = (h: string[]) => end >= h.length && h.every((w, i) => ws[end - h.length + i] === w);
  for (let h = hedges.find(endsIn); h; h = hedges.find(endsIn)) end -= h.length;
  return ws.slice(0, end);
}

/**
 * "killing 107 or more", "killed more than 1,000": a number that is the object of a verb in -ing or in the past tense
 * (approximations between), with no noun of its own.
 */
function afterVerb(before: readonly string[], p: LanguagePack): boolean {
  const last = before.at(-1) ?? '';
  return !!p.progressive?.test(last) || !!p.regularPast?.test(last);
}

/** "a population of about 750,000", "een inwonertal van 19.500": the size of the people living somewhere. */
function ofPopulation(ws: readonly string[], p: LanguagePack): boolean {
  const noun = p.numbers.sizeOf.has(ws.at(-1) ?? '') ? ws.at(-2) : ws.at(-1);
  return p.numbers.populations.has(noun ?? '');
}

/**
 * "How many security holes does IE6 have" over "The Internet security firm … says IE6 has 277 vulnerabilities": the
 * sentence says the qualifier and the rest of the question, and a number with a plural noun of its own counts the
 * head in other words.
 */
function qualifiedInOtherWords(text: string, lang: string, q: Question, numbers: NumberMention[]): boolean {
  const head = q.counted.at(-1);
  if (q.counted.length < 2 || !head) return false;
  const p = pack(lang);
  const stems = words(text).map((w) => stem(w, lang));
  // Every other word of the question the sentence says itself, some beyond the counted phrase ("how many confirmed
  // cases" says too little to be answered by any "confirmed … 30 people"): only the noun is in other words.
  const rest = q.groups.filter((g) => g !== head && !g.name);
  if (!rest.some((g) => !q.counted.includes(g))) return false;
  if (!rest.every((g) => stems.some((t) => hasForm(g, lang, t)))) return false;
  return numbers.some((n) => {
    const noun = fold(wordAfter(text, n, p));
    return p.pluralNoun.test(noun) && !p.time.units.has(noun);
  });
}

/** The counted noun is a percent word ("procent", "percent") of the articles' language. */
function countsPercent(head: Group, lang: string): boolean {
  return [...pack(lang).numbers.percent].some((w) => /^\p{L}+$/u.test(w) && hasForm(head, lang, stem(w, lang)));
}

const POSSESSIVE = /[\p{L}-]+['’]s(?!\p{L})/gu;

/**
 * "How many frogs did they find?" over "They found only 14 individuals": a number with a noun that counts anything;
 * "277 vulnerabilities" in a sentence that says "security" counts the security holes asked.
 */
export function countsAnything(text: string, lang: string, q: Question): boolean {
  const numbers = findNumbers(text, { smallWords: true, lang }).filter((n) => isCount(n, text, q, lang));
  return countsAnythingAt(numbers, text, pack(lang), q) || qualifiedInOtherWords(text, lang, q, numbers);
}

function countsAnythingAt(numbers: NumberMention[], text: string, p: LanguagePack, q: Question): boolean {
  // "How many species of octopus are there?" over "The order consists of some 300 species": the kinds asked for.
  const kinds = words(fold(q.text)).some((w) => q.pack.partitives.has(w));
  const counts = (w: string) => p.counters.has(w) || (kinds && p.partitives.has(w));
  return numbers.some((n) => counts(fold(wordAfter(text, n, p))));
}
