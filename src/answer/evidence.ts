import type { Group, Question } from './question.js';

export interface Match {
  /** Share of the question's weighted words the unit contains, with half credit for its paragraph's words. */
  coverage: number;
  /** The same share counting only the unit's own words: what the decision to answer rests on. */
  strict: number;
  /**
   * Strict share of what the question asks beyond the names it mentions ("Where was Luther born?": "born"), among the
   * words the articles use somewhere. A name alone does not answer a question; 1 when nothing is left to check.
   */
  content: number;
  /** The same share over all the question's words beyond names, those the articles never use included. */
  allContent: number;
  /** Groups found in the unit's own words. */
  matched: Set<string>;
  /** Groups found only in its paragraph. */
  near: Set<string>;
}

/** A question word found elsewhere in the unit's paragraph counts this much. */
const CONTEXT_CREDIT = 0.5;
/** A synonym of the asker's word ("bezoekers" for "toeschouwers") counts this much. */
const SYNONYM_CREDIT = 0.8;
/** A word found inside a longer compound ("veroverd" in "terugveroverd") counts this much. */
const COMPOUND_CREDIT = 0.7;

/**
 * How much of the question a unit (a sentence or a pair) covers. Each of the asker's words is one group, satisfied by
 * any of its forms in the unit's language; a group weighs the IDF of its most common form, so questions about
 * things the articles never mention score low.
 */
export function match(q: Question, stems: Set<string>, lang: string, compounds: boolean, context?: Set<string>): Match {
  let total = 0;
  let got = 0;
  let own = 0;
  let contentTotal = 0;
  let contentGot = 0;
  let allTotal = 0;
  let allGot = 0;
  const matched = new Set<string>();
  const near = new Set<string>();
  for (const g of q.groups) {
    const forms = g.forms.get(lang) ?? g.forms.values().next().value ?? new Set<string>();
    let hit = 0;
    let inUnit = false;
    for (const f of forms) {
      if (stems.has(f)) {
        [hit, inUnit] = [1, true];
        break;
      }
      if (compounds && hit < COMPOUND_CREDIT && f.length >= 5 && inCompound(f, stems))
        [hit, inUnit] = [COMPOUND_CREDIT, true];
      else if (hit < CONTEXT_CREDIT && context?.has(f)) hit = CONTEXT_CREDIT;
    }
    if (!inUnit || hit < SYNONYM_CREDIT)
      for (const f of g.soft.get(lang) ?? []) if (stems.has(f)) [hit, inUnit] = [SYNONYM_CREDIT, true];
    total += g.weight;
    const isContent = !g.name && !q.speakers.includes(g);
    if (isContent) allTotal += g.weight;
    if (isContent && g.known) contentTotal += g.weight;
    if (hit === 0) continue;
    got += g.weight * hit;
    if (inUnit) {
      own += g.weight * hit;
      matched.add(g.id);
      if (isContent) allGot += g.weight * hit;
      if (isContent && g.known) contentGot += g.weight * hit;
    } else near.add(g.id);
  }
  return {
    coverage: total > 0 ? got / total : 0,
    strict: total > 0 ? own / total : 0,
    content: contentTotal > 0 ? contentGot / contentTotal : 1,
    allContent: allTotal > 0 ? allGot / allTotal : 1,
    matched,
    near,
  };
}

/**
 * Whether the unit or its context (paragraph, title) names one of the question's names: any of its alternatives, every
 * written word of that alternative ("Zuid-Holland" needs both).
 */
export function namesRun(m: Match, run: readonly string[][]): boolean {
  return run.some((alt) => alt.every((id) => m.matched.has(id) || m.near.has(id)));
}

/** Dutch glues words together; a question word inside a unit's compound word still says something. */
function inCompound(form: string, stems: Set<string>): boolean {
  for (const s of stems) if (s.length > form.length && s.includes(form)) return true;
  return false;
}

/** The stem is one of the group's forms or synonyms in that language. */
export function hasForm(g: Group, lang: string, s: string): boolean {
  return !!(g.forms.get(lang)?.has(s) || g.soft.get(lang)?.has(s));
}
