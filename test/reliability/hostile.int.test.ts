import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { Engine } from '../../src/engine.js';
import { cleanQuestion, QuestionError } from '../../src/text/sanitize.js';
import { openEngine, tempDir } from '../support/engine.js';
import { runCli } from '../support/faults.js';
import { FRAGMENTS, hostile, INJECTION } from '../support/hostile.js';

describe('hostile questions', () => {
  const tmp = tempDir('bron-hostile-');
  afterAll(tmp.cleanup);
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine(tmp.dir);
  }, 60_000);

  /** Asks; returns the answer or the QuestionError; anything else fails the test. Checks time, quotes and text. */
  async function check(question: string): Promise<Answer | QuestionError> {
    // CPU time, not wall time: the engine answers in this process, and on a loaded machine the wall clock also counts
    // the time other processes hold the cores. A question that made the engine work for seconds still fails.
    const t0 = process.cpuUsage();
    let out: Answer | QuestionError;
    try {
      out = await engine.ask(question);
    } catch (err) {
      if (!(err instanceof QuestionError)) throw err;
      out = err;
    }
    const cpu = process.cpuUsage(t0);
    expect((cpu.user + cpu.system) / 1000, 'CPU ms for one question').toBeLessThan(2000);
    if (out instanceof QuestionError) {
      expect(out.message).toMatch(/^The question (is empty|has no words in it)\. Ask something/);
      return out;
    }
    expect(out.answer.length).toBeGreaterThan(0);
    expect(out.answer.isWellFormed()).toBe(true);
    expect(out.question.isWellFormed()).toBe(true);
    expect(out.question.length).toBeLessThanOrEqual(engine.cfg.MAX_QUESTION_CHARS);
    // The answer is made of article sentences and fixed phrases: nothing the asker typed is echoed into it.
    expect(out.answer).not.toMatch(INJECTION);
    for (const c of out.citations) {
      const article = engine.snapshotInfo.articles.get(c.articleId)!;
      expect(article.body.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote.isWellFormed()).toBe(true);
    }
    return out;
  }

  it('never crash, answer or refuse clearly within 2 s, quote verbatim (property, 200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (q) => {
        await check(q);
      }),
      { numRuns: 200, seed: 7 },
    );
  }, 60_000);

  it('every fragment alone and all of them together', async () => {
    for (const f of FRAGMENTS) await check(f);
    const all = await check(FRAGMENTS.join(' '));
    expect(all).not.toBeInstanceOf(QuestionError);
  }, 30_000);

  it('empty and whitespace-only questions get the "empty" message; symbols only get "no words"', async () => {
    for (const q of ['', ' ', '\n\t ', '\u200B\u200B', '\u202E', '\uFEFF \u2060']) {
      expect(((await check(q)) as QuestionError).message).toMatch(/^The question is empty/);
    }
    for (const q of ['???', '🤖💥', '@ # $', '\uD800\uDFFF\uD800', '```\n```']) {
      expect(await check(q)).toBeInstanceOf(QuestionError);
    }
  });

  it('100 KB+ questions are trimmed with a notice and still answered in time', async () => {
    const words = 'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland volgens Rutte? ';
    const cases = [
      words.repeat(Math.ceil(100_000 / words.length)),
      words.repeat(Math.ceil(1_000_000 / words.length)),
      'x'.repeat(200_000),
      '🤖'.repeat(60_000),
      `Boerjaten ${'\uD800'.repeat(120_000)}`,
      `${'@everyone '.repeat(15_000)} Koersk`,
    ];
    for (const q of cases) {
      const a = await check(q);
      if (a instanceof QuestionError) {
        expect(q).toMatch(/^(?:🤖)+$/u); // emoji only: nothing askable
        continue;
      }
      expect(a.notice).toMatch(/^Your question was [\d,]+ characters long; only the first [\d,]+ were used\.$/);
    }
  }, 30_000);

  it('cleanQuestion never cuts a surrogate pair in half at the length limit (regression)', () => {
    for (const max of [20, 999, 1000, 1001]) {
      for (const q of [`a${'🤖'.repeat(600)}`, `ab${'🤖'.repeat(600)}`, `Koersk ${'👨‍👩‍👧'.repeat(400)}`]) {
        const { text, notice } = cleanQuestion(q, max);
        expect(text.isWellFormed()).toBe(true);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(notice).toBeDefined();
      }
    }
  });

  it('cleanQuestion: well-formed, no controls or invisible characters, bounded length, only QuestionError (property, 1000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostile, fc.string({ unit: 'grapheme', minLength: 20, maxLength: 400 })),
        fc.integer({ min: 20, max: 300 }),
        (raw, max) => {
          try {
            const { text } = cleanQuestion(raw, max);
            expect(text.isWellFormed()).toBe(true);
            expect(text.length).toBeLessThanOrEqual(max);
            expect(text).not.toMatch(/[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u);
            expect(text).toBe(text.trim());
            expect(text).toMatch(/[\p{L}\p{N}]/u);
          } catch (err) {
            expect(err).toBeInstanceOf(QuestionError);
          }
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('CLI: hostile questions as argv (2 sampled + 2 option-like, with and without `--`) give one JSON object or one clear line, never a stack trace', async () => {
    const samples = fc.sample(
      fc.tuple(
        hostile.filter((q) => !q.includes('\0')),
        fc.boolean(),
      ),
      { numRuns: 2, seed: 13 },
    );
    samples.push(['-rf / --version @everyone', false], ['--mode', true]);
    const outcomes: string[] = [];
    for (let i = 0; i < samples.length; i += 2) {
      const batch = samples.slice(i, i + 2).map(async ([q, separator]) => {
        const r = await runCli('src/cli/ask.ts', ['--json', ...(separator ? ['--'] : []), q], {
          INDEX_DIR: join(tmp.dir),
        });
        expect(r.signal).toBeNull();
        expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
        if (r.code === 0) {
          const lines = r.stdout.trim().split('\n');
          expect(lines).toHaveLength(1);
          const json = JSON.parse(lines[0]!) as { answer: string; grounded: boolean; citations: { quote: string }[] };
          expect(typeof json.answer).toBe('string');
          expect(json.answer).not.toMatch(INJECTION);
          for (const c of json.citations) expect(c.quote.isWellFormed()).toBe(true);
        } else {
          expect(r.stdout).toBe('');
          const err = r.stderr.split('\n').filter((l) => l && !l.startsWith('(run with --help'));
          expect(err).toHaveLength(1);
          expect(err[0]).toMatch(
            /^(bron: The question (is empty|has no words in it)\.|error: (unknown option|option '--mode <mode>' argument missing))/,
          );
        }
        outcomes.push(String(r.code));
      });
      await Promise.all(batch);
    }
    expect(outcomes).toContain('0');
  }, 120_000);

  it('CLI: a 200 KB question (as many argv words) exits 0 with the notice', async () => {
    const q = 'Wat zei Rutte over Koersk en de Noord-Koreaanse soldaten? '.repeat(Math.ceil(200_000 / 58));
    const args = q.trim().split(' '); // one 200 KB argument would exceed Linux's 128 KB per-argument limit
    const r = await runCli('src/cli/ask.ts', args, { INDEX_DIR: join(tmp.dir) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\(Your question was [\d,]+ characters long; only the first [\d,]+ were used\.\)\n/);
    expect(r.stdout).toContain('Bronnen:');
  }, 60_000);
});
