/** "Which X with no Y …?": a unit that says "zero Y" or "no Y" says what the question denies, and answers first. */
import { describe, expect, it } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { noneAsked } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const NONE = 'There are islands with zero rivers that hold fresh water: coral atolls.';
const BEST = 'The islands that hold fresh water for villages are the high volcanic ones, whose rivers run all year.';
const body = [`${BEST} Rain fills their lakes.`, NONE].join('\n\n');
const articles = [{ id: 'a', language: 'en', body, title: 'Islands', outlet: 'Guide', date: '2025' }] as Article[];
const { stats, ctx, passages } = answerContext(articles);
const QUESTION = 'Which islands with no rivers hold fresh water for villages?';

describe('a none the question asks', () => {
  it('is the noun right after its word for none, not the verb after that', () => {
    expect(noneAsked(analyse(QUESTION, stats)).map((g) => g.id)).toEqual(['rivers']);
    expect(noneAsked(analyse('Which islands hold fresh water?', stats))).toEqual([]);
  });

  it('puts the unit that says none of it first', () => {
    const pool = rankedUnits(analyse(QUESTION, stats), passages, ctx);
    expect(pool[0]?.unit.text).toBe(NONE);
  });
});
