/** "Is huh a real word?": a unit that says the subject is (or is not) the asked noun answers first. */
import { describe, expect, it } from 'vitest';
import { yesNoPredicate } from '../../src/answer/after-verdict.js';
import { rankedUnits } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const SAYS = 'Huh may not be a typical real word, but it is a word.';
const NAMES = 'Listeners of many languages hear huh in informal conversation, a real word to them.';
const body = [NAMES, SAYS, 'The recordings of conversations were made in ten languages.'].join('\n\n');
const articles = [{ id: 'a', language: 'en', body, title: 'Huh', outlet: 'Journal', date: '2013' }] as Article[];
const { stats, ctx, passages } = answerContext(articles);
const QUESTION = 'Is huh a real word?';

describe('the predicate of a yes-no question', () => {
  it('is the noun after the indefinite article of a question opening with a copula', () => {
    expect(yesNoPredicate(analyse(QUESTION, stats))).toBe('word');
    expect(yesNoPredicate(analyse('Does huh sound odd?', stats))).toBeUndefined();
  });

  it('puts the unit that says the subject is it first', () => {
    const pool = rankedUnits(analyse(QUESTION, stats), passages, ctx);
    expect(pool[0]?.unit.text).toBe(SAYS);
  });
});
