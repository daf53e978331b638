import type { Config } from '../config.js';
import { log } from '../log.js';
import type { CrossEncoder } from './cross-encoder.js';
import { forgetFailure, recentFailure, rememberFailure } from './download-memo.js';
import { modelOnDisk } from './model-files.js';

export class RerankerLoadError extends Error {
  override name = 'RerankerLoadError';
}

export type RerankerConfig = Pick<
  Config,
  | 'RERANKER'
  | 'RERANKER_MODEL'
  | 'EMBEDDINGS_MODEL_PATH'
  | 'EMBEDDINGS_CACHE_DIR'
  | 'EMBEDDINGS_ALLOW_DOWNLOAD'
  | 'EMBEDDINGS_REMOTE_HOST'
  | 'EMBEDDINGS_DOWNLOAD_RETRY_HOURS'
  | 'EMBEDDINGS_LOAD_TIMEOUT_MS'
>;

/**
 * Keys in the download memo (src/embed/download-memo.ts, shared with the embedder): that the model was not on disk
 * (said once per retry interval, then only at debug level), and that a copy on disk did not load (not tried again
 * within the interval: loading a large model that then fails costs seconds on every start).
 */
const ABSENT = (model: string) => `reranker-absent:${model}`;
const BROKEN = (model: string) => `reranker-broken:${model}`;

/** Loaded cross-encoders by settings: engines opened in one process (eval, one per corpus) share one model. */
const loaded = new Map<string, Promise<CrossEncoder>>();

/**
 * The cross-encoder RERANKER asks for, or undefined for none. `auto` uses RERANKER_MODEL only when it is on disk
 * (EMBEDDINGS_MODEL_PATH or EMBEDDINGS_CACHE_DIR), never downloads, and never fails: a model that is absent or does
 * not load means no reranker, said in one line and remembered. `transformers` loads it (downloading it when
 * EMBEDDINGS_ALLOW_DOWNLOAD is true) or throws a RerankerLoadError saying how to fix it.
 */
export async function createReranker(cfg: RerankerConfig): Promise<CrossEncoder | undefined> {
  if (cfg.RERANKER === 'none') return undefined;
  if (cfg.RERANKER === 'transformers') {
    try {
      return await load(cfg, cfg.EMBEDDINGS_ALLOW_DOWNLOAD);
    } catch (err) {
      throw new RerankerLoadError(`RERANKER=transformers: ${firstLine(err)}`, { cause: err });
    }
  }
  return autoReranker(cfg);
}

async function autoReranker(cfg: RerankerConfig): Promise<CrossEncoder | undefined> {
  const model = cfg.RERANKER_MODEL.trim();
  const cacheDir = cfg.EMBEDDINGS_CACHE_DIR;
  const hours = cfg.EMBEDDINGS_DOWNLOAD_RETRY_HOURS;
  const onDisk = modelOnDisk({ model, localModelPath: cfg.EMBEDDINGS_MODEL_PATH, cacheDir });
  if (!onDisk) {
    if (await recentFailure(cacheDir, ABSENT(model), hours)) {
      log.debug(`reranker: none (${model} is not on disk)`);
      return undefined;
    }
    const saved = await remember(cacheDir, ABSENT(model), 'not on disk');
    log.info(
      `reranker: none, ${model} is not on disk (EMBEDDINGS_MODEL_PATH or EMBEDDINGS_CACHE_DIR); ` +
        `RERANKER=transformers downloads it, RERANKER=none silences this${saved && hours > 0 ? ` for ${hours} h` : ''}`,
    );
    return undefined;
  }
  const failed = await recentFailure(cacheDir, BROKEN(model), hours);
  if (failed) {
    log.debug(`reranker: none (the model in ${onDisk} did not load at ${failed.at}: ${failed.reason})`);
    return undefined;
  }
  try {
    const encoder = await load(cfg, false);
    await forgetFailure(cacheDir, BROKEN(model)).catch(() => undefined);
    log.debug(`reranker: ${encoder.id}`);
    return encoder;
  } catch (err) {
    const reason = shortReason(err);
    log.debug({ err }, 'reranker did not load');
    const saved = await remember(cacheDir, BROKEN(model), reason);
    const next = saved && hours > 0 ? `; not tried again for ${hours} h` : '';
    log.warn(`reranker: none, the model in ${onDisk} did not load (${reason})${next}; RERANKER=transformers says more`);
    return undefined;
  }
}

/** Loads (or reuses) the cross-encoder; a failed load is not kept, so the next call tries again. */
function load(cfg: RerankerConfig, allowRemote: boolean): Promise<CrossEncoder> {
  const key = JSON.stringify([
    cfg.RERANKER_MODEL.trim(),
    cfg.EMBEDDINGS_MODEL_PATH,
    cfg.EMBEDDINGS_CACHE_DIR,
    cfg.EMBEDDINGS_REMOTE_HOST,
    allowRemote,
  ]);
  let encoder = loaded.get(key);
  if (!encoder) {
    encoder = import('./cross-encoder.js').then(({ loadCrossEncoder }) =>
      loadCrossEncoder({
        model: cfg.RERANKER_MODEL,
        localModelPath: cfg.EMBEDDINGS_MODEL_PATH,
        cacheDir: cfg.EMBEDDINGS_CACHE_DIR,
        allowRemote,
        remoteHost: cfg.EMBEDDINGS_REMOTE_HOST,
        loadTimeoutMs: cfg.EMBEDDINGS_LOAD_TIMEOUT_MS,
      }),
    );
    loaded.set(key, encoder);
    encoder.catch(() => loaded.delete(key));
  }
  return encoder;
}

/** Records in the memo; false when the cache folder cannot be written (then nothing is remembered, nothing breaks). */
function remember(cacheDir: string, key: string, reason: string): Promise<boolean> {
  return rememberFailure(cacheDir, key, reason).then(
    () => true,
    () => false,
  );
}

/** The cause of a failed load in a few words: ModelLoadError's `reason`, else the first line of the message. */
function shortReason(err: unknown): string {
  const e = err as { reason?: unknown };
  const reason = typeof e?.reason === 'string' ? e.reason : firstLine(err);
  return reason.length > 160 ? `${reason.slice(0, 157)}...` : reason;
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]!;
}
