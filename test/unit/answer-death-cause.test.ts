import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const LIFE =
  'Marit Okonjo (4 May 1921 – 17 June 1988) was a Zambian-born architect.\n\n' +
  'She was the first woman to win the Harbour Prize, in 1962. She won the Harbour Prize again in 1970.\n\n' +
  'Her former teacher described her as a planet in her own orbit.';

describe('a life span says when someone died, not of what', () => {
  const engine = engineWith('bron-death-cause-', {
    okonjo: { title: 'Marit Okonjo', outlet: 'Encyclopedia', date: '2024-01-01', language: 'en', body: LIFE },
    varga: {
      title: 'Tibor Varga',
      outlet: 'Encyclopedia',
      date: '2024-01-01',
      language: 'en',
      body:
        'Tibor Varga (2 March 1911 – 9 April 1979) was a Hungarian engineer.\n\n' +
        'Varga died of a heart attack in Szeged, a week after his last lecture.\n\n' +
        'He built three bridges over the river.',
    },
  });

  it('refuses "What did X die of?" when only a life span says X died', async () => {
    expect((await engine().ask('What did Marit Okonjo die of?')).grounded).toBe(false);
  });

  it('answers it from a sentence that says the cause, and "when" from the life span', async () => {
    const cause = await engine().ask('What did Tibor Varga die of?');
    expect(cause.grounded).toBe(true);
    expect(cause.citations[0]?.quote).toContain('heart attack');
    const when = await engine().ask('When did Marit Okonjo die?');
    expect(when.grounded).toBe(true);
    expect(when.citations[0]?.quote).toContain('17 June 1988');
  });
});
