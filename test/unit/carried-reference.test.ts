/**
 * "Uiterlijk zes maanden na … geeft het college van burgemeester en wethouders uitvoering aan artikel 1": a provision
 * that says the rest of the question only through a reference that carries the referred rule, through the organ
 * that acts for the body asked of, and with a span for "hoeveel tijd", answers that question.
 */
import { describe, expect, it } from 'vitest';
import { candidateFor, gather } from '../../src/answer/candidates.js';
import { compose } from '../../src/answer/compose.js';
import { countsTime } from '../../src/answer/count-words.js';
import { carriedStems, referredStems } from '../../src/answer/cross-refs.js';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import { stem } from '../../src/text/analyze.js';
import { answerContext } from '../support/answer-context.js';

const BODY = [
  'Artikel 1',
  '',
  'Het college van burgemeester en wethouders biedt de ingezetenen toegang tot een klachtenloket.',
  '',
  'Artikel 2',
  '',
  '1. Een klachtenloket als bedoeld in artikel 1 registreert de klachten, bedoeld in Boek 7 van het Burgerlijk Wetboek.',
  '2. De gemeenteraad stelt regels vast omtrent de inrichting van het klachtenloket, bedoeld in artikel 1.',
  '',
  'Artikel 3',
  '',
  'Uiterlijk zes maanden na de inwerkingtreding van deze wet geeft het college uitvoering aan artikel 1.',
].join('\n');

function setup() {
  const article = { id: 'w', language: 'nl', body: BODY, title: 'Wet', outlet: 'Wet', date: '2025-01-01' } as Article;
  const view = new TextView(new Map([['w', article]]));
  const stats = CorpusStats.fromArticles([article]);
  const find = (start: string) => view.sentences('w').find((s) => s.text.includes(start))!;
  return { view, stats, find };
}

describe('a reference that carries its rule', () => {
  it("reads the referred provision's words as the sentence's own", () => {
    const { view, find } = setup();
    expect(carriedStems(find('Uiterlijk'), view)).toContain(stem('klachtenloket', 'nl'));
  });

  it('lends nothing through a reference that only points ("bedoeld in artikel 1")', () => {
    const { view, find } = setup();
    const s = find('De gemeenteraad');
    expect(referredStems(s, view).size).toBeGreaterThan(0);
    expect(carriedStems(s, view).size).toBe(0);
  });

  it('knows the carrying forms of both packs', () => {
    const nl = pack('nl').crossRefs.carries;
    expect(nl.test('het in artikel 2 bepaalde geldt niet indien')).toBe(true);
    expect(nl.test('moet voldoen aan de in het eerste lid, onder a en b, genoemde eisen')).toBe(true);
    expect(nl.test('artikel 2, tweede lid, is van overeenkomstige toepassing')).toBe(true);
    expect(nl.test('de antidiscriminatievoorziening, bedoeld in artikel 1')).toBe(false);
    expect(pack('en').crossRefs.carries.test('the requirements laid down in section 2 apply')).toBe(true);
  });
});

describe('the organs of a public body', () => {
  it('say the municipality asked of', () => {
    const { stats } = setup();
    const g = analyse('Wat moeten gemeenten regelen?', stats).groups.find((x) => x.id === 'gemeenten');
    expect([...(g?.soft.get('nl') ?? [])]).toEqual(expect.arrayContaining([stem('college', 'nl')]));
  });
});

describe('a span of time for "hoeveel tijd"', () => {
  it('counts time of no unit as a span', () => {
    const { stats } = setup();
    expect(countsTime(analyse('Hoeveel tijd krijgen gemeenten?', stats))).toBe(true);
    expect(countsTime(analyse('Hoeveel klachten krijgen gemeenten?', stats))).toBe(false);
  });

  it("counts no provision's or paragraph's number as an amount", () => {
    const { stats } = setup();
    const q = analyse('Hoeveel tijd krijgen gemeenten?', stats);
    const p = pack('nl');
    expect(hasKind('2. De gemeenteraad stelt regels vast, bedoeld in artikel 1.', 'amount', q, p)).toBe(false);
    expect(hasKind('Uiterlijk zes maanden na de inwerkingtreding.', 'amount', q, p)).toBe(true);
  });

  it('gathers the provision that says the rest only through its reference', () => {
    const article = { id: 'w', language: 'nl', body: BODY, title: 'Wet', outlet: 'Wet', date: '2025-01-01' } as Article;
    const { stats, ctx, passages } = answerContext([article]);
    const q = analyse('Hoeveel tijd was er voor een klachtenloket?', stats);
    expect(gather(q, passages, ctx).map((c) => c.unit.text)).toContain(
      'Uiterlijk zes maanden na de inwerkingtreding van deze wet geeft het college uitvoering aan artikel 1.',
    );
  });

  it('quotes first a span, not a number that counts something else', () => {
    const body = BODY.replace(
      '1. Een klachtenloket',
      '1. Gemeenten melden de klachten van een klachtenloket aan 3 instanties.',
    );
    const article = { id: 'w', language: 'nl', body, title: 'Wet', outlet: 'Wet', date: '2025-01-01' } as Article;
    const { stats, ctx, passages } = answerContext([article]);
    const q = analyse('Hoeveel tijd kregen gemeenten voor een klachtenloket?', stats);
    const unit = (start: string) => ctx.view.sentences('w').find((x) => x.text.startsWith(start))!;
    const pool = ['Gemeenten melden', 'Uiterlijk'].map((x) =>
      candidateFor(q, article, unit(x), ctx, { retrieval: 1, factor: 1 }),
    );
    const composed = compose(q, passages, ctx, { pool, confidence: 0.9, answers: true, said: true });
    expect(composed.citations[0]?.quote).toMatch(/^Uiterlijk zes maanden/);
  });
});
