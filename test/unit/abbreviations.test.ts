import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { findAbbreviations } from '../../src/text/abbreviations.js';
import { groupForms } from '../support/question-forms.js';

describe('abbreviations an article defines', () => {
  it('finds "long form (SHORT)" in either language, the short form spelt by the long one', () => {
    const found = (t: string) => findAbbreviations(t).map((a) => `${a.short}=${a.long}`);
    expect(found('a variety of coronaviruses (CoVs). Several of them')).toEqual(['CoVs=coronaviruses']);
    expect(found('Tuberculosis (TB) remains a major cause')).toEqual(['TB=Tuberculosis']);
    expect(found('De Noord-Atlantische Verdragsorganisatie (NAVO) zei')).toEqual([
      'NAVO=Noord-Atlantische Verdragsorganisatie',
    ]);
    expect(found('the World Health Organization (WHO) estimated')).toEqual(['WHO=World Health Organization']);
  });

  it('takes the words whose initials spell the short form, not the last word holding its letters', () => {
    const found = (t: string) => findAbbreviations(t).map((a) => `${a.short}=${a.long}`);
    expect(found("een bijeenkomst van Women's Ordination Worldwide (WOW). Wie")).toEqual([
      "WOW=Women's Ordination Worldwide",
    ]);
    expect(found('de Vereniging van Nederlandse Gemeenten (VNG) zei')).toEqual([
      'VNG=Vereniging van Nederlandse Gemeenten',
    ]);
    expect(found('the United States of America (USA) is')).toEqual(['USA=United States of America']);
  });

  it('takes no bracket that is not one: a place, a year, a credit, a reference', () => {
    const found = (t: string) => findAbbreviations(t);
    expect(found('He was born in Paris (France) in 1928 (aged 3).')).toEqual([]);
    expect(found('Volgens het ministerie (foto EPA) zei hij')).toEqual([]);
    expect(found('as shown before (Zaki et al., 2012).')).toEqual([]);
  });

  it('makes a question word find what the articles abbreviate it to, and back', () => {
    const stats = CorpusStats.fromArticles([
      { id: 'a', language: 'en', body: 'Tuberculosis (TB) is common. Human coronavirus (HCoV) causes colds.' },
    ]);
    const forms = (q: string, id: string) => groupForms(analyse(q, stats), id, 'en');
    expect(forms('How many tuberculosis cases?', 'tuberculosis')).toContain('tb');
    expect(forms('What causes TB?', 'tb')).toContain('tuberculosi');
    expect(forms('Does human coronavirus cause colds?', 'coronavirus')).toContain('hcov');
    expect(forms('Does a bat coronavirus cause colds?', 'coronavirus')).not.toContain('hcov');
  });

  it('lets every word of an asked long form find its short form, not only the last', () => {
    const stats = CorpusStats.fromArticles([
      {
        id: 'a',
        language: 'nl',
        body: "De bijeenkomst van Women's Ordination Worldwide (WOW) was in Dublin. WOW-woordvoerster Vitanel sprak.",
      },
    ]);
    const forms = (q: string, id: string) => groupForms(analyse(q, stats), id, 'nl');
    for (const id of ['women', 'ordination', 'worldwide'])
      expect(forms("Who is the spokeswoman of Women's Ordination Worldwide?", id)).toContain('wow');
    expect(forms('Who ordained women?', 'women')).not.toContain('wow');
  });
});
