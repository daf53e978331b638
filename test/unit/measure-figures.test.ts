/** A measure asked by its noun ("fatality rate", "oppervlakte"): every article's figure for it, of the subject asked. */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('figures of a measure asked by its noun', () => {
  const engine = engineWith('bron-measure-figures-', {
    older: {
      title: 'Velox fever in the lowlands',
      outlet: 'Health Journal',
      date: '2019-01-29',
      language: 'en',
      body:
        'Velox fever broke out in the lowlands in 2003.\n\n' +
        'At least 8,000 cases of Velox fever were reported, with a fatality rate of 9.6%, between 2003 and 2004.',
    },
    newer: {
      title: 'Old lessons for a new virus',
      outlet: 'Health Journal',
      date: '2020-02-05',
      language: 'en',
      body:
        'The new virus spreads quickly. Its current estimated fatality rate seems to be around 3% which is not ' +
        'comparable to the 10% rate for Velox fever or 34% reported for Corra fever.',
    },
    hotels: {
      title: 'Hotels of Velden',
      outlet: 'Travel Guide',
      date: '2020-03-01',
      language: 'en',
      body: 'Velden has many hotels. Of the hotels in Velden, 40% are rated excellent by their guests.',
    },
    noord: {
      title: 'Noord-Marland',
      outlet: 'Wikipedia',
      date: '2023-05-01',
      language: 'nl',
      body:
        'Noord-Marland is een provincie. Zij grenst aan Zuid-Marland.\n\nInfo\n\nHoofdplaats: Velsum\n' +
        'Oppervlakte: 2106 km²\nAantal inwoners: 1.040.261',
    },
  });

  it('lists each article’s figure for the subject, not another’s in the same sentence', async () => {
    const a = await engine().ask('What was the fatality rate of Velox fever?');
    const values = a.figures?.map((f) => f.value) ?? [];
    expect(values).toEqual(expect.arrayContaining([9.6, 10]));
    expect(values).not.toContain(34);
    expect(values).not.toContain(3);
  });

  it('takes no number a word sharing the stem stands next to ("rated" is no rate)', async () => {
    const a = await engine().ask('What is the vacancy rate of hotels in Velden?');
    expect(a.figures?.map((f) => f.value) ?? []).not.toContain(40);
  });

  it('gives a field line’s figure for its article’s subject, and none for a name sharing a word', async () => {
    const own = await engine().ask('Wat is de oppervlakte van Noord-Marland?');
    expect(own.figures?.map((f) => f.value)).toEqual([2106]);
    const other = await engine().ask('Wat is de oppervlakte van Zuid-Marland?');
    expect(other.grounded).toBe(false);
  });
});

describe('a measure given as a range', () => {
  const engine = engineWith('bron-measure-range-', {
    review: {
      title: 'Fevers of the lowlands',
      outlet: 'Health Journal',
      date: '2018-02-02',
      language: 'en',
      body: 'Velox fever is a severe illness. Its case fatality rates ranged from 14% to 45% in the lowlands.',
    },
  });

  it('is one figure written with its end, not two', async () => {
    const a = await engine().ask('What is the fatality rate of Velox fever?');
    expect(a.figures?.map((f) => f.value)).toEqual([14]);
    expect(a.answer).toContain('14% to 45%');
  });
});

describe('a measure asked by its noun that the articles never give', () => {
  const engine = engineWith('bron-measure-unsaid-', {
    town: {
      title: 'Velden',
      outlet: 'Travel Guide',
      date: '2020-03-01',
      language: 'en',
      body:
        'Velden is a port town on the shore of Lake Marl. Like most towns of the region, Velden began to lose ' +
        'population to its suburbs in the 1960s and 1970s.',
    },
    island: {
      title: 'Marl Island',
      outlet: 'Travel Guide',
      date: '2020-03-02',
      language: 'en',
      body: 'Marl Island is only 1km² and has a lighthouse from 1880.',
    },
    harbour: {
      title: 'Tolmar harbour',
      outlet: 'Travel Guide',
      date: '2020-03-03',
      language: 'en',
      body: 'Tolmar grew after 1906, and the trade of the 20s and 30s saw its population in the hundreds of thousands.',
    },
  });

  it('refuses when no unit writes the measure, though they name the subject and other numbers', async () => {
    const a = await engine().ask('What is the population of Velden?');
    expect(a.grounded).toBe(false);
  });

  it('answers an area written in its unit alone, and a population in a vague quantity', async () => {
    const area = await engine().ask('What is the area of Marl Island?');
    expect(area.figures?.map((f) => f.value)).toEqual([1]);
    const old = await engine().ask('How large was the population of Tolmar?');
    expect(old.grounded).toBe(true);
    expect(old.answer).toContain('hundreds of thousands');
  });
});
