/** "What is the population of X?", "Wat is de oppervlakte van X?": a measure asked with "what is the" asks a figure. */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'en', body: 'The town of Marlow grew after the war. Its population is about 14,000.' },
  { id: 'b', language: 'nl', body: 'De provincie Drenthe ligt in het noorden. Ze heeft een oppervlakte van 2680 km².' },
]);

describe('measure nouns', () => {
  it('reads a measure asked with "what is the" as an amount, in both languages', () => {
    expect(analyse('What is the current population of Marlow?', stats).kind).toBe('amount');
    expect(analyse('What was the height of the tower?', stats).kind).toBe('amount');
    expect(analyse('Wat is de oppervlakte van de provincie Drenthe?', stats).kind).toBe('amount');
    // The noun must be what is asked: "the history of the area" asks no measure.
    expect(analyse('What is the history of the area around Marlow?', stats).kind).not.toBe('amount');
  });

  it('takes a figure, not a sentence without one nor a span of time, as the answer', () => {
    const q = analyse('What is the current population of Marlow?', stats);
    expect(hasKind('Its population is about 14,000.', q.kind, q, pack('en'))).toBe(true);
    expect(hasKind('The town of Marlow grew after the war.', q.kind, q, pack('en'))).toBe(false);
    expect(hasKind('The first people came to Marlow some 5,000 years ago.', q.kind, q, pack('en'))).toBe(false);
    const nl = analyse('Wat is de oppervlakte van de provincie Drenthe?', stats);
    expect(hasKind('Ze heeft een oppervlakte van 2680 km².', nl.kind, nl, pack('nl'))).toBe(true);
    expect(hasKind('De provincie Drenthe ligt in het noorden.', nl.kind, nl, pack('nl'))).toBe(false);
  });
});
