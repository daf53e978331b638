import { describe, expect, it } from 'vitest';
import { unmetFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import { candidateAt } from '../support/candidate.js';

/** A question asking what holds when a condition is not met: the provision for that case answers first. */
const body =
  'Het goed wordt aan de eigenaar afgegeven in geval hij de kosten aan de beheerder voldoet. ' +
  'Indien de eigenaar in gebreke blijft de kosten te voldoen, is de beheerder bevoegd het goed te verkopen. ' +
  'The goods are returned if the owner pays the costs. If the owner does not pay the costs, the goods are sold.';
const article = { id: 'a', language: 'nl', body } as Article;
const stats = CorpusStats.fromArticles([article]);
const texts = (cs: Candidate[]) => cs.map((c) => c.unit.text);

describe('unmetFirst', () => {
  const met = candidateAt(
    article,
    'Het goed wordt aan de eigenaar afgegeven in geval hij de kosten aan de beheerder voldoet.',
    0.3,
  );
  const unmet = candidateAt(
    article,
    'Indien de eigenaar in gebreke blijft de kosten te voldoen, is de beheerder bevoegd het goed te verkopen.',
    0.25,
  );
  const q = analyse('Wat mag de beheerder doen als de eigenaar de kosten niet betaalt?', stats);

  it('puts the unit for the unmet condition first when the question asks what holds if something is not done', () => {
    expect(texts(unmetFirst(q, [met, unmet]))).toEqual([unmet.unit.text, met.unit.text]);
  });

  it('leaves the pool when the question asks no unmet condition, the best says one, or the unit scores too little', () => {
    const paid = analyse('Wat mag de beheerder doen als de eigenaar de kosten betaalt?', stats);
    expect(texts(unmetFirst(paid, [met, unmet]))[0]).toBe(met.unit.text);
    expect(texts(unmetFirst(q, [unmet, met]))[0]).toBe(unmet.unit.text);
    expect(texts(unmetFirst(q, [met, { ...unmet, score: 0.05 }]))[0]).toBe(met.unit.text);
  });

  it('reads English questions and units too', () => {
    const en = { ...article, language: 'en' } as Article;
    const paid = candidateAt(en, 'The goods are returned if the owner pays the costs.', 0.3);
    const unpaid = candidateAt(en, 'If the owner does not pay the costs, the goods are sold.', 0.25);
    const asked = analyse('What happens to the goods if the owner does not pay?', stats);
    expect(texts(unmetFirst(asked, [paid, unpaid]))[0]).toBe(unpaid.unit.text);
  });

  it('knows the unmet conditions of each language', () => {
    const nl = pack('nl').rules.unmet;
    expect(nl.test('indien een aanduiding daaromtrent ontbreekt')).toBe(true);
    expect(nl.test('als er geen datum in staat')).toBe(true);
    expect(nl.test('in geval zij de kosten voldoen')).toBe(false);
    expect(nl.test('wanneer treedt de wet in werking')).toBe(false);
    const en = pack('en').rules.unmet;
    expect(en.test('if the person i designated cannot be reached')).toBe(true);
    expect(en.test('where the owner fails to pay')).toBe(true);
    expect(en.test('if the owner pays')).toBe(false);
  });
});
