import { fold, type LanguagePack } from '../lang/index.js';
import { findNumbers } from '../text/numbers.js';

/** The folded words right before a number, currency signs left out: "dan € 4 500" → "… dan". */
function before(text: string, at: number): string {
  const lead = fold(text.slice(Math.max(0, at - 40), at)).replace(/[\p{Sc}]/gu, ' ');
  return ` ${lead.replace(/\s+/g, ' ').trim()}`;
}

const endsWithAny = (lead: string, phrases: readonly string[]) => phrases.some((w) => lead.endsWith(` ${w}`));

/**
 * The figures the question bounds from below ("meer dan € 45 000") that the unit gives only as an upper bound ("niet
 * groter dan € 45 000"): another bracket of a schedule, so the figure is no match there. As stems ("45000").
 */
export function otherBracket(question: string, qp: LanguagePack, unit: string, up: LanguagePack): string[] {
  const { above, atMost } = qp.numbers.bounds;
  const asked = findNumbers(question)
    .filter((n) => {
      const lead = before(question, n.start);
      return endsWithAny(lead, above) && !endsWithAny(lead, atMost);
    })
    .map((n) => n.value);
  if (asked.length === 0) return [];
  const mentions = findNumbers(unit);
  return asked
    .filter((v) => {
      const here = mentions.filter((n) => n.value === v);
      return here.length > 0 && here.every((n) => endsWithAny(before(unit, n.start), up.numbers.bounds.atMost));
    })
    .map(String);
}
