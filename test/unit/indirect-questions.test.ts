/**
 * A question word after "what determines" opens an indirect question, and "when is X considered Y" asks a condition:
 * neither asks the amount or the time its question word would ask alone.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body: 'The dough rises when it is warm. A player is offside if he is behind the defence.',
  },
]);
const kind = (q: string) => analyse(q, stats).kind;

describe('indirect questions and conditions', () => {
  it('reads "what determines how much" as no amount, "when is X considered Y" as no time', () => {
    expect(kind('What determines how much the dough rises?')).toBe('other');
    expect(kind('What affects how long the bread bakes?')).toBe('other');
    expect(kind('When is a player considered offside?')).toBe('other');
    expect(kind('When are two teams regarded as equal?')).toBe('other');
  });

  it('leaves the plain questions their kind', () => {
    expect(kind('How much does the dough rise?')).toBe('amount');
    expect(kind('When was the player sent off?')).toBe('time');
  });
});
