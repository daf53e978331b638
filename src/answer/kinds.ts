import {
  type AnswerKind,
  type Dimension,
  fold,
  type LanguagePack,
  PACKS,
  pack,
  type TimePrecision,
} from '../lang/index.js';
import { isStopword, stem } from '../text/analyze.js';
import { findNumbers, isCurrencyCode, type NumberMention, parseNumberToken } from '../text/numbers.js';
import { hasQuotationMark, withoutOpeningMarks } from '../text/quotes.js';
import { hasForm, writesAny } from './evidence.js';
import { lifeSpanOf, lifeSpanPlaces, lifeSpanYears } from './life-span.js';
import { oncePerLanguage } from './memo.js';
import type { Group, Question } from './question.js';

/** Two years joined by a dash: a life span ("Piet Jansen (1788–1824)"), a term ("1939-1945"). */
const YEAR_SPAN = /\b\d{3,4}\s?[-–—]\s?\d{3,4}\b/;
/** A name with an age after it, as news writes one: "Jan de Vries (34)", "John Smith, 34, of Leeds". */
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’-]+(?:\s\((?:\d{1,2}|1[01]\d)\)|,\s(?:\d{1,2}|1[01]\d),)/u;

/** The text gives someone's age in words or after a name ("at the age of 23", "toen hij 17 was", "Jan (34)"). */
export function statesAge(text: string, p: LanguagePack): boolean {
  return p.time.age.test(fold(text)) || AGE_AFTER_NAME.test(text);
}

/** How many words a birth year may stand after the birth word. */
const BIRTH_REACH = 4;

/**
 * "born on 9 August 1929": a year a few words after a birth word; "werd in 1950 geboren": right before it (not "the
 * band started in 1993 was born out of …"). Made once per language, not for every unit an age question reads.
 */
const bornIn = oncePerLanguage((lang): RegExp => {
  const birth = `\\b(?:${pack(lang).birth.join('|')})\\b`;
  const gap = String.raw`(?:\W+\w+){0,${BIRTH_REACH}}?\W+`;
  return new RegExp(`${birth}${gap}\\d{3,4}\\b|\\b\\d{3,4}\\W+${birth}`, 'u');
});

/**
 * "How old is Messina?" over "… when I was 25 years old", or over an interview's dateline "Wednesday, October 3,
 * 2007": an age at a moment gone by is no age now, nor is any year one. An age stated otherwise answers; so do a
 * birth year (a birth word beside it) and a century ("How old is the hall?" over "from the fourteenth century").
 */
function presentAge(text: string, q: Question, p: LanguagePack): boolean {
  const folded = fold(text);
  if (p.time.ageThen?.test(folded)) return false;
  if (statesAge(text, p)) return true;
  const times = timeMentions(text, p).filter((m) => !inQuestion(m, q));
  return bornIn(p.code).test(folded) || times.some((m) => inCentury(m, p));
}

const MEASURES = new Map<string, RegExp>();

/** A number given in a unit of the dimension ("37,8 graden", "652 m", "55 minutes"), in the text's language. */
export function givesMeasure(text: string, lang: string, dimension: Dimension): boolean {
  const key = `${lang} ${dimension}`;
  let re = MEASURES.get(key);
  if (!re) {
    const p = pack(lang);
    const units = p.measures[dimension].units.map((u) => fold(u).replace(/[/.]/g, '\\$&'));
    // "about four kilometres wide": a number word too.
    const numbers = Object.keys(p.numbers.units).filter((w) => /^\p{L}+$/u.test(w));
    // "600 million kilometres": a scale word may stand between.
    const scale = `(?:\\s?(?:${Object.keys(p.numbers.scales).join('|')}))?`;
    re = new RegExp(`(?:\\d|\\b(?:${numbers.join('|')}))${scale}\\s?(?:${units.join('|')})(?![\\p{L}\\d])`, 'u');
    MEASURES.set(key, re);
  }
  return re.test(fold(text));
}

/**
 * A result in two numbers: "2 - 1", "(3-0)", "76–74". Not a date ("12-05-2024"), a year span ("1990-1995"), a time
 * ("20.30-22.00") or a number joined to letters ("A1-3").
 */
const SCORE = /(?<![\p{L}\d:/-]|\d[.,])\d{1,3}\s?[-–]\s?\d{1,3}(?![\p{L}\d:/-]|[.,]\d|\s?%)/u;

/** The form of answer a question names: a result in two numbers, an amount of money, a share ("7%"), or a name. */
export type Shape = 'score' | 'price' | 'share' | 'name' | 'rank' | TimePrecision;

/** Shapes of a date: "in what year" is answered by a year, "which day" by a date or a weekday. */
export function isDateShape(shape: Shape): shape is TimePrecision {
  return shape === 'year' || shape === 'month' || shape === 'day';
}

const SHARE = new RegExp(
  `\\d\\s?(?:${[...new Set(PACKS.flatMap((p) => [...p.numbers.percent]))].join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * The text gives an answer of the shape: a result in two numbers, not only one on the way ("bij rust stond het
 * 1 - 0"); a number with a currency; a number with a percent sign or word; a naming word ("named", "genaamd").
 */
export function givesShape(text: string, lang: string, shape: Shape): boolean {
  if (shape === 'name') return namesSomething(text, pack(lang));
  if (shape === 'price') return givesPrice(text);
  if (shape === 'share') return SHARE.test(fold(text));
  if (shape === 'rank') return pack(lang).rankGiven.test(fold(text));
  if (isDateShape(shape)) return datesAs(text, pack(lang), shape);
  return SCORE.test(text) && !pack(lang).interimScore.test(fold(text));
}

/** How many words before a number, and after it, may name its currency ("€ 45", "2 miljoen euro", "45 US dollars"). */
const CURRENCY_BEFORE = 2;
const CURRENCY_AFTER = 3;

/**
 * The text gives an amount of money: a number, no date or year, with a currency beside it. "Die krijgen vanaf 1
 * januari … te maken met de euro" names a currency and a number, but prices nothing.
 */
function givesPrice(text: string): boolean {
  if (!namesCurrency(text)) return false;
  return findNumbers(text).some((n) => {
    const before = text.slice(0, n.start).split(/\s+/);
    const after = text.slice(n.end).split(/\s+/);
    // "een boete van 2000 dollar": a currency right beside it makes any number an amount, a year's too.
    if (namesCurrency(before.slice(-2).join(' ')) || namesCurrency(after.slice(0, 2).join(' '))) return true;
    if (looksLikeYear(text, n.start, n.text) || looksLikeDay(text, n.start, n.end, n.text)) return false;
    return (
      namesCurrency(before.slice(-CURRENCY_BEFORE - 1).join(' ')) ||
      namesCurrency(after.slice(0, CURRENCY_AFTER + 1).join(' '))
    );
  });
}

/**
 * The text dates something as precisely as asked: a year for "in what year"; a month (a date gives one) for "which
 * month"; a day of the month, a weekday or "yesterday" for "what day" ("last week" is no day, "1998" no month).
 */
function datesAs(text: string, p: LanguagePack, precision: TimePrecision): boolean {
  return timeMentions(text, p).some((m) => {
    const ws = m.split(/[^\p{L}]+/u);
    const month = ws.some((w) => p.time.months.includes(w));
    const numeric = /\b\d{1,2}[/.-]\d{1,2}\b/.test(m);
    if (precision === 'year') return /\b\d{3,4}\b/.test(m);
    if (precision === 'month') return month || numeric;
    const day = ws.some((w) => p.time.weekdays.includes(w) || p.time.relative.has(w));
    return day || numeric || (month && /\b\d{1,2}\b/.test(m));
  });
}

/** A gloss in brackets: a capitalised label, a colon and a capitalised word ("(French: Meuse; Dutch: Maas)"). */
const GLOSS = /\((?:[^()]*;\s*)?\p{Lu}\p{Ll}+:\s*\p{Lu}/u;

/** A name, then another for it in brackets: "the National Library (Koninklijke Bibliotheek)". */
const RENAMED = /\p{Lu}[\p{L}'’-]*\s+\(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+\)/u;

/**
 * The text gives a name: one of the pack's naming words stands in it ("The frog, named …"), or an encyclopedia's gloss
 * names it in another language ("The Meuse (French: Meuse; Dutch: Maas)").
 */
function namesSomething(text: string, p: LanguagePack): boolean {
  if (GLOSS.test(text) || RENAMED.test(text)) return true;
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return p.namingWords.some((w) => folded.includes(` ${w} `));
}

/** A currency's sign or name: an amount of money in any language's articles. */
export const CURRENCY = new RegExp(
  [
    String.raw`[€$£¥₹₽]|\b(?:USD|EUR|GBP|CHF|JPY)\b|\b(?:`,
    'euro|dollar|pond|pound|yen|frank|franc|gulden|guilder|florin|cent|centime|centiem|pence|penny|shilling|',
    'schelling|kroon|kronen|krona|kronor|krone|kroner|yuan|renminbi|rupee|roepie|peso|peseta|escudo|lira|lire|',
    'roebel|ruble|rouble|zloty|forint|dinar|dirham|baht|ringgit|rupiah|drachme|drachma|dukaat|ducat',
    String.raw`)(?:s|en|n)?\b`,
  ].join(''),
  'iu',
);

/**
 * The text names a currency: its sign, its name in any language, or its code ("25 CUC", "USD 25"), also written onto
 * the digits ("IRR200,000", "20USD"): only letters end a code.
 */
export function namesCurrency(text: string): boolean {
  return CURRENCY.test(text) || (text.match(/(?<!\p{L})[A-Z]{3}(?!\p{L})/gu) ?? []).some(isCurrencyCode);
}

/**
 * Whether a quote gives an answer of the kind the question asks for, that the question does not already give:
 * "when" needs a time, "how many" a number, "where" a place. `p` is the pack of the quote's language.
 * Kinds whose answers words alone cannot recognise (what, how, yes/no) always pass.
 */
export function hasKind(text: string, kind: AnswerKind, q: Question, p: LanguagePack): boolean {
  switch (kind) {
    case 'count':
      return hasCount(text, q, p);
    case 'amount':
      // "What is the population of X?": "some 5,000 years ago" counts years, not what the measure asks.
      return hasCount(text, q, p, q.pack.measureNoun.test(fold(q.text))) || namesCurrency(text);
    case 'time': {
      const mentions = timeMentions(text, p).filter((m) => !inQuestion(m, q));
      // "Hoe snel moet de gemeente …?" asks a term: a span ("binnen drie werkdagen"), not two dates.
      if (q.pack.time.term?.test(fold(q.text))) return mentions.some((m) => isSpan(m, p)) || vagueSpan(fold(text), p);
      // "Wanneer mag de verhoging lager worden gesteld?": "…, ingeval het bedrag onevenredig hoog is" says when.
      if (q.pack.time.caseAsked?.test(fold(q.text)) && p.time.caseMarker?.test(fold(text))) return true;
      // "Hoe laat begint de vergadering?": "morgen" says the day, not the hour.
      if (q.pack.time.clockAsked?.test(fold(q.text))) {
        return mentions.some((m) => isClock(m, p)) || !!p.time.dayTime?.test(fold(text));
      }
      // "How long is the river?" asks a length: any number.
      if (q.pack.time.length.test(fold(q.text))) return q.measure ? hasCount(text, q, p) : lasts(text, mentions, p);
      // "When": a span ("De staking duurt 24 uur") says how long, not when, unless it counts back ("24 uur later").
      return mentions.some((m) => !isSpan(m, p) || isClock(m, p) || spanAgo(text, m, p));
    }
    case 'age': {
      if (q.pack.time.ageNow?.test(fold(q.text))) return presentAge(text, q, p);
      if (statesAge(text, p)) return true;
      // "How old was he when he died?": a year says no age at an event; a life span ("(1788–1824)") does.
      if (q.pack.time.ageAt.test(fold(q.text))) return lifeSpanOf(text) === 'span' || YEAR_SPAN.test(text);
      // "How old is the building?": "uit de veertiende eeuw" dates it as a year does.
      // A date without a year ("January 12") dates nothing.
      return timeMentions(text, p).some((m) => (/\d{3,4}/.test(m) || inCentury(m, p)) && !inQuestion(m, q));
    }
    case 'place':
      return [...placeMentions(text, p), ...lifeSpanPlaces(text).map(fold)].some((m) => !inQuestion(m, q));
    case 'person':
      // "… Magicians Wednesday, October 9, 2013": a weekday or month is written with a capital, and is no one.
      // Nor is a capitalised "I" or a statute's royal "Wij": a pronoun names no one ("US" does).
      return nameMentions(text, p).some((m) => !inQuestion(m, q) && !isDateWord(m, p));
    case 'speech':
      return hasQuotationMark(text) || (fold(text).match(/[\p{L}]+/gu) ?? []).some((w) => p.sayingVerbs.has(w));
    case 'reason':
      // "Due to that, …" gives the reason only with the sentence before, which the unit does not hold.
      return reasonMarker(p).test(withoutOpeningMarks(fold(text)).replace(p.reasonBack, ''));
    default:
      return true;
  }
}

const REASONS = new Map<string, RegExp>();

/** The pack's reason markers as one pattern, each a whole phrase, built once per language: it runs for every unit. */
function reasonMarker(p: LanguagePack): RegExp {
  let re = REASONS.get(p.code);
  if (!re) {
    re = new RegExp(`\\b(?:${p.reasonMarkers.join('|')})\\b`);
    REASONS.set(p.code, re);
  }
  return re;
}

/**
 * "What's the most popular way to stay on X?": the question's superlative ("most popular", "biggest") after a little
 * word ("the", "its"), as the unit writes it too ("The most popular lodging is camping"). A superlative that is a
 * little word itself ("most") is said with the word after it.
 */
export function superlativeEcho(text: string, lang: string, q: Question): boolean {
  const sup = pack(lang).superlative;
  if (!sup) return false;
  const asked = fold(q.text).match(/[\p{L}\d]+/gu) ?? [];
  const said = ` ${(fold(text).match(/[\p{L}\d]+/gu) ?? []).join(' ')} `;
  return asked.some((w, i) => {
    const prev = asked[i - 1];
    if (!prev || !isStopword(prev, lang) || sup.basesOf(w).length === 0) return false;
    const next = asked[i + 1];
    const phrase = isStopword(w, lang) ? (next && !isStopword(next, lang) ? `${w} ${next}` : '') : w;
    return phrase !== '' && said.includes(` ${phrase} `);
  });
}

/** A number, a number word or a word for an indefinite quantity, other than the question's own numbers and years. */
function hasCount(text: string, q: Question, p: LanguagePack, timeless = false): boolean {
  const spans = timeless ? [...fold(text).matchAll(timePatterns(p).span)] : [];
  const refs = p.crossRefs.refs.flatMap((re) => [...text.toLowerCase().matchAll(re)]);
  for (const n of findNumbers(text)) {
    if (q.numbers.has(n.value) && !q.stated) continue;
    if (spans.some((m) => m.index <= n.start && n.end <= m.index + m[0].length)) continue;
    // "bedoeld in artikel 1" names a provision, and "2. De gemeenteraad …" numbers a paragraph: neither counts.
    if (refs.some((m) => m.index <= n.start && n.end <= m.index + m[0].length)) continue;
    if (!text.slice(0, n.start).trim() && /^[.)]\s/.test(text.slice(n.end))) continue;
    // "closed on 28 May 1932" dates, and counts nothing.
    if (looksLikeYear(text, n.start, n.text) || looksLikeDay(text, n.start, n.end, n.text)) continue;
    return true;
  }
  if (noneOfCounted(text, q, p).length > 0 || repeatsOfCounted(text, q, p).length > 0) return true;
  const ws = fold(text).match(/[\p{L}]+/gu) ?? [];
  // "telt tweeënveertig zangers": a number word the pack writes as one compound counts as its units do.
  const worded = (w: string) => (p.numbers.units[w] ?? p.numbers.compound?.(w) ?? 1) !== 1;
  return ws.some((w, i) => worded(w) || p.numbers.vague.has(w) || isPart(w, ws[i + 1] ?? '', p));
}

/**
 * "No deaths have been reported", "er vielen geen doden": a word for none right before the counted noun (or one word
 * before it) is a count of zero, as a number would be.
 */
export function noneOfCounted(text: string, q: Question, p: LanguagePack): NumberMention[] {
  const head = q.counted.at(-1);
  return head ? noneOf(text, head, p) : [];
}

/**
 * "What entities with no genes …": the groups of the nouns the question says none of, a word for none right before
 * them (or one word before), in the question's language.
 */
export function noneAsked(q: Question): Group[] {
  const ws = fold(q.text).match(/[\p{L}-]+/gu) ?? [];
  const groupOf = (w: string) => q.groups.find((g) => !g.name && hasForm(g, q.lang, stem(w, q.lang)));
  // The first asked word after it: "no genes satisfy" denies genes, not satisfying.
  const denied = ws.map((w, i) =>
    q.pack.numbers.none.has(w)
      ? ws
          .slice(i + 1, i + 3)
          .map(groupOf)
          .find((g) => g)
      : undefined,
  );
  return [...new Set(denied.filter((g): g is Group => g !== undefined))];
}

/** The words for none in the text that stand right before (or one word before) a form of the group. */
export function noneOf(text: string, head: Group, p: LanguagePack): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    if (!p.numbers.none.has(fold(m[0]))) continue;
    // "geen vier jaar", "no two languages": the word denies the number after it, it counts nothing itself.
    if (findNumbers(text.slice(m.index + m[0].length), { smallWords: true, lang: p.code })[0]?.start === 1) continue;
    if (headFollows(text, m.index + m[0].length, head, p))
      out.push({ value: 0, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * "… with only one longitudinal study testing …", "a single case": a phrase that makes "one" a count, right before
 * (or one word before) the counted noun, is a count of one, as a number would be.
 */
export function singleOfCounted(text: string, q: Question, p: LanguagePack): NumberMention[] {
  const head = q.counted.at(-1);
  if (!head) return [];
  const out: NumberMention[] = [];
  const ws = [...text.matchAll(/[\p{L}]+/gu)];
  for (const phrase of p.numbers.single) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= ws.length; i++) {
      const run = ws.slice(i, i + parts.length);
      if (!run.every((m, k) => fold(m[0]) === parts[k])) continue;
      const [first, last] = [run[0]!, run.at(-1)!];
      const end = last.index + last[0].length;
      if (!/^[\p{L}\s]*$/u.test(text.slice(first.index, end)) || !headFollows(text, end, head, p)) continue;
      out.push({ value: 1, text: text.slice(first.index, end), start: first.index, end });
    }
  }
  return out;
}

/** The question counts how often ("how many times", "hoeveel keer"): its counted noun is a repetition word. */
export function asksRepeats(q: Question): boolean {
  const head = q.counted.at(-1);
  return !!head && q.pack.repetitions.has(head.id);
}

/**
 * "They were twice denied visas", "werd driemaal gekozen": a word that says how often, for a question that asks how
 * many times, is a count as "two times" would be; not "twice as many", which compares.
 */
export function repeatsOfCounted(text: string, q: Question, p: LanguagePack): NumberMention[] {
  if (!asksRepeats(q)) return [];
  const { words: counts, comparing } = p.numbers.repeats;
  const ws = [...text.matchAll(/[\p{L}]+/gu)];
  return ws.flatMap((m, i) => {
    const value = counts[fold(m[0])];
    if (value === undefined || comparing.has(fold(ws[i + 1]?.[0] ?? ''))) return [];
    return [{ value, text: m[0], start: m.index, end: m.index + m[0].length }];
  });
}

/** A form of the group is one of the two words after the offset, in the same clause. */
function headFollows(text: string, from: number, head: Group, p: LanguagePack): boolean {
  const after = /^[^.,;:!?()]*/u.exec(text.slice(from))![0];
  const next = (after.match(/[\p{L}-]+/gu) ?? []).slice(0, 2);
  return next.some((w) => writesAny([head], p.code, w));
}

/** "helft van", "half of": a word for a part of a whole before the word that says of what (both folded). */
export function isPart(word: string, next: string, p: LanguagePack): boolean {
  return p.numbers.fractions.has(word) && p.numbers.shareOf.has(next);
}

const MONTHS = new Set(PACKS.flatMap((p) => p.time.months));
/** Any pack's: a Dutch article quoted in an English answer still dates its years in Dutch. */
const BEFORE_YEAR = new Set(PACKS.flatMap((p) => [...p.time.beforeYear]));

/** A four-digit number from 1000 to 2100 after a preposition or a month is a year ("in 1769", "mei 2024"). */
export function looksLikeYear(text: string, at: number, written: string): boolean {
  if (!/^\d{4}$/.test(written) || Number(written) > 2100) return false;
  const before = fold(text.slice(Math.max(0, at - 16), at));
  // A reference: "(Drosten et al., 2003; Fouchier et al., 2003)", "(Smith, 1998)", "(2019)".
  if (citesWork(text, at, written)) return true;
  const after = text.slice(at + written.length);
  if (/^[a-z]?\s*[;)]/.test(after) && /[(;][^()\d;]{0,40}$/.test(text.slice(Math.max(0, at - 41), at))) return true;
  const last = /([\p{L}]+|\d{1,2})[.,]?\s*$/u.exec(before)?.[1];
  // "a survey of 1709 schoolchildren", "een enquête van 1709 scholieren": a plural noun right after counts it.
  const next = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  const plural = !isStopword(next) && PACKS.some((p) => p.pluralNoun.test(next)); // "the winter of 1999 was" dates
  if (last !== undefined && PARTITIVE.has(last) && plural) return false;
  // "the government's 1829 abolition of slavery": a year after a possessive dates its noun ("the firm's 1500 workers"
  // counts them).
  if (/\p{L}['’]s?\s+$/u.test(text.slice(Math.max(0, at - 8), at)) && !plural) return true;
  if (last !== undefined && CHANGE_MARKS.has(last) && afterChange(text, at)) return false;
  return last !== undefined && (MONTHS.has(last) || /^\d{1,2}$/.test(last) || BEFORE_YEAR.has(last));
}

const CHANGE_VERBS = new Set(PACKS.flatMap((p) => [...(p.time.changeVerbs ?? [])]));
const CHANGE_MARKS = new Set(PACKS.flatMap((p) => [...(p.time.changeMarks ?? [])]));
/** Two four-digit numbers joined by any pack's span word or a dash: "1990 to 2004", "1998 tot 2003", "1990–2004". */
const SPAN_JOINERS = [...new Set(PACKS.flatMap((p) => [...(p.time.spanJoiners ?? [])]))].join('|');
const JOINED_YEARS = new RegExp(String.raw`\b(\d{4})\s*(?:${SPAN_JOINERS}|[-–])\s*(\d{4})\b`, 'g');
/** How many words before the number a verb of change may stand: "steeg van 1100 tot 1240", "liep op tot 1240". */
const CHANGE_REACH = 5;

/**
 * A verb of a quantity changing stands just before, in the same clause: "rose from 1100 to 1240" reached amounts. Not
 * in a span of two recent years: "grew from 1990 to 2004" dates the growth.
 */
function afterChange(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - 12), at + 16);
  for (const m of around.matchAll(JOINED_YEARS))
    if ([m[1], m[2]].every((y) => Number(y) >= 1900 && Number(y) <= 2100)) return false;
  const clause = /[^,;:.!?()]*$/.exec(text.slice(Math.max(0, at - 80), at))![0];
  const ws = fold(clause).match(/[\p{L}]+/gu) ?? [];
  return ws.slice(-CHANGE_REACH).some((w) => CHANGE_VERBS.has(w));
}

const PARTITIVE = new Set(PACKS.flatMap((p) => [...p.time.partitiveBeforeYear]));

/**
 * A year that dates a cited work, not an event: "(Drosten et al., 2003)", "(Meierhenrich, 2008)", "(Smith and Jones,
 * 1998a; …)". A bare "(2019)" is left alone: "the film Parasite (2019)" dates the film.
 */
export function citesWork(text: string, at: number, written: string): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (/\bal\.?,?\s*$/.test(before)) return true;
  if (!/^[a-z]?\s*[;),]/.test(text.slice(at + written.length))) return false;
  // A citation in the running text: "Navarro’s (2016) analyses", "Smith et al. (2016) found".
  if (/(?:\p{Lu}[\p{L}-]+['’]s?|\bet al\.)\s*\($/u.test(before)) return true;
  return /[(;]\s*\p{Lu}[\p{L}'-]+(?:\s+(?:and|&|en|und)\s+\p{Lu}[\p{L}'-]+)?,\s*$/u.test(before);
}

/** "11 oktober", "October 11": a day of the month, part of a date rather than a count. */
export function looksLikeDay(text: string, at: number, end: number, written: string): boolean {
  if (!/^\d{1,2}$/.test(written) || Number(written) > 31) return false;
  const next = /^[.]?\s+([\p{L}]+)/u.exec(text.slice(end))?.[1];
  const last = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  return (next !== undefined && MONTHS.has(fold(next))) || (last !== undefined && MONTHS.has(fold(last)));
}

/** A mention that names a century ("veertiende eeuw", "14th century"), as `timeMentions` writes one. */
function inCentury(m: string, p: LanguagePack): boolean {
  return [...p.time.century].some((c) => m.endsWith(` ${c}`) || m.endsWith(`-${c}`));
}

/** A mention that is a time of day ("14.00 uur", "3am"), though it reads like a span ("14.00 uur" as "24 uur"). */
function isClock(m: string, p: LanguagePack): boolean {
  return timePatterns(p).wholeClock.test(m);
}

/** A mention that is a span of time ("24 uur", "three months"), as `timeMentions` writes one. */
export function isSpan(m: string, p: LanguagePack): boolean {
  return timePatterns(p).wholeSpan.test(m);
}

/** The time patterns made of a pack's word lists. The global ones are read with `matchAll` only, which copies them. */
interface TimePatterns {
  century: RegExp;
  span: RegExp;
  /** The span pattern matching a whole mention. */
  wholeSpan: RegExp;
  /** The pack's time of day matching a whole mention. */
  wholeClock: RegExp;
  seasons: RegExp;
  clock: RegExp;
  /** A moment counted in units from a start: "in the 74th minute", "in de tweede week". */
  ordinalUnit: RegExp;
}

const TIME_PATTERNS = new Map<string, TimePatterns>();

/** Built once per pack: `timeMentions` and `isSpan` run for every unit of a "when" question. */
function timePatterns(p: LanguagePack): TimePatterns {
  let t = TIME_PATTERNS.get(p.code);
  if (!t) {
    const ordinal = Object.keys(p.time.ordinals).join('|');
    const century = [...p.time.century].join('|');
    const units = [...p.time.units].join('|');
    const unit = Object.keys(p.numbers.units).join('|');
    // "vierentwintig uren", "tweeëntwintig dagen": a language that glues its number words writes one of several,
    // joined by its word for "and" (folded).
    const glue = p.numbers.compoundJoiner;
    const numberWord = glue ? `(?:${unit})(?:(?:${glue})?(?:${unit}))*` : unit;
    // "three months", "a week", "twenty working days"; joined to its noun: "a 48-hour strike", "two-day visit",
    // "een 48-uursstaking".
    const counted = `(?:\\d+(?:[.,]\\d+)?|${numberWord}|a|an|een)\\s+(?:[\\p{L}]+\\s+)?(?:${units})\\b`;
    const span = `(?:${counted}|(?:\\d+|${numberWord})-(?:${units}))`;
    t = {
      century: new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th|e|de|ste)?|${ordinal})[\\s-]+(?:${century})\\b`, 'gu'),
      span: new RegExp(`\\b${span}`, 'gu'),
      wholeSpan: new RegExp(`^${span}$`, 'u'),
      wholeClock: new RegExp(`^(?:${p.time.clock.source})$`, 'u'),
      seasons: new RegExp(p.time.seasons.source, 'gu'),
      clock: new RegExp(p.time.clock.source, 'gu'),
      ordinalUnit: new RegExp(`\\b(?:\\d{1,3}(?:st|nd|rd|th|e|de|ste)|${ordinal})\\s+(?:${units})\\b`, 'gu'),
    };
    TIME_PATTERNS.set(p.code, t);
  }
  return t;
}

/**
 * "How long did it last": a span, a start and an end ("from 1939 to 1945", "van mei tot september") or a start up to
 * now ("since 1990"); one year or date alone says when, not how long, and a number alone ("SARS-CoV-2") nothing.
 */
function lasts(text: string, mentions: string[], p: LanguagePack): boolean {
  const anchored = mentions.filter((m) => /\d/.test(m) || inCentury(m, p) || p.time.months.includes(m));
  const folded = fold(text);
  const since = (m: string) => p.time.since.test(folded.slice(0, Math.max(0, folded.indexOf(m))));
  return (
    mentions.some((m) => isSpan(m, p)) ||
    new Set(anchored).size > 1 ||
    anchored.some(since) ||
    vagueSpan(folded, p) ||
    p.time.lasting.test(folded)
  );
}

/** "For several years", "enkele weken": a span counted in a vague quantity, which `timeMentions` leaves out. */
function vagueSpan(folded: string, p: LanguagePack): boolean {
  const ws = folded.match(/[\p{L}]+/gu) ?? [];
  return ws.some((w, i) => p.numbers.vague.has(w) && p.time.units.has(ws[i + 1] ?? ''));
}

/** The span is followed by a word that makes it a moment: "three days later", "drie dagen geleden". */
function spanAgo(text: string, m: string, p: LanguagePack): boolean {
  const folded = fold(text);
  let at = folded.indexOf(m);
  for (; at >= 0; at = folded.indexOf(m, at + 1)) if (p.time.ago.test(folded.slice(at + m.length))) return true;
  return false;
}

/** Mentions of time in a text, as written: dates, years, months, weekdays, seasons, centuries, decades and spans. */
export function timeMentions(text: string, p: LanguagePack): string[] {
  const out: string[] = [];
  const folded = fold(text);
  for (const d of p.time.parseDates?.(text) ?? []) if (!abbreviatedDay(fold(d.text), p)) out.push(fold(d.text));
  for (const m of text.matchAll(/\b(?:1\d{3}|20\d{2})s?\b|\b\d{3}\s*(?:bc|ad|v\.?\s?chr|n\.?\s?chr)\b|'\d0s\b/gi))
    if (!citesWork(text, m.index, m[0])) out.push(fold(m[0]));
  out.push(...earlyYears(text, p));
  for (const y of lifeSpanYears(text)) if (y.length === 3) out.push(y);
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const w = fold(m[0]);
    if (p.time.months.includes(w)) {
      if (!p.time.capitalMonths?.has(w) || /^\p{Lu}/u.test(m[0])) out.push(w);
    } else if (p.time.weekdays.includes(w) || p.time.relative.has(w)) out.push(w);
    else if (p.time.dayParts?.some((d) => w.endsWith(d) && p.time.weekdays.includes(w.slice(0, -d.length))))
      out.push(w);
  }
  const patterns = timePatterns(p);
  for (const m of folded.matchAll(patterns.seasons)) out.push(m[0]);
  for (const m of folded.matchAll(patterns.clock)) out.push(m[0]);
  for (const m of folded.matchAll(patterns.ordinalUnit)) out.push(m[0]);
  for (const m of folded.matchAll(patterns.century)) out.push(m[0]);
  for (const m of folded.matchAll(patterns.span)) if (!isRate(folded, m.index, m[0])) out.push(m[0]);
  for (const m of folded.matchAll(/\b(?:jaren|the)\s+(?:\d0|[a-z]+tig|[a-z]+ties)\b/g)) out.push(m[0]);
  return out;
}

/** "600,000 euros a day": "a" and a unit just after a number make a rate, not a span of time. */
function isRate(folded: string, at: number, span: string): boolean {
  if (!/^(?:a|an|een)\s/.test(span)) return false;
  const before = folded.slice(Math.max(0, at - 40), at).match(/[\p{L}\p{N}][\p{L}\p{N}.,]*/gu) ?? [];
  return before.slice(-3).some((w) => /\d/.test(w));
}

/**
 * One word the date parser reads as a day or month it abbreviates ("sat", "sun", "wed"; Dutch "zo", "zat", "do"),
 * which are far more often other words ("so", "sat"). A full name of the pack's, or a date with a number, is kept.
 */
function abbreviatedDay(m: string, p: LanguagePack): boolean {
  if (/\d|\s/.test(m)) return false;
  return !p.time.months.includes(m) && !p.time.weekdays.includes(m) && !p.time.relative.has(m);
}

/**
 * "In 348 Pachomius died", "since 711 the city …": a year of three digits, after a word that marks a year and not
 * followed by what it would count ("in 300 cases"): a capitalised word, a stop word, punctuation or the end.
 */
function earlyYears(text: string, p: LanguagePack): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/([\p{L}]+)\s+(\d{3})(?![\d.,]\d)\b/gu)) {
    const rest = text.slice(m.index + m[0].length);
    // "… joined the community around 328.": an approximate number of three digits closing a sentence dates it;
    // "about 300 people", "nearly 400 of them" count.
    const approx = p.numbers.approximate.includes(fold(m[1]!)) && /^\s*(?:[.;!?]|$)/.test(rest);
    if (!BEFORE_YEAR.has(fold(m[1]!)) && !approx) continue;
    const next = /^\s*([\p{L}]+)/u.exec(rest)?.[1];
    if (next === undefined || /^\p{Lu}/u.test(next) || p.stopwords.has(fold(next))) out.push(m[2]!);
  }
  return out;
}

/** Capitalised words after a preposition of place: "in Eisleben", "naar de provincie Limburg". */
function placeMentions(text: string, p: LanguagePack): string[] {
  const tokens = wordTokens(text);
  // "Greyhound Bus Lines, 317 S Detroit Ave.": an address says where, with no preposition before it.
  const address = p.streetAddress.exec(text)?.[0];
  return [...placeAt(tokens, p).map(({ at }) => fold(tokens[at]!)), ...(address ? [fold(address)] : [])];
}

/** How many words apart an answer and a word of the question may stand to read as one statement. */
const NEAR = 6;

/**
 * A place (for "where") or a name (for "who") the question does not give stands within a few words of one of its
 * words other than names: "verhuisd naar de havenstad Noordhaven" says where the shipyard moved; "in Westerhaven",
 * three clauses from "verhuisd", less surely.
 */
export function answerNearAsked(text: string, lang: string, q: Question): boolean {
  return answersNearAsked(text, lang, q).length > 0;
}

/** How many words apart a year and a word of the question may stand: a name's gloss may come between. */
const YEAR_NEAR = 8;

/**
 * "Since when is the party called X": a year the question does not give stands within a few words of one of its words,
 * names too, in one sentence ("de Bond (sedert 3 maart 1999 X)"); a year clauses from them dates something else.
 */
export function yearNearAsked(text: string, lang: string, q: Question): boolean {
  const tokens = [...text.matchAll(/[\p{L}\d][\p{L}\d'’.-]*/gu)].map((m) => m[0]);
  const years = tokens.flatMap((w, i) => (/^[12]\d{3}[.!?]?$/.test(w) && !inQuestion(fold(w), q) ? [i] : []));
  if (years.length === 0) return false;
  const asked = (w: string) => {
    const s = stem(fold(w), lang);
    return !isStopword(fold(w)) && q.groups.some((g) => hasForm(g, lang, s));
  };
  const said = tokens.flatMap((w, i) => (asked(w) ? [i] : []));
  const ends = sentenceEnds(tokens);
  return years.some((y) => said.some((a) => nearInSentence(ends, a, y, YEAR_NEAR)));
}

/** Which of a text's written words close a sentence (end in ".", "!" or "?"). */
function sentenceEnds(written: readonly string[]): boolean[] {
  return written.map((w) => /[.!?]$/.test(w));
}

/** Words `a` and `b` stand at most `reach` words apart with no sentence closing between them. */
function nearInSentence(ends: readonly boolean[], a: number, b: number, reach: number): boolean {
  return Math.abs(a - b) <= reach && !ends.slice(Math.min(a, b), Math.max(a, b)).includes(true);
}

/** The answers (places for "where", names for "who") that stand near the question's words, folded. */
export function answersNearAsked(text: string, lang: string, q: Question): string[] {
  const tokens = wordTokens(text);
  // A place is as near as its preposition ("buried in a common grave of the Montparnasse Cemetery"), a name as itself.
  const answers = (
    q.kind === 'person'
      ? namesAt(tokens).map((at) => ({ at, from: at }))
      : q.kind === 'place'
        ? placeAt(tokens, pack(lang))
        : []
  ).filter(({ at }) => !inQuestion(fold(tokens[at]!), q));
  if (answers.length === 0) return [];
  const asked = (w: string) => {
    const s = stem(fold(w), lang);
    return q.groups.some((g) => !g.name && hasForm(g, lang, s));
  };
  const said = tokens.flatMap((w, i) => (asked(w) ? [i] : []));
  // Within one sentence: "… at Harvard. His daughter Lensey, born in 1929" says nothing of where she was born.
  const ends = tokens.flatMap((w, i) => (/[.!?]$/.test(w) ? [i] : []));
  const apart = (a: number, b: number) => ends.some((e) => e >= Math.min(a, b) && e < Math.max(a, b));
  const near = (a: number, x: { at: number; from: number }) =>
    Math.min(Math.abs(a - x.at), Math.abs(a - x.from)) <= NEAR;
  return answers
    .filter((x) => said.some((a) => near(a, x) && !apart(a, x.at)))
    .map(({ at }) => fold(tokens[at]!.replace(/[.!?]$/, '')));
}

/**
 * Indices of the capitalised words other than the first: names, more loosely than nameMentions, which also skips a
 * capital that opens a later sentence (answerNearAsked keeps an answer and the question's word in one sentence).
 */
function namesAt(tokens: readonly string[]): number[] {
  return tokens.flatMap((w, i) => (i > 0 && /^\p{Lu}/u.test(w) ? [i] : []));
}

/** How many words apart a figure and a word of the question may stand to be said of each other. */
const FIGURE_NEAR = 8;

/**
 * "How long must my passport be valid": of "Your passport needs to be valid at least six months" and "It is usually
 * valid for 30 days", the first says more of the question's words beside its number. How many (distinct words other
 * than names) stand within a few words of one number, in its sentence; 0 with no number.
 */
export function askedNearFigure(text: string, lang: string, q: Question): number {
  const written = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)].map((m) => m[0]);
  const tokens = written.map((w) => w.replace(/[.,]$/, ''));
  // A sentence ends at a word closed by a full stop: "… 30 days. Your passport" says nothing of it across.
  const ends = sentenceEnds(written);
  const asked = tokens.map((w) => {
    const s = stem(fold(w), lang);
    return q.groups.findIndex((g) => !g.name && !/^\d+$/.test(g.id) && hasForm(g, lang, s));
  });
  let most = 0;
  for (const [i, w] of tokens.entries()) {
    if (!/^\d/.test(w) && parseNumberToken(w) === undefined) continue;
    const seen = new Set<number>();
    for (let j = Math.max(0, i - FIGURE_NEAR); j <= Math.min(tokens.length - 1, i + FIGURE_NEAR); j++)
      if (asked[j]! >= 0 && nearInSentence(ends, i, j, FIGURE_NEAR)) seen.add(asked[j]!);
    most = Math.max(most, seen.size);
  }
  return most;
}

/** The words of a text as placeMentions reads them, in order. */
function wordTokens(text: string): string[] {
  // Numbers count as words: "… who died in 1993. In 1997, he married X": the year closes its sentence, and "In" is
  // then no place preposition of "X".
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => m[0]);
}

/**
 * Indices of the capitalised words a preposition of place stands shortly before ("naar de havenstad Noordhaven"),
 * each with its preposition's (`from`).
 */
function placeAt(tokens: readonly string[], p: LanguagePack): { at: number; from: number }[] {
  const out: { at: number; from: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!;
    // "on Friday." ends a sentence: the word without its full stop is the weekday.
    const bare = fold(w.replace(/[.]+$/, ''));
    if (!/^\p{Lu}/u.test(w) || p.time.months.includes(bare) || p.time.weekdays.includes(bare)) continue;
    const from = placedAfter(tokens, i, p);
    if (from >= 0) out.push({ at: i, from });
  }
  return out;
}

/** How far back an "of" looks for the place preposition: "in a common grave of the Montparnasse Cemetery". */
const OF_REACH = 5;

/**
 * Where the place preposition stands: a few words before the name, in the same sentence ("… at Harvard. His
 * daughter" names no place "His"), or before the phrase the name's "of" (the pack's word of a share) ends: "buried in
 * a common grave of the Montparnasse Cemetery". -1 when none does.
 */
function placedAfter(tokens: readonly string[], i: number, p: LanguagePack): number {
  const sentence = (j: number) => j >= 0 && !/[.!?]$/.test(tokens[j]!);
  for (let j = i - 1; j >= Math.max(0, i - 3) && sentence(j); j--) {
    const w = fold(tokens[j]!);
    // "In 1997, he married X": a preposition before a number says when, not where.
    if (p.placePrepositions.has(w)) return /^\p{N}/u.test(tokens[j + 1] ?? '') ? -1 : j;
    if (!p.numbers.shareOf.has(w)) continue;
    // "at the age of six, and Pierre became": the name is no object of that "of" when other words come between.
    if (!tokens.slice(j + 1, i).every((t) => /^\p{Lu}/u.test(t) || p.determiners.has(fold(t)))) return -1;
    for (let k = j - 1; k >= Math.max(0, j - OF_REACH) && sentence(k); k--)
      if (p.placePrepositions.has(fold(tokens[k]!))) return k;
    return -1;
  }
  return -1;
}

/** Capitalised words inside the text (its first word aside): names of people, groups and places. */
function nameMentions(text: string, p: LanguagePack): string[] {
  const all = [...text.matchAll(/(?<=[\p{L}\p{N},;:)”"’] )\p{Lu}[\p{L}'’-]*/gu)].map((m) => m[0]);
  const pronoun = (w: string) => p.firstPerson.has(fold(w)) && !/^\p{Lu}{2,}$/u.test(w);
  return all.filter((w) => !pronoun(w)).map(fold);
}

/** A month's or weekday's name of the pack ("october", "woensdag"). */
export function isDateWord(mention: string, p: LanguagePack): boolean {
  return p.time.months.includes(mention) || p.time.weekdays.includes(mention);
}

/** A mention the question already makes ("What happened in 1769?" is not answered by "1769"). */
export function inQuestion(mention: string, q: Question): boolean {
  const question = fold(q.text);
  const core = mention.replace(/^(?:in|on|at|op|de|het|the)\s+/, '');
  return core.length > 0 && question.includes(core);
}
