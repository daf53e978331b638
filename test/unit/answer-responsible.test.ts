/**
 * "Wie verzorgt het vervoer per bus?", "Who operates the ferries?": a verb of carrying out a task is said as well by a
 * phrase that makes someone answerable for it ("is verantwoordelijk voor", "is responsible for"); a unit that only
 * names the task says no one.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a verb of carrying out said as being responsible', () => {
  const engine = engineWith('bron-responsible-', {
    gewest: {
      title: 'Het Merengewest',
      outlet: 'Wiki',
      date: '2024-03-01',
      language: 'nl',
      body:
        'Het Merengewest is een gewest met vier provincies.\n\n' +
        'De vervoermaatschappij Stroom is verantwoordelijk voor het vervoer per bus en tram binnen het Merengewest. ' +
        'Het Merengewest beheert ook de gewestwegen.\n\n' +
        'De musea van het Merengewest trekken elk jaar veel bezoekers.',
    },
    isles: {
      title: 'The Tarn Isles',
      outlet: 'Wiki',
      date: '2024-03-02',
      language: 'en',
      body:
        'The Tarn Isles are a group of nine islands.\n\n' +
        'Harbour Lines is responsible for the ferries between the Tarn Isles. The ferries sail twice a day.\n\n' +
        'The lighthouses of the Tarn Isles draw many visitors every year.',
    },
  });

  it('answers "wie verzorgt" and "who operates" with the unit making someone responsible', async () => {
    const nl = await engine().ask('Wie verzorgt het vervoer per bus en tram in het Merengewest?');
    expect(nl.grounded, nl.answer).toBe(true);
    expect(nl.citations[0]?.quote).toMatch(/Stroom is verantwoordelijk/);
    const en = await engine().ask('Who operates the ferries between the Tarn Isles?');
    expect(en.grounded, en.answer).toBe(true);
    expect(en.citations[0]?.quote).toMatch(/Harbour Lines is responsible/);
  });

  it('still refuses a task no unit makes anyone answerable for', async () => {
    const a = await engine().ask('Who maintains the lighthouses of the Tarn Isles?');
    expect(a.grounded, a.answer).toBe(false);
  });
});
