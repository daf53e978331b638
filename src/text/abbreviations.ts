/**
 * Abbreviations an article defines, "long form (SHORT)": "tuberculosis (TB)", "coronaviruses (CoVs)",
 * "Wereldgezondheidsorganisatie (WHO)". The algorithm of Schwartz & Hearst (2003, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text"): the short form's letters, read backwards, are found in
 * order in the words before the bracket, its first letter at the start of a word. No kept npm package does this (the
 * "abbreviation" packages are Emmet's); it is language-independent, so it lives here and not in a language pack.
 */

export interface Abbreviation {
  /** The short form as written ("CoVs"). */
  short: string;
  /** The long form as written ("coronaviruses"). */
  long: string;
}

/** A short form: 2–10 characters, one or two words, starting with a letter or digit, with a capital in it. */
const SHORT = /^[\p{L}\p{N}][\p{L}\p{N}.&/-]{1,9}$/u;

export function findAbbreviations(text: string): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const m of text.matchAll(/\(([^()]{2,10})\)/gu)) {
    const short = m[1]!.trim();
    if (!SHORT.test(short) || !/\p{Lu}/u.test(short) || !/\p{L}/u.test(short)) continue;
    // The long form stands in the few words before the bracket, within its clause.
    const before = /[^,;:()[\]]*$/u.exec(text.slice(0, m.index))![0].trimEnd();
    const words = before.split(/\s+/).filter(Boolean);
    const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
    const window = words.slice(-Math.min(letters + 5, letters * 2)).join(' ');
    const long = initialsForm(short, words) ?? longForm(short, window);
    if (long && long.toLowerCase() !== short.toLowerCase() && long.split(/\s+/).length <= letters + 1)
      out.push({ short, long });
  }
  return out;
}

/**
 * The last words whose initials spell `short`, short lower-case words (particles, "of") between them passed over:
 * "Women's Ordination Worldwide (WOW)", "Vereniging van Nederlandse Gemeenten (VNG)". The letter scan alone ends at
 * the last word holding the letters in order ("Worldwide", "van Nederlandse Gemeenten").
 */
function initialsForm(short: string, words: readonly string[]): string | undefined {
  const letters = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2) return undefined;
  let li = letters.length - 1;
  for (let wi = words.length - 1; wi >= 0; wi--) {
    if (li < letters.length - 1 && /^\p{Ll}{1,3}$/u.test(words[wi]!)) continue;
    const first = words[wi]!.replace(/^[^\p{L}\p{N}]+/u, '')[0]?.toLowerCase();
    if (first !== letters[li]) return undefined;
    li--;
    if (li < 0) return words.slice(wi).join(' ');
  }
  return undefined;
}

/** The shortest end of `window` whose letters spell `short` backwards, its first letter opening a word. */
function longForm(short: string, window: string): string | undefined {
  const s = short.toLowerCase();
  const l = window.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  const alnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  while (si >= 0) {
    const c = s[si]!;
    if (!alnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && alnum(l[li - 1])))) li--;
    if (li < 0) return undefined;
    li--;
    si--;
  }
  return window.slice(li + 1).trim();
}
