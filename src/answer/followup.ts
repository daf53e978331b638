import { fold, pack } from '../lang/index.js';

/**
 * A short follow-up in a conversation read with the question before it: "And Curie?" after "What did Bohr say
 * about Copenhagen?" asks "What did Curie say about Copenhagen?"; "What does Curie say about it?" after "How many
 * ships sailed from Lisbon?" asks about the ships that sailed from Lisbon. Generic (no corpus words): names are
 * capitalised words, the topic is the earlier question's content words (the language pack's stop words left out).
 * A third language is one more entry.
 */
const WORDS: Record<string, { and: string[]; refer: string[] }> = {
  en: {
    and: ['and', 'also', 'what about', 'how about'],
    refer: ['it', 'that', 'this', 'them', 'they', 'there', 'its'],
  },
  nl: {
    and: ['en', 'ook', 'en wat over', 'hoe zit het met'],
    refer: ['het', 'dat', 'dit', 'die', 'ze', 'zij', 'daar', 'daarover', 'erover', 'hierover', 'ervan', 'daarvan'],
  },
};

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Capitalised words not at the start of the sentence: the names a question mentions. */
function names(text: string): string[] {
  return [...text.matchAll(TOKEN)].filter((m) => m.index > 0 && /^\p{Lu}/u.test(m[0])).map((m) => m[0]);
}

/** The earlier question's content words, in order: what a pronoun in the follow-up refers to. */
function topic(previous: string, lang: string): string {
  const stop = pack(lang).stopwords;
  return [...previous.matchAll(TOKEN)]
    .map((m) => m[0])
    .filter((w) => !stop.has(fold(w)))
    .join(' ');
}

/** The follow-up as a question that stands alone, or undefined when it already does. */
export function resolveFollowUp(previous: string, question: string, lang: string): string | undefined {
  const words = WORDS[lang] ?? WORDS.en!;
  const q = question.trim().replace(/\s+/g, ' ');
  const folded = fold(q).replace(/[?!.]+$/, '');
  const lead = words.and.find((a) => folded === a || folded.startsWith(`${a} `));
  const rest = lead ? q.slice(lead.length).replace(/^[\s,]+/, '') : q;
  const tokens = [...rest.matchAll(TOKEN)];
  const pronoun = tokens.find((m) => words.refer.includes(fold(m[0])));
  if (pronoun) {
    const about = topic(previous, lang);
    if (!about) return undefined;
    const asked = `${rest.slice(0, pronoun.index)}${about}${rest.slice(pronoun.index + pronoun[0].length)}`;
    return asked.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  if (!lead && tokens.length > 3) return undefined;
  // "And Curie?": the earlier question with its first name replaced by the new one(s).
  const fresh = names(` ${rest}`);
  const old = names(previous);
  if (fresh.length && old.length) return previous.replace(old[0]!, fresh.join(' '));
  return `${previous.replace(/[?!.]+$/, '')} ${rest}`.trim();
}
