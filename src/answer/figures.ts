import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack, pack } from '../lang/index.js';
import { stem, words } from '../text/analyze.js';
import { daysNamed } from '../text/dates.js';
import { findNumbers, isCurrencyCode, type NumberMention } from '../text/numbers.js';
import { contrastClauses, findAttribution } from './attribution.js';
import { type AnswerContext, type Candidate, dyingStems, foldedWords, isFieldLine } from './candidates.js';
import { isCount, saidOfOne, sizedWord, writtenBefore } from './count-number.js';
import { contentWords, countsUnsaid, deadStems, groupOf, NOUN_WINDOW, nounWindow, wordsIn } from './count-words.js';
import { countsAsked, labelsName, nounCountedEarlier, nounHasAllCounted, ownNoun } from './counted-noun.js';
import { hasForm, match, namesAll, namesRun, saysWord, writesAny } from './evidence.js';
import { asksRepeats, namesCurrency, noneOfCounted, repeatsOfCounted } from './kinds.js';
import { oncePerLanguage } from './memo.js';
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
export function inTheYearAsked(figures: Figure[], q: Question): Figure[] {
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
  const says = (id: string) => saysWord(q, id, lang, heard);
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

/** Stems of the pack's weekdays and months: capitalised in English, yet "on Tuesday" names no one a figure is of. */
const calendarStems = oncePerLanguage((lang): ReadonlySet<string> => {
  const p = pack(lang);
  return new Set([...p.time.weekdays, ...p.time.months].map((w) => stem(w, lang)));
});

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

/** The numbers of a text that count, in text order, with its words for none before the counted noun as zeros. */
function countsOf(text: string, q: Question, lang: string): NumberMention[] {
  const p = pack(lang);
  return [
    ...findNumbers(text, { smallWords: true, lang }),
    ...noneOfCounted(text, q, p),
    ...repeatsOfCounted(text, q, p),
  ]
    .sort((a, b) => a.start - b.start)
    .filter((n) => isCount(n, text, q, lang));
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
  const verdicts = countsOf(sentence.text, q, lang).map((n) => ({
    n,
    ...countsAsked(sentence.text, n, q, lang, stopwords),
  }));
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
  const elliptic = strict && rest.some((g) => !g.name) && !asksRepeats(q);
  // "Iedere week worden er duizend uitgeschakeld": a number without its noun counts what the sentence or the one
  // before it names, when the sentence says what the question asks happened, to whom the question says; not how often.
  // "300 Belgian tourists" has a noun of its own: it counts those, not what the sentence before names.
  // "The number of people killed … has risen to 512, … from collapsed buildings": a number a count phrase gives to
  // another noun counts that one.
  const other = (n: NumberMention) => countedElsewhere(sentence.text, n, q, lang);
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

/** A count phrase gives the number to another noun, or the number is more of an earlier number's noun. */
function countedElsewhere(text: string, n: NumberMention, q: Question, lang: string): boolean {
  return nounCountedEarlier(text, n, lang, pack(lang).stopwords).length > 0 || moreOfEarlier(text, n, q, lang);
}

/**
 * "fishermen rescued over 700 asylum seekers …, and the navy saved 200 more": a number followed by the pack's word for
 * more of the same counts what an earlier number of the sentence counts in a noun of its own.
 */
function moreOfEarlier(text: string, n: NumberMention, q: Question, lang: string): boolean {
  const p = pack(lang);
  if (!p.numbers.more.has(wordsIn(text.slice(n.end))[0] ?? '')) return false;
  return findNumbers(text.slice(0, n.start), { lang }).some((m) => ownNoun(text, m, q, lang, p.stopwords));
}

/**
 * A number closing the sentence after a figure, with no noun of its own or the counted noun ("Satellite data put the
 * figure at 15,500 hectares."), counts the same thing.
 */
function continuation(sentence: Sentence, anchor: Figure, q: Question): Figure | undefined {
  const lang = anchor.article.language;
  const last = findNumbers(sentence.text, { lang }).at(-1);
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

/** Whether the counted noun, and every word the question qualifies it with, stand in the sentence or the one before. */
function namesCounted(sentence: Sentence, lang: string, q: Question, ctx: AnswerContext): boolean {
  const before = ctx.view.sentences(sentence.articleId)[sentence.index - 1];
  const stems = new Set([...ctx.view.stemsOf(sentence), ...(before ? ctx.view.stemsOf(before) : [])]);
  return q.counted.every((g) => [...(g.forms.get(lang) ?? []), ...(g.soft.get(lang) ?? [])].some((f) => stems.has(f)));
}

/**
 * How much of what the question says about the counted thing the unit says: its words other than names ("killed",
 * "sent") in the sentence or its paragraph, and the names ("in Amsterdam") anywhere in the article.
 */
export function restCoverage(sentence: Sentence, rest: Group[], q: Question, ctx: AnswerContext): number {
  if (rest.length === 0) return 1;
  const article = ctx.view.article(sentence.articleId);
  const lang = article?.language ?? q.lang;
  // "About 17,000 runners took part. … more than 40 runners were treated": what a sentence with a figure of its own
  // says is said of that figure.
  const context = ctx.view.paragraphOf(
    sentence,
    (other) => !findNumbers(other.text, { smallWords: true, lang }).some((n) => isCount(n, other.text, q, lang)),
  );
  for (const t of namesWritten(sentence.articleId, rest, lang, context, ctx)) context.add(t);
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

/**
 * The forms of the rest's names the article writes, as far as they tell `match` more than `context` does: a group is
 * helped by one of its forms in the context, so the article is read only until each group a name's form can help
 * has one (what `match` reads of a group: its forms in the language, else its first language's).
 */
function namesWritten(id: string, rest: Group[], lang: string, context: Set<string>, ctx: AnswerContext): Set<string> {
  const names = new Set(rest.flatMap((g) => (g.name ? [...(g.forms.get(lang) ?? [])] : [])));
  if (names.size === 0) return names;
  const open = rest
    .map((g) => g.forms.get(lang) ?? g.forms.values().next().value ?? new Set<string>())
    .filter((forms) => [...forms].some((f) => names.has(f)) && ![...forms].some((f) => context.has(f)));
  const enough = (found: ReadonlySet<string>) => open.every((forms) => [...forms].some((f) => found.has(f)));
  return ctx.view.findStems(id, (t) => names.has(t), enough);
}
