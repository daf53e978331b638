import { describe, expect, it } from 'vitest';
import { otherBracket } from '../../src/answer/bounds.js';
import { pack } from '../../src/lang/index.js';

const nl = pack('nl');
const en = pack('en');
const Q = 'Welke accountant controleert de rekening als de prijzen meer dan € 45 000 waard zijn?';

describe('a schedule bracket below the sum asked', () => {
  it('drops the figure a unit gives only as an upper bound of what the question bounds from below', () => {
    const below = '1°. een accountant, indien de prijzen groter zijn dan € 4 500, doch niet groter dan € 45 000;';
    expect(otherBracket(Q, nl, below, nl)).toEqual(['45000']);
    expect(otherBracket('Who audits when the prizes are worth more than 45,000?', en, below, nl)).toEqual(['45000']);
  });

  it('keeps it where the unit bounds it from below too, or the question does not bound it', () => {
    const above = '2°. een registeraccountant, indien de prijzen gezamenlijk een grotere waarde hebben dan € 45 000.';
    expect(otherBracket(Q, nl, above, nl)).toEqual([]);
    expect(otherBracket('Wat kost het bij prijzen tot 45000 euro?', nl, 'ten hoogste € 45 000', nl)).toEqual([]);
    expect(otherBracket('Wat kost het bij niet meer dan 45000 euro?', nl, 'ten hoogste € 45 000', nl)).toEqual([]);
    expect(otherBracket('Costs above 500 dollars?', en, 'at most $500, and also $500 flat', en)).toEqual([]);
  });
});
