/**
 * An English noun in "-ing" is also its verb's Dutch verbs: "cooling" is "bekoeling" in the dictionary, while a Dutch
 * compound of the verbal noun ("afkoelingsperiode") holds the stem of the verb "afkoelen".
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/lang/lexicon.js';

describe('English verbal nouns', () => {
  const lexicon = new Lexicon(
    new Map([
      ['cool', ['koel', 'afkoelen', 'bekoelen', 'verkoelen']],
      ['cooling', ['bekoeling']],
      ['building', ['gebouw']],
      ['build', ['bouw', 'bouwen']],
      ['sing', ['zingen']],
    ]),
    new Map(),
  );
  const dutch = (w: string) => lexicon.translateTerm(w, 'en', 'nl');

  it('adds the verb\'s Dutch verbs after the noun\'s own words: "cooling" is "afkoelen" too', () => {
    expect(dutch('cooling')).toEqual(['bekoeling', 'afkoelen', 'bekoelen']);
  });

  it('adds no noun or adjective of the verb: "building" is "bouwen", not "bouw"', () => {
    expect(dutch('building')).toEqual(['gebouw', 'bouwen']);
  });

  it('leaves a word that only ends in "ing" alone: "sing" is "zingen"', () => {
    expect(dutch('sing')).toEqual(['zingen']);
  });
});
