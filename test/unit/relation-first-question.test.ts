import { describe, expect, it } from 'vitest';
import { relationFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { sentenceStems } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

/** A question the article asks its reader names no one who holds the relation asked. */
const body =
  'Wilt u een andere persoon aanwijzen voor de beslissing? Dan moet u dit zelf doorgeven aan het Register. ' +
  'Als de aangewezen persoon na uw overlijden niet bereikbaar is, beslissen uw Nabestaanden. ' +
  'Wilt u dat? Dan beslist de Notaris voor de aangewezen persoon.';
const article = { id: 'a', language: 'nl', body } as Article;
const stats = CorpusStats.fromArticles([article]);

function unit(text: string, score: number, matched: string[]): Candidate {
  const c = candidateAt(article, text, score);
  return { ...c, stems: sentenceStems(text, 'nl'), m: { ...c.m, matched: new Set(matched) } };
}

describe('relationFirst', () => {
  const q = analyse('Wie beslist als de aangewezen persoon niet bereikbaar is?', stats);
  const ids = q.groups.map((g) => g.id);
  const best = unit(
    'Dan moet u dit zelf doorgeven aan het Register. Als de aangewezen persoon na uw overlijden niet bereikbaar ' +
      'is, beslissen uw Nabestaanden.',
    0.6,
    ids,
  );
  const asking = unit(
    'Wilt u een andere persoon aanwijzen voor de beslissing? Dan moet u dit zelf doorgeven aan het Register.',
    0.3,
    ids,
  );

  it('does not put a unit first for a name beside the relation in a question it asks', () => {
    expect(q.relation).toBeDefined();
    expect(relationFirst(q, [best, asking])[0]?.unit.text).toBe(best.unit.text);
  });

  it('still reads a name beside the relation in a statement', () => {
    const told = unit('Wilt u dat? Dan beslist de Notaris voor de aangewezen persoon.', 0.3, ids);
    const plain = { ...best, unit: { ...best.unit, text: 'Dan moet u dit zelf doorgeven aan het Register.' } };
    expect(relationFirst(q, [plain, told])[0]).toBe(told);
  });
});

describe('relationFirst over a list that pairs terms', () => {
  const text =
    'De raad heeft tot taak het College van Saba te adviseren.\n\nIn Saba wordt gelezen voor:\n\n' +
    'a. gemeenteraad: eilandraad;\n\nb. burgemeester: gezaghebber.';
  const paired = { id: 'p', language: 'nl', body: text } as Article;
  const pstats = CorpusStats.fromArticles([paired]);
  const q = analyse('Wie neemt in Saba de taken van de burgemeester over?', pstats);
  const item = { ...candidateAt(paired, 'b. burgemeester: gezaghebber.', 0.3), kind: false };
  const task = candidateAt(paired, 'De raad heeft tot taak het College van Saba te adviseren.', 0.2);
  const says = { ...task, stems: sentenceStems(task.unit.text, 'nl'), m: { ...task.m, matched: new Set(['taken']) } };

  it('keeps first an item whose label the question asks of, over a unit that says the relation', () => {
    expect(q.relation?.id).toBe('taken');
    expect(relationFirst(q, [item, says])[0]).toBe(item);
  });
});
