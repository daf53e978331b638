/** "When did X marry?": the date or place of another event of the person tells no marriage; a unit that says one does. */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const PENWICK = [
  'Harold Penwick (3 May 1820 – 9 June 1881) was an English chemist who worked on dyes in Manchester.',
  'In 1852 Harold Penwick moved to Leeds, where he opened a laboratory.',
].join('\n\n');
const CLARE = [
  'Edith Clare (1822 – 1890) was an English painter of harbours.',
  'Edith Clare married in Scarborough in 1849; her husband was the shipowner Thomas Ward.',
].join('\n\n');
const articles = [
  { id: 'penwick', language: 'en', body: PENWICK, title: 'Harold Penwick', outlet: 'Encyclopedia', date: '2024' },
  { id: 'clare', language: 'en', body: CLARE, title: 'Edith Clare', outlet: 'Encyclopedia', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);
const said = (question: string, id: string, body: string) => rank(analyse(question, stats), whole(id, body), ctx).said;

describe('a marriage asked', () => {
  it('is not told by the date or place of a birth or a move', () => {
    expect(said('When did Harold Penwick marry?', 'penwick', PENWICK)).toBe(false);
    expect(said('Where did Harold Penwick get married?', 'penwick', PENWICK)).toBe(false);
    expect(said('Wanneer trouwde Harold Penwick?', 'penwick', PENWICK)).toBe(false);
  });

  it('is told by a unit that says it of the person, in either language', () => {
    expect(said('When did Edith Clare marry?', 'clare', CLARE)).toBe(true);
    expect(said('Where did Edith Clare marry?', 'clare', CLARE)).toBe(true);
    expect(said('Wanneer trouwde Edith Clare?', 'clare', CLARE)).toBe(true);
  });

  it('asks that the place stand beside the marriage, not in a clause of another event', () => {
    const body = 'Harold Penwick married in 1850, and two years later the family moved to the town of Leeds.';
    const own = answerContext([{ ...articles[0]!, body } as Article]);
    const told = (question: string) => rank(analyse(question, own.stats), whole('penwick', body), own.ctx).said;
    expect(told('When did Harold Penwick marry?')).toBe(true);
    expect(told('Where did Harold Penwick marry?')).toBe(false);
  });

  it('leaves a question of another event alone, a proposal too', () => {
    expect(said('When did Harold Penwick move to Leeds?', 'penwick', PENWICK)).toBe(true);
    expect(said('Where did Harold Penwick ask his wife to marry him?', 'penwick', PENWICK)).toBe(true);
    expect(said('Waar vroeg Harold Penwick zijn vrouw ten huwelijk?', 'penwick', PENWICK)).toBe(true);
  });
});
