import type { Answer } from '../src/answer/types.js';
import type { Engine } from '../src/engine.js';
import { citationSupport } from './evaluate.js';
import { wordQuestions } from './fuzz-words.js';

/**
 * Questions made from an article's own figures, for checking citations on far more answers than any question set
 * has: "How many <word>?" for each number followed by a word, "When <the words before>?" for a year, and "How much
 * <the words before>?" for any number; "Is it true that <the words before> <number> <word>?" for a count, as given
 * and one off. They are often ungrammatical on purpose — a reader's question can be too — and
 * no answer is expected of them: only that every claim of whatever Bron answers is supported by its citation.
 */
export interface FuzzWords {
  many: string;
  when: string;
  much: string;
  /** Asks to check a stated figure: "Is it true that …". */
  check: string;
}

/** The question words per language (eval tooling, not the engine's packs); other languages ask in English. */
export const FUZZ_WORDS: Readonly<Record<string, FuzzWords>> = {
  en: { many: 'How many', when: 'When', much: 'How much', check: 'Is it true that' },
  nl: { many: 'Hoeveel', when: 'Wanneer', much: 'Hoeveel', check: 'Klopt het dat' },
};

const FIGURE = /\b(\d[\d.,]*)\s+(\p{L}{4,})/gu;

/** The distinct questions an article's figures give, in text order. */
export function fuzzQuestions(body: string, lang: string): string[] {
  const w = FUZZ_WORDS[lang] ?? FUZZ_WORDS.en!;
  const out = new Set<string>();
  for (const m of body.matchAll(FIGURE)) {
    out.add(`${w.many} ${m[2]}?`);
    const before = body
      .slice(Math.max(0, m.index - 60), m.index)
      .trim()
      .split(/\s+/)
      .slice(-4)
      .join(' ');
    if (before === '') continue;
    if (/^\d{4}$/.test(m[1]!)) out.add(`${w.when} ${before}?`);
    out.add(`${w.much} ${before}?`);
    // A figure checked as the article gives it, and one off: the check path lists who gives what.
    if (!/^\d{1,6}$/.test(m[1]!) || /^\d{4}$/.test(m[1]!)) continue;
    out.add(`${w.check} ${before} ${m[1]} ${m[2]}?`);
    out.add(`${w.check} ${before} ${Number(m[1]) + 1} ${m[2]}?`);
  }
  return [...out];
}

/** What a fuzz of one corpus found: questions asked, citation references, and those that check out. */
export interface FuzzTally {
  asked: number;
  cited: number;
  supported: number;
}

/**
 * Asks up to `max` questions made from the figures and words of the engine's articles and checks each answer's
 * citations as the eval does (citationSupport); `unsupported` hears each answer with a claim its citation does not
 * support.
 */
export async function fuzzCorpus(
  engine: Engine,
  max: number,
  unsupported: (question: string, a: Answer, bad: number) => void = () => {},
): Promise<FuzzTally> {
  const kinds: string[][] = [[]];
  for (const a of engine.snapshotInfo.articles.values()) {
    kinds[0]!.push(...fuzzQuestions(a.body, a.language));
    wordQuestions(a.body, a.title, a.language).forEach((qs, i) => {
      kinds[i + 1] = [...(kinds[i + 1] ?? []), ...qs];
    });
  }
  // Taken in turn from each kind, so a small `max` still asks some of every kind.
  const questions = new Set<string>();
  for (let i = 0; questions.size < max && kinds.some((k) => i < k.length); i++)
    for (const k of kinds) if (i < k.length && questions.size < max) questions.add(k[i]!);
  const t: FuzzTally = { asked: 0, cited: 0, supported: 0 };
  for (const q of questions) {
    const a = await engine.ask(q);
    const [ok, total] = citationSupport(engine, a);
    t.asked++;
    t.cited += total;
    t.supported += ok;
    if (ok < total) unsupported(q, a, total - ok);
  }
  return t;
}
