/** "What does X say about Y": X's quoted words about something else do not go before X's words about Y. */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a far worse quote of the speaker asked', () => {
  const engine = engineWith('bron-speech-far-quote-', {
    protest: {
      title: 'Protest at the Guild hall',
      outlet: 'City News',
      date: '2015-05-01',
      language: 'en',
      body:
        'The Guild of Weavers said: "We will not speak to bloggers about the protest at our hall this week."\n\n' +
        "The Guild's website is unreachable today. Visitors who reach it see an error message.",
    },
    sailor: {
      title: 'Former member says the Guild kept her at sea',
      outlet: 'City News',
      date: '2015-05-07',
      language: 'en',
      body:
        'Mara Vos says the Guild of Weavers kept her on its ship for twelve years. ' +
        'She says she worked in the engine room.\n\n' +
        'The Guild denies the allegations. The Guild also claims that Vos not having her passport was maritime ' +
        'procedure.',
    },
  });

  it('answers with the units that say what is asked before a quote that does not', async () => {
    const a = await engine().ask('What does the Guild say about her passport?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('maritime procedure');
  });
});
