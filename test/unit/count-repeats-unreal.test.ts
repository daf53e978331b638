/**
 * "How many times …" is answered by a word that says how often ("twice"), not by a bare number of the sentence
 * ("The six - member team"); a figure its clause says did not happen ("would have been more than a thousand") is no
 * count; a bound before "a thousand" is shown with it.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('how often, and figures that did not happen', () => {
  const engine = engineWith('bron-count-repeats-', {
    team: {
      title: 'Robot team reaches the final',
      outlet: 'Test News',
      date: '2024-05-01',
      language: 'en',
      body:
        'Robot team reaches the final\n\nThe six - member robot team from Velmora had been refused entry visas ' +
        'before the contest. They were twice refused entry visas before a minister stepped in.',
    },
    flood: {
      title: 'Flood in Dranmoor',
      outlet: 'Test News',
      date: '2024-05-02',
      language: 'en',
      body:
        'Flood in Dranmoor\n\nThe river flooded the town of Dranmoor on Sunday. Officials said that had the dam ' +
        'broken, the death toll would have been more than a thousand. In the end, four residents died in the flood.',
    },
    crowd: {
      title: 'Fair in Oskerby',
      outlet: 'Test News',
      date: '2024-05-03',
      language: 'en',
      body: 'Fair in Oskerby\n\nThe organisers said more than a thousand visitors came to the fair in Oskerby.',
    },
  });

  it('answers how many times with "twice"', async () => {
    const a = await engine().ask('How many times was the robot team refused entry visas?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toMatch(/twice/);
    expect(a.answer).not.toMatch(/six \(6\)|twice \(2\)/);
  });

  it('gives no figure that would have been', async () => {
    const a = await engine().ask('How many people died in the flood in Dranmoor?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toMatch(/four residents/);
    expect(a.answer).not.toMatch(/1000/);
  });

  it('shows the bound before "a thousand"', async () => {
    const a = await engine().ask('How many visitors came to the fair in Oskerby?');
    expect(a.answer).toMatch(/more than a thousand/);
  });
});
