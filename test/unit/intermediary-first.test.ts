import { describe, expect, it } from 'vitest';
import { intermediaryFirst } from '../../src/answer/after-verdict.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

/** "Via welke instantie …?" is answered by the unit that names the go-between. */
const body =
  'Bestuursorganen verstrekken aan het college de gegevens voor de uitvoering van deze wet. ' +
  'Het verstrekken van gegevens kan geschieden door tussenkomst van het Inlichtingenbureau.';
const article = { id: 'a', language: 'nl', body } as Article;
const stats = CorpusStats.fromArticles([article]);
const plain = candidateAt(
  article,
  'Bestuursorganen verstrekken aan het college de gegevens voor de uitvoering van deze wet.',
  0.3,
);
const through = candidateAt(
  article,
  'Het verstrekken van gegevens kan geschieden door tussenkomst van het Inlichtingenbureau.',
  0.25,
);
const first = (question: string, pool = [plain, through]) => intermediaryFirst(analyse(question, stats), pool)[0];

describe('intermediaryFirst', () => {
  it('puts the unit naming a go-between first when the question asks through which one', () => {
    expect(first('Via welke instantie kan het college gegevens krijgen?')).toBe(through);
    expect(first('Through which agency can the council get data?')).toBe(through);
  });

  it('leaves the pool when the question asks no go-between or the unit scores too little', () => {
    expect(first('Wie verstrekt het college gegevens?')).toBe(plain);
    expect(first('Via welke instantie kan het college gegevens krijgen?', [plain, { ...through, score: 0.1 }])).toBe(
      plain,
    );
  });
});
