/**
 * A number word counts in its own language only: in Dutch "ten minste" and "ten hoogste" give no 10. And a word for
 * none before a number ("geen vier jaar") denies that number; it counts no zero of its own.
 */
import { describe, expect, it } from 'vitest';
import { citationSupport } from '../../eval/evaluate.js';
import { nounWindow } from '../../src/answer/count-words.js';
import { findNumbers } from '../../src/text/numbers.js';
import { engineWith } from '../support/engine.js';

const values = (text: string, lang?: string) => findNumbers(text, { smallWords: true, lang }).map((n) => n.value);

describe('number words by language', () => {
  it("reads a text's number words in its language when given", () => {
    expect(values('De raad zit ten hoogste vier jaren.', 'nl')).toEqual([4]);
    expect(values('They waited ten years.', 'en')).toEqual([10]);
    // Unknown language: every pack's words, so a Dutch question meets an English article's "ten".
    expect(values('De raad zit ten hoogste vier jaren.')).toEqual([10, 4]);
  });
});

const engine = engineWith('bron-number-words-', {
  raad: {
    title: 'Reglement van de raad',
    outlet: 'Staatsblad',
    date: '2015-06-02',
    language: 'nl',
    body:
      'De leden van de raad worden benoemd voor ten hoogste vier jaren.\n\n' +
      'Bij de brand in de raadszaal vielen geen doden.\n\n' +
      'Een lid dat geen twee jaren heeft gediend, krijgt geen vergoeding.',
  },
});

describe('Dutch figures', () => {
  it('gives "ten hoogste vier jaren" as 4, and every claim checks out against its quote', async () => {
    const a = await engine().ask('Voor hoeveel jaren worden de leden van de raad benoemd?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toContain('vier jaren');
    expect(a.answer).not.toMatch(/\(10\)/);
    expect(a.answer).not.toContain('geen twee');
    const [ok, total] = citationSupport(engine(), a);
    expect(total).toBeGreaterThan(0);
    expect(ok).toBe(total);
  });

  it('says a zero in the words of the quote, with no digit the quote lacks', async () => {
    const a = await engine().ask('Hoeveel doden vielen er bij de brand in de raadszaal?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toContain('geen doden');
    expect(a.answer).not.toContain('(0)');
    const [ok, total] = citationSupport(engine(), a);
    expect(ok).toBe(total);
  });
});

describe('a reference in brackets after a figure', () => {
  it('ends the window of the figure\'s noun, so no "[21]" reaches a figure line as a citation', () => {
    expect(nounWindow(' month delay [21], as well as a change')).toBe(' month delay ');
    expect(nounWindow(' patients (n = 40) were')).toBe(' patients ');
  });
});
