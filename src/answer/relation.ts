import type { AnswerKind, LanguagePack } from '../lang/index.js';
import { words } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import type { Group, Question } from './question.js';

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
  const auxiliary = p.auxiliaries.has(first) && !p.copulas.has(first);
  // "Door wie werd de brug ontworpen?", "By whom was the bridge designed?": a passive's participle closes it.
  const passive = p.copulas.has(first) && rest.length > 2 && p.passiveParticiple.test(rest.at(-1)!);
  const order = (auxiliary && p.verbLast) || passive ? rest.reverse() : rest;
  for (const w of order) {
    const g = groups.find((x) => x.id === w);
    if (g && !g.name && !/\d/.test(g.id)) return g.known || written ? g : undefined;
  }
  return undefined;
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
  return !pool
    .slice(0, RELATION_DEPTH)
    .some((c) => c.m.matched.has(r.id) || c.m.near.has(r.id) || years.some((g) => c.m.matched.has(g.id)));
}
