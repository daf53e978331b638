/**
 * "Who was the man who wrote the code?" over "appointed Vell to draft a code": the relative clause says what is
 * asked of the man, and "draft", a way of writing, says the irregular "wrote".
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

const BODY =
  'By the 7th century BC, unrest had spread, and the council appointed Vell to draft a strict new law code.\n\n' +
  'The harbour of the old town was rebuilt in stone.\n\n' +
  'Markets were held in the square every week.';

describe('a question for a person with a relative clause', () => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: BODY }]);

  it('asks what the relative clause says, with the narrower verbs of an irregular verb', () => {
    const q = analyse('Who was the man who wrote the strict law code?', stats);
    expect(q.relation?.id).toBe('wrote');
    expect([...(q.relation?.soft.get('en') ?? [])]).toContain('draft');
  });

  const engine = engineWith('bron-narrower-', {
    old: { title: 'Old town guide', outlet: 'Guide', date: '2024-05-01', language: 'en', body: BODY },
  });

  it('is answered by the unit that says it in a narrower verb', async () => {
    await expectFirstQuotes(engine(), [['Who was the man who wrote the strict law code?', /draft a strict/]]);
  });
});
