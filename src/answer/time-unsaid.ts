import { fold, pack } from '../lang/index.js';
import { isStopword, stem } from '../text/analyze.js';
import { QUOTE_POOL } from './after-verdict.js';
import type { Candidate } from './candidates.js';
import { hasForm } from './evidence.js';
import { inQuestion, timeMentions } from './kinds.js';
import { lifeEventAsked } from './life-span.js';
import type { Group, Question } from './question.js';
import { isVerbOf } from './relation.js';
import type { TextView } from './text-view.js';

/**
 * How many words apart a time and a word of the question may stand to date what the question asks: a clause or two
 * ("She received … the Stirling Prize, in 2010"), not the far end of a long sentence.
 */
const TIME_REACH = 12;

/**
 * "When was Neiafu founded?" over units that date only other things ("Neiafu … attracts over 500 yachts every
 * sailing season between June and October", "In 1893 the family moved"): when no sentence of the best units gives a
 * time the question does not give within a few words of one of its words, the articles do not say when.
 * Only for "when": a term ("within how many days") or a length is answered by a span anywhere in the unit.
 */
export function timeUnsaid(q: Question, pool: readonly Candidate[], view: TextView): boolean {
  if (q.kind !== 'time') return false;
  const folded = fold(q.text);
  const t = q.pack.time;
  if (t.term?.test(folded) || t.length.test(folded) || t.caseAsked?.test(folded)) return false;
  const events = eventGroups(q);
  const best = pool.slice(0, QUOTE_POOL);
  const tells = (s: string, c: Candidate, all: boolean) => {
    const says = (g: Group) => writesGroup(s, g, c.article.language);
    return events.length > 0 && (all ? events.every(says) : events.some(says));
  };
  // "In 1943, Nida received his Ph.D. He was ordained …": where a sentence of an article's best units says all that
  // happened, a time in one of its sentences that says none of it dates another of the subject's events.
  const told = new Set(
    best.filter((c) => sentencesOf(c, view).some((s) => tells(s, c, true))).map((c) => c.article.id),
  );
  return !best.some((c) =>
    sentencesOf(c, view).some((s) => (!told.has(c.article.id) || tells(s, c, false)) && datesAsked(s, c, q)),
  );
}

/**
 * The words that say what happened: not names, not light verbs. Birth and death, said in a life span's brackets, are
 * `lifeUnsaid`'s.
 */
function eventGroups(q: Question): readonly Group[] {
  if (lifeEventAsked(q)) return [];
  return q.groups.filter((g) => !g.name && g.known && !isVerbOf(g.id, q.pack.lightVerbs, q.pack));
}

/** A word of the sentence is one of the group's forms or synonyms. */
function writesGroup(sentence: string, g: Group, lang: string): boolean {
  const ws = fold(sentence).match(/[\p{L}\p{N}]+/gu) ?? [];
  return ws.some((w) => hasForm(g, lang, stem(w, lang)));
}

/** The unit's sentences as the article's segmentation cut them ("approx. 3750 sonnets" is one sentence). */
function sentencesOf(c: Candidate, view: TextView): string[] {
  const within = view.inside(c.article.id, c.unit.start, c.unit.end);
  return within.length > 0 ? within.map((s) => s.text) : [c.unit.text];
}

/** A time the question does not give stands within TIME_REACH words of a word of the question in the sentence. */
function datesAsked(sentence: string, c: Candidate, q: Question): boolean {
  const lang = c.article.language;
  const folded = fold(sentence);
  const tokens = [...folded.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  const tokenAt = (offset: number) => tokens.findIndex((m) => m.index + m[0].length > offset);
  const times: number[] = [];
  for (const m of timeMentions(sentence, pack(lang))) {
    if (inQuestion(m, q)) continue;
    for (let i = folded.indexOf(m); i >= 0; i = folded.indexOf(m, i + 1)) times.push(tokenAt(i));
  }
  if (times.length === 0) return false;
  const asked = (w: string) => {
    const bare = w.replace(/[.!?]+$/, '');
    return !isStopword(bare) && q.groups.some((g) => hasForm(g, lang, stem(bare, lang)));
  };
  const said = tokens.flatMap((m, i) => (asked(m[0]) ? [i] : []));
  return times.some((at) => at >= 0 && said.some((w) => Math.abs(w - at) <= TIME_REACH));
}
