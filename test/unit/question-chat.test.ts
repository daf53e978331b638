import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

/** How a chat question's loose wording is read: nothing here is about any eval corpus. */
const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body: 'The town grew after the flood. The firm held 40 percent of the market, down from 3 markets in 2009.',
  },
]);

describe('reading a chat question', () => {
  it('drops hedges, the halves of a negated auxiliary and "how come"', () => {
    const q = analyse("How come the town actually grew, wasn't the flood basically a disaster?", stats);
    expect(q.kind).toBe('reason');
    expect(q.groups.map((g) => g.id)).toEqual(['town', 'grew', 'flood', 'disaster']);
  });

  it('reads "how much of the market" as asking a share, not counting markets', () => {
    const q = analyse('How much of the market does the firm have now?', stats);
    expect(q.kind).toBe('amount');
    expect(q.counted).toEqual([]);
    expect(q.shape).toBe('share');
  });
});
