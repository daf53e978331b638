import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack, PACKS, pack } from '../lang/index.js';
import { stem, words } from '../text/analyze.js';
import { daysNamed } from '../text/dates.js';
import { findNumbers, isCurrencyCode, joinedToLetters, type NumberMention } from '../text/numbers.js';
import { contrastClauses, correctedNumber, findAttribution } from './attribution.js';
import { type AnswerContext, type Candidate, dyingStems, foldedWords, isFieldLine } from './candidates.js';
import { hasForm, match, namesRun, writesAny, writesForm } from './evidence.js';
import { isPart, looksLikeDay, looksLikeYear, namesCurrency, noneOfCounted, singleOfCounted } from './kinds.js';
import { stemsOfDying } from './life-span.js';
import type { Group, Question } from './question.js';

/** A number one article gives for the thing a count question asks about. */
export interface Figure {
  article: Article;
  /** The sentence the number stands in (a figure is quoted by its own sentence). */
  sentence: Sentence;
  value: number;
  /** The number as written ("10.000", "drieduizend"). */
  text: string;
  /** Offset of the number in the article body, for reading order. */
  at: number;
  /** Its unit says what the question says happened ("sent", "killed"), not only whom it counts. */
  strict: boolean;
  /** Its unit says some of it (LOOSE_COVERAGE): enough beside a strict figure of the same article. */
  loose: boolean;
  /** Content stems between the number and its noun ("belgisch" in "10.000 Belgische supporters"). */
  modifiers: string;
  /** A word before the number that says it is approximate or a bound, as written ("about", "zo’n", "more than"). */
  approx?: string;
  /**
   * What the number counts, as the sentence writes it after the number ("Belgische supporters", "gallons of water",
   * "euro"), when the counted noun or a currency follows it; a currency sign before it ("$4.2 billion") is `sign`.
   */
  noun?: string;
  sign?: string;
  /** Every name the question is about stands in the unit, its paragraph or its article's title. */
  named: boolean;
  /** … with every word of it: "Vlaams Gewest", not only "Vlaams" (of "Vlaams-Brabant"). */
  whole: boolean;
  /** The unit names part of a name asked and another name beside it: "Vlaams-Brabant" for "Vlaams Gewest". */
  elsewhere: boolean;
  /** Its noun has every word the question counts: "the control group (n = 40)", not "two groups" for it. */
  allCounted?: boolean;
}

/** How far after a number its noun may stand ("10.000 Belgische supporters"): a few adjectives. */
const NOUN_WINDOW = 4;
/** A figure's unit must cover at least this share of what the question says about the counted thing. */
const PREDICATE_COVERAGE = 0.5;
/** A figure beside a strict one of its article is kept when its unit covers this much: the same in other words. */
const LOOSE_COVERAGE = 0.25;

/**
 * Every figure the retrieved articles give for what a count question counts, at most one per article and value:
 * a number followed by the counted noun, whose own modifiers do not name something else ("600 Nederlandse
 * supporters" is not a count of Belgian fans). A figure is strict when its unit also says the rest of the
 * question ("how many … were arrested" is not answered by fans who came). With no strict figure there is no answer;
 * with one, the other articles' figures for the same thing are kept too, marked as not strict.
 */
export function findFigures(q: Question, candidates: Candidate[], ctx: AnswerContext): Figure[] {
  if (q.counted.length === 0) return [];
  // What the question says about the counted thing; its numbers are checked as figures, not as words.
  // A verb of saying ("what figures do the sources report") asks who says it, not what happened.
  const saying = pack(q.lang).sayingVerbs;
  const rest = q.groups.filter(
    (g) => !q.counted.includes(g) && !q.speakers.includes(g) && !/^\d+$/.test(g.id) && !saying.has(g.id),
  );
  const found = candidateFigures(q, candidates, rest, ctx);
  // "How many seats has the council of Vlaams-Brabant": when some figures stand beside the name asked about, a figure
  // in a sentence about another name ("De provincieraad van West-Vlaanderen telt 80 zetels") counts something else.
  // Of a name of several words, one word may name something else ("Vlaams" of "Vlaams-Brabant" for "Vlaams Gewest"):
  // when a figure stands beside the whole name, those beside part of it count something else. A question that names
  // someone is answered by no figure beside no one it names ("Hoeveel inwoners heeft Leuven?", over provinces).
  const near = found.some((f) => f.whole && f.strict)
    ? found.filter((f) => f.named && !f.elsewhere)
    : found.some((f) => f.named) || q.names.length > 0
      ? found.filter((f) => f.named)
      : found;
  const dated = inTheYearAsked(onTheDayAsked(near, q), q);
  const strictArticles = new Set(dated.filter((f) => f.strict).map((f) => f.article.id));
  if (strictArticles.size === 0) return [];
  // An article that says it in the question's words is taken at those words.
  // A figure that does not say what was asked is kept from an article that speaks of it somewhere, when no name says
  // what the question is about: "how many died in the flood" lists no death toll of a bus crash.
  // A price asked without naming money ("Wat kost de X2?") takes other articles' sums at its own words only: "kost"
  // is said of every price ("De Lumo X3 kost 699 euro").
  const speaksOf = countsUnsaid(q) ? () => false : q.names.length > 0 ? () => true : aboutRest(rest, ctx);
  // An article that gives the figure in the question's words may give another's in other words ("volgens het
  // ministerie wachten zo'n 80.000 mensen langer dan de norm" beside "ruim 100.000 mensen wachten te lang"): a
  // figure for the same noun there that says some of the question is kept, so that no source is silently left out.
  const kept = (f: (typeof dated)[number]) =>
    f.strict || (strictArticles.has(f.article.id) ? f.loose : speaksOf(f.article));
  return sameThing(dated.filter(kept), q);
}

/** The figures of the candidates' sentences (each sentence once), with the next sentence's when it goes on. */
function candidateFigures(q: Question, candidates: Candidate[], rest: Group[], ctx: AnswerContext): Figure[] {
  const found: Figure[] = [];
  const seen = new Set<string>();
  const add = (f: Figure) => {
    const key = `${f.article.id}:${f.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(f);
  };
  const done = new Set<string>();
  for (const c of candidates) {
    const sentence = ctx.view.sentences(c.article.id)[c.unit.index];
    if (!sentence || done.has(`${c.article.id}:${sentence.index}`)) continue;
    done.add(`${c.article.id}:${sentence.index}`);
    const covered = restCoverage(sentence, rest, q, ctx);
    const [strict, loose] = [covered >= PREDICATE_COVERAGE, covered >= LOOSE_COVERAGE];
    const other = namesOther(sentence, c.article, q, ctx);
    const named = namesAll(c, q) || !other;
    const whole = q.names.length > 0 && q.names.every((run) => run.every((alt) => namesRun(c.m, [alt])));
    // "De PvdA verloor drie zetels" for GroenLinks, named in the paragraph's next sentence: another name's figure.
    const elsewhere = whole ? namesOtherItself(sentence, c.article, q, ctx) : other;
    const found = figuresIn(sentence, c.article, q, { strict, loose, rest }, ctx);
    // Read for the sentences that give a figure only: it looks for a source twice.
    const sourced = found.length > 0 ? withSource(sentence, c.article, ctx) : sentence;
    const here = found.map((f) => ({ ...f, sentence: sourced, named, whole, elsewhere }));
    for (const f of here) add(f);
    // "… 1500 Belgische supporters … Inmiddels zijn het er volgens de politie zo’n 10.000."
    const next = ctx.view.sentences(c.article.id)[sentence.index + 1];
    const more = here[0] && next ? continuation(next, here[0], q) : undefined;
    if (more) add(more);
    for (const f of clauseContinuations(sentence, here, q)) add({ ...f, sentence: sourced });
  }
  return found;
}

/**
 * "Police counted 5,000 people, but organisers claimed 8,000.": a number closing a later contrast clause with no noun
 * of its own counts what the sentence's figure before it counts.
 */
function clauseContinuations(sentence: Sentence, here: Figure[], q: Question): Figure[] {
  const out: Figure[] = [];
  const lang = here[0]?.article.language;
  if (!lang) return out;
  for (const clause of contrastClauses(sentence.text, pack(lang)).slice(1)) {
    const start = sentence.start + clause.from;
    const part = { ...sentence, start, end: start + clause.text.length, text: clause.text };
    const anchor = here.filter((f) => f.at < start).at(-1);
    const more = anchor ? continuation(part, anchor, q) : undefined;
    if (more && !here.some((f) => f.at === more.at)) out.push(more);
  }
  return out;
}

/**
 * "… zijn zeker 120 mensen om het leven gekomen. Dat meldt de rampenbestrijdingsdienst AFAD.": a figure's sentence
 * that names no source, with the next one when that one only says who reported it, so that the quote shows it.
 */
function withSource(sentence: Sentence, article: Article, ctx: AnswerContext): Sentence {
  const p = pack(article.language);
  const next = ctx.view.sentences(article.id)[sentence.index + 1];
  if (!next || findAttribution(sentence.text, p) || article.body.slice(sentence.end, next.start).includes('\n'))
    return sentence;
  if (!p.demonstratives.has(wordsIn(next.text)[0] ?? '') || !findAttribution(next.text, p)) return sentence;
  return { ...sentence, end: next.end, text: article.body.slice(sentence.start, next.end) };
}

/** Whether an article writes, in its title or sentences, an asked word other than a name (true if none). */
function aboutRest(rest: Group[], ctx: AnswerContext): (article: Article) => boolean {
  const content = rest.filter((g) => !g.name);
  return (article) => {
    if (content.length === 0) return true;
    const lang = article.language;
    const says = (g: Group) =>
      [...ctx.view.titleStems(article.id)].some((t) => hasForm(g, lang, t)) ||
      ctx.view.sentences(article.id).some((s) => [...ctx.view.stemsOf(s)].some((t) => hasForm(g, lang, t)));
    return content.some(says);
  };
}

/**
 * "How many infections were there on 25 January?": a figure whose sentence dates it to other days only ("As of
 * January 30, there were 9,776") counts at another time, when some figure is dated to the day asked or not dated.
 */
function onTheDayAsked(figures: Figure[], q: Question): Figure[] {
  const asked = daysNamed(q.text);
  // One day: a question naming two ("between 1 March and 5 April") asks about the days between them too.
  if (asked.size !== 1) return figures;
  const onTheDay = figures.filter((f) => {
    const days = daysNamed(f.sentence.text);
    return days.size === 0 || [...days].some((d) => asked.has(d));
  });
  return onTheDay.some((f) => f.strict) ? onTheDay : figures;
}

/**
 * "How many pilgrims were trampled in the 1991 Hajj stampede?": when a figure that says the question's words names the
 * one year it asks, figures whose sentences do not name it (the 345 of another year's stampede) count something else.
 */
function inTheYearAsked(figures: Figure[], q: Question): Figure[] {
  const years = new Set(q.groups.map((g) => g.id).filter((id) => /^(?:1\d|20)\d\d$/.test(id)));
  if (years.size !== 1) return figures;
  const written = new RegExp(`\\b${[...years][0]}\\b`);
  const names = (f: Figure) => written.test(f.sentence.text);
  return figures.some((f) => f.strict && names(f)) ? figures.filter(names) : figures;
}

/**
 * The sentence names someone or something the question does not (an infobox line: its article's subject): what it
 * counts is theirs. A sentence that names no one ("De provincie telt 257.114 inwoners") speaks of its article's
 * subject: of another when the title names none of the question's names.
 */
function namesOther(sentence: Sentence, article: Article, q: Question, ctx: AnswerContext): boolean {
  const lang = article.language;
  const asked = (t: string) => !!groupOf(t, q.groups, lang);
  const names = ownStems(sentence, article, ctx).filter((t) => namesSomeone(t, ctx));
  // The title's names are read only for the two kinds of line that speak of the article's subject.
  if (names.length === 0 && q.names.length > 0 && !isFieldLine(sentence, article))
    return ![...ctx.view.titleStems(article.id)].some((t) => ctx.stats.isName(t) && asked(t));
  return names.some((t) => !asked(t));
}

/**
 * The sentence itself names someone the question does not ask about, and not every name it asks about: the figure
 * is that other one's, whatever the sentences around it name.
 */
function namesOtherItself(sentence: Sentence, article: Article, q: Question, ctx: AnswerContext): boolean {
  const lang = article.language;
  // "Norvex said it would cut 450 jobs": a source the question names speaks of itself, and stays.
  const asked = (source: string) => words(source).some((w) => groupOf(stem(w, lang), q.groups, lang)?.name);
  const sourced = withoutSources(sentence.text, pack(lang), asked);
  const stems = sourced === sentence.text ? ownStems(sentence, article, ctx) : words(sourced).map((w) => stem(w, lang));
  // "Farmers from Delby joined the union. … their numbers had grown to over 5,000": a sentence that does not say the
  // counted noun counts what the one before names, in that one's names.
  const head = q.counted.at(-1);
  const before = ctx.view.sentences(sentence.articleId)[sentence.index - 1];
  const elliptic = !!head && !!before && !stems.some((t) => hasForm(head, lang, t));
  const heard = elliptic ? [...stems, ...ctx.view.stemsOf(before)] : stems;
  const says = (id: string) => {
    const g = q.groups.find((x) => x.id === id);
    return !!g && heard.some((t) => hasForm(g, lang, t));
  };
  if (q.names.every((run) => run.some((alt) => alt.every(says)))) return false;
  const calendar = calendarStems(lang);
  // "… in 32 countries and 40 states": a word the corpus writes in a name elsewhere names no one written in lower case.
  const capitalised = new Set(
    (sentence.text.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []).flatMap((w) => words(w)).map((w) => stem(w, lang)),
  );
  return stems.some(
    (t) => namesSomeone(t, ctx) && capitalised.has(t) && !groupOf(t, q.groups, lang) && !calendar.has(t),
  );
}

/** A stem the articles write as a name, other than a currency's code ("15 - 25 CUC"), in capitals as names are. */
function namesSomeone(t: string, ctx: AnswerContext): boolean {
  return ctx.stats.isName(t) && !isCurrencyCode(t.toUpperCase());
}

const CALENDAR = new Map<string, ReadonlySet<string>>();

/** Stems of the pack's weekdays and months: capitalised in English, yet "on Tuesday" names no one a figure is of. */
function calendarStems(lang: string): ReadonlySet<string> {
  let out = CALENDAR.get(lang);
  if (!out) {
    const p = pack(lang);
    out = new Set([...p.time.weekdays, ...p.time.months].map((w) => stem(w, lang)));
    CALENDAR.set(lang, out);
  }
  return out;
}

/**
 * The sentence without whom it says its claims come from, each clause apart ("Police estimated …, while the
 * organisers, the housing movement Casa Para Todos, said …"): a source's name, or one set beside it, owns no figure.
 * Sources `kept` says are kept.
 */
function withoutSources(text: string, p: LanguagePack, kept: (source: string) => boolean): string {
  let out = text;
  for (const { text: clause } of contrastClauses(text, p)) {
    const source = findAttribution(clause, p);
    if (!source || kept(source)) continue;
    const at = clause.indexOf(source);
    // "the organisers, the housing movement Casa Para Todos, said": the apposition goes with it.
    const apposed = /^,[^,]+,/.exec(clause.slice(at + source.length))?.[0] ?? '';
    out = out.replace(source + apposed, ' ');
  }
  return out;
}

/** The stems a sentence writes itself; a field line ("bevolking: 6.078.600") also its title's, its subject. */
function ownStems(sentence: Sentence, article: Article, ctx: AnswerContext): string[] {
  const own = [...ctx.view.stemsOf(sentence)];
  return isFieldLine(sentence, article) ? [...own, ...ctx.view.titleStems(article.id)] : own;
}

/**
 * "What is the size of the Belgian group": a body of people or things is counted by its members, qualified as the
 * question qualifies it ("300 Belgische toeristen"). The question counting those, or none when its counted
 * noun is no such body or nothing qualifies it.
 */
export function countingMembers(q: Question): Question | undefined {
  const head = q.counted.at(-1);
  if (!head || q.counted.length < 2 || !q.pack.collectives.has(head.id)) return undefined;
  return { ...q, counted: q.counted.slice(0, -1), groups: q.groups.filter((g) => g !== head) };
}

/**
 * Figures for a body counted by its members (`members`, from `countingMembers`): those qualified as asked ("10.000
 * Belgische toeristen"), then those of the same members written without the qualifier ("de 300 toeristen") where the
 * rest of the question holds, as for any count.
 */
export function memberFigures(members: Question, candidates: Candidate[], ctx: AnswerContext): Figure[] {
  const qualified = findFigures(members, candidates, ctx);
  const nouns = new Map<string, Set<string>>();
  for (const f of qualified) {
    const lang = f.article.language;
    const after = f.sentence.text.slice(f.at - f.sentence.start + f.text.length);
    const noun = contentWords(nounWindow(after), pack(lang).stopwords)
      .slice(0, NOUN_WINDOW)
      .find((w) => w.split('-').every((x) => !members.groups.some((g) => hasForm(g, lang, stem(x, lang)))));
    if (noun) (nouns.get(lang) ?? nouns.set(lang, new Set()).get(lang)!).add(stem(noun, lang));
  }
  if (nouns.size === 0) return qualified;
  const called: Group = { id: '', forms: nouns, soft: new Map(), weight: 1, name: false, known: true };
  const bare = findFigures({ ...members, counted: [called], groups: [...members.groups, called] }, candidates, ctx);
  const seen = new Set(qualified.map((f) => `${f.article.id}:${f.value}`));
  return [...qualified, ...bare.filter((f) => !seen.has(`${f.article.id}:${f.value}`))];
}

/** Every name the question is about is in the unit, its paragraph or its article's title. */
export function namesAll(c: Candidate, q: Question): boolean {
  return q.names.every((run) => namesRun(c.m, run));
}

/**
 * "How many fans?" names no one: when most figures qualify the noun alike ("Belgische supporters"), a figure
 * qualifying it otherwise ("600 Nederlandse supporters") counts something else.
 */
function sameThing(figures: Figure[], q: Question): Figure[] {
  if (q.counted.length > 1) return figures;
  const counts = new Map<string, number>();
  for (const f of figures) if (f.modifiers) counts.set(f.modifiers, (counts.get(f.modifiers) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 2) return figures;
  return figures.filter((f) => !f.modifiers || f.modifiers === top);
}

function figuresIn(
  sentence: Sentence,
  article: Article,
  q: Question,
  { strict, loose, rest }: { strict: boolean; loose: boolean; rest: Group[] },
  ctx: AnswerContext,
): Omit<Figure, 'named' | 'whole' | 'elsewhere'>[] {
  const lang = article.language;
  const stopwords = pack(lang).stopwords;
  const verdicts = [...findNumbers(sentence.text, { smallWords: true }), ...noneOfCounted(sentence.text, q, pack(lang))]
    .sort((a, b) => a.start - b.start)
    .filter((n) => isCount(n, sentence.text, q, lang))
    .map((n) => ({ n, ...countsAsked(sentence.text, n, q, lang, stopwords) }));
  let chosen = verdicts.filter((v) => v.verdict === 'head');
  // "Three passengers were killed and 27 injured": of the numbers of a sentence that names the counted noun, the one
  // whose own clause alone says what the question asks happened counts it.
  // A number without its noun leaves out the one a number before it has ("27 injured" after "three passengers").
  const first = verdicts.findIndex((v) => v.verdict === 'head');
  const counts = (v: (typeof verdicts)[number], i: number) =>
    v.verdict === 'head' || (i > first && v.verdict === 'none' && !ownNoun(sentence.text, v.n, q, lang, stopwords));
  // "Police estimated the crowd at 4,000, while the organisers said more than 9,000 people took part": two sources'
  // figures for one thing, each in its clause, which says the rest or not; both are kept, each with its source.
  const sources = verdicts.length > 1 ? contrastClauses(sentence.text, pack(lang)) : [];
  const disputed = sources.filter((c) => findAttribution(c.text, pack(lang))).length > 1;
  const one = first >= 0 && !disputed ? saidOfOne(sentence.text, verdicts, rest, lang, counts) : undefined;
  if (one) chosen = [one];
  // "… 6,500 people had been evacuated, while the state agency put the number at 9,000": a number that sizes a count
  // word gives the count the sentence's figure for the asked noun gives.
  const tally = (v: (typeof verdicts)[number]) =>
    v.verdict === 'none' && pack(lang).numbers.tallies.has(sizedWord(sentence.text, v.n, lang) ?? '');
  const [head] = chosen;
  if (head)
    chosen = [...chosen, ...verdicts.filter(tally).map((v) => ({ ...v, noun: head.noun, modifiers: head.modifiers }))];
  const elliptic = strict && rest.some((g) => !g.name);
  // "Iedere week worden er duizend uitgeschakeld": a number without its noun counts what the sentence or the one
  // before it names, when the sentence says what the question asks happened, to whom the question says.
  // "300 Belgian tourists" has a noun of its own: it counts those, not what the sentence before names.
  // "The number of people killed … has risen to 512, … from collapsed buildings": a number a count phrase gives to
  // another noun counts that one.
  const other = (n: NumberMention) => nounCountedEarlier(sentence.text, n, lang, stopwords).length > 0;
  if (chosen.length === 0 && elliptic && namesCounted(sentence, lang, q, ctx))
    chosen = verdicts.filter(
      (v) =>
        v.verdict === 'none' &&
        !ownNoun(sentence.text, v.n, q, lang, stopwords) &&
        !other(v.n) &&
        !labelsName(sentence.text, v.n),
    );
  // "15 - 25 CUC": the range is one figure, written from its first number; its second is no other source's figure.
  const ranged = (n: NumberMention) =>
    chosen.some((v) => v.n.end <= n.start && /^\s*[-–]\s*$/.test(sentence.text.slice(v.n.end, n.start)));
  chosen = chosen.filter((v) => !ranged(v.n));
  return chosen.map(({ n, modifiers, noun }) => ({
    ...(nounHasAllCounted(sentence.text, n, noun, q, lang) ? { allCounted: true } : {}),
    article,
    sentence,
    value: n.value,
    text: n.text,
    at: sentence.start + n.start,
    strict,
    loose,
    modifiers,
    ...(noun ? { noun } : {}),
    ...writtenBefore(sentence.text, n, lang),
  }));
}

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
  const numbers = [...findNumbers(text, { smallWords: true }), ...singleOfCounted(text, q, p)].filter((n) =>
    isCount(n, text, q, lang),
  );
  if (numbers.some((n) => wanted.every(follows(text.slice(n.end), NOUN_WINDOW)))) return true;
  const head = q.counted.at(-1);
  if (!head) return false;
  if (qualifiedInOtherWords(text, lang, q, numbers)) return true;
  // "How many people died" over "3 workers died", "a study of 88,000 adults": people are counted in any plural noun.
  // Not a span of time: "less than six hours a night" counts no people.
  const people = (w: string) => p.pluralNoun.test(w) && !p.time.units.has(w);
  // "killing 107 or more and wounding 238": a number that is the object of a verb in -ing, with no noun of its own.
  const afterVerb = (n: NumberMention) =>
    !!p.progressive?.test(fold(/([\p{L}]+)\s*$/u.exec(text.slice(0, n.start))?.[1] ?? ''));
  const countsThem = (n: NumberMention) => {
    const after = wordAfter(text, n, p);
    // "the whole editorial staff; all fifteen of us": a number of a group the speaker names by a pronoun.
    return people(after) || (afterVerb(n) && !p.pluralNoun.test(after)) || p.ofPeople.test(text.slice(n.end));
  };
  if (countsPeople(q) && numbers.some(countsThem)) return true;
  if (countsAnythingAt(numbers, text, p, q)) return true;
  // "Meer dan de helft van de Nederlandse jongeren", "half of the pupils": a part of the noun, as the articles say it.
  // Not "two-thirds of an octopus's neurons" for octopuses: a possessive is no part's whole.
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const w = fold(m[0]);
    const after = text.slice(m.index + m[0].length);
    if (p.numbers.vague.has(w) && follows(after, 2)(head)) return true;
    if (isPart(w, wordsIn(after)[0] ?? '', p) && follows(after.replace(POSSESSIVE, ' '), 2)(head)) return true;
  }
  return false;
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

const POSSESSIVE = /[\p{L}-]+['’]s(?!\p{L})/gu;

/**
 * "How many frogs did they find?" over "They found only 14 individuals": a number with a noun that counts anything;
 * "277 vulnerabilities" in a sentence that says "security" counts the security holes asked.
 */
export function countsAnything(text: string, lang: string, q: Question): boolean {
  const numbers = findNumbers(text, { smallWords: true }).filter((n) => isCount(n, text, q, lang));
  return countsAnythingAt(numbers, text, pack(lang), q) || qualifiedInOtherWords(text, lang, q, numbers);
}

function countsAnythingAt(numbers: NumberMention[], text: string, p: LanguagePack, q: Question): boolean {
  // "How many species of octopus are there?" over "The order consists of some 300 species": the kinds asked for.
  const kinds = words(fold(q.text)).some((w) => q.pack.partitives.has(w));
  const counts = (w: string) => p.counters.has(w) || (kinds && p.partitives.has(w));
  return numbers.some((n) => counts(fold(wordAfter(text, n, p))));
}

/** The first content word where a number's noun may stand ("14 individuals" → "individuals"), or "". */
function wordAfter(text: string, n: NumberMention, p: LanguagePack): string {
  return contentWords(nounWindow(text.slice(n.end)), p.stopwords)[0] ?? '';
}

/** The question counts people in general ("how many people", "hoeveel mensen"), no noun of its own kind. */
export function countsPeople(q: Question): boolean {
  return q.counted.length === 1 && q.pack.peopleWords.has(q.counted[0]!.id);
}

/** The question counts what it never says: a price question counts money ("Wat kost de X2?", see question.ts). */
export function countsUnsaid(q: Question): boolean {
  const head = q.counted.at(-1);
  return !!head && !q.groups.includes(head);
}

/** "artilleriegranaten" ends in the asker's "granaten": a compound naming a kind of what is counted. */
function endsInForm(g: Group, lang: string, s: string): boolean {
  return [...(g.forms.get(lang) ?? [])].some((f) => f.length >= 4 && s.length > f.length && s.endsWith(f));
}

/** The text after a number where its noun may stand: punctuation ends it ("17:50 Burgemeester: … supporters"). */
function nounWindow(after: string): string {
  return /^[^:;()]*/.exec(after)![0];
}

/**
 * A plural noun among the three content words after the number: what the number counts ("five geographically
 * dispersed sites"). When the question counts things (a plural), a unit symbol right after the number is what it
 * measures ("genome sizes ranging from 26-32 kb"); "the size of the genome" may be given in one.
 */
function ownNoun(text: string, n: NumberMention, q: Question, lang: string, stopwords: ReadonlySet<string>): boolean {
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
function labelsName(text: string, n: NumberMention): boolean {
  return /^\s+\p{Lu}/u.test(text.slice(n.end));
}

/** Letters without a vowel right after a number or a range ("26-32 kb", "5 km", "10 mg"): a unit of measure. */
const UNIT_SYMBOL = /^(?:\s*[-–]\s*\d[\d.,]*)?\s*[^\P{L}aeiouyàáâäèéêëìíîïòóôöùúûü]{1,3}(?!\p{L})/iu;

/** Words that make a number a share ("40 procent van het terrein" is no amount of land). */
const PERCENT = new Set(PACKS.flatMap((p) => [...p.numbers.percent]));

/**
 * Not a year, not part of a clock time ("17:50"), not a share, and not a number the question gives (unless it checks
 * one).
 */
function isCount(n: NumberMention, text: string, q: Question, lang: string): boolean {
  if (q.numbers.has(n.value) && !q.stated) return false;
  if (/\d:$/.test(text.slice(0, n.start)) || /^:\d/.test(text.slice(n.end))) return false;
  // "A 400-strong crowd of farmers" counts the farmers; "a 5-year period" counts no years.
  const sized = pack(lang).numbers.sizeJoined.has(fold(/^-(\p{L}+)/u.exec(text.slice(n.end))?.[1] ?? ''));
  if ((joinedToLetters(n, text) && !sized) || inReference(n, text) || correctedNumber(text, n.start, n.end, pack(lang)))
    return false;
  // A share answers only a question about one ("hoeveel procent", "what percentage"), or one of the counted thing:
  // "reported in 12% of children" says how many children.
  const after = fold(text.slice(n.end, n.end + 12)).trim();
  const asksShare = [...PERCENT].some((w) => fold(q.text).includes(w));
  const share = [...PERCENT].some((w) => after.startsWith(w));
  if (!asksShare && share && !shareOfCounted(text, n, q, lang) && !sizeOfCounted(text, n, q, lang)) return false;
  return !looksLikeYear(text, n.start, n.text) && !looksLikeDay(text, n.start, n.end, n.text);
}

/**
 * Of numbers in clauses of their own (a clause mark or "and" between each two), the one that `counts` the asked noun
 * whose clause holds an asked word, other than a name, that no other one's does. A number's clause: the words after
 * it, up to the next number, a clause mark or "and"; after "and", also the words before it ("… and injuring more than
 * 200"). "14 of the 45 seats" is one clause: both numbers stay.
 */
function saidOfOne<V extends { n: NumberMention }>(
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
function writtenBefore(text: string, n: NumberMention, lang: string): { sign?: string; approx?: string } {
  const before = text.slice(0, n.start);
  // "$ 1,000", "USD 25", "CUC 25": a sign or a currency's code.
  const code = /\b([A-Z]{3})\s?$/.exec(before);
  const sign = /([€$£¥])\s?$/.exec(before)?.[0] ?? (code && isCurrencyCode(code[1]!) ? code[0] : undefined);
  const rest = (sign ? before.slice(0, -sign.length) : before).trimEnd();
  const folded = fold(rest).replace(/[’‘]/g, "'");
  const approx = pack(lang).numbers.approximate.find((a) => folded === a || folded.endsWith(` ${a}`));
  return { ...(sign ? { sign } : {}), ...(approx ? { approx: rest.slice(rest.length - approx.length) } : {}) };
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
function percentAfter(text: string, n: NumberMention, marks: Iterable<string>): string | undefined {
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
 * A number closing the sentence after a figure, with no noun of its own or the counted noun ("Satellite data put the
 * figure at 15,500 hectares."), counts the same thing.
 */
function continuation(sentence: Sentence, anchor: Figure, q: Question): Figure | undefined {
  const lang = anchor.article.language;
  const last = findNumbers(sentence.text).at(-1);
  if (!last || !isCount(last, sentence.text, q, lang)) return undefined;
  const rest = /^\s*([\p{L}-]*)[\s.!?”"’)]*$/u.exec(sentence.text.slice(last.end));
  const head = q.counted.at(-1);
  if (!rest || (rest[1] && !(head && writesAny([head], lang, rest[1])))) return undefined;
  // The next paragraph speaks of something else; an amount of money does not go on counting people or things.
  if (/\n\s*\n/.test(anchor.article.body.slice(anchor.sentence.end, sentence.start))) return undefined;
  const written = writtenBefore(sentence.text, last, lang);
  const money = (sign: string | undefined, after: string) => !!sign || namesCurrency(after.slice(0, 12));
  const anchorText = anchor.sentence.text.slice(anchor.at - anchor.sentence.start);
  if (money(written.sign, sentence.text.slice(last.end)) && !money(anchor.sign, anchorText.slice(anchor.text.length)))
    return undefined;
  const { noun: _noun, sign: _sign, approx: _approx, ...counted } = anchor; // the anchor's words, not this number's
  const noun = rest[1] ? { noun: rest[1] } : {};
  return {
    ...counted,
    sentence,
    value: last.value,
    text: last.text,
    at: sentence.start + last.start,
    ...written,
    ...noun,
  };
}

/**
 * "Police estimated the crowd at 20,000", "een menigte van 20.000": a body of people (the pack's collectives) given a
 * size counts the people a question about people counts.
 */
function sizeOfCrowd(text: string, n: NumberMention, q: Question, lang: string): boolean {
  const sized = sizedWord(text, n, lang);
  return countsPeople(q) && !!sized && pack(lang).collectives.has(sized);
}

/**
 * "De vakbond eist een loonsverhoging van 6 procent", "a fine of 2 million": the number after the counted noun and the
 * word that gives its size is how much of it there is, a share included.
 */
function sizeOfCounted(text: string, n: NumberMention, q: Question, lang: string): boolean {
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
function sizedWord(text: string, n: NumberMention, lang: string): string | undefined {
  const sample = SAMPLE_SIZE.exec(text.slice(0, n.start));
  if (sample) return fold(sample[1]!);
  const before = wordsIn(text.slice(0, n.start)).slice(-2);
  return before.length === 2 && pack(lang).numbers.sizeOf.has(before[1]!) ? before[0] : undefined;
}

/**
 * What the words after a number count: 'head' when the counted noun comes within the window and no content word the
 * question does not use stands before it; 'other' when such a word does ("Nederlandse" before "supporters": other
 * people); 'none' when the noun does not follow. Punctuation ends the window ("17:50 Burgemeester: … supporters").
 */
function countsAsked(
  text: string,
  n: NumberMention,
  q: Question,
  lang: string,
  stopwords: ReadonlySet<string>,
): CountVerdict {
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

/** A bracket (or comma) that opens a sample's size in statistical notation, at the end of the text before a number. */
const SAMPLE_OPENS = String.raw`\s*[(,;]\s*n\s*=\s*$`;

/** "the control group (n = 40", "patients (N=12": up to three words, then a bracket that opens a sample's size. */
const SAMPLE_PHRASE = new RegExp(String.raw`(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+${SAMPLE_OPENS}`, 'iu');

/**
 * Whether what a number counts, as written after it or before a sample's size, has every word the question counts:
 * "the control group (n = 40)" for "how big was the control group", not "two groups: participant and control".
 */
function nounHasAllCounted(
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

/** "group (n = 40", "patients (N=12": a noun, then a bracket that opens a sample's size. */
const SAMPLE_SIZE = new RegExp(String.raw`(\p{L}[\p{L}'’-]*)${SAMPLE_OPENS}`, 'iu');

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
      const singular = writtenSingular(w.split('-')[head]!, q.counted.at(-1)!.id, q.pack.pluralNoun);
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
function nounCountedEarlier(text: string, n: NumberMention, lang: string, stopwords: ReadonlySet<string>): string[] {
  const before = fold(text.slice(0, n.start));
  let all = COUNT_PHRASES.get(lang);
  if (!all) {
    all = new RegExp(pack(lang).countPhrase.source, 'g');
    COUNT_PHRASES.set(lang, all);
  }
  const phrase = [...before.matchAll(all)].at(-1);
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

const TALLY_STEMS = new Map<string, ReadonlySet<string>>();

/** The pack's tally words ("number", "aantal"), stemmed, built once per language. */
function tallyStems(lang: string): ReadonlySet<string> {
  let stems = TALLY_STEMS.get(lang);
  if (!stems) {
    stems = new Set([...pack(lang).numbers.tallies].map((w) => stem(w, lang)));
    TALLY_STEMS.set(lang, stems);
  }
  return stems;
}

/**
 * "How many people died" over "Het dodental is opgelopen tot 340": a count of the dead counts the people a question
 * about dying counts.
 */
function countsTheDead(word: string, q: Question, lang: string): boolean {
  const dying = deadStems(lang);
  if (!countsPeople(q) || !dying.has(stem(word, lang))) return false;
  return q.groups.some((g) => !q.counted.includes(g) && writesForm(g, lang, dying));
}

const DEAD_STEMS = new Map<string, ReadonlySet<string>>();

/** The pack's stems of dying ("overled", "die", "death"), built once per language. */
function deadStems(lang: string): ReadonlySet<string> {
  let set = DEAD_STEMS.get(lang);
  if (!set) {
    set = new Set(stemsOfDying(pack(lang)));
    DEAD_STEMS.set(lang, set);
  }
  return set;
}

/** Per language, its count phrase as a global pattern, read with `matchAll` (built once: it runs for every number). */
const COUNT_PHRASES = new Map<string, RegExp>();

/** A compound (in a language that writes them) that ends in a form of the counted noun: "windturbin" of "turbin". */
function compoundOfCounted(stemmed: string, q: Question, lang: string): boolean {
  const head = q.counted.at(-1);
  if (!head || !pack(lang).compounds) return false;
  // The noun's own forms only: a synonym of a few letters ends too many words.
  return [...(head.forms.get(lang) ?? [])].some(
    (f) => f.length >= 4 && stemmed.length > f.length && stemmed.endsWith(f),
  );
}

/** A word (or a part of a hyphenated one) is a form of the noun the question counts. */
function isCountedNoun(word: string | undefined, q: Question, lang: string): boolean {
  return !!word?.split('-').some((x) => groupOf(stem(x, lang), q.groups, lang) === q.counted.at(-1));
}

/** Whether the counted noun, and every word the question qualifies it with, stand in the sentence or the one before. */
function namesCounted(sentence: Sentence, lang: string, q: Question, ctx: AnswerContext): boolean {
  const before = ctx.view.sentences(sentence.articleId)[sentence.index - 1];
  const stems = new Set([...ctx.view.stemsOf(sentence), ...(before ? ctx.view.stemsOf(before) : [])]);
  return q.counted.every((g) => [...(g.forms.get(lang) ?? []), ...(g.soft.get(lang) ?? [])].some((f) => stems.has(f)));
}

function groupOf(s: string, groups: Group[], lang: string): Group | undefined {
  return groups.find((g) => hasForm(g, lang, s));
}

/** A span's words, hyphens and apostrophes kept inside them, folded. */
function wordsIn(span: string): string[] {
  return (span.match(/[\p{L}][\p{L}’'-]*/gu) ?? []).map((t) => fold(t));
}

/** A span's words, folded, without stop words. */
function contentWords(span: string, stopwords: ReadonlySet<string>): string[] {
  return wordsIn(span).filter((w) => !stopwords.has(w));
}

/**
 * How much of what the question says about the counted thing the unit says: its words other than names ("killed",
 * "sent") in the sentence or its paragraph, and the names ("in Amsterdam") anywhere in the article.
 */
function restCoverage(sentence: Sentence, rest: Group[], q: Question, ctx: AnswerContext): number {
  if (rest.length === 0) return 1;
  const article = ctx.view.article(sentence.articleId);
  const lang = article?.language ?? q.lang;
  // "About 17,000 runners took part. … more than 40 runners were treated": what a sentence with a figure of its own
  // says is said of that figure.
  const context = ctx.view.paragraphOf(
    sentence,
    (other) => !findNumbers(other.text, { smallWords: true }).some((n) => isCount(n, other.text, q, lang)),
  );
  for (const s of ctx.view.sentences(sentence.articleId))
    for (const t of ctx.view.stemsOf(s)) if (rest.some((g) => g.name && g.forms.get(lang)?.has(t))) context.add(t);
  const sub = { ...q, groups: rest, speakers: [] };
  // "Het dodental … is opgelopen tot 340" says that people died, as "kwamen om het leven" does.
  const dying = deadStems(lang);
  const toll = [...fold(sentence.text).matchAll(pack(lang).countNoun)].some((m) => dying.has(stem(m[1]!, lang)));
  const stems = new Set([
    ...ctx.view.stemsOf(sentence),
    ...dyingStems(foldedWords(sentence.text), pack(lang)),
    ...(toll ? dying : []),
  ]);
  return match(sub, stems, lang, pack(lang).compounds, context).coverage;
}
