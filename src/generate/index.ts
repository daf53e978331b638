import type { BaseMessage } from '@langchain/core/messages';
import type { Answer, Citation } from '../answer/types.js';
import { sourceLine } from '../corpus/article.js';
import { log } from '../log.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import { chatModel, type LlmConfig, llmConfig, preload } from './client.js';
import { buildMessages, buildSources, replyText, type SourceContext } from './prompt.js';
import {
  type CitedSpan,
  type NameVariants,
  rebuild,
  type Source,
  type ValidationFallback,
  validate,
} from './validate.js';

export { type LlmConfig, llmConfig } from './client.js';
export { type NameVariants, rebuild, type Source, type Validation, validate } from './validate.js';

/**
 * Optional LLM answers on top of the extractive one (LLM_PROVIDER=openai|ollama). The extractive answer is always
 * composed first; the model gets its citations and the retrieved passages as numbered sources, and its answer is
 * shown only if it survives `validate` within the deadline. Otherwise the extractive answer is returned, marked
 * with `fallback`. See README.md in this folder.
 */

/** How an answer is generated; the engine's AskOptions extend these, so `engine.ask` takes them too. */
export interface GenerateOptions {
  /**
   * Streams an LLM answer: called with the validated part of the answer so far (complete sentences that passed
   * validation, renumbered citations), at most once per `partialIntervalMs`. Drafts only: what `ask` resolves to
   * is the final answer, which may be the extractive one. Never called for extractive-only answers.
   */
  onPartial?: (partial: PartialAnswer) => void;
  /** Minimum time between two onPartial calls; default 1000 ms (Discord allows about 5 message edits per 5 s). */
  partialIntervalMs?: number;
  /** Longest a streamed answer may take in all; default 20 s. The first text must still come within LLM_TIMEOUT_MS. */
  streamMaxMs?: number;
}

export interface PartialAnswer {
  text: string;
  citations: Citation[];
}

export type FallbackReason = 'timeout' | 'error' | ValidationFallback;

/** Counters for /stats: answers generated, answers that fell back (by reason), refusals never sent to the model. */
export const llmStats = {
  requests: 0,
  generated: 0,
  fallbacks: 0,
  /** Extractive refusals: nothing to ground an answer in, so the model is not asked. */
  skipped: 0,
  /** Sentences dropped from answers that were still shown. */
  removedSentences: 0,
  byReason: {} as Partial<Record<FallbackReason, number>>,
};

export function resetLlmStats(): void {
  Object.assign(llmStats, { requests: 0, generated: 0, fallbacks: 0, skipped: 0, removedSentences: 0, byReason: {} });
}

export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(
    readonly ms: number,
    what = 'the model did not answer',
  ) {
    super(`${what} within ${ms} ms`);
  }
}

export interface GenerateContext {
  extractive: Answer;
  retrieved: readonly RetrievedPassage[];
  /** The articles and sentences sources are cut from, and the corpus's spellings of names (CorpusStats). */
  snapshot: SourceContext & { stats?: NameVariants };
}

export class Generator {
  constructor(readonly cfg: LlmConfig) {
    // Load the client package now, so the first question's deadline is not spent importing it.
    void preload(cfg);
  }

  /** The generated answer if it validates in time, else `extractive` with `generated: false` and `fallback` set. */
  async answer(ctx: GenerateContext, opts: GenerateOptions = {}): Promise<Answer> {
    const { extractive } = ctx;
    if (!extractive.grounded || extractive.citations.length === 0) {
      llmStats.skipped++;
      return extractive;
    }
    const t0 = performance.now();
    const sources = buildSources(extractive, ctx.retrieved, ctx.snapshot);
    const messages = buildMessages(extractive.question, extractive.language, sources, extractive);
    llmStats.requests++;
    let text: string;
    try {
      text = opts.onPartial
        ? await this.stream(messages, opts, (soFar) => partial(soFar, sources, extractive, ctx.snapshot.stats))
        : await this.complete(messages);
    } catch (err) {
      const timeout = err instanceof DeadlineError;
      return this.fallback(extractive, timeout ? 'timeout' : 'error', t0, (err as Error).message);
    }
    const v = validate(text, sources, extractive.language, ctx.snapshot.stats);
    for (const s of v.removed)
      log.info({ reason: s.reason, detail: s.detail, sentence: s.text }, 'LLM sentence removed');
    if (v.fallback)
      return this.fallback(
        extractive,
        v.fallback,
        t0,
        `${v.removed.length} of ${v.sentences.length} sentences removed`,
      );
    const built = rebuild(v, sources);
    llmStats.generated++;
    llmStats.removedSentences += v.removed.length;
    const generateMs = performance.now() - t0;
    log.info(
      {
        provider: this.cfg.LLM_PROVIDER,
        model: this.cfg.LLM_MODEL,
        ms: Math.round(generateMs),
        removed: v.removed.length,
        sources: sources.length,
      },
      'generated answer',
    );
    const { figures: _figures, ...rest } = extractive; // figures point at extractive citation numbers
    return {
      ...rest,
      answer: built.text,
      grounded: true,
      citations: built.spans.map(toCitation),
      timings: { ...extractive.timings, generateMs },
      generated: true,
    };
  }

  private fallback(extractive: Answer, reason: FallbackReason, t0: number, detail: string): Answer {
    llmStats.fallbacks++;
    llmStats.byReason[reason] = (llmStats.byReason[reason] ?? 0) + 1;
    const generateMs = performance.now() - t0;
    log.warn(
      { reason, detail, provider: this.cfg.LLM_PROVIDER, model: this.cfg.LLM_MODEL, ms: Math.round(generateMs) },
      `LLM answer fell back to the extractive answer (${reason})`,
    );
    return { ...extractive, timings: { ...extractive.timings, generateMs }, generated: false, fallback: reason };
  }

  /** One completion within LLM_TIMEOUT_MS; the request is aborted when the deadline passes. */
  private async complete(messages: BaseMessage[]): Promise<string> {
    const ms = this.cfg.LLM_TIMEOUT_MS;
    const ctrl = new AbortController();
    const model = await chatModel(this.cfg, ctrl.signal);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const e = new DeadlineError(ms);
        ctrl.abort(e);
        reject(e);
      }, ms);
    });
    try {
      return replyText(await Promise.race([model.invoke(messages, { signal: ctrl.signal }), deadline]));
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Streams a completion: the first text must come within LLM_TIMEOUT_MS and the whole answer within streamMaxMs.
   * `draft` turns the text so far into a validated partial, handed to onPartial at a bounded rate.
   */
  private async stream(
    messages: BaseMessage[],
    opts: GenerateOptions,
    draft: (soFar: string) => PartialAnswer | undefined,
  ): Promise<string> {
    const first = this.cfg.LLM_TIMEOUT_MS;
    const total = Math.max(first, opts.streamMaxMs ?? 20_000);
    const interval = opts.partialIntervalMs ?? 1000;
    const ctrl = new AbortController();
    const model = await chatModel(this.cfg, ctrl.signal);
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let fail!: (e: Error) => void;
    const deadline = new Promise<never>((_, reject) => (fail = reject));
    deadline.catch(() => undefined);
    const arm = (ms: number, what: string) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const e = new DeadlineError(ms, what);
        ctrl.abort(e);
        fail(e);
      }, ms);
    };
    arm(first, 'the model did not start answering');
    let text = '';
    let lastAt = -Infinity;
    let lastText = '';
    try {
      const it = (await Promise.race([model.stream(messages, { signal: ctrl.signal }), deadline]))[
        Symbol.asyncIterator
      ]();
      for (;;) {
        const r = await Promise.race([it.next(), deadline]);
        if (r.done) break;
        const piece = replyText(r.value);
        if (!piece) continue;
        if (!text) arm(Math.max(1, total - (performance.now() - started)), 'the model did not finish');
        text += piece;
        if (performance.now() - lastAt >= interval) {
          const p = draft(text);
          if (p && p.text !== lastText) {
            lastAt = performance.now();
            lastText = p.text;
            opts.onPartial!(p);
          }
        }
      }
      return text;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A sentence end followed by the start of the next sentence: everything before it is complete. */
const COMPLETE = /[.!?…]["”’)]*(?:\s*\[[\d,;\s]+\])*\s+(?=[\p{Lu}\p{N}"“„‘•*-])|\n/gu;

/** The validated part of a streamed answer so far: complete sentences only, unsupported ones left out. */
function partial(
  soFar: string,
  sources: readonly Source[],
  extractive: Answer,
  variants: NameVariants | undefined,
): PartialAnswer | undefined {
  let cut = 0;
  for (const m of soFar.matchAll(COMPLETE)) cut = m.index! + m[0].length;
  if (cut === 0) return undefined;
  const v = validate(soFar.slice(0, cut), sources, extractive.language, variants);
  if (v.cited.length === 0) return undefined;
  const built = rebuild(v, sources);
  return { text: built.text, citations: built.spans.map(toCitation) };
}

function toCitation(span: CitedSpan): Citation {
  const a = span.source.article;
  return {
    n: span.n,
    articleId: a.id,
    title: a.title,
    source: sourceLine(a),
    language: a.language,
    outlet: a.outlet,
    date: a.date,
    file: a.file,
    quote: a.body.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    ...(a.url ? { url: a.url } : {}),
    score: span.source.score,
  };
}

const generators = new WeakMap<object, Generator | null>();

/**
 * The generator for an engine config, or undefined for LLM_PROVIDER=none (the default). Validates the LLM settings
 * the first time (ConfigError on a bad set-up) and is cached per config object.
 */
export function llmGenerator(cfg: object): Generator | undefined {
  let g = generators.get(cfg);
  if (g === undefined) {
    const llm = llmConfig(cfg);
    g = llm ? new Generator(llm) : null;
    generators.set(cfg, g);
  }
  return g ?? undefined;
}

export type StreamEvent = ({ type: 'partial' } & PartialAnswer) | { type: 'final'; answer: Answer };

/**
 * `engine.ask` as a stream, for a chat layer that edits its reply as the answer grows:
 * - zero or more `partial` events: validated drafts (complete sentences that passed validation, citations
 *   renumbered), at most one per `partialIntervalMs` (default 1 s);
 * - then exactly one `final` event: the answer to show as final. It is the validated generated answer, or the
 *   extractive one (`fallback` says why) — which can differ entirely from the last draft, so a final edit must
 *   replace the draft rather than append to it.
 * With LLM_PROVIDER=none there are no partials, only the extractive final. Question errors are thrown.
 */
export async function* streamAnswer<O extends GenerateOptions>(
  engine: { ask(question: string, opts?: O): Promise<Answer> },
  question: string,
  opts = {} as O,
): AsyncGenerator<StreamEvent> {
  const queue: PartialAnswer[] = [];
  let wake: (() => void) | undefined;
  let settled: { answer: Answer } | { error: unknown } | undefined;
  engine
    .ask(question, {
      ...opts,
      onPartial: (p) => {
        queue.push(p);
        wake?.();
      },
    })
    .then(
      (answer) => (settled = { answer }),
      (error: unknown) => (settled = { error }),
    )
    .finally(() => wake?.());
  for (;;) {
    while (queue.length) yield { type: 'partial', ...queue.shift()! };
    if (settled) break;
    await new Promise<void>((r) => (wake = r));
    wake = undefined;
  }
  if ('error' in settled) throw settled.error;
  yield { type: 'final', answer: settled.answer };
}
