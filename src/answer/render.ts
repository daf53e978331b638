import { type Article, sourceLine } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack, pack } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { inQuotes, withoutDanglingMarks } from '../text/quotes.js';
import { contrastClauses, findAttribution } from './attribution.js';
import type { Candidate } from './candidates.js';
import type { Figure } from './figures.js';
import { type Answer, type Citation, type FigureClaim, type RefusalCheck, writtenFigure } from './types.js';

export type Composed = Pick<Answer, 'answer' | 'grounded' | 'citations' | 'figures' | 'confidence' | 'refusedBy'>;

/** Adds (or finds) the citation of a unit: a verbatim span, without a quotation mark whose partner lies elsewhere. */
export function cite(citations: Citation[], article: Article, unit: Sentence, score: number): Citation {
  const span = withoutDanglingMarks(article.body.slice(unit.start, unit.end));
  const start = unit.start + span.start;
  const end = unit.start + span.end;
  const existing = citations.find((c) => c.articleId === article.id && c.start === start);
  if (existing) return existing;
  const c: Citation = {
    n: citations.length + 1,
    articleId: article.id,
    title: article.title,
    source: sourceLine(article),
    outlet: article.outlet,
    date: article.date,
    language: article.language,
    file: article.file,
    quote: article.body.slice(start, end),
    start,
    end,
    ...(article.url ? { url: article.url } : {}),
    ...(article.author ? { author: article.author } : {}),
    score,
  };
  citations.push(c);
  return c;
}

/** No answer; `strangers`: the question's names no article writes, said so the asker can check the spelling. */
export function refusal(
  p: LanguagePack,
  confidence: number,
  refusedBy: RefusalCheck,
  strangers: readonly string[] = [],
): Composed {
  const answer =
    strangers.length > 0
      ? p.text.refuseNames(new Intl.ListFormat(p.code).format(strangers.map((s) => `“${s}”`)))
      : p.text.refuse;
  return { answer, grounded: false, citations: [], confidence, refusedBy };
}

/** The chosen quotes, best first, each with its source. */
export function quoteAnswer(chosen: Candidate[], p: LanguagePack, confidence: number): Composed {
  const citations: Citation[] = [];
  const lines = chosen.map((c) => {
    const cit = cite(citations, c.article, c.unit, c.m.coverage);
    return `• ${inQuotes(cit.quote)} — ${cit.source} [${cit.n}]`;
  });
  return { answer: [p.text.quotes, ...lines].join('\n'), grounded: true, citations, confidence };
}

/**
 * The part of a figure's sentence its source is read from: "Police estimated the crowd at 20,000, while the
 * organisers … said 80,000 people took part" gives each number the side of "while" it stands on.
 */
function clauseOf(f: Figure): string {
  const at = f.at - f.sentence.start;
  const p = pack(f.article.language);
  const clause = contrastClauses(f.sentence.text, p).findLast((c) => c.from <= at)!;
  // "The board said it would not change its plans after the march, which police said drew about 5,000 people": a
  // relative clause that holds the figure and names who says it is the figure's own.
  const comma = commaBefore(f.sentence.text, at);
  const relative = comma > clause.from ? /^,\s*(\p{L}+)\s+/u.exec(f.sentence.text.slice(comma)) : null;
  if (relative && p.relativePronouns.has(fold(relative[1]!))) {
    const own = `, ${f.sentence.text.slice(comma + relative[0].length, clause.from + clause.text.length)}`;
    if (findAttribution(own, p)) return own;
  }
  return withoutLaterClaim(clause.text, at - clause.from, p);
}

/**
 * "De politie telde 5.000 demonstranten, de organisatie sprak van 8.000": a later part between commas that gives a
 * number of its own and names who says it is another claim; its source is not this figure's. A part with a number
 * and no source ("5,000 people, 2,000 more than last year, police said") goes on with this one.
 */
function withoutLaterClaim(clause: string, at: number, p: LanguagePack): string {
  for (let comma = commaAfter(clause, at); comma >= 0; comma = commaAfter(clause, comma + 1)) {
    const next = commaAfter(clause, comma + 1);
    const part = clause.slice(comma + 1, next < 0 ? clause.length : next);
    if (/\d/.test(part) && findAttribution(part, p)) return clause.slice(0, comma);
  }
  return clause;
}

/** The comma at `at` sets a clause apart: it stands inside no number ("18,5", "2,000"). */
function setsApart(text: string, at: number): boolean {
  return !/\d/.test(text[at - 1] ?? '') || !/\d/.test(text[at + 1] ?? '');
}

/** The next comma from `from` that sets a clause apart; -1 when none. */
function commaAfter(text: string, from: number): number {
  let at = text.indexOf(',', from);
  while (at >= 0 && !setsApart(text, at)) at = text.indexOf(',', at + 1);
  return at;
}

/** The last such comma at or before `from`; -1 when none. */
function commaBefore(text: string, from: number): number {
  let at = text.lastIndexOf(',', from);
  while (at >= 0 && !setsApart(text, at)) at = text.lastIndexOf(',', at - 1);
  return at;
}

/**
 * Oldest report first; of one day's reports, the figure whose sentence says most of the question (`match`) first, and
 * of those one whose noun has every word counted ("the control group (n = 40)" before "two groups"): the
 * first quote is the one read, and an earlier line on another thing counted ("88 percent" a contract asks, before the
 * "83.3 percent" that ran on time; a province's inhabitants before the region's) should not stand before it.
 */
function oldestBestFirst(match: (f: Figure) => number): (a: Figure, b: Figure) => number {
  return (a, b) =>
    a.article.date.localeCompare(b.article.date) ||
    match(b) - match(a) ||
    Number(!!b.allCounted) - Number(!!a.allCounted) ||
    a.article.file.localeCompare(b.article.file) ||
    a.at - b.at;
}

/**
 * Every figure the articles give for the quantity asked, oldest report first, each with whom its article says it
 * comes from; "the sources differ" when they do. Never one figure picked silently over another. `scoreOf` is a
 * figure's citation score, `matchOf` how much of the question its sentence says (`scoreOf` when not given).
 */
export function figureAnswer(
  figures: Figure[],
  p: LanguagePack,
  confidence: number,
  scoreOf: (f: Figure) => number,
  stated?: ReadonlySet<number>,
  matchOf?: (f: Figure) => number,
): Composed {
  const citations: Citation[] = [];
  const claims: FigureClaim[] = [];
  const line = (f: Figure) => {
    const c = cite(citations, f.article, f.sentence, scoreOf(f));
    const who = findAttribution(clauseOf(f), pack(f.article.language));
    claims.push({
      value: f.value,
      text: f.text,
      ...(f.noun ? { noun: f.noun } : {}),
      ...(f.sign ? { sign: f.sign } : {}),
      ...(f.approx ? { approx: f.approx } : {}),
      ...(who ? { attribution: who } : {}),
      citation: c.n,
      ...(f.strict ? {} : { related: true }),
      ...(stated?.size && f.strict ? { asked: stated.has(f.value) } : {}),
    });
    // "six (6)" reads a number word; "no injuries" says its zero, and "twice" how often, in words no quote writes as
    // a digit.
    const words = /^\d/.test(f.text) || f.value === 0 || !readsAsNumber(f);
    const number = writtenFigure(f) + (words ? '' : ` (${f.value})`);
    return `• ${number} — ${who ? p.text.according(who) : p.text.noSource}; ${sourceLine(f.article)} [${c.n}]`;
  };
  const byDate = oldestBestFirst(matchOf ?? scoreOf);
  const checked = (f: Figure) => !!stated?.has(f.value);
  const reported = figures.filter((f) => f.strict).sort(byDate);
  // "Is it true that 10,000 …": the reports that give the figure first, then the others, or a plain "none does".
  const found = reported.filter(checked).map(line);
  const others = reported.filter((f) => !checked(f)).map(line);
  const related = figures
    .filter((f) => !f.strict)
    .sort(byDate)
    .map(line);
  // The figures differ when those that say what was asked do; related ones are listed apart, under their own line.
  const distinct = new Set(claims.filter((f) => !f.related).map((f) => f.value)).size;
  // Sources differ when two articles do, or two sources one article names for its figures ("police estimated …, while
  // the organisers said …"); one article giving two figures ("14 of the 45 seats"; "84,000 cars …, 6,500 in the
  // Netherlands according to the RDW") disagrees with none.
  const named = claims.filter((c) => !c.related).map((c) => c.attribution);
  const sources = Math.max(
    new Set(figures.filter((f) => f.strict).map((f) => f.article.id)).size,
    named.every(Boolean) ? new Set(named).size : 1,
  );
  const strict = !stated?.size
    ? others
    : found.length
      ? [p.text.statedFound, ...found, ...(others.length ? [p.text.statedOthers, ...others] : [])]
      : [p.text.statedNone, ...others];
  // A figure checked against one the articles give: the check's own line says it, "One figure is reported" too.
  const lines = [
    ...(distinct > 1 ? [sources > 1 ? p.text.differ : p.text.several] : stated?.size ? [] : [p.text.one]),
    ...strict,
    ...(related.length ? [p.text.otherFigures, ...related] : []),
  ];
  return { answer: lines.join('\n'), grounded: true, citations, figures: claims, confidence };
}

/** The figure is written as a number the quote's own number words read ("six", "thousand"), not as "twice". */
function readsAsNumber(f: Figure): boolean {
  return findNumbers(f.text, { smallWords: true, lang: f.article.language }).some((n) => n.value === f.value);
}
