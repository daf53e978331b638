/**
 * "Wie mag regels stellen over hoe lang de klokken luiden?" asks who: the question word that opens a question decides
 * its kind, not a degree ("hoe lang", "how many") asked in a clause it governs.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'nl', body: 'De gemeenteraad stelt regels over het luiden van de klokken.' },
  { id: 'b', language: 'en', body: 'The council decides how long the bells ring.' },
]);
const kind = (q: string) => analyse(q, stats).kind;

describe('the opening question word', () => {
  it('decides the kind over a degree asked inside', () => {
    expect(kind('Wie mag regels stellen over hoe lang en hoe hard de klokken luiden?')).toBe('person');
    expect(kind('Who decides how long the bells ring?')).toBe('person');
    expect(kind('Waar staat hoe hard de klokken mogen luiden?')).toBe('place');
  });

  it('leaves a degree that opens the question', () => {
    expect(kind('Hoe hard mogen de klokken luiden?')).toBe('amount');
    expect(kind('How many bells ring?')).toBe('count');
    // "what" asks nothing in particular: the degree inside says what is asked.
    expect(kind('What shows how many bells ring?')).toBe('count');
  });

  it('takes every degree asked as the question form', () => {
    const groups = analyse('Wie bepaalt hoe lang en hoe hard de klokken luiden?', stats).groups.map((g) => g.id);
    expect(groups).not.toContain('hard');
  });
});
