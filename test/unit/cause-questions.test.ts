/** "What can cause X?" asks a cause as "what causes X" does, and "X results from Y" gives one. */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'en', body: 'A cake often collapses. Collapse results from opening the oven too early.' },
]);

describe('cause questions', () => {
  it('reads a cause asked with a modal as a reason', () => {
    expect(analyse('What can cause a cake to collapse?', stats).kind).toBe('reason');
    expect(analyse('What might cause the pitch to flood?', stats).kind).toBe('reason');
  });

  it('takes "results from", "stems from", "arose from" as giving a cause', () => {
    const q = analyse('What can cause a cake to collapse?', stats);
    for (const text of [
      'Collapse results from opening the oven too early.',
      'The trouble stems from a cold oven.',
      'The dispute arose from a late tackle.',
    ])
      expect(hasKind(text, q.kind, q, pack('en')), text).toBe(true);
    expect(hasKind('A cake often collapses.', q.kind, q, pack('en'))).toBe(false);
  });

  it('takes what an event began when, and what it caused, as giving a cause', () => {
    const q = analyse('What set off the panic at the fair?', stats);
    expect(q.kind).toBe('reason');
    for (const text of [
      'The panic began when a stall collapsed.',
      'The fire started when a candle fell over.',
      'A stall collapsed, causing a panic.',
      'The panic was triggered by a loud bang.',
    ])
      expect(hasKind(text, q.kind, q, pack('en')), text).toBe(true);
    expect(hasKind('The panic at the fair was the worst in years.', q.kind, q, pack('en'))).toBe(false);
  });
});
