/** A moment reckoned from an event ("voor het in werking treden van dit besluit") does not say when it was. */
import { describe, expect, it } from 'vitest';
import { anchoredLast } from '../../src/answer/after-verdict.js';
import { anchoredGroups, saysUnanchored } from '../../src/answer/event-anchor.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

const reckoned =
  'Voor boten die voor het in werking treden van dit besluit werden gebouwd, geldt het verbod vanaf een jaar na ' +
  'de bekendmaking.';
const dated = 'Dit besluit treedt in werking met ingang van de derde kalendermaand na de bekendmaking.';
const body = `Artikel 4\n\n${reckoned}\n\nArtikel 5\n\n${dated}`;
const article = { id: 'b', language: 'nl', body, title: 'Besluit boten' } as Article;
const stats = CorpusStats.fromArticles([article]);

describe('a moment reckoned from an event', () => {
  const q = analyse('Wanneer treedt het besluit in werking?', stats);

  it('says the event only within "voor het … treden", and a commencement clause says it outside', () => {
    const event = anchoredGroups(reckoned, 'nl', q.groups).map((g) => g.id);
    expect(event).toContain('werking');
    expect(saysUnanchored(dated, 'nl', anchoredGroups(reckoned, 'nl', q.groups))).toBe(true);
    expect(anchoredGroups(dated, 'nl', q.groups)).toEqual([]);
  });

  it('goes behind the unit that dates the event, for a "when" question', () => {
    const pool = [candidateAt(article, reckoned, 0.6), candidateAt(article, dated, 0.2)];
    expect(anchoredLast(q, pool)[0]?.unit.text).toBe(dated);
    const which = analyse('Welke boten vallen onder het besluit?', stats);
    expect(anchoredLast(which, pool)[0]?.unit.text).toBe(reckoned);
  });
});
