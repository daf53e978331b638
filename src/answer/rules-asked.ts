/**
 * "Mag een winkel een brommer verkopen …?", "Can a foreigner get debt counselling?": a yes/no question about what a
 * rule allows is answered by the sentence that permits, forbids, requires or conditions the act ("Het is verboden …",
 * "… kan slechts in aanmerking komen indien …"), not by one that only names the act (a definition, a plan).
 */
import { fold, pack } from '../lang/index.js';
import { words } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import type { Question } from './question.js';
import type { TextView } from './text-view.js';

/** How much of the best unit's score a unit that states a rule needs to answer first when the best states none. */
const RULE_SHARE = 0.4;

/** How many of the best units are looked through for one that states a rule. */
const RULE_DEPTH = 12;

/** The text permits, forbids, requires or sets a condition, in its language's words. */
export function statesRule(text: string, lang: string): boolean {
  const p = pack(lang);
  const folded = fold(text);
  return p.rules.stated.test(folded) || p.obligation.test(folded);
}

/** The unit, or the lead-in of the list it is an item of ("De burgemeester kan … indien:"), states a rule. */
function ruled(c: Candidate, view: TextView, conditions = false): boolean {
  const lead = view.leadIn(c.unit);
  const lang = c.article.language;
  const states = (text: string) =>
    statesRule(text, lang) || (conditions && pack(lang).rules.conditional.test(fold(text)));
  return states(c.unit.text) || (!!lead && states(lead.text));
}

/**
 * "Kan de Kamer van Koophandel ook vragen …?" / "… kan ook gedaan worden door de Kamer van Koophandel": the unit
 * answers in the question's own modal, which says what one can as often as what one may.
 */
function writesModal(q: Question, c: Candidate): boolean {
  const modal = words(q.text)[0];
  return !!modal && c.article.language === q.lang && words(c.unit.text).includes(modal);
}

/**
 * When the best unit states no rule, the first of the best that does answers first. After the verdict: whether the
 * articles answer is judged on the units that say most of the question.
 */
export function ruleFirst(q: Question, pool: Candidate[], view: TextView): Candidate[] {
  const best = pool[0];
  // A best unit that answers on a plain condition ("… wordt afgegeven in geval zij … voldoen") may say the rule.
  if (!q.ruleAsked || !best || ruled(best, view, true) || writesModal(q, best)) return pool;
  const first = pool.slice(0, RULE_DEPTH).find((c) => c.score >= best.score * RULE_SHARE && ruled(c, view));
  return first ? [first, ...pool.filter((c) => c !== first)] : pool;
}
