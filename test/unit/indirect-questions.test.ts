/**
 * A question word after "what determines" opens an indirect question, which asks a cause, and "when is X considered
 * Y" asks a condition: neither asks the amount or the time its question word would ask alone.
 */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body: 'The dough rises when it is warm. A player is offside if he is behind the defence.',
  },
]);
const kind = (q: string) => analyse(q, stats).kind;

describe('indirect questions and conditions', () => {
  it('reads "what determines how much" as a cause, "when is X considered Y" as no time', () => {
    expect(kind('What determines how much the dough rises?')).toBe('reason');
    expect(kind('What affects how long the bread bakes?')).toBe('reason');
    expect(kind('When is a player considered offside?')).toBe('other');
    expect(kind('When are two teams regarded as equal?')).toBe('other');
  });

  it('leaves the plain questions their kind', () => {
    expect(kind('How much does the dough rise?')).toBe('amount');
    expect(kind('When was the player sent off?')).toBe('time');
  });

  it('takes what a thing depends on as what determines it', () => {
    const q = analyse('What determines how much the dough rises?', stats);
    const gives = (text: string) => hasKind(text, q.kind, q, pack('en'));
    expect(gives('How much the dough rises depends on the yeast.')).toBe(true);
    expect(gives('The rise is determined by the warmth of the kitchen.')).toBe(true);
    expect(gives('The dough rises a lot.')).toBe(false);
  });
});
