import type { Config } from '../config.js';
import { log } from '../log.js';
import { LocalHashEmbeddings } from './local.js';
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
  | 'EMBEDDINGS_LOAD_TIMEOUT_MS'
  | 'LOCAL_EMBEDDINGS_DIMENSIONS'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_EMBEDDINGS_MODEL'
  | 'OLLAMA_BASE_URL'
  | 'OLLAMA_EMBEDDINGS_MODEL'
>;

/**
 * Chooses the embedder named by EMBEDDINGS. `auto` tries the multilingual transformers.js model (from the local
 * path or cache, or a download that fails fast) and falls back to the built-in embedder, saying so in one line.
 */
export async function createEmbeddings(cfg: EmbedConfig): Promise<BronEmbeddings> {
  switch (cfg.EMBEDDINGS) {
    case 'local':
      return new LocalHashEmbeddings({ dimensions: cfg.LOCAL_EMBEDDINGS_DIMENSIONS });
    case 'transformers':
      return loadTransformers(cfg);
    case 'auto':
      try {
        return await loadTransformers(cfg);
      } catch (err) {
        log.info(`multilingual model unavailable (${firstLine(err)}); using the built-in local embedder`);
        return new LocalHashEmbeddings({ dimensions: cfg.LOCAL_EMBEDDINGS_DIMENSIONS });
      }
    case 'openai':
      return loadRemote('openai', cfg);
    case 'ollama':
      return loadRemote('ollama', cfg);
  }
}

async function loadTransformers(cfg: EmbedConfig): Promise<BronEmbeddings> {
  const { loadTransformersEmbeddings } = await import('./transformers.js');
  try {
    return await loadTransformersEmbeddings({
      model: cfg.EMBEDDINGS_MODEL,
      localModelPath: cfg.EMBEDDINGS_MODEL_PATH,
      cacheDir: cfg.EMBEDDINGS_CACHE_DIR,
      allowRemote: cfg.EMBEDDINGS_ALLOW_DOWNLOAD,
      loadTimeoutMs: cfg.EMBEDDINGS_LOAD_TIMEOUT_MS,
    });
  } catch (err) {
    throw new EmbedderLoadError(firstLine(err));
  }
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
