import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem } from '../../src/text/analyze.js';
import { countryNames } from '../../src/text/countries.js';

/** A country's other one-word names (i18n-iso-countries), in every pack's language. */
describe('country names', () => {
  it('knows a country by its short forms and its name in each language, and only one-word names', () => {
    expect(countryNames('usa')).toContain('usʼ');
    expect(countryNames('usʼ')).toContain('usa');
    expect(countryNames('nederland')).toContain('netherlands');
    expect(countryNames('duitsland')).toContain('germany');
    // "United States" is two words, each of which would stand for the country.
    expect(countryNames('usa')).not.toContain('states');
    expect(countryNames('harbour')).toEqual([]);
  });

  it('lets "the USA" in a question meet "the US" in an article, and "Duitsland" meet "Germany"', () => {
    const en = CorpusStats.fromArticles([
      { id: 'a', language: 'en', body: 'The first case in the US state of Washington was confirmed on 15 January.' },
    ]);
    const forms = (q: string, id: string, stats: CorpusStats) => [
      ...(analyse(q, stats)
        .groups.find((g) => g.id === id)
        ?.forms.get('en') ?? []),
    ];
    expect(forms('When was the first case confirmed in the USA?', 'usa', en)).toContain(stem('usʼ', 'en'));
    expect(forms('Wanneer werd het eerste geval in Duitsland bevestigd?', 'duitsland', en)).toContain(
      stem('germany', 'en'),
    );
  });
});
