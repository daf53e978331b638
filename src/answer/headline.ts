import type { Candidate } from './candidates.js';
import { REQUIRED_KINDS } from './features.js';
import type { Question } from './question.js';
import { isHeadline } from './select.js';

/** Kinds whose answer a unit's words show (a number, a time, a place, a name, a reason, words said). */
const SHOWN_KINDS = new Set([...REQUIRED_KINDS, 'place', 'person', 'reason', 'speech']);

/**
 * "Who did the Chomsky interview?" over "Interview with … Noam Chomsky": a headline says back what the question asks
 * about, and its article's body tells what it asks ("… Chomsky sat down with Michael Dranove for an interview …").
 * For a kind words show, the article's best sentence that gives one and writes every question word the headline
 * writes is quoted before the headline. A number it may leave to its paragraph or title ("Where was Fan Expo 2016
 * held?" over "The 22nd Fan Expo Canada took place at …"); a word not (that lost news answers the headline gave).
 */
export function bodyBeforeHeadline(q: Question, pool: Candidate[]): Candidate[] {
  const head = pool[0];
  if (!head || !SHOWN_KINDS.has(q.kind) || !isHeadline(head)) return pool;
  const saysAll = (c: Candidate) =>
    [...head.m.matched].every((id) => c.m.matched.has(id) || (c.m.near.has(id) && /^\d+$/.test(id)));
  const body = pool.find((c) => c.article.id === head.article.id && c.kind && !isHeadline(c) && saysAll(c));
  return body ? [body, ...pool.filter((c) => c !== body)] : pool;
}
