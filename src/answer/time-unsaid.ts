import { fold, pack } from '../lang/index.js';
import { isStopword, stem } from '../text/analyze.js';
import { QUOTE_POOL } from './after-verdict.js';
import type { Candidate } from './candidates.js';
import { hasForm } from './evidence.js';
import { inQuestion, timeMentions } from './kinds.js';
import type { Question } from './question.js';
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
  return !pool.slice(0, QUOTE_POOL).some((c) => sentencesOf(c, view).some((s) => datesAsked(s, c, q)));
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
