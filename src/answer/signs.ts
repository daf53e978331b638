import type { LanguagePack } from '../lang/index.js';
import { stem } from '../text/analyze.js';

/**
 * The stems of the words the signs next to a figure stand for ("ten minste 50%" says "procent", "€ 2 268" says
 * "euro"), in the pack's language: "hoeveel procent" is answered by a "%", as a word would answer it.
 */
export function signStems(text: string, p: LanguagePack): string[] {
  const out: string[] = [];
  for (const [sign, word] of Object.entries(p.numbers.signs)) {
    if (!text.includes(sign)) continue;
    const s = sign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`${s}\\s?\\d|\\d\\s?${s}`, 'u').test(text)) out.push(stem(word, p.code));
  }
  return out;
}
