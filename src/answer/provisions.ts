/**
 * Reorderings over a text of provisions, once the articles are known to answer: a provision that departs from another
 * goes behind the rule it departs from.
 */
import { fold, pack } from '../lang/index.js';
import type { Candidate } from './candidates.js';
import { departsFrom } from './cross-refs.js';
import type { Question } from './question.js';
import type { TextView } from './text-view.js';

/** The rule a derogation departs from answers first when it says this share of what the derogation says. */
const RULE_COVERAGE = 0.7;

/**
 * "Waar worden wetten bekendgemaakt?": the derogation ("In afwijking van artikel 3 of 4 kan een wet … bepalen dat een
 * bijlage wordt bekendgemaakt door terinzagelegging") repeats the words of the rules it departs from, and so says
 * more of the question than the rule itself ("De bekendmaking van: a. wetten, … geschiedt door plaatsing in het
 * Staatsblad"). A question that asks no exception is answered first by the best unit of a provision the derogation
 * names, when that unit says most of what the derogation says of the question, and each of its words the
 * derogation says only in its context.
 */
export function ruleBeforeDerogation(q: Question, pool: Candidate[], view: TextView): Candidate[] {
  const best = pool[0];
  if (!best || q.pack.rules.exception.test(fold(q.text))) return pool;
  const derogates = (c: Candidate) => pack(c.article.language).crossRefs.derogation.test(fold(c.unit.text));
  if (!derogates(best)) return pool;
  // "… voor nieuwe ingezetenen" asked, of "In afwijking van artikel 4 … als bedoeld in artikel 3, derde lid" whose
  // context (the new residents of article 3) the rule does not name: the question asks the derogation's own case.
  const says = (c: Candidate, id: string) => c.m.matched.has(id) || c.m.near.has(id);
  const rule = pool.find(
    (c) =>
      c !== best &&
      !derogates(c) &&
      c.m.coverage >= best.m.coverage * RULE_COVERAGE &&
      [...best.m.near].every((id) => says(c, id)) &&
      departsFrom(best.unit, c.unit, view),
  );
  return rule ? [rule, ...pool.filter((c) => c !== rule)] : pool;
}
