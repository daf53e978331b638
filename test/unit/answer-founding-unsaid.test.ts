import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const en = (title: string, body: string) => ({ title, outlet: 'Gazette', date: '2025-03-01', language: 'en', body });

/** "When was the University of Varnholm founded?" over "She entered the University of Varnholm in 1877": no founding. */
describe('a founding asked when or where', () => {
  const engine = engineWith('bron-founding-', {
    marsh: en(
      'Ilse Marsh',
      'Ilse Marsh entered the University of Varnholm in 1877 to study law.\n\n' +
        'The University of Kelby was founded in 1479 by the bishop of the town.\n\n' +
        'Her first map was discovered in a cellar in Lund in 1990.',
    ),
  });

  it('answers from a unit that says the founding', async () => {
    const a = await engine().ask('When was the University of Kelby founded?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/1479/);
  });

  it('refuses when no unit says the founding of what is asked', async () => {
    const a = await engine().ask('When was the University of Varnholm founded?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it('reads "found" of "find" as no founding', async () => {
    const a = await engine().ask('Where was her first map found?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/Lund/);
  });
});
