/** An interviewee's rhetorical question inside an answer turn states what it asks about; it is no turn of its own. */
import { describe, expect, it } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const RHETORICAL =
  'The minute the fields were replaced by machines as the main source of income, what was left to fight about?';
const STATEMENT = 'For centuries the farmers fought over their fields, because that was the main source of income.';
const paragraph = `${STATEMENT} ${RHETORICAL} The villages grew quiet.`;
const interview = ['Wikinews spoke with the historian Ann Vos.', 'What changed in the villages?', paragraph].join(
  '\n\n',
);
const news = ['The historian Ann Vos wrote a book.', paragraph].join('\n\n');
const article = (id: string, body: string) =>
  ({ id, language: 'en', body, title: 'Ann Vos', outlet: 'Wikinews', date: '2025' }) as Article;
const QUESTION = 'According to Vos, what replaced the fields as the main source of income?';

function order(body: string): string[] {
  const { stats, ctx, passages } = answerContext([article('a', body)]);
  return rankedUnits(analyse(QUESTION, stats), passages, ctx).map((c) => c.unit.text);
}

describe('a question inside an answer turn', () => {
  it('is ranked as a statement in an interview', () => {
    expect(order(interview)[0]?.startsWith(RHETORICAL)).toBe(true);
  });

  it('goes behind the statements in an article that is no interview', () => {
    expect(order(news)[0]?.startsWith(RHETORICAL)).toBe(false);
  });
});

describe('a question mark inside a sentence', () => {
  it('before a lower-case word asks nothing: the word is written with it', () => {
    const named =
      'In her book the interjection Huh? stands for machines, which replaced the fields as the main source.';
    const body = ['The historian Ann Vos wrote a book.', `${STATEMENT} ${named} The villages grew quiet.`].join('\n\n');
    expect(order(body)[0]).toContain('Huh? stands');
  });
});
