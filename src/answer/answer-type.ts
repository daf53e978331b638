import type { Sentence } from '../ingest/sentences.js';
import { fold, stem, words } from '../text/analyze.js';
import { findNumbers } from '../text/numbers.js';
import type { SentenceIndex } from './evidence.js';
import { type Intent, QUANTITY_WORD, ROLE_NOUN, TIME_WORD } from './intent.js';

/**
 * Whether a quote (a sentence or a pair) gives the kind of answer the question's wording asks for; `matched` are the
 * question's word groups the quote's own words contain.
 */
export function answersType(
  sentence: Sentence,
  matched: Set<string>,
  expects: NonNullable<Intent['expects']>,
  groups: Map<string, Set<string>>,
  index: SentenceIndex,
): boolean {
  switch (expects.kind) {
    case 'quantity':
      return matched.has(expects.noun!) && hasQuantity(sentence.text);
    case 'time':
      return TIME_WORD.test(fold(sentence.text));
    case 'role':
      // "Who is the president of South Korea": a president of somewhere else is no answer, so every word must be there.
      return matched.size === groups.size;
    case 'agent':
      return namesAnActor(sentence, groups, index);
    case 'age':
      return AGE.test(fold(sentence.text));
  }
}

/** Stems of the words a sentence writes with a capital: names, and the sentence's first word. */
function capitalisedStems(s: Sentence, index: SentenceIndex): string[] {
  const lang = index.articles.get(s.articleId)?.language === 'en' ? 'en' : 'nl';
  return [...s.text.matchAll(/\p{Lu}[\p{L}-]*/gu)].flatMap((m) => words(m[0]).map((w) => stem(w, lang)));
}

/**
 * "Wie heeft de verkiezingen gewonnen": the sentence that has the question's words must also say who — a name the
 * question does not give (a person, a country, an outlet: "de Oekraïense inlichtingendienst", "meldt de NOS"), a
 * title ("de president"), the agent of a passive ("door westerse landen"), or the person "hij" continues from.
 * In a pair of sentences a name in the other sentence is about something else, so each sentence is asked alone.
 */
function namesAnActor(unit: Sentence, groups: Map<string, Set<string>>, index: SentenceIndex): boolean {
  const asked = new Set([...groups.values()].flatMap((forms) => [...forms]));
  const newName = (t: string) => index.isName(t) && !asked.has(t);
  const all = index.sentences.get(unit.articleId) ?? [];
  for (let i = unit.index; i < all.length && all[i]!.start < unit.end; i++) {
    const s = all[i]!;
    const own = index.stemsOf(s);
    if (![...asked].some((f) => own.has(f))) continue;
    if (capitalisedStems(s, index).some(newName)) return true;
    // "Nu is Kim een stap verder gegaan. Eerst stuurde hij …": quoted together, the pair names him.
    if (i > unit.index && /\b(hij|zij|he|she)\b/iu.test(s.text) && capitalisedStems(all[i - 1]!, index).some(newName))
      return true;
    if (words(s.text).some((w) => ROLE_NOUN.test(w)) || /\b(door|by)\s+(?!te\b|middel\b)\p{L}/iu.test(s.text))
      return true;
    // "Hij zei …": the index gave the sentence the names of the one before.
    if (/^\s*(Hij|Zij|He|She)\b/u.test(s.text) && [...own].some(newName)) return true;
    // "Tot 5 november verwacht ik …": the writer or the one quoted, whom the source line identifies. Anyone can say
    // "ik", so such a sentence answers only when it says all the rest the question asks, not just its names.
    const saysAll = [...groups.values()].every((forms) => [...forms].some((f) => own.has(f) || index.isName(f)));
    if (saysAll && words(s.text).some((w) => /^(ik|wij|we|i)$/.test(w))) return true;
  }
  return false;
}

/** An age: "71 jaar", "de 40-jarige", "aged 71", "71 years old"; of a thing, a span ("duurt inmiddels drie maanden"). */
const AGE =
  /\b\d{1,3}-?jarige\b|\baged\s+\d{1,3}\b|\b(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:dagen|dag|weken|week|maanden|maand|jaar|jaren|days?|weeks?|months?|years?)\b/;

/** A number, or a word for one ("duizenden", "drie maanden"). */
export function hasQuantity(text: string): boolean {
  return findNumbers(text).length > 0 || QUANTITY_WORD.test(fold(text));
}
