/**
 * A provision that refers to another of its own text by number ("in strijd met artikel 2, eerste lid", "het vorige
 * artikel", "section 3(2)") is read with that provision's words as its context, and is gathered when retrieval found
 * the provision it refers to and that provision speaks of the question.
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { referredStems, referrers, refersToWhole, targetsOf } from '../../src/answer/cross-refs.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';
import { stem } from '../../src/text/analyze.js';

const nlBody = [
  'Artikel 1',
  '',
  '1. Het is verboden een zeilboot te verhuren zonder vergunning van de havenmeester.',
  '2. Een vergunning wordt verleend voor ten hoogste een jaar.',
  '',
  'Artikel 2',
  '',
  'Het eerste lid van het vorige artikel geldt niet voor roeiboten.',
  '',
  'Artikel 3',
  '',
  'Hij die handelt in strijd met artikel 1, eerste lid, wordt gestraft met een geldboete van de derde categorie.',
  'Artikel 4 van de Scheepvaartwet is van overeenkomstige toepassing.',
].join('\n');

function setup(body: string, language: string) {
  const article = { id: 'w', language, body, title: 'Wet', outlet: 'Wet', date: '2025-01-01' } as Article;
  const stats = CorpusStats.fromArticles([article]);
  const view = new TextView(new Map([['w', article]]));
  return { article, stats, view, ctx: { view, stats } };
}

const sentence = (view: TextView, text: string) => view.sentences('w').find((s) => s.text.startsWith(text))!;

describe('references between provisions', () => {
  it('read a numbered provision, its paragraphs and the one before; not a provision of another law', () => {
    const p = pack('nl');
    expect(targetsOf('in strijd met artikel 1, eerste lid, wordt', p)).toEqual([
      { provision: '1', previous: false, paragraphs: [1], item: '' },
    ]);
    expect(targetsOf('Het vierde en zesde lid van het vorige artikel', p)).toEqual([
      { provision: undefined, previous: true, paragraphs: [4, 6], item: '' },
    ]);
    expect(targetsOf('Artikel 4 van de Scheepvaartwet is van toepassing.', p)).toEqual([]);
    expect(targetsOf('as referred to in section 3(2)', pack('en'))).toEqual([
      { provision: '3', previous: false, paragraphs: [2], item: '' },
    ]);
  });

  it('lend a penalty the words of the paragraph it refers to, and of no other', () => {
    const { view } = setup(nlBody, 'nl');
    const stems = referredStems(sentence(view, 'Hij die handelt'), view);
    expect(stems.has(stem('zeilboot', 'nl'))).toBe(true);
    expect(stems.has(stem('jaar', 'nl'))).toBe(false);
    expect(referredStems(sentence(view, 'Artikel 4 van'), view).size).toBe(0);
    const back = referredStems(sentence(view, 'Het eerste lid van het vorige'), view);
    expect(back.has(stem('havenmeester', 'nl'))).toBe(true);
  });

  it('gather the penalty when retrieval found only the provision it refers to', () => {
    const { view, stats, ctx } = setup(nlBody, 'nl');
    const first = sentence(view, 'Het is verboden');
    expect(referrers(first, view).map((s) => s.text)).toContain(
      'Hij die handelt in strijd met artikel 1, eerste lid, wordt gestraft met een geldboete van de derde categorie.',
    );
    const passage: RetrievedPassage = {
      key: 'w:0',
      doc: new Document({
        pageContent: nlBody.slice(first.start, first.end),
        metadata: { articleId: 'w', start: first.start, end: first.end, seq: 0 },
      }),
      score: 1,
    };
    const units = gather(
      analyse('Welke straf staat op het verhuren van een zeilboot zonder vergunning?', stats),
      [passage],
      ctx,
    );
    const penalty = units.find((c) => c.unit.text.startsWith('Hij die handelt'));
    expect(penalty).toBeDefined();
    expect(penalty!.m.coverage).toBeGreaterThan(penalty!.m.strict);
  });

  it('gather a provision on the whole law for a rule of it, read with the words of that rule', () => {
    const body = [
      'Wij willen dat deze wet in strijd met deze wet niets regelt.',
      '',
      'Artikel 1',
      '',
      'Het is verboden een zeilboot langer dan tien meter aan de steiger van de haven te leggen.',
      '',
      'Artikel 2',
      '',
      'Een zeilboot die niet in strijd met deze wet is afgemeerd, mag daar blijven liggen.',
      '',
      'Artikel 3',
      '',
      'Overtreding van het bij of krachtens deze wet bepaalde wordt gestraft met een geldboete van de eerste categorie.',
    ].join('\n');
    const { view, stats, ctx } = setup(body, 'nl');
    const rule = sentence(view, 'Het is verboden');
    const penalty = sentence(view, 'Overtreding van');
    const texts = referrers(rule, view).map((s) => s.text);
    expect(texts).toContain(penalty.text);
    expect(texts.some((t) => t.includes('mag daar blijven'))).toBe(false);
    expect(refersToWhole(penalty, view)).toBe(true);
    // Neither an exception "niet in strijd met deze wet" nor the preamble before the first provision.
    expect(refersToWhole(sentence(view, 'Een zeilboot die'), view)).toBe(false);
    expect(refersToWhole(sentence(view, 'Wij willen'), view)).toBe(false);
    expect(referrers(penalty, view).map((s) => s.text)).not.toContain(penalty.text);
    const passage: RetrievedPassage = {
      key: 'w:0',
      doc: new Document({
        pageContent: rule.text,
        metadata: { articleId: 'w', start: rule.start, end: rule.end, seq: 0 },
      }),
      score: 1,
    };
    const q = analyse('Welke geldboete staat op het leggen van een zeilboot aan de steiger?', stats);
    const units = gather(q, [passage], ctx);
    const fine = units.find((c) => c.unit.text === penalty.text);
    // Its own "geldboete" and the rule's words: it answers what neither says alone.
    expect([...(fine?.m.matched ?? [])]).toEqual(expect.arrayContaining(['geldboete', 'zeilboot', 'steiger']));
    expect(fine!.m.coverage).toBeGreaterThan(0.5);
    // Asked what the rule says alone, it is not read with the rule's words: they would add nothing of its own.
    const rule2 = gather(analyse('Mag een zeilboot aan de steiger van de haven liggen?', stats), [passage], ctx);
    expect(rule2.find((c) => c.unit.text === penalty.text)?.m.matched.has('zeilboot') ?? false).toBe(false);
  });

  it('find no whole-law reference in prose without provisions', () => {
    const { view } = setup('De minister zei dat de boete in strijd met deze wet is. Het kabinet zweeg.', 'nl');
    expect(referrers(sentence(view, 'Het kabinet'), view)).toEqual([]);
  });
});
