/**
 * "How many kilometres long is the trail?" over "a 220 km walking trail": the question counts a unit of measure the
 * article writes in another form (or another unit of the same dimension), and "long", the dimension, is said by the
 * unit after the number; an area ("2100 km²") is no length.
 */
import { describe, expect, it } from 'vitest';
import { countsMeasure, measureUnits } from '../../src/answer/count-words.js';
import { countsInOtherWords } from '../../src/answer/counts-in-other-words.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('a count of a unit of measure given in another form of the unit', () => {
  const engine = engineWith('bron-count-measure-', {
    trail: {
      title: 'The lake district',
      outlet: 'Travel Guide',
      date: '2025-05-02',
      language: 'en',
      body:
        'The lake district lies north of the capital.\n\n' +
        'The lakeside trail is a 220 km walking trail that circles the whole district. ' +
        'The district covers 2100 km² of forest and water.',
    },
    provincie: {
      title: 'Noorderveld',
      outlet: 'De Encyclopedie',
      date: '2025-05-03',
      language: 'nl',
      body:
        'Noorderveld is een provincie in het noorden.\n\n' +
        'Het eerste spoor van 14 km werd in 1921 aangelegd tussen de twee grootste steden van de provincie.',
    },
  });

  it('reads a number before a unit of the asked unit’s dimension as counting it, an area’s not', () => {
    const stats = CorpusStats.fromArticles([{ id: 't', language: 'en', body: 'The trail is long.' }]);
    const q = analyse('How many kilometres long is the trail?', stats);
    expect(countsMeasure(q)).toBe(true);
    expect([...measureUnits(q, 'nl')]).toContain('km');
    expect(measureUnits(q, 'en').has('hectares')).toBe(false);
    expect(countsInOtherWords('It is a 220 km walking trail.', 'en', q)).toBe(true);
    expect(countsInOtherWords('The park covers 2100 km² of forest.', 'en', q)).toBe(false);
    expect(countsMeasure(analyse('How many walkers use the trail?', stats))).toBe(false);
  });

  it('answers with the unit that gives the length, in English and Dutch', async () => {
    await expectFirstQuotes(engine(), [
      ['How many kilometres is the lakeside trail?', /a 220 km walking trail/],
      ['Hoeveel kilometer was het eerste spoor lang?', /spoor van 14 km/],
    ]);
  });

  it('still refuses a length no number gives', async () => {
    const a = await engine().ask('How many kilometres is the lakeside road?');
    expect(a.grounded).toBe(false);
  });
});
