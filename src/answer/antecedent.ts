import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack } from '../lang/index.js';
import { isStopword, stem } from '../text/analyze.js';
import { hasForm } from './evidence.js';
import type { Question } from './question.js';
import type { TextView } from './text-view.js';

/** How many sentences back a definite noun looks for the name it was given. */
const REACH = 6;

/** "the database", "de databank": a determiner, then a word in lower case. */
const DEFINITE = /(?:^|\s)(\p{L}+)\s+(\p{Ll}[\p{L}-]*)/gu;

/**
 * "… vulnerabilities of the NEMISIS database … ¶ The database was unveiled in 1999": a definite noun the question
 * asks about points back to the nearest earlier sentence of the article that writes a name the question asks right
 * before that noun; the name's stems count as the unit's context, as its paragraph's would.
 */
export function namedBefore(unit: Sentence, view: TextView, q: Question, p: LanguagePack): string[] {
  const names = q.groups.filter((g) => g.name);
  if (names.length === 0) return [];
  const lang = p.code;
  const nouns = [...unit.text.matchAll(DEFINITE)]
    .filter((m) => p.determiners.has(fold(m[1]!)))
    .map((m) => fold(m[2]!))
    // "het VARDA-register" asked: the hyphenated part is read as a name too.
    .filter((w) => q.groups.some((g) => hasForm(g, lang, stem(w, lang))));
  // The names that may lend: not the noun itself, read as a name.
  const lenders = names.filter((g) => !nouns.some((n) => hasForm(g, lang, stem(n, lang))));
  if (lenders.length === 0) return [];
  const all = view.sentences(unit.articleId);
  for (let i = unit.index - 1; i >= Math.max(0, unit.index - REACH); i--) {
    const found = nouns.flatMap((noun) => nameBefore(all[i]!.text, noun, lang));
    const asked = found.filter((s) => lenders.some((g) => hasForm(g, lang, s)));
    if (asked.length > 0) return asked;
  }
  return [];
}

/** The stems of the capitalised words right before `noun` ("NEMISIS" of "the NEMISIS database"), function words out. */
function nameBefore(text: string, noun: string, lang: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}\p{N}]*[\s-])+)(\p{Ll}[\p{L}-]*)/gu)) {
    if (fold(m[2]!) !== noun) continue;
    for (const w of m[1]!.split(/[\s-]+/).filter(Boolean))
      if (!isStopword(fold(w), lang)) out.push(stem(fold(w), lang));
  }
  return out;
}
