import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold, type MeasureFigure, pack } from '../lang/index.js';
import { stem, words } from '../text/analyze.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import type { AnswerContext, Candidate } from './candidates.js';
import { fieldLabel, isFieldLine } from './candidates.js';
import { writtenBefore } from './count-number.js';
import { groupOf } from './count-words.js';
import { hasForm, namesAll, saysWord } from './evidence.js';
import { type Figure, inTheYearAsked, restCoverage } from './figures.js';
import { looksLikeDay, looksLikeYear } from './kinds.js';
import { oncePerLanguage } from './memo.js';
import type { Group, Question } from './question.js';

/** A figure's sentence must say this share of the question's words other than its names and the measure. */
const MEASURE_COVERAGE = 0.5;
/** How many words a measure word may stand before its number ("rate seems to be around 3%"). */
const WORDS_BEFORE = 5;
/** How many words after its number (and unit) a measure word may stand ("48 meters high"). */
const WORDS_AFTER = 2;

/**
 * The measure an amount question asks without a counted noun: by its noun ("what is the population of X", "wat is
 * de oppervlakte van X") or by its adjective ("how high", "hoe lang is"), whose figures are in its dimension's units.
 */
export function measureAsked(q: Question): MeasureFigure | undefined {
  if (q.kind !== 'amount' || q.counted.length > 0) return undefined;
  const p = q.pack;
  const named = measureOfNoun(q);
  if (named) return named;
  const dim = q.measure;
  if (!dim) return undefined;
  const nouns = Object.values(p.measureFigures).filter((m) => m.in === dim);
  return { in: dim, words: [...p.measures[dim].asks, ...nouns.flatMap((m) => m.words)] };
}

/**
 * The measure is asked by its noun ("what is the population of X"), not by an adjective ("how high"), and is one an
 * article writes beside its noun or in its units; a share is written in too many ways ("two in five", "most").
 */
export function measureNamed(q: Question): boolean {
  const named = measureOfNoun(q);
  return named !== undefined && named.in !== 'share';
}

/** The measure the question names by its noun ("population", "oppervlakte"), if it names one. */
function measureOfNoun(q: Question): MeasureFigure | undefined {
  const noun = words(fold(q.text)).find((w) => Object.hasOwn(q.pack.measureFigures, w));
  return noun === undefined ? undefined : q.pack.measureFigures[noun];
}

/**
 * Every article's figures for the measure asked, of the subject asked; `others`: how many were of another name sharing
 * a word with it; `written`: whether any unit writes the measure at all, of whatever subject, in a figure or in a
 * vague quantity beside its word ("its population in the hundreds of thousands").
 */
export function findMeasureFigures(
  q: Question,
  m: MeasureFigure,
  candidates: Candidate[],
  ctx: AnswerContext,
): { figures: Figure[]; others: number; written: boolean } {
  const asked = new Set(m.words.map((w) => stem(w, q.lang)));
  const measureGroups = q.groups.filter((g) => !g.name && asked.has(stem(g.id, q.lang)));
  const rest = q.groups.filter((g) => !g.name && !measureGroups.includes(g) && !/^\d+$/.test(g.id));
  const figures: Figure[] = [];
  let others = 0;
  let written = false;
  const besideOthers = new Set<Figure>();
  const seen = new Set<string>();
  // Each sentence of the units once: a unit may hold two ("Velox fever is severe. Its rate ranged from …").
  const sentences = candidates.flatMap((c) =>
    ctx.view.inside(c.article.id, c.unit.start, c.unit.end).map((sentence) => ({ c, sentence })),
  );
  for (const { c, sentence } of sentences) {
    if (seen.has(`${c.article.id}:${sentence.index}`)) continue;
    seen.add(`${c.article.id}:${sentence.index}`);
    const found = figuresOf(sentence, c.article, m, q, measureGroups);
    written ||= found.length > 0 || vaguelyWritten(sentence.text, m, c.article.language, q);
    if (found.length === 0 || restCoverage(sentence, rest, q, ctx) < MEASURE_COVERAGE) continue;
    const { own, shared, beside } = ofSubject(found, c, q, rest, ctx);
    if (shared) others += found.length;
    for (const f of own)
      if (!figures.some((x) => x.article.id === f.article.id && x.value === f.value)) figures.push(f);
    for (const f of beside ? own : []) besideOthers.add(f);
  }
  // A figure given for the one subject asked alone goes before one given for it and others together: that one is
  // less its own. Asked of several, a figure of them together is as much theirs.
  const alone = q.names.length === 1 ? figures.filter((f) => !besideOthers.has(f)) : figures;
  return { figures: inTheYearAsked(alone.length > 0 ? alone : figures, q), others, written };
}

/** How many words apart a measure word and a vague quantity may stand ("population in the hundreds"). */
const VAGUE_REACH = 4;

/** A vague quantity near a word that says the measure: "its population in the hundreds of thousands". */
function vaguelyWritten(text: string, m: MeasureFigure, lang: string, q: Question): boolean {
  const says = saysMeasure(m, [], lang, q.lang);
  const ws = words(fold(text));
  const vague = pack(lang).numbers.vague;
  return ws.some((w, i) => says(w) && ws.slice(i + 1, i + 1 + VAGUE_REACH).some((v) => vague.has(v)));
}

/** The sentence's numbers written as the measure's figures, each next to a word that says the measure. */
function figuresOf(sentence: Sentence, article: Article, m: MeasureFigure, q: Question, asked: Group[]): Figure[] {
  const lang = article.language;
  const text = sentence.text;
  const says = saysMeasure(m, asked, lang, q.lang);
  const numbers = findNumbers(text, { lang }).filter(
    (n) =>
      !looksLikeYear(text, n.start, n.text) &&
      !looksLikeDay(text, n.start, n.end, n.text) &&
      !q.numbers.has(n.value) &&
      unitAfter(text, n, m, lang) !== undefined,
  );
  // "Aantal inwoners: 1.040.261 (1 juli 2005)": a field line whose label says the measure gives it first.
  const label = isFieldLine(sentence, article) ? fieldLabel(text) : undefined;
  const chosen =
    label !== undefined ? (words(label).some(says) ? numbers.slice(0, 1) : []) : nextToWord(text, numbers, says);
  // "only 1km²": a unit of the measure alone says it.
  const own = new Set((m.units ?? []).map(fold));
  chosen.push(...numbers.filter((n) => !chosen.includes(n) && own.has(fold(unitAfter(text, n, m, lang) ?? ''))));
  if (m.in) chosen.push(...listedAfter(text, numbers, chosen, m, lang));
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((one) => {
    const n = withRangeEnd(text, one, numbers, m, lang);
    const unit = unitAfter(text, n, m, lang);
    return {
      article,
      sentence,
      value: n.value,
      text: n.text,
      at: sentence.start + n.start,
      strict: true,
      loose: true,
      modifiers: '',
      ...(unit ? { noun: unit } : {}),
      ...writtenBefore(text, n, lang),
      named: true,
      whole: true,
      elsewhere: false,
    };
  });
}

/**
 * The numbers a measure word stands next to: right after the number ("1.040.261 inwoners", "10% rate") or a few words
 * before it with no number between ("fatality rate of 9.6%"); a word right after one number is not the next one's.
 */
function nextToWord(text: string, numbers: NumberMention[], says: (w: string) => boolean): NumberMention[] {
  const claimed = new Set<number>();
  const out: NumberMention[] = [];
  const wordsAt = [...text.matchAll(/\p{L}+/gu)].map((w) => ({ at: w.index, end: w.index + w[0].length, w: w[0] }));
  for (const n of numbers) {
    const after = wordsAt.filter((w) => w.at >= n.end).slice(0, WORDS_AFTER + 1);
    const own = after.find((w) => says(w.w) && !numbers.some((x) => x !== n && x.start > n.end && x.start < w.at));
    if (own) {
      claimed.add(own.at);
      out.push(n);
      continue;
    }
    const previous = numbers.filter((x) => x.end <= n.start).at(-1)?.end ?? 0;
    const before = wordsAt.filter((w) => w.end <= n.start && w.at >= previous).slice(-WORDS_BEFORE);
    if (before.some((w) => says(w.w) && !claimed.has(w.at))) out.push(n);
  }
  return out;
}

/** How many words may stand between a figure and the next number in its units that goes on listing it. */
const LISTED_GAP = 5;

/**
 * "… the 10% rate for Velox fever or 34% reported for Corra fever": a number in the measure's units a few words after
 * one of its figures, with no measure word of its own, goes on listing figures of the same measure.
 */
function listedAfter(text: string, numbers: NumberMention[], chosen: NumberMention[], m: MeasureFigure, lang: string) {
  const out: NumberMention[] = [];
  let last = chosen[0];
  for (const n of numbers) {
    if (!last || n.start <= last.start) continue;
    // "ranged from 14% to 45%": a range's end is no other figure.
    const gap = gapAfter(text, last, n, m, lang);
    if (!chosen.includes(n) && !joinsRange(gap, lang) && words(gap).length <= LISTED_GAP) out.push(n);
    last = n;
  }
  return out;
}

/** The text between a number's unit and a later number. */
function gapAfter(text: string, a: NumberMention, b: NumberMention, m: MeasureFigure, lang: string): string {
  const between = text.slice(a.end, b.start);
  const unit = unitAfter(text, a, m, lang) ?? '';
  return unit ? between.slice(between.indexOf(unit) + unit.length) : between;
}

/** A dash or a word that joins a span ("to", "tot"): the two numbers are one range. */
function joinsRange(gap: string, lang: string): boolean {
  return /^\s*[-–]\s*$/.test(gap) || !!pack(lang).time.spanJoiners?.has(fold(gap.trim()));
}

/** "14% to 45%": a figure that opens a range is written with its end. */
function withRangeEnd(text: string, n: NumberMention, numbers: NumberMention[], m: MeasureFigure, lang: string) {
  const next = numbers.find((x) => x.start >= n.end);
  if (!next || !joinsRange(gapAfter(text, n, next, m, lang), lang)) return n;
  return { ...n, text: text.slice(n.start, next.end) };
}

/** The unit written after the number, as the measure writes its figures; '' when it takes none. */
function unitAfter(text: string, n: NumberMention, m: MeasureFigure, lang: string): string | undefined {
  if (!m.in) return '';
  const p = pack(lang);
  const units = m.in === 'share' ? [...p.numbers.percent] : p.measures[m.in].units;
  const after = text.slice(n.end);
  const folded = fold(after);
  const lead = /^\s?/.exec(folded)![0].length;
  const unit = units
    .filter((u) => folded.slice(lead).startsWith(fold(u)) && !/[\p{L}\d]/u.test(folded[lead + u.length] ?? ''))
    .sort((a, b) => b.length - a.length)[0];
  return unit === undefined ? undefined : after.slice(lead, lead + unit.length);
}

/**
 * Whether a word says the measure: one of its words as written, not by stem ("rated" says no "rate"); in an article
 * in another language than the question, a form of the asked measure word there ("inwoners" for "population").
 */
function saysMeasure(m: MeasureFigure, asked: Group[], lang: string, questionLang: string): (w: string) => boolean {
  const written = new Set(m.words.map(fold));
  if (lang === questionLang) return (w) => written.has(fold(w));
  return (w) => written.has(fold(w)) || asked.some((g) => hasForm(g, lang, stem(fold(w), lang)));
}

/**
 * The figures that are the subject's: a sentence (or, of several figures, the figure's own clause) that names the
 * subject wholly; not one naming another name that shares a word with it ("Vlaams-Brabant" for "Waals-Brabant"); one
 * that names no one speaks of its article's title; one naming only others (a source) of its unit's paragraph.
 */
function ofSubject(found: Figure[], c: Candidate, q: Question, rest: Group[], ctx: AnswerContext): Subject {
  const lang = c.article.language;
  const none = { own: [], shared: false, beside: false };
  if (q.names.length === 0) return { ...none, own: found.length > 1 ? mostSaid(found, rest, lang) : found };
  const verdict = (text: string) => subjectIn(text, q, lang, ctx);
  if (found.length > 1) {
    const clauses = found.map((f, i) => clauseOf(f, found[i - 1], found[i + 1]));
    // Each clause of several figures names its own: a clause naming only the subject, else it beside others.
    for (const wanted of ['whole', 'whole+other'] as const) {
      const own = found.filter((_, i) => verdict(clauses[i]!) === wanted);
      if (own.length > 0) return { ...none, own, beside: wanted === 'whole+other' };
    }
    // "… 10% for X or 34% for Y", asked of X and Y: the clauses that name one of them.
    const some = found.filter((_, i) => namesSome(clauses[i]!, q, lang));
    if (some.length > 0 && namesWholly(stemsOf(found[0]!.sentence.text, lang), q, lang)) return { ...none, own: some };
  }
  const said = verdict(found[0]!.sentence.text);
  if (said === 'whole' || said === 'whole+other') return { ...none, own: found, beside: said === 'whole+other' };
  if (said === 'partial') return { ...none, shared: true };
  if (said === 'other') return { ...none, own: namesAll(c, q) ? found : [] };
  // "Velox fever is severe. Its rate …": a sentence naming no one speaks of what the paragraph named last before it;
  // "De provincie heeft een oppervlakte van 4443 km²" of the province named before, not the Groothertogdom after.
  const earlier = namedBefore(found[0]!.sentence, c.article, ctx, verdict);
  if (earlier === 'whole' || earlier === 'whole+other') return { ...none, own: found };
  if (earlier !== 'none') return { ...none, shared: earlier === 'partial' };
  const title = [...ctx.view.titleStems(c.article.id)];
  return namesWholly(title, q, lang) ? { ...none, own: found } : { ...none, shared: namesPart(title, q, lang) };
}

/** What the nearest earlier sentence of the paragraph that names anyone names of the subject; 'none' if none does. */
function namedBefore(sentence: Sentence, article: Article, ctx: AnswerContext, verdict: (t: string) => Said): Said {
  const all = ctx.view.sentences(article.id);
  for (let i = sentence.index - 1; i >= 0; i--) {
    const s = all[i]!;
    if (article.body.slice(s.end, all[i + 1]!.start).includes('\n')) return 'none';
    const said = verdict(s.text);
    if (said !== 'none') return said;
  }
  return 'none';
}

/**
 * "The current fatality rate seems to be around 3% … unlike the 10% rate for the older virus": of several figures of
 * a question that names no one, those whose clause says most of its other words.
 */
function mostSaid(found: Figure[], rest: Group[], lang: string): Figure[] {
  const counts = found.map((f, i) => {
    const stems = words(clauseOf(f, found[i - 1], found[i + 1])).map((w) => stem(w, lang));
    return rest.filter((g) => stems.some((t) => hasForm(g, lang, t))).length;
  });
  const most = Math.max(...counts);
  return most === 0 ? found : found.filter((_, i) => counts[i] === most);
}

/** The text of a figure's sentence between its neighbours among the sentence's figures. */
function clauseOf(f: Figure, before: Figure | undefined, after: Figure | undefined): string {
  const s = f.sentence;
  const at = f.at - s.start;
  const from = before ? before.at + before.text.length - s.start : 0;
  const to = after ? after.at - s.start : s.text.length;
  // "… not comparable to the 10% rate for X or 34% reported for Y": a clause ends at a comma or a joining word.
  const cuts = [...s.text.matchAll(clauseCuts(f.article.language))].map((m) => [m.index, m.index + m[0].length]);
  const start = Math.max(from, ...cuts.filter(([, end]) => end! <= at && end! > from).map(([, end]) => end!));
  const stop = Math.min(to, ...cuts.filter(([begin]) => begin! >= at + f.text.length && begin! < to).map(([b]) => b!));
  return s.text.slice(start, stop);
}

/** Commas and semicolons (not in a number), and the pack's words that join clauses or alternatives. */
const clauseCuts = oncePerLanguage((lang): RegExp => {
  const p = pack(lang);
  return new RegExp(String.raw`[;]|,(?!\d)|(?<![\p{L}])(?:${[...p.or, ...p.and].join('|')})(?![\p{L}])`, 'giu');
});

/** The figures of the subject asked; `shared`: the others are of another name that shares a word with it. */
interface Subject {
  own: Figure[];
  shared: boolean;
  /** The own figures' text names the subject beside other names ("rates … for X and Y ranged from 14% to 45%"). */
  beside: boolean;
}

type Said = 'whole' | 'whole+other' | 'partial' | 'other' | 'none';

/** What a text names of the subject: wholly (alone or with others), part of it beside another name, others, none. */
function subjectIn(text: string, q: Question, lang: string, ctx: AnswerContext): Said {
  const stems = stemsOf(text, lang);
  const whole = namesWholly(stems, q, lang);
  const others = otherNames(text, q, lang, ctx);
  if (whole) return others ? 'whole+other' : 'whole';
  if (namesPart(stems, q, lang) && others) return 'partial';
  return others ? 'other' : 'none';
}

function stemsOf(text: string, lang: string): string[] {
  return words(text).map((w) => stem(w, lang));
}

/** Some word of a name asked. */
function namesSome(text: string, q: Question, lang: string): boolean {
  const stems = stemsOf(text, lang);
  return q.names.some((run) => run.some((alt) => alt.some((id) => saysWord(q, id, lang, stems))));
}

/** Every word of every name asked: "Groothertogdom Luxemburg", not "Luxemburg" alone. */
function namesWholly(stems: string[], q: Question, lang: string): boolean {
  return q.names.every((run) => run.every((alt) => alt.every((id) => saysWord(q, id, lang, stems))));
}

/** A name asked of several words has some of them only: "Luxemburg" of "Groothertogdom Luxemburg". */
function namesPart(stems: string[], q: Question, lang: string): boolean {
  const said = (alt: string[]) => alt.map((id) => saysWord(q, id, lang, stems));
  return q.names.some((run) => {
    const ids = run.flatMap(said);
    return ids.some(Boolean) && !ids.every(Boolean);
  });
}

/** The text writes a name the question does not ask (capitalised, not opening it, no month or weekday). */
function otherNames(text: string, q: Question, lang: string, ctx: AnswerContext): boolean {
  const calendar = calendarWords(lang);
  const capitalised = [...text.matchAll(/(?<=[\s(“"'‘-])\p{Lu}[\p{L}]*/gu)].map((w) => w[0]);
  return capitalised.some((w) => {
    const t = stem(fold(w), lang);
    return ctx.stats.isName(t) && !groupOf(t, q.groups, lang) && !calendar.has(fold(w));
  });
}

const calendarWords = oncePerLanguage(
  (lang): ReadonlySet<string> => new Set([...pack(lang).time.weekdays, ...pack(lang).time.months]),
);
