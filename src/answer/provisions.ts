/**
 * Reorderings over a text of provisions, once the articles are known to answer: a provision that departs from another
 * goes behind the rule it departs from, and a provision's paragraph that states the question's figure goes before its
 * neighbour that says more of the question's other words.
 */
import { fold, pack } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';
import { toFront } from './after-verdict.js';
import type { Candidate } from './candidates.js';
import { departsFrom, sameProvision } from './cross-refs.js';
import { saysGroup, writesAny } from './evidence.js';
import type { Group, Question } from './question.js';
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
  const rule = pool.find(
    (c) =>
      c !== best &&
      !derogates(c) &&
      c.m.coverage >= best.m.coverage * RULE_COVERAGE &&
      [...best.m.near].every((id) => saysGroup(c.m, id)) &&
      departsFrom(best.unit, c.unit, view),
  );
  return toFront(pool, rule ? [rule] : []);
}

/** A figure the question states: its number and the asked word right after it ("binnen twee jaar": 2, "jaar"). */
interface Figure {
  value: number;
  noun: Group;
}

/** The figures a question states, each a number from two up followed by one of its asked words. */
export function statedFigures(q: Question): Figure[] {
  const text = fold(q.text);
  return findNumbers(text, { smallWords: true, lang: q.lang }).flatMap((n) => {
    const next = /^\s+([\p{L}-]+)/u.exec(text.slice(n.end))?.[1];
    const noun = q.groups.find((g) => !g.name && g.id === next);
    return noun ? [{ value: n.value, noun }] : [];
  });
}

/** The unit writes the figure: its number, and a form of its noun within the next two words ("twee jaren"). */
function writesFigure(c: Candidate, f: Figure): boolean {
  const lang = c.article.language;
  const text = fold(c.unit.text);
  return findNumbers(text, { smallWords: true, lang }).some((n) => {
    if (n.value !== f.value) return false;
    const after =
      text
        .slice(n.end)
        .match(/[\p{L}-]+/gu)
        ?.slice(0, 2) ?? [];
    return after.some((w) => writesAny([f.noun], lang, w));
  });
}

/**
 * "Welke straf kan je krijgen als je binnen twee jaar opnieuw een verboden handelsnaam voert?": the provision's first
 * paragraph says most of the question ("Hij die een handelsnaam voert in strijd met deze wet, wordt gestraft …"), its
 * third the case the question states ("Indien … nog geen twee jaren zijn verlopen sedert een vroegere veroordeling
 * …, kan hechtenis … worden opgelegd"), in words of its own. When the best unit does not write a figure the question
 * states, the best unit of the same provision that does answers first.
 */
export function statedFigureFirst(q: Question, pool: Candidate[], view: TextView): Candidate[] {
  const best = pool[0];
  const figures = statedFigures(q);
  if (!best || figures.length === 0 || figures.some((f) => writesFigure(best, f))) return pool;
  const first = pool.find(
    (c) => c !== best && sameProvision(best.unit, c.unit, view) && figures.some((f) => writesFigure(c, f)),
  );
  return toFront(pool, first ? [first] : []);
}
