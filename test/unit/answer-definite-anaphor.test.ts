/**
 * "The demand was advanced by the Municipality of Veldhaven. The city reasoned, …": a sentence that names no one and
 * opens with a definite noun that heads names ("the city", "de stad") speaks of whom the sentence before names, as one
 * opening with a pronoun does; a question naming Veldhaven is answered by its words.
 */
import { describe, expect, it } from 'vitest';
import { headsNames } from '../../src/answer/classes.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('a definite noun that stands for a name', () => {
  const engine = engineWith('bron-anaphor-', {
    levy: {
      title: 'Court backs levy on club pools',
      outlet: 'Coast News',
      date: '2021-05-04',
      language: 'en',
      body:
        'The supreme court upheld a demand that sports clubs pay property taxes on their pools.\n\n' +
        'The demand was advanced by the Municipality of Veldhaven in 2010.\n\n' +
        'The city reasoned, "because the members of the clubs pay a yearly subscription, this kind of activity ' +
        'is considered a business one".\n\n' +
        'The clubs said they would appeal to the European court.',
    },
    ferry: {
      title: 'Ferry timetable changes',
      outlet: 'Coast News',
      date: '2021-05-05',
      language: 'en',
      body: 'The harbour authority said the ferry will run twice a day from June, because more tourists come.',
    },
    museum: {
      title: 'Museum reopens',
      outlet: 'Coast News',
      date: '2021-05-06',
      language: 'en',
      body: 'The city museum reopened on Saturday after a renovation that took two years and cost four million.',
    },
  });

  it("answers a question naming the place with the city's words", async () => {
    await expectFirstQuotes(engine(), [
      ["Why did Veldhaven argue the clubs' activity counts as business?", /yearly subscription/],
    ]);
  });

  it('reads "de stad" so too, through its translation; not "the demand"', () => {
    expect(headsNames('city', 'en')).toBe(true);
    expect(headsNames('stad', 'nl')).toBe(true);
    expect(headsNames('demand', 'en')).toBe(false);
  });
});
