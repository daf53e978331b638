/**
 * A question for a year or a name over an interview: "Were you captain?" / "No, I captained in 2012. So 2011, 2012
 * cups.": every sentence of the answer turn takes the question turn's words, and the one that writes the asked word
 * itself gives the year first. "What is the new beetle called?" is answered by the sentence that gives a name beside
 * the asked word ("the family to which Carabus ashbyensis belongs"), when no sentence writes a naming word.
 */
import { describe, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('which sentence of an interview gives the year or the name asked', () => {
  const engine = engineWith('bron-shape-first-', {
    rower: {
      title: 'Wikinews interviews rower Lena Voss',
      outlet: 'Wikinews',
      date: '2024-05-01',
      language: 'en',
      body:
        'Wikinews spoke with Lena Voss, a former member of the national rowing team, known as the Herons.\n\n' +
        'Were you captain of the Herons?\n\n' +
        'No, I captained in 2012. So 2011, 2012 cups. And then I had a bit of some time off in 2013.',
    },
    beetle: {
      title: 'Wikinews interviews entomologist Piet Kramer on a new beetle',
      outlet: 'Wikinews',
      date: '2024-05-02',
      language: 'en',
      body:
        'Wikinews spoke with Piet Kramer, who studies what lives in the dunes, about his latest find.\n\n' +
        'How did you know it was new?\n\n' +
        'By comparing my notes on the new beetle to what my colleagues had found on other beetles, I learned that ' +
        'it was a new beetle.\n\nWhat will you study next?\n\n' +
        'I am curious about the dunes and the sand they hold - the family to which Carabus ashbyensis belongs ' +
        'includes many beetles that live in sand, and it is possible that they are clones.',
    },
  });

  it('quotes first the sentence that writes the asked word, or gives a name beside it', async () => {
    await expectFirstQuotes(engine(), [
      ['In which year was Voss captain of the Herons?', /^No, I captained in 2012/],
      ['whats the new beetle called', /Carabus ashbyensis/],
    ]);
  });
});
