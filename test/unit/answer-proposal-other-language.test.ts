import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Encyclopedia', date: '2024-01-01', language: 'en' };

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
    const a = await engine().ask('Waar vroeg Owen Tarrant zijn vrouw ten huwelijk?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('Hollins Gallery');
  });
});
