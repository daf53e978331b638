/**
 * "What are the dungeon's biggest expenses?" over articles that write "big" but never "biggest": a regular
 * superlative is said by its adjective, so the word is known to the articles; an irregular one ("best") is not
 * read as its base ("good").
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const BODY =
  'The big costs of the club are the rent of the hall and the printing of posters.\n\n' +
  'Good players train twice a week in the old hall.';

describe('a superlative the articles never write', () => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: BODY }]);
  const group = (question: string, id: string) => analyse(question, stats).groups.find((g) => g.id === id);

  it('is known by its adjective', () => {
    const g = group('What are the biggest costs of the club?', 'biggest');
    expect(g?.known).toBe(true);
    expect([...(g?.forms.get('en') ?? [])]).toContain('big');
  });

  it('is not read as the base of an irregular superlative', () => {
    const g = group('Who are the best players of the club?', 'best');
    expect([...(g?.forms.get('en') ?? [])]).not.toContain('good');
  });
});
