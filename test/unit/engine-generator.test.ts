import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import type { GenerateContext, GenerateOptions } from '../../src/generate/index.js';
import { tempDir, testConfig } from '../support/engine.js';

/** The engine takes its answer generator as an option (AnswerGenerator) instead of knowing src/generate's classes. */
const tmp = tempDir('bron-generator-');
const calls: { ctx: GenerateContext; opts: GenerateOptions }[] = [];
const recording = {
  async answer(ctx: GenerateContext, opts: GenerateOptions) {
    calls.push({ ctx, opts });
    return { ...ctx.extractive, answer: `rewritten: ${ctx.extractive.answer.length} chars`, generated: true };
  },
};
let withGenerator: Engine;
let plain: Engine;

beforeAll(async () => {
  plain = await Engine.open(testConfig({ INDEX_DIR: tmp.dir }));
  // LLM settings that would stop Engine.open: a given generator replaces them, so they are not consulted.
  withGenerator = await Engine.open(testConfig({ INDEX_DIR: tmp.dir, LLM_PROVIDER: 'openai' }), {
    generator: recording,
  });
});
afterAll(tmp.cleanup);

describe('Engine with an answer generator', () => {
  it('hands the generator the extractive answer, the retrieved passages, the snapshot and the options', async () => {
    const onPartial = () => undefined;
    const a = await withGenerator.ask('What are the articles about?', { onPartial, partialIntervalMs: 5 });
    expect(calls).toHaveLength(1);
    const { ctx, opts } = calls[0]!;
    expect(ctx.extractive.grounded).toBe(true);
    expect(ctx.extractive.citations.length).toBeGreaterThan(0);
    expect(ctx.retrieved.length).toBeGreaterThan(0);
    expect(ctx.snapshot.articles.size).toBe(withGenerator.snapshotInfo.articles.size);
    expect(opts.onPartial).toBe(onPartial);
    expect(opts.partialIntervalMs).toBe(5);
    expect(a.generated).toBe(true);
    expect(a.answer).toBe(`rewritten: ${ctx.extractive.answer.length} chars`);
  });

  it('answers extractively without one (LLM_PROVIDER=none), the same answer the generator was given', async () => {
    const a = await plain.ask('What are the articles about?');
    expect(a.generated).toBeUndefined();
    expect(a.answer).toBe(calls[0]!.ctx.extractive.answer);
  });

  it('still checks the LLM settings when no generator is given', async () => {
    await expect(Engine.open(testConfig({ INDEX_DIR: tmp.dir, LLM_PROVIDER: 'openai' }))).rejects.toThrow(
      /LLM_MODEL: required/,
    );
  });
});
