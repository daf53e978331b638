import { describe, expect, it } from 'vitest';
import { negatedFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

/** A yes/no question's word the best unit leaves out, negated by another unit ("nooit eerder"): that one answers. */
const body =
  'Het toernooi zou in juli in Lima worden gehouden. Het toernooi is nooit eerder in Lima georganiseerd. ' +
  'Het toernooi was eerder in Quito.';
const article = { id: 'a', language: 'nl', body } as Article;
const stats = CorpusStats.fromArticles([article]);

function unit(text: string, score: number, matched: string[]): Candidate {
  const c = candidateAt(article, text, score);
  return { ...c, m: { ...c.m, matched: new Set(matched) } };
}

describe('a unit negating what a yes/no question asks', () => {
  const q = analyse('Is het toernooi al eens eerder in Lima gehouden?', stats);
  const ids = q.groups.map((g) => g.id);
  const best = unit(
    'Het toernooi zou in juli in Lima worden gehouden.',
    0.6,
    ids.filter((id) => id !== 'eerder'),
  );
  const never = unit(
    'Het toernooi is nooit eerder in Lima georganiseerd.',
    0.3,
    ids.filter((id) => id !== 'gehouden'),
  );
  const texts = (cs: Candidate[]) => cs.map((c) => c.unit.text);

  it('answers first when it scores enough of the best', () => {
    expect(ids).toContain('eerder');
    expect(texts(negatedFirst(q, [best, never]))).toEqual([never.unit.text, best.unit.text]);
  });

  it('does not when it scores too little, says the word without a negation, or the question asks no yes or no', () => {
    expect(texts(negatedFirst(q, [best, { ...never, score: 0.2 }]))[0]).toBe(best.unit.text);
    const said = unit('Het toernooi was eerder in Quito.', 0.3, ['toernooi', 'eerder']);
    expect(texts(negatedFirst(q, [best, said]))[0]).toBe(best.unit.text);
    const where = analyse('Waar is het toernooi eerder gehouden?', stats);
    expect(texts(negatedFirst(where, [best, never]))[0]).toBe(best.unit.text);
  });
});
