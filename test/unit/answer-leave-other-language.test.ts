import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Encyclopedia', date: '2024-01-01', language: 'en' };

describe('a departure asked in Dutch over English articles', () => {
  const engine = engineWith('bron-leave-language-', {
    marlow: {
      ...ARTICLE,
      title: 'Edwin Marlow',
      body:
        'Edwin Marlow was an English chemist who taught at several universities.\n\n' +
        'Edwin Marlow went to Dorrington in 1724 as professor of chemistry and was unhappy in the city.\n\n' +
        'A long fever in 1733 gave Edwin Marlow an excuse for leaving Dorrington, and he returned to his ' +
        'home town.\n\n' +
        'In Dorrington, Edwin Marlow wrote two books on the chemistry of salts.',
    },
  });

  it('leads with the unit that tells why the person left ("vertrok": leave, depart)', async () => {
    const a = await engine().ask('Waarom vertrok Edwin Marlow uit Dorrington?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('long fever in 1733');
  });
});
