/** "At what age …?": "at a later age", "op jonge leeftijd" give an age against another's, as a number would. */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'nl', body: 'De kinderen leren de taal. Het leren is op latere leeftijd voltooid.' },
  { id: 'b', language: 'en', body: 'The children learn the language. Learning is completed at a later age.' },
]);

describe('an age said against another', () => {
  it('answers an English age question', () => {
    const q = analyse('At what age do the children learn the language?', stats);
    expect(q.kind).toBe('age');
    expect(hasKind('Learning is completed at a later age in this language.', q.kind, q, pack('en'))).toBe(true);
    expect(hasKind('They learn at an early age.', q.kind, q, pack('en'))).toBe(true);
    expect(hasKind('Learning is completed in this language.', q.kind, q, pack('en'))).toBe(false);
  });

  it('answers a Dutch age question', () => {
    const q = analyse('Op welke leeftijd leren de kinderen de taal?', stats);
    expect(q.kind).toBe('age');
    expect(hasKind('Het leren is op latere leeftijd voltooid.', q.kind, q, pack('nl'))).toBe(true);
    expect(hasKind('Het leren is voltooid.', q.kind, q, pack('nl'))).toBe(false);
  });
});
