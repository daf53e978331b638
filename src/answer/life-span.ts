import { fold, type LanguagePack, PACKS } from '../lang/index.js';
import { formsOfVerb } from '../lang/irregular.js';
import { stem } from '../text/analyze.js';
import { writesForm } from './evidence.js';
import type { Group, Question } from './question.js';

/**
 * What an encyclopedia says in brackets after its subject's name: where and when the subject was born and died
 * ("Astrid Sofia Lovisa Thyra (Stockholm 17 november 1905 -- Küssnacht 29 augustus 1935)"), or, for someone alive,
 * only where and when born ("Dirk Dries burggraaf Frimout (Poperinge 21 maart 1941)").
 */
const YEAR = String.raw`\b\d{3,4}\b`;
// Capitalised words, with at most one lower-case word between two of them (a title or particle: "burggraaf", "van"),
// or a comma before a title ("Augusta Ada King, Countess of Lovelace").
const NAME = String.raw`(?:\p{Lu}[\p{L}.'’-]*,?\s+(?:\p{Ll}[\p{L}.'’-]*\s+)?){0,6}\p{Lu}[\p{L}.'’-]*`;
// The bracket may hold brackets of its own, one deep: "Antonín Dvořák (/ d(ə)ˈvɔːrʒɑːk /; 8 September 1841 – …)".
const INNER = String.raw`(?:[^()]|\([^()]*\))`;
const BRACKET = new RegExp(String.raw`^\s*(${NAME})\s*\((${INNER}*?${YEAR}${INNER}*)\)`, 'u');
const SPAN = new RegExp(String.raw`${YEAR}[^\d]*?[-–—]{1,2}.*?${YEAR}`, 'u');

/** Whether the text opens with a life span ('span'), a birth only ('birth'), or neither. */
export function lifeSpanOf(text: string): 'span' | 'birth' | undefined {
  const inside = BRACKET.exec(text)?.[2];
  if (inside === undefined) return undefined;
  return SPAN.test(inside) ? 'span' : 'birth';
}

/**
 * The years of a life span the text opens with, three digits too: "Theodorus of Tabennese (c. 314 – 368)" dates a
 * birth and a death as "(1704 – 1787)" does, where a bare three-digit number would date nothing.
 */
export function lifeSpanYears(text: string): string[] {
  const inside = BRACKET.exec(text)?.[2];
  if (inside === undefined || !SPAN.test(inside)) return [];
  return inside.match(new RegExp(YEAR, 'gu')) ?? [];
}

/** Whose life span it is: the name before the bracket ("Augusta Ada King, Countess of Lovelace"). */
export function lifeSpanSubject(text: string): string | undefined {
  return BRACKET.exec(text)?.[1];
}

/**
 * The places such a bracket names: capitalised words right before a date, opening it or after its dash ("Stockholm
 * 17 november 1905 -- Küssnacht 29 augustus 1935"); not "French pronunciation: …; 23 January 1928".
 */
export function lifeSpanPlaces(text: string, of?: 'birth' | 'death'): string[] {
  const inside = BRACKET.exec(text)?.[2];
  if (inside === undefined) return [];
  const place = /(^|[-–—]\s*)\s*(\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+)*),?\s+\d/gu;
  // The place opening the bracket is of the birth, one after its dash of the death: "(1920 - Neder-over-Heembeek, 28
  // augustus 1997)" names no birthplace.
  const wanted = (m: RegExpMatchArray) => of === undefined || (of === 'birth') === (m[1] === '');
  // "(August 2, 1754 – June 14, 1825)": a month before its day is no place.
  return [...inside.matchAll(place)]
    .filter(wanted)
    .map((m) => m[2]!)
    .filter((w) => !MONTHS.has(fold(w)));
}

/** The month names of every pack, folded. */
const MONTHS: ReadonlySet<string> = new Set(PACKS.flatMap((p) => p.time.months));

/** The pack's words of dying ("died", "stierf", "dood"), as a question asks them: its life-span words but birth's. */
export function wordsOfDying(p: LanguagePack): string[] {
  return p.lifeSpan.filter((w) => !p.birth.includes(w));
}

/**
 * The stems of the pack's words of dying, with an irregular verb's other forms ("stierven" of "stierf").
 */
export function stemsOfDying(p: LanguagePack): string[] {
  const verbs = p.irregularVerbs;
  const all = wordsOfDying(p).flatMap((w) => [w, ...(verbs ? formsOfVerb(w, verbs, p.verbForms?.participle) : [])]);
  return [...new Set(all.map((w) => stem(w, p.code)))];
}

/**
 * The word of the question that asks when or where someone was born or died ("When did Babbage die?", "Wanneer werd
 * Byron geboren?"), if it asks that: a life-span word of its pack among its forms, or (`asWritten`) as asked — over
 * articles in another language the group has no forms in the asker's. With `why`, also why or of what someone died
 * ("What did Hadid die of?").
 */
export function lifeEventAsked(q: Question, { asWritten = true, why = false } = {}): Group | undefined {
  if (q.kind !== 'time' && q.kind !== 'place' && !(why && q.kind === 'reason')) return undefined;
  const life = new Set(q.pack.lifeSpan.map((w) => stem(w, q.lang)));
  return q.groups.find((g) => !g.name && ((asWritten && life.has(stem(g.id, q.lang))) || writesForm(g, q.lang, life)));
}
