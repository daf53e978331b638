import { findNumbers } from '../src/text/numbers.js';

/**
 * Matching of expected answers against answer text and quotes. Both sides are reduced the same way: numbers to their
 * value ("10.000", "10,000" and "10000" are one number), diacritics and case folded, punctuation to spaces, runs of
 * whitespace to one space. Containment is by whole words, so "1500" does not match inside "15000".
 */
export function normalizeForMatch(text: string): string {
  let out = '';
  let at = 0;
  for (const n of findNumbers(text)) {
    out += `${text.slice(at, n.start)} ${canonicalNumber(n.value)} `;
    at = n.end;
  }
  out += text.slice(at);
  return out
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ') // a point stays only as the decimal point of a number ("3.6")
    .replace(/\s+/g, ' ')
    .trim();
}

function canonicalNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

/** True when one of the expected answers occurs, word for word after normalisation, in one of the texts. */
export function containsAnswer(texts: readonly string[], answers: readonly string[]): boolean {
  const hay = texts.map((t) => ` ${normalizeForMatch(t)} `);
  return answers.some((a) => {
    const needle = normalizeForMatch(a);
    return needle.length > 0 && hay.some((h) => h.includes(` ${needle} `));
  });
}
