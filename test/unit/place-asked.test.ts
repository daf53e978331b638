/** "Op welk kerkhof …?": a noun for a place or a building after "which" asks for a place, as "where" does. */
import { describe, expect, it } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const PLACE = 'Op 2 juni werd de dichter begraven in een gewoon graf op het kerkhof van Montparnasse in Parijs.';
const NONE = 'Over het kerkhof waar de dichter werd begraven, schreven zijn vrienden later lange en droevige brieven.';
const body = [NONE, PLACE, 'De theorie van de dichter werd pas na zijn dood begrepen.'].join('\n\n');
const articles = [{ id: 'a', language: 'nl', body, title: 'Dichter', outlet: 'Krant', date: '2025' }] as Article[];
const { stats, ctx, passages } = answerContext(articles);
const QUESTION = 'Op welk kerkhof werd de dichter begraven?';

describe('a noun for a place after which', () => {
  it('asks for a place, a noun for other things not', () => {
    expect(analyse(QUESTION, stats).kind).toBe('place');
    expect(analyse('In which hospital did the poet die?', stats).kind).toBe('place');
    expect(analyse('Welke theorie werd pas later begrepen?', stats).kind).not.toBe('place');
    expect(analyse("Which hospital's doctors saw the poet?", stats).kind).not.toBe('place');
  });

  it('leaves a kind another word gives', () => {
    expect(analyse('In welk jaar werd de dichter op het kerkhof begraven?', stats).kind).toBe('time');
  });

  it('puts the unit that names the place first', () => {
    const pool = rankedUnits(analyse(QUESTION, stats), passages, ctx);
    expect(pool[0]?.unit.text).toBe(PLACE);
  });
});
