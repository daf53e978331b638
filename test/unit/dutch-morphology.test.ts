import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/lang/lexicon.js';

/** A small hand-made English→Dutch lexicon: the Dutch side is what the Dutch→English lookup reverses. */
const lexicon = new Lexicon(
  new Map<string, readonly string[]>([
    ['flee', ['vluchten']],
    ['flight', ['vlucht']],
    ['dwell', ['huizen']],
    ['house', ['huis']],
    ['come', ['komen']],
    ['bowl', ['kom']],
    ['unit', ['eenheid']],
    ['track', ['baan']],
    ['landing', ['landing']],
    ['weapon', ['wapen']],
    ['core', ['kern']],
    ['building', ['gebouw']],
    ['opera', ['opera']],
    ['evolution', ['evolutie']],
    ['appearance', ['air']],
    ['roman', ['romein']],
    ['acquaintance', ['bekende']],
    ['known', ['bekend']],
    ['adult', ['grote']],
    ['big', ['groot']],
    ['festival', ['feest']],
    ['lantern', ['lantaarn']],
    ['tree', ['boom']],
    ['blood', ['bloed']],
    ['dragon', ['draak']],
    ['turn', ['draaien']],
  ]),
  new Map(),
);

describe('Dutch morphology in the Dutch→English lookup', () => {
  it('gives a plural the lexicon knows as a verb its singular noun too: "vluchten" is flee and flight', () => {
    expect(lexicon.dutchToEnglish('vluchten')).toEqual(['flee', 'flight']);
    expect(lexicon.dutchToEnglish('huizen')).toEqual(['dwell', 'house']);
    // An irregular verb's infinitive is no plural: "komen" is not "kom" (bowl).
    expect(lexicon.dutchToEnglish('komen')).toEqual(['come']);
    // A name is looked up as written only.
    expect(lexicon.dutchToEnglish('vluchten', true)).toEqual(['flee']);
  });

  it('gives a word the lexicon knows that is also an inflected adjective the adjective too: "bekende" is known', () => {
    expect(lexicon.dutchToEnglish('bekende')).toEqual(['acquaintance', 'known']);
    // "grote" of "groot": the open syllable's vowel is written twice in the base form.
    expect(lexicon.dutchToEnglish('grote')).toEqual(['adult', 'big']);
    expect(lexicon.dutchToEnglish('bekende', true)).toEqual(['acquaintance']);
  });

  it('reads a capitalised plural, looked up as written, as its singular too: "Romeinen" are Romans', () => {
    expect(lexicon.dutchToEnglish('romeinen', true)).toEqual(['roman']);
  });

  it('reads a plural in "-heden" as its singular in "-heid"', () => {
    expect(lexicon.dutchToEnglish('eenheden')).toEqual(['unit']);
  });

  it("translates a compound nothing knows by its head, then its modifier's first sense", () => {
    expect(lexicon.dutchToEnglish('landingsbaan')).toEqual(['track', 'landing']);
    expect(lexicon.dutchToEnglish('kernwapens')).toEqual(['weapon', 'core']);
    // A modifier written as the English word is a loan.
    expect(lexicon.dutchToEnglish('operagebouw')).toEqual(['building', 'opera']);
  });

  it('reads a compound whose head English writes the same as that word: "lantaarnfestival"', () => {
    expect(lexicon.dutchToEnglish('lantaarnfestival')).toEqual(['festival', 'lantern']);
    // Unknown on both sides, a tail is no head.
    expect(lexicon.dutchToEnglish('lantaarnfoobar')).toEqual([]);
  });

  it('reads a modifier that is a compound itself through its parts: "drakenbloedboom"', () => {
    expect(lexicon.dutchToEnglish('drakenbloedboom')).toEqual(['tree', 'blood', 'dragon']);
  });

  it('reads a present participle as its infinitive: "draaiende", "draaiend"', () => {
    expect(lexicon.dutchToEnglish('draaiende')).toEqual(['turn']);
    expect(lexicon.dutchToEnglish('draaiend')).toEqual(['turn']);
  });

  it('splits no word whose tail is an inflection, nor one to be read whole or as a name', () => {
    // "evolutionaire" ends in an adjective's "-e": "aire" is no noun "air".
    expect(lexicon.dutchToEnglish('evolutionaire')).toEqual([]);
    expect(lexicon.translateTerm('kernwapens', 'nl', 'en', { split: false })).toEqual([]);
    expect(lexicon.dutchToEnglish('kernwapens', true)).toEqual([]);
    // A split is no proof of spelling: a compound is a dictionary word only if the lexicon knows it whole.
    expect(lexicon.isDictionaryWord('kernwapens', 'nl')).toBe(false);
  });
});
