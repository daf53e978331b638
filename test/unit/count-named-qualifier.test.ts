/**
 * "How many Panama players got yellow cards against Belgium?" over "Five Panamanian players were booked in the
 * match.": the best unit counts the named thing asked, qualifier and noun, though it says the rest in other words.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a count of a named thing in the best unit', () => {
  const engine = engineWith('bron-count-named-', {
    match: {
      title: 'Brazil beat Ghana in the group stage',
      outlet: 'Sports Daily',
      date: '2024-06-18',
      language: 'en',
      body:
        'Brazil beat Ghana 3 - 0 on Monday evening in front of a full stadium.\n\n' +
        'Five Brazilian players were booked in the match. The referee sent off nobody.\n\n' +
        'The referee handed out cards freely, most of them yellow.\n\n' +
        'Ghana will play their last group game on Friday.',
    },
    weather: {
      title: 'A warm week ahead',
      outlet: 'Sports Daily',
      date: '2024-06-19',
      language: 'en',
      body: 'The week\n\nThe coming week will be warm and dry, with little wind along the coast.',
    },
  });

  it('answers with the unit that counts them', async () => {
    const a = await engine().ask('How many Brazil players got yellow cards against Ghana?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/Five Brazilian players/);
  });

  it('still refuses a count of another name', async () => {
    const a = await engine().ask('How many Ghana players got yellow cards against Brazil?');
    expect(a.grounded).toBe(false);
  });
});
