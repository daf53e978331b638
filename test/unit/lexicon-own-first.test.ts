/**
 * FreeDict lists the English words giving a Dutch word in key order ("maken": create, develop, fabricate, fare):
 * Dutch→English gives the fourth place to a word whose entry gives only the Dutch word's forms ("make"); the first
 * three stay, and with them an English word's round trip through Dutch.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/lang/lexicon.js';

describe('an English word that gives only one Dutch word', () => {
  const lexicon = new Lexicon(
    new Map([
      ['affair', ['zaak', 'ding']],
      ['case', ['ding', 'geval']],
      ['create', ['scheppen', 'maken']],
      ['develop', ['maken', 'ontwikkelen']],
      ['fabricate', ['fabriceren', 'maken']],
      ['fare', ['maken', 'gesteld zijn']],
      ['fix', ['maken', 'herstellen']],
      ['make', ['maken', 'maakt']],
      ['stuff', ['ding', 'spullen']],
      ['thing', ['ding']],
    ]),
    new Map(),
  );

  it('reads "maken" as make', () => {
    expect(lexicon.translateTerm('maken', 'nl', 'en')).toContain('make');
    expect(lexicon.translateTerm('maken', 'nl', 'en').slice(0, 3)).toEqual(['create', 'develop', 'fabricate']);
  });

  it("keeps an English word's round trip", () => {
    expect(lexicon.synonyms('stuff', 'en')).toContain('affair');
  });
});
