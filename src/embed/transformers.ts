import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import {
  chooseDtype,
  defaultLocalModelPath,
  findOnDisk,
  modelRoots,
  REQUIRED_FILES,
  type TransformersDtype,
  WEIGHT_FILES,
} from './model-files.js';
import type { EmbedderInfo } from './types.js';

export type { TransformersDtype } from './model-files.js';

/**
 * Multilingual sentence embeddings computed in-process by transformers.js (ONNX Runtime), behind LangChain's
 * `Embeddings` interface.
 *
 * Why not `HuggingFaceTransformersEmbeddings` from `@langchain/community`: it loads the pipeline lazily (a missing
 * model would only fail at the first query), has no query/passage prefixes (e5 models need them), and runs all
 * batches at once. Configuring local paths is global (`env`) in either case, so this class sets `env` itself.
 */

export interface TransformersEmbeddingsOptions {
  /** Hub id (`Xenova/multilingual-e5-small`) or folder name under `localModelPath`. */
  model: string;
  /**
   * Folder holding `<model>/` with config.json, tokenizer.json, tokenizer_config.json and
   * onnx/model(.|_quantized.)onnx.
   */
  localModelPath?: string;
  /** Where downloads are cached (same `<model>/…` layout); also searched for an already downloaded model. */
  cacheDir?: string;
  /** May files be downloaded from the hub? false on hosts without internet. */
  allowRemote: boolean;
  /** Weights to load: `q8` = onnx/model_quantized.onnx, `fp32` = onnx/model.onnx. Default: whichever is on disk
   * (quantized preferred), else `q8` for a download. */
  dtype?: TransformersDtype;
  /** Text put before every query / passage. Default from the model name: e5 models get `query: ` / `passage: `. */
  queryPrefix?: string;
  passagePrefix?: string;
  /** Texts per forward pass in `embedDocuments` (default 16). */
  batchSize?: number;
  /** When downloads are allowed: give up when loading makes no progress for this long (default 15000 ms). */
  loadTimeoutMs?: number;
  /** Hub to download from (default transformers.js's, https://huggingface.co/). Mainly for tests and mirrors. */
  remoteHost?: string;
}

const DEFAULT_BATCH_SIZE = 16;
const DEFAULT_LOAD_TIMEOUT_MS = 15_000;

/** Default prefixes by model family: e5 models were trained with `query: ` / `passage: ` markers. */
export function defaultPrefixes(model: string): { query: string; passage: string } {
  return /(^|[^a-z0-9])e5([^a-z0-9]|$)/i.test(model)
    ? { query: 'query: ', passage: 'passage: ' }
    : { query: '', passage: '' };
}

export class TransformersEmbeddings extends Embeddings implements EmbedderInfo {
  readonly id: string;
  readonly dimensions: number;
  readonly model: string;
  readonly dtype: TransformersDtype;
  readonly queryPrefix: string;
  readonly passagePrefix: string;
  readonly batchSize: number;
  private readonly extractor: FeatureExtractionPipeline;

  constructor(
    fields: EmbeddingsParams & {
      extractor: FeatureExtractionPipeline;
      model: string;
      dtype: TransformersDtype;
      dimensions: number;
      queryPrefix: string;
      passagePrefix: string;
      batchSize: number;
    },
  ) {
    super(fields);
    this.extractor = fields.extractor;
    this.model = fields.model;
    this.dtype = fields.dtype;
    this.dimensions = fields.dimensions;
    this.queryPrefix = fields.queryPrefix;
    this.passagePrefix = fields.passagePrefix;
    this.batchSize = fields.batchSize;
    this.id = `transformers:${fields.model}@${fields.dtype}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return this.embedRaw(texts.map((t) => this.passagePrefix + t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.embedRaw([this.queryPrefix + text]))[0]!;
  }

  /**
   * Mean-pooled, L2-normalised vectors for `texts` as given (no prefix), `batchSize` at a time. Texts are grouped by
   * length so a batch pads little; pooling ignores padding, so the result does not depend on the grouping.
   */
  async embedRaw(texts: string[]): Promise<number[][]> {
    const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const out = new Array<number[]>(texts.length);
    for (let start = 0; start < order.length; start += this.batchSize) {
      const idx = order.slice(start, start + this.batchSize);
      const tensor = await this.extractor(
        idx.map((i) => texts[i]!),
        { pooling: 'mean', normalize: true },
      );
      const rows = tensor.tolist() as number[][];
      tensor.dispose();
      idx.forEach((i, k) => {
        out[i] = rows[k]!;
      });
    }
    return out;
  }

  /** Frees the ONNX session. */
  async dispose(): Promise<void> {
    await this.extractor.dispose();
  }
}

/** transformers.js's `env` is global: loads are serialised so concurrent loads cannot mix settings. */
let loadQueue: Promise<unknown> = Promise.resolve();
let envDefaults: { localModelPath: string; cacheDir: string | null; remoteHost: string } | undefined;

/**
 * Loads the model eagerly and probes one embedding (so a missing or broken model fails here, not at the first
 * query). Throws an Error whose first line says what was tried and how to fix it.
 */
export async function loadTransformersEmbeddings(opts: TransformersEmbeddingsOptions): Promise<TransformersEmbeddings> {
  const { value: extractor, dtype } = await loadModel(
    opts,
    { what: 'embedding model', setting: 'EMBEDDINGS_MODEL', example: 'Xenova/multilingual-e5-small' },
    (lib, model, dtype, onProgress) =>
      lib.pipeline('feature-extraction', model, {
        dtype,
        device: 'cpu',
        progress_callback: onProgress,
      }) as Promise<FeatureExtractionPipeline>,
  );
  const model = opts.model.trim();
  let dimensions: number;
  try {
    const probe = await extractor(['probe'], { pooling: 'mean', normalize: true });
    const vector = probe.tolist()[0] as number[];
    probe.dispose();
    if (!vector.length || !vector.every(Number.isFinite))
      throw new Error(`invalid probe vector (length ${vector.length})`);
    dimensions = vector.length;
  } catch (err) {
    await extractor.dispose().catch(() => undefined);
    throw new Error(`embedding model "${model}" (${dtype}) loaded but could not embed a probe text: ${describe(err)}`, {
      cause: err,
    });
  }

  return new TransformersEmbeddings({
    extractor,
    model,
    dtype,
    dimensions,
    queryPrefix: opts.queryPrefix ?? defaultPrefixes(model).query,
    passagePrefix: opts.passagePrefix ?? defaultPrefixes(model).passage,
    batchSize: Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE)),
  });
}

/** Where a transformers.js model comes from, shared by the embedder and the reranker (src/embed/cross-encoder.ts). */
export type ModelLoadOptions = Pick<
  TransformersEmbeddingsOptions,
  'model' | 'localModelPath' | 'cacheDir' | 'allowRemote' | 'dtype' | 'loadTimeoutMs' | 'remoteHost'
>;

/** How errors name the model: "embedding model", set by EMBEDDINGS_MODEL, e.g. Xenova/multilingual-e5-small. */
export interface ModelRole {
  what: string;
  setting: string;
  example: string;
}

type TransformersLib = typeof import('@huggingface/transformers');

/**
 * Points transformers.js at the model on disk (or, when allowed, the hub) and runs `start` to create what uses it,
 * one load at a time. Throws an Error whose first line says what was tried and how to fix it (a `ModelLoadError`
 * with the cause alone in `reason` when the files were there or downloadable but did not load).
 */
export function loadModel<T extends { dispose(): Promise<unknown> }>(
  opts: ModelLoadOptions,
  role: ModelRole,
  start: (lib: TransformersLib, model: string, dtype: TransformersDtype, onProgress: () => void) => Promise<T>,
): Promise<{ value: T; dtype: TransformersDtype }> {
  const run = loadQueue.then(() => loadNow(opts, role, start));
  loadQueue = run.catch(() => undefined);
  return run;
}

async function loadNow<T extends { dispose(): Promise<unknown> }>(
  opts: ModelLoadOptions,
  role: ModelRole,
  start: (lib: TransformersLib, model: string, dtype: TransformersDtype, onProgress: () => void) => Promise<T>,
): Promise<{ value: T; dtype: TransformersDtype }> {
  const lib = await import('@huggingface/transformers');
  const { env } = lib;
  envDefaults ??= { localModelPath: env.localModelPath, cacheDir: env.cacheDir, remoteHost: env.remoteHost };

  const model = opts.model.trim();
  if (!model) throw new Error(`no ${role.what} named: set ${role.setting} (e.g. ${role.example})`);
  const localModelPath = resolve(opts.localModelPath ?? defaultLocalModelPath() ?? envDefaults.localModelPath);
  const cacheDir = opts.cacheDir ? resolve(opts.cacheDir) : envDefaults.cacheDir;
  const roots = modelRoots({ model, localModelPath, ...(cacheDir ? { cacheDir } : {}) });
  const dtype: TransformersDtype = opts.dtype ?? chooseDtype(roots);
  const localRoot = findOnDisk(roots, dtype);
  const layout = `${model}/{${REQUIRED_FILES.join(',')},${WEIGHT_FILES[dtype]}}`;
  const tried = roots.join(', ');
  const remoteHost = opts.remoteHost ?? envDefaults.remoteHost;

  if (!localRoot && !opts.allowRemote) {
    throw new Error(
      `${role.what} "${model}" (${dtype}) not found locally and downloads are disabled; tried ${tried}. ` +
        `Fix: put ${layout} under EMBEDDINGS_MODEL_PATH (currently ${opts.localModelPath ?? 'unset'}), ` +
        `or allow downloads (EMBEDDINGS_ALLOW_DOWNLOAD=true) on a host with internet access.` +
        missingDetail(roots, dtype),
    );
  }

  env.allowLocalModels = true;
  env.allowRemoteModels = opts.allowRemote;
  env.localModelPath = localModelPath.endsWith('/') ? localModelPath : `${localModelPath}/`;
  if (cacheDir) env.cacheDir = cacheDir;
  env.useFSCache = !!cacheDir;
  env.remoteHost = remoteHost.endsWith('/') ? remoteHost : `${remoteHost}/`;

  const timeoutMs = opts.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  try {
    const value = await withStallTimeout(
      (onProgress) => start(lib, model, dtype, onProgress),
      // Offline loads need no watchdog. A download must keep making progress; a model already on disk may still
      // fetch an optional file, but creating a big ONNX session reports no progress, so it gets more slack.
      !opts.allowRemote ? undefined : localRoot ? Math.max(timeoutMs, 60_000) : timeoutMs,
    );
    return { value, dtype };
  } catch (err) {
    const reason = describe(err);
    const where = localRoot
      ? `from ${localRoot}`
      : `(not on disk at ${tried}; ` +
        `download from ${env.remoteHost} ${err instanceof StallError ? 'stalled' : 'failed'})`;
    const fix = localRoot
      ? `Fix: replace the files in ${localRoot} with a complete transformers.js ONNX export (${layout})` +
        (cacheDir && localRoot.startsWith(cacheDir) ? ', or delete that folder to download it again' : '')
      : `Fix: put ${layout} under EMBEDDINGS_MODEL_PATH, or check network access to ${env.remoteHost}`;
    throw new ModelLoadError(
      `could not load ${role.what} "${model}" (${dtype}) ${where}: ${reason.replace(/[.\s]+$/, '')}. ${fix}.`,
      reason,
      { cause: err },
    );
  }
}

class StallError extends Error {}

/** A model that did not load: `message` says what was tried and how to fix it, `reason` only the cause (one line). */
export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
  constructor(
    message: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Runs `start`, rejecting if `ms` pass without a progress event (a hung connection or download). An abandoned load is
 * disposed when it finishes; transformers.js offers no way to abort its fetches.
 */
function withStallTimeout<T extends { dispose(): Promise<unknown> }>(
  start: (onProgress: () => void) => Promise<T>,
  ms: number | undefined,
): Promise<T> {
  if (ms === undefined) return start(() => undefined);
  return new Promise<T>((resolvePromise, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        settled = true;
        reject(new StallError(`no progress for ${ms} ms (EMBEDDINGS_LOAD_TIMEOUT_MS)`));
      }, ms);
      timer.unref();
    };
    arm();
    start(arm).then(
      (value) => {
        if (settled) return void value.dispose().catch(() => undefined);
        settled = true;
        clearTimeout(timer);
        resolvePromise(value);
      },
      (err: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

function missingDetail(roots: string[], dtype: TransformersDtype): string {
  const lines = roots.map((r) => {
    if (!existsSync(r)) return `\n  ${r}: folder does not exist`;
    const missing = [...REQUIRED_FILES, WEIGHT_FILES[dtype]].filter((f) => !existsSync(join(r, f)));
    return `\n  ${r}: missing ${missing.join(', ')}`;
  });
  return lines.join('');
}

/** One-line reason, including a network error's code (fetch hides it in `cause`). */
export function describe(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } } | undefined;
  const msg = String(e?.message ?? err).split('\n')[0]!;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause && !msg.includes(cause) ? `${msg} (${cause})` : msg;
}
