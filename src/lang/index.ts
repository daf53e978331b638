import { detect } from 'tinyld/light';
import { en } from './en.js';
import { fold } from './fold.js';
import { nl } from './nl.js';
import type { LanguagePack } from './types.js';

export { fold } from './fold.js';
export { literal } from './regex.js';
export type {
  AnswerKind,
  Dimension,
  LanguagePack,
  MeasureFigure,
  PartOfSpeech,
  Phrases,
  RelationFamily,
  TimePrecision,
} from './types.js';

/** The languages Bron answers in. A third is one more pack here. */
export const PACKS: readonly LanguagePack[] = [nl, en];
export type Lang = string;

const byCode = new Map(PACKS.map((p) => [p.code, p]));
const FALLBACK = en;

/** The pack for a language code; articles in a language without a pack are read with the English one. */
export function pack(code: string): LanguagePack {
  return byCode.get(code) ?? FALLBACK;
}

export function hasPack(code: string): boolean {
  return byCode.has(code);
}

/**
 * A pack's hints that no other pack has as a stop word: "was", "is" and "of" are English hints and Dutch words too, so
 * "Wie was Theodorus?" is Dutch by its "wie" alone (was a tie, and tinyld said English).
 */
const distinctHints = new Map(
  PACKS.map((p) => [p, new Set([...p.hints].filter((h) => !PACKS.some((o) => o !== p && o.stopwords.has(h))))]),
);

/** A name this short, with no function word of any pack, is asked in `prior`'s language (see detectLanguage). */
const PRIOR_WORDS = 3;

/**
 * The asker's language. Short questions defeat statistical detectors ("how many fans?"), so the packs' function
 * words decide first, then `prior` (the articles' language) for a name alone, and tinyld, restricted to the packs'
 * languages, breaks ties. Its light model (24 languages) costs 11 MB of memory against 49 MB for the normal one, and
 * the packs' languages are among its 24.
 */
export function detectLanguage(text: string, prior?: string): string {
  const tokens = fold(text).match(/[\p{L}']+/gu) ?? [];
  let best: LanguagePack | undefined;
  let bestHits = 0;
  let tie = false;
  for (const p of PACKS) {
    const hits = tokens.filter((t) => distinctHints.get(p)?.has(t)).length;
    if (hits > bestHits) [best, bestHits, tie] = [p, hits, false];
    else if (hits === bestHits && hits > 0) tie = true;
  }
  if (best && !tie) return best.code;
  // A name alone ("Jeanne Moreau?") says nothing of its language: the articles' language is the better guess. The
  // cheap tests first: passages are detected at index time with no prior, and need no second pass over their text.
  const named = () => (text.match(/[\p{L}']+/gu) ?? []).every((t) => /^\p{Lu}/u.test(t));
  if (prior && tokens.length <= PRIOR_WORDS && byCode.has(prior) && named()) return prior;
  const guess = detect(text, { only: PACKS.map((p) => p.code) });
  return byCode.has(guess) ? guess : FALLBACK.code;
}

/**
 * A spelling-independent key for a name, so the same person or place written by different languages' conventions
 * meets: Gorbatsjov/Gorbachev, Oezbekistan/Uzbekistan, Tsjaikovski/Tchaikovsky (after stemming). Every pack's
 * transliteration rules are applied (a name can come from either language), then letters that vary across
 * transliterations are merged and doubled letters made single.
 */
export function nameKey(folded: string): string {
  let k = folded.replace(/[^a-z]/g, '');
  for (const p of PACKS) for (const [from, to] of p.transliteration) k = k.split(from).join(to);
  return k
    .replace(/(?:iy|yi|ii|yy)/g, 'i')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/c(?=[aou])/g, 'k')
    .replace(/(.)\1+/g, '$1');
}
