import { fold, PACKS, pack } from '../lang/index.js';

/** Month names, folded, as the language packs list them; index + 1 is the month's number. */
export const MONTHS_EN = pack('en').time.months;
export const MONTHS_NL = pack('nl').time.months;

/** 1–12 for a folded month name in any pack's language ("october", "oktober"), else undefined. */
export function monthNumber(folded: string): number | undefined {
  for (const p of PACKS) {
    const i = p.time.months.indexOf(folded);
    if (i >= 0) return i + 1;
  }
  return undefined;
}

/**
 * The days a text names by month and day of month, as "month-day": "25 January 2020", "January 30, 2020", "op 5
 * november" (a year alone, or a month alone, names no day).
 */
export function daysNamed(text: string): Set<string> {
  const ws = fold(text).match(/[\p{L}]+|\d+/gu) ?? [];
  const out = new Set<string>();
  for (const [i, w] of ws.entries()) {
    // Any pack's month names: a Dutch article may carry an English dateline.
    const month = monthNumber(w);
    if (!month) continue;
    for (const d of [ws[i - 1], ws[i + 1]])
      if (d && /^\d{1,2}$/.test(d) && Number(d) >= 1 && Number(d) <= 31) out.add(`${month}-${Number(d)}`);
  }
  return out;
}
