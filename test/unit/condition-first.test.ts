import { describe, expect, it } from 'vitest';
import { conditionFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import { candidateAt } from '../support/candidate.js';

/** A question asking what follows on a condition: the unit whose own condition speaks of it answers first. */
const body =
  'Werknemers behouden hun loon tot het bedrag dat op 30 juni gold, ten hoogste tot 1 juli. ' +
  'Indien het minimumloon wordt verlaagd, worden de bedragen van het behouden loon naar evenredigheid verlaagd. ' +
  'Employees keep their wage until July. If the minimum wage is lowered, the kept wages are lowered likewise.';
const article = { id: 'a', language: 'nl', body } as Article;
const stats = CorpusStats.fromArticles([article]);
const texts = (cs: Candidate[]) => cs.map((c) => c.unit.text);

describe('conditionFirst', () => {
  const kept = candidateAt(
    article,
    'Werknemers behouden hun loon tot het bedrag dat op 30 juni gold, ten hoogste tot 1 juli.',
    0.3,
  );
  const lowered = candidateAt(
    article,
    'Indien het minimumloon wordt verlaagd, worden de bedragen van het behouden loon naar evenredigheid verlaagd.',
    0.2,
  );
  const q = analyse('Wat gebeurt er met het behouden loon als het minimumloon omlaag gaat?', stats);

  it("puts first the unit whose condition writes a word of the question's condition", () => {
    expect(texts(conditionFirst(q, [kept, lowered]))).toEqual([lowered.unit.text, kept.unit.text]);
  });

  it('leaves the pool for another question, a best unit that states the case, or a unit that scores too little', () => {
    const plain = analyse('Welk loon behouden werknemers als het minimumloon omlaag gaat?', stats);
    expect(texts(conditionFirst(plain, [kept, lowered]))[0]).toBe(kept.unit.text);
    expect(texts(conditionFirst(q, [lowered, kept]))[0]).toBe(lowered.unit.text);
    expect(texts(conditionFirst(q, [kept, { ...lowered, score: 0.1 }]))[0]).toBe(kept.unit.text);
  });

  it('reads English questions and units too', () => {
    const en = { ...article, language: 'en' } as Article;
    const keep = candidateAt(en, 'Employees keep their wage until July.', 0.3);
    const lower = candidateAt(en, 'If the minimum wage is lowered, the kept wages are lowered likewise.', 0.2);
    const asked = analyse(
      'What happens to the kept wages if the minimum wage goes down?',
      CorpusStats.fromArticles([en]),
    );
    expect(texts(conditionFirst(asked, [keep, lower]))[0]).toBe(lower.unit.text);
  });

  it('reads the condition a question asks the consequence of', () => {
    const nl = pack('nl').rules.consequence;
    expect(nl.exec('wat gebeurt er met het loon als het minimumloon omlaag gaat?')?.[1]).toBe(
      'het minimumloon omlaag gaat',
    );
    expect(nl.test('welk loon geldt als het minimumloon omlaag gaat')).toBe(false);
    expect(pack('en').rules.consequence.exec('what happens if the owner pays?')?.[1]).toBe('the owner pays');
  });
});
