import { describe, expect, it } from 'vitest';
import { placesName } from '../../src/answer/ordinals.js';
import { pack } from '../../src/lang/index.js';

describe('a unit giving a name the place a question asks', () => {
  const nl = pack('nl');
  const en = pack('en');

  it('takes the name right before the ordinal, or one word from it, in either language', () => {
    expect(placesName('Pieters werd derde, Vermaat tweede, maar Kalm won.', 3, nl)).toBe(true);
    expect(placesName('Vermaat tweede, Pieters derde.', 3, nl)).toBe(true);
    expect(placesName('Alemu finished third in the race.', 3, en)).toBe(true);
  });

  it('takes no other place, no small word before it, and no name further away', () => {
    expect(placesName('Pieters werd tweede, maar Kalm won.', 3, nl)).toBe(false);
    expect(placesName('In de derde etappe reed Pieters weg.', 3, nl)).toBe(false);
    expect(placesName('Pieters reed in de finale als derde over de streep.', 3, nl)).toBe(false);
  });
});
