/**
 * "Welke gegevens kan de burgemeester vragen?": a unit that ends in a colon announces the list that answers (quoted
 * with it), and answers first when nearly as good as the best and saying as much of the question.
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { preferred, rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const BODY = [
  '1. Wie een betoging houdt, doet daarvan tijdig schriftelijk kennisgeving aan de burgemeester.',
  '2. De kennisgeving wordt door de burgemeester bevestigd; de burgemeester zendt een bewijs van ontvangst.',
  '3. Bij de kennisgeving kan de burgemeester een opgave verlangen van:',
  'a. naam en adres van degene die de betoging houdt;',
  'b. het doel van de betoging.',
].join('\n\n');
const article = { id: 'wet', language: 'nl', body: BODY, title: 'Wet betogingen', outlet: 'Wet', date: '2024' };
const { stats, ctx } = answerContext([article as Article]);
const metadata = { articleId: 'wet', start: 0, end: BODY.length, seq: 0 };
const retrieved = [{ key: 'wet:0', doc: new Document({ pageContent: BODY, metadata }), score: 1 }];

describe('a list asked for', () => {
  it('is answered first by the unit that announces it, though another scores a little better', () => {
    const q = analyse('Welke gegevens kan de burgemeester vragen bij de kennisgeving?', stats);
    const pool = rank(q, retrieved, ctx).pool;
    const colon = pool.find((c) => /verlangen van:$/.test(c.unit.text))!;
    const best = pool.find((c) => !/:$/.test(c.unit.text))!;
    // The ranker's order as when the colon's unit scores below another.
    const lowered = pool
      .map((c) => (c.unit.text.endsWith(':') ? { ...c, score: best.score * 0.7 } : c))
      .sort((a, b) => b.score - a.score);
    expect(lowered[0]!.unit.text.endsWith(':')).toBe(false);
    expect(preferred(q, lowered, ctx)[0]!.unit.text).toMatch(/verlangen van:$/);
    expect(colon).toBeDefined();
  });
});
