/** "What does X say …" over an interview: X's answer turns are X's words, with or without a verb of saying. */
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { bySpeakers } from '../../src/answer/speech.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const TURN = 'Rye bread is the best bread for the winter, it keeps for a week.';
const SAID = 'Vos said she bakes every day.';
const body = [
  'Last week Wikinews met the baker Ann Vos in Leeds.',
  SAID,
  'What do you think of rye bread in the winter?',
  TURN,
].join('\n\n');
const articles = [
  { id: 'a', language: 'en', body, title: 'Wikinews interviews Ann Vos', outlet: 'Wikinews', date: '2025' },
] as Article[];
const { stats, ctx, passages } = answerContext(articles);

describe('an interviewee heard in an answer turn', () => {
  it('speaks the turn for a speech question, before a unit that only reports her speaking', () => {
    const q = analyse('What does Vos say about rye bread in the winter?', stats);
    const pool = bySpeakers(q, gather(q, passages, ctx), ctx);
    const at = (text: string) => pool.findIndex((c) => c.unit.text === text);
    expect(at(TURN)).toBeGreaterThanOrEqual(0);
    expect(at(TURN)).toBeLessThan(at(SAID));
  });
});
