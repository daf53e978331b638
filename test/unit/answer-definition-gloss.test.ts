/**
 * "What is X?": a textbook glosses its term after a comma ("… an example of X, or judging …", "… X, which are …"),
 * while a nearby sentence that names X defines another term ("Y is the opposite of X, and refers to …").
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a definition glossed after a comma', () => {
  const engine = engineWith('bron-definition-gloss-', {
    pride: {
      title: 'Pride and Modesty',
      outlet: 'Open Textbook',
      date: '2024-05-01',
      language: 'en',
      body:
        'Pride and Modesty\n\n' +
        'Some sailors boast loudly about their boats, while others praise the harbour they came from. ' +
        'Such boasts are an example of hubris, or judging every other crew by how it compares to one’s own crew.\n\n' +
        'Sometimes when sailors try to shed their hubris and learn modesty, they swing too far to the other side. ' +
        'Abasement is the opposite of hubris, and refers to the belief that every other crew is better than one’s own.',
    },
    mills: {
      title: 'Mills',
      outlet: 'Open Textbook',
      date: '2024-05-01',
      language: 'en',
      body:
        'Mills\n\n' +
        'Basically, tidal mills occur through finding new and valuable coasts for tidal mills.\n\n' +
        'Sometimes tidal mills result from not listening to farmers.\n\n' +
        'The old dilemma of the miller was presented by Jan Hoek to explain the tidal mill, which are mills that, ' +
        'once built, turn with the rising and falling sea and replace the mills previously accepted as normal.',
    },
  });

  it('quotes the gloss with "or" before the sentence that defines another term', async () => {
    const a = await engine().ask('What is hubris?');
    expect(a.citations[0]?.quote, a.answer).toMatch(/or judging every other crew/);
  });

  it('quotes the gloss with a relative clause', async () => {
    const a = await engine().ask('What is a tidal mill?');
    expect(a.citations[0]?.quote, a.answer).toMatch(/which are mills that, once built/);
  });
});
