/**
 * A statute's long title, enacting formula and recitals stand before its first provision's heading: they name what
 * the provisions are about without saying what they provide, and weigh less than the provisions (but for why).
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { beforeProvisions } from '../../src/answer/cross-refs.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const body = [
  'Wet van 3 maart 2001, houdende regels over het verhuren van zeilboten in de haven',
  '',
  'Alzo Wij in overweging genomen hebben, dat het wenselijk is regels te stellen over het verhuren van zeilboten;',
  '',
  'Artikel 1',
  '',
  'Het verhuren van zeilboten in de haven is verboden zonder vergunning van de havenmeester.',
  '',
  'Artikel 2',
  '',
  'Deze wet treedt in werking op 1 mei 2001.',
].join('\n');

function setup(text: string) {
  const article = { id: 'w', language: 'nl', body: text, title: 'Wet', outlet: 'Wet', date: '2025-01-01' } as Article;
  const stats = CorpusStats.fromArticles([article]);
  const view = new TextView(new Map([['w', article]]));
  return { article, stats, view };
}

function ranked(question: string): string[] {
  const { stats, view } = setup(body);
  const passage: RetrievedPassage = {
    key: 'w:0',
    doc: new Document({ pageContent: body, metadata: { articleId: 'w', start: 0, end: body.length, seq: 0 } }),
    score: 1,
  };
  return gather(analyse(question, stats), [passage], { view, stats }).map((c) => c.unit.text);
}

describe('the sentences before a statute’s first provision', () => {
  it('are its title and recitals, not its provisions', () => {
    const { view } = setup(body);
    const said = view.sentences('w').map((s) => [s.text.slice(0, 12), beforeProvisions(s, view)]);
    expect(said.filter(([, b]) => b).map(([t]) => t)).toEqual(['Wet van 3 ma', 'Alzo Wij in ']);
  });

  it('are none in a text without provision headings', () => {
    const { view } = setup('Het verhuren van zeilboten is verboden.\n\nDe haven is klein.');
    expect(view.sentences('w').some((s) => beforeProvisions(s, view))).toBe(false);
  });

  it('rank below the provision that says what is asked', () => {
    expect(ranked('Welke regels gelden voor het verhuren van zeilboten in de haven?')[0]).toBe(
      'Het verhuren van zeilboten in de haven is verboden zonder vergunning van de havenmeester.',
    );
  });

  it('weigh as they are when the question asks why the statute was made', () => {
    const recital = (question: string) => {
      const { stats, view } = setup(body);
      const passage: RetrievedPassage = {
        key: 'w:0',
        doc: new Document({ pageContent: body, metadata: { articleId: 'w', start: 0, end: body.length, seq: 0 } }),
        score: 1,
      };
      return gather(analyse(question, stats), [passage], { view, stats }).find((c) => c.unit.text.startsWith('Alzo'));
    };
    // The same words asked, once why, once what: the recital covers them alike only when it is not weighed down.
    const why = recital('Waarom worden er regels gesteld over het verhuren van zeilboten?');
    const what = recital('Welke regels worden er gesteld over het verhuren van zeilboten?');
    expect(why!.m.coverage).toBeGreaterThan(what!.m.coverage);
  });
});
