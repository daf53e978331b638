import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { type Config, ConfigError } from '../config.js';

export type LlmConfig = Pick<
  Config,
  'LLM_PROVIDER' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OLLAMA_BASE_URL'
>;

/**
 * The LLM settings of a config (any object with the LLM_* keys; missing keys take the schema's defaults), or
 * undefined when answers are extractive only. Throws a ConfigError naming every missing setting, so a bad set-up
 * stops the program at start rather than at the first question.
 */
export function llmConfig(cfg: object): LlmConfig | undefined {
  const c = cfg as Partial<LlmConfig>;
  const provider = c.LLM_PROVIDER ?? 'none';
  if (provider === 'none') return undefined;
  const problems: string[] = [];
  if (!c.LLM_MODEL)
    problems.push(
      `  LLM_MODEL: required when LLM_PROVIDER=${provider} ` +
        `(e.g. ${provider === 'openai' ? 'gpt-4o-mini' : 'llama3.1'})`,
    );
  if (provider === 'openai' && !c.OPENAI_API_KEY) {
    problems.push(
      '  OPENAI_API_KEY: required when LLM_PROVIDER=openai ' +
        '(an OpenAI-compatible server without keys accepts any value)',
    );
  }
  if (problems.length)
    throw new ConfigError(
      `Invalid configuration:\n${problems.join('\n')}\n` +
        'Fix these in your environment or .env, or set LLM_PROVIDER=none for extractive answers only.',
    );
  return {
    LLM_PROVIDER: provider,
    LLM_MODEL: c.LLM_MODEL,
    LLM_TIMEOUT_MS: c.LLM_TIMEOUT_MS ?? 2500,
    OPENAI_API_KEY: c.OPENAI_API_KEY,
    OPENAI_BASE_URL: c.OPENAI_BASE_URL,
    OLLAMA_BASE_URL: c.OLLAMA_BASE_URL ?? 'http://127.0.0.1:11434',
  };
}

/**
 * A LangChain chat model for one request. No retries (a retry cannot fit in the deadline) and temperature 0.
 * The signal aborts the HTTP request itself: ChatOpenAI passes it to the OpenAI SDK; ChatOllama only checks it
 * between stream chunks, so its fetch gets the signal too. The client packages load on first use, so the default
 * offline set-up never loads them.
 */
export async function chatModel(cfg: LlmConfig, signal: AbortSignal): Promise<BaseChatModel> {
  if (cfg.LLM_PROVIDER === 'openai') {
    const { ChatOpenAI } = await import('@langchain/openai');
    return new ChatOpenAI({
      model: cfg.LLM_MODEL!,
      apiKey: cfg.OPENAI_API_KEY!,
      temperature: 0,
      maxRetries: 0,
      useResponsesApi: false,
      ...(cfg.OPENAI_BASE_URL ? { configuration: { baseURL: cfg.OPENAI_BASE_URL } } : {}),
    });
  }
  const { ChatOllama } = await import('@langchain/ollama');
  return new ChatOllama({
    model: cfg.LLM_MODEL!,
    baseUrl: cfg.OLLAMA_BASE_URL,
    temperature: 0,
    maxRetries: 0,
    fetch: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
      fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal }),
  });
}

/** Starts loading the provider's client package; errors surface at the first request instead. */
export async function preload(cfg: LlmConfig): Promise<void> {
  await (cfg.LLM_PROVIDER === 'openai' ? import('@langchain/openai') : import('@langchain/ollama')).catch(
    () => undefined,
  );
}
