import { fold, type LanguagePack, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import type { NumberMention } from '../text/numbers.js';
import { hasForm } from './evidence.js';
import { stemsOfDying } from './life-span.js';
import { oncePerLanguage } from './memo.js';
import type { Group, Question } from './question.js';

/** How far after a number its noun may stand ("10.000 Belgische supporters"): a few adjectives. */
export const NOUN_WINDOW = 4;
/** The first content word where a number's noun may stand ("14 individuals" → "individuals"), or "". */
export function wordAfter(text: string, n: NumberMention, p: LanguagePack): string {
  return contentWords(nounWindow(text.slice(n.end)), p.stopwords)[0] ?? '';
}

/** The question counts people in general ("how many people", "hoeveel mensen"), no noun of its own kind. */
export function countsPeople(q: Question): boolean {
  return q.counted.length === 1 && q.pack.peopleWords.has(q.counted[0]!.id);
}

/**
 * The question counts spans of time ("for how many weeks", "hoeveel dagen"): an article may give the span in another
 * unit of time ("30 days", "twaalf jaar"), which answers it as well; so does a question that counts time of no unit
 * ("hoeveel tijd").
 */
export function countsTime(q: Question): boolean {
  const head = q.counted.at(-1);
  return q.counted.length === 1 && !!head && (q.pack.time.units.has(head.id) || !!q.pack.time.spanNouns?.has(head.id));
}

/**
 * The units of measure a question that counts one ("how many kilometres", "hoeveel kilometer") may be answered in, in
 * the article's language: those of every dimension that lists the asked unit, so "km" and "metres" answer it, and
 * "km²" or "hectares" (an area's) do not. Empty when the question counts no unit of measure.
 */
export function measureUnits(q: Question, lang: string): ReadonlySet<string> {
  const head = q.counted.at(-1);
  if (q.counted.length !== 1 || !head) return new Set();
  const dims = Object.entries(q.pack.measures)
    .filter(([, m]) => m.units.includes(head.id))
    .map(([d]) => d as keyof LanguagePack['measures']);
  if (dims.length === 0) return new Set();
  const own = pack(lang).measures;
  return new Set(own[dims[0]!].units.filter((u) => dims.every((d) => own[d].units.includes(u))));
}

/** The question counts a unit of measure: "how many kilometres long is the trail". */
export function countsMeasure(q: Question): boolean {
  return measureUnits(q, q.lang).size > 0;
}

/**
 * Words that name a dimension ("long", "lengte", "high", "far"): in a question that counts a unit of measure ("how
 * many kilometres long"), the unit after the answer's number says them.
 */
export const dimensionWords = oncePerLanguage((lang): ReadonlySet<string> => {
  const p = pack(lang);
  const figures = Object.values(p.measureFigures).flatMap((f) => [...f.words]);
  return new Set([...figures, ...Object.values(p.measures).flatMap((m) => m.asks)]);
});

/** The unit right after a number, folded, when it is a whole word ("220 km hiking", not "2106 km²"), or "". */
export function unitAfter(text: string, n: NumberMention): string {
  const m = /^\s*(\p{L}+)(?![\p{L}\d²³/])/u.exec(text.slice(n.end));
  return m ? fold(m[1]!) : '';
}

/** A unit of measure or of time ("travelled more than 1,000 km", "waited 30 minutes"), as written or folded. */
export function isUnitWord(word: string, p: LanguagePack): boolean {
  const w = fold(word);
  return p.time.units.has(w) || Object.values(p.measures).some((m) => m.units.includes(w));
}

/** The question counts what it never says: a price question counts money ("Wat kost de X2?", see question.ts). */
export function countsUnsaid(q: Question): boolean {
  const head = q.counted.at(-1);
  return !!head && !q.groups.includes(head);
}

/** "artilleriegranaten" ends in the asker's "granaten": a compound naming a kind of what is counted. */
export function endsInForm(g: Group, lang: string, s: string): boolean {
  return [...(g.forms.get(lang) ?? [])].some((f) => f.length >= 4 && s.length > f.length && s.endsWith(f));
}

/**
 * The text after a number where its noun may stand: punctuation ends it ("17:50 Burgemeester: … supporters"), and so
 * does a reference in brackets ("a 6 month delay [21], as well …"), which would read as a citation in an answer.
 */
export function nounWindow(after: string): string {
  return /^[^:;()[\]]*/.exec(after)![0];
}

/** The pack's stems of dying ("overled", "die", "death"), built once per language. */
export const deadStems = oncePerLanguage((lang): ReadonlySet<string> => new Set(stemsOfDying(pack(lang))));

/** A compound (in a language that writes them) that ends in a form of the counted noun: "windturbin" of "turbin". */
export function compoundOfCounted(stemmed: string, q: Question, lang: string): boolean {
  const head = q.counted.at(-1);
  if (!head || !pack(lang).compounds) return false;
  // The noun's own forms only: a synonym of a few letters ends too many words.
  return [...(head.forms.get(lang) ?? [])].some(
    (f) => f.length >= 4 && stemmed.length > f.length && stemmed.endsWith(f),
  );
}

/** A word (or a part of a hyphenated one) is a form of the noun the question counts. */
export function isCountedNoun(word: string | undefined, q: Question, lang: string): boolean {
  return !!word?.split('-').some((x) => groupOf(stem(x, lang), q.groups, lang) === q.counted.at(-1));
}

export function groupOf(s: string, groups: Group[], lang: string): Group | undefined {
  return groups.find((g) => hasForm(g, lang, s));
}

/** A span's words, hyphens and apostrophes kept inside them, folded. */
export function wordsIn(span: string): string[] {
  return (span.match(/[\p{L}][\p{L}’'-]*/gu) ?? []).map((t) => fold(t));
}

/** A span's words, folded, without stop words. */
export function contentWords(span: string, stopwords: ReadonlySet<string>): string[] {
  return wordsIn(span).filter((w) => !stopwords.has(w));
}
