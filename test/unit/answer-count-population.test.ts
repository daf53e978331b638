import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Kustkrant', date: '2024-03-01', language: 'nl' };

describe('a count of people who live somewhere, answered by the noun for who lives there', () => {
  const engine = engineWith('bron-count-population-', {
    oosterhaven: {
      ...ARTICLE,
      title: 'Oosterhaven',
      body:
        'Oosterhaven is een gemeente aan de kust, met een haven en een oude vuurtoren.\n\n' +
        'De gemeente Oosterhaven telde in 2023 ruim 12.400 inwoners.\n\n' +
        'Elk jaar trekt het havenfestival duizenden bezoekers naar de kade.',
    },
    westbury: {
      ...ARTICLE,
      language: 'en',
      title: 'Westbury',
      body:
        'Westbury is a market town on the river, known for its stone bridge.\n\n' +
        'In 2023 Westbury had about 8,000 inhabitants.\n\n' +
        'Every spring the fair draws thousands of visitors to the square.',
    },
  });

  it('answers "hoeveel mensen wonen" with the inhabitants a unit counts', async () => {
    const a = await engine().ask('Hoeveel mensen wonen in Oosterhaven?');
    expect(a.grounded).toBe(true);
    expect(a.citations.map((c) => c.quote).join(' ')).toContain('12.400 inwoners');
  });

  it('answers the English question alike', async () => {
    const a = await engine().ask('How many people live in Westbury?');
    expect(a.grounded).toBe(true);
    expect(a.citations.map((c) => c.quote).join(' ')).toContain('8,000 inhabitants');
  });

  it('still refuses a count of people doing what no unit says', async () => {
    const a = await engine().ask('Hoeveel mensen werken in Oosterhaven?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('count');
  });
});
