import { describe, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

/** News gives each sentence its own paragraph; the one after the matched sentence often holds the answer. */
describe('a one-sentence paragraph quoted with the next that goes on with it', () => {
  const engine = engineWith('bron-paragraph-pairs-', {
    recipe: {
      title: 'Lost recipe book turns up',
      outlet: 'Kitchen Weekly',
      date: '2023-05-02',
      language: 'en',
      body:
        'Lost recipe book turns up\n\n' +
        'A handwritten Marlowe Bakery recipe book was found soaked in a gutter by someone who gave it to the paper.\n\n' +
        'The 80-page book was found on Quillfield Lane in Brantham, wrapped in a torn paper bag.\n\n' +
        'Its owners had been looking for it since the spring fair.',
    },
    match: {
      title: 'Harbour Town win the cup',
      outlet: 'Kitchen Weekly',
      date: '2023-05-03',
      language: 'en',
      body:
        'Harbour Town won the county cup on Saturday.\n\n' +
        'The final was decided by a late penalty.\n\n' +
        'Fans celebrated in the streets until midnight.',
    },
  });

  it('quotes the sentence that says where, after the one that names the book', async () => {
    await expectFirstQuotes(engine(), [
      ['Where exactly was the Marlowe Bakery recipe book found?', /Marlowe Bakery[\s\S]*Quillfield Lane/],
    ]);
  });
});
