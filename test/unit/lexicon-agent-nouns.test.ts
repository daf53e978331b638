/**
 * A Dutch agent noun is its verb and "-er" ("verdedigen" → "verdediger"), and so is the English one ("defend" →
 * "defender"): when the lexicon gives the noun only a rare sense, the verb's translation gives the common one.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/lang/lexicon.js';

describe('Dutch agent nouns', () => {
  const lexicon = new Lexicon(
    new Map([
      ['defend', ['verdedigen']],
      ['advocate', ['verdediger']],
      ['bake', ['bakken']],
    ]),
    new Map(),
    new Set(),
    { en: new Map([['defender', ['beschermer']]]), nl: new Map() },
  );

  it('adds the English agent noun of the verb when the lexicon knows it as a word', () => {
    expect(lexicon.translateTerm('verdedigers', 'nl', 'en')).toEqual(['advocate', 'defender']);
  });

  it('adds no English word the lexicon does not know', () => {
    expect(lexicon.translateTerm('bakker', 'nl', 'en')).toEqual([]);
  });
});
