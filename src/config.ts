import { z } from 'zod';
import { redact, registerSecrets } from './redact.js';

/**
 * Every setting Bron reads, parsed and validated in one place. Each module takes the slice it needs.
 * Defaults make the bot work offline with no `.env` at all; `.env.example` documents the same list.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { errorMap: () => ({ message: 'must be true or false' }) })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) =>
  z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

export const configSchema = z
  .object({
    CORPUS_DIR: z.string().min(1).default('corpus'),
    INDEX_DIR: z.string().min(1).default('embeddings'),
    DATA_DIR: z.string().min(1).default('data/runtime'),
    // Articles larger than this are rejected by name before they are read (checked with stat).
    MAX_ARTICLE_BYTES: int(1024, 1024 * 1024 * 1024).default(5 * 1024 * 1024),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Read by src/log.ts straight from the environment (the logger exists before the config); validated here.
    LOG_FORMAT: z.enum(['auto', 'json'], { errorMap: () => ({ message: 'must be auto or json' }) }).default('auto'),

    EMBEDDINGS: z.enum(['auto', 'local', 'transformers', 'openai', 'ollama']).default('auto'),
    EMBEDDINGS_MODEL: z.string().default('Xenova/multilingual-e5-small'),
    EMBEDDINGS_MODEL_PATH: z.string().optional(),
    EMBEDDINGS_CACHE_DIR: z.string().default('.cache/models'),
    EMBEDDINGS_ALLOW_DOWNLOAD: bool.default('true'),
    EMBEDDINGS_REMOTE_HOST: z
      .string()
      .url('must be a URL such as https://huggingface.co/ (or a mirror of it)')
      .default('https://huggingface.co/'),
    EMBEDDINGS_DOWNLOAD_RETRY_HOURS: int(0, 8760).default(24),
    EMBEDDINGS_LOAD_TIMEOUT_MS: int(100, 600_000).default(15_000),
    LOCAL_EMBEDDINGS_DIMENSIONS: int(32, 4096).default(256),

    // Cross-encoder that rescores the answer's best candidate sentences (src/embed/reranker.ts). It loads with the
    // EMBEDDINGS_MODEL_PATH / _CACHE_DIR / _ALLOW_DOWNLOAD / _REMOTE_HOST / _DOWNLOAD_RETRY_HOURS settings.
    RERANKER: z
      .enum(['none', 'auto', 'transformers'], {
        errorMap: () => ({ message: 'must be none, auto (use the model when it is on disk) or transformers' }),
      })
      .default('auto'),
    RERANKER_MODEL: z
      .string()
      .trim()
      .min(1, 'must name a transformers.js cross-encoder such as onnx-community/bge-reranker-v2-m3-ONNX')
      .default('onnx-community/bge-reranker-v2-m3-ONNX'),
    RERANKER_TOP: int(1, 200).default(20),

    HNSW_M: int(4, 128).default(16),
    HNSW_EF_CONSTRUCTION: int(10, 2000).default(200),
    // 640: the smallest efSearch with recall@10 ≥ 0.98 on the 100k bench index (0.982);
    // 768 gives 0.985 at ~20% more time.
    HNSW_EF_SEARCH: int(10, 4000).default(640),
    RETRIEVE_K: int(1, 100).default(12),
    MAX_QUESTION_CHARS: int(20, 100_000).default(1000),

    // Where the vectors live: hnsw (files under INDEX_DIR)
    // or pgvector (Postgres at DATABASE_URL; see docs/postgres.md).
    VECTOR_STORE: z
      .enum(['hnsw', 'pgvector'], { errorMap: () => ({ message: 'must be hnsw or pgvector' }) })
      .default('hnsw'),
    DATABASE_URL: z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'must be a connection string such as postgres://bron:secret@db.example.com:5432/bron',
      )
      .optional(),

    OPENAI_API_KEY: z.string().optional(),
    OPENAI_BASE_URL: z.string().url('must be a URL such as https://api.openai.com/v1').optional(),
    OPENAI_EMBEDDINGS_MODEL: z.string().default('text-embedding-3-small'),
    OLLAMA_BASE_URL: z.string().url('must be a URL such as http://127.0.0.1:11434').default('http://127.0.0.1:11434'),
    OLLAMA_EMBEDDINGS_MODEL: z.string().default('nomic-embed-text'),

    LLM_PROVIDER: z.enum(['none', 'openai', 'ollama']).default('none'),
    LLM_MODEL: z.string().optional(),
    LLM_TIMEOUT_MS: int(100, 120_000).default(2500),

    DISCORD_TOKEN: z.string().optional(),
    DISCORD_CLIENT_ID: z
      .string()
      .regex(/^\d{15,22}$/, 'must be the numeric application id')
      .optional(),
    DISCORD_GUILD_ID: z
      .string()
      .regex(/^\d{15,22}$/, 'must be a numeric server id')
      .optional(),
    DISCORD_API_BASE: z.string().url('must be a URL such as http://127.0.0.1:3000/api').optional(),
    REPLY_MODE: z.enum(['reply', 'thread']).default('reply'),
    ALLOWED_CHANNELS: list.optional(),
    RATE_LIMIT_USER_PER_MINUTE: int(1, 1000).default(6),
    RATE_LIMIT_CHANNEL_PER_MINUTE: int(1, 10_000).default(30),
    MAX_CONCURRENT_ANSWERS: int(1, 64).default(4),
    // Privileged intent (enable it in the developer portal first). Only needed so follow-ups in a Bron thread work
    // without a mention: without it Discord sends the bot no content for messages that don't mention it.
    DISCORD_MESSAGE_CONTENT: bool.default('false'),
    // npm run start:sharded (src/discord/sharded.ts). Not SHARD_COUNT: discord.js itself reads SHARDS and SHARD_COUNT
    // from the environment of every Client, so a SHARD_COUNT=auto in .env would break the plain `npm start`.
    DISCORD_SHARD_COUNT: z
      .string()
      .trim()
      .regex(
        /^(auto|[1-9]\d{0,5})$/i,
        'must be auto (the count Discord recommends) or a whole number of shards, at least 1',
      )
      .transform((v): 'auto' | number => (v.toLowerCase() === 'auto' ? 'auto' : Number(v)))
      .default('auto'),
    DISCORD_SHARD_SPAWN_DELAY_MS: int(0, 60_000).default(5500),
    // Corpus management from Discord and watch mode (issue 18).
    ANNOUNCE_CHANNEL_ID: z
      .string()
      .regex(/^\d{15,22}$/, 'must be a numeric channel id (right-click the channel → Copy Channel ID)')
      .optional(),
    WATCH_CORPUS: bool.default('true'),
    WATCH_DEBOUNCE_MS: int(0, 600_000).default(1000),
    WATCH_STABLE_MS: int(50, 60_000).default(500),
    ARTICLE_MAX_BYTES: int(1000, 50_000_000).default(2_000_000),
    DISCORD_SHARD_READY_TIMEOUT_MS: int(1000, 3_600_000).default(600_000),
  })
  .superRefine((c, ctx) => {
    if (c.VECTOR_STORE === 'pgvector' && !c.DATABASE_URL) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['DATABASE_URL'],
        message:
          'is required when VECTOR_STORE=pgvector ' +
          '(a connection string such as postgres://bron:secret@db.example.com:5432/bron)',
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Variables whose values are secrets: never echoed in error messages. */
export const SECRET_VARIABLES = new Set(['DISCORD_TOKEN', 'OPENAI_API_KEY', 'DATABASE_URL']);

/** A bad value as the error message shows it: secrets hidden, a connection string without its password. */
function shown(key: string, value: string): string {
  if (key === 'DATABASE_URL' && /^[a-z]+:\/\//i.test(value))
    return JSON.stringify(redact(value).replaceAll('[redacted]', '***'));
  // Any value may hold a secret pasted into the wrong variable: registered values are scrubbed from it too.
  return SECRET_VARIABLES.has(key) ? '(hidden)' : JSON.stringify(redact(value));
}

/** Parses the environment (after dotenv) into a Config, or throws one error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in .env mean "not set", as in most tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  registerSecrets(cleaned); // from here on no log line or message shows these values, valid or not
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (i) => `  ${i.path.join('.')}: ${i.message} (got ${shown(String(i.path[0]), cleaned[String(i.path[0])] ?? '')})`,
  );
  throw new ConfigError(
    `Invalid configuration:\n${lines.join('\n')}\nFix these in your environment or .env (see .env.example).`,
  );
}
