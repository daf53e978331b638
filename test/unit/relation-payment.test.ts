/**
 * "Wie betaalt de kosten?" over "De kosten komen ten laste van de beheerder": a statute says who bears a cost in its
 * own words, which the said check hears as the payment asked (the packs' `kinship.payment`); "Wie draait op voor de
 * kosten?" asks the same in an idiom.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const WET = [
  'Artikel 4',
  'De beheerder kan een gezonken boot uit het kanaal laten verwijderen.',
  'Artikel 5',
  'De kosten van het verwijderen komen, voor zover de eigenaar ze niet heeft terugbetaald, ten laste van de beheerder.',
].join('\n\n');
const RULE = [
  'The keeper may remove a sunken boat from the canal.',
  'The costs of the removal, so far as the owner has not repaid them, are at the expense of the keeper.',
].join('\n\n');
// Elsewhere the articles write the verb asked, so the question's "betaalt", "pays" is a relation a unit can say.
const FEES = 'Wie een vergunning aanvraagt, moet leges betalen. Whoever applies for a permit pays a fee.';
const articles = [
  { id: 'wet', language: 'nl', body: WET, title: 'Kanaalwet', outlet: 'Wetten', date: '2024' },
  { id: 'rule', language: 'en', body: RULE, title: 'Canal Act', outlet: 'Statutes', date: '2024' },
  { id: 'fees', language: 'nl', body: FEES, title: 'Leges', outlet: 'Wetten', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);

describe('who pays, said as who bears the cost', () => {
  it('hears "Wie betaalt de kosten …?" in "ten laste van de beheerder"', () => {
    const q = analyse('Wie betaalt de kosten van het verwijderen als de eigenaar niet terugbetaalt?', stats);
    expect(rank(q, whole('wet', WET), ctx).said).toBe(true);
  });

  it('hears "Who pays the costs …?" in "at the expense of the keeper"', () => {
    const q = analyse('Who pays the costs of the removal if the owner has not repaid them?', stats);
    expect(rank(q, whole('rule', RULE), ctx).said).toBe(true);
  });

  it('reads "Wie draait op voor de kosten?" as asking who pays them', () => {
    const q = analyse('Wie draait op voor de kosten als de eigenaar niet terugbetaalt?', stats);
    expect(q.relation?.id).toBe('betaalt');
    expect(q.groups.map((g) => g.id)).not.toContain('draait');
    expect(rank(q, whole('wet', WET), ctx).said).toBe(true);
  });

  it('still hears no payment where no unit says who bears a cost', () => {
    const q = analyse('Wie betaalt de kosten van het verwijderen?', stats);
    expect(q.relation?.id).toBe('betaalt');
    expect(rank(q, whole('wet', WET.split('\n\nArtikel 5')[0]!), ctx).said).toBe(false);
  });
});
