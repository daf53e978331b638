import { describe, expect, it } from 'vitest';
import { inQuotes, isQuotation, withoutDanglingMarks } from '../../src/text/quotes.js';

const trimmed = (text: string) => {
  const { start, end } = withoutDanglingMarks(text);
  return text.slice(start, end);
};

describe('quotation marks of a quoted sentence', () => {
  it('leaves out a mark whose partner is in another sentence', () => {
    expect(trimmed('Tot 5 november verwacht ik dus weinig nieuws van Amerikaanse kant.”')).toBe(
      'Tot 5 november verwacht ik dus weinig nieuws van Amerikaanse kant.',
    );
    expect(trimmed(',,Deze week werden we verrast door het bericht.')).toBe(
      'Deze week werden we verrast door het bericht.',
    );
    expect(trimmed('„Wij zijn bezorgd.')).toBe('Wij zijn bezorgd.');
    expect(trimmed('"Dat is een nieuwe wending.')).toBe('Dat is een nieuwe wending.');
  });

  it('keeps marks that pair up inside the sentence', () => {
    for (const s of [
      '“Dit is onze zaak.”',
      'Poetin noemde het „onze zaak”.',
      'Hij zei: "Dit is onze zaak."',
      '“Wanneer …”, zei Poetin. “Dit is onze zaak.”',
    ])
      expect(trimmed(s)).toBe(s);
  });

  it('wraps a quote in our marks unless it is a quotation of its own', () => {
    expect(inQuotes('Dit is onze zaak.')).toBe('“Dit is onze zaak.”');
    expect(inQuotes('“Dit is onze zaak.”')).toBe('“Dit is onze zaak.”');
    expect(inQuotes('“Wanneer …”, zei Poetin. “Dit is onze zaak.”')).toBe(
      '“Wanneer …”, zei Poetin. “Dit is onze zaak.”',
    );
    // Opens with a quotation but goes on after it: ours mark where the quote ends.
    expect(inQuotes('“Dit is onze zaak”, zei Poetin.')).toBe('““Dit is onze zaak”, zei Poetin.”');
    expect(isQuotation('“Eén” en “twee”')).toBe(true);
    expect(isQuotation('“Eén” en twee”')).toBe(false);
  });
});
