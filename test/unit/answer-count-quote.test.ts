import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

/**
 * "How many students were in the Veltra trial?": a quote whose number counts the asked noun ("71 students")
 * answers, though it says the rest of the question in other words ("the sample consisted of").
 */
describe('a count quoted from a unit that counts the asked noun', () => {
  const engine = engineWith('bron-count-quote-', {
    veltra: {
      title: 'Digital games in the classroom',
      outlet: 'Journal of Learning',
      date: '2025-05-02',
      language: 'en',
      body:
        'The intervention consisted in the use of the Veltra platform, using tablets in the classroom, daily for a ' +
        'period of five weeks. The sample consisted of 71 students of the Application School, ' +
        'aged 7 and 9 years old.\n\nThe Veltra platform is a set of seven digital games linked to a database. ' +
        'Pupils took part in the trial in pairs, with one tablet for each pair.',
    },
  });

  it('answers with the unit that counts the students', async () => {
    const a = await engine().ask('How many students were in the Veltra trial?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/71 students/);
  });

  it('still refuses when the number counts something else', async () => {
    const a = await engine().ask('How many teachers were in the Veltra trial?');
    expect(a.grounded, a.answer).toBe(false);
  });
});
