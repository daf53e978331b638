/** "Sinds wanneer heet X Y?": a unit with a year beside the asked names dates them; one with a year clauses away not. */
import { describe, expect, it } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { yearNearAsked } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const FAR =
  'Sinds februari 1987 zit zij in de gemeenteraad en zij is daarmee het langst zittende Groene-Partij-raadslid. ' +
  'Onder haar leiding groeide de Groene Bond uit tot de grootste fractie van de Groene Partij.';
const NEAR =
  'Mila Verhoef is actief binnen de Groene Bond (sedert 3 maart 1999 Groene Partij), toen zij opvolger werd.';
const body = [FAR, NEAR].join('\n\n');
const articles = [{ id: 'a', language: 'nl', body, title: 'Verhoef', outlet: 'Wiki', date: '2025' }] as Article[];
const { stats, ctx, passages } = answerContext(articles);
const QUESTION = 'Sinds wanneer heet de Groene Bond Groene Partij?';

describe('a year beside the asked words', () => {
  it('is found within a few words of them, not clauses away', () => {
    const q = analyse(QUESTION, stats);
    expect(yearNearAsked(NEAR, 'nl', q)).toBe(true);
    expect(yearNearAsked(FAR, 'nl', q)).toBe(false);
  });
  it('puts the unit that dates the asked first', () => {
    const pool = rankedUnits(analyse(QUESTION, stats), passages, ctx);
    expect(pool[0]?.unit.text).toContain('3 maart 1999');
  });
});
