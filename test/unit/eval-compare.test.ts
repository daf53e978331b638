import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareRuns,
  loadRun,
  type QuestionOutcome,
  renderComparison,
  type SavedRun,
  saveRun,
  signTest,
} from '../../eval/compare.js';

const q = (id: string, over: Partial<QuestionOutcome> = {}): QuestionOutcome => ({
  corpus: 'news',
  split: 'dev',
  id,
  foreign: false,
  inText: true,
  inFirstQuote: true,
  refused: false,
  ...over,
});
const run = (...outcomes: QuestionOutcome[]): SavedRun => ({ version: 1, outcomes });

describe('comparing two eval runs question by question', () => {
  it('counts what each measure gained and lost, per corpus and split, pairing by id and role', () => {
    const before = run(
      q('a', { inText: false, inFirstQuote: false }),
      q('b'),
      q('c', { refused: true, inText: false, inFirstQuote: false }),
      q('a', { foreign: true, corpus: 'wiki', refused: false }),
      q('gone'),
    );
    const after = run(
      q('a'),
      q('b', { inFirstQuote: false }),
      q('c', { refused: true, inText: false, inFirstQuote: false }),
      q('a', { foreign: true, corpus: 'wiki', refused: true }),
      q('new', { inText: false }),
    );
    const rows = compareRuns(before, after);
    const news = rows.find((r) => r.corpus === 'news')!;
    expect(news.paired).toBe(3); // "gone" and "new" have no partner
    expect(news.anywhere).toMatchObject({ gained: 1, lost: 0 });
    expect(news.firstQuote).toMatchObject({ gained: 1, lost: 1 });
    expect(news.answered).toMatchObject({ gained: 0, lost: 0 });
    expect(rows.find((r) => r.corpus === 'wiki')!.outRefused).toMatchObject({ gained: 1, lost: 0 });
  });

  it("counts the seed's own measure, every expected fact quoted, where a question has one", () => {
    const seed = (id: string, allFacts: boolean) => q(id, { corpus: 'seed', allFacts });
    const rows = compareRuns(
      run(seed('s1', true), seed('s2', true), q('n1')),
      run(seed('s1', false), seed('s2', true), q('n1')),
    );
    // One lost though every question still has an answer somewhere: the regression --against used not to show.
    expect(rows.find((r) => r.corpus === 'seed')!.allFacts).toMatchObject({ gained: 0, lost: 1 });
    expect(rows.find((r) => r.corpus === 'seed')!.anywhere).toMatchObject({ gained: 0, lost: 0 });
    expect(rows.find((r) => r.corpus === 'news')!.allFacts).toMatchObject({ gained: 0, lost: 0 });
    expect(renderComparison(rows)).toContain('| every fact (seed) |');
    // Against a run saved before the measure existed: nothing to pair, not every question "gained".
    const old = compareRuns(run(q('s1', { corpus: 'seed' })), run(seed('s1', true)));
    expect(old[0]!.allFacts).toMatchObject({ gained: 0, lost: 0 });
  });

  it("counts the first quote's right article where both runs record it", () => {
    const rows = compareRuns(
      run(q('r1', { rightArticle: true }), q('r2', { rightArticle: false }), q('r3')),
      run(q('r1', { rightArticle: false }), q('r2', { rightArticle: true }), q('r3', { rightArticle: true })),
    );
    // r3's earlier run did not record it: not counted as gained.
    expect(rows[0]!.rightArticle).toMatchObject({ gained: 1, lost: 1 });
    expect(renderComparison(rows)).toContain('| right article |');
  });

  it('says how surprising the flips are with an exact two-sided sign test', () => {
    expect(signTest(0, 0)).toBe(1);
    expect(signTest(1, 1)).toBe(1);
    expect(signTest(3, 0)).toBeCloseTo(0.25, 6);
    expect(signTest(0, 10)).toBeCloseTo(2 / 1024, 6);
    expect(signTest(8, 2)).toBeCloseTo((2 * (1 + 10 + 45)) / 1024, 6);
  });

  it('renders counts only, so no held-out question is ever named', () => {
    const secret = 'heldout-question-7';
    const text = renderComparison(
      compareRuns(run(q(secret, { split: 'heldout', inText: false })), run(q(secret, { split: 'heldout' }))),
    );
    expect(text).toContain('| news heldout | 1 | +1 −0 (p 1.00) |');
    expect(text).toContain('| all corpora heldout | 1 |');
    expect(text).not.toContain(secret);
  });

  it('saves and reads a run, and says what to do with a file that is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bron-compare-'));
    try {
      const path = join(dir, 'run.json');
      saveRun(path, [q('a')]);
      expect(loadRun(path).outcomes).toEqual([q('a')]);
      writeFileSync(path, '{"hello": 1}');
      expect(() => loadRun(path)).toThrow(/not a run saved by `npm run eval -- --save`/);
      expect(() => loadRun(join(dir, 'missing.json'))).toThrow(/cannot read the saved eval run .*Save one with --save/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
