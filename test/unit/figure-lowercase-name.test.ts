/** An interview answer's figure beside a lower-case word the corpus writes in a name elsewhere ("40 states"). */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a figure beside a lower-case word that is a name elsewhere', () => {
  const engine = engineWith('bron-lowercase-name-', {
    singer: {
      title: 'Wikinews interviews singer Ann Vos',
      outlet: 'Wikinews',
      date: '2024-01-01',
      language: 'en',
      body:
        'Ann Vos toured the United States last year. Critics in the United States praised her, and the United ' +
        'States Senate invited her.\n\n' +
        'Where have you sung?\n\n' +
        'Over the years I have performed in 32 countries and 40 states.',
    },
  });

  it('is the figure of the one asked about, not of another name', async () => {
    const a = await engine().ask('In how many countries has Ann Vos performed?');
    expect(a.figures?.map((f) => f.value)).toContain(32);
  });
});
