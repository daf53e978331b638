/**
 * "According to the study, what …?" names a role, not whose words are asked: a unit far worse than the best where
 * the role's word stands near a verb of saying ("explain … by studying") does not go first.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a role the question cites', () => {
  const engine = engineWith('bron-role-', {
    bread: {
      title: 'Bread',
      outlet: 'Open Textbook',
      date: '2024-05-01',
      language: 'en',
      body:
        'Baking\n\n' +
        'Baking is the craft of making bread. It tries to explain how and why dough rises by studying ' +
        'the interactions among yeast, warmth and time.\n\n' +
        'The study showed that patience and warmth were better predictors of good bread than flour or water. ' +
        'The study examined bakeries in many towns.',
    },
  });

  it('answers with the unit that says it', async () => {
    const a = await engine().ask(
      'According to the study, what turned out to predict good bread better than flour or water?',
    );
    expect(a.citations[0]?.quote).toMatch(/patience and warmth/);
  });
});
