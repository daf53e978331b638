import { type AnswerKind, type LanguagePack, PACKS, pack, type RelationFamily } from '../lang/index.js';
import { translateTerm } from '../lang/lexicon.js';
import { onlyAdverb } from '../lang/synonyms.js';
import { wordnetTable } from '../lang/wordnet-tables.js';
import { fold, stem, words } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import { hasForm, saysGroup, writesAny } from './evidence.js';
import type { Group, Question } from './question.js';
import { sentenceTokens } from './text-view.js';

/** Relations whose every word says them of both sides alike: "wife" says "married", "son" no "mother". */
export const SYMMETRIC: ReadonlySet<RelationFamily> = new Set([
  'marriage',
  'friendship',
  'love',
  'siblings',
  'meeting',
  'collaboration',
  'membership',
]);

/** How many of the best units may say the relation a question for a person asks. */
const RELATION_DEPTH = 3;

/**
 * "Who won the election?", "Wie is de burgemeester van Hove?": a question for a person asks who stands in a relation,
 * said by its first word after the question word that is no name or number: the verb, or the role after a copula. In
 * a language that closes the clause with the verb after an auxiliary ("Wie heeft de verkiezingen gewonnen?") it is
 * the last such word. A word the articles never write counts only in their language (`written`): across languages a
 * missing translation says nothing ("parents" over "dochter van"); in it, no unit can say the relation (its
 * synonyms aside, which a unit may still say).
 */
export function relationOf(
  folded: string,
  groups: Group[],
  kind: AnswerKind,
  p: LanguagePack,
  written: boolean,
): Group | undefined {
  if (kind !== 'person') return undefined;
  const ws = words(folded);
  const at = ws.findIndex((w) => p.questionWords.has(w));
  if (at < 0) return undefined;
  const rest = ws.slice(at + 1);
  const first = rest[0] ?? '';
  // "Wie zei dat Hadid de beste leerling was?": who said it is asked; what was said is no relation to hear.
  if (p.sayingVerbs.has(first)) return undefined;
  const auxiliary = p.auxiliaries.has(first) && !p.copulas.has(first);
  // "Door wie werd de brug ontworpen?", "By whom was the bridge designed?": a passive's participle closes it.
  const passive = isPassive(rest, p);
  const reversed = (auxiliary && p.verbLast) || passive || predicateLast(rest, groups, p);
  const order = reversed ? [...mainClauseOf(rest, groups, p)].reverse() : rest;
  for (const [i, w] of order.entries()) {
    const g = groups.find((x) => x.id === w);
    if (!g || g.name || /\d/.test(g.id)) continue;
    if (p.proVerbs.has(w)) return undefined;
    const next = order[i + 1] ?? '';
    // "Wie waren bekende studenten van X?": an inflected adjective before a noun says which; the noun, the relation.
    if (!reversed && attributive(w, next, groups, p)) continue;
    const helps = p.catenatives.has(w) && (p.lightVerbs.has(next) || groups.some((h) => h.id === next && !h.name));
    if (helps || (!reversed && leadsInfinitive(order.slice(i + 1), groups, p))) continue;
    // "Who was named best blocker?": a participle right after the copula, its complement after it, says how the
    // role was given; the complement is what a unit must say ("de beste blokker").
    const complement = groups.some((h) => h.id === next && !h.name);
    if (!reversed && i === 1 && p.copulas.has(order[0] ?? '') && p.passiveParticiple.test(w) && complement) continue;
    // "Who was the guy who wrote the code?": a noun its relative clause says more of asks what that clause says.
    if (!reversed && p.relativePronouns.has(order[i + 1] ?? '')) continue;
    // "Who was the girl Byron loved?": so does a noun a name's clause follows, a relative without its pronoun.
    const copula = p.copulas.has(order[0] ?? '');
    if (!reversed && copula && reducedRelative(order.slice(i + 1), groups)) continue;
    // "Who usually wears shorts?": an adverb says how often or how, the word after it the relation.
    const later = order.slice(i + 1).some((x) => groups.some((h) => h.id === x && !h.name));
    if (later && onlyAdverb(w, p.code)) continue;
    return g.known || written ? g : undefined;
  }
  return undefined;
}

/**
 * "Who did Pachomius pick to succeed him?": a verb an infinitive follows says how the one asked came to stand in the
 * relation; the infinitive says the relation. Not a preposition's noun ("Who went to school?"): WordNet has the word
 * as a verb.
 */
function leadsInfinitive(after: readonly string[], groups: readonly Group[], p: LanguagePack): boolean {
  const [marker, verb = ''] = after;
  if (marker !== p.infinitiveMarker || !groups.some((g) => g.id === verb && !g.name)) return false;
  return (['synonyms', 'derivations'] as const).some((t) => wordnetTable(t, p.code)?.has(`${verb}:v`));
}

/** A subordinate clause has at least this many words: a subject and its verb ("als de kosten … voldaan"). */
const CLAUSE_WORDS = 3;

/**
 * "Wie mag regels stellen over hoe lang de klokken luiden?": where the clause closes with its verb, the main clause
 * closes before a question word or subordinator that opens a clause inside it ("hoe lang", "als"), when a word of the
 * question other than a name stands before it. A word that is a relative pronoun too ("wat", "welke") is left to the
 * relative clause.
 */
function mainClauseOf(rest: readonly string[], groups: readonly Group[], p: LanguagePack): readonly string[] {
  // "Wie mag het geborgene verkopen als de kosten niet worden voldaan?": so does a subordinator that opens a clause
  // ("als de kosten …"), not one that means "as" ("als voorzitter").
  const clause = (i: number) => p.subordinators.has(rest[i]!) && rest.length - i - 1 >= CLAUSE_WORDS;
  const opens = (w: string, i: number) => (p.questionWords.has(w) || clause(i)) && !p.relativePronouns.has(w);
  const at = rest.findIndex((w, i) => i > 0 && opens(w, i));
  if (at < 0) return rest;
  const main = rest.slice(0, at);
  return main.some((w) => groups.some((g) => g.id === w && !g.name)) ? main : rest;
}

/** The word is an adjective with the ending it takes before the noun that follows it ("bekende studenten"). */
function attributive(w: string, next: string, groups: readonly Group[], p: LanguagePack): boolean {
  const end = p.attributiveEnding;
  if (!end || !w.endsWith(end) || !groups.some((h) => h.id === next && !h.name)) return false;
  const base = w.slice(0, -end.length);
  const known = (to: string) => translateTerm(base, p.code, to, { asWritten: true, split: false }).length > 0;
  return base.length >= 3 && PACKS.some((o) => o.code !== p.code && known(o.code));
}

/** The words after the question word are a passive: a copula, then its closing participle. */
function isPassive(rest: readonly string[], p: LanguagePack): boolean {
  return p.copulas.has(rest[0] ?? '') && rest.length > 2 && p.passiveParticiple.test(rest.at(-1)!);
}

/**
 * "Met wie was Bernoulli bevriend?", "Op wie werd Byron verliefd?": where the clause closes with its verb, a copula
 * followed by the subject's name leaves what is said of it, the relation, to the end.
 */
function predicateLast(rest: readonly string[], groups: readonly Group[], p: LanguagePack): boolean {
  const subject = groups.find((g) => g.id === rest[1]);
  return p.verbLast && p.copulas.has(rest[0] ?? '') && rest.length > 2 && !!subject?.name;
}

/** The words open a clause of its own: a name, then a word of the question that is no name ("… Byron loved"). */
function reducedRelative(after: readonly string[], groups: readonly Group[]): boolean {
  const group = (w: string) => groups.find((g) => g.id === w);
  if (!group(after[0] ?? '')?.name) return false;
  return after.slice(1).some((w) => {
    const g = group(w);
    return g !== undefined && !g.name && !/\d/.test(g.id);
  });
}

/** The relation is a role a copula names ("Wie is de burgemeester van Hove?", "Who is the president of Chile?"). */
export function asksRole(folded: string, groups: readonly Group[], p: LanguagePack): boolean {
  const ws = words(folded);
  const rest = ws.slice(ws.findIndex((w) => p.questionWords.has(w)) + 1);
  if (!p.copulas.has(rest[0] ?? '') || isPassive(rest, p) || predicateLast(rest, groups, p)) return false;
  // "Who was the girl Byron loved?" asks who was loved: the noun names no role a unit must say.
  const noun = rest.findIndex((w) => groups.some((g) => g.id === w));
  return !reducedRelative(rest.slice(noun + 1), groups);
}

/**
 * No unit among the best says the relation asked, in its words or its paragraph's: a sentence that only names the
 * question's names ("Wie won de Gezelleprijs in 2007?" → "De Gezelleprijs is een literatuurprijs …") does not say who.
 * A unit with a year the question states is a row of a list ("1997 - Charles Ducal"), which says it by its place; a
 * smaller number is more often part of a name ("Formule 1") or a date ("5 november") than a row's key.
 */
export function unrelated(q: Question, pool: readonly Candidate[]): boolean {
  const r = q.relation;
  if (!r) return false;
  const years = q.groups.filter((g) => /^\d{4}$/.test(g.id));
  const top = pool.slice(0, RELATION_DEPTH);
  // "Wie is de burgemeester van Amsterdam?" over "Burgemeester Opstelten van Rotterdam …": the best unit, which
  // would be quoted, gives the role to another, and none of the best to the one asked.
  if (pool[0] && holderOf(pool[0], q) === 'others' && !top.some((c) => holderOf(c, q) === 'ours')) return true;
  return !top.some((c) => saysRelation(c, q) || years.some((g) => c.m.matched.has(g.id)));
}

/** Whose role a unit says, for a role asked of a name ("de president van Estmar"); undefined for any other. */
function holderOf(c: Candidate, q: Question): Holder | undefined {
  const r = q.relation;
  if (!r || !q.role || q.names.length === 0 || !c.m.matched.has(r.id)) return undefined;
  return roleHolder(c.unit.text, c.article.language, r, q);
}

/**
 * The unit says the relation asked, in its words or its paragraph's. A role asked of a name it says in its own words,
 * and not as another's ("De Morlandse president" for "de president van Estmar"): a paragraph's may be another's.
 */
function saysRelation(c: Candidate, q: Question): boolean {
  const r = q.relation;
  if (!r) return false;
  if (saysKin(c, q, r)) return true;
  if (!q.role || q.names.length === 0) return saysGroup(c.m, r.id) || putsInCharge(c, q, r) || answersFor(c, q, r);
  return c.m.matched.has(r.id) && roleHolder(c.unit.text, c.article.language, r, q) !== 'others';
}

/**
 * "Met wie was X bevriend?" over "a close friend of Y", "Wie was de oom van X?" over "a nephew of Y": the unit writes a
 * word of the relation asked, or of its converse, in its own language (the packs' `kinship`).
 */
export function saysKin(c: Candidate, q: Question, r: Group): boolean {
  const kin = kinStems(q, r, c.article.language);
  return [...kin].some((s) => c.stems.has(s));
}

/** The stems, in a language, of the words of the relations (`kinship`) whose words include the one asked. */
function kinStems(q: Question, r: Group, lang: string): Set<string> {
  return new Set(kinWords(r.id, q.lang, lang));
}

/**
 * "Wie was de echtgenoot van X?" over "Spouse(s) Y", "Who was X's wife?" over "X married Y": the stems, in a language,
 * of the words of the relations (`kinship`) whose words include the word `id` of language `from`.
 */
export function kinWords(id: string, from: string, lang: string, only?: ReadonlySet<RelationFamily>): string[] {
  const asked = stem(id, from);
  const theirs = pack(from);
  const ours = pack(lang);
  return (Object.keys(theirs.kinship) as RelationFamily[])
    .filter((f) => (!only || only.has(f)) && theirs.kinship[f].some((w) => stem(w, from) === asked))
    .flatMap((f) => ours.kinship[f].map((w) => stem(w, ours.code)));
}

/** "Who commanded the ship?" over "the crew under Captain Y": a phrase of the unit's language puts a name in charge. */
function putsInCharge(c: Candidate, q: Question, r: Group): boolean {
  return isVerbOf(r.id, q.pack.leading.verbs, q.pack) && pack(c.article.language).leading.under.test(c.unit.text);
}

/**
 * "Wie verzorgt het vervoer per bus?" over "De Lijn is verantwoordelijk voor het vervoer per bus": a phrase of the
 * unit's language makes someone answerable for the task a verb of carrying out asks who does.
 */
function answersFor(c: Candidate, q: Question, r: Group): boolean {
  return (
    isVerbOf(r.id, q.pack.carrying.verbs, q.pack) &&
    pack(c.article.language).carrying.responsible.test(fold(c.unit.text))
  );
}

const VERB_STEMS = new WeakMap<ReadonlySet<string>, Set<string>>();

/** A form of one of these verbs of the pack, given as infinitives ("comes", "came" of "come"; "led" of "lead"). */
export function isVerbOf(id: string, verbs: ReadonlySet<string>, p: LanguagePack): boolean {
  let stems = VERB_STEMS.get(verbs);
  if (!stems) {
    stems = new Set([...verbs].map((v) => stem(v, p.code)));
    VERB_STEMS.set(verbs, stems);
  }
  return [id, ...(p.irregularVerbs?.forms.get(id) ?? [])].some((f) => stems.has(stem(f, p.code)));
}

/** A qualifier shares this much with a name it is made from ("Valdoriaanse", "Valdorije"; "French", "France"). */
const QUALIFIER_STEM = 3;

/** Whose role a unit says: one the question names ("De Valdoriaanse president"), another's, or plainly. */
type Holder = 'ours' | 'others' | 'plain';

/**
 * "Wie is de president van Estmar?": "De Morlandse president Karel Vos" says the role of another. An adjective made
 * from a place's name just before the role qualifies it: made from one of the question's names ("De Valdoriaanse
 * president"), it gives the role asked; from none, another's. Of the times a unit says the role, the one most its own
 * counts; undefined when it never says it.
 */
function roleHolder(text: string, lang: string, r: Group, q: Question): Holder | undefined {
  const held = new Set<Holder>();
  const named = (w: string) => q.groups.some((g) => g.name && g.id === w);
  const asked = [...placesAfter(fold(q.text), q.lang, r, named)].some((w) => w !== '');
  const after = [...placesAfter(text, lang, r, (w) => /^\p{Lu}/u.test(w))];
  for (const [i, qualifier] of [...qualifiersOf(text, lang, r)].entries()) {
    // "Burgemeester Opstelten van Rotterdam" holds the role of another place than "de burgemeester van Amsterdam".
    const place = fold(after[i] ?? '');
    if (asked && place !== '') held.add(namesIn(place, q).length > 0 ? 'ours' : 'others');
    else held.add(qualifier === '' ? 'plain' : namesIn(qualifier, q).length > 0 ? 'ours' : 'others');
  }
  return (['ours', 'plain', 'others'] as const).find((h) => held.has(h));
}

/** The holder's name between a role and the place it is held of has at most this many words ("Jan de Vries"). */
const HOLDER_WORDS = 3;

/**
 * Per time the text says the role, the place or body it is held of, written after it: "Burgemeester Opstelten van
 * Rotterdam", "Ambassador to the United States" give "Rotterdam", "United"; '' when none follows. `place` tells the
 * word that names it. Only words in one phrase count: "the mayor, of course, …" holds no place.
 */
function* placesAfter(text: string, lang: string, r: Group, place: (w: string) => boolean): Generator<string> {
  const p = pack(lang);
  const tokens = [...text.matchAll(/(\p{L}[\p{L}-]*)(\s*)/gu)].map((m) => ({
    w: m[1]!,
    joined: m[2]!.length > 0 && /\p{L}/u.test(text[m.index + m[0].length] ?? ''),
  }));
  for (const [i, t] of tokens.entries()) {
    if (!writesAny([r], lang, t.w)) continue;
    let j = i;
    const next = () => (tokens[j]?.joined ? tokens[++j] : undefined);
    let w = next();
    for (let k = 0; k < HOLDER_WORDS && w && /^\p{Lu}/u.test(w.w); k++) w = next();
    if (!w || !p.roleOf.has(fold(w.w))) {
      yield '';
      continue;
    }
    w = next();
    if (w && p.determiners.has(fold(w.w))) w = next();
    yield w && place(w.w) ? w.w : '';
  }
}

/** The question's names an adjective before the role is made from: "De Valdoriaanse president" names Valdorije. */
export function namedByRole(text: string, lang: string, q: Question): Group[] {
  const r = q.relation;
  return q.role && r ? [...qualifiersOf(text, lang, r)].flatMap((w) => namesIn(w, q)) : [];
}

function namesIn(qualifier: string, q: Question): Group[] {
  const made = (n: string) =>
    qualifier.split('-').some((w) => w.slice(0, QUALIFIER_STEM) === n.slice(0, QUALIFIER_STEM));
  return q.groups.filter((g) => g.name && [g.id, ...[...g.forms.values()].flatMap((f) => [...f])].some(made));
}

/** Per time the text says the role, the place adjective just before it, folded, or '' when there is none. */
function* qualifiersOf(text: string, lang: string, r: Group): Generator<string> {
  const endings = pack(lang).qualifierEndings;
  let before = '';
  for (const m of text.matchAll(/(\p{L}[\p{L}-]*)(\s*)/gu)) {
    const [, token, gap] = m as unknown as [string, string, string];
    if (writesAny([r], lang, token)) {
      const last = fold(before).split('-').at(-1)!;
      const adjective = endings.some((e) => last.length > e.length + 2 && last.endsWith(e));
      yield /^\p{Lu}/u.test(before) && adjective ? fold(before) : '';
    }
    // Only a word next to the role, in the same phrase, qualifies it: "Jan Peeters, burgemeester van Hove" does not.
    before = gap.length > 0 && /\p{L}/u.test(text[m.index + m[0].length] ?? '') ? token : '';
  }
}

/** How many words from the relation a word may deny it: "had not named", "benoemde hem niet". */
const NEGATION_REACH = 3;

/**
 * The unit says the relation only denied: "Pachomius had not named a successor" does not answer "whom did Pachomius
 * name as his successor"; "naming the brother Petronios as his successor" does.
 */
export function deniesRelation(c: Candidate, q: Question): boolean {
  const relation = q.relation;
  if (!relation) return false;
  const lang = c.article.language;
  const p = pack(lang);
  const ws = words(fold(c.unit.text));
  const at = ws.flatMap((w, i) => (hasForm(relation, lang, stem(w, lang)) ? [i] : []));
  const denied = (i: number) =>
    ws.slice(Math.max(0, i - NEGATION_REACH), i + NEGATION_REACH + 1).some((w) => p.negations.has(w));
  return at.length > 0 && at.every(denied);
}

/** How many words from a word that says the relation a name may stand to be whom it says it of. */
const HOLDER_REACH = 2;
/** The shortest form of the relation a compound may end with ("coach" in "bondscoach"). */
const HOLDER_HEAD = 5;

/**
 * A sentence of the text gives a name beside a word that says the relation: "Bondscoach De Wit stelde …", "Pieters
 * werd derde, Vermaat tweede": a capitalised word the question does not write, other than a sentence's first.
 */
export function namesHolder(text: string, lang: string, r: Group, q: Question): boolean {
  const own = new Set(words(fold(q.text)));
  const forms = [...(r.forms.get(lang) ?? [])].filter((f) => f.length >= HOLDER_HEAD);
  const kin = kinStems(q, r, lang);
  const says = (w: string) => {
    const s = stem(fold(w), lang);
    return hasForm(r, lang, s) || forms.some((f) => s.endsWith(f)) || kin.has(s);
  };
  return sentenceTokens(text).some((tokens) => {
    const at = tokens.flatMap((w, i) => (says(w) ? [i] : []));
    return tokens.some(
      (w, i) =>
        i > 0 && /^\p{Lu}/u.test(w) && !own.has(fold(w)) && at.some((a) => a !== i && Math.abs(a - i) <= HOLDER_REACH),
    );
  });
}

/** A relative's name starts this many words after the word of the relation, or ends this many before it. */
export const RELATIVE_AFTER = 3;
export const RELATIVE_BEFORE = 2;

/**
 * "Wie was de vrouw van X?" over "marrying the physician Y Z", "Spouse(s) Y Z", "Y Z's husband": the unit names a
 * person the question does not, two capitalised words or more, beside a word of the relation asked (`kinship`);
 * "X and his wife returned to China" names the asked person beside it, and a place of one word.
 */
export function namesRelative(c: Candidate, q: Question): boolean {
  const r = q.relation;
  if (!r) return false;
  const lang = c.article.language;
  const kin = kinStems(q, r, lang);
  const asked = new Set(words(fold(q.text)));
  return sentenceTokens(c.unit.text).some((tokens) => {
    const other = tokens.map((t, i) => i > 0 && /^\p{Lu}/u.test(t) && !asked.has(fold(t)));
    const run = (i: number) => !!other[i] && !!other[i + 1];
    return tokens.some((t, i) => {
      // "The Good Wife": a relation's word written with a capital within a sentence is part of a name.
      if (!kin.has(stem(fold(t), lang)) || (i > 0 && /^\p{Lu}/u.test(t))) return false;
      for (let j = i + 1; j <= i + RELATIVE_AFTER; j++) if (run(j)) return true;
      for (let j = i - 1 - RELATIVE_BEFORE; j < i - 1; j++) if (j >= 0 && run(j)) return true;
      return false;
    });
  });
}
