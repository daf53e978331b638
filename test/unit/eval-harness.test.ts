import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bm25Baseline, paragraphs } from '../../eval/bm25-baseline.js';
import { type CorpusQuestion, type EvalCorpus, outOfCorpusSample, splitOf } from '../../eval/corpora.js';
import { aggregate, alone, bronOutcome, type Outcome, percentile } from '../../eval/metrics.js';
import { type CorpusResult, evaluateCorpus } from '../../eval/multi.js';
import { containsAnswer, normalizeForMatch } from '../../eval/normalize.js';
import { renderText } from '../../eval/table.js';
import type { Answer, Citation } from '../../src/answer/types.js';
import type { Engine } from '../../src/engine.js';
import { openEngine, tempDir } from '../support/engine.js';

describe('answer matching', () => {
  it('folds case, diacritics, punctuation and whitespace', () => {
    expect(normalizeForMatch('  Oekraïne’s  “Troepen”,\nnu! ')).toBe('oekraine s troepen nu');
    expect(containsAnswer(['De provincie Limburg (België).'], ['limburg belgie'])).toBe(true);
  });
  it('numbers written 10.000, 10,000, 10000 and in words are equal', () => {
    for (const text of ['Er zijn 10.000 soldaten.', 'There are 10,000 soldiers.', 'zo’n 10000 man', 'tienduizend man'])
      expect(containsAnswer([text], ['10000']), text).toBe(true);
    expect(containsAnswer(['1,5 mg'], ['1.5 mg'])).toBe(true);
  });
  it('matches whole words only and needs one of the answers', () => {
    expect(containsAnswer(['15000 soldiers'], ['1500'])).toBe(false);
    expect(containsAnswer(['the bandwidth'], ['and'])).toBe(false);
    expect(containsAnswer(['red or blue'], ['green', 'blue'])).toBe(true);
    expect(containsAnswer(['anything'], [''])).toBe(false);
  });
});

const q = (over: Partial<CorpusQuestion>): CorpusQuestion => ({
  id: 'x1',
  question: 'Which colour?',
  lang: 'en',
  answers: ['blue'],
  articles: ['a'],
  answerable: true,
  split: 'dev',
  ...over,
});

function answer(grounded: boolean, quotes: [string, string][], text = 'From the articles:'): Answer {
  const citations = quotes.map(
    ([articleId, quote], i) => ({ n: i + 1, articleId, quote, start: 0, end: quote.length }) as Citation,
  );
  return {
    question: 'q',
    language: 'en',
    answer: text,
    grounded,
    citations,
    confidence: 1,
    timings: { retrieveMs: 0, composeMs: 0 },
  };
}

describe('metrics', () => {
  it('scores one answer: in the text, in the first quote, right article, refusals', () => {
    const right = bronOutcome(
      q({}),
      answer(true, [
        ['b', 'The sky is grey.'],
        ['a', 'It is Blue.'],
      ]),
      [2, 2],
      5,
    );
    expect(right).toMatchObject({ inText: true, inFirstQuote: false, rightArticle: false, refused: false, quotes: 2 });
    expect(right.article).toBe('b');
    const first = bronOutcome(q({}), answer(true, [['a', 'Blue, mostly.']]), [1, 1], 1);
    expect(first).toMatchObject({ inText: true, inFirstQuote: true, rightArticle: true });
    const refused = bronOutcome(q({}), answer(false, [], 'blue is not covered'), [0, 0], 1);
    expect(refused).toMatchObject({ inText: false, inFirstQuote: false, rightArticle: false, refused: true });
    expect(refused.article).toBeUndefined();
  });

  it('aggregates shares, citation precision, quotes per grounded answer and latency', () => {
    const o = (over: Partial<Outcome>): Outcome => ({
      inText: false,
      inFirstQuote: false,
      rightArticle: false,
      refused: false,
      quotes: 1,
      supported: 1,
      cited: 1,
      ms: 1,
      ...over,
    });
    const m = aggregate(
      [
        o({ inText: true, inFirstQuote: true, rightArticle: true, quotes: 3, ms: 10 }),
        o({ inText: true, quotes: 1, supported: 0, cited: 2, ms: 20 }),
        o({ refused: true, refusedBy: 'count', quotes: 0, supported: 0, cited: 0, ms: 30 }),
        o({ quotes: 2, ms: 40 }),
      ],
      [o({ refused: true, refusedBy: 'model', quotes: 0, supported: 0, cited: 0, ms: 50 }), o({ ms: 60 })],
    );
    expect(m.questions).toBe(4);
    expect(m.answer_in_text).toBe(0.5);
    expect(m.answer_in_first_quote).toBe(0.25);
    expect(m.right_article).toBe(0.25);
    // Of the three answered, one from the right article: the refused question is no wrong article.
    expect(m.right_article_answered).toBeCloseTo(1 / 3);
    expect(m.answerable_refused).toBe(0.25);
    // Which check refused: the answerable questions' refusals only, not the out-of-corpus one.
    expect(m.answerable_refused_by).toEqual({ count: 1 });
    expect(m.out_of_corpus_refused).toBe(0.5);
    expect(m.citation_precision).toBeCloseTo(3 / 5);
    expect(m.quotes_per_answer).toBe(2); // (3 + 1 + 2) / 3 grounded
    expect(m.latency_p50_ms).toBe(30);
    expect(m.latency_p95_ms).toBe(60);
    expect(m.unanswerable_questions).toBe(0);
    expect(m.unanswerable_refused).toBeNull();
    // The corpus's own unanswerable questions: refusals counted, their citations checked like any other.
    const u = aggregate([o({ inText: true })], [], [o({ refused: true, cited: 0, supported: 0 }), o({ cited: 2 })]);
    expect(u.questions).toBe(1);
    expect(u.unanswerable_questions).toBe(2);
    expect(u.unanswerable_refused).toBe(0.5);
    expect(u.citation_precision).toBeCloseTo(2 / 3);
  });

  it('counts, question by question, the first quotes only one system gets right', () => {
    const o = (inFirstQuote: boolean): Outcome => ({
      inText: inFirstQuote,
      inFirstQuote,
      rightArticle: true,
      refused: false,
      quotes: 1,
      supported: 1,
      cited: 1,
      ms: 1,
    });
    const pairs = [
      { bron: o(true), bm25: o(false) },
      { bron: o(true), bm25: o(false) },
      { bron: o(false), bm25: o(true) },
      { bron: o(true), bm25: o(true) },
      { bron: o(false), bm25: o(false) },
    ];
    expect(alone(pairs)).toEqual({ bron: 2, bm25: 1 });
  });

  it('percentile is nearest-rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('out-of-corpus sample', () => {
  const corpus = (name: string, n: number): EvalCorpus => ({
    name,
    corpusDir: name,
    questions: Array.from({ length: n }, (_, i) => q({ id: `${name}-${i}`, split: i % 3 === 0 ? 'heldout' : 'dev' })),
  });
  const all = [corpus('one', 30), corpus('two', 30), corpus('three', 30)];

  it('is deterministic, from the other corpora and the asked split only', () => {
    const a = outOfCorpusSample('one', all, 'dev', 12);
    expect(a).toHaveLength(12);
    expect(outOfCorpusSample('one', all, 'dev', 12)).toEqual(a);
    expect(a.every((x) => !x.id.startsWith('one-') && x.split === 'dev')).toBe(true);
    expect(new Set(a.map((x) => x.id.split('-')[0]))).toEqual(new Set(['two', 'three']));
    expect(outOfCorpusSample('two', all, 'dev', 12).map((x) => x.id)).not.toEqual(a.map((x) => x.id));
  });

  it('never takes a corpus over the same articles, and a borrowing corpus gives to none', () => {
    const asked = { ...corpus('one-nl', 30), corpusDir: 'one', articlesOf: 'one' };
    const withVariant = [...all, asked];
    const sample = outOfCorpusSample('one-nl', withVariant, 'dev', 40);
    expect(sample).toHaveLength(40);
    expect(sample.filter((x) => x.id.startsWith('one-')).map((x) => x.id)).toEqual([]);
    expect(outOfCorpusSample('two', withVariant, 'dev', 12)).toEqual(outOfCorpusSample('two', all, 'dev', 12));
  });
});

describe('held-out rule', () => {
  it('is a stable function of the id, about 30 % held out', () => {
    expect(splitOf('covidqa-1658')).toBe(splitOf('covidqa-1658'));
    const ids = Array.from({ length: 2000 }, (_, i) => `q${i}`);
    const share = ids.filter((id) => splitOf(id) === 'heldout').length / ids.length;
    expect(share).toBeGreaterThan(0.26);
    expect(share).toBeLessThan(0.34);
  });
});

const TINY = [
  {
    id: 'tiny-bakery',
    body: 'De bakkerij Jansen opende in 1921 aan de Markt.\n\nZe bakt elke dag 1.500 broden. De oven is van steen.\n',
  },
  {
    id: 'tiny-harbour',
    body: 'De haven van Vlissingen telt drie sluizen.\nDe grootste sluis werd in 1905 gebouwd.\n',
  },
  { id: 'tiny-museum', body: 'Het museum toont schilderijen van Jan Toorop.\n\nDe toegang kost 12 euro.\n' },
];

function writeCorpus(dir: string, articles: { id: string; body: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles)
    writeFileSync(
      join(dir, `${a.id}.md`),
      `---\nid: "${a.id}"\ntitle: "${a.id}"\noutlet: "Test"\ndate: "2024-01"\nlanguage: "nl"\n---\n${a.body}`,
    );
}

describe('BM25 baseline', () => {
  const baseline = new Bm25Baseline(TINY.map((a) => ({ ...a, language: 'nl' })));
  it('splits paragraphs at line breaks', () => {
    expect(paragraphs(TINY[1]!.body)).toEqual([
      'De haven van Vlissingen telt drie sluizen.',
      'De grootste sluis werd in 1905 gebouwd.',
    ]);
  });
  it('returns the best paragraph and sentence, stemmed and folded', () => {
    const hit = baseline.ask('Hoeveel broden bakt de bakkerij?');
    expect(hit.paragraph).toEqual({
      articleId: 'tiny-bakery',
      text: 'Ze bakt elke dag 1.500 broden. De oven is van steen.',
    });
    expect(hit.sentence).toEqual({ articleId: 'tiny-bakery', text: 'Ze bakt elke dag 1.500 broden.' });
    expect(baseline.ask('Wanneer werd de grootste sluis gebouwd?').sentence?.text).toBe(
      'De grootste sluis werd in 1905 gebouwd.',
    );
    expect(baseline.ask('xyzzy plugh')).toEqual({ paragraph: undefined, sentence: undefined });
  });
});

describe('evaluateCorpus on a tiny hand-made corpus (real engine)', () => {
  const tmp = tempDir('bron-eval-tiny-');
  let engine: Engine;
  let result: CorpusResult;
  // Ids chosen so the hash rule puts them where the test needs them (checked below).
  const questions: CorpusQuestion[] = [
    q({
      id: 't-a',
      question: 'Hoeveel broden bakt de bakkerij elke dag?',
      answers: ['1500'],
      articles: ['tiny-bakery'],
    }),
    q({
      id: 't-b',
      question: 'Hoeveel sluizen telt de haven van Vlissingen?',
      answers: ['drie sluizen'],
      articles: ['tiny-harbour'],
    }),
    q({
      id: 't-c',
      question: 'Van wie toont het museum schilderijen?',
      answers: ['Jan Toorop'],
      articles: ['tiny-museum'],
    }),
    q({ id: 't-d', question: 'Wat kost de toegang tot het museum?', answers: ['12 euro'], articles: ['tiny-museum'] }),
    q({
      id: 't-e',
      question: 'Wanneer werd de grootste sluis gebouwd?',
      answers: ['1905'],
      articles: ['tiny-harbour'],
    }),
    q({ id: 't-f', question: 'In welk jaar opende bakkerij Jansen?', answers: ['1921'], articles: ['tiny-bakery'] }),
    // Answers no article contains: these fail for both systems, one in each split.
    q({
      id: 't-g',
      question: 'Welke kleur heeft de oven van de bakkerij?',
      answers: ['paars'],
      articles: ['tiny-bakery'],
    }),
    q({ id: 't-i', question: 'Welke kleur hebben de sluizen?', answers: ['oranje'], articles: ['tiny-harbour'] }),
  ].map((x) => ({ ...x, split: splitOf(x.id) }));
  const tiny: EvalCorpus = { name: 'tiny', corpusDir: join(tmp.dir, 'articles'), questions };
  const other: EvalCorpus = {
    name: 'other',
    corpusDir: 'unused',
    questions: [
      q({ id: 'o-1', question: 'Who won the 1998 chess olympiad?', split: 'dev' }),
      q({ id: 'o-2', question: 'How tall is the Eiffel tower?', split: 'dev' }),
      q({ id: 'o-3', question: 'What is the boiling point of ethanol?', split: 'heldout' }),
    ],
  };

  beforeAll(async () => {
    writeCorpus(tiny.corpusDir, TINY);
    engine = await openEngine(join(tmp.dir, 'index'), { CORPUS_DIR: tiny.corpusDir });
    result = await evaluateCorpus(engine, tiny, [tiny, other], ['dev', 'heldout']);
  }, 60_000);
  afterAll(tmp.cleanup);

  it('has the splits the assertions below assume', () => {
    expect(questions.filter((x) => x.split === 'dev').map((x) => x.id)).toEqual(['t-a', 't-c', 't-e', 't-f', 't-i']);
  });

  it('counts every answerable question of each split and the other corpora as out of corpus', () => {
    const dev = result.splits.dev!;
    const held = result.splits.heldout!;
    expect(dev.bron.questions).toBe(questions.filter((x) => x.split === 'dev').length);
    expect(held.bron.questions).toBe(questions.filter((x) => x.split === 'heldout').length);
    expect(dev.bron.out_of_corpus_questions).toBe(2);
    expect(held.bron.out_of_corpus_questions).toBe(1);
    expect(result.articles).toBe(3);
  });

  it('the BM25 baseline finds every answer the articles hold in its top paragraph and never refuses', () => {
    expect(result.splits.dev!.bm25.answer_in_text).toBeCloseTo(4 / 5); // t-i has no answer in the corpus
    expect(result.splits.heldout!.bm25.answer_in_text).toBeCloseTo(2 / 3); // nor has t-g
    for (const s of [result.splits.dev!, result.splits.heldout!]) {
      expect(s.bm25.out_of_corpus_refused).toBe(0);
      expect(s.bm25.answerable_refused).toBe(0);
    }
  });

  it('Bron figures are shares and its citations check out', () => {
    for (const s of [result.splits.dev!.bron, result.splits.heldout!.bron]) {
      for (const v of [s.answer_in_text, s.answer_in_first_quote, s.right_article, s.out_of_corpus_refused])
        expect(v).toBeGreaterThanOrEqual(0);
      expect(s.answer_in_first_quote).toBeLessThanOrEqual(s.answer_in_text);
      if (s.citation_precision !== null) expect(s.citation_precision).toBe(1);
    }
  });

  it('never lists or prints a held-out question, not even with --failures', () => {
    const heldout = [...questions, ...other.questions].filter((x) => x.split === 'heldout');
    const devIds = new Set([...questions, ...other.questions].filter((x) => x.split === 'dev').map((x) => x.id));
    expect(result.failures.every((f) => devIds.has(f.id))).toBe(true);
    expect(result.failures.map((f) => f.id)).toContain('t-i');
    const text = renderText([result], 'local', '', true);
    const json = JSON.stringify(result);
    for (const h of heldout) {
      expect(text).not.toContain(h.question);
      expect(json).not.toContain(h.question);
      expect(json).not.toContain(`"${h.id}"`);
    }
    expect(text).toContain('held-out split');
    // Outcomes kept for --save pair runs by a hash of the id, one per question asked (with its role).
    expect(result.outcomes.length).toBeGreaterThan(heldout.length);
    expect(new Set(result.outcomes.map((o) => `${o.split}:${o.foreign}:${o.id}`)).size).toBe(result.outcomes.length);
  });

  it('never lists a question of the unseen corpus, as its own failure or as an out-of-corpus one', async () => {
    // A question of another corpus that these articles answer: asked out of corpus, it is answered (a failure).
    const twin = q({ id: 'u-1', question: questions[0]!.question, split: 'dev' });
    const seen: EvalCorpus = { name: 'twin', corpusDir: 'unused', questions: [twin] };
    const listed = await evaluateCorpus(engine, tiny, [tiny, seen], ['dev']);
    expect(listed.failures.map((f) => f.id)).toContain('u-1');
    const hidden = await evaluateCorpus(engine, tiny, [tiny, { ...seen, unseen: true }], ['dev']);
    expect(hidden.failures.map((f) => f.id)).not.toContain('u-1');
    const own = await evaluateCorpus(engine, { ...tiny, unseen: true }, [tiny, other], ['dev']);
    expect(own.failures).toEqual([]);
    expect(own.splits.dev!.bron.questions).toBe(result.splits.dev!.bron.questions);
  });
});
