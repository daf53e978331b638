import { describe, expect, it } from 'vitest';
import { timeMentions } from '../../src/answer/kinds.js';
import { pack } from '../../src/lang/index.js';
import { daysNamed } from '../../src/text/dates.js';

describe('daysNamed', () => {
  it('reads a day of the month before or after the month, in English and Dutch', () => {
    expect([...daysNamed('as at 25 January 2020')]).toEqual(['1-25']);
    expect([...daysNamed('As of January 30, 2020, there were 9,776')]).toEqual(['1-30']);
    expect([...daysNamed('Op 5 november en 12 december')]).toEqual(['11-5', '12-12']);
  });

  it('names no day for a month alone, a year, or a number too large to be a day', () => {
    expect(daysNamed('In March 2021, 300 people came').size).toBe(0);
    expect(daysNamed('300 maart').size).toBe(0);
  });
});

describe('timeMentions', () => {
  const mentions = (text: string, lang: string) => timeMentions(text, pack(lang));

  it('reads a weekday with a part of the day written as one word as a time', () => {
    expect(mentions('Het bestuur maakte dat dinsdagavond bekend.', 'nl')).toContain('dinsdagavond');
    expect(mentions('Zaterdagochtend raakten twaalf mensen gewond.', 'nl')).toContain('zaterdagochtend');
    expect(mentions('De dinsdagmarkt is populair.', 'nl')).toEqual([]);
  });

  it('reads a year or season of its own kind after a word that points to it as a time', () => {
    expect(mentions('De school sluit na dit schooljaar.', 'nl')).toContain('dit schooljaar');
    expect(mentions('The club will play there this season.', 'en')).toContain('this season');
    expect(mentions('Het seizoen was lang.', 'nl')).toEqual([]);
  });

  it('reads "may" and "march" as months only when written with a capital', () => {
    expect(mentions('The new analyses may stimulate novel work.', 'en')).toEqual([]);
    expect(mentions('The survey ran in May.', 'en')).toContain('may');
    expect(mentions('Het onderzoek liep in mei.', 'nl')).toContain('mei');
  });

  it('reads a year in brackets after an author as a citation, not a time', () => {
    expect(mentions('Our study complements Navarro’s (2016) analyses of sonnets.', 'en')).toEqual([]);
    expect(mentions('As Smith et al. (2016) found, the effect holds.', 'en')).toEqual([]);
    expect(mentions('The film Parasite (2019) won.', 'en')).toContain('2019');
  });

  it('reads yesterday with a part of the day written as one Dutch word as a time', () => {
    expect(mentions('De voorzitter is gisterochtend afgetreden.', 'nl')).toEqual(['gisterochtend']);
    expect(mentions('Het bestuur vergaderde gisteravond.', 'nl')).toEqual(['gisteravond']);
  });
});
