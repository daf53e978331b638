import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack, PACKS, pack } from '../lang/index.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import { isStopword, stem, words } from '../text/analyze.js';
import { withoutOpeningMarks } from '../text/quotes.js';
import { namedBefore } from './antecedent.js';
import { otherBracket } from './bounds.js';
import { headsNames } from './classes.js';
import {
  beforeProvisions,
  carriedStems,
  referredStems,
  referrers,
  refersToWhole,
  wholeRefWords,
} from './cross-refs.js';
import { type Match, match, writesForm } from './evidence.js';
import { poolStats, predict, unitFeatures } from './features.js';
import { headPlaces, headStems } from './head-block.js';
import { speakerOfTurn } from './interview.js';
import { hasKind, namesCurrency } from './kinds.js';
import { lifeEventAsked, lifeSpanOf, lifeSpanPlaces, lifeSpanSubject, stemsOfDying } from './life-span.js';
import { keyedMemo } from './memo.js';
import { penaltyUnits } from './penalties.js';
import type { Question } from './question.js';
import { asksReason } from './reasons.js';
import { namedByRole } from './relation.js';
import { signStems } from './signs.js';
import type { CorpusStats } from './stats.js';
import { sentenceStems, type TextView } from './text-view.js';
import { titledUnits, titleNamed } from './titled.js';
import { RANKER } from './weights.js';

/** A quotable unit (a sentence, or two neighbouring sentences quoted together) and how well it answers. */
export interface Candidate {
  unit: Sentence;
  article: Article;
  /** The unit's stems, plus names its titles and pronouns stand for. */
  stems: Set<string>;
  m: Match;
  /** Fused retrieval score of the best passage holding the unit, relative to the top passage. */
  retrieval: number;
  /** Whether the unit has an answer of the kind asked for. */
  kind: boolean;
  /** Two sentences quoted together. */
  pair: boolean;
  /** A byline, timestamp, menu or photo credit. */
  chrome: boolean;
  /** Coverage of the sentence before: answers often follow the sentence that repeats the question's words. */
  after: number;
  /** The ranker's probability that the unit holds the answer (src/answer/features.ts, weights.ts). */
  score: number;
}

export interface AnswerContext {
  view: TextView;
  stats: CorpusStats;
}

/** Two neighbouring sentences are quoted together only when this short together. */
const MAX_PAIR_CHARS = 400;
/** A pair must beat a single sentence by a margin (shorter quotes are better quotes) … */
const PAIR_FACTOR = 0.95;
/** … unless its second sentence carries on the first ("He added …", "Ook …", a quote after "zei Jansen"). */
const CONTINUATION_FACTOR = 1.02;
/** The most words after an article its noun phrase takes ("a handwritten Marlowe Bakery recipe book"). */
const NOUN_PHRASE = 6;
/** A unit that opens with a sentence pointing back ("These were …") weighs less than one with what it points at. */
const ANAPHOR_FACTOR = 0.8;

/** A list's lead-in weighs less than its items, which are read with its words (TextView.paragraphOf). */
const LEAD_IN_FACTOR = 0.8;

/** A statute's title, enacting formula and recitals weigh less than its provisions, but for why it was made. */
const PREAMBLE_FACTOR = 0.6;

/** How many sentences of the paragraph after an asking one are gathered, whatever passage retrieval returned. */
const ANSWER_SENTENCES = 3;

/** How much of the question a provision must cover before the provisions that refer to it are read too. */
const REFERRED_COVERAGE = 0.5;

/** Words a unit is read with as its own, lent by the provision that gathered it (see `lentTo`). */
type Lent = Set<string>;

const keyOf = (unit: Sentence) => `${unit.articleId}:${unit.start}:${unit.end}`;

/**
 * The penalty or exception of a provision is another that refers to it by number ("artikel 4, eerste lid"): gathered
 * when the provision speaks of the question, and weighed as a unit that points back is, since retrieval missed it.
 */
function referring(s: Sentence, scored: Candidate | undefined, ctx: AnswerContext): Sentence[] {
  return (scored?.m.coverage ?? 0) >= REFERRED_COVERAGE ? referrers(s, ctx.view) : [];
}

/**
 * "Overtreding van de in dit besluit gestelde verboden wordt gestraft …" says what it says of every provision of its
 * text, so of the one it was gathered for: that one's words (its list's lead-in's too) are read as its own, and it is
 * weighed as a unit pointing back. A numbered reference lends only context (`referredStems`): it names its target.
 */
function lentTo(r: Sentence, from: Candidate | undefined, ctx: AnswerContext): Set<string> | undefined {
  if (!from || !refersToWhole(r, ctx.view)) return undefined;
  return from.stems;
}

/**
 * What a unit's coverage is weighed by for standing before a statute's first provision (see `beforeProvisions`), or
 * for giving only its short title ("Dit besluit kan worden aangehaald als: …"), which says the law's name a question
 * about one of its rules writes too, unless a name is asked.
 */
function preambleFactor(s: Sentence, q: Question, view: TextView): number {
  if (q.kind !== 'reason' && beforeProvisions(s, view)) return PREAMBLE_FACTOR;
  const named = q.shape === 'name' || q.pack.citesTitle.test(fold(q.text));
  const lang = view.article(s.articleId)?.language ?? q.lang;
  return !named && pack(lang).citesTitle.test(fold(s.text)) ? PREAMBLE_FACTOR : 1;
}

/** Adds a unit to the pool once, at the best retrieval score it is found at. */
function considerer(q: Question, ctx: AnswerContext, byKey: Map<string, Candidate>) {
  return (
    article: Article,
    unit: Sentence,
    retrieval: number,
    factor: number,
    pair = false,
    lent?: Lent,
    lender?: number,
  ) => {
    const key = keyOf(unit);
    const prior = byKey.get(key);
    let fresh = !prior || lent ? candidateFor(q, article, unit, ctx, { retrieval, factor, pair, lent }) : undefined;
    // Read with the words a provision lends, a unit must cover more than that provision: its own words add to it.
    if (lent && fresh && fresh.m.coverage <= (lender ?? 1))
      fresh = prior ? undefined : candidateFor(q, article, unit, ctx, { retrieval, factor, pair });
    // A unit lent a provision's words is kept as read with the provision that covers the question best.
    if (fresh && (!prior || fresh.m.coverage > prior.m.coverage))
      byKey.set(key, { ...fresh, retrieval: Math.max(retrieval, prior?.retrieval ?? 0) });
    else if (prior) prior.retrieval = Math.max(prior.retrieval, retrieval);
  };
}

/** Every unit of the retrieved passages, scored against the question, best first. */
export function gather(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext): Candidate[] {
  const top = retrieved[0]?.score ?? 1;
  const byKey = new Map<string, Candidate>();
  const consider = considerer(q, ctx, byKey);
  for (const passage of retrieved) {
    const article = ctx.view.article(passage.doc.metadata.articleId);
    if (!article) continue;
    const all = ctx.view.sentences(article.id);
    const retrieval = passage.score / top;
    for (const whole of ctx.view.within(article.id, passage.doc.metadata.start, passage.doc.metadata.end)) {
      const s = afterChrome(whole);
      // A unit that opens by pointing back ("These were …") weighs less than the one with the sentence before.
      const back = (pointsBack(s.text, pack(article.language)) ? ANAPHOR_FACTOR : 1) * preambleFactor(s, q, ctx.view);
      // A list's lead-in ("… moet voldoen aan de volgende eisen:") says what its items say of it, not what they say.
      const items = ctx.view.itemsOf(s);
      consider(article, s, retrieval, items.length > 0 ? back * LEAD_IN_FACTOR : back);
      for (const item of items) consider(article, item, retrieval, 1);
      const pair = pairAt(article, all, s.index, q);
      if (pair) consider(article, pair.unit, retrieval, pair.factor * back, true);
      // "Deze aanspraak geldt … tot 1 juli 1984.": the next sentence, which says its claim only with this one.
      const next = all[s.index + 1];
      if (next && next.start >= passage.doc.metadata.end && conditionOn(next, ctx, pack(article.language)).size > 0)
        consider(article, next, retrieval, pointsBack(next.text, pack(article.language)) ? ANAPHOR_FACTOR : 1);
      // A passage that ends on a question may hold little or nothing of its answer.
      for (const a of ctx.view.answersAfter(s, ANSWER_SENTENCES)) consider(article, a, retrieval, 1);
      const scored = byKey.get(keyOf(s));
      for (const r of referring(s, scored, ctx))
        consider(article, r, retrieval, ANAPHOR_FACTOR, false, lentTo(r, scored, ctx), scored?.m.coverage);
    }
  }
  // "When did Dvořák die?": the life span opens the article about him, a passage retrieval may miss when the rest of
  // the article says "Dvořák" as often and "died" nowhere; "wrak" asked, the provisions under the title "Wrakkenwet".
  const last = (retrieved.at(-1)?.score ?? 0) / top;
  const articles = [...new Set(retrieved.map((r) => ctx.view.article(r.doc.metadata.articleId)))].filter((a) => !!a);
  const more = [...titledUnits(q, ctx.view), ...penaltyUnits(q, articles, ctx.view)];
  for (const { article, sentence } of [...lifeSpansOfAsked(q, retrieved, ctx), ...more])
    consider(article, sentence, last, 1);
  // "2008: 6 februari", a line of a list of dates, tells when and nothing else: what a time question asks only.
  const says = (c: Candidate) => !onlyADate(c.unit.text) || (q.kind === 'time' && isFieldLine(c.unit, c.article));
  // A caption or byline that shares only names with the question says nothing it asks ("Robert Sarvis. Image: …").
  const named = new Set(q.groups.filter((g) => g.name).map((g) => g.id));
  const onlyNames = (c: Candidate) => {
    if (!c.chrome) return false;
    const own = match(q, sentenceStems(c.unit.text, c.article.language), c.article.language, false);
    return [...own.matched].every((id) => named.has(id));
  };
  // A unit of under four words says too little to quote, unless it labels a value or is a list's item, which says
  // it of the lead-in above ("b. burgemeester: gezaghebber." under "… wordt telkens gelezen voor:").
  const out = [...byKey.values()].filter(
    (c) =>
      (c.m.matched.size > 0 || (c.m.near.size > 0 && carriedStems(c.unit, ctx.view).size > 0)) &&
      says(c) &&
      !onlyNames(c) &&
      (isFieldLine(c.unit, c.article) || wordCount(c.unit.text) >= 4 || !!ctx.view.leadIn(c.unit)),
  );
  const pool = poolStats(out);
  for (const c of out) c.score = predict(RANKER, unitFeatures(c, q, pool));
  return out.sort((a, b) => b.score - a.score);
}

/**
 * A unit scored against the question, but for the ranker's score (0 until `gather` ranks its pool). `factor` weighs
 * the unit's coverage (a pair's, one pointing back); `retrieval` is the unit's passage's score relative to the top
 * passage; `pair` says the unit is two sentences quoted together (a single sentence unless said).
 */
export function candidateFor(
  q: Question,
  article: Article,
  unit: Sentence,
  ctx: AnswerContext,
  { retrieval, factor, pair = false, lent }: { retrieval: number; factor: number; pair?: boolean; lent?: Lent },
): Candidate {
  const p = pack(article.language);
  const stems = unitStems(unit, ctx, p, spanTells(q) && livesOf(unit.text, q, article.language));
  for (const t of leadInStems(q, unit, stems, ctx.view, article.language)) stems.add(t);
  // "… de in dit besluit gestelde verboden …" names the rules ("verboden") the lent words are: its words no more.
  if (lent) for (const w of wholeRefWords(unit, ctx.view)) stems.delete(stem(w, article.language));
  for (const t of lent ?? []) stems.add(t);
  // An answer speaks of what the question before it asked ("Why do you think it is so?" → "Bad teachers.").
  const asked = ctx.view.questionTurn(unit);
  for (const t of ctx.view.askedBefore(unit, asked)) stems.add(t);
  // "When I was ten my father showed me …", answering "Why did you choose mathematics?": the interviewee speaks.
  const speaker = speakerOfTurn(unit, ctx.view, ctx.stats, p);
  for (const t of speaker) stems.add(t);
  // "What did Oskarsdottir say" of her speech, which says "I": every sentence of an article is its author's words.
  const author = q.kind === 'speech' ? authorAsked(q, article, ctx) : [];
  for (const t of author) stems.add(t);
  // An infobox line speaks of what its article is about: "Hoofdplaats: Brugge" in the article on West-Vlaanderen.
  if (isFieldLine(unit, article)) for (const t of ctx.view.titleStems(article.id)) stems.add(t);
  // "How much money did they win?" over "won the title and $ 50,000": a sum in a currency says the money counted.
  if (/\d/.test(unit.text) && namesCurrency(unit.text)) for (const f of countedMoney(q, article.language)) stems.add(f);
  // "De Valdoriaanse president" names Valdorije for "Wie is de president van Valdorije?".
  for (const g of namedByRole(unit.text, article.language, q))
    for (const f of g.forms.get(article.language) ?? []) stems.add(f);
  // A name's other words are not the unit's own: "Han" is "Han Seo-jun" only as far as the article says so.
  // "Hij die handelt in strijd met artikel 4, eerste lid, …": the provision it refers to says what it is about.
  // "The database was unveiled in 1999" speaks of "the NEMISIS database" an earlier paragraph names.
  const context = new Set([
    ...ctx.view.paragraphOf(unit),
    ...fullNames(unit, ctx.view, p.code),
    ...referredStems(unit, ctx.view),
    ...namedBefore(unit, ctx.view, q, p),
  ]);
  // "meer dan € 45 000" asked: a bracket "niet groter dan € 45 000" is the one below, its figure no match.
  if (/\d/.test(q.text) && /\d/.test(unit.text))
    for (const v of otherBracket(q.text, q.pack, unit.text, p)) stems.delete(v);
  const m = match(q, stems, article.language, p.compounds, context, titleOf(article, q, ctx));
  const scaled = { ...m, coverage: Math.min(1, m.coverage * factor), strict: Math.min(1, m.strict * factor) };
  // A provision that carries another's rule says its words, as the checks of what a unit says read them, but
  // second-hand: ranked by its own words, it never goes before the provision it refers to.
  for (const t of carriedStems(unit, ctx.view)) stems.add(t);
  // An interview's answer turn is its interviewee's words, whether or not it has a verb of saying; the turn after
  // "Why do you think it is so?" gives the reason, whether or not it says "because".
  const kind =
    hasKind(kindText(q, unit, pair, ctx, p), q.kind, q, p) ||
    (q.kind === 'place' && headPlaces(unit, ctx.view).some((w) => !fold(q.text).includes(fold(w)))) ||
    (q.kind === 'speech' && (speaker.length > 0 || author.length > 0)) ||
    (q.kind === 'reason' && asksReason(asked, p));
  const chrome = looksLikePageChrome(unit.text, p);
  // The question turn an answer opens after is no sentence it follows: its words are the unit's own already.
  const prior = unit.index > 0 ? ctx.view.sentences(article.id)[unit.index - 1] : undefined;
  const before = prior && !asked.includes(prior) ? prior : undefined;
  const after = before ? match(q, ctx.view.stemsOf(before), article.language, p.compounds).coverage : 0;
  return { unit, article, stems, m: scaled, retrieval, kind, pair, chrome, after, score: 0 };
}

/**
 * The text whose answer kind a unit has: "On the same day, X declared … On January 31, Y declared …" dates X's
 * declaration by the sentence before it, not by the next sentence's other event.
 */
function kindText(q: Question, unit: Sentence, pair: boolean, ctx: AnswerContext, p: LanguagePack): string {
  if (!pair || q.kind !== 'time') return unit.text;
  const opening = ctx.view.sentences(unit.articleId)[unit.index];
  return opening && datedBefore(opening.text, p) ? opening.text : unit.text;
}

/** The article's title as a match reads it: its stems, and its body's read on first use only. */
function titleOf(article: Article, q: Question, ctx: AnswerContext) {
  return {
    stems: ctx.view.titleStems(article.id),
    names: titleNamed(q, ctx.view).get(article.id),
    // Read on first use: only a compound of the title asks whether the body writes the word (`inTitleOnly`).
    get body() {
      return ctx.view.articleStems(article.id);
    },
    lang: article.language,
  };
}

/** The stems of the article's author that a speaker the question asks for is named by. */
function authorAsked(q: Question, article: Article, ctx: AnswerContext): string[] {
  const forms = q.speakers.flatMap((g) => [...(g.forms.get(article.language) ?? [])]);
  return ctx.view.authorStems(article.id).filter((t) => forms.includes(t));
}

/** The forms, in the article's language, of the pack's word for money the question counts ("how much money"). */
function countedMoney(q: Question, lang: string): Set<string> {
  const head = q.counted.at(-1);
  const money = [...q.pack.numbers.money].some((w) => head?.forms.get(q.lang)?.has(stem(w, q.lang)));
  return (money && head?.forms.get(lang)) || new Set();
}

/** A sentence and the next one of its paragraph, quoted together, with the factor its coverage is weighed by. */
function pairAt(
  article: Article,
  all: Sentence[],
  i: number,
  q: Question,
): { unit: Sentence; factor: number } | undefined {
  const sentence = all[i];
  const next = all[i + 1];
  if (!sentence || !next) return undefined;
  // "…; daarbij wordt een termijn gesteld. Wordt die wijziging … aangebracht, dan …": the condition needs the first.
  const condition = asksConsequence(q) && pack(article.language).conditionBack.test(fold(next.text));
  if (next.end - sentence.start > (condition ? 2 * MAX_PAIR_CHARS : MAX_PAIR_CHARS)) return undefined;
  // A new line starts a heading, a byline or a list's row. News gives a paragraph one sentence, which the next goes
  // on with ("… was found by someone." / "The document was found on X Road …"): a paragraph that is one whole
  // sentence pairs with the whole sentence opening the next; for a why-question, also with one that gives a reason
  // ("… destroyed a radar post." / "The strike was retaliation for an attack.").
  const gap = article.body.slice(sentence.end, next.start);
  const why = q.kind === 'reason' && hasKind(next.text, 'reason', q, pack(article.language));
  const story =
    isParagraph(article, all, i) && isParagraph(article, all, i + 1) && (why || goesOn(sentence, next, article));
  if (gap.includes('\n') && !story) return undefined;
  const unit: Sentence = {
    articleId: article.id,
    start: sentence.start,
    end: next.end,
    text: article.body.slice(sentence.start, next.end),
    index: sentence.index,
  };
  const factor = condition || carriesOn(next.text, pack(article.language)) ? CONTINUATION_FACTOR : PAIR_FACTOR;
  return { unit, factor: gap.includes('\n') ? factor * PAIR_FACTOR : factor };
}

/** "Wat gebeurt er als …?", "What happens if …?": the question asks the consequence of a condition. */
function asksConsequence(q: Question): boolean {
  return q.pack.asksConsequence.test(fold(q.text));
}

/** The sentence is its paragraph's one, a whole sentence: blank lines (or the body's ends) before and after it. */
function isParagraph(article: Article, all: Sentence[], i: number): boolean {
  const sentence = all[i]!;
  const before = i > 0 ? article.body.slice(all[i - 1]!.end, sentence.start) : '\n\n';
  const after = all[i + 1] ? article.body.slice(sentence.end, all[i + 1]!.start) : '\n\n';
  return /\n\s*\n/.test(before) && /\n\s*\n/.test(after) && closes(sentence.text);
}

/**
 * The next paragraph goes on with this one: it opens with a pronoun or an additive word, or names with a definite
 * article what this one brought in with an indefinite one ("A document was found …" / "The 131-page document was
 * found on …"). "The tower in X …" / "The tower of Y …" are two things already known, each its own story.
 */
function goesOn(sentence: Sentence, next: Sentence, article: Article): boolean {
  const p = pack(article.language);
  if (carriesOn(next.text, p)) return true;
  const opening = words(next.text).slice(0, NOUN_PHRASE + 1);
  if (!p.determiners.has(opening[0] ?? '')) return false;
  const ws = words(sentence.text);
  const content = (w: string) => !isStopword(w, p.code);
  // The noun phrase runs to the next stop word ("a sensitive Environment Canada document *was*").
  const after = (i: number) => {
    const rest = ws.slice(i + 1, i + 1 + NOUN_PHRASE);
    const end = rest.findIndex((w) => !content(w));
    return end < 0 ? rest : rest.slice(0, end);
  };
  const introduced = ws.flatMap((w, i) => (p.indefiniteArticles.includes(w) ? after(i) : [])).filter(content);
  const stems = new Set(introduced.map((w) => stem(w, p.code)));
  return opening.slice(1).some((w) => content(w) && stems.has(stem(w, p.code)));
}

/** The sentence ends with a closing mark, quotes aside: a sentence, no heading or byline. */
function closes(text: string): boolean {
  return /[.!?][\s”"’»)]*$/u.test(text);
}

/** The second sentence goes on with the first: a pronoun, an additive word, a quotation, or a very short remark. */
export function carriesOn(text: string, p: LanguagePack): boolean {
  const first = fold(/^[\s“"„‘']*([\p{L}]+)/u.exec(text)?.[1] ?? '');
  const quoted = /^\s*[“"„‘']/u.test(text);
  return (
    quoted ||
    p.subjectPronouns.has(first) ||
    p.additive.has(first) ||
    wordCount(text) < 5 ||
    pointsBack(text, p) ||
    datedBefore(text, p)
  );
}

/** How many opening words may hold a phrase dating the sentence by the one before ("On the same day, …"). */
const DATED_OPENING = 5;

/** "On the same day, the WHO declared …", "Later that year …": the sentence opens dated by the one before it. */
function datedBefore(text: string, p: LanguagePack): boolean {
  return saysSameTime(foldedWords(text).slice(0, DATED_OPENING), p);
}

/** The folded words hold one of the pack's phrases dating them by the sentence before ("that same year"). */
function saysSameTime(ws: readonly string[], p: LanguagePack): boolean {
  const joined = ` ${ws.join(' ')} `;
  return p.sameTime.some((t) => joined.includes(` ${t} `));
}

/** "The last two are considered her best work": the sentence names what it speaks of only in the one before. */
function pointsBack(text: string, p: LanguagePack): boolean {
  return p.anaphoricOpening.test(fold(withoutOpeningMarks(text)));
}

/** Sentences of its opening that give a life span, in each retrieved article titled with a name the question asks. */
function lifeSpansOfAsked(
  q: Question,
  retrieved: RetrievedPassage[],
  ctx: AnswerContext,
): { article: Article; sentence: Sentence }[] {
  const names = q.groups.filter((g) => g.name);
  if (names.length === 0 || !lifeEventAsked(q)) return [];
  const out: { article: Article; sentence: Sentence }[] = [];
  for (const id of new Set(retrieved.map((r) => r.doc.metadata.articleId))) {
    const article = ctx.view.article(id);
    if (!article || !names.some((g) => writesForm(g, article.language, ctx.view.titleStems(id)))) continue;
    for (const sentence of ctx.view.sentences(id).slice(0, LEAD_SENTENCES))
      if (givesAskedLife(sentence.text, q, article.language)) out.push({ article, sentence });
  }
  return out;
}

/**
 * The text opens with the life span of whom the question names, one that can answer: any for "when"; for "where", one
 * that names places ("Stockholm 17 november 1905").
 */
export function givesAskedLife(text: string, q: Question, lang: string): boolean {
  if (lifeSpanOf(text) === undefined || (q.kind === 'place' && lifeSpanPlaces(text).length === 0)) return false;
  return livesOf(text, q, lang);
}

/**
 * Whether a life span the unit opens with may tell what the question asks of a birth or death: not why or of what
 * someone died ("What did X die of?"), nor an age, which an answer should say.
 */
function spanTells(q: Question): boolean {
  return q.kind !== 'age' && q.kind !== 'reason';
}

/** How many of an article's first sentences (title and infobox lines among them) may hold its subject's life span. */
const LEAD_SENTENCES = 4;

/**
 * Whether a life span the unit opens with is of whom the question names: "Augusta Ada King, Countess of Lovelace
 * (1815 – 1852) … known for her work on Charles Babbage's engine" gives no year of Babbage's death.
 */
function livesOf(text: string, q: Question, lang: string): boolean {
  const subject = lifeSpanSubject(text);
  const names = q.groups.filter((g) => g.name);
  if (subject === undefined || names.length === 0) return true;
  const stems = sentenceStems(subject, lang);
  return names.some((g) => writesForm(g, lang, stems));
}

/**
 * A unit's stems, with the names it speaks of without writing them: a title the corpus gives to one person
 * ("de FIFA-baas" is Infantino), "Hij …" opening a sentence after one that names someone, and being born and dying
 * in a life span (not for an age question: a span implies an age, which an answer should say).
 */
function unitStems(unit: Sentence, ctx: AnswerContext, p: LanguagePack, lifeSpan: boolean): Set<string> {
  const stems = ctx.view.stemsOfUnit(unit);
  for (const o of ctx.view.outletStems(unit.articleId)) stems.add(o);
  const told = lifeSpan ? lifeSpanOf(unit.text) : undefined;
  if (told) for (const w of told === 'span' ? p.lifeSpan : p.birth) stems.add(stem(w, p.code));
  const ws = foldedWords(unit.text);
  for (const s of dyingStems(ws, p)) stems.add(s);
  // Read only when the corpus gives some title: most units of most corpora need no second stemming pass.
  let titled: Set<string> | undefined;
  for (const [title, name] of ctx.stats.titles()) {
    titled ??= inflectedStems(ws, p.code);
    const inflected = titled;
    if (title.split(' ').every((t) => inflected.has(t))) stems.add(name);
  }
  if (saysSameTime(ws, p)) for (const y of sameYear(unit, ctx, p)) stems.add(y);
  // "Ondertussen werkte hij tot 1978 …", "The city reasoned …": continues whom the sentence before names.
  if (unit.index > 0 && continues(unit, ws, ctx, p)) for (const t of antecedent(unit, ctx, p)) stems.add(t);
  // "Wordt die wijziging binnen de termijn aangebracht, dan …": what the sentence before says is the condition's.
  for (const t of conditionOn(unit, ctx, p)) stems.add(t);
  for (const t of headStems(unit, ctx.view)) stems.add(t);
  // "ten minste 50%" says "procent", "€ 2 268" says "euro".
  for (const t of signStems(unit.text, p)) stems.add(t);
  return stems;
}

/**
 * "c. de schakels mogen geen grotere maat hebben dan 20 mm." ends the sentence its lead-in opens ("De ketting … moet
 * voldoen aan de volgende eisen:"): the lead-in's words are the item's own, when the item itself says some word of the
 * question the lead-in does not. An item that says none is only a sibling of the one asked for.
 */
function leadInStems(q: Question, unit: Sentence, stems: Set<string>, view: TextView, lang: string): Set<string> {
  const lead = view.leadIn(unit);
  if (!lead) return new Set();
  const leadStems = view.stemsOf(lead);
  const says = (f: string) => stems.has(f) && !leadStems.has(f);
  // A form that counts less says the word too: "ten minste 7 vierkante meter" says the "minimaal" asked.
  const any = (g: Question['groups'][number]) => [...(g.forms.get(lang) ?? []), ...(g.soft.get(lang) ?? [])];
  return q.groups.some((g) => any(g).some(says)) ? leadStems : new Set();
}

/** The stems of the sentence before, of its paragraph, that a sentence setting a condition on it points back at. */
function conditionOn(unit: Sentence, ctx: AnswerContext, p: LanguagePack): Set<string> {
  const all = ctx.view.sentences(unit.articleId);
  const own = all[unit.index];
  const before = all[unit.index - 1];
  const body = ctx.view.article(unit.articleId)?.body ?? '';
  if (!own || !before || own.end !== unit.end || body.slice(before.end, own.start).includes('\n')) return new Set();
  const back = p.conditionBack.test(fold(own.text)) || pointsBack(own.text, p);
  return back ? ctx.view.stemsOf(before) : new Set();
}

/**
 * A sentence continues whom the sentences before it name: it opens with a pronoun, or it names no one and opens with a
 * definite noun that heads names ("The request was advanced by the Municipality of X. The city reasoned, …": X's).
 */
function continues(unit: Sentence, ws: readonly string[], ctx: AnswerContext, p: LanguagePack): boolean {
  if (opensWithPronoun(ws, p)) return true;
  if (!p.determiners.has(ws[0] ?? '') || !headsNames(ws[1] ?? '', p.code)) return false;
  return ![...ctx.view.stemsOfUnit(unit)].some((t) => ctx.stats.isName(t));
}

/** A name of two or more capitalised words, each with its hyphenated tail ("Han Seo-jun", "Mary Ann Smith"). */
const FULL_NAME = /\p{Lu}\p{Ll}+(?:-\p{L}+)*(?: \p{Lu}\p{Ll}+(?:-\p{L}+)*)+/gu;
const namesOf = keyedMemo<TextView, string[][]>();

/**
 * "Bij het bezoek van X aan Han in juni …": an article names someone in full once, then by one word of the name. A
 * unit that writes the first or last word of a name its article gives in full speaks of it: the name's other words
 * count as its context does, for half.
 */
function fullNames(unit: Sentence, view: TextView, lang: string): string[] {
  const runs = namesOf(view, unit.articleId, () => {
    const text = view
      .sentences(unit.articleId)
      .map((x) => x.text)
      .join(' ');
    return (
      [...text.matchAll(FULL_NAME)]
        .map((m) => m[0].split(/[ -]/).map((w) => fold(w)))
        // "Volgens Jansen", "De Franse": a capitalised opening word is no part of a name.
        .filter((run) => run.every((w) => !isStopword(w)))
    );
  });
  const written = new Set((unit.text.match(/\p{Lu}\p{Ll}+/gu) ?? []).map((w) => fold(w)));
  const out: string[] = [];
  for (const run of runs)
    if (written.has(run[0]!) || written.has(run.at(-1)!)) for (const w of run) out.push(stem(w, lang));
  return out;
}

/**
 * "… kwam in 1935 om het leven bij een auto-ongeval", "killing 37 people": someone died, in other words than "stierf",
 * "died": the stems of dying, when the text (its `foldedWords`) says it so.
 */
export function dyingStems(words: readonly string[], p: LanguagePack): string[] {
  const folded = ` ${words.join(' ')} `;
  if (!p.deathPhrases.some((d) => folded.includes(` ${d} `))) return [];
  return stemsOfDying(p);
}

/** How many sentences back "in datzelfde jaar" looks for its year. */
const SAME_TIME_REACH = 3;

/**
 * "In augustus 2004 werd X hoofdredacteur. Hij … In datzelfde jaar verscheen de krant op tabloidformaat": a sentence
 * of the unit dated by the one before it says the year of the nearest sentence before it that writes one.
 */
function sameYear(unit: Sentence, ctx: AnswerContext, p: LanguagePack): string[] {
  const all = ctx.view.sentences(unit.articleId);
  for (let i = unit.index; i < all.length && all[i]!.start < unit.end; i++) {
    if (!saysSameTime(foldedWords(all[i]!.text), p)) continue;
    for (let j = i - 1; j >= 0 && j >= i - SAME_TIME_REACH; j--) {
      const years = all[j]!.text.match(/\b\d{4}\b/g);
      if (years) return years;
    }
  }
  return [];
}

/** How far back within its paragraph a pronoun's sentence looks for the names it continues. */
const PRONOUN_REACH = 4;

/**
 * The names a sentence opening with a pronoun continues: those of the nearest sentence before it in the paragraph
 * that names anyone and opens with no pronoun ("X is an actor. He then appeared in films like Y's Z. He's garnered
 * praise …": X, not Y); failing that, those of the sentence right before.
 */
function antecedent(unit: Sentence, ctx: AnswerContext, p: LanguagePack): string[] {
  const all = ctx.view.sentences(unit.articleId);
  const body = ctx.view.article(unit.articleId)?.body ?? '';
  const namesOf = (s: Sentence) => [...ctx.view.stemsOf(s)].filter((t) => ctx.stats.isName(t));
  const previous = all[unit.index - 1];
  for (let i = unit.index - 1; i >= 0 && i >= unit.index - PRONOUN_REACH; i--) {
    const before = all[i]!;
    // Past the sentence right before, only within the paragraph.
    if (i < unit.index - 1 && body.slice(before.end, all[i + 1]!.start).includes('\n')) break;
    const names = namesOf(before);
    if (names.length > 0 && !opensWithPronoun(foldedWords(before.text), p)) return names;
  }
  return previous ? namesOf(previous) : [];
}

/** Of a text's folded words: a subject pronoun among the first ("Ondertussen werkte hij …"), or a possessive first. */
export function opensWithPronoun(ws: readonly string[], p: LanguagePack): boolean {
  return ws.slice(0, OPENING_WORDS).some((w) => p.subjectPronouns.has(w)) || p.possessives.has(ws[0] ?? '');
}

/** How many of a sentence's first words may hold the pronoun that continues the sentence before. */
const OPENING_WORDS = 4;

/** A word inflects its stem when it adds at most this many letters: "philosophers", not "philosophically". */
const INFLECTION_LETTERS = 3;

/**
 * The stems of the words that are a form of their stem, not a word derived from it: a title standing for one person
 * ("the philosopher" for Chomsky) is not said by "philosophically", which the stemmer reads as the same stem.
 */
function inflectedStems(ws: readonly string[], lang: string): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    const s = stem(w, lang);
    if (w.length - s.length <= INFLECTION_LETTERS) out.add(s);
  }
  return out;
}

/** A text's words of letters, folded. */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}]+/gu) ?? [];
}

/**
 * "Hoofdplaats: Brugge", "Population: 2,100", "2008: 6 februari", "1997 - Charles Ducal voor Moedertaal": a line of its
 * own that labels a value states a fact in a few words, as an infobox or a list does; other units of under four words
 * say too little to quote.
 */
export function isFieldLine(unit: Sentence, article: Article): boolean {
  return onOwnLine(unit, article) && fieldLabel(unit.text) !== undefined;
}

/** A line of its own that labels nothing and ends without a sentence's closing mark: it names a subject, no more. */
export function isHeading(unit: Sentence, article: Article): boolean {
  // Dutch papers close a quote with two apostrophes (",,Hij is snel.''"): a paragraph ending so is no heading.
  return onOwnLine(unit, article) && fieldLabel(unit.text) === undefined && !/[.!?:;…”"'’»)]\s*$/u.test(unit.text);
}

function onOwnLine(unit: Sentence, article: Article): boolean {
  const body = article.body;
  return (unit.start === 0 || body[unit.start - 1] === '\n') && (body[unit.end] ?? '\n') === '\n';
}

// A space after the colon: "13:37" is a time, not a label; spaces around a dash: "1914-1918" is a span, and so is
// "Years active 1947 – 2012", a number on each side ("1997 – Leonard Nolens" is a line of a list).
const LABEL = /^([\p{L}\p{N}][\p{L}\p{N} '’-]{0,40}?)(?::|(?<!\d)\s[-–—]|\s[-–—](?=\s+\D))\s+[\p{L}\p{N}]/u;

/** The label of a field line ("Hoofdplaats" of "Hoofdplaats: Brugge"), if the text is shaped as one. */
export function fieldLabel(text: string): string | undefined {
  return LABEL.exec(text)?.[1];
}

/**
 * A field line ("Hoofdplaats: Brugge"), or a list's item that pairs a term with a term ("b. burgemeester:
 * gezaghebber."), whose label holds one of the question's words other than its names.
 */
export function labelsAsked(c: Candidate, q: Question): boolean {
  const label = isFieldLine(c.unit, c.article) ? fieldLabel(c.unit.text) : pairedTerm(c.unit.text);
  if (label === undefined) return false;
  const lang = c.article.language;
  const stems = sentenceStems(label, lang);
  const p = pack(lang);
  return q.groups.some(
    (g) =>
      !g.name &&
      [...(g.forms.get(lang) ?? [])].some(
        (f) => stems.has(f) || (p.compounds && [...stems].some((s) => s.endsWith(f))),
      ),
  );
}

/** The most words the term an item pairs with its label has: more make a definition, no term. */
const PAIRED_TERM_WORDS = 3;

/**
 * The label of a list's item that pairs a term with another ("b. burgemeester: gezaghebber.", what is read for what):
 * marked as an item, and the term after the colon a few words at most, where a definition says more
 * ("b. donorformulier: het donorformulier, bedoeld in artikel 10 van de wet;").
 */
export function pairedTerm(text: string): string | undefined {
  const m = /^\(?[\p{L}\p{N}]{1,3}[.)°]+\s*([\p{L}][\p{L} '’-]{0,40}?):\s+([^:]+)$/u.exec(text.trim());
  if (!m) return undefined;
  const term = m[2]!.match(/[\p{L}\p{N}]+/gu) ?? [];
  return term.length > 0 && term.length <= PAIRED_TERM_WORDS ? m[1] : undefined;
}

/** Bylines, timestamps, menus and photo credits ("NOS Nieuws • vandaag, 17:21", "beeld EPA") say little. */
function looksLikePageChrome(s: string, p: LanguagePack): boolean {
  if (/[•|©]/.test(s) || /\b\d{1,2}:\d{2}\b/.test(s)) return true;
  const ws = [...s.matchAll(/[\p{L}]+/gu)].map((m) => m[0]);
  if (ws.some((w, i) => p.credits.has(fold(w)) && /^\p{Lu}{2,}/u.test(ws[i + 1] ?? ''))) return true;
  // A photo caption's credit: "… Image: Twitter / Barack Obama.", "Foto: Jan de Vries".
  return [...s.matchAll(/(?<![\p{L}])([\p{L}]+):\s+\p{Lu}/gu)].some((m) => p.credits.has(fold(m[1]!)));
}

/**
 * "Dagblad Noord • vandaag, 17:21 • Aangepast vandaag, 17:50 Kabinet valt over asielwet": a scraped page's byline runs
 * into the headline after it. The unit quoted is what follows the last bullet or clock time, when that says something.
 */
function afterChrome(unit: Sentence): Sentence {
  const cut = [...unit.text.matchAll(/(?:•|\b\d{1,2}:\d{2}\b)\s+(?=\p{Lu})/gu)].at(-1);
  if (!cut) return unit;
  const from = cut.index + cut[0].length;
  const text = unit.text.slice(from);
  if (wordCount(text) < 4) return unit;
  return { ...unit, start: unit.start + from, text };
}

/** Any pack's: a Dutch page may carry an English dateline. */
const DATE_WORDS = new Set(PACKS.flatMap((p) => [...p.time.months, ...p.time.weekdays]));

/** "31 October 2024 13:37": a dateline says when the page was written, nothing a question asks (see published.ts). */
function onlyADate(text: string): boolean {
  return foldedWords(text).every((w) => DATE_WORDS.has(w));
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
