/**
 * "Wie is de vrouw van Pieter Claes?" over articles that write "Onze-Lieve-Vrouw" with a capital: a word for a relation
 * between people, asked in lower case, stays the relation asked, not a name, so a unit must say it.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const CLAES = [
  'Pieter Claes (Gent, 1890 - Brugge, 1951) was een Vlaams architect.',
  'Pieter Claes bouwde kerken in Hove en in Lier.',
].join('\n\n');
const KERK = [
  'De Onze-Lieve-Vrouwekerk van Hove en de kapel Onze-Lieve-Vrouw ten Bos zijn van zijn hand.',
  'De Onze-Lieve-Vrouw van Hove trekt elk jaar pelgrims.',
].join('\n\n');
const articles = [
  { id: 'claes', language: 'nl', body: CLAES, title: 'Pieter Claes', outlet: 'Encyclopedie', date: '2024' },
  { id: 'kerk', language: 'nl', body: KERK, title: 'Kerken van Hove', outlet: 'Encyclopedie', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);

describe('a word for a relation asked in lower case', () => {
  it('is no name for the articles writing it with a capital', () => {
    const q = analyse('Wie is de vrouw van Pieter Claes?', stats);
    expect(q.groups.find((g) => g.id === 'vrouw')?.name).toBe(false);
    expect(q.relation?.id).toBe('vrouw');
    expect(rank(q, whole('claes', CLAES), ctx).said).toBe(false);
  });
});
