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
