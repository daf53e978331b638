/**
 * An English verb is also the Dutch nouns of its event: "win" meets "overwinning" (its noun "win", victory), "pay"
 * "betaling" (its noun "payment"), after the verb's own words; not an agent's noun, not a light verb's.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/lang/lexicon.js';

describe('English verbs and the Dutch nouns of their event', () => {
  const lexicon = new Lexicon(
    new Map([
      ['win', ['winnen', 'gewonnen']],
      ['pay', ['betalen']],
      ['payment', ['betaling', 'loon', 'afbetaling']],
      ['payer', ['uitbetaling']],
      ['appoint', ['benoemen']],
      ['appointment', ['benoeming', 'afspraak']],
      ['make', ['maken']],
      ['making', ['vervaardiging']],
    ]),
    new Map(),
    new Set(),
    {
      en: new Map([
        ['win', ['overwinning']],
        ['make', ['merk']],
      ]),
      nl: new Map(),
      derivations: new Map([
        ['win:v', ['winner']],
        ['winner:n', ['win']],
        ['pay:v', ['payment', 'payer']],
        ['payment:n', ['pay']],
        ['payer:n', ['pay']],
        ['make:v', ['making']],
        ['making:n', ['make']],
      ]),
      persons: new Map([
        ['winner', ['person']],
        ['payer', ['person']],
      ]),
    },
  );
  const dutch = (w: string) => lexicon.translateTerm(w, 'en', 'nl');

  it('adds the noun of the verb\'s own event after its words: "win" is "overwinning" too', () => {
    expect(dutch('win')).toEqual(['winnen', 'gewonnen', 'overwinning']);
    expect(dutch('wins')).toEqual(['winnen', 'gewonnen', 'overwinning']);
  });

  it('adds the event nouns of a derived noun\'s first two words, not an agent\'s: "pay" is "betaling"', () => {
    expect(dutch('paid')).toEqual(['betalen', 'betaling']);
  });

  it('reads a regular noun in "-ment" the table leaves to the stemmer: "appoint" is "benoeming"', () => {
    expect(dutch('appointed')).toEqual(['benoemen', 'benoeming']);
  });

  it('leaves a light verb and the nouns alone: "make", "payment"', () => {
    expect(dutch('make')).toEqual(['maken']);
    expect(dutch('payment')).toEqual(['betaling', 'loon', 'afbetaling']);
  });
});
