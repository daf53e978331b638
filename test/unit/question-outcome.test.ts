import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem } from '../../src/text/analyze.js';
import { groupForms } from '../support/question-forms.js';

/** How things turned out, asked with a verb's "-ing" form: "How did she end up becoming a writer?". */
const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body: 'Mira Holt became a writer late. I started to write down my dreams. The story has no end.',
  },
  { id: 'b', language: 'nl', body: 'Mira Holt werd uiteindelijk schrijver. Ze schreef haar dromen op.' },
]);

describe('a question of how things turned out', () => {
  it('asks no score and needs no "end" in the answer', () => {
    const q = analyse('How did Mira end up becoming a writer?', stats);
    expect(q.shape).toBeUndefined();
    expect(q.groups.map((g) => g.id)).not.toContain('end');
    // The score of a match is still asked so.
    expect(analyse('How did the final end?', stats).shape).toBe('score');
    const nl = analyse('Hoe werd Mira uiteindelijk schrijver?', stats);
    expect(nl.groups.map((g) => g.id)).not.toContain('uiteindelijk');
  });

  it('finds an irregular verb\'s past through its "-ing" form ("becoming" → "became")', () => {
    const q = analyse('How did Mira end up becoming a writer?', stats);
    expect(groupForms(q, 'becoming', 'en')).toContain(stem('became', 'en'));
  });
});
