/**
 * "Does Smit think the mill still pays?" is answered by the interview turn that opens with a yes or no ("Absolutely.
 * …", "Nee, …"), which says few of the question's words, not by the lede that repeats them and says neither.
 */
import { describe, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('a yes/no question over an interview', () => {
  const engine = engineWith('bron-polar-', {
    miller: {
      title: 'Wikinews interviews Piet Smit, miller of Ashby',
      outlet: 'Wikinews',
      date: '2024-05-01',
      language: 'en',
      body:
        'October is mill month in Ashby. Wikinews spoke with Piet Smit, miller of Ashby, about whether the old ' +
        'windmill still pays its way as a business today and what its future looks like.\n\n' +
        'How long have you worked at the windmill?\n\n' +
        'Over forty years. My father ran it before me.\n\n' +
        'Do you think a windmill can still pay its way as a business?\n\n' +
        'Absolutely. Bakers buy every sack of stone-ground flour we make.\n\n' +
        'Do you sell the flour abroad?\n\n' +
        'No, because shipping costs more than the flour itself.',
    },
    molen: {
      title: 'Wikinews spreekt met molenaar Anna de Boer',
      outlet: 'Wikinews',
      date: '2024-05-02',
      language: 'nl',
      body:
        'Wikinews sprak met Anna de Boer, molenaar in Dalen, over de vraag of de oude molen nog toeristen ' +
        'trekt en over het meel dat de molen van Dalen verkoopt.\n\n' +
        'Komen er nog veel toeristen naar de molen?\n\n' +
        'Nee, de meeste bezoekers zijn bakkers uit de buurt.',
    },
  });

  it('is answered first by the turn that opens with the reply', async () => {
    await expectFirstQuotes(engine(), [
      ['Does Smit think the windmill still pays its way as a business?', /^Absolutely\./],
      ['Does Smit sell the flour abroad?', /^No, because/],
      ['Heeft de molen van Anna de Boer nog veel toeristen?', /^Nee, de meeste/],
    ]);
  });
});
