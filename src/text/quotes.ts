/**
 * Quotation marks in quoted sentences. News text quotes speakers over several sentences
 * („Deze week … De gemeente … kant.”), so one sentence may carry only the opening or only the closing half of a
 * pair; Dutch papers also write the opening mark as two commas (",,").
 */
const OPENING = /^(?:,,|[„“«"])\s*/u;
const CLOSING = /\s*[”»"]$/u;

/** The text without the quotation marks and spaces it opens with: "“Therefore …" opens with "Therefore". */
export function withoutOpeningMarks(text: string): string {
  return text.replace(/^[\s“"„‘']+/u, '');
}

/** Whether the text holds a quotation mark, Dutch papers' two commas (",,Hij is snel''") among them. */
export function hasQuotationMark(text: string): boolean {
  return /,,|[„“”"«»]/u.test(text);
}

function opens(text: string): number {
  return (text.match(/,,|[„“«]/gu) ?? []).length;
}

function closes(text: string): number {
  return (text.match(/[”»]/gu) ?? []).length;
}

function straight(text: string): number {
  return (text.match(/"/g) ?? []).length;
}

/**
 * The span of `text` without a quotation mark whose partner lies in another sentence, as offsets into `text`:
 * "„Deze week werden we verrast …" starts after „, "… van Amerikaanse kant.”" ends before ”.
 * Marks that pair up inside the text stay ("“Dit is onze zaak.”").
 */
export function withoutDanglingMarks(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  const lead = OPENING.exec(text);
  if (lead && (lead[0].startsWith('"') ? straight(text) % 2 === 1 : opens(text) > closes(text))) start = lead[0].length;
  const body = text.slice(start, end);
  const tail = CLOSING.exec(body);
  if (tail && (tail[0].endsWith('"') ? straight(body) % 2 === 1 : closes(body) > opens(body))) end -= tail[0].length;
  return end > start ? { start, end } : { start: 0, end: text.length };
}

/**
 * A quote in quotation marks: “…”, unless it opens and closes with the article's own marks, paired up
 * ("“Dit is onze zaak.”", "“Wanneer …”, zei Jansen. “Dit is onze zaak.”"): ours around them would double
 * them.
 */
export function inQuotes(quote: string): string {
  const line = oneLine(quote);
  return isQuotation(line) ? line : `“${line}”`;
}

/** A quote across a line break ("… were:" and the words on the next line) is shown on one line of the answer. */
export function oneLine(quote: string): string {
  return quote.replace(/\s*\n\s*/g, ' ');
}

/** Whether the text begins with an opening quotation mark and ends with a closing one, every mark paired. */
export function isQuotation(text: string): boolean {
  const lead = OPENING.exec(text);
  if (!lead || !CLOSING.test(text)) return false;
  return lead[0].startsWith('"') ? straight(text) % 2 === 0 : opens(text) === closes(text) && straight(text) % 2 === 0;
}
