import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

/** A Dutch plural in "'s" ("pagina's", "foto's") counts things, as "bladzijden" does; the word alone is no plural. */
describe("a count of a plural in 's", () => {
  const stats = CorpusStats.fromArticles([
    {
      id: 't',
      language: 'nl',
      body: "De eerste krant telde 4 bladzijden en 12 foto's. Er stond veel water in de kelder.",
    },
  ]);

  it('asks how many for "hoeveel pagina\'s", not how much', () => {
    expect(analyse("Hoeveel pagina's telde de eerste krant?", stats).kind).toBe('count');
    expect(analyse("Hoeveel foto's stonden in de krant?", stats).kind).toBe('count');
  });

  it('still asks how much of a singular noun', () => {
    expect(analyse('Hoeveel water stond er in de kelder?', stats).kind).toBe('amount');
  });
});
