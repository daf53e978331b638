/** "Waar werd X geboren?": a life span that names only the place of death names no birthplace. */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const SMIT = [
  'Jan Smit (1920 - Den Haag, 1 juni 1999) was een Nederlands advocaat en politicus.',
  'Smit studeerde rechten in Leiden.',
].join('\n\n');
const articles = [{ id: 'smit', language: 'nl', body: SMIT, title: 'Jan Smit', outlet: 'Encyclopedie', date: '2024' }];
const { stats, ctx } = answerContext(articles as Article[]);
const said = (question: string) => rank(analyse(question, stats), whole('smit', SMIT), ctx).said;

describe('a place of birth or death asked over a life span', () => {
  it('is the place after the dash for a death, not for a birth', () => {
    expect(said('Waar overleed Jan Smit?')).toBe(true);
    expect(said('Waar werd Jan Smit geboren?')).toBe(false);
  });
});
