import { type AnswerKind, type Dimension, fold, pack } from '../lang/index.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import { stem, words } from '../text/analyze.js';
import {
  AFTER_VERDICT,
  PREFERRED_SHARE,
  QUOTE_POOL,
  saysPredicate,
  toFront,
  yesNoPredicate,
  yesNoVerb,
} from './after-verdict.js';
import { type AnswerContext, type Candidate, candidateFor, gather, givesAskedLife, labelsAsked } from './candidates.js';
import { classUnsaid } from './class-unsaid.js';
import { countsMeasure, countsPeople, countsTime, countsUnsaid, dimensionWords } from './count-words.js';
import { countsAnything, countsInOtherWords } from './counts-in-other-words.js';
import { definitionUnsaid } from './definition-unsaid.js';
import { eventUnsaid } from './event-unsaid.js';
import { hasForm, match, namesAll, namesAny, saysGroup, writesAny, writesForm } from './evidence.js';
import { asksQuestion, defines, predict, questionFeatures, REQUIRED_KINDS, titles } from './features.js';
import { countingMembers, type Figure, findFigures, memberFigures } from './figures.js';
import {
  answerNearAsked,
  answersNearAsked,
  givesMeasure,
  givesShape,
  isDateShape,
  isDateWord,
  noneAsked,
  noneOf,
  type Shape,
  statesAge,
  yearNearAsked,
} from './kinds.js';
import { lifeEventAsked, lifeSpanOf } from './life-span.js';
import { lifeUnsaid } from './life-unsaid.js';
import { findMeasureFigures, measureAsked, measureNamed } from './measure-figures.js';
import { oncePerLanguage } from './memo.js';
import { numbersOtherwise, statedOrdinal } from './ordinals.js';
import { overviewAnswer } from './overview.js';
import { ruleBeforeDerogation, statedFigureFirst } from './provisions.js';
import { publishedAnswer } from './published.js';
import type { Group, Question } from './question.js';
import { opensReasonTurn } from './reasons.js';
import { quotable } from './references.js';
import {
  isVerbOf,
  kinWords,
  namedByRole,
  namesHolder,
  RELATIVE_AFTER,
  RELATIVE_BEFORE,
  saysKin,
  unrelated,
} from './relation.js';
import { type Composed, figureAnswer, quoteAnswer, refusal } from './render.js';
import { answersAfterReported } from './reported.js';
import { ruleFirst } from './rules-asked.js';
import {
  leadInBefore,
  leadInToFront,
  selectQuotes,
  throughAnnounced,
  throughAntecedent,
  throughByline,
  throughContinued,
  throughLeadIn,
  throughPointedBack,
  throughTurnOpening,
  withinFirst,
} from './select.js';
import { bySpeakers, unheard } from './speech.js';
import { sentenceStems, sentenceTokens, type TextView } from './text-view.js';
import { timeUnsaid } from './time-unsaid.js';
import { ANSWERABLE, THRESHOLD } from './weights.js';

export type { Composed } from './render.js';

/** A count question whose counted thing no figure names is answered by a quote only if it covers this much. */
const COUNT_CONTENT = 0.6;
/**
 * Less for "how many": its quote's number must count the asked thing itself ("The sample consisted of 40 students"),
 * which says much of the question, while any sum answers "how much".
 */
const COUNTED_CONTENT = 0.45;
/** Kinds an answer should have when a unit nearly as good as the best has one. */
const PREFERRED_KINDS: ReadonlySet<AnswerKind> = new Set(['place', 'reason', 'person']);
/** The share a unit that dates the asked words needs: nearly as good as the best, so the answerability stands. */
const DATED_SHARE = 0.8;
/** The share a unit that gives a reason needs when the best unit gives none. */
const REASON_SHARE = 0.2;
/** How far below the best unit the asked one's own life span may be scored and still answer "when did X die". */
const LIFE_SPAN_SHARE = 0.2;
/** The share a unit that says what the asked thing is needs when the best unit does not say it. */
const DEFINITION_SHARE = 0.3;
/** Measures only a number in their units answers: a temperature, a speed, a weight. */
const ONLY_MEASURED = new Set<Dimension>(['temperature', 'speed', 'weight']);
/** Measures a number in their units answers, or an amount of money or a share ("hoe hoog is de boete"). */
const MEASURED_OR_AMOUNT = new Set<Dimension>(['height', 'distance']);
/** A unit of the shape asked for answers first when it covers this share of what the best unit covers. */
const SHAPE_COVERAGE = 0.75;
/** A figure may come from a unit that covers this much, when another unit answers the question fully. */
const FIGURE_COVERAGE = 0.25;

/** The units an answer is chosen from, best first, and whether the articles answer the question at all. */
export interface Ranked {
  pool: Candidate[];
  /** Probability that the articles answer (the answerability model's, or the reranker's when it is surer). */
  confidence: number;
  answers: boolean;
  /** False when the units do not say what is asked beyond the subject (`saysWhatIsAsked`), whatever the confidence. */
  said: boolean;
}

/**
 * The answer pipeline: understand the question (done by the caller: `analyse`) → gather the retrieved passages'
 * sentences → keep those of the kind asked for (and spoken by whom the question asks to hear) → decide whether the
 * articles answer → select quotes, or collect every figure for a quantity → render in the asker's language.
 * `ranked` replaces the second and third steps when the units were ranked already (by the reranker: rerank.ts).
 */
export function compose(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext, ranked?: Ranked): Composed {
  if (q.overview) return overviewAnswer(q, retrieved, ctx);
  if (q.published) {
    const dated = publishedAnswer(q, retrieved, ctx);
    if (dated) return dated;
  }
  let { pool, confidence, answers, said } = ranked ?? rank(q, retrieved, ctx);
  if (q.strangers.length > 0) return refusal(q.pack, confidence, 'strangers', q.strangers);
  const counting = (q.kind === 'count' || q.kind === 'amount') && q.counted.length > 0;
  const figured = counting ? figuresAnswer(q, pool, confidence, ctx) : undefined;
  if (figured) return figured;
  // "Hoeveel kost de brug?" counts money the question never names: with no sum found it is answered as a price.
  if (counting && !countsUnsaid(q)) {
    const counted = countsFirst(q, pool);
    if (!counted) return refusal(q.pack, confidence, 'count');
    pool = counted;
  }
  if (!answers) return refusal(q.pack, confidence, said ? 'model' : 'said');
  if (unsaidAfterVerdict(q, pool, ctx)) return refusal(q.pack, confidence, 'unsaid');
  const measured = measureAnswer(q, pool, confidence, ctx);
  if (measured) return measured;
  // After the verdict: what follows a reported question answers it, though it repeats less of the question.
  pool = answersAfterReported(pool, ctx.view);
  // After the verdict, as the shape: a name of the class asked says less of the question than the best units; a rule
  // stated of what a yes/no question asks may be done, before all of those (the last of which leads).
  pool = ruleFirst(q, pool, ctx.view);
  // Over provisions: the rule before a derogation that repeats its words; the paragraph with the figure asked.
  pool = statedFigureFirst(q, ruleBeforeDerogation(q, pool, ctx.view), ctx.view);
  for (const first of AFTER_VERDICT) pool = first(q, pool);
  // After the verdict: a short unit of the shape asked for ("Eindstand: 31 - 22.") is quoted first, but whether the
  // articles answer is judged on the units that say most of the question.
  if (q.shape) {
    const fits = shaped(q, q.shape, pool, ctx);
    // "Wat kost een kaartje?" over an article that gives no amount of money is not answered by its other numbers.
    if (q.shape === 'price' && fits.length === 0) return refusal(q.pack, confidence, 'price');
    pool = toFront(pool, fits);
  }
  const names = q.groups.filter((g) => g.name).map((g) => g.id);
  const chosen = selectQuotes(pool, names, echoOf(q, ctx));
  let led = false;
  const quotes = chosen.flatMap((c, i) => {
    const all = ctx.view.sentences(c.article.id);
    if (i > 0) return [throughAnnounced(c, all)];
    const p = pack(c.article.language);
    const own = throughByline(throughAntecedent(c, all, q, p, chosen.slice(1)), all, p, chosen.slice(1));
    const item = throughLeadIn(own, ctx.view, q, chosen.slice(1));
    led = item !== own;
    const before = led ? undefined : leadInBefore(own, ctx.view, q, chosen.slice(1));
    const told = throughPointedBack(throughContinued(item, all, p, chosen.slice(1)), all, p, chosen.slice(1));
    const turn = throughTurnOpening(told, ctx.view, all, chosen.slice(1));
    const quoted = throughAnnounced(turn, all);
    return before ? [quoted, before] : [quoted];
  });
  // A list's item quoted from its lead-in on says the lead-in another quote gave.
  // "Welke straf …?" answered by an item: its lead-in ("… wordt gestraft:") goes before it.
  return quoteAnswer(led ? withinFirst(quotes) : leadInToFront(quotes, q, ctx.view), q.pack, confidence);
}

/**
 * The checks run once the model judges the articles to answer: the best units do not give what the question asks
 * (a measure, a name, an attribute, a definition, a code, a thing of the class asked, a time).
 */
function unsaidAfterVerdict(q: Question, pool: readonly Candidate[], ctx: AnswerContext): boolean {
  return (
    measureUnsaid(q, pool) ||
    nameUnsaid(q, pool) ||
    attributeUnsaid(q, pool) ||
    definitionUnsaid(q, pool) ||
    codeUnsaid(q, pool) ||
    classUnsaid(q, pool) ||
    timeUnsaid(q, pool, ctx.view) ||
    titleUnsaid(q, pool)
  );
}

/**
 * "Who is Labour's Shadow Foreign Secretary?" over "Labour's Shadow Home Secretary Yvette Cooper": one word of a
 * name names a person ("Messina" of "Frank Messina"), but a role is its title's words together. When none of the best
 * units (or their paragraphs) says all the words of one of the question's names, they name another's role.
 */
function titleUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  if (!q.role) return false;
  const titles = q.names.filter((run) => run.length > 1);
  const says = (c: Candidate) => titles.every((run) => run.every((alt) => alt.every((id) => saysGroup(c.m, id))));
  return titles.length > 0 && !pool.slice(0, QUOTE_POOL).some(says);
}

/**
 * How much a unit says of what the best says beyond the question's words: the idf of the stems both write that no
 * group of the question has (names of what both report: the place, the date, the agreement).
 */
function echoOf(q: Question, ctx: AnswerContext): (best: Candidate, other: Candidate) => number {
  const asked = new Set(q.groups.flatMap((g) => [...g.forms.values(), ...g.soft.values()].flatMap((s) => [...s])));
  return (best, other) => {
    let sum = 0;
    for (const t of other.stems) if (best.stems.has(t) && !asked.has(t) && !/\d/.test(t)) sum += ctx.stats.idf(t);
    return sum;
  };
}

/** Figures that say what the question asks are the answer, from every article that gives one; none when none do. */
function figuresAnswer(q: Question, pool: Candidate[], confidence: number, ctx: AnswerContext): Composed | undefined {
  const figured = pool.filter((c) => c.m.coverage >= FIGURE_COVERAGE);
  const members = countingMembers(q);
  let figures = findFigures(q, figured, ctx);
  if (figures.length === 0 && members) figures = memberFigures(members, figured, ctx);
  if (figures.length === 0) return undefined;
  return figuresComposed(q, figures, pool, confidence);
}

/**
 * "What was the fatality rate of Velox fever?": every article's figure for the measure asked of the subject, as a
 * count's figures are answered; none when no unit gives one (the quotes answer). A measure the units give only for
 * another name sharing a word with the subject ("Noord-Marland" for "Zuid-Marland") is refused.
 */
function measureAnswer(q: Question, pool: Candidate[], confidence: number, ctx: AnswerContext): Composed | undefined {
  const m = measureAsked(q);
  if (!m) return undefined;
  const figured = pool.filter((c) => c.m.coverage >= FIGURE_COVERAGE);
  const { figures, others, written } = findMeasureFigures(q, m, figured, ctx);
  if (figures.length > 0) return figuresComposed(q, figures, pool, confidence);
  // "What is the population of X?" over units that write no population at all: the quotes would not say it either.
  return others > 0 || (measureNamed(q) && !written) ? refusal(q.pack, confidence, 'unsaid') : undefined;
}

/** The figures found, each cited with how much of the question the best unit holding it says. */
function figuresComposed(q: Question, figures: Figure[], pool: Candidate[], confidence: number): Composed {
  // A figure's sentence says as much of the question as the best unit holding it (of its own article); one no unit
  // of the pool holds is ordered as matching least, and cited with the answer's confidence.
  const matches = new Map(
    figures.map((f) => {
      const holding = pool.filter(
        (c) => c.article.id === f.article.id && c.unit.start <= f.sentence.start && c.unit.end >= f.sentence.end,
      );
      return [f, holding.length > 0 ? Math.max(...holding.map((c) => c.m.coverage)) : undefined];
    }),
  );
  const matchOf = (f: Figure) => matches.get(f);
  const stated = q.stated ? q.numbers : undefined;
  const scoreOf = (f: Figure) => matchOf(f) ?? confidence;
  return figureAnswer(figures, q.pack, confidence, scoreOf, stated, (f) => matchOf(f) ?? 0);
}

/**
 * No figure is followed by the asker's noun: the articles may count it in other words ("300 tourists" for "the
 * group", "1300 square kilometres" for "how much land"), so a quote with a number that says nearly all the question
 * will do, first; none when none does ("how many fans were arrested" over articles that only count fans who came).
 */
function countsFirst(q: Question, pool: Candidate[]): Candidate[] | undefined {
  // Any sum answers "how much", but only a span "hoeveel tijd": "Uiterlijk zes maanden na …", not "Boek 7".
  const inOtherWords = (c: Candidate) =>
    (q.kind === 'amount' && !countsTime(q)) || countsInOtherWords(c.unit.text, c.article.language, q);
  // "How many pitches does the paper go through?": a light verb says no more of a count than "get" does; "hoeveel
  // provisie maximaal" no more than "ten hoogste 10%" does: a bound is said by the figure's own bound words; "how
  // many kilometres long" no more than "220 km" does: a unit of length says the dimension.
  const dimension = countsMeasure(q) ? dimensionWords(q.pack.code) : new Set<string>();
  const light = q.groups.filter(
    (g) =>
      !g.name &&
      (isVerbOf(g.id, q.pack.lightVerbs, q.pack) || boundWords(q.pack.code).has(g.id) || dimension.has(g.id)),
  );
  const lean = { ...q, groups: q.groups.filter((g) => !light.includes(g)) };
  // "Hoeveel mensen kwamen om?" over "… kwamen 3 werknemers om": people are counted in any plural noun, so the
  // word "mensen" is no content the unit must say; nor is "frogs" where "14 individuals" counts them.
  const rest = { ...lean, groups: lean.groups.filter((g) => g !== q.counted.at(-1)) };
  const allContent = (x: Question, c: Candidate) =>
    match(x, c.stems, c.article.language, pack(c.article.language).compounds).allContent;
  const content = (c: Candidate) => {
    const own = light.length > 0 ? Math.max(c.m.allContent, allContent(lean, c)) : c.m.allContent;
    const other =
      countsPeople(q) ||
      countsTime(q) ||
      countsMeasure(q) ||
      renamesHead(q) ||
      countsAnything(c.unit.text, c.article.language, q);
    return other ? Math.max(own, allContent(rest, c)) : own;
  };
  const least = q.kind === 'count' ? COUNTED_CONTENT : COUNT_CONTENT;
  const counts = (c: Candidate) => c.kind && content(c) >= least && namesAll(c, q) && inOtherWords(c);
  // An answer to "how many" says a quantity: among the best units, those that give one come first.
  const first = pool.slice(0, QUOTE_POOL).filter(counts);
  // "How many Panama players got yellow cards?" over "Five Panamanian players were booked": the best unit counts the
  // named thing asked, qualifier and noun, though it says the rest in other words.
  const best = pool[0];
  if (first.length === 0 && best && countsNamed(q, best)) return pool;
  if (first.length === 0 && !pool.slice(QUOTE_POOL).some(counts)) return undefined;
  return [...first, ...pool.filter((c) => !first.includes(c))];
}

/** The pack's one-word bounds and approximations of a figure ("maximaal", "hooguit", "about"), folded. */
const boundWords = oncePerLanguage((lang): ReadonlySet<string> => {
  const { approximate, bounds } = pack(lang).numbers;
  return new Set([...approximate, ...bounds.atMost, ...bounds.above].filter((w) => !w.includes(' ')));
});

/** The unit's number is followed by the counted phrase, a name qualifying its noun ("five Panamanian players"). */
function countsNamed(q: Question, c: Candidate): boolean {
  const head = q.counted.at(-1);
  if (!head || !c.kind || q.counted.length < 2 || !q.counted.slice(0, -1).every((g) => g.name)) return false;
  const lang = c.article.language;
  return (
    namesAll(c, q) &&
    countsInOtherWords(c.unit.text, lang, q) &&
    countsInOtherWords(c.unit.text, lang, { ...q, counted: [head] })
  );
}

/**
 * "How many headline pitches?" over "800 headline ideas": the articles never write the counted noun, but the words
 * that qualify it are theirs; a number they follow (`countsInOtherWords`) counts it in the articles' own noun.
 */
function renamesHead(q: Question): boolean {
  const head = q.counted.at(-1);
  return !!head && !head.known && q.counted.slice(0, -1).some((g) => g.known);
}

/**
 * "Wie is de burgemeester van Dalfsen?": a unit of an article that never names Dalfsen names another place's mayor
 * ("Burgemeester Ingrid Bakker van Oosterhaven"), however well it says "burgemeester". So for a figure or a date
 * asked of a name: with no unit of an article that names it, none is left (the question is refused).
 */
function ofTheNamed(q: Question, pool: Candidate[], ctx: AnswerContext): Candidate[] {
  const role = q.kind === 'person' && q.role !== undefined;
  if ((!role && !REQUIRED_KINDS.has(q.kind)) || q.names.length === 0) return pool;
  const names = q.groups.filter((g) => g.name);
  // The unit's own stems too: "De Valdoriaanse president" names Valdorije there (`namedByRole`).
  const named = (c: Candidate) => {
    const { id, language } = c.article;
    const writes = (stems: ReadonlySet<string>) => names.some((g) => writesForm(g, language, stems));
    // The article's sentences are read only until one writes a name.
    const inArticle = () => ctx.view.findStems(id, (t) => names.some((g) => g.forms.get(language)?.has(t)), written);
    return writes(c.stems) || inArticle().size > 0 || writes(ctx.view.titleStems(id));
  };
  // "What is the population of Athens?": Phoenix's figure is not Athens'. "When was Marlow's school founded?": a date
  // of an article that never names Marlow is another's, also when no retrieved unit's article names him.
  return pool.filter(named);
}

/** Some stem was found. */
const written = (found: ReadonlySet<string>) => found.size > 0;

/** The units ranked by the lexical ranker, and the answerability model's verdict on them. */
export function rank(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext): Ranked {
  const ranked = rankedUnits(q, retrieved, ctx);
  const confidence = answerability(q, ranked);
  const { pool, said } = saysWhatIsAsked(q, ranked, ctx);
  return { pool, confidence, answers: confidence >= THRESHOLD && said, said };
}

/**
 * The checks that the best units say what the question asks beyond its subject: the speaker asked is heard, the
 * relation asked is said (in the best unit's article, when not in the best units: that sentence then leads the pool),
 * the life event asked is told. However sure a model is that the units are about the subject, these must hold: the
 * lexical ranking and a reranker's (rerank.ts) pass through the same checks.
 */
export function saysWhatIsAsked(
  q: Question,
  ranked: Candidate[],
  ctx: AnswerContext,
): { pool: Candidate[]; said: boolean } {
  let pool = ranked;
  let related = !unrelated(q, pool);
  if (!related) {
    pool = relationInArticle(q, pool, ctx);
    related = !unrelated(q, pool);
  }
  return { pool, said: !unheard(q, pool) && related && !lifeUnsaid(q, pool) && !eventUnsaid(q, pool, ctx) };
}

/**
 * "Wie werd tweede in de Ronde?": retrieval favours the passages that name the race, and none of them says who was
 * second; a sentence of the best unit's article that says the relation in its own words, a name beside the word
 * ("Pieters werd derde, Vermaat tweede"), answers first, in the best unit's stead (it takes its score). The pool as it
 * was when no sentence of the article does.
 */
function relationInArticle(q: Question, pool: Candidate[], ctx: AnswerContext): Candidate[] {
  const best = pool[0];
  const r = q.relation;
  if (!best || !r) return pool;
  const { article } = best;
  const says = ctx.view
    .sentences(article.id)
    .filter((s) => namesHolder(s.text, article.language, r, q))
    .map((s) => candidateFor(q, article, s, ctx, { retrieval: best.retrieval, factor: 1 }))
    .filter((c) => c.kind && (c.m.matched.has(r.id) || saysKin(c, q, r)) && !unrelated(q, [c]));
  const [first] = says.sort((a, b) => b.m.coverage - a.m.coverage);
  return first ? [{ ...first, score: best.score }, ...pool] : pool;
}

/** The retrieved passages' units that can answer, best first: of the kind asked, spoken by whom it asks to hear. */
export function rankedUnits(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext): Candidate[] {
  return preferred(q, candidatePool(q, retrieved, ctx), ctx);
}

/**
 * Every unit of the retrieved passages, scored by the lexical ranker, best first; only those of a required kind, and
 * for a role (or figure) asked of a name only those of articles that name it.
 */
export function candidatePool(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext): Candidate[] {
  // "Who won the tenth stage?" is not answered by the ninth's winner.
  const stated = statedOrdinal(q);
  const quotes = quotable(q);
  const pool = gather(q, retrieved, ctx).filter((c) => (!stated || !numbersOtherwise(c, stated)) && quotes(c));
  return ofTheNamed(q, REQUIRED_KINDS.has(q.kind) ? pool.filter((c) => c.kind) : pool, ctx);
}

/**
 * The pool with the units that fit first: statements before questions, then a unit of the kind asked, then one a rule
 * of `rulesFirst` fits, each nearly as good as the best; the asked place and the asked speaker's words lead all.
 */
export function preferred(q: Question, pool: Candidate[], ctx: AnswerContext): Candidate[] {
  const ranked = rulesFirst(q, kindFirst(q, statementsFirst(pool, ctx.view), ctx));
  return bySpeakers(q, namedPlaceFirst(q, ranked), ctx);
}

/**
 * "Where", "why": when units nearly as good as the best name a place or give a reason, those answer. "What is X": a
 * unit nearly as good as the best that opens with X and says what it is answers it.
 */
function kindFirst(q: Question, pool: Candidate[], ctx: AnswerContext): Candidate[] {
  if (!PREFERRED_KINDS.has(q.kind) && q.kind !== 'definition') return pool;
  const best = pool[0]?.score ?? 0;
  // "Waaraan overleed X?": when the best unit gives no reason, one that does answers first at a lower score.
  // "What is X": likewise a unit that says what X is, when the best only uses X.
  const unsaid = q.kind === 'definition' && pool[0] !== undefined && !defines(pool[0], q);
  const share = q.kind === 'reason' && !pool[0]?.kind ? REASON_SHARE : unsaid ? DEFINITION_SHARE : PREFERRED_SHARE;
  const near = (c: Candidate) => c.score >= best * share;
  const fits = (c: Candidate) => (q.kind === 'definition' ? defines(c, q) : c.kind);
  const fitting = pool.filter((c) => fits(c) && near(c));
  // "Where was the shipyard moved": "verhuisd naar de havenstad Noordhaven" says it; a place clauses away less so.
  // "What is X": a unit that opens by saying what X is comes before one that says it in its second sentence.
  // "Why": the opening of an interviewee's answer to "Why did you …?" before a "because" later in the turn.
  const close = fitting.filter((c) =>
    q.kind === 'definition'
      ? defines(c, q, true)
      : q.kind === 'reason'
        ? opensReasonTurn(c.unit, ctx.view, pack(c.article.language))
        : answerNearAsked(c.unit.text, c.article.language, q),
  );
  // "Who is X" over news: "de Belgische premier X" names X's role, when no sentence says what X is.
  const titled = q.kind === 'definition' && fitting.length === 0 ? pool.filter((c) => near(c) && titles(c, q)) : [];
  return toFront(pool, [...specificFirst(close, q, ctx), ...fitting.filter((c) => !close.includes(c)), ...titled]);
}

/** Units a rule fits, nearly as good as the best, ahead of the rest; the rules by precedence at the end. */
function rulesFirst(q: Question, pool: Candidate[]): Candidate[] {
  // "Wat is de hoofdplaats van West-Vlaanderen?": a line that labels its value with the asked word ("Provincie-
  // hoofdplaats: Brugge") states the answer, when it is nearly as good as the best.
  const best = pool[0]?.score ?? 0;
  const nearBest = (fits: (c: Candidate) => boolean, share = PREFERRED_SHARE) =>
    pool.filter((c) => c.score >= best * share && fits(c));
  const labelled = (c: Candidate) => labelsAsked(c, q);
  // "What are examples of proinflammatory cytokines": "… cytokines, including TNF-α, IL-1β and IL-6" gives some.
  const listing = (c: Candidate) => q.examples && givesExamples(c);
  // "Wie is de president van Valdorije?": "De Valdoriaanse president Kalm" gives the role to the asked place.
  const holds = (c: Candidate) => namedByRole(c.unit.text, c.article.language, q).length > 0;
  const measuring = (c: Candidate) => measured(q, c);
  // "What should the council do": "De raad moet … overwegen" says it; "De woorden van de raad zijn terecht" do not.
  const obliging = (c: Candidate) => q.obligation && pack(c.article.language).obligation.test(fold(c.unit.text));
  // "Did the company deny the allegations?": "… the company denied these allegations" answers; the sentence that
  // names them all and says what was alleged does not.
  const verb = yesNoVerb(q);
  const predicate = yesNoPredicate(q);
  // "Is huh a real word?": "… but it is a word" answers; a unit that only names words does not.
  const saysVerb = (c: Candidate) =>
    (!!verb && saysAskedVerb(c, q, verb)) || (!!predicate && saysPredicate(c, q, predicate));
  // "What entities with no genes satisfy …": "elements with zero genes that fulfil …" says the asked none.
  const denied = noneAsked(q);
  const lacking = (c: Candidate) =>
    denied.length > 0 && denied.every((g) => noneOf(c.unit.text, g, pack(c.article.language)).length > 0);
  // "Sinds wanneer heet de Bond X?": "de Bond (sedert 3 maart 1999 X)" dates the asked; "Sinds 1987 zetelt hij"
  // dates something else.
  const dated = (c: Candidate) =>
    q.kind === 'time' && c.score >= best * DATED_SHARE && yearNearAsked(c.unit.text, c.article.language, q);
  const [lived, aged, announces] = [ownLifeSpan(q), statedAge(q, pool[0]), announcesAnswer(q, pool[0])];
  // Highest precedence first. Each rule moves the units it fits ahead of the rest, so they apply lowest first and the
  // highest that fits leads.
  const byPrecedence = [
    announces,
    aged,
    lived,
    lacking,
    obliging,
    measuring,
    listing,
    labelled,
    holds,
    saysVerb,
    dated,
  ];
  for (const fits of [...byPrecedence].reverse())
    pool = toFront(pool, nearBest(fits, fits === lived ? LIFE_SPAN_SHARE : PREFERRED_SHARE));
  return pool;
}

/**
 * "Did the company deny the allegations?": "… the company denied these allegations" says the asked verb of the asked
 * thing. "Can I sell my trade name?" is not answered by "… de verkochte deelnemingsbewijzen", which says only a form
 * of the verb ("sell", "selling") and nothing else the question asks.
 */
export function saysAskedVerb(c: Candidate, q: Question, verb: string): boolean {
  if (!c.m.matched.has(verb)) return false;
  const own = stem(verb, q.lang);
  return [...c.m.matched].some((g) => g !== verb && stem(g, q.lang) !== own);
}

/**
 * "Welke gegevens kan de burgemeester vragen?": "… kan de burgemeester een opgave verlangen van:" announces the list
 * that answers (quoted with it: throughAnnounced), when it says as much of the question as the best unit.
 */
function announcesAnswer(q: Question, best: Candidate | undefined): (c: Candidate) => boolean {
  return (c) => q.kind === 'other' && /:\s*$/.test(c.unit.text) && c.m.content >= (best?.m.content ?? 0);
}

/**
 * "How old was X when he came to America?": "He arrived in 1777 at the age of 23" states the age; a life span or two
 * years joined by a dash only let one work it out, and are of another event as often as not. The stated age answers
 * first when its unit says as much of the question as the best.
 */
function statedAge(q: Question, best: Candidate | undefined): (c: Candidate) => boolean {
  if (q.kind !== 'age' || !best) return () => false;
  return (c) => c.m.coverage >= best.m.coverage && statesAge(c.unit.text, pack(c.article.language));
}

/**
 * "Wanneer is X gestorven?": a unit that opens with X's own life span ("X (2 August 1754 – 14 June 1825) was …")
 * answers, before one that dates a death of someone else it names ("… son of Y X (1704 – 1787)", "Z, who died in
 * 1993"). Not for a birth: the sentence that says it is of whom it names first ("X was born in …, the son of …").
 * It answers though scored far below a sentence with the question's other words ("… werd zij na de dood van koning
 * Albert I koningin"): LIFE_SPAN_SHARE.
 */
function ownLifeSpan(q: Question): (c: Candidate) => boolean {
  const event = q.kind === 'time' ? lifeEventAsked(q) : undefined;
  if (!event || q.pack.birth.some((w) => stem(w, q.lang) === stem(event.id, q.lang))) return () => false;
  return (c) => lifeSpanOf(c.unit.text) === 'span' && givesAskedLife(c.unit.text, q, c.article.language);
}

/**
 * "Where's the Greyhound station in Tulsa?": when the best unit gives a place but not for every name the question
 * gives ("The central station is at 319 S. Denver"), one that names them all and gives a place answers, though the
 * ranker scores it lower for saying less of the question ("Greyhound Bus Lines, 317 S Detroit Ave.").
 */
function namedPlaceFirst(q: Question, pool: Candidate[]): Candidate[] {
  const best = pool[0];
  if (q.kind !== 'place' || q.names.length === 0 || !best || namesAll(best, q)) return pool;
  const named = pool.find((c) => c.kind && namesAll(c, q) && c.score >= best.score * REASON_SHARE);
  return named ? toFront(pool, [named]) : pool;
}

/**
 * "Wat was de uitslag?": "Met de snelle 3 - 0 …" gives it; the sentence that says most about the final without a
 * result does not. The answer is often one short clause, so units are judged by how much of the question they say
 * (coverage), not by the ranker's score, which favours the long units that repeat the question's words.
 */
function shaped(q: Question, shape: Shape, pool: Candidate[], ctx: AnswerContext): Candidate[] {
  const gives = (text: string, lang: string) => givesShape(text, lang, shape);
  // "Hoeveel kostte Jensen?": the price of the artificial turf, a paragraph without Jensen, is not his.
  const names = q.groups.filter((g) => g.name).map((g) => g.id);
  const named = (c: Candidate) => names.every((id) => saysGroup(c.m, id));
  const top = pool.slice(0, QUOTE_POOL).filter(named);
  // "Wat kost een kaartje voor het festival?": the museum's "kostte 2 miljoen euro" says the price word, not what.
  // The names are checked by `named`: "Feyenoord 15 miljoen euro betaalt" is Lima's price in a paragraph on him.
  const priced = { ...q, groups: q.groups.filter((g) => !q.pack.priceWords.has(g.id) && !g.name) };
  const coverage = (c: Candidate) =>
    shape === 'price'
      ? match(priced, c.stems, c.article.language, pack(c.article.language).compounds).coverage
      : c.m.coverage;
  const best = Math.max(0, ...top.map(coverage));
  const near = (c: Candidate) => coverage(c) >= best * SHAPE_COVERAGE;
  let close = top.filter((c) => near(c) && gives(c.unit.text, c.article.language));
  // "What is the new species called?": when no unit writes a naming word, "the group to which Edwardsiella andrillae
  // belongs" gives the name beside the asked word.
  const asked = q.groups.filter((g) => !g.name);
  if (close.length === 0 && shape === 'name' && asked.length > 0)
    close = top.filter((c) => near(c) && nameNearAsked(c, q, asked));
  // "Were you captain?" / "No, I captained in 2010. So 2009, 2010 World Cup.": the answer turn's sentences all take
  // the question turn's words; the one that writes the asked word itself answers first.
  const written = new Map(
    close.map((c) => {
      const lang = c.article.language;
      return [c, match(q, sentenceStems(c.unit.text, lang), lang, pack(lang).compounds).allContent];
    }),
  );
  const says = Math.max(0, ...written.values());
  close = toFront(
    close,
    close.filter((c) => (written.get(c) ?? 0) >= says),
  );
  // "tussen 4500 en 45000 euro": of a schedule's sentences, the bracket writing every sum asked gives the price.
  const sums = q.groups.filter((g) => /^\d+$/.test(g.id)).map((g) => g.id);
  if (sums.length > 0)
    close = toFront(
      close,
      close.filter((c) => sums.every((id) => c.m.matched.has(id))),
    );
  const first = pool.find(named);
  // A name is said where its thing is: a later sentence that calls something else something ("a further concept
  // called a junction") names no artificial language.
  // Nor does a year or a day: the article's next date may be of anything.
  const noStandIn = shape === 'name' || isDateShape(shape);
  if (close.length > 0 || !first || noStandIn || gives(first.unit.text, first.article.language)) return close;
  // "… wonnen de bekerfinale." and, a paragraph on, "Eindstand: 31 - 22."; "FC Utrecht heeft Jensen overgenomen …
  // Met de transfer is 4 miljoen euro gemoeid.": the next sentence of the shape in the best named unit's article
  // (else its first), when the sentences that name what is asked give none. It stands in for the best unit: it
  // takes its match and score, so the quotes chosen with it name what the best unit names.
  const all = ctx.view.sentences(first.article.id).filter((x) => gives(x.text, first.article.language));
  const s = all.find((x) => x.start >= first.unit.start) ?? all[0];
  if (!s) return [];
  const own = candidateFor(q, first.article, s, ctx, { retrieval: first.retrieval, factor: 1 });
  return [{ ...own, m: first.m, score: first.score, after: first.after }];
}

/**
 * "How fast may the train go?" over articles that give no speed is not answered by their other numbers. Sizes are
 * left out: "hoe lang was hij voorzitter" asks a time. "How tall is the tower in Marbeck?" is not answered by its
 * other numbers, nor by another tower's height ("the bell tower of Dunvale is 40 metres high"): a height or distance
 * is given in its units, or as money or a share ("hoe hoog is de boete"), by a unit that names what the question names.
 */
function measureUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  if (!q.measure) return false;
  const best = pool.slice(0, QUOTE_POOL);
  if (ONLY_MEASURED.has(q.measure)) return !best.some((c) => measured(q, c));
  if (!MEASURED_OR_AMOUNT.has(q.measure)) return false;
  return !best.some((c) => (measured(q, c) || amounts(c)) && namesAny(c, q));
}

/**
 * "What is the capital of Tonga?" asks the capital of a name: when none of the best units says the noun asked, they
 * say other things of Tonga ("a group of 50 islands in Tonga"), none of them its capital.
 */
function attributeUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  const noun = q.kind === 'other' ? q.pack.attributeAsked.exec(fold(q.text))?.[1] : undefined;
  if (!noun) return false;
  // Only of names: "What is the purpose of the meeting?" may be answered in other words.
  const g = q.groups.find((x) => x.id === noun || x.id === stem(noun, q.lang));
  if (!g || g.name || q.groups.some((x) => x !== g && !x.name)) return false;
  // "What is the address of X?" over a listing "X, 1355 Inwood Terrace, tel: …": an address given of all of X's
  // names says the noun.
  const address = (c: Candidate) =>
    q.pack.addressNouns.has(noun) && pack(c.article.language).streetAddress.test(c.unit.text) && namesAll(c, q);
  return !pool.slice(0, QUOTE_POOL).some((c) => (c.m.matched.has(g.id) && namesAny(c, q)) || address(c));
}

/** How many of the best units may give the name a question for a name asks. */
const NAME_DEPTH = 3;

/**
 * "What was the name of Higuchi's father?": a name is a capitalised word the question does not give, in a sentence
 * that says what the question asks ("her father, Noriyoshi, …"), or a naming word ("called", "heette") in a unit
 * that says it. "As her father had before her, she died" names no one: when none of the best units gives a name, the
 * articles do not say what the question asks the name of.
 */
function nameUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  if (q.shape !== 'name' || !q.pack.properNameQuestion.test(fold(q.text))) return false;
  const asked = q.groups.filter((g) => !g.name);
  // A naming word names what the question asks when the unit says it: "a pen name of Natsu Higuchi" is hers.
  const naming = (c: Candidate) =>
    givesShape(c.unit.text, c.article.language, 'name') &&
    (asked.length === 0 || asked.some((g) => c.m.matched.has(g.id)));
  return !pool.slice(0, NAME_DEPTH).some((c) => naming(c) || nameNearAsked(c, q, asked));
}

/** How many words apart a name and a word of the question may stand to give the name of what it says. */
const NAME_REACH = 6;

/**
 * A sentence of the unit gives a name the question does not write (a capitalised word other than its first, a month
 * or a weekday) within a few words of one of the asked groups ("his mother, Ellen Vosk"); any name, when none. The
 * sentence after one that closes on an asked word may give the name anywhere: "… in the international language
 * movement. He … devised his own project, Novial."
 */
function nameNearAsked(c: Candidate, q: Question, asked: readonly Group[]): boolean {
  const lang = c.article.language;
  const p = pack(lang);
  const own = new Set(words(fold(q.text)));
  const isName = (w: string, i: number) => {
    const f = fold(w);
    // "I" is no name, though capitalised; "US" is one.
    const pronoun = p.firstPerson.has(f) && !/^\p{Lu}{2,}$/u.test(w);
    return i > 0 && /^\p{Lu}/u.test(w) && !own.has(f) && !isDateWord(f, p) && !pronoun;
  };
  const says = (w: string) => writesAny(asked, lang, w);
  // "Her mother had spoken out against Scientology": a relative's name stands right beside the word for them ("his
  // mother, Ellen Vosk"); a name a few words on is what the sentence says they did.
  const kin = new Set(asked.flatMap((g) => kinWords(g.id, q.lang, lang)));
  const near = (n: number, a: number, w: string) =>
    kin.has(stem(fold(w), lang)) ? n - a <= RELATIVE_AFTER && a - n <= RELATIVE_BEFORE : Math.abs(n - a) <= NAME_REACH;
  const sentences = sentenceTokens(c.unit.text);
  return sentences.some((tokens, k) => {
    const names = tokens.flatMap((w, i) => (isName(w, i) ? [i] : []));
    if (asked.length === 0) return names.length > 0;
    const at = tokens.flatMap((w, i) => (says(w) ? [i] : []));
    if (names.length > 0 && k > 0 && (sentences[k - 1] ?? []).slice(-NAME_REACH).some(says)) return true;
    return names.some((n) => at.some((a) => near(n, a, tokens[a]!)));
  });
}

/** A word of two letters or more and digits: "h5n1", "dh2017"; not "r0", which is also written "R 0". */
const CODE = /^(?=(?:.*\p{L}){2})(?=.*\p{N})[\p{L}\p{N}]+$/u;

/**
 * "When did H5N1 first infect humans?": a word of letters and digits names one thing (a strain, a gene, an event);
 * when none of the best units writes it, they speak of another.
 */
function codeUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  const codes = q.groups.filter((g) => CODE.test(g.id));
  const says = (c: Candidate) => codes.every((g) => saysGroup(c.m, g.id));
  return codes.length > 0 && !pool.slice(0, QUOTE_POOL).some(says);
}

/** A unit giving an amount of money or a share answers "how high is the fine", "how far did sales fall". */
function amounts(c: Candidate): boolean {
  const lang = c.article.language;
  return givesShape(c.unit.text, lang, 'price') || givesShape(c.unit.text, lang, 'share');
}

/** "Hoe warm werd het?": "37,8 graden" gives the measure asked; "warme lucht" and a ticket's "14 euro" do not. */
function measured(q: Question, c: Candidate): boolean {
  return !!q.measure && givesMeasure(c.unit.text, c.article.language, q.measure);
}

/**
 * "Where was the festival held": of places near the asked words, the one the articles name least ("in the harbour
 * district of X") tells more than the one nearly every sentence names (the country the whole corpus is about).
 */
function specificFirst(close: Candidate[], q: Question, ctx: AnswerContext): Candidate[] {
  if (q.kind !== 'place' || close.length < 2) return close;
  const rarity = (c: Candidate) => {
    const lang = c.article.language;
    // "Zuid-Afrikaanse" after "in elk geval" is the question's own "South African", no place it does not give.
    const asked = (part: string) => q.groups.some((g) => hasForm(g, lang, stem(part, lang)));
    const places = answersNearAsked(c.unit.text, lang, q)
      .map((w) => w.split('-').filter(Boolean))
      .filter((parts) => !parts.some(asked));
    return Math.max(0, ...places.map((parts) => Math.min(...parts.map((x) => ctx.stats.idf(stem(x, lang))))));
  };
  return close
    .map((c, i) => ({ c, i, r: rarity(c) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.c);
}

/** A question mark that ends a sentence within the unit: the next word opens a new one. */
const ASKS_WITHIN = /\?[”"’»]*\s+(?![\s\p{Ll}\d–—-])/u;

/**
 * A question the article asks ("Hoe moet er gereageerd worden …?"), alone or opening a pair, answers none of the
 * asker's when a statement nearly as good does: those go behind.
 */

function statementsFirst(pool: Candidate[], view: TextView): Candidate[] {
  const best = pool[0]?.score ?? 0;
  // An interviewee's question inside an answer turn is rhetorical: "The minute the land was replaced by science, what
  // is there to fight about?" states what it asks about. A question mark before a lower-case word or a dash ends no
  // question: "a word like ‘Huh?’ – used as …", "Huh? may be a word" name a word written with one.
  const asks = pool.filter(
    (c) => (asksQuestion(c.unit.text) || ASKS_WITHIN.test(c.unit.text)) && view.turnBefore(c.unit).length === 0,
  );
  if (asks.length === 0 || !pool.some((c) => !asks.includes(c) && c.score >= best * PREFERRED_SHARE)) return pool;
  return [...pool.filter((c) => !asks.includes(c)), ...asks];
}

/** The unit introduces examples ("including", "such as", "zoals"). */
function givesExamples(c: Candidate): boolean {
  const words = fold(c.unit.text)
    .replace(/[,;:()]/g, ' ')
    .replace(/\s+/g, ' ');
  const text = ` ${words} `;
  return pack(c.article.language).exampleMarkers.some((m) => text.includes(` ${m} `));
}

/** The answerability model's probability that the articles answer the question, from its best units. */
export function answerability(q: Question, pool: Candidate[]): number {
  const [best, second] = pool;
  if (!best) return 0;
  return predict(ANSWERABLE, questionFeatures(q, best, best.score, second?.score ?? 0));
}
