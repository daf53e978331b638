/**
 * "On the same day, the council declared …" is dated by the sentence before it: asked when the council declared, the
 * quote reaches back to that sentence's date, not on to the next sentence's date of another event.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a sentence dated by the one before it', () => {
  const engine = engineWith('bron-same-day-', {
    timeline: {
      title: 'How the outbreak unfolded',
      outlet: 'Health Desk',
      date: '2020-02-10',
      language: 'en',
      body:
        'How the outbreak unfolded\n\nThe first cases were reported in December. ' +
        'On January 30, 2020, the agency reported the first local transmission in a household. ' +
        'On the same day, the council declared the outbreak a regional emergency of great concern. ' +
        'On January 31, 2020, the ministry declared the outbreak a national emergency.',
    },
    tijdlijn: {
      title: 'Hoe de uitbraak verliep',
      outlet: 'Zorgkrant',
      date: '2020-02-10',
      language: 'nl',
      body:
        'Hoe de uitbraak verliep\n\nDe eerste gevallen werden in december gemeld. ' +
        'Op 30 januari 2020 meldde het instituut de eerste besmetting binnen een gezin. ' +
        'Op dezelfde dag riep de raad de uitbraak uit tot een regionale noodsituatie. ' +
        'Op 31 januari 2020 riep het ministerie de uitbraak uit tot een nationale noodsituatie.',
    },
  });

  it('quotes the date of the sentence before, in English and Dutch', async () => {
    const en = await engine().ask('When did the council declare the outbreak a regional emergency?');
    expect(en.grounded, en.answer).toBe(true);
    expect(en.citations[0]?.quote).toMatch(/January 30, 2020/);
    const nl = await engine().ask('Wanneer riep de raad de uitbraak uit tot een regionale noodsituatie?');
    expect(nl.grounded, nl.answer).toBe(true);
    expect(nl.citations[0]?.quote).toMatch(/30 januari 2020/);
  });
});
