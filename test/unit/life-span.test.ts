import { describe, expect, it } from 'vitest';
import { timeMentions } from '../../src/answer/kinds.js';
import { lifeSpanOf, lifeSpanPlaces, lifeSpanSubject, lifeSpanYears } from '../../src/answer/life-span.js';
import { pack } from '../../src/lang/index.js';

describe('the brackets after an encyclopedia subject’s name', () => {
  it('tell a life span from a birth only, past a title inside the name', () => {
    expect(lifeSpanOf('Astrid Sofia Thyra (Stockholm 17 november 1905 -- Küssnacht 29 augustus 1935), prinses')).toBe(
      'span',
    );
    expect(lifeSpanOf('Karel Dries baron Vos (Zandvoorde 21 maart 1941) was de eerste ballonvaarder.')).toBe('birth');
    expect(lifeSpanOf('Jeanne Moreau (French pronunciation: [ʒan mɔʁo]; 23 January 1928 – 31 July 2017) was')).toBe(
      'span',
    );
    // Brackets inside the bracket, one deep: a pronunciation guide.
    expect(lifeSpanOf('Antonín Dvořák (/ d(ə)ˈvɔːrʒɑːk /; 8 September 1841 – 1 May 1904) was a Czech composer.')).toBe(
      'span',
    );
    // A citation in brackets after a name is no life span; nor is a bracket later in the sentence.
    expect(lifeSpanOf('SARS-CoV is the etiological agent of SARS (Drosten et al., 2003).')).toBeUndefined();
    expect(lifeSpanOf('The treaty was signed in Lisbon (2007).')).toBeUndefined();
    // A title after a comma is part of the name.
    const ada = 'Augusta Ada King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852) was';
    expect(lifeSpanOf(ada)).toBe('span');
    expect(lifeSpanSubject(ada)).toBe('Augusta Ada King, Countess of Lovelace');
  });

  it('date a life of three-digit years as one of four', () => {
    const monk = 'Theodorus of Tabennese (c. 314 – 368), also known as Abba Theodorus, was a monk.';
    expect(lifeSpanYears(monk)).toEqual(['314', '368']);
    expect(timeMentions(monk, pack('en'))).toEqual(expect.arrayContaining(['314', '368']));
    // A bracket of one number is no life span, and a bare three-digit number dates nothing.
    expect(lifeSpanYears('Route Nationale (300 km) runs south.')).toEqual([]);
    expect(timeMentions('Route Nationale (300 km) runs south.', pack('en'))).toEqual([]);
  });

  it('name the places right before a date, not a language before a pronunciation', () => {
    expect(lifeSpanPlaces('Jan Smit (Sint-Niklaas, 3 mei 1920 - Den Haag, 1 juni 1999) was')).toEqual([
      'Sint-Niklaas',
      'Den Haag',
    ]);
    expect(lifeSpanPlaces('Karel Dries baron Vos (Zandvoorde 21 maart 1941) was')).toEqual(['Zandvoorde']);
    expect(lifeSpanPlaces('Jeanne Moreau (French pronunciation: [ʒan mɔʁo]; 23 January 1928 – 31 July 2017)')).toEqual(
      [],
    );
    // A month written before its day is no place.
    expect(lifeSpanPlaces('Pierre Vessant (August 2, 1754 – June 14, 1825), was')).toEqual([]);
    expect(lifeSpanPlaces('Pierre Vessant (Lyon 2 August 1754 – Paris 14 June 1825), was')).toEqual(['Lyon', 'Paris']);
  });

  it('tell the place of the birth, opening the bracket, from that of the death, after its dash', () => {
    const both = 'Pierre Vessant (Lyon 2 August 1754 – Paris 14 June 1825), was';
    expect(lifeSpanPlaces(both, 'birth')).toEqual(['Lyon']);
    expect(lifeSpanPlaces(both, 'death')).toEqual(['Paris']);
    const death = 'Jan Smit (1920 - Den Haag, 1 juni 1999) was';
    expect(lifeSpanPlaces(death, 'birth')).toEqual([]);
    expect(lifeSpanPlaces(death, 'death')).toEqual(['Den Haag']);
    expect(lifeSpanPlaces('Karel Dries baron Vos (Zandvoorde 21 maart 1941) was', 'death')).toEqual([]);
  });
});
