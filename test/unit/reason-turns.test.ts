/** "Why …?" over an interview: the answer to the interviewer's own "why" gives the reason, from its first sentence. */
import { describe, expect, it } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const OPENING = 'My grandmother baked rye bread in Riga and taught me every step of it.';
const LATER = 'Later on the customers in Leeds liked the rye bread because it keeps for a week.';
const body = [
  'Last week Wikinews met the baker Ann Vos in Leeds.',
  'Why did you choose rye bread for your bakery?',
  `${OPENING} ${LATER}`,
].join('\n\n');
const articles = [
  { id: 'a', language: 'en', body, title: 'Wikinews interviews Ann Vos', outlet: 'Wikinews', date: '2025' },
] as Article[];
const { stats, ctx, passages } = answerContext(articles);

describe('the answer to a why turn', () => {
  it('opens with the reason, before a "because" later in the turn', () => {
    const q = analyse('Why did Vos choose rye bread for her bakery?', stats);
    const pool = rankedUnits(q, passages, ctx);
    expect(pool[0]?.unit.text).toBe(OPENING);
    expect(pool[0]?.kind).toBe(true);
  });
});

const TURN = 'First of all they have cold kitchens, which is a problem.';
const SAYS = 'Vos says she often talks with them about their kitchens and their bread.';
const interview = [
  'Many people in Leeds dislike baking bread at home. Why do you think it is so?',
  `${TURN} ${SAYS}`,
].join('\n\n');
const heard = answerContext([
  { id: 'b', language: 'en', body: interview, title: 'Wikinews interviews Ann Vos', outlet: 'Wikinews', date: '2025' },
] as Article[]);

describe('a reason asked of an interviewee', () => {
  it('is the opening of her turn, though a later sentence has her speaking', () => {
    const q = analyse('Why do so many people dislike baking bread, according to Vos?', heard.stats);
    const pool = rankedUnits(q, heard.passages, heard.ctx);
    expect(pool[0]?.unit.text).toBe(TURN);
  });
});
