import { fold, PACKS } from '../lang/index.js';
/** Month names, folded, in the corpus's two languages; index + 1 is the month's number. */
export const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** 1–12 for a folded month name in either language ("october", "oktober"), else undefined. */
export function monthNumber(folded: string): number | undefined {
  const i = Math.max(MONTHS_NL.indexOf(folded), MONTHS_EN.indexOf(folded));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * The days a text names by month and day of month, as "month-day": "25 January 2020", "January 30, 2020", "op 5
 * november" (a year alone, or a month alone, names no day).
 */
export function daysNamed(text: string): Set<string> {
  // Any pack's month names: a Dutch article may carry an English dateline.
  const monthOf = (w: string) => {
    for (const p of PACKS) {
      const i = p.time.months.indexOf(w);
      if (i >= 0) return i + 1;
    }
    return undefined;
  };
  const ws = fold(text).match(/[\p{L}]+|\d+/gu) ?? [];
  const out = new Set<string>();
  for (const [i, w] of ws.entries()) {
    const month = monthOf(w);
    if (!month) continue;
    for (const d of [ws[i - 1], ws[i + 1]])
      if (d && /^\d{1,2}$/.test(d) && Number(d) >= 1 && Number(d) <= 31) out.add(`${month}-${Number(d)}`);
  }
  return out;
}
