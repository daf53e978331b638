/**
 * "Which council advised on the moped noise decree?", "Op welke wet is het besluit gebaseerd?": a statute's recitals
 * say how it was made ("Gehoord de Centrale Raad … (advies van …)", "Gelet op artikel 10 van de Wet …") and weigh
 * little, for they only name its topic to every other question; the provision that names the statute ("Dit besluit
 * wordt aangehaald als …") says more of such a question's words.
 */
import { fold, pack } from '../lang/index.js';
import type { RecitalKind } from '../lang/types.js';
import type { Candidate } from './candidates.js';
import type { Question } from './question.js';

/** The kinds of recital a question asks for: on whose advice, on what basis, on whose proposal the text was made. */
function recitalsAsked(q: Question): RecitalKind[] {
  const folded = fold(q.text);
  const { asked } = q.pack.recitals;
  return (Object.keys(asked) as RecitalKind[]).filter((k) => asked[k].test(folded));
}

/** The unit opens as a recital of one of the kinds. */
function tells(c: Candidate, kinds: readonly RecitalKind[]): boolean {
  const { opens } = pack(c.article.language).recitals;
  const text = fold(c.unit.text).trim();
  return kinds.some((k) => opens[k].test(text));
}

/**
 * When a question asks how a statute was made and the first unit is no recital of that kind, the recital of the best
 * unit's statute that says most of the question answers first (of equals, the first: a decree recites the advice
 * it was made on before the Council of State's, which every decree recites).
 */
export function recitalFirst(q: Question, pool: Candidate[]): Candidate[] {
  const kinds = recitalsAsked(q);
  if (!pool[0] || kinds.length === 0 || tells(pool[0], kinds)) return pool;
  // The statute asked of is the best scored unit's: an earlier reordering may have put another's first.
  const best = pool.reduce((a, c) => (c.score > a.score ? c : a));
  const recitals = pool.filter((c) => c.article.id === best.article.id && tells(c, kinds));
  const [first] = recitals.sort((a, b) => b.m.coverage - a.m.coverage || a.unit.start - b.unit.start);
  return first ? [first, ...pool.filter((c) => c !== first)] : pool;
}
