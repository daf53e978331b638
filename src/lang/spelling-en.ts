import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * British spellings and their American ones ("colour" → "color", "organised" → "organized", "anaemia" → "anemia"),
 * from american-british-english-translator's word list (MIT). Articles, questions and the lexicon mix both; English
 * words are stemmed in their American spelling so that "organisers" meets "organize".
 */
let american: ReadonlyMap<string, string> | undefined;

export function americanSpelling(word: string): string {
  if (!american) {
    const path = createRequire(import.meta.url).resolve(
      'american-british-english-translator/data/british_spellings.json',
    );
    american = new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
  }
  return american.get(word) ?? word;
}
