/**
 * "How many song proposals do they go through each week?" over "about three hundred to four hundred song ideas
 * each week": the articles never write the counted noun, but its qualifier follows their number, which counts it in
 * their own noun; and "go (through)", a light verb, is no word the count's quote must say.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a count in the articles own noun', () => {
  const engine = engineWith('bron-count-renamed-', {
    band: {
      title: 'Inside the rehearsal room',
      outlet: 'Music Weekly',
      date: '2024-04-01',
      language: 'en',
      body:
        'How does a song get made?\n\n' +
        'We listen to about three hundred to four hundred song ideas each week, sent in by members and a few ' +
        'friends. We cut that down to about ten, and then the whole band plays them on Friday.\n\n' +
        'Which song took the longest?\n\n' +
        'The one about the harbour took two years to finish; we had to let it go for a while.',
    },
    chart: {
      title: 'The radio chart',
      outlet: 'Music Weekly',
      date: '2024-04-02',
      language: 'en',
      body: 'The chart\n\nThe station plays a new song every week, and the chart is published each week on Sunday.',
    },
  });

  it('answers with the unit that counts them', async () => {
    const a = await engine().ask('How many song proposals do they go through each week?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/three hundred to four hundred song ideas/);
  });

  it('still refuses a count of what no number counts', async () => {
    const a = await engine().ask('How many guitar strings do they go through each week?');
    expect(a.grounded).toBe(false);
  });
});
