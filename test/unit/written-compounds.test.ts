/** The articles' own Dutch compounds are split at index time: their parts are words the corpus statistics know. */
import { describe, expect, it } from 'vitest';
import { compoundParts, writtenCompoundStems } from '../../src/answer/compounds.js';
import { match } from '../../src/answer/evidence.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem } from '../../src/text/analyze.js';

describe('splitting the compounds the articles write', () => {
  it('splits an unknown compound of two dictionary words into its head and modifier', () => {
    expect(writtenCompoundStems('gedwongen woningontruiming', 'nl')).toEqual([stem('ontruiming', 'nl'), 'woning']);
  });

  it('leaves verbs with a particle, past tenses and words the lexicon knows whole alone', () => {
    for (const w of ['overleden', 'voorgesteld', 'introduceerde', 'natuurlijk', 'goederen'])
      expect(writtenCompoundStems(w, 'nl')).toEqual([]);
  });

  it('splits nothing in a language that writes its compounds apart', () => {
    expect(writtenCompoundStems('housingeviction', 'en')).toEqual([]);
  });

  it('makes the statistics know a part written only inside a compound', () => {
    const body = 'Onder bedreigende situatie wordt verstaan gedwongen woningontruiming.';
    const stats = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body }]);
    expect(stats.knows('woning')).toBe(true);
    expect(stats.knows(stem('ontruiming', 'nl'))).toBe(true);
  });
});

describe('no split at a derivational ending or through a linking letter', () => {
  const body =
    'Plechtig waren de heden. Het strafrecht en het lijk. Tegen de telling in. De rechts staat er, de staat en het recht.';
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body }]);

  it('reads no derivational ending as a head: "plechtigheden", "strafrechtelijk"', () => {
    expect(compoundParts('plechtigheden', 'nl', stats)).toEqual([]);
    expect(compoundParts('strafrechtelijk', 'nl', stats)).toEqual([]);
  });

  it('gives a linking letter to the head it opens a word with: "tegenstelling" is no "telling"', () => {
    expect(compoundParts('tegenstelling', 'nl', stats)).toEqual([]);
    expect(compoundParts('rechtsstaat', 'nl', stats)).toEqual([stem('staat', 'nl'), stem('recht', 'nl')]);
  });
});

describe('a head of three letters after a long word: "hondenren"', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'a', language: 'nl', body: 'De ren moet ruim zijn. De hond loopt er vrij.' },
  ]);

  it('counts the head the articles write, with the modifier they write', () => {
    expect(compoundParts('hondenren', 'nl', stats)).toEqual(['ren', stem('hond', 'nl')]);
  });

  it('not after a short modifier, nor where the articles never write the head', () => {
    expect(compoundParts('hondren', 'nl', stats)).toEqual([]);
    const none = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body: 'De hond loopt er vrij.' }]);
    expect(compoundParts('hondenren', 'nl', none)).toEqual([]);
  });
});

describe('a modifier of three letters before a long head: "busvervoer"', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'a', language: 'nl', body: 'Het vervoer per bus en tram is geregeld. De keer daarna ging het ver.' },
  ]);

  it('counts both parts the articles write', () => {
    expect(compoundParts('busvervoer', 'nl', stats)).toEqual([stem('vervoer', 'nl'), stem('bus', 'nl')]);
  });

  it('not a prefix that derives words, nor a stopword, nor a short head', () => {
    expect(compoundParts('verkeerde', 'nl', stats)).toEqual([]);
    expect(compoundParts('dievervoer', 'nl', stats)).toEqual([]);
    expect(compoundParts('bustram', 'nl', stats)).toEqual([]);
  });
});

describe('a question compound over its head alone needs a modifier that is a word', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'a', language: 'nl', body: 'De wedstrijd werd in Drachten gespeeld. De renners reden door de stad.' },
  ]);

  it('a word as written or a verb stem: "oefenwedstrijd", "wielrennen"', () => {
    expect(compoundParts('oefenwedstrijd', 'nl', stats)).toEqual([stem('wedstrijd', 'nl')]);
    expect(compoundParts('wielrennen', 'nl', stats)).toContain(stem('renner', 'nl'));
  });

  it('not one only through its stem: "taan" of "verstaan"', () => {
    expect(compoundParts('taanwedstrijd', 'nl', stats)).toEqual([]);
    expect(compoundParts('taanrennen', 'nl', stats)).toEqual([]);
  });
});

describe('an unwritten compound read through its parts', () => {
  const dutch = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body: 'De ren is ruim. De hond loopt er vrij.' }]);
  const q = analyse('Hoe groot is een hondenren?', dutch);
  const coverage = (text: string) => match(q, new Set(text.split(' ').map((w) => stem(w, 'nl'))), 'nl', true).coverage;

  it('says less through its modifier alone ("hond") than through its head ("ren")', () => {
    expect(coverage('de hond')).toBeGreaterThan(0);
    expect(coverage('de hond')).toBeLessThan(coverage('de ren'));
  });

  it('says no less through its head beside its modifier', () => {
    expect(coverage('de ren van de hond')).toBeGreaterThanOrEqual(coverage('de ren'));
  });
});
