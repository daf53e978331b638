/** "Welk land" asks a place as "welke stad" does: Dutch drops the "-e" before a neuter noun. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'nl',
    body: 'Het jeugdteam is op het toernooi onder 20 jaar uitgeschakeld. Het verloor in Rosario van Ghana.',
  },
]);
const kind = (q: string) => analyse(q, stats).kind;

describe('a country asked with "welk land"', () => {
  it('reads "welk land" as a place, even with a figure in the question', () => {
    expect(kind('Tegen welk land werd het jeugdteam uitgeschakeld op het toernooi onder 20 jaar?')).toBe('place');
    expect(kind('Welk land won het toernooi?')).toBe('place');
  });

  it('leaves "welke landen" a place and "in welk jaar" a time', () => {
    expect(kind('Welke landen deden mee?')).toBe('place');
    expect(kind('In welk jaar werd het toernooi gespeeld?')).toBe('time');
  });
});
