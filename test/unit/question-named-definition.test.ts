import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

/** "What is X" where X is a name with a preposition in it: nothing here is about any eval corpus. */
const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'nl',
    body: 'De Bode van Lindby is een krant. De hoofdstad van Lindby is Oosterwal. De Bode van Lindby verschijnt dagelijks.',
  },
  {
    id: 'b',
    language: 'en',
    body: 'The Herald of Lindby is a newspaper. The capital of Lindby is Eastwall. The Herald of Lindby appears daily.',
  },
]);

describe('a definition question about a name with a preposition in it', () => {
  it('asks what the named thing is', () => {
    expect(analyse('Wat is de Bode van Lindby?', stats).kind).toBe('definition');
    expect(analyse('What is the Herald of Lindby?', stats).kind).toBe('definition');
  });

  it('not when the noun before the preposition is no name: that asks an attribute', () => {
    expect(analyse('Wat is de hoofdstad van Lindby?', stats).kind).not.toBe('definition');
    expect(analyse('What is the capital of Lindby?', stats).kind).not.toBe('definition');
  });
});
