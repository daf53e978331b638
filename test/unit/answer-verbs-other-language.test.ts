import { describe, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

// Verbs of Dutch questions FreeDict does not translate to the English the articles write (data/lexicon/general.tsv).
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
    await expectFirstQuotes(engine(), [['Waarom vertrok Edwin Marlow uit Dorrington?', /long fever in 1733/]]);
  });
});

describe('a proposal asked in Dutch over English articles', () => {
  const engine = engineWith('bron-proposal-language-', {
    tarrant: {
      ...ARTICLE,
      title: 'Owen Tarrant',
      body:
        'Owen Tarrant is an American actor who won a talent contest in 1999 and met an agent at the awards show.\n\n' +
        "Owen Tarrant's engagement to his co-star Ruth Calloway was announced in January 2010.\n\n" +
        'Owen Tarrant proposed to her in front of their favourite painting at the Hollins Gallery in October 2009.\n\n' +
        'The pair married in February 2010 in her home town.',
    },
  });

  it('leads with the unit of the proposal ("ten huwelijk vragen": propose)', async () => {
    await expectFirstQuotes(engine(), [['Waar vroeg Owen Tarrant zijn vrouw ten huwelijk?', /Hollins Gallery/]]);
  });
});
