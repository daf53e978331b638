import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { type AnswerContext, type Candidate, gather } from '../../src/answer/candidates.js';
import { preferred } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import { selectQuotes } from '../../src/answer/select.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';
import { stem } from '../../src/text/analyze.js';
import { candidateAt } from '../support/candidate.js';

/** Quote selection on hand-made units: which units are quoted, in what order. */
const body = 'The company met on Wednesday. It will cut 500 jobs. The union was not told.';
const article = { id: 'a', language: 'en', body } as Article;
const [first, second] = ['The company met on Wednesday.', 'It will cut 500 jobs.'].map((t) => body.indexOf(t));

function unit(start: number, end: number, score: number, pair = false): Candidate {
  const c = { ...candidateAt(article, body.slice(start, end), score), pair };
  expect(c.unit.start).toBe(start); // the span asked for, not an earlier copy of its text
  return c;
}

describe('selecting quotes', () => {
  const sentence = unit(first!, first! + 'The company met on Wednesday.'.length, 0.6);
  const pair = unit(first!, second! + 'It will cut 500 jobs.'.length, 0.55, true);

  it('quotes the best sentence with its neighbour when the two score nearly as well', () => {
    expect(selectQuotes([sentence, pair], []).map((c) => c.unit.text)).toEqual([pair.unit.text]);
  });

  it('keeps the sentence alone when the pair scores much less', () => {
    const weak = { ...pair, score: 0.3 };
    expect(selectQuotes([sentence, weak], [])[0]?.unit.text).toBe(sentence.unit.text);
  });

  it('quotes any other unit with its neighbour too, when the two score nearly as well', () => {
    const elsewhere = { ...unit(0, 0, 0.9), article: { id: 'b', language: 'en', body: 'Other news.' } as Article };
    const best = { ...elsewhere, unit: { articleId: 'b', start: 0, end: 11, text: 'Other news.', index: 0 } };
    expect(selectQuotes([best, sentence, pair], [])[1]?.unit.text).toBe(pair.unit.text);
    expect(selectQuotes([best, sentence, { ...pair, score: 0.3 }], [])[1]?.unit.text).toBe(sentence.unit.text);
  });

  it('quotes up to three units of one article, each scoring at least 0.2 of the best', () => {
    const sentences = ['The company met on Wednesday.', 'It will cut 500 jobs.', 'The union was not told.'];
    const scored = (...scores: number[]) =>
      sentences.map((t, i) => unit(body.indexOf(t), body.indexOf(t) + t.length, scores[i]!));
    const texts = (cs: Candidate[]) => selectQuotes(cs, []).map((x) => x.unit.text);
    expect(texts(scored(0.6, 0.25, 0.13))).toEqual(sentences);
    expect(texts(scored(0.6, 0.25, 0.11))).toEqual(sentences.slice(0, 2));
  });
});

describe("another article's quote", () => {
  const text = 'The band played in Zandvoort on Saturday. The band thanked its fans. The band played for two hours.';
  const other = { id: 'b', language: 'en', body: text } as Article;
  const at = (s: string, score: number, stems: string[]): Candidate => ({
    ...unit(0, 0, score),
    article: other,
    stems: new Set(stems),
    unit: { articleId: 'b', start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, index: 0 },
  });
  const best = { ...unit(first!, first! + 'The company met on Wednesday.'.length, 0.9), stems: new Set(['zandvoort']) };
  const thanked = at('The band thanked its fans.', 0.6, ['fan']);
  const played = at('The band played in Zandvoort on Saturday.', 0.4, ['zandvoort', 'saturday']);
  const shared = (a: Candidate, b: Candidate) => [...b.stems].filter((t) => a.stems.has(t)).length * 3;

  it('is the unit of that article that says what the best quote says, though another scores more', () => {
    expect(selectQuotes([best, thanked, played], [], shared)[1]?.unit.text).toBe(played.unit.text);
  });

  it('echoes the headline the best quote was put before, which says the fact in the fewest words', () => {
    const titled = { ...article, title: 'Company in Zandvoort' } as Article;
    const head = { ...unit(0, 0, 0.95), article: titled, stems: new Set(['zandvoort']) };
    const headline = { ...head, unit: { ...head.unit, text: 'Company in Zandvoort' } };
    const lead = { ...best, article: titled, stems: new Set(['fan', 'wednesday']) };
    // Measured against the lead, "thanked its fans" echoes most; against the headline it says, the Zandvoort unit.
    expect(selectQuotes([lead, headline, thanked, played], [], shared)[1]?.unit.text).toBe(played.unit.text);
    expect(selectQuotes([lead, { ...headline, score: 0.5 }, thanked, played], [], shared)[1]?.unit.text).toBe(
      thanked.unit.text,
    );
  });

  it('is its best unit when none echoes the best quote clearly more', () => {
    const echoed = { ...thanked, stems: new Set(['zandvoort']) };
    expect(selectQuotes([best, echoed, played], [], shared)[1]?.unit.text).toBe(echoed.unit.text);
  });
});

describe('preferring statements', () => {
  const text = 'Who will pay for it? The province will pay, the mayor said.';
  const asked = { id: 'b', language: 'en', body: text, title: '', date: '2025' } as Article;
  const at = (s: string, score: number): Candidate => ({
    ...unit(0, 0, score),
    article: asked,
    unit: { articleId: 'b', start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, index: 0 },
  });
  const stats = CorpusStats.fromArticles([asked]);
  const q = analyse('Who pays for the bridge?', stats);
  const ctx = { view: new TextView(new Map([['b', asked]])) } as AnswerContext;

  it('puts a question the article asks, alone or opening a pair, behind a statement nearly as good', () => {
    const question = at('Who will pay for it?', 0.8);
    const opening = at(text, 0.75);
    const statement = at('The province will pay, the mayor said.', 0.6);
    const order = preferred(q, [question, opening, statement], ctx).map((c) => c.unit.text);
    expect(order[0]).toBe(statement.unit.text);
  });

  it('keeps it first when no statement comes close', () => {
    const question = at('Who will pay for it?', 0.8);
    const weak = at('The province will pay, the mayor said.', 0.1);
    expect(preferred(q, [question, weak], ctx)[0]?.unit.text).toBe(question.unit.text);
  });
});

/** One English article retrieved whole: its statistics, the answer context and the one passage. */
function wholeArticle(id: string, body: string) {
  const article = { id, language: 'en', body, title: 'Article', outlet: 'Wiki', date: '2025-01-01' } as Article;
  const stats = CorpusStats.fromArticles([article]);
  const ctx = { view: new TextView(new Map([[id, article]])), stats };
  const passage: RetrievedPassage = {
    key: `${id}:0`,
    doc: new Document({ pageContent: body, metadata: { articleId: id, start: 0, end: body.length, seq: 0 } }),
    score: 1,
  };
  return { stats, ctx, passage };
}

describe('whom a sentence opening with a pronoun speaks of', () => {
  // Encyclopedia style: the subject is named once, then "He …", "His …", with other names in between.
  const { stats, ctx, passage } = wholeArticle(
    'v',
    'Tom Veld is a Dutch painter. He then showed work in galleries like the Kunsthal Oost. ' +
      'His early work sold well. He won the Linden Prize for the series Tides.',
  );

  it('is whom the nearest sentence before names that opens with no pronoun, not names met in between', () => {
    const q = analyse('Which prize did Veld win for Tides?', stats);
    const won = gather(q, [passage], ctx).find((c) => c.unit.text === 'He won the Linden Prize for the series Tides.');
    expect(won?.m.matched.has('veld')).toBe(true);
    expect(won?.stems.has(stem('kunsthal', 'en'))).toBe(false);
  });
});

describe('a sentence dated by the one before it', () => {
  const { stats, ctx, passage } = wholeArticle(
    'm',
    'In March 2019 the mill closed. Its owner left town. That same year a museum opened in the mill.',
  );

  it('says the year of the nearest sentence before it that writes one ("that same year")', () => {
    const q = analyse('What opened in the mill in 2019?', stats);
    const opened = gather(q, [passage], ctx).find((c) => c.unit.text === 'That same year a museum opened in the mill.');
    expect(opened?.m.matched.has('2019')).toBe(true);
  });
});

describe('a life span in brackets after a name', () => {
  const lead =
    'Augusta Ada King, Countess of Lovelace (1815 – 1852) was known for her work on Charles Babbage’s engine.';
  const { stats, ctx, passage } = wholeArticle('l', `${lead} She met him in 1833.`);
  const died = (question: string) =>
    gather(analyse(question, stats), [passage], ctx)
      .find((c) => c.unit.text === lead)
      ?.m.matched.has('die');

  it('says when its subject was born and died, the subject named with a title after a comma', () => {
    expect(died('When did Lovelace die?')).toBe(true);
  });

  it('says nothing of the death of another the sentence names', () => {
    expect(died('When did Babbage die?')).toBe(false);
  });
});

describe('a headline quoted first', () => {
  const text = 'Fair opens in Northport\n\nThe fair took place at the harbour hall. Tickets sold out.';
  const paper = { id: 'h', language: 'en', body: text, title: 'Fair opens in Northport' } as Article;
  const at = (s: string, score: number): Candidate => ({
    ...unit(0, 0, score),
    article: paper,
    unit: { articleId: 'h', start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, index: 0 },
  });

  it('measures the other quotes against the best unit of the body, not the headline', () => {
    const quoted = selectQuotes(
      [at('Fair opens in Northport', 0.9), at('The fair took place at the harbour hall.', 0.2)],
      [],
    );
    expect(quoted.map((c) => c.unit.text)).toEqual([
      'Fair opens in Northport',
      'The fair took place at the harbour hall.',
    ]);
  });
});

describe('another article retelling the fact', () => {
  const text = 'The ministers met in June. During the June visit to Harbin the pact was signed by both.';
  const other = { id: 'r', language: 'en', body: text, title: 'Pact' } as Article;
  const s = 'During the June visit to Harbin the pact was signed by both.';
  const retelling: Candidate = {
    ...unit(0, 0, 0.1),
    article: other,
    stems: new Set(['june', 'visit', 'harbin']),
    unit: { articleId: 'r', start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, index: 0 },
  };
  const best = {
    ...unit(first!, first! + 'The company met on Wednesday.'.length, 0.8),
    stems: new Set(['june', 'visit']),
  };
  const echo = (a: Candidate, b: Candidate) => [...b.stems].filter((t) => a.stems.has(t)).length * 12;

  it('is quoted below the share of the best when it says much of what the best says', () => {
    expect(selectQuotes([best, retelling], [], echo).map((c) => c.article.id)).toEqual(['a', 'r']);
  });

  it('is not quoted when it shares little with the best', () => {
    const unlike = { ...retelling, stems: new Set(['harbin']) };
    expect(selectQuotes([best, unlike], [], echo).map((c) => c.article.id)).toEqual(['a']);
  });
});
