/**
 * "What should the council do?" asks what must be done: of the units nearly as good as the best, one that says it in
 * the article's own modal ("moet", "should") answers first.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('a question of what should be done', () => {
  const engine = engineWith('bron-obligation-', {
    brug: {
      title: 'Commentaar: de brug en de raad',
      outlet: 'Dagblad',
      date: '2024-05-01',
      language: 'nl',
      body:
        'De waarschuwende woorden van de raad zijn terecht.\n\n' +
        'De raad moet de bouw van de brug uitstellen tot het onderzoek klaar is.\n\n' +
        'Zo geeft de raad een duidelijk signaal af.',
    },
    haven: {
      title: 'Bridge plans questioned',
      outlet: 'Harbour Times',
      date: '2024-05-02',
      language: 'en',
      body:
        'The council is right to be careful.\n\n' +
        'The council should wait for the report before it approves the bridge.\n\n' +
        'The council met on Monday evening.',
    },
  });

  it('is answered by the unit that says what must be done', async () => {
    await expectFirstQuotes(engine(), [
      ['Wat moet de raad doen?', /moet de bouw/],
      ['What should the council do?', /should wait|moet de bouw/],
    ]);
  });

  it('is not asked by a question for a reason that says "have to"', () => {
    const stats = CorpusStats.fromArticles([{ id: 'c', language: 'en', body: 'A departure tax is paid in cash.' }]);
    expect(analyse('What should I pay in cash?', stats).obligation).toBe(true);
    expect(analyse('Why do I have to pay in cash?', stats).obligation).toBe(false);
  });
});
