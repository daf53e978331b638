import { supportedLanguages, toISO3 } from 'tinyld/light';
import { describe, expect, it } from 'vitest';
import { detectLanguage, PACKS } from '../../src/lang/index.js';

describe('the question’s language', () => {
  it('is one tinyld’s light model can tell, for every language pack (a third pack must be among its 24)', () => {
    for (const p of PACKS) expect(supportedLanguages, p.code).toContain(toISO3(p.code));
  });

  it('is read from the packs’ function words first, and from tinyld when they tie or are absent', () => {
    expect(detectLanguage('Hoeveel soldaten zijn er in Rusland?')).toBe('nl');
    expect(detectLanguage('How many soldiers are in Russia?')).toBe('en');
    // No function word of either pack: the statistical model decides.
    expect(detectLanguage('Tuberculosebestrijding gemeentelijke gezondheidsdienst')).toBe('nl');
    expect(detectLanguage('Tuberculosis treatment worldwide statistics')).toBe('en');
    // A short question whose one function word is "welk", "waardoor" or "whose" (tinyld read these the other way).
    expect(detectLanguage('Welk percentage stemde?')).toBe('nl');
    expect(detectLanguage('Waardoor brandde het af?')).toBe('nl');
    expect(detectLanguage('Whose dog barked?')).toBe('en');
  });

  it('does not count a hint the other language writes too: "Wie was Theodorus?" is Dutch, "was" is both', () => {
    expect(detectLanguage('Wie was Theodorus?')).toBe('nl');
    expect(detectLanguage('wie was l’enfant')).toBe('nl');
    expect(detectLanguage('Who was Theodorus of Tabennese?')).toBe('en');
    expect(detectLanguage('What is the capital of Peru?')).toBe('en');
  });

  it('reads a request as well as a question: "tell me about", "geef een overzicht"', () => {
    expect(detectLanguage('Tell me about Jeanne Moreau')).toBe('en');
    expect(detectLanguage('Give me an overview')).toBe('en');
    expect(detectLanguage('Geef een overzicht')).toBe('nl');
    expect(detectLanguage('Vertel me over Rutte')).toBe('nl');
  });

  it('takes a name alone as asked in the articles’ language, and only a name', () => {
    expect(detectLanguage('Jeanne Moreau?', 'en')).toBe('en');
    expect(detectLanguage('Jeanne Moreau?', 'nl')).toBe('nl');
    expect(detectLanguage('600,000 Russian casualties?', 'nl')).toBe('en'); // words of a language say which
  });
});
