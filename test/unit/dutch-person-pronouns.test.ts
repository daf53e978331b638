/**
 * "mag de gemeente vragen wat we gaan zeggen?": the asker's and the addressee's pronouns are no words an answer must
 * say; their possessives stay words, as in a quoted name ("onze zaak").
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const BODY =
  'Over de inhoud van de te openbaren gedachten worden geen gegevens verlangd.\n\n' +
  'Hij noemde het onze zaak.\n\nDe gemeente vraagt gegevens.';

describe('Dutch person pronouns in a question', () => {
  const stats = CorpusStats.fromArticles([{ id: 'p', language: 'nl', title: 'Wet', body: BODY }]);
  const ids = (q: string) => analyse(q, stats).groups.map((g) => g.id);

  it('are no words of the question', () => {
    expect(ids('mag de gemeente vragen wat we gaan zeggen?')).not.toContain('we');
    expect(ids('Mogen jullie vragen wat wij zeggen?')).not.toContain('jullie');
    expect(ids('Mogen jullie vragen wat wij zeggen?')).not.toContain('wij');
    expect(ids('Wat mag jij vragen?')).not.toContain('jij');
  });

  it('keep their possessives in a quoted name', () => {
    expect(ids("Waar noemde hij het 'onze zaak'?")).toContain('onze');
  });
});
