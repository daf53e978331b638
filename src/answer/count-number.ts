import { fold, PACKS, pack } from '../lang/index.js';
import { stem, words } from '../text/analyze.js';
import { isCurrencyCode, joinedToLetters, type NumberMention } from '../text/numbers.js';
import { correctedNumber } from './attribution.js';
import { countsTime, endsInForm, isCountedNoun, wordsIn } from './count-words.js';
import { hasForm } from './evidence.js';
import { looksLikeDay, looksLikeYear } from './kinds.js';
import type { Group, Question } from './question.js';

/** Words that make a number a share ("40 procent van het terrein" is no amount of land). */
export const PERCENT = new Set(PACKS.flatMap((p) => [...p.numbers.percent]));

/**
 * Not a year, not part of a clock time ("17:50"), not a share, and not a number the question gives (unless it checks
 * one).
 */
export function isCount(n: NumberMention, text: string, q: Question, lang: string): boolean {
  if (q.numbers.has(n.value) && !q.stated) return false;
  if (/\d:$/.test(text.slice(0, n.start)) || /^:\d/.test(text.slice(n.end))) return false;
  // "A 400-strong crowd of farmers" counts the farmers; "a 5-year period" counts no years, unless years are asked:
  // "the 131-page document" says how many pages it has.
  const joined = fold(/^-(\p{L}+)/u.exec(text.slice(n.end))?.[1] ?? '');
  const sized = pack(lang).numbers.sizeJoined.has(joined) || (joined !== '' && isCountedNoun(joined, q, lang));
  if ((joinedToLetters(n, text) && !sized) || inReference(n, text) || correctedNumber(text, n.start, n.end, pack(lang)))
    return false;
  if (numbersItem(n, text) || labelled(n, text, lang) || unreal(n, text, q, lang) || statesAgeAt(n, text, q, lang))
    return false;
  // A share answers only a question about one ("hoeveel procent", "what percentage"), or one of the counted thing:
  // "reported in 12% of children" says how many children.
  const after = fold(text.slice(n.end, n.end + 12)).trim();
  const asksShare = [...PERCENT].some((w) => fold(q.text).includes(w));
  const share = [...PERCENT].some((w) => after.startsWith(w));
  if (!asksShare && share && !shareOfCounted(text, n, q, lang) && !sizeOfCounted(text, n, q, lang)) return false;
  return !looksLikeYear(text, n.start, n.text) && !looksLikeDay(text, n.start, n.end, n.text);
}

/** How far around a number its stated age may reach: "at the age of eighty" writes 14 letters before it. */
const AGE_REACH = 24;

/**
 * "At age 80 he continues to write books", "op 80-jarige leeftijd": a number the pack reads as someone's age counts
 * no books, unless the question counts years.
 */
function statesAgeAt(n: NumberMention, text: string, q: Question, lang: string): boolean {
  if (countsTime(q)) return false;
  const around = fold(text.slice(Math.max(0, n.start - AGE_REACH), n.end + AGE_REACH));
  const m = pack(lang).time.age.exec(around);
  return !!m && m[0].includes(fold(n.text));
}

/**
 * "2. Het bevoegde orgaan kan …", "3) The board may …": a number that opens a line, closed by a stop or a bracket,
 * numbers the item (a member of a statute's article, a list's entry); it counts nothing.
 */
function numbersItem(n: NumberMention, text: string): boolean {
  return /(?:^|\n)[\s(]*$/.test(text.slice(0, n.start)) && /^[.)°](?:\s|$)/.test(text.slice(n.end));
}

/**
 * "Had it happened earlier, the death toll would have been more than a thousand": a figure its clause says did not
 * happen counts nothing that did, unless the question asks what would have been.
 */
function unreal(n: NumberMention, text: string, q: Question, lang: string): boolean {
  const unreal = pack(lang).counterfactual;
  if (!unreal || q.pack.counterfactual?.test(fold(q.text))) return false;
  return unreal.test(fold(/[^,;:()]*$/.exec(text.slice(0, n.start))![0]));
}

/** "section 3", "artikel 10", "Wave 4": a number right after one of the pack's label nouns names, not counts. */
function labelled(n: NumberMention, text: string, lang: string): boolean {
  const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, n.start - 24), n.start));
  return !!before && pack(lang).numbers.labels.has(fold(before[1]!));
}

/**
 * Of numbers in clauses of their own (a clause mark or "and" between each two), the one that `counts` the asked noun
 * whose clause holds an asked word, other than a name, that no other one's does. A number's clause: the words after
 * it, up to the next number, a clause mark or "and"; after "and", also the words before it ("… and injuring more than
 * 200"). "14 of the 45 seats" is one clause: both numbers stay.
 */
export function saidOfOne<V extends { n: NumberMention }>(
  text: string,
  numbers: V[],
  rest: Group[],
  lang: string,
  counts: (v: V, i: number) => boolean,
): V | undefined {
  if (numbers.length < 2) return undefined;
  const p = pack(lang);
  const apart = (i: number) => {
    const between = text.slice(numbers[i - 1]!.n.end, numbers[i]!.n.start);
    return /[,;:]/.test(between) || wordsIn(between).some((w) => p.and.has(w));
  };
  if (!numbers.every((_, i) => i === 0 || apart(i))) return undefined;
  const said = numbers.map((v, i) => {
    const next = wordsIn(/^[^,;:.!?]*/.exec(text.slice(v.n.end, numbers[i + 1]?.n.start ?? text.length))![0]);
    const end = next.findIndex((w) => p.and.has(w));
    const prior = wordsIn(/[^,;:.!?]*$/.exec(text.slice(numbers[i - 1]?.n.end ?? 0, v.n.start))![0]);
    const from = prior.findLastIndex((w) => p.and.has(w));
    const ws = [...(from >= 0 ? prior.slice(from + 1) : []), ...(end < 0 ? next : next.slice(0, end))];
    const stems = ws.filter((w) => !p.stopwords.has(w)).map((w) => stem(w, lang));
    return rest.filter((g) => stems.some((s) => hasForm(g, lang, s)));
  });
  const marked = numbers.filter(
    (v, i) => counts(v, i) && said[i]!.some((g) => said.every((other, j) => j === i || !other.includes(g))),
  );
  return marked.length === 1 ? marked[0] : undefined;
}

/**
 * What the article writes right before the number: a currency sign ("$4.2 billion") and a word that makes the number
 * approximate or a bound ("about $4.2 billion", "zo’n 10.000").
 */
export function writtenBefore(text: string, n: NumberMention, lang: string): { sign?: string; approx?: string } {
  const before = text.slice(0, n.start);
  // "$ 1,000", "USD 25", "CUC 25": a sign or a currency's code.
  const code = /\b([A-Z]{3})\s?$/.exec(before);
  const sign = /([€$£¥])\s?$/.exec(before)?.[0] ?? (code && isCurrencyCode(code[1]!) ? code[0] : undefined);
  const rest = (sign ? before.slice(0, -sign.length) : before).trimEnd();
  const folded = fold(rest).replace(/[’‘]/g, "'");
  const ends = (a: string) => folded === a || folded.endsWith(` ${a}`);
  // "more than a thousand", "meer dan een miljoen": an article may stand between the bound and a number word.
  const article = /^\p{L}/u.test(n.text) ? pack(lang).indefiniteArticles.find(ends) : undefined;
  const bare = article ? folded.slice(0, -article.length).trimEnd() : folded;
  const approx = pack(lang).numbers.approximate.find((a) => bare === a || bare.endsWith(` ${a}`));
  const length = approx ? folded.length - bare.length + approx.length : 0;
  return { ...(sign ? { sign } : {}), ...(approx ? { approx: rest.slice(rest.length - length) } : {}) };
}

/**
 * "reported in 12% of children" for "how many children had fever": the share is of the counted noun, and its sentence
 * says more of the question than that noun ("fever"). "40 percent of the residents own a bike" is no count of the
 * residents a town has.
 */
function shareOfCounted(text: string, n: NumberMention, q: Question, lang: string): boolean {
  const head = q.counted.at(-1);
  const p = pack(lang);
  const after = text.slice(n.end).trimStart();
  const mark = percentAfter(text, n, p.numbers.percent) ?? '';
  const ws = wordsIn(/^[^,;:()]*/.exec(after.slice(mark.length))![0]);
  // Or the sentence opens with the whole: "Van de ondervraagde jongeren slaapt 52 procent …", "Of those tested, …".
  const opening = wordsIn(text.slice(0, n.start));
  const of = p.numbers.shareOf.has(ws[0] ?? '')
    ? ws.slice(1)
    : p.numbers.shareOf.has(opening[0] ?? '')
      ? opening.slice(1)
      : [];
  if (!head || of.length === 0) return false;
  const stems = words(text).map((w) => stem(w, lang));
  if (!q.groups.some((g) => !g.name && !q.counted.includes(g) && stems.some((t) => hasForm(g, lang, t)))) return false;
  return of
    .filter((w) => !p.stopwords.has(w))
    .slice(0, 2)
    .some((w) => hasForm(head, lang, stem(w, lang)));
}

/** The percent word or sign right after a number, as written ("procent", "%"), when `marks` (folded) has it. */
export function percentAfter(text: string, n: NumberMention, marks: Iterable<string>): string | undefined {
  // Marks are short: the words after them need no folding.
  const after = text.slice(n.end).trimStart().slice(0, 12);
  const folded = fold(after);
  const mark = [...marks].find((w) => folded.startsWith(w));
  return mark === undefined ? undefined : after.slice(0, mark.length);
}

/** "… infect mammals [4, 5] .": numbers in square brackets point to references. */
function inReference(n: NumberMention, text: string): boolean {
  return /\[[\d\s,–-]*$/.test(text.slice(0, n.start)) && /^[\d\s,–-]*\]/.test(text.slice(n.end));
}

/**
 * "De vakbond eist een loonsverhoging van 6 procent", "a fine of 2 million": the number after the counted noun and the
 * word that gives its size is how much of it there is, a share included.
 */
export function sizeOfCounted(text: string, n: NumberMention, q: Question, lang: string): boolean {
  const head = q.counted.at(-1);
  const sized = sizedWord(text, n, lang);
  // "een recordomzet van 212 miljoen euro": a compound's head is the noun.
  const s = sized ? stem(sized, lang) : undefined;
  return !!head && !!s && (hasForm(head, lang, s) || (pack(lang).compounds && endsInForm(head, lang, s)));
}

/**
 * The word a number gives the size of, with the pack's `sizeOf` between: "the crowd at 20,000" → "crowd"; or a
 * sample's size in statistical notation after it: "the control group (n = 40)" → "group".
 */
export function sizedWord(text: string, n: NumberMention, lang: string): string | undefined {
  const sample = SAMPLE_SIZE.exec(text.slice(0, n.start));
  if (sample) return fold(sample[1]!);
  const before = wordsIn(text.slice(0, n.start)).slice(-2);
  return before.length === 2 && pack(lang).numbers.sizeOf.has(before[1]!) ? before[0] : undefined;
}

/** A bracket (or comma) that opens a sample's size in statistical notation, at the end of the text before a number. */
export const SAMPLE_OPENS = String.raw`\s*[(,;]\s*n\s*=\s*$`;

/** "group (n = 40", "patients (N=12": a noun, then a bracket that opens a sample's size. */
const SAMPLE_SIZE = new RegExp(String.raw`(\p{L}[\p{L}'’-]*)${SAMPLE_OPENS}`, 'iu');
