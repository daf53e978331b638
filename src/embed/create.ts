import type { Config } from '../config.js';
import { log } from '../log.js';
import { forgetFailure, recentFailure, rememberFailure } from './download-memo.js';
import { LocalHashEmbeddings } from './local.js';
import { modelOnDisk } from './model-files.js';
import type { BronEmbeddings } from './types.js';

export class EmbedderLoadError extends Error {
  override name = 'EmbedderLoadError';
}

type EmbedConfig = Pick<
  Config,
  | 'EMBEDDINGS'
  | 'EMBEDDINGS_MODEL'
  | 'EMBEDDINGS_MODEL_PATH'
  | 'EMBEDDINGS_CACHE_DIR'
  | 'EMBEDDINGS_ALLOW_DOWNLOAD'
  | 'EMBEDDINGS_REMOTE_HOST'
  | 'EMBEDDINGS_DOWNLOAD_RETRY_HOURS'
  | 'EMBEDDINGS_LOAD_TIMEOUT_MS'
  | 'LOCAL_EMBEDDINGS_DIMENSIONS'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_EMBEDDINGS_MODEL'
  | 'OLLAMA_BASE_URL'
  | 'OLLAMA_EMBEDDINGS_MODEL'
>;

/** Chooses the embedder named by EMBEDDINGS (see `autoEmbeddings` for the default, `auto`). */
export async function createEmbeddings(cfg: EmbedConfig): Promise<BronEmbeddings> {
  switch (cfg.EMBEDDINGS) {
    case 'local':
      return localEmbeddings(cfg);
    case 'transformers':
      return loadTransformers(cfg, cfg.EMBEDDINGS_ALLOW_DOWNLOAD);
    case 'auto':
      return autoEmbeddings(cfg);
    case 'openai':
      return loadRemote('openai', cfg);
    case 'ollama':
      return loadRemote('ollama', cfg);
  }
}

function localEmbeddings(cfg: EmbedConfig): BronEmbeddings {
  return new LocalHashEmbeddings({ dimensions: cfg.LOCAL_EMBEDDINGS_DIMENSIONS });
}

/**
 * The multilingual model when it is on disk (loaded without any network access), or when a download is allowed and
 * has not failed within EMBEDDINGS_DOWNLOAD_RETRY_HOURS; otherwise the built-in embedder. A failed download is
 * remembered in the cache folder and said in one line; runs that skip the attempt log it at debug level only.
 */
async function autoEmbeddings(cfg: EmbedConfig): Promise<BronEmbeddings> {
  const model = cfg.EMBEDDINGS_MODEL.trim();
  const cacheDir = cfg.EMBEDDINGS_CACHE_DIR;
  const onDisk = modelOnDisk({ model, localModelPath: cfg.EMBEDDINGS_MODEL_PATH, cacheDir });
  if (!onDisk) {
    if (!cfg.EMBEDDINGS_ALLOW_DOWNLOAD) {
      log.debug(`embedder: built-in (${model} is not on disk and downloads are off)`);
      return localEmbeddings(cfg);
    }
    const failed = await recentFailure(cacheDir, model, cfg.EMBEDDINGS_DOWNLOAD_RETRY_HOURS);
    if (failed) {
      log.debug(`embedder: built-in (downloading ${model} failed at ${failed.at}: ${failed.reason})`);
      return localEmbeddings(cfg);
    }
  }
  try {
    const embeddings = await loadTransformers(cfg, !onDisk);
    await forgetFailure(cacheDir, model).catch(() => undefined);
    return embeddings;
  } catch (err) {
    const cause = (err as Error).cause;
    // The hub's address is said once, before the reason, not again inside it.
    const reason = (cause instanceof Error ? shortReason(cause) : firstLine(err)).replaceAll(
      cfg.EMBEDDINGS_REMOTE_HOST,
      '',
    );
    log.debug({ err }, 'multilingual model did not load');
    if (onDisk) {
      log.warn(
        `embedder: built-in, the model in ${onDisk} did not load (${reason}); EMBEDDINGS=transformers says more`,
      );
      return localEmbeddings(cfg);
    }
    const hours = cfg.EMBEDDINGS_DOWNLOAD_RETRY_HOURS;
    const saved = await rememberFailure(cacheDir, model, reason).then(
      () => true,
      () => false,
    );
    const next = saved && hours > 0 ? `; next try in ${hours} h` : '';
    log.info(`embedder: built-in, could not download ${model} from ${cfg.EMBEDDINGS_REMOTE_HOST} (${reason})${next}`);
    return localEmbeddings(cfg);
  }
}

async function loadTransformers(cfg: EmbedConfig, allowRemote: boolean): Promise<BronEmbeddings> {
  const { loadTransformersEmbeddings } = await import('./transformers.js');
  try {
    return await loadTransformersEmbeddings({
      model: cfg.EMBEDDINGS_MODEL,
      localModelPath: cfg.EMBEDDINGS_MODEL_PATH,
      cacheDir: cfg.EMBEDDINGS_CACHE_DIR,
      allowRemote,
      remoteHost: cfg.EMBEDDINGS_REMOTE_HOST,
      loadTimeoutMs: cfg.EMBEDDINGS_LOAD_TIMEOUT_MS,
    });
  } catch (err) {
    throw new EmbedderLoadError(firstLine(err), { cause: err });
  }
}

/** The cause of a failed load in a few words: transformers.ts's `reason`, else the first line of the message. */
function shortReason(err: Error): string {
  const reason = 'reason' in err && typeof err.reason === 'string' ? err.reason : firstLine(err);
  return reason.length > 160 ? `${reason.slice(0, 157)}...` : reason;
}

/** Hosted embedders through their LangChain packages, probed once so a bad key or URL fails at start, clearly. */
async function loadRemote(kind: 'openai' | 'ollama', cfg: EmbedConfig): Promise<BronEmbeddings> {
  let embeddings: import('@langchain/core/embeddings').Embeddings;
  let model: string;
  try {
    if (kind === 'openai') {
      if (!cfg.OPENAI_API_KEY) throw new Error('EMBEDDINGS=openai needs OPENAI_API_KEY');
      const { OpenAIEmbeddings } = await import('@langchain/openai');
      model = cfg.OPENAI_EMBEDDINGS_MODEL;
      embeddings = new OpenAIEmbeddings({
        model,
        apiKey: cfg.OPENAI_API_KEY,
        configuration: { baseURL: cfg.OPENAI_BASE_URL },
        maxRetries: 1,
      });
    } else {
      const { OllamaEmbeddings } = await import('@langchain/ollama');
      model = cfg.OLLAMA_EMBEDDINGS_MODEL;
      embeddings = new OllamaEmbeddings({ model, baseUrl: cfg.OLLAMA_BASE_URL });
    }
    const probe = await embeddings.embedQuery('probe');
    return Object.assign(embeddings, { id: `${kind}:${model}`, dimensions: probe.length });
  } catch (err) {
    throw new EmbedderLoadError(`could not load the ${kind} embedder: ${firstLine(err)}`);
  }
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]!;
}
