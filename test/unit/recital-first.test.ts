import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { recitalFirst } from '../../src/answer/recitals.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import { candidateAt } from '../support/candidate.js';

/** How a statute was made is told by its recitals, though the provision naming it says more of the question. */
const body =
  'Besluit van 1 mei 1985, houdende regels over het geluid van bromfietsen\n\n' +
  'Gelet op artikel 2 van de Wet geluidhinder;\n\n' +
  'Gehoord de Centrale Raad voor de Milieuhygiëne (advies van 7 juni 1982);\n\n' +
  'De Raad van State gehoord (advies van 22 april 1985);\n\n' +
  'Artikel 1\n\nDit besluit wordt aangehaald als: Besluit geluid bromfietsen.';
const article = { id: 'a', language: 'nl', body } as Article;
const stats = CorpusStats.fromArticles([article]);
const unit = (text: string, score: number, coverage = 0.5): Candidate => {
  const c = candidateAt(article, text, score);
  return { ...c, m: { ...c.m, coverage } };
};
const cited = unit('Dit besluit wordt aangehaald als: Besluit geluid bromfietsen.', 0.4, 0.7);
const basis = unit('Gelet op artikel 2 van de Wet geluidhinder;', 0.05);
const council = unit('Gehoord de Centrale Raad voor de Milieuhygiëne (advies van 7 juni 1982);', 0.07);
const state = unit('De Raad van State gehoord (advies van 22 april 1985);', 0.08);
const pool = [cited, state, council, basis];
const first = (question: string) => recitalFirst(analyse(question, stats), pool)[0]?.unit.text;

describe('recitalFirst', () => {
  it('answers on what advice a statute was made by its recital of the advice, the first of equals', () => {
    expect(first('Which council advised on the moped noise decree?')).toBe(council.unit.text);
    expect(first('Welke raad heeft advies gegeven over het besluit?')).toBe(council.unit.text);
  });

  it('answers on what a statute is based by its "Gelet op"', () => {
    expect(first('Op welke wet berust het Besluit geluid bromfietsen?')).toBe(basis.unit.text);
    expect(first('On which act is the decree based?')).toBe(basis.unit.text);
  });

  it('leaves other questions alone', () => {
    expect(first('Hoe wordt het besluit aangehaald?')).toBe(cited.unit.text);
  });

  it('knows the recitals of each language', () => {
    expect(pack('nl').recitals.opens.advice.test('de raad van state gehoord (advies van 22 april 1985)')).toBe(true);
    expect(pack('nl').recitals.opens.proposal.test('op de voordracht van onze minister')).toBe(true);
    expect(pack('en').recitals.opens.basis.test('having regard to article 2')).toBe(true);
  });
});
