import { describe, expect, it } from 'vitest';
import { nameNearCompound, nameRuns, namesOfClass } from '../../src/answer/classes.js';
import { analyse, type Group } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem } from '../../src/text/analyze.js';

/** A question's word as a group that matches its English stem only. */
const group = (word: string): Group => ({
  id: word,
  forms: new Map([['en', new Set([stem(word, 'en')])]]),
  soft: new Map(),
  weight: 1,
  name: false,
  known: true,
});

describe('a name of the class a "which N" question asks', () => {
  it('reads names as runs of capitalised words, or one word that opens no sentence', () => {
    expect(nameRuns('We met at Sandia View Academy. Then we left.')).toEqual([['sandia', 'view', 'academy']]);
    expect(nameRuns('She studied at the University of Michigan')).toEqual([['university', 'michigan']]);
    expect(nameRuns('Look at Turkey, who knocks.')).toEqual([['turkey']]);
    // A sentence's opening word is a name only with a capital within it.
    expect(nameRuns('Pointe-à-Pitre: with its suburbs, it is the capital.')).toEqual([['pointe-a-pitre']]);
    expect(nameRuns('Visitors come. Suburbs grow.')).toEqual([]);
    expect(nameRuns('Fork it (http://www.example.com/wiki:Right-to-Fork).')).toEqual([]);
  });

  it('finds a name headed by a narrower noun, a domain for a website, a country for a country', () => {
    const q = 'What school did they meet at?';
    expect(namesOfClass('we had met at Sandia View Academy, then left', 'en', group('school'), q)).toBe(true);
    expect(namesOfClass('We met back in high school.', 'en', group('school'), q)).toBe(false);
    const site = 'Which website is better?';
    expect(namesOfClass('other sites, notably podiobooks.com, are better', 'en', group('website'), site)).toBe(true);
    const land = 'Which country does he give as an example?';
    expect(namesOfClass('Look at Turkey, who is knocking.', 'en', group('country'), land)).toBe(true);
  });

  it('takes no lone heading or name the question gives as one of the class', () => {
    const q = 'Which anthropologist used the example?';
    expect(namesOfClass('What is Anthropology? It is a study.', 'en', group('anthropologist'), q)).toBe(false);
    expect(namesOfClass('He went to Turkey.', 'en', group('country'), 'Which country borders Turkey?')).toBe(false);
  });
});

describe('the class a Dutch "welk N" question asks, with the verb second', () => {
  const stats = CorpusStats.fromArticles([{ id: 'c', language: 'en', body: 'He died in a hospital in Paris.' }]);
  const asked = (q: string) => analyse(q, stats).classAsked?.id;

  it('is the noun a finite verb follows, irregular or a regular past', () => {
    expect(asked('In welk ziekenhuis overleed Galois?')).toBe('ziekenhuis');
    expect(asked('Aan welke universiteit promoveerde Fillmore?')).toBe('universiteit');
  });

  it('is no adjective before its noun, nor a noun in English', () => {
    expect(asked('Welke bekende componist zat in de jury?')).toBeUndefined();
    expect(asked('Which anthropologist used the example?')).toBeUndefined();
  });
});

describe('a name beside a Dutch compound that holds the asked word', () => {
  const formule: Group = { ...group('formule'), forms: new Map([['nl', new Set([stem('formule', 'nl')])]]) };
  const q = 'Naar welke formule worden de winkels omgebouwd?';

  it('is one of the class the compound speaks of', () => {
    const text = 'De acht Vroomformules worden omgebouwd tot een: Kalmar, maar dan nieuwe stijl.';
    expect(nameNearCompound(text, 'nl', formule, q)).toBe(true);
  });

  it('takes neither the compound itself, the bare word, a far name, nor a language writing words apart', () => {
    expect(nameNearCompound('Alle Vroomformules worden omgebouwd.', 'nl', formule, q)).toBe(false);
    expect(nameNearCompound('De formule van Kalmar wordt omgebouwd.', 'nl', formule, q)).toBe(false);
    const far = 'De acht Vroomformules worden volgend jaar in het hele land en daarbuiten omgebouwd tot Kalmar.';
    expect(nameNearCompound(far, 'nl', formule, q)).toBe(false);
    expect(nameNearCompound('The eight Vroomformules became Kalmar.', 'en', formule, q)).toBe(false);
  });
});
