/**
 * A four-digit number after "tot", "from", "to" is a year ("tot 1540", "from 1990"), unless a verb of a quantity
 * changing stands just before: "steeg tot 1240" and "rose from 1100 to 1240" give amounts a count question asks for.
 * A span of two recent years after such a verb ("grew from 1990 to 2004") still dates.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeYear } from '../../src/answer/kinds.js';
import { engineWith } from '../support/engine.js';

const yearIn = (text: string, n: string) => looksLikeYear(text, text.indexOf(n), n);

describe('a number a quantity changed to', () => {
  it('is no year after a verb of change, and still one elsewhere', () => {
    expect(yearIn('Het aantal imkers steeg vorig jaar tot 1240.', '1240')).toBe(false);
    expect(yearIn('Het aantal leden steeg van 1100 tot 1240.', '1100')).toBe(false);
    expect(yearIn('Membership rose from 1100 to 1240 last year.', '1100')).toBe(false);
    expect(yearIn('De kosten liepen op tot 1500 euro.', '1500')).toBe(false);
    expect(yearIn('De kerk stond er tot 1540.', '1540')).toBe(true);
    expect(yearIn('The population grew in 1998.', '1998')).toBe(true);
    expect(yearIn('The population grew from 1990 to 2004.', '1990')).toBe(true);
  });

  const engine = engineWith('bron-count-change-', {
    bees: {
      title: 'Imkers in Delby',
      outlet: 'Krant',
      date: '2025-03-01',
      language: 'nl',
      body: 'Het aantal imkers in Delby steeg vorig jaar tot 1240, meldde de vereniging.',
    },
  });

  it('answers how many with it', async () => {
    for (const q of ['Hoeveel imkers zijn er in Delby?', 'How many beekeepers are there in Delby?']) {
      const a = await engine().ask(q);
      expect(a.grounded, q).toBe(true);
      expect(a.answer, q).toMatch(/1240/);
    }
  });
});
