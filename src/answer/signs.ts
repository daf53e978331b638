import type { LanguagePack } from '../lang/index.js';
import { stem } from '../text/analyze.js';

/** Per pack, each sign's pattern beside a digit and its word's stem: built once, asked of every unit scored. */
const SIGNS = new Map<string, readonly { sign: string; near: RegExp; stem: string }[]>();

function signsOf(p: LanguagePack): readonly { sign: string; near: RegExp; stem: string }[] {
  let list = SIGNS.get(p.code);
  if (!list) {
    list = Object.entries(p.numbers.signs).map(([sign, word]) => {
      const s = sign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return { sign, near: new RegExp(`${s}\\s?\\d|\\d\\s?${s}`, 'u'), stem: stem(word, p.code) };
    });
    SIGNS.set(p.code, list);
  }
  return list;
}

/**
 * The stems of the words the signs next to a figure stand for ("ten minste 50%" says "procent", "€ 2 268" says
 * "euro"), in the pack's language: "hoeveel procent" is answered by a "%", as a word would answer it.
 */
export function signStems(text: string, p: LanguagePack): string[] {
  return signsOf(p)
    .filter(({ sign, near }) => text.includes(sign) && near.test(text))
    .map((s) => s.stem);
}
