import { type LanguagePack, literal, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import { oncePerLanguage } from './memo.js';

/** Per language, each sign's pattern beside a digit and its word's stem: built once, asked of every unit scored. */
const signsOf = oncePerLanguage((lang) =>
  Object.entries(pack(lang).numbers.signs).map(([sign, word]) => {
    const s = literal(sign);
    return { sign, near: new RegExp(`${s}\\s?\\d|\\d\\s?${s}`, 'u'), stem: stem(word, lang) };
  }),
);

/**
 * The stems of the words the signs next to a figure stand for ("ten minste 50%" says "procent", "€ 2 268" says
 * "euro"), in the pack's language: "hoeveel procent" is answered by a "%", as a word would answer it.
 */
export function signStems(text: string, p: LanguagePack): string[] {
  return signsOf(p.code)
    .filter(({ sign, near }) => text.includes(sign) && near.test(text))
    .map((s) => s.stem);
}
