/**
 * "Who heads the study?", "Who commanded the troops?": a verb of leading is said as well by the noun of who leads
 * ("Director of the study") or by a phrase that puts a name in charge ("troops under General Reed"); the articles
 * that say so answer, though they never write the asker's verb.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a verb of leading said in other words', () => {
  const engine = engineWith('bron-leading-', {
    salt: {
      title: 'Children lack salt in their diet',
      outlet: 'Health Desk',
      date: '2024-03-01',
      language: 'en',
      body:
        'Children lack salt\n\n' +
        'The results of the Northern Salt Intake Survey, published this week, show that many pupils eat too little ' +
        'salt.\n\n' +
        'Professor Ann Vale, Director of the Northern Salt Intake Survey, says schools should serve more soup.',
    },
    siege: {
      title: 'The siege of the river fort',
      outlet: 'Open Textbook',
      date: '2024-03-02',
      language: 'en',
      body:
        'The siege\n\n' +
        'In May 1780 the rebels tried to take the river fort from the royal army. Rebel troops under Colonel ' +
        'Thomas Reed quickly overran the fort, and its defenders fled across the water.',
    },
  });

  it('answers "who heads" with the unit naming its director', async () => {
    const a = await engine().ask('Who heads the Northern Salt Intake Survey?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/Ann Vale/);
  });

  it('answers "who commanded" with the troops under a named officer', async () => {
    const a = await engine().ask('Who commanded the rebel troops that overran the river fort?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/Thomas Reed/);
  });

  it('still refuses a relation no unit says', async () => {
    const a = await engine().ask('Who painted the river fort?');
    expect(a.grounded).toBe(false);
  });
});
