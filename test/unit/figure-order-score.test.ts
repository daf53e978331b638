/** One article's figures are listed best-matching first: the figure asked before a norm the article also gives. */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/figures.js';
import { figureAnswer } from '../../src/answer/render.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';

const body =
  'Volgens het contract moet 88 procent van de treinen op tijd rijden. ' +
  'In het eerste kwartaal reed 83,3 procent van de treinen op tijd.';
const article = {
  id: 'a',
  language: 'nl',
  body,
  title: 'Treinen',
  outlet: 'Krant',
  date: '2001-07-01',
  file: 'a.md',
} as Article;
const second = body.indexOf('In het');

function figure(value: number, text: string, start: number, end: number): Figure {
  const sentence = { articleId: 'a', start, end, text: body.slice(start, end), index: start === 0 ? 0 : 1 };
  const at = body.indexOf(text);
  const base = { article, sentence, value, text, at, strict: true, loose: true, modifiers: '', noun: 'procent' };
  return { ...base, named: true, whole: true, elsewhere: false };
}

describe('figures of one article', () => {
  it('go best-matching first, then in reading order', () => {
    const norm = figure(88, '88', 0, second - 1);
    const asked = figure(83.3, '83,3', second, body.length);
    const scores = new Map([
      [norm, 0.4],
      [asked, 0.8],
    ]);
    const matchOf = (f: Figure) => scores.get(f) ?? 0;
    const out = figureAnswer([norm, asked], pack('nl'), 0.9, () => 0.9, undefined, matchOf);
    expect(out.figures?.map((f) => f.value)).toEqual([83.3, 88]);
    const tied = figureAnswer([asked, norm], pack('nl'), 0.9, () => 0.5);
    expect(tied.figures?.map((f) => f.value)).toEqual([88, 83.3]);
  });
});
