import { fold, type LanguagePack, literal, pack } from '../lang/index.js';
import { formsOfVerb } from '../lang/irregular.js';
import { RELATIONS, relatedByPart } from '../lang/synonyms.js';
import { stem, words } from '../text/analyze.js';
import { type AnswerContext, type Candidate, candidateFor } from './candidates.js';
import { hasForm, namesAny } from './evidence.js';
import type { Group, Question } from './question.js';
import { isVerbOf } from './relation.js';

/** How many of the best units may say the event asked. */
const BEST = 3;

/**
 * "When did Obama tweet to Ahmed?", "When was Theodorus exiled?": the time or place of one event of a subject is
 * asked, and the best units date or place another of the subject ("last week", "around 328"), while their articles
 * write the verb asked elsewhere ("Obama tweeted …", "exiled the young man") without a time or place. A unit among
 * the best must name the subject and write that verb (in any of its forms, derivations or synonyms: its group's), or
 * say another word the question asks beyond its names ("integrated into the community" for "join the community"),
 * unless a sentence of the articles says all the question asks. An article that never writes the verb may say the
 * event in words of its own ("received the Stirling Prize" for "win"): the other checks judge it.
 */
export function eventUnsaid(q: Question, pool: readonly Candidate[], ctx: AnswerContext): boolean {
  const events = eventVerbsAsked(q);
  if (events.length === 0) return false;
  // Over an article in another language the asked verb's translations may miss its word ("die" of "overleden").
  const best = pool.slice(0, BEST).filter((c) => c.article.language === q.lang);
  if (best.length === 0) return false;
  const writes = (c: Candidate) => events.every((g) => c.m.matched.has(g.id));
  const dated = (c: Candidate) => writes(c) && !events.some((g) => onlyRelative(c, g));
  const tells = (c: Candidate) => (dated(c) || datesName(c, q)) && namesAny(c, q);
  if (best.some(tells)) return false;
  const others = q.groups.filter((g) => !g.name && g.known && !events.includes(g));
  const saysMore = (c: Candidate) => others.some((g) => c.m.matched.has(g.id)) && namesAny(c, q);
  const elsewhere = articleUnits(q, best, ctx);
  if (elsewhere.some((c) => tells(c) && c.m.content >= 1)) return true;
  return !best.some(saysMore) && elsewhere.some(writes);
}

/** How many words before the event word a word of relative time may stand ("after he destroyed"). */
const RELATIVE_REACH = 2;
/** How many words after the event word a year dates it. */
const YEAR_REACH = 8;

/**
 * "The day before the liberation, 80,000 Germans left": the unit writes the event asked only after a word that dates
 * another event by it, so its time is the other's.
 */
function onlyRelative(c: Candidate, g: Group): boolean {
  const p = pack(c.article.language);
  const ws = words(fold(c.unit.text));
  const at = ws.flatMap((w, i) => (hasForm(g, p.code, stem(w, p.code)) ? [i] : []));
  // "After his return to Bohemia in 1895": a year right after the event word dates it after all.
  const relative = (i: number) =>
    ws.slice(Math.max(0, i - RELATIVE_REACH), i).some((w) => p.relativeTime.has(w)) &&
    !ws.slice(i + 1, i + 1 + YEAR_REACH).some((w) => /^(?:1\d{3}|20\d{2})$/.test(w));
  return at.length > 0 && at.every(relative);
}

/** A year alone in brackets, a few characters after a name: "(1958)", "琴况 (c. 1640)". */
const BRACKET_YEAR = String.raw`[^()]{0,12}\((?:c\.|ca\.|circa)?\s*\d{3,4}\)`;

/**
 * "When was Xishan Qinkuang written?" over "Xishan Qinkuang 谿山琴况 (c. 1640)": a year alone in brackets right after a
 * name the question asks dates what the name names, its making, in no verb.
 */
function datesName(c: Candidate, q: Question): boolean {
  if (q.kind !== 'time') return false;
  const text = fold(c.unit.text);
  return q.names.some((run) => run.some((alt) => yearAfter(alt[alt.length - 1] ?? '').test(text)));
}

/** A bracketed year after the (folded) word. */
function yearAfter(word: string): RegExp {
  return new RegExp(String.raw`\b${literal(word)}\b${BRACKET_YEAR}`, 'u');
}

/** Every sentence of the best units' articles, as a unit for the question. */
function articleUnits(q: Question, best: readonly Candidate[], ctx: AnswerContext): Candidate[] {
  const articles = [...new Map(best.map((c) => [c.article.id, c])).values()];
  return articles.flatMap((b) =>
    ctx.view
      .sentences(b.article.id)
      .map((s) => candidateFor(q, b.article, s, ctx, { retrieval: b.retrieval, factor: 1 })),
  );
}

/**
 * The verbs of a time or place question that name its event: a known word of the question, no name, that is a verb
 * where it stands and says more than where or that something happens ("located", "held", "take place", "komen").
 */
export function eventVerbsAsked(q: Question): Group[] {
  if (q.kind !== 'time' && q.kind !== 'place') return [];
  const folded = fold(q.text);
  const p = q.pack;
  // "How long did it take …", "how soon must …", "when may …": a length, a term or a case, not an event's date.
  const { length, term, caseAsked } = p.time;
  if (length.test(folded) || term?.test(folded) || caseAsked?.test(folded)) return [];
  const ws = words(folded);
  if (ws.some((w) => p.presentAuxiliaries.has(w))) return [];
  const happening = new Set(p.happens.exec(folded)?.slice(1) ?? []);
  return q.groups.filter((g) => {
    if (g.name || !g.known || g === q.classAsked || happening.has(g.id) || meansLittle(g.id, p)) return false;
    return isVerbAt(ws, ws.indexOf(g.id), p);
  });
}

/** An auxiliary, a copula, a light verb or a verb of where something is: no event of its own. */
function meansLittle(id: string, p: LanguagePack): boolean {
  if (p.auxiliaries.has(id) || p.copulas.has(id)) return true;
  return isVerbOf(id, p.lightVerbs, p) || isVerbOf(id, p.placeVerbs, p);
}

/**
 * The word at `at` is a verb: a form of an irregular verb, a participle or regular past by its ending, a verb by the
 * pack's guess of its part of speech where it stands, or, in a verb-second language (no guess), the finite verb
 * right after the question word ("Wanneer trouwde …", "Waar landde …").
 */
function isVerbAt(ws: readonly string[], at: number, p: LanguagePack): boolean {
  const word = ws[at];
  if (word === undefined) return false;
  const verbs = p.irregularVerbs;
  if (verbs && (verbs.forms.has(word) || formsOfVerb(word, verbs, p.verbForms?.participle).length > 0)) return true;
  if (p.passiveParticiple.test(word) || p.regularPast?.test(word)) return true;
  // "When did Obama tweet …": a verb where it stands, guessed; "When did the applicants …" is no verb WordNet knows.
  if (p.partsOfSpeech) {
    const parts = p.partsOfSpeech(ws, at);
    return (
      parts.length === 1 && parts[0] === 'v' && RELATIONS.some((r) => relatedByPart(r, word, p.code, ['v']).length)
    );
  }
  return at === 1 && !!p.pastVerb?.test(word);
}
