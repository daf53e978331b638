/**
 * "Where did X make his statement?": what someone said is told in a verb of saying as often as in a noun ("warned
 * that"), and "make" only makes the noun a verb.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem } from '../../src/text/analyze.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('a noun for words said', () => {
  const engine = engineWith('bron-speech-nouns-', {
    haven: {
      title: 'Harbour visit',
      outlet: 'Harwick Post',
      date: '2024-05-01',
      language: 'en',
      body:
        'Jansen visited the harbour on Monday and had to make time for the fishermen.\n\n' +
        'At the town hall in Harwick, Jansen warned that the old bridge would close in June.',
    },
  });

  it('is answered by a verb of saying, the light verb beside it asking nothing', async () => {
    await expectFirstQuotes(engine(), [['Where did Jansen make his statement?', /town hall in Harwick/]]);
  });

  it("counts the articles' verbs of saying, but not one the question says itself", () => {
    const stats = CorpusStats.fromArticles([
      { id: 'c', language: 'nl', body: 'Jansen waarschuwde dat de brug dichtgaat. De krant noemt het een uitspraak.' },
    ]);
    const q = analyse('Where did Jansen make his statement?', stats);
    expect(q.groups.map((g) => g.id)).toEqual(['jansen', 'statement']);
    expect(q.groups[1]!.soft.get('nl')).toContain(stem('waarschuwde', 'nl'));
    const named = analyse('Hoe noemt de krant de uitspraak van Jansen?', stats);
    const uitspraak = named.groups.find((g) => g.id === 'uitspraak')!;
    expect(uitspraak.soft.get('nl')).toContain(stem('zei', 'nl'));
    expect(uitspraak.soft.get('nl')).not.toContain(stem('noemt', 'nl'));
  });
});
