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
