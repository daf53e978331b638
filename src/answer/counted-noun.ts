import { fold, type LanguagePack, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import type { NumberMention } from '../text/numbers.js';
import { PERCENT, percentAfter, SAMPLE_OPENS, sizedWord, sizeOfCounted, writtenBefore } from './count-number.js';
import {
  compoundOfCounted,
  contentWords,
  countsPeople,
  deadStems,
  groupOf,
  isCountedNoun,
  NOUN_WINDOW,
  nounWindow,
  wordsIn,
} from './count-words.js';
import { hasForm, writesForm } from './evidence.js';
import { asksRepeats, namesCurrency } from './kinds.js';
import { stemsOfDying } from './life-span.js';
import { oncePerLanguage } from './memo.js';
import type { Question } from './question.js';

/**
 * A plural noun among the three content words after the number: what the number counts ("five geographically
 * dispersed sites"). When the question counts things (a plural), a unit symbol right after the number is what it
 * measures ("genome sizes ranging from 26-32 kb"); "the size of the genome" may be given in one.
 */
export function ownNoun(
  text: string,
  n: NumberMention,
  q: Question,
  lang: string,
  stopwords: ReadonlySet<string>,
): boolean {
  const window = /^[^:;(),]*/.exec(text.slice(n.end))![0];
  if (q.pack.pluralNoun.test(q.counted.at(-1)?.id ?? '') && UNIT_SYMBOL.test(window)) return true;
  const ws = contentWords(window, stopwords);
  // "Mensen die meer dan tien uur per dag zitten": a span of time is what its number counts.
  if (pack(lang).time.units.has(ws[0] ?? '')) return true;
  // "De turbines worden 200 meter hoog": a measure, not a count of the turbines.
  if (Object.values(pack(lang).measures).some((m) => m.units.includes(ws[0] ?? ''))) return true;
  return ws.slice(0, 3).some((w) => pack(lang).pluralNoun.test(w));
}

/**
 * "9 Chehel Sotoun (The Palace of Forty Columns)": a number right before a capitalised word numbers or names what
 * that word names (a listing, an address); it counts nothing the sentence names elsewhere.
 */
export function labelsName(text: string, n: NumberMention): boolean {
  return /^\s+\p{Lu}/u.test(text.slice(n.end));
}

/** Letters without a vowel right after a number or a range ("26-32 kb", "5 km", "10 mg"): a unit of measure. */
const UNIT_SYMBOL = /^(?:\s*[-–]\s*\d[\d.,]*)?\s*[^\P{L}aeiouyàáâäèéêëìíîïòóôöùúûü]{1,3}(?!\p{L})/iu;

/**
 * "Police estimated the crowd at 20,000", "een menigte van 20.000": a body of people (the pack's collectives) given a
 * size counts the people a question about people counts.
 */
function sizeOfCrowd(text: string, n: NumberMention, q: Question, lang: string): boolean {
  const sized = sizedWord(text, n, lang);
  return countsPeople(q) && !!sized && pack(lang).collectives.has(sized);
}

/**
 * What the words after a number count: 'head' when the counted noun comes within the window and no content word the
 * question does not use stands before it; 'other' when such a word does ("Nederlandse" before "supporters": other
 * people); 'none' when the noun does not follow. Punctuation ends the window ("17:50 Burgemeester: … supporters").
 */
export function countsAsked(
  text: string,
  n: NumberMention,
  q: Question,
  lang: string,
  stopwords: ReadonlySet<string>,
): CountVerdict {
  // "twice denied" for "how many times": the word says how often itself.
  if (asksRepeats(q) && pack(lang).numbers.repeats.words[fold(n.text)] !== undefined)
    return { verdict: 'head', modifiers: '' };
  const { tokens, through } = wordsAfter(text, n, stopwords);
  // "Hoeveel geld", "how much money": a currency right before or after the number says what it counts.
  const currency = tokens.slice(0, 2).findIndex(namesCurrency);
  const inMoney = currency >= 0 || /[€$£¥]\s*$/.test(text.slice(0, n.start)) || !!writtenBefore(text, n, lang).sign;
  if (asksMoney(q) && inMoney)
    return { verdict: 'head', modifiers: '', ...(currency >= 0 ? { noun: through(currency) } : {}) };
  if (sizeOfCrowd(text, n, q, lang)) return { verdict: 'head', modifiers: '' };
  // "three arrests" for "how many people were arrested": the noun of what happened to them counts them.
  if (countsPeople(q) && eventOfAsked(tokens, q, lang, stopwords))
    return { verdict: 'head', modifiers: '', noun: through(0) };
  // "1.200 inwoners", "2,000 residents" for "how many people": a noun for people of one kind counts people.
  if (countsPeople(q) && personNoun(tokens, lang, stopwords))
    return { verdict: 'head', modifiers: '', noun: through(0) };
  if (sizeOfCounted(text, n, q, lang)) {
    // "6 procent", "6%": a share keeps its word.
    const mark = percentAfter(text, n, PERCENT);
    return { verdict: 'head', modifiers: '', ...(mark ? { noun: mark } : {}) };
  }
  const walked = walkToCounted(tokens, through, n, q, lang, stopwords);
  if ('verdict' in walked) return walked;
  // "fees for home students from £9,250": an amount of money counts no noun before it ("12 miljoen euro winst" may
  // still count the one after).
  const money = q.kind === 'count' && inMoney;
  // "1.8 million customers and 320 branches": a number with a noun of its own counts that, not the one before it,
  // unless that one is a body of them ("een orkest met zestig musici").
  const body = q.pack.collectives.has(q.counted.at(-1)!.id);
  const before =
    !money &&
    (body || !ownNoun(text, n, q, lang, stopwords)) &&
    (nounBefore(text, n, q, lang, stopwords) || countedEarlier(text, n, q, lang, stopwords));
  return { verdict: before ? 'head' : money ? 'other' : 'none', modifiers: '' };
}

/** "the control group (n = 40", "patients (N=12": up to three words, then a bracket that opens a sample's size. */
const SAMPLE_PHRASE = new RegExp(String.raw`(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+${SAMPLE_OPENS}`, 'iu');

/**
 * Whether what a number counts, as written after it or before a sample's size, has every word the question counts:
 * "the control group (n = 40)" for "how big was the control group", not "two groups: participant and control".
 */
export function nounHasAllCounted(
  text: string,
  n: NumberMention,
  noun: string | undefined,
  q: Question,
  lang: string,
): boolean {
  if (q.counted.length < 2) return false;
  const span = `${SAMPLE_PHRASE.exec(text.slice(0, n.start))?.[0] ?? ''} ${noun ?? ''}`;
  const stems = wordsIn(span).flatMap((w) => w.split('-').map((x) => stem(x, lang)));
  return q.counted.every((g) => stems.some((s) => hasForm(g, lang, s)));
}

type CountVerdict = { verdict: 'head' | 'other' | 'none'; modifiers: string; noun?: string };

/**
 * The words after a number that can say what it counts, and `through(i)`: the text from the number to the i-th of
 * them, as written. The window counts words that say something: "three of the town's nine libraries" reaches
 * "libraries".
 */
function wordsAfter(
  text: string,
  n: NumberMention,
  stopwords: ReadonlySet<string>,
): { tokens: string[]; through: (i: number) => string } {
  const window = nounWindow(text.slice(n.end));
  const found: RegExpExecArray[] = [];
  let said = 0;
  for (const m of window.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu)) {
    if (!stopwords.has(fold(m[0].replace(/[.,]+$/, ''))) && ++said > NOUN_WINDOW) break;
    found.push(m);
  }
  const through = (i: number) =>
    window
      .slice(0, found[i]!.index + found[i]![0].length)
      .trim()
      .replace(/[.,]+$/, '');
  return { tokens: found.map((m) => m[0]), through };
}

/**
 * The words after the number, read up to the counted noun: the verdict once it (or a compound ending in it, or a
 * death phrase) comes, with the words before it; `{ stopped }` when the words stop saying what the number counts
 * first, or run out.
 */
function walkToCounted(
  tokens: readonly string[],
  through: (i: number) => string,
  n: NumberMention,
  q: Question,
  lang: string,
  stopwords: ReadonlySet<string>,
): CountVerdict | { stopped: true } {
  const qualified = q.counted.length > 1;
  const modifiers: string[] = [];
  let other = false;
  let ownPlural = false;
  let partitive = false;
  const dying = dyingAt(tokens, q, lang);
  const found = (i: number): CountVerdict => ({
    verdict: other ? 'other' : 'head',
    modifiers: modifiers.join(' '),
    noun: through(i),
  });
  for (const [i, t] of tokens.entries()) {
    // "9.000 auto's": a Dutch plural after an apostrophe is the noun, as the question's "auto's" is read.
    const w = fold(t.replace(/[.,]+$/, '').replace(/['’]s$/u, ''));
    const parts = w.split('-').map((x) => stem(x, lang));
    if (i === dying) return found(i);
    const groups = parts.map((x) => groupOf(x, q.groups, lang));
    // The counted noun's own forms: another asked word may share one, so the first group that holds it need not be it.
    const head = parts.findIndex((x) => hasForm(q.counted.at(-1)!, lang, x));
    // "vier windturbines" counts turbines: a compound ends in what it is.
    if (head < 0 && parts.some((x) => compoundOfCounted(x, q, lang))) return found(i);
    if (head >= 0) {
      // "the 131-page document": a noun joined to its number is written singular, whatever the number.
      const joined = i === 0 && through(0).startsWith('-');
      const singular = !joined && writtenSingular(w.split('-')[head]!, q.counted.at(-1)!.id, q.pack.pluralNoun);
      return { ...found(i), verdict: other || (n.value > 1 && singular) ? 'other' : 'head' };
    }
    // "van vijf naar vier zetels", "from 5 to 4 seats": the number before the change counts what there was.
    if (pack(lang).numbers.changeTo.has(w) && isNumberWord(tokens[i + 1], lang)) break;
    // "1.8 million customers and 320 branches": past a plural noun of its own, the next number has the next noun
    // ("14 of the 45 seats" and "1,500 Belgian and 300 Dutch fans" still count seats and fans).
    if (/^\d/.test(w) && ownPlural) break;
    // "Twee medeverdachten krijgen later dit jaar …": past a noun of its own and a verb, the words are no longer
    // what the number counts.
    if (ownPlural && dying < 0 && isVerbForm(w, pack(lang))) break;
    // "290 million euros for sending the personal data": past a plural noun of its own and a function word, the
    // words no longer say what the number counts ("personal" is no count of people). "300 species of octopus" is
    // the count of a kind.
    if (ownPlural && !partitive && dying < 0 && stopwords.has(w)) break;
    if (stopwords.has(w) || /^\d/.test(w)) continue;
    ownPlural ||= pack(lang).pluralNoun.test(w);
    partitive ||= pack(lang).partitives.has(w) || pack(lang).counters.has(w);
    modifiers.push(...parts);
    if (groups.some((g) => g && q.counted.includes(g))) continue;
    // A content word the question does not use before the counted noun names other people or things, when the
    // question qualifies the noun itself ("Belgian fans"); a participle does not ("46 confirmed cases" of measles).
    if (qualified && !pack(lang).passiveParticiple.test(w)) other = true;
  }
  return { stopped: true };
}

/**
 * "12 mensen kwamen om het leven" for "hoeveel doden": the index of the token that ends a death phrase of the pack
 * after the number, when the counted noun is a word of dying; else -1. The number counts the dead, as "3 workers
 * died" does.
 */
function dyingAt(tokens: readonly string[], q: Question, lang: string): number {
  const head = q.counted.at(-1);
  const p = pack(lang);
  if (!head || !stemsOfDying(p).some((s) => hasForm(head, lang, s))) return -1;
  const ws = tokens.map((t) => fold(t.replace(/[.,]+$/, '')));
  return ws.findIndex((_, i) => p.deathPhrases.some((d) => ` ${ws.slice(0, i + 1).join(' ')} `.endsWith(` ${d} `)));
}

/**
 * A form of an irregular verb ("krijgen", "got"). Not an auxiliary: "three passengers were killed" still counts the
 * dead through its participle.
 */
function isVerbForm(w: string, p: LanguagePack): boolean {
  return !p.auxiliaries.has(w) && !!p.irregularVerbs?.forms.has(w);
}

/** The first word after the number is a plural noun for people of one kind ("inwoners", "residents"). */
function personNoun(tokens: readonly string[], lang: string, stopwords: ReadonlySet<string>): boolean {
  const first = firstWord(tokens, stopwords);
  return !!first && pack(lang).personPlural.test(first);
}

/** The first of the words after a number that is no function word, folded, without a closing stop or comma. */
function firstWord(tokens: readonly string[], stopwords: ReadonlySet<string>): string | undefined {
  return tokens.map((t) => fold(t.replace(/[.,]+$/, ''))).find((w) => !stopwords.has(w));
}

/**
 * The first word after the number is a form of the one thing the question asks happened to the people it counts
 * ("how many people were arrested": "three arrests"); a question that says more of them is left to the noun.
 */
function eventOfAsked(tokens: readonly string[], q: Question, lang: string, stopwords: ReadonlySet<string>): boolean {
  const asked = q.groups.filter((g) => !g.name && !q.counted.includes(g));
  const first = firstWord(tokens, stopwords);
  if (asked.length !== 1 || !first || /^\d/.test(first)) return false;
  return hasForm(asked[0]!, lang, stem(first, lang));
}

/** A number written in digits or as a word of the language ("4", "vier", "four"). */
function isNumberWord(token: string | undefined, lang: string): boolean {
  if (!token) return false;
  const w = fold(token.replace(/[.,]+$/, ''));
  return /^\d/.test(w) || Object.hasOwn(pack(lang).numbers.units, w);
}

/**
 * "2019 Novel Coronavirus" for "how many coronaviruses": the asker's plural written without its ending after a number
 * above one names something rather than counting it.
 */
function writtenSingular(word: string, asked: string, plural: RegExp): boolean {
  return word.length < asked.length && asked.startsWith(word) && plural.test(asked);
}

/** The counted noun is a word for money in the question's language. */
function asksMoney(q: Question): boolean {
  const head = q.counted.at(-1);
  return !!head && [...q.pack.numbers.money].some((w) => head.forms.get(q.lang)?.has(stem(w, q.lang)));
}

/** "Aantal inwoners: 1.139.815", "a population of 2,100,000": the counted noun just before the number. */
function nounBefore(
  text: string,
  n: NumberMention,
  q: Question,
  lang: string,
  stopwords: ReadonlySet<string>,
): boolean {
  const before = /[^,;()]*$/.exec(text.slice(0, n.start))![0];
  // "Three were killed and 27 injured": past "and" the number starts a clause of its own.
  const ws = wordsIn(before);
  const last = ws.findLastIndex((w) => !stopwords.has(w));
  if (ws.slice(last + 1).some((w) => pack(lang).and.has(w))) return false;
  return isCountedNoun(ws[last], q, lang);
}

/**
 * "Het aantal doden door de overstroming is opgelopen tot 205", "the number of deaths rose to 205": the sentence
 * says what it counts with the count phrase before the number.
 */
function countedEarlier(
  text: string,
  n: NumberMention,
  q: Question,
  lang: string,
  stopwords: ReadonlySet<string>,
): boolean {
  // "the number of measles cases rose to 58": the counted noun may come after the words the question qualifies it with.
  const counted = nounCountedEarlier(text, n, lang, stopwords).slice(0, q.counted.length);
  return counted.some((w) => isCountedNoun(w, q, lang) || countsTheDead(w, q, lang));
}

/**
 * The words a count phrase or count noun before the number counts ("the number of people killed … has risen to 512":
 * "people", "killed"; "het dodental": "doden"), nearest first; none when the sentence has no such phrase.
 */
export function nounCountedEarlier(
  text: string,
  n: NumberMention,
  lang: string,
  stopwords: ReadonlySet<string>,
): string[] {
  const before = fold(text.slice(0, n.start));
  const phrase = [...before.matchAll(countPhrases(lang))].at(-1);
  // "The death toll from the storm has risen to 45": a noun that is the count of the word before it.
  // Not "hun aantal" read as "aan" + "tal": the word before the count noun is no stop word.
  const noun = [...before.matchAll(pack(lang).countNoun)].filter((m) => !stopwords.has(m[1]!)).at(-1);
  if (noun && (!phrase || noun.index > phrase.index)) return [noun[1]!];
  if (!phrase) return [];
  // "Large numbers of … people joined, and by 2020 their numbers had grown to over 5,000", "hun aantal groeide tot":
  // a tally of what a possessive points back to counts what the sentence (or the one before it) names.
  if (ownedTallyAt(before, lang) >= phrase.index) return [];
  return contentWords(before.slice(phrase.index + phrase[0].length), stopwords).slice(0, 3);
}

/** Where the last tally word after a possessive stands ("their numbers", "hun aantal") in folded text, or -1. */
function ownedTallyAt(folded: string, lang: string): number {
  const p = pack(lang);
  const ws = [...folded.matchAll(/[\p{L}]+/gu)];
  const owned = ws.findLastIndex(
    (m, i) => i > 0 && p.possessives.has(ws[i - 1]![0]) && tallyStems(lang).has(stem(m[0], lang)),
  );
  return owned < 0 ? -1 : ws[owned]!.index;
}

/** The pack's tally words ("number", "aantal"), stemmed, built once per language. */
const tallyStems = oncePerLanguage(
  (lang): ReadonlySet<string> => new Set([...pack(lang).numbers.tallies].map((w) => stem(w, lang))),
);

/**
 * "How many people died" over "Het dodental is opgelopen tot 340": a count of the dead counts the people a question
 * about dying counts.
 */
function countsTheDead(word: string, q: Question, lang: string): boolean {
  const dying = deadStems(lang);
  if (!countsPeople(q) || !dying.has(stem(word, lang))) return false;
  return q.groups.some((g) => !q.counted.includes(g) && writesForm(g, lang, dying));
}

/** Per language, its count phrase as a global pattern, read with `matchAll` (built once: it runs for every number). */
const countPhrases = oncePerLanguage((lang) => new RegExp(pack(lang).countPhrase.source, 'g'));
