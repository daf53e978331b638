import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

/**
 * "Where did Vessant die?": a place the unit gives of another event (his birth) in a paragraph that says someone else
 * died does not answer; a place beside the asked event's own words does.
 */
describe('a place asked of a death, given of another event', () => {
  const engine = engineWith('bron-place-of-event-', {
    vessant: {
      title: 'Pierre Vessant',
      outlet: 'Encyclopedia',
      date: '2025-02-10',
      language: 'en',
      body:
        'Pierre Vessant (August 2, 1754 – June 14, 1825) was a French engineer who drew the plan of a city.\n\n' +
        'Vessant was born in Lyon, France on August 2, 1754, the third child of a painter. ' +
        'In 1758, his brother Joseph died at the age of six, and Pierre became the eldest son.',
    },
    marlow: {
      title: 'Tobin Marlow',
      outlet: 'Encyclopedia',
      date: '2025-02-10',
      language: 'en',
      body: 'Tobin Marlow was an English actor. Marlow died in Exeter in 1901, after a long illness.',
    },
  });

  it('is refused when only the birth has a place', async () => {
    const a = await engine().ask('Where did Vessant die?');
    expect(a.citations, a.answer).toHaveLength(0);
  });

  it('is answered when the death has one', async () => {
    const a = await engine().ask('Where did Marlow die?');
    expect(a.citations[0]?.quote, a.answer).toContain('Exeter');
  });
});
