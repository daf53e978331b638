import { pack } from '../src/lang/index.js';

/**
 * Questions made from an article's words rather than its figures, for the answer paths the figure questions never
 * reach: who is a named one, what a named one said, why something happened (the words before a reason marker), yes or
 * no on a sentence as written and with another name of the article put in, and what an article is about. No answer
 * is expected: the fuzz checks only that every claim Bron makes is supported by its citation.
 */
export interface WordQuestions {
  who: string;
  said: string;
  why: string;
  check: string;
  /** "{}" is the article's title. */
  about: string;
}

/** Eval tooling's question words per language; other languages ask in English. */
export const WORD_QUESTIONS: Readonly<Record<string, WordQuestions>> = {
  en: { who: 'Who is', said: 'What did {} say?', why: 'Why', check: 'Is it true that', about: 'What is {} about?' },
  nl: { who: 'Wie is', said: 'Wat zei {}?', why: 'Waarom', check: 'Klopt het dat', about: 'Waar gaat {} over?' },
};

// Two or three capitalised words in a row, not first in their sentence: a name as a reader would copy it.
const NAME = /(?<=[\p{Ll},;:] )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}/gu;
const SENTENCE = /[^.!?\n]+[.!?]/gu;

/** The sentences of a body, trimmed, of 5 to 25 words. */
function sentences(body: string): string[] {
  return [...body.matchAll(SENTENCE)]
    .map((m) => m[0].trim())
    .filter((s) => {
      const n = s.split(/\s+/).length;
      return n >= 5 && n <= 25;
    });
}

/** A sentence as a clause inside a question: a first word that is a stop word loses its capital. */
function asClause(sentence: string, lang: string): string {
  const [first = '', ...rest] = sentence.replace(/[.!?]$/, '').split(' ');
  const low = first.toLowerCase();
  return [pack(lang).stopwords.has(low) ? low : first, ...rest].join(' ');
}

/** The names of a body in text order, each once. */
export function namesIn(body: string): string[] {
  return [...new Set([...body.matchAll(NAME)].map((m) => m[0]))];
}

/** "Why …?" from the words before each reason marker of the language's pack, within a sentence. */
function whyQuestions(body: string, lang: string, why: string): string[] {
  const markers = pack(lang).reasonMarkers.filter((m) => !m.includes(' '));
  const out: string[] = [];
  for (const s of sentences(body)) {
    const words = asClause(s, lang).split(/\s+/);
    const at = words.findIndex((w, i) => i >= 3 && markers.includes(w.toLowerCase()));
    if (at > 0) out.push(`${why} ${words.slice(Math.max(0, at - 6), at).join(' ')}?`);
  }
  return out;
}

/**
 * "Is it true that …?" on each sentence as written, and again with its first name swapped for another name of the
 * same article: a claim the article makes of someone else.
 */
function checkQuestions(body: string, lang: string, check: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of sentences(body)) {
    const claim = asClause(s, lang);
    out.push(`${check} ${claim}?`);
    const own = names.find((n) => claim.includes(n));
    const other = names.find((n) => n !== own && !claim.includes(n));
    if (own && other) out.push(`${check} ${claim.replace(own, other)}?`);
  }
  return out;
}

/** Every word question of one article, by kind, in text order. */
export function wordQuestions(body: string, title: string, lang: string): string[][] {
  const w = WORD_QUESTIONS[lang] ?? WORD_QUESTIONS.en!;
  const names = namesIn(body);
  const saying = pack(lang).sayingVerbs;
  // A name with a verb of saying among the three words after it, or right before it, is someone quoted.
  const said = (w: string) => saying.has(w.toLowerCase().replace(/\P{L}/gu, ''));
  const speakers = names.filter((n) =>
    body.split(n).some((before, i, parts) => {
      const next = parts[i + 1];
      if (next === undefined) return false;
      return next.trim().split(/\s+/).slice(0, 3).some(said) || said(before.trim().split(/\s+/).at(-1) ?? '');
    }),
  );
  return [
    names.map((n) => `${w.who} ${n}?`),
    speakers.map((n) => w.said.replace('{}', n)),
    whyQuestions(body, lang, w.why),
    checkQuestions(body, lang, w.check, names),
    [w.about.replace('{}', title)],
  ];
}
