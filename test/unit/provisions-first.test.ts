/**
 * Over a text of provisions: a derogation ("In afwijking van artikel 1 …") goes behind the rule it departs from when
 * the question asks no exception; a provision's paragraph that states the question's figure ("binnen twee jaar")
 * goes before its neighbour that says more of the question's other words.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { ruleBeforeDerogation, statedFigureFirst, statedFigures } from '../../src/answer/provisions.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import { candidateAt } from '../support/candidate.js';

const body = [
  'Artikel 1',
  '',
  'De bekendmaking van verordeningen geschiedt door plaatsing in het gemeenteblad.',
  '',
  'Artikel 2',
  '',
  'In afwijking van artikel 1 kan een verordening bepalen dat een bijlage wordt bekendgemaakt door terinzagelegging.',
  '',
  'Artikel 3',
  '',
  '1. Hij die een boot verhuurt zonder vergunning, wordt gestraft met een geldboete van de tweede categorie.',
  '2. Het feit wordt beschouwd als overtreding.',
  '3. Indien nog geen twee jaren zijn verlopen sedert een vroegere veroordeling, kan hechtenis worden opgelegd.',
  '',
  'Artikel 4',
  '',
  'Binnen twee jaren na de inwerkingtreding zendt de minister een verslag over de verhuur van boten.',
  '',
  'Artikel 5',
  '',
  'In afwijking van artikel 1 wordt een verordening als bedoeld in artikel 4 bekendgemaakt in de Staatscourant.',
].join('\n');
const article = { id: 'w', language: 'nl', body, title: 'Wet', outlet: 'Wet', date: '2025-01-01' } as Article;
const stats = CorpusStats.fromArticles([article]);
const view = new TextView(new Map([['w', article]]));
const texts = (cs: Candidate[]) => cs.map((c) => c.unit.text);
/** A unit of the article, at its own sentence index (the view's), with the given coverage and score. */
function unit(text: string, coverage: number, score: number): Candidate {
  const c = candidateAt(article, text, score);
  const index = view.sentences('w').findIndex((s) => s.start === c.unit.start);
  return { ...c, unit: { ...c.unit, index: Math.max(0, index) }, m: { ...c.m, coverage } };
}

describe('ruleBeforeDerogation', () => {
  const rule = unit('De bekendmaking van verordeningen geschiedt door plaatsing in het gemeenteblad.', 0.8, 0.3);
  const derogation = unit(
    'In afwijking van artikel 1 kan een verordening bepalen dat een bijlage wordt bekendgemaakt door terinzagelegging.',
    1,
    0.8,
  );

  it('puts the rule a derogation names before it when the question asks no exception', () => {
    const q = analyse('Waar worden verordeningen bekendgemaakt?', stats);
    expect(texts(ruleBeforeDerogation(q, [derogation, rule], view))).toEqual([rule.unit.text, derogation.unit.text]);
  });

  it('takes the rule from the provision the derogation departs from, not one it names for another reason', () => {
    const q = analyse('Waar worden verordeningen bekendgemaakt?', stats);
    const other = unit(
      'In afwijking van artikel 1 wordt een verordening als bedoeld in artikel 4 bekendgemaakt in de Staatscourant.',
      1,
      0.8,
    );
    const named = unit(
      'Binnen twee jaren na de inwerkingtreding zendt de minister een verslag over de verhuur van boten.',
      0.9,
      0.5,
    );
    expect(texts(ruleBeforeDerogation(q, [other, named, rule], view))).toEqual([
      rule.unit.text,
      other.unit.text,
      named.unit.text,
    ]);
  });

  it('leaves the derogation first for a question that asks another case, or a rule that says too little', () => {
    const other = analyse('Hoe kan een bijlage anders dan in het gemeenteblad worden bekendgemaakt?', stats);
    expect(texts(ruleBeforeDerogation(other, [derogation, rule], view))[0]).toBe(derogation.unit.text);
    const q = analyse('Waar worden verordeningen bekendgemaakt?', stats);
    const thin = { ...rule, m: { ...rule.m, coverage: 0.5 } };
    expect(texts(ruleBeforeDerogation(q, [derogation, thin], view))[0]).toBe(derogation.unit.text);
    // The derogation's context names a word of the question the rule does not: the question asks its own case.
    const own = { ...derogation, m: { ...derogation.m, near: new Set(['bijlage']) } };
    expect(texts(ruleBeforeDerogation(q, [own, rule], view))[0]).toBe(derogation.unit.text);
  });

  it('knows the derogations and exceptions of each language', () => {
    expect(pack('nl').crossRefs.derogation.test('in afwijking van artikel 4, tweede lid, ontvangt')).toBe(true);
    expect(pack('en').crossRefs.derogation.test('notwithstanding section 3, the minister may')).toBe(true);
    expect(pack('nl').rules.exception.test('geldt dit ook voor een bijlage')).toBe(true);
    expect(pack('nl').rules.exception.test('waar worden wetten bekendgemaakt')).toBe(false);
    expect(pack('en').rules.exception.test('can it be published other than in the gazette')).toBe(true);
    expect(pack('en').rules.exception.test('where are laws published')).toBe(false);
  });
});

describe('statedFigureFirst', () => {
  const first = unit(
    '1. Hij die een boot verhuurt zonder vergunning, wordt gestraft met een geldboete van de tweede categorie.',
    0.8,
    0.6,
  );
  const third = unit(
    '3. Indien nog geen twee jaren zijn verlopen sedert een vroegere veroordeling, kan hechtenis worden opgelegd.',
    0.3,
    0.05,
  );
  const report = unit(
    'Binnen twee jaren na de inwerkingtreding zendt de minister een verslag over de verhuur van boten.',
    0.5,
    0.3,
  );
  const q = analyse('Welke straf krijg je als je binnen twee jaar opnieuw een boot zonder vergunning verhuurt?', stats);

  it('reads the figures a question states: a number from two up and the asked word after it', () => {
    expect(statedFigures(q).map((f) => [f.value, f.noun.id])).toEqual([[2, 'jaar']]);
    expect(statedFigures(analyse('Welke straf krijg je als je een boot verhuurt?', stats))).toEqual([]);
  });

  it("puts the paragraph of the best unit's provision that writes the figure first", () => {
    expect(texts(statedFigureFirst(q, [first, report, third], view))).toEqual([
      third.unit.text,
      first.unit.text,
      report.unit.text,
    ]);
  });

  it('leaves the pool when no unit of the same provision writes it, or the best does', () => {
    expect(texts(statedFigureFirst(q, [first, report], view))[0]).toBe(first.unit.text);
    expect(texts(statedFigureFirst(q, [third, first], view))[0]).toBe(third.unit.text);
    const plain = analyse('Welke straf krijg je als je een boot zonder vergunning verhuurt?', stats);
    expect(texts(statedFigureFirst(plain, [first, third], view))[0]).toBe(first.unit.text);
  });
});
