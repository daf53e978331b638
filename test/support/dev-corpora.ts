import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusNames, type EvalCorpus, loadCorpora } from '../../eval/corpora.js';
import type { SplitMetrics } from '../../eval/metrics.js';
import { type CorpusResult, evaluateCorpus, OUT_OF_CORPUS_SAMPLE } from '../../eval/multi.js';
import { openEngine, tempDir } from './engine.js';

/**
 * Regression guard for the development corpora (eval/corpora/*), DEV split only, offline default embedder.
 * Floors for the answer figures are for the lead to set once the rewritten answerer lands (issue #15): a metric
 * left undefined is reported but not held. Citation precision is held at its target, 1.0, which it meets today.
 */
export const DEV_CORPUS_FLOORS: Record<string, Partial<Record<keyof SplitMetrics, number>>> = {
  // Answer figures measured on main 337bfc2 (30 Nov 2026, sixth session; en-wiki's first quote on main 9b90c20, 1 Dec;
  // en-wiki's and nl-wiki's answer figures on main d267a91, 1 Dec, ninth session), held about one question lower;
  // out-of-corpus refusal from main 4cb2358 (en-wiki and nl-news: 9b90c20) less one or
  // two questions of 40; own unanswerable questions (main 6643391): refused 3/14, 2/11, 7/15, held one question lower
  // (nl-wiki: 12/15 since main a31b331, 2 Dec, held at 11/15). Answer figures of covid-qa, en-wiki's first quote,
  // en-news, en-voyage, en-wiki-nl and nl-news raised to main 786ffe9 (3 Dec 2026, 28th session) less about two
  // questions; en-news, en-voyage, en-wiki-nl and en-textbook raised again to main 34c2706 (29th session) likewise;
  // en-news, en-voyage, en-textbook and en-interview raised to main 3592059 (30th session) likewise; en-voyage,
  // en-interview and en-wiki's own unanswerable questions (6/11, held at 5/11) raised to main 68bf2eb (31st session);
  // en-voyage, en-interview and en-wiki's own unanswerable questions (8/11, held at 7/11) to the 32nd session's main;
  // en-interview to the 33rd session's (87/101 and 81/101, held at 85 and 79); en-interview (94 and 92 of 101), en-news
  // (89 and 86 of 96), en-textbook (76 and 71 of 80), covid-qa's and en-voyage's first quotes (110/126, 79/90) to the
  // 34th session's, held two questions lower; 36th session's main (115 of 126 anywhere), two lower.
  'covid-qa': {
    citation_precision: 1,
    answer_in_text: 0.89,
    answer_in_first_quote: 0.85,
    out_of_corpus_refused: 0.95,
    unanswerable_refused: 0.14,
  },
  // nl-wiki: 5 Dec 2026 the said-check battery added 16 dev answerable and 3 unanswerable English questions; measured
  // then (114 and 113 of 124, 12 of 18 unanswerable refused), held two questions lower; raised after the said-check
  // fixes of the same day (116 and 115 of 124), two lower.
  'nl-wiki': {
    citation_precision: 1,
    answer_in_text: 0.91,
    answer_in_first_quote: 0.91,
    out_of_corpus_refused: 0.95,
    unanswerable_refused: 0.55,
  },
  'en-wiki': {
    citation_precision: 1,
    // 35th session's main: 104 of 108 for both, held two questions lower (and en-wiki-nl's 77 and 72 of 82).
    answer_in_text: 0.94,
    answer_in_first_quote: 0.94,
    out_of_corpus_refused: 0.92,
    unanswerable_refused: 0.63,
  },
  // English Wikinews (3 Dec 2026): measured on main when it was added, held about two questions lower; raised to the
  // 36th session's main (92 and 88 of 96), two lower; to the 41st's (102 and 97 of 105), two lower.
  'en-news': { citation_precision: 1, answer_in_text: 0.95, answer_in_first_quote: 0.9, out_of_corpus_refused: 0.95 },
  // English Wikivoyage travel guides (3 Dec 2026): measured on main when it was added, held about two questions lower;
  // first quote raised to the 36th session's main (80 of 90), two lower.
  'en-voyage': {
    citation_precision: 1,
    answer_in_text: 0.88,
    answer_in_first_quote: 0.86,
    out_of_corpus_refused: 0.92,
  },
  // Dutch questions over en-wiki's articles (3 Dec 2026): measured on main at its first commit, held two questions
  // lower;
  // raised to the 36th session's main (78 and 73 of 82), two lower. 5 Dec 2026: the said-check battery added 45 dev
  // questions; measured then (108 and 98 of 127), two lower; raised after the said-check fixes of the same day (113
  // and 103 of 127), two lower; raised to the 40th session's main (117 and 109 of 127), two lower; to the 41st's (119
  // and 112 of 127), two lower.
  'en-wiki-nl': {
    citation_precision: 1,
    answer_in_text: 0.92,
    answer_in_first_quote: 0.86,
    out_of_corpus_refused: 0.92,
  },
  // English open textbooks (3 Dec 2026, 29th session): measured on main e9e87b2 when added, held about two questions
  // lower.
  'en-textbook': {
    citation_precision: 1,
    // 35th session's main: 78 and 73 of 80, held two questions lower.
    answer_in_text: 0.95,
    answer_in_first_quote: 0.88,
    out_of_corpus_refused: 0.92,
  },
  // English Wikinews interviews (3 Dec 2026, 30th session): measured on main ffdbb0b when added, two questions lower.
  // 5 Dec 2026: the said-check battery added 8 dev questions; measured then (101 and 97 of 109), two lower.
  'en-interview': {
    citation_precision: 1,
    answer_in_text: 0.9,
    answer_in_first_quote: 0.87,
    out_of_corpus_refused: 0.92,
  },
  // nl-news: kept unseen until 4 Dec 2026 (35th session), an ordinary development corpus since; raised to the 37th
  // session's main (97 and 96 of 107), held two questions lower. Out-of-corpus refusal 36/40 since nl-statute joined
  // the sample (5 Dec 2026: a Dutch statute question, "Wat is een handelsnaam?", is now answered from a news article).
  'nl-news': { citation_precision: 1, answer_in_text: 0.88, answer_in_first_quote: 0.87, out_of_corpus_refused: 0.9 },
  // en-academic: kept unseen from 4 Dec 2026 until en-speech took that role the same day, an ordinary development
  // corpus since. Blind measurement at main a4d018f (111/134 anywhere, 99/134 first quote); raised to the 37th
  // session's main after its first tuning (118/134 anywhere, 112/134 first quote, 38/40 out-of-corpus refused), then to
  // the 38th's (123/134 anywhere, 119/134 first quote), held two questions lower.
  'en-academic': {
    citation_precision: 1,
    answer_in_text: 0.9,
    answer_in_first_quote: 0.87,
    out_of_corpus_refused: 0.92,
  },
  // en-speech: an unseen corpus since 4 Dec 2026 (nl-law the other); no model fitted and no failure read on it
  // (train-answerer leaves corpora kept unseen out). Its one blind measurement (bdef379: 82/112 anywhere, 81/112 first
  // quote, 40/40
  // out-of-corpus refused); with its speakers as `author` and Bron reading that field (38th session, no failure read:
  // 93/112 anywhere, 90/112 first quote), held two questions lower: a regression guard, not a target tuned to.
  'en-speech': {
    citation_precision: 1,
    answer_in_text: 0.81,
    answer_in_first_quote: 0.78,
    out_of_corpus_refused: 0.92,
  },
  // nl-law: the second unseen corpus, since 5 Dec 2026 (15 Dutch statutes); no model fitted and no failure read on it
  // (train-answerer leaves corpora kept unseen out). Its one blind measurement (5d83f05: 69/120 anywhere, 54/120
  // first quote, 39/40 out-of-corpus refused); after the 39th session's fixes from nl-statute's study (73/120, 59/120,
  // none of its failures read), then after the 40th session's (74/120, 60/120, still none read), held two questions
  // lower: a regression guard, not a target tuned to.
  'nl-law': {
    citation_precision: 1,
    answer_in_text: 0.6,
    answer_in_first_quote: 0.48,
    out_of_corpus_refused: 0.92,
  },
  // nl-statute: a development corpus of nl-law's genre (15 Dutch statutes and decrees, 5 Dec 2026), so that statute
  // text can be studied without reading nl-law. Its first measurement (fc06caf: 53/102 anywhere, 44/102 first quote,
  // 39/40 out-of-corpus refused, 8/9 own unanswerable refused); after the fixes from its study (c685b17: 62/102,
  // 52/102), then the 40th session's (70/102, 60/102), the 41st's (75/102, 65/102), the 42nd's (77/102, 67/102), held
  // two questions lower (one for the unanswerable).
  'nl-statute': {
    citation_precision: 1,
    answer_in_text: 0.73,
    answer_in_first_quote: 0.63,
    out_of_corpus_refused: 0.92,
    unanswerable_refused: 0.77,
  },
};

/**
 * The corpora are checked in DEV_CORPUS_SHARDS test files, test/unit/eval-multi-<k>.test.ts for k = 1…, each taking
 * every DEV_CORPUS_SHARDS-th corpus in name order: asking ~2,000 questions is most of the unit project's time, and in
 * one file it ran on one worker while the other finished the rest of the project and waited.
 */
export const DEV_CORPUS_SHARDS = 6;

/** The shard files there are, so that a missing one (and the corpora only it checks) fails a test. */
export function devCorpusShardFiles(): string[] {
  return readdirSync('test/unit')
    .filter((f) => /^eval-multi-\d+\.test\.ts$/.test(f))
    .sort();
}

/** The dev-split regression guard for shard `k` (1-based) of DEV_CORPUS_SHARDS: its corpora's figures and floors. */
export function devCorporaSuite(k: number): void {
  const names = corpusNames().filter((_, i) => i % DEV_CORPUS_SHARDS === k - 1);
  const all = loadCorpora();
  const tmp = tempDir(`bron-eval-multi-${k}-`);
  const results = new Map<string, CorpusResult>();

  beforeAll(async () => {
    for (const corpus of all.filter((c) => names.includes(c.name))) {
      const engine = await openEngine(join(tmp.dir, corpus.name), { CORPUS_DIR: corpus.corpusDir });
      results.set(corpus.name, await evaluateCorpus(engine, corpus, all, ['dev']));
    }
  }, 300_000);
  afterAll(tmp.cleanup);

  describe(`development corpora, dev split (shard ${k} of ${DEV_CORPUS_SHARDS})`, () => {
    it('has corpora to check', () => expect(names.length).toBeGreaterThan(0));
    for (const name of names) {
      describe(name, () => {
        const corpus = all.find((c) => c.name === name) as EvalCorpus;
        it('asks every dev question and a full out-of-corpus sample', () => {
          const dev = results.get(name)!.splits.dev!;
          expect(dev.bron.questions).toBe(corpus.questions.filter((q) => q.split === 'dev' && q.answerable).length);
          expect(dev.bron.out_of_corpus_questions).toBe(OUT_OF_CORPUS_SAMPLE);
          const own = corpus.questions.filter((q) => q.split === 'dev' && !q.answerable).length;
          expect(dev.bron.unanswerable_questions).toBe(own);
          expect(dev.bron.answer_in_first_quote).toBeLessThanOrEqual(dev.bron.answer_in_text);
        });
        it('holds its floors', () => {
          const dev = results.get(name)!.splits.dev!.bron;
          const failures = results
            .get(name)!
            .failures.slice(0, 20)
            .map((f) => `${f.id} ${f.question}: ${f.problem}`)
            .join('\n');
          for (const [metric, floor] of Object.entries(DEV_CORPUS_FLOORS[name] ?? {}))
            expect(dev[metric as keyof SplitMetrics] ?? 0, `${metric}\n${failures}`).toBeGreaterThanOrEqual(floor);
        });
      });
    }
  });
}
