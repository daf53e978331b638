/** A short question word ("blad") that heads a unit's Dutch compound ("personeelsblad") still counts, at its end only. */
import { describe, expect, it } from 'vitest';
import { match } from '../../src/answer/evidence.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem, words } from '../../src/text/analyze.js';

const body =
  'Dat zegt directeur Jansen in het personeelsblad De Spoorkrant. Hij erkent dat er fouten zijn gemaakt. ' +
  'Het blad verschijnt maandelijks. Op de bladzijde staat een foto. De ombouwkosten waren hoog. De ombouw kost veel.';
const stats = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body }]);
const stems = (text: string) => new Set(words(text).map((w) => stem(w, 'nl')));

describe('a short word heading a Dutch compound', () => {
  const q = analyse('In welk blad erkende Jansen dat er fouten zijn gemaakt?', stats);

  it('counts "blad" in "personeelsblad", as less than the word itself', () => {
    const inCompound = match(q, stems('Dat zegt directeur Jansen in het personeelsblad De Spoorkrant.'), 'nl', true);
    const own = match(q, stems('Dat zegt directeur Jansen in het blad De Spoorkrant.'), 'nl', true);
    expect(inCompound.matched).toContain('blad');
    expect(inCompound.coverage).toBeLessThan(own.coverage);
  });

  it('does not count it where it opens a word', () => {
    expect(match(q, stems('Op de bladzijde staat een foto.'), 'nl', true).matched).not.toContain('blad');
  });

  it('does not read a short word translated from the question as a head', () => {
    const en = analyse('How much did the conversion cost?', stats);
    expect([...(en.groups.find((g) => g.id === 'cost')?.forms.get('nl') ?? [])]).toContain('kost');
    expect(match(en, stems('De ombouwkosten waren hoog.'), 'nl', true).matched).not.toContain('cost');
  });
});
