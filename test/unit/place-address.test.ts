/** "Where's the X station in Y?": a street address says where, and a unit naming X gives X's place, not another's. */
import { describe, expect, it } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import { answerContext } from '../support/answer-context.js';

const CITY = 'The city buses serve Harlow, Marden and Bexford. The central station is at 12 N. Elm (downtown).';
const COACH = 'Silverline Coaches +1555123-4567, 418 S Ferris Ave. (downtown).';
const body = [`${CITY} They do not run often.`, 'Getting there by coach', COACH].join('\n\n');
const articles = [{ id: 'a', language: 'en', body, title: 'Harlow', outlet: 'Guide', date: '2025' }] as Article[];
const { stats, ctx, passages } = answerContext(articles);

describe('a street address', () => {
  it('gives a place without a preposition before it', () => {
    const q = analyse('Where is the Silverline station in Harlow?', stats);
    expect(hasKind(COACH, q.kind, q, pack('en'))).toBe(true);
    expect(hasKind('Silverline Coaches +1555123-4567 (downtown).', q.kind, q, pack('en'))).toBe(false);
    const nl = analyse('Waar is het kantoor van Silverline?', stats);
    expect(hasKind('Silverline, Kalverstraat 12, open op maandag.', nl.kind, nl, pack('nl'))).toBe(true);
  });

  it('of the name asked answers before a place of something else the question does not name', () => {
    const q = analyse("Where's the Silverline station in Harlow?", stats);
    const pool = rankedUnits(q, passages, ctx);
    expect(pool[0]?.unit.text).toBe(COACH);
  });
});
