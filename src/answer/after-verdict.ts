/**
 * What goes first once the articles are known to answer (compose.ts decides that): units that fit one trait of the
 * question (the relation or class asked, a reply, a superlative, a negation, a purpose, a span beside the asked
 * words) are put ahead of units that say more of its words. None of these turns an answer into a refusal or back.
 */
import { fold, literal, pack } from '../lang/index.js';
import { findAbbreviations } from '../text/abbreviations.js';
import { words } from '../text/analyze.js';
import { type Candidate, labelsAsked } from './candidates.js';
import { nameNearCompound, namesOfClass, namesOther } from './classes.js';
import { anchoredGroups, saysUnanchored } from './event-anchor.js';
import { saysGroup, writesAny, writesForm } from './evidence.js';
import { bodyBeforeHeadline } from './headline.js';
import { answerNearAsked, askedNearFigure, givesMeasure, superlativeEcho } from './kinds.js';
import { opensWithOrdinal, placesName, statedOrdinal } from './ordinals.js';
import { penaltyFirst } from './penalties.js';
import { type Question, shortFormAsked } from './question.js';
import { recitalFirst } from './recitals.js';
import { deniesRelation, namesRelative } from './relation.js';
import { asksQuestion, sentenceTokens } from './text-view.js';

/**
 * A unit nearly as good as the best, by this share of its score, that fits what is asked (a kind preferred, a label, a
 * span beside the asked words) answers first.
 */
export const PREFERRED_SHARE = 0.5;

/** A unit that names something of the class asked answers first when it covers this share of the best coverage. */
export const CLASS_COVERAGE = 0.6;

/** How many of the best units a count's quotes are chosen from, and a reordering looks among. */
export const QUOTE_POOL = 12;

/** How much of the best unit's score a unit that says the question's superlative needs to answer first. */
const SUPERLATIVE_SHARE = 0.3;

/** The share a unit that opens with a yes or no needs when the best unit opens with none. */
const REPLY_SHARE = 0.2;

/** A unit that says the relation a question for a person asks answers first when it scores this share of the best. */
const RELATION_SHARE = 0.2;

/**
 * Reorderings applied once the articles are known to answer, in this order, each putting the units that fit one trait
 * of the question ahead of the rest (so the last one's units lead): the measure asked given in its units, the noun
 * whose amount is asked, the relation asked said, a turn opening with a yes or no, body before headline, the class
 * asked, the penalty asked, the enumerated item, a span near the asked words, the superlative, a negation of what a
 * yes/no question asks, the name at the asked place, the purpose after the act, the long form of the short form asked.
 */
export const AFTER_VERDICT: ((q: Question, pool: Candidate[]) => Candidate[])[] = [
  measuredFirst,
  amountOfFirst,
  relationFirst,
  relativeFirst,
  repliesFirst,
  bodyBeforeHeadline,
  classFirst,
  penaltyFirst,
  enumeratedFirst,
  spanNearAskedFirst,
  superlativeFirst,
  negatedFirst,
  conditionFirst,
  unmetFirst,
  anchoredLast,
  recitalFirst,
  intermediaryFirst,
  placedFirst,
  purposeFirst,
  spelledOutFirst,
];

/** A unit that dates the event the best unit reckons from answers first at this share of the best's score. */
const ANCHORED_SHARE = 0.3;

/**
 * "Wanneer trad het besluit in werking?": the best unit names the event asked only to reckon another moment from it
 * ("Met betrekking tot bromfietsen die voor het in werking treden van dit besluit … waren toegelaten, geldt …") and
 * does not date it; one of the best that says the event outside such a phrase and gives a time answers first ("Dit
 * besluit treedt in werking met ingang van de zevende kalendermaand …").
 */
export function anchoredLast(q: Question, pool: Candidate[]): Candidate[] {
  const best = pool[0];
  if (!best || q.kind !== 'time') return pool;
  const event = anchoredGroups(best.unit.text, best.article.language, q.groups);
  if (event.length === 0) return pool;
  const dates = (c: Candidate) => c.kind && saysUnanchored(c.unit.text, c.article.language, event);
  return fittingFirst(pool, dates, ANCHORED_SHARE);
}

/** A unit that gives the measure asked answers first when it covers this share of the best coverage. */
const MEASURED_COVERAGE = 0.75;

/**
 * "Hoe groot moet een speelveld minimaal zijn?": of the best units, one nearly as close to the question that gives
 * the measure in its units ("oppervlakte: ten minste 400 vierkante meter") answers before one that only speaks of it
 * ("de genoemde minimum-oppervlakte van het veld").
 */
export function measuredFirst(q: Question, pool: Candidate[]): Candidate[] {
  const dimension = q.measure;
  if (!dimension) return pool;
  const top = pool.slice(0, QUOTE_POOL);
  const best = Math.max(0, ...top.map((c) => c.m.coverage));
  const gives = (c: Candidate) => givesMeasure(c.unit.text, c.article.language, dimension);
  const fits = top.filter((c) => c.m.coverage >= best * MEASURED_COVERAGE && gives(c));
  // Of those, one that names the measure ("oppervlakte") gives it, not another of the thing ("mazen van 5 cm").
  const names = (c: Candidate) => {
    const nouns = Object.values(pack(c.article.language).measureFigures).filter((f) => f.in === dimension);
    const ws = new Set(words(fold(c.unit.text)));
    return nouns.some((f) => [...f.words].some((w) => ws.has(w)));
  };
  return toFront(pool, toFront(fits, fits.filter(names)));
}

/** A unit giving a figure of the noun whose amount is asked, when the best does not write it, needs this share. */
const AMOUNT_OF_SHARE = 0.3;

/**
 * "Hoe hoog was de boete als er te weinig publiek kwam?": when the best unit gives a figure but never writes the noun
 * whose amount is asked ("Tien jaar geleden …"), one of the best units that writes it with a figure ("een boete van
 * 2000 dollar") answers first.
 */
export function amountOfFirst(q: Question, pool: Candidate[]): Candidate[] {
  const word = q.kind === 'amount' ? q.pack.amountSubject?.exec(fold(q.text))?.[1] : undefined;
  const subject = q.groups.find((g) => !g.name && g.id === word);
  if (!subject) return pool;
  return fittingFirst(pool, (c) => c.kind && saysGroup(c.m, subject.id), AMOUNT_OF_SHARE);
}

/** The pool with `first`, some of its units, in front, the others in their order behind. */
export function toFront(pool: Candidate[], first: Candidate[]): Candidate[] {
  return first.length > 0 ? [...first, ...pool.filter((c) => !first.includes(c))] : pool;
}

/**
 * When the best unit does not fit, the first of the best QUOTE_POOL units that fits and scores `share` of the best's
 * score answers first; the pool as it was when the best fits or none of them does.
 */
function fittingFirst(pool: Candidate[], fits: (c: Candidate) => boolean, share = 0, depth = QUOTE_POOL): Candidate[] {
  const best = pool[0];
  if (!best || fits(best)) return pool;
  const first = pool.slice(0, depth).find((c) => c.score >= best.score * share && fits(c));
  return first ? toFront(pool, [first]) : pool;
}

/**
 * "How long must my passport be valid?": a unit nearly as good as the best whose span stands beside more of the
 * question's words than the best's does ("passport … valid at least six months", not "valid for 30 days") answers.
 */
export function spanNearAskedFirst(q: Question, pool: Candidate[]): Candidate[] {
  const best = pool[0];
  const folded = fold(q.text);
  const span = q.pack.time.length.test(folded) || !!q.pack.time.term?.test(folded);
  if (!best || q.kind !== 'time' || !span) return pool;
  const near = (c: Candidate) => askedNearFigure(c.unit.text, c.article.language, q);
  const own = near(best);
  const closer = pool
    .filter((c) => c.kind && c.score >= best.score * PREFERRED_SHARE)
    .map((c) => ({ c, n: near(c) }))
    .filter(({ n }) => n > own);
  const [first] = closer.sort((a, b) => b.n - a.n);
  return first ? toFront(pool, [first.c]) : pool;
}

/**
 * "What's the most popular way to stay overnight?": when the best unit does not say the question's superlative, one
 * of the top units that does ("The most popular lodging is camping on the beaches") answers, though it writes fewer of
 * the question's other words.
 */
export function superlativeFirst(q: Question, pool: Candidate[]): Candidate[] {
  return fittingFirst(pool, (c) => superlativeEcho(c.unit.text, c.article.language, q), SUPERLATIVE_SHARE);
}

/**
 * "What does SMAP stand for?": a unit among the best that spells the short form out before it ("soil moisture active
 * passive (SMAP)") answers first, though others name the short form as often (papers define each once, then use it).
 */
export function spelledOutFirst(q: Question, pool: Candidate[]): Candidate[] {
  const short = shortFormAsked(fold(q.text), q.pack);
  if (!short) return pool;
  // Papers spell a short form out once and use it often after: the one unit that does answers, however it ranks.
  // "second language (L2)": a short form in brackets after words spells them out, though its letters do not.
  // "NTCP (sodium taurocholate cotransporting peptide)": words in brackets right after the short form gloss it.
  const glossed = new RegExp(String.raw`(?<![\p{L}\p{N}])${literal(short)} \((?:[\p{L}-]+ )+[\p{L}-]+\)`, 'u');
  const spells = (c: Candidate) => {
    const text = fold(c.unit.text);
    const defines = findAbbreviations(c.unit.text).some((a) => fold(a.short) === short);
    return defines || text.includes(` (${short})`) || glossed.test(text);
  };
  return fittingFirst(pool, spells, 0, pool.length);
}

/**
 * "What school did Mario and Isabel meet at?": the units that say most of the question ("We met back in high school")
 * may name no school; one that names one ("we had met at Sandia View Academy") answers, though it says less, when no
 * better unit names one. The ranker's score favours the units that repeat the question, so coverage judges.
 */
function classFirst(q: Question, pool: Candidate[]): Candidate[] {
  const asked = q.classAsked;
  const best = pool[0];
  if (!asked || !best) return pool;
  const names = (c: Candidate) => namesOfClass(c.unit.text, c.article.language, asked, q.text);
  // "We've used most of the local city papers, New York Press": a name beside the asked word is of its class too.
  const beside = best.m.matched.has(asked.id) && namesOther(best.unit.text, q.text);
  if (beside || names(best)) return pool;
  // "De acht Laurusformules zouden worden omgebouwd tot een: Konmar": a name beside a compound of the asked word.
  const glued = (c: Candidate) =>
    c.m.matched.has(asked.id) && nameNearCompound(c.unit.text, c.article.language, asked, q.text);
  const most = Math.max(...pool.map((c) => c.m.coverage));
  return toFront(
    pool,
    pool.filter((c) => c.m.coverage >= most * CLASS_COVERAGE && (names(c) || glued(c))),
  );
}

/**
 * "What was the second reason Smith gave?" over "Smith offered three reasons. … Second, workers who specialize …": a
 * unit of the best unit's article that opens with the asked ordinal as a list's marker gives the item asked, though
 * it writes few of the question's words.
 */
function enumeratedFirst(q: Question, pool: Candidate[]): Candidate[] {
  const stated = statedOrdinal(q);
  const best = pool[0];
  if (stated?.side !== 'after' || !best) return pool;
  const item = pool
    .slice(0, QUOTE_POOL)
    .find(
      (c) => c.article.id === best.article.id && opensWithOrdinal(c.unit.text, stated.value, pack(c.article.language)),
    );
  // It stands in for the best unit, with its score: the other quotes are measured against what answers best.
  return item ? [{ ...item, score: best.score }, ...pool.filter((c) => c !== item)] : pool;
}

/**
 * "Wie won de wedstrijd?": once the question is judged answerable, a unit that says the relation asked with a name
 * near it ("Rivalen heeft … met 3-1 gewonnen") answers before one that only shares the other words ("Zeestad kwam na
 * de pauze beter in de wedstrijd").
 */
export function relationFirst(q: Question, pool: Candidate[]): Candidate[] {
  const relation = q.relation;
  const best = pool[0];
  if (!relation || !best) return pool;
  const says = (c: Candidate) =>
    c.kind &&
    c.score >= best.score * RELATION_SHARE &&
    c.m.matched.has(relation.id) &&
    // "the architectural masterpieces" says "architect" only through a word made from it, and names no architect.
    writesForm(relation, c.article.language, c.stems) &&
    !deniesRelation(c, q) &&
    answerNearAsked(statements(c.unit.text), c.article.language, q);
  // "Wie neemt op Bonaire de taken van de burgemeester over?": "b. burgemeester: gezaghebber." answers by its label.
  return says(best) || labelsAsked(best, q) ? pool : toFront(pool, pool.filter(says).slice(0, 1));
}

/**
 * The text without its questions: "Wilt u een andere persoon aanwijzen voor de beslissing?" asks the reader, and
 * names no one who decides.
 */
function statements(text: string): string {
  return text
    .split(/(?<=[.!?][”"’»]*)\s+/u)
    .filter((s) => !asksQuestion(s))
    .join(' ');
}

/** A unit naming the relative asked beside the relation's word answers first at this share of the best. */
const RELATIVE_SHARE = 0.1;
/**
 * How deep a unit naming the relative may stand: "He returned …, marrying the physician Y Z" names the asked person
 * only by a pronoun, and ranks below the units that name both it and the relation's kin ("X and his wife").
 */
const RELATIVE_DEPTH = 2 * QUOTE_POOL;

/**
 * "Wie was de vrouw van X?": the units that name X beside the relation's word ("X and his wife returned") say most
 * of the question; one that names another person beside it ("marrying the physician Y Z", "Spouse(s) Y Z") answers.
 */
export function relativeFirst(q: Question, pool: Candidate[]): Candidate[] {
  if (!q.relation) return pool;
  return fittingFirst(pool, (c) => !!c.kind && namesRelative(c, q), RELATIVE_SHARE, RELATIVE_DEPTH);
}

/**
 * "Do you think magic is alive?" / "Absolutely. There are more magicians …": a yes/no question is answered by a turn
 * that opens with a reply, which says few of the question's words, while the lede that repeats them says no yes or no.
 * When the best unit opens with none, the best that does answers first at a lower score, as a reason does for "why".
 */
function repliesFirst(q: Question, pool: Candidate[]): Candidate[] {
  const best = pool[0];
  if (q.kind !== 'yesno' || !best || opensWithReply(best)) return pool;
  const reply = pool.find((c) => c.score >= best.score * REPLY_SHARE && opensWithReply(c));
  return reply ? toFront(pool, [reply]) : pool;
}

/** The unit opens with a yes or no of its language ("No, because …", "Not at all."), a mark right after it. */
function opensWithReply(c: Candidate): boolean {
  const opening = fold(c.unit.text).replace(/^[\s"'“‘„«(]+/u, '');
  return pack(c.article.language).polarReplies.some(
    (r) => opening.startsWith(r) && /^\s*[,.!;:—–]/u.test(opening.slice(r.length)),
  );
}

/**
 * "Did the council deny the claims?": opened by an auxiliary, no copula, a yes/no question asks of its verb, the
 * first of its words after the subject's names.
 */
export function yesNoVerb(q: Question): string | undefined {
  if (q.kind !== 'yesno') return undefined;
  const ws = words(fold(q.text));
  const opener = ws[0] ?? '';
  if (!q.pack.auxiliaries.has(opener) || q.pack.copulas.has(opener)) return undefined;
  // "Do they ask job applicants for references?": after a pronoun subject the verb comes next; when the question's
  // words leave it out, no noun after it ("job") stands in for it.
  const p = q.pack;
  const subject = ws[1] ?? '';
  if (p.subjectPronouns.has(subject) || p.firstPerson.has(subject) || p.secondPerson.has(subject)) {
    const g = q.groups.find((x) => x.id === ws[2]);
    return g && !g.name ? g.id : undefined;
  }
  for (const w of ws.slice(1)) {
    const g = q.groups.find((x) => x.id === w);
    if (g && !g.name) return g.id;
  }
  return undefined;
}

/**
 * "Is huh a real word?", "Is Pluto een planeet?": the noun a yes-no question opening with a copula asks the subject to
 * be, the last asked word of the run after its indefinite article; undefined for other questions.
 */
export function yesNoPredicate(q: Question): string | undefined {
  if (q.kind !== 'yesno') return undefined;
  const ws = words(fold(q.text));
  if (!q.pack.copulas.has(ws[0] ?? '')) return undefined;
  const at = ws.findIndex((w, i) => i > 1 && q.pack.indefiniteArticles.includes(w));
  if (at < 0) return undefined;
  const run = ws.slice(at + 1, at + 4);
  const end = run.findIndex((w) => !q.groups.some((g) => g.id === w && !g.name));
  const asked = end < 0 ? run : run.slice(0, end);
  return asked.at(-1);
}

/** The unit says something is (or is not) what `predicate` names: a copula, then the word within four words. */
export function saysPredicate(c: Candidate, q: Question, predicate: string): boolean {
  const lang = c.article.language;
  const group = q.groups.find((g) => g.id === predicate);
  const ws = words(fold(c.unit.text));
  const copulas = pack(lang).copulas;
  return (
    !!group && ws.some((w, i) => copulas.has(w) && ws.slice(i + 1, i + 5).some((x) => writesAny([group], lang, x)))
  );
}

/**
 * "Is de Copa al eens eerder in Colombia gehouden?": the best unit says where it was to be held; one that negates a
 * word of the question the best does not write ("dat nooit eerder in Colombia is georganiseerd") says yes or no, and
 * answers first when it scores this share of the best.
 */
const NEGATED_SHARE = 0.4;

export function negatedFirst(q: Question, pool: Candidate[]): Candidate[] {
  const best = pool[0];
  if (q.kind !== 'yesno' || !best) return pool;
  const unsaid = q.groups.filter((g) => !g.name && !best.m.matched.has(g.id));
  if (unsaid.length === 0) return pool;
  const negates = (c: Candidate) => {
    const lang = c.article.language;
    const p = pack(lang);
    return sentenceTokens(c.unit.text).some((tokens) =>
      tokens.some((w, i) => i > 0 && p.negations.has(fold(tokens[i - 1] ?? '')) && writesAny(unsaid, lang, w)),
    );
  };
  return fittingFirst(pool, negates, NEGATED_SHARE);
}

/** A unit that names a go-between answers first when it scores this share of the best. */
const INTERMEDIARY_SHARE = 0.5;

/**
 * "Via welke instantie kan de gemeente gegevens uitwisselen?": the provision on the exchange itself says as much of
 * the question as the one that names the go-between ("… kan geschieden door tussenkomst van het Inlichtingenbureau"),
 * which answers first.
 */
export function intermediaryFirst(q: Question, pool: Candidate[]): Candidate[] {
  if (!q.pack.intermediary.asked.test(fold(q.text))) return pool;
  return fittingFirst(
    pool,
    (c) => pack(c.article.language).intermediary.given.test(fold(c.unit.text)),
    INTERMEDIARY_SHARE,
  );
}

/**
 * "Wat gebeurt er met het behouden loon als het minimumloon omlaag gaat?": the provision on the kept wage says more of
 * the question than the one on its case ("Indien het minimumloon … wordt verlaagd, worden de bedragen … verlaagd"),
 * which answers. A question asking what follows on a condition is answered first by a unit of the best whose own
 * condition ("indien …", "if …", up to its first mark) writes a word of the question's, when the best unit's does not.
 */
export function conditionFirst(q: Question, pool: Candidate[]): Candidate[] {
  const clause = q.pack.rules.consequence.exec(fold(q.text))?.[1];
  if (!clause) return pool;
  const asked = new Set(words(clause));
  const groups = q.groups.filter((g) => !g.name && asked.has(g.id));
  const states = (c: Candidate) => {
    const lang = c.article.language;
    const text = fold(c.unit.text);
    const at = pack(lang).rules.conditional.exec(text);
    const own = at ? text.slice(at.index).split(/[,;:.]/u)[0]! : '';
    return words(own).some((w) => writesAny(groups, lang, w));
  };
  return groups.length > 0 ? fittingFirst(pool, states, PREFERRED_SHARE) : pool;
}

/** A unit that says what holds when a condition is not met answers first when it scores this share of the best. */
const UNMET_SHARE = 0.3;

/**
 * "Wat mag de beheerder doen als de eigenaar de kosten niet betaalt?": the provision for the case met ("… wordt
 * afgegeven in geval zij … voldoen") says as much of the question as the one for the case not met ("Indien
 * belanghebbenden … in gebreke blijven …, is de beheerder bevoegd …"), which answers. A question that asks what
 * holds when something is not done or lacking ("als … geen …", "if … not …") is answered first by a unit of the
 * best whose condition is unmet too, when the best unit's is not.
 */
export function unmetFirst(q: Question, pool: Candidate[]): Candidate[] {
  if (!q.pack.rules.unmet.test(fold(q.text))) return pool;
  return fittingFirst(pool, (c) => pack(c.article.language).rules.unmet.test(fold(c.unit.text)), UNMET_SHARE);
}

/**
 * "Who finished third in the national championship?": retrieval favours units that name the race, of other races
 * too; a unit that gives a name the asked place ("Boogerd werd derde, Kemna tweede") answers first when it scores this
 * share of the best.
 */
const PLACED_SHARE = 0.2;

function placedFirst(q: Question, pool: Candidate[]): Candidate[] {
  const stated = statedOrdinal(q);
  if (q.kind !== 'person' || stated?.side !== 'before') return pool;
  return fittingFirst(pool, (c) => placesName(c.unit.text, stated.value, pack(c.article.language)), PLACED_SHARE);
}

/**
 * "Waarvoor staakten de buschauffeurs?": the unit that gives the purpose right after the asked act ("hielden hun
 * staking, voor meer loon") answers first, before one that says more around it, when it scores this share of the best.
 */
const PURPOSE_SHARE = 0.5;

/** The purpose's preposition stands at most this many words after a word of the question. */
const PURPOSE_REACH = 2;

export function purposeFirst(q: Question, pool: Candidate[]): Candidate[] {
  if (!q.pack.purpose?.question.test(fold(q.text).trim())) return pool;
  const asked = q.groups.filter((g) => !g.name);
  const gives = (c: Candidate) => {
    const lang = c.article.language;
    const marker = pack(lang).purpose?.marker;
    return sentenceTokens(c.unit.text).some((tokens) =>
      tokens.some((w, i) => {
        if (fold(w) !== marker) return false;
        const before = tokens.slice(Math.max(0, i - PURPOSE_REACH), i);
        return before.some((b) => writesAny(asked, lang, b));
      }),
    );
  };
  return fittingFirst(pool, gives, PURPOSE_SHARE);
}
