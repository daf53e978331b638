import { describe, expect, it } from 'vitest';
import { purposeFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

/** "Waarvoor staakten zij?": the unit giving the purpose right after the asked act answers first. */
const body =
  'De staking van de bakkers is voorbij, maar de bakkers staken weer als ze niets krijgen. ' +
  'De bakkers hielden hun staking, voor hogere lonen, in het drukke weekeinde. ' +
  'De bakkers staakten lang, en voor de klanten was het vervelend.';
const article = { id: 'a', language: 'nl', body } as Article;
const stats = CorpusStats.fromArticles([article]);
const sentences = body.split(/(?<=\.) /);

const unit = (text: string, score: number) => candidateAt(article, text, score);

describe('the purpose of what a "waarvoor" question asks', () => {
  const q = analyse('Waarvoor staakten de bakkers?', stats);
  const [best, purpose, far] = [unit(sentences[0]!, 0.6), unit(sentences[1]!, 0.5), unit(sentences[2]!, 0.5)];
  const first = (question: typeof q, pool: Candidate[]) => purposeFirst(question, pool)[0]?.unit.text;

  it('is given by "voor" right after the asked act, which answers first when it scores enough', () => {
    expect(first(q, [best, purpose])).toBe(purpose.unit.text);
    expect(first(q, [best, { ...purpose, score: 0.2 }])).toBe(best.unit.text);
  });

  it('not by "voor" further on, nor for another question', () => {
    expect(first(q, [best, far])).toBe(best.unit.text);
    expect(first(analyse('Wanneer staakten de bakkers?', stats), [best, purpose])).toBe(best.unit.text);
  });
});
