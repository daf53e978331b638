import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { fold } from '../../src/text/analyze.js';

/** A reader types a stroked letter as its plain one: "Łódź" is asked as "lodz", "Øresund" as "oresund". */
describe('folding stroked letters', () => {
  it('folds the letters no decomposition takes the stroke off', () => {
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Øresund Đakovo')).toBe('oresund dakovo');
  });

  it('finds a name the question types without its stroke', () => {
    const stats = CorpusStats.fromArticles([
      { id: 'a', language: 'en', body: 'Łódź (pronounced: Wootch) is a large city in central Poland.' },
    ]);
    expect(analyse('how do you pronounce Lodz', stats).strangers).toEqual([]);
  });
});

describe('folding plain ASCII', () => {
  it('lowers its case and makes a backtick an apostrophe, as with any other text', () => {
    expect(fold('The U.S. Army')).toBe('the u.s. army');
    expect(fold('It`s OK')).toBe("it's ok");
    expect(fold('Café `x`')).toBe("cafe 'x'");
  });
});
