import { fold, type LanguagePack, pack, type RelationFamily } from '../lang/index.js';
import { stem, words } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import { namesAll, namesAny, saysGroup, writesForm } from './evidence.js';
import { answerNearAsked } from './kinds.js';
import { lifeEventAsked, lifeSpanPlaces } from './life-span.js';
import { burialAsked, type Group, type Question } from './question.js';
import { kinWords } from './relation.js';

/** Relations of family: a birth or death asked of one ("X's father", "de vrouw van X") is not X's own. */
const FAMILY: ReadonlySet<RelationFamily> = new Set([
  'marriage',
  'fatherhood',
  'motherhood',
  'offspring',
  'siblings',
  'uncle',
  'aunt',
]);

/**
 * "When did Babbage die?", "Where was Dvořák born?": birth and death are said in few words, all known to the pack (a
 * life span in brackets among them); when none of the best units says the one asked, in its words or paragraph, a
 * unit that only names the person gives a year or place of something else. A unit that says it of no one the question
 * names ("many fishermen die at sea") does not say it. "What did Hadid die of?" likewise: a life span says no cause.
 * Asked of a relative ("When did Galois' father die?"), a unit must say the relative too.
 */
export function lifeUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  if (burialUnsaid(q, pool) || weddingUnsaid(q, pool) || foundingUnsaid(q, pool)) return true;
  if (ageAtUnsaid(q, pool)) return true;
  const event = lifeEventAsked(q, { why: true });
  if (!event) return false;
  const best = pool.slice(0, 3);
  const relative = q.groups.find((g) => !g.name && kinWords(g.id, q.lang, q.lang, FAMILY).length > 0);
  // "When did Galois' father die?": asked of a relative, the event is said of them, in the unit's own words: "Galois'
  // death" is his own, whatever else its paragraph says of his father.
  const ofWhom = (c: Candidate) => !relative || c.m.matched.has(relative.id);
  if (!best.some((c) => (saysGroup(c.m, event.id) || tellsLife(c, q, event)) && namesAny(c, q) && ofWhom(c)))
    return true;
  return q.kind === 'place' && !best.some((c) => placesEvent(c, q, event) && namesAny(c, q));
}

/**
 * "Hoe oud was Atkins toen hij zijn eerste optreden gaf?" over "Atkins is op 77-jarige leeftijd overleden": an age
 * asked at an event is another event's when none of the best units says a word of the clause that tells the event
 * (a name in it too: "when he entered the University of Copenhagen"). A birth or death there is left to the life
 * span, which says it in brackets ("How old was Byron when he died?").
 */
function ageAtUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  if (q.kind !== 'age') return false;
  const folded = fold(q.text);
  const m = q.pack.time.ageAt.exec(folded);
  if (!m) return false;
  const clause = new Set(words(folded.slice(m.index + m[0].length)).map((w) => stem(w, q.lang)));
  const life = new Set(q.pack.lifeSpan.map((w) => stem(w, q.lang)));
  const inClause = (g: Group) => clause.has(stem(g.id, q.lang));
  const told = q.groups.filter((g) => inClause(g) && (g.name || g.known));
  if (told.length === 0 || told.some((g) => life.has(stem(g.id, q.lang)) || writesForm(g, q.lang, life))) return false;
  return !pool.slice(0, 3).some((c) => told.some((g) => saysGroup(c.m, g.id)));
}

/**
 * "Where did L'Enfant die?" over "L'Enfant was born in Paris …", in a paragraph that says his brother died: the place
 * a unit gives is the asked event's when a life span names a place of it (opening the bracket for a birth, after its
 * dash for a death), or when the unit says the event in its own words with a place beside them: another language's
 * unit too, in its own words the asked word's translations may miss (`tellsLife`), but not without a place beside
 * them ("Fillmore was born on 9 August 1929" places no birth).
 */
function placesEvent(c: Candidate, q: Question, event: Group): boolean {
  const born = q.pack.birth.some((w) => stem(w, q.lang) === stem(event.id, q.lang));
  if (lifeSpanPlaces(c.unit.text, born ? 'birth' : 'death').length > 0) return true;
  if (c.m.matched.has(event.id) && answerNearAsked(c.unit.text, c.article.language, q)) return true;
  return tellsLife(c, q, event) && answerNearAsked(c.unit.text, c.article.language, withLifeWords(q, c, event));
}

/** The question with the asked event's word written as the unit's pack writes that event too: a place beside those. */
function withLifeWords(q: Question, c: Candidate, event: Group): Question {
  const p = pack(c.article.language);
  const own = lifeWords(p, isBirthWord(event, q.pack, q.lang)).map((w) => stem(w, p.code));
  const forms = new Map(event.forms).set(p.code, new Set([...(event.forms.get(p.code) ?? []), ...own]));
  return { ...q, groups: q.groups.map((g) => (g === event ? { ...g, forms } : g)) };
}

/**
 * "Waar ligt Bernoulli begraven?", "Where is Van der Elst buried?": no life span or place of death tells a burial;
 * when the question asks one, a unit among the best must write a burial word of its language and name the person.
 */
function burialUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  if (q.kind !== 'place' && q.kind !== 'time') return false;
  if (!q.groups.some((g) => !g.name && burialAsked(g.id, q.lang))) return false;
  const buries = (c: Candidate) => writesPackWord(c, (p) => p.burial);
  // An infobox's "Resting place Montmartre Cemetery" names no one: its article's title names the person.
  const titled = (c: Candidate) => {
    const title = new Set(words(fold(c.article.title)));
    return q.groups.some((g) => g.name && title.has(g.id));
  };
  return !pool.slice(0, 3).some((c) => buries(c) && (namesAny(c, q) || titled(c)));
}

/**
 * "When did Hadid marry?", "Waar trouwde Astrid?": a unit that dates or places another event of the person (a birth,
 * a move, a prize) tells no marriage. "When was the University of Copenhagen founded?" over "He entered the
 * University of Copenhagen in 1877" likewise tells no founding.
 */
function weddingUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  return !q.pack.proposal.test(q.text) && packEventUnsaid(q, pool, (p) => p.wedding, namesAny);
}

function foundingUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  // "Where was the ecosystem found?": a form of another verb ("found" of "find") asks no founding.
  const founding = new Set(q.pack.kinship.founding.map((w) => stem(w, q.lang)));
  const otherVerb = (id: string) => q.pack.irregularVerbs?.forms.get(id)?.some((base) => base !== id);
  if (!q.groups.some((g) => !g.name && founding.has(stem(g.id, q.lang)) && !otherVerb(g.id))) return false;
  // "the University of Kelby was founded" tells no founding of the University of Varnholm: every name asked.
  return packEventUnsaid(q, pool, (p) => p.kinship.founding, namesAll);
}

/** How many words (an article, a possessive, an adjective) may stand between an about-word and the event. */
const ABOUT_REACH = 2;

/**
 * "Waar wordt de vergadering over het huwelijk gehouden?": the wedding is what the meeting is about; the place asked
 * is the meeting's, so no unit need say the wedding.
 */
function asTopic(q: Question, g: Group): boolean {
  const ws = words(fold(q.text));
  const at = ws.findIndex((w) => stem(w, q.lang) === stem(g.id, q.lang));
  return at > 0 && ws.slice(Math.max(0, at - 1 - ABOUT_REACH), at).some((w) => q.pack.aboutWords.has(w));
}

/**
 * When a "when" or "where" question asks an event in one of the pack's words of a kind, a unit among the best must
 * write a word of that kind of its language and name the one asked about (`named`), and for "where" give a place
 * beside the words asked.
 */
function packEventUnsaid(
  q: Question,
  pool: readonly Candidate[],
  kind: (p: LanguagePack) => readonly string[],
  named: (c: Candidate, q: Question) => boolean,
): boolean {
  if (q.kind !== 'place' && q.kind !== 'time') return false;
  const asked = new Set(kind(q.pack).map((w) => stem(w, q.lang)));
  const asks = (g: Group) => (asked.has(stem(g.id, q.lang)) || writesForm(g, q.lang, asked)) && !asTopic(q, g);
  if (!q.groups.some((g) => !g.name && asks(g))) return false;
  const says = (c: Candidate) => writesPackWord(c, kind);
  const placed = (c: Candidate) => q.kind !== 'place' || answerNearAsked(c.unit.text, c.article.language, q);
  return !pool.slice(0, 3).some((c) => says(c) && named(c, q) && placed(c));
}

/**
 * A unit in another language than the question's tells a birth or death in its own words, which the asked word's
 * translations may miss ("die" of "overleden"): a life-span word of its pack for the same event, a birth word for a
 * birth and another one for a death ("born" tells no death: "Waaraan is Jespersen overleden?").
 */
function tellsLife(c: Candidate, q: Question, event: Group): boolean {
  if (pack(c.article.language).code === q.lang) return false;
  const born = isBirthWord(event, q.pack, q.lang);
  return writesPackWord(c, (p) => lifeWords(p, born));
}

/** A pack's words of a birth, or of a death: its life-span words other than its birth words. */
function lifeWords(p: LanguagePack, born: boolean): readonly string[] {
  return born ? p.birth : p.lifeSpan.filter((w) => !p.birth.includes(w));
}

/** The asked life event is a birth: its word, or a form it is written in, is one of the pack's birth words. */
function isBirthWord(event: Group, p: LanguagePack, lang: string): boolean {
  const births = new Set(p.birth.map((w) => stem(w, lang)));
  return births.has(stem(event.id, lang)) || writesForm(event, lang, births);
}

/** The unit writes one of its language's words of a kind: the pack's `burial`, `wedding` or `lifeSpan` words. */
function writesPackWord(c: Candidate, kind: (p: LanguagePack) => readonly string[]): boolean {
  const p = pack(c.article.language);
  return kind(p).some((w) => c.stems.has(stem(w, p.code)));
}
