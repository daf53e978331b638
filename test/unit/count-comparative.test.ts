/**
 * "How much worse could the fire have been?": a comparative right after "how much" asks a degree of difference, not a
 * count, so no figure need count it; "how many older residents" still counts the residents.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { engineWith } from '../support/engine.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'nl', body: 'Het nieuwe park is groter dan het oude. Er wonen oudere bewoners.' },
  { id: 'b', language: 'en', body: 'The new park is bigger than the old one. Older residents live there.' },
]);

describe('a comparative after a count phrase', () => {
  const engine = engineWith('bron-count-comparative-', {
    fire: {
      title: 'Warehouse fire contained',
      outlet: 'City Courier',
      date: '2024-05-01',
      language: 'en',
      body:
        'Warehouse fire contained\n\n' +
        'Firefighters contained a blaze at a riverside warehouse on Tuesday night. "Had the wind turned an hour earlier, it would ' +
        'have been much worse," fire chief Dana Brook said.\n\n' +
        'The warehouse stored paper and cardboard for a printing firm.',
    },
    park: {
      title: 'The park reopens',
      outlet: 'City Courier',
      date: '2024-05-02',
      language: 'en',
      body: 'The park reopens\n\nThe park is open every day from eight until six, also in summer.',
    },
  });

  it('reads no counted noun in a comparative', () => {
    expect(analyse('How much worse could the fire have been?', stats).counted).toEqual([]);
    expect(analyse('Hoeveel groter is het nieuwe park?', stats).counted).toEqual([]);
    expect(analyse('How many older residents live there?', stats).counted.map((g) => g.id)).toContain('residents');
  });

  it('leaves the degree to the answerability verdict, not the count check', async () => {
    const a = await engine().ask('How much worse could the warehouse fire have been?');
    expect(a.refusedBy).not.toBe('count');
  });
});
