/**
 * News gives its lead one paragraph and the reason for it the next ("Planes destroyed a radar post." / "The strike
 * was retaliation for an attack."): for a why-question the two are quoted together, whatever the second opens with.
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

function unitsOf(language: string, first: string, second: string, question: string) {
  const body = `${first}\n\n${second}`;
  const article = { id: 'n', language, body, title: 'News', outlet: 'News', date: '2025-01-01' } as Article;
  const stats = CorpusStats.fromArticles([article]);
  const ctx = { view: new TextView(new Map([['n', article]])), stats };
  const passage: RetrievedPassage = {
    key: 'n:0',
    doc: new Document({ pageContent: body, metadata: { articleId: 'n', start: 0, end: body.length, seq: 0 } }),
    score: 1,
  };
  return gather(analyse(question, stats), [passage], ctx).map((c) => c.unit.text);
}

const en = ['Planes destroyed a radar post in the valley yesterday.', 'The strike was retaliation for an attack.'];
const nl = [
  'Vliegtuigen vernietigden gisteren een radarpost in de vallei.',
  'De actie was een vergelding voor een aanval.',
];

describe('a reason in the paragraph after the lead', () => {
  it('is quoted with the lead for a why-question', () => {
    expect(unitsOf('en', en[0]!, en[1]!, 'Why did the planes destroy the radar post?')).toContain(
      `${en[0]}\n\n${en[1]}`,
    );
    expect(unitsOf('nl', nl[0]!, nl[1]!, 'Waarom vernietigden de vliegtuigen de radarpost?')).toContain(
      `${nl[0]}\n\n${nl[1]}`,
    );
  });

  it('is not paired with the lead for a question that asks no reason', () => {
    expect(unitsOf('en', en[0]!, en[1]!, 'Where did the planes destroy the radar post?')).not.toContain(
      `${en[0]}\n\n${en[1]}`,
    );
  });
});
