import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvalQuestion, type EvalReport, evaluate } from '../../eval/evaluate.js';
import type { Engine } from '../../src/engine.js';
import { openEngine, tempDir } from '../support/engine.js';

/**
 * Regression guard for `npm run eval` on eval/questions.json with the offline default. Since the answerer became
 * general (issue #15: no seed vocabulary in src/, models fitted on every corpus at once) the seed's strict accuracy
 * (every expected fact quoted) is 0.790 and refusal precision / recall 0.917 / 0.733 (main 9b8c1b1), accuracy and
 * recall below the targets of 0.9 (recall 0.867 since main f3b9c69, 2 Dec, refusing who-questions no unit says
 * the relation of; 0.933 since 69978bb, refusing a role another place's adjective gives, which meets the target):
 * these floors hold what is measured, one question below, so a change that loses ground fails. Raise them as the
 * answerer improves; the targets stay in eval/evaluate.ts. Main 786ffe9 (3 Dec 2026): accuracy 0.895, refusal
 * precision / recall 1.000 / 0.933; floors about two questions below.
 */
const FLOORS = {
  hybridHit5: 0.98,
  answerAccuracy: 0.87,
  citationPrecision: 1,
  refusalPrecision: 0.92,
  refusalRecall: 0.9,
};

const tmp = tempDir();
let engine: Engine;
let report: EvalReport;
beforeAll(async () => {
  engine = await openEngine(tmp.dir);
  report = await evaluate(engine, JSON.parse(readFileSync('eval/questions.json', 'utf8')) as EvalQuestion[]);
}, 120_000);
afterAll(tmp.cleanup);

describe('eval regression guard (eval/questions.json, offline default)', () => {
  it('covers at least 60 questions in both languages, 10+ unanswerable', () => {
    expect(report.questions).toBeGreaterThanOrEqual(60);
    expect(report.unanswerable).toBeGreaterThanOrEqual(10);
  });
  it('retrieval: hybrid hit@5 holds and hybrid is at least as good as either retriever alone at hit@5', () => {
    const { hybrid, vector, bm25 } = report.retrieval;
    expect(hybrid!.hit5).toBeGreaterThanOrEqual(FLOORS.hybridHit5);
    expect(hybrid!.hit5).toBeGreaterThanOrEqual(Math.min(vector!.hit5, bm25!.hit5));
  });
  it('every citation is verbatim and supports its claim', () => {
    expect(
      report.citation_precision,
      JSON.stringify(report.failures.filter((f) => f.problem.includes('unsupported'))),
    ).toBe(FLOORS.citationPrecision);
  });
  it('answer accuracy and refusals do not regress', () => {
    const detail = report.failures.map((f) => `${f.id} ${f.question}: ${f.problem}`).join('\n');
    expect(report.answer_accuracy, detail).toBeGreaterThanOrEqual(FLOORS.answerAccuracy);
    expect(report.refusal_precision, detail).toBeGreaterThanOrEqual(FLOORS.refusalPrecision);
    expect(report.refusal_recall, detail).toBeGreaterThanOrEqual(FLOORS.refusalRecall);
  });
});
