import pino from 'pino';

/**
 * One logger for the whole process. Logs go to stderr so `ask --json` keeps stdout for its single JSON object.
 * Secrets are redacted by key name wherever they appear in a log object.
 */
export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? 'info',
    base: undefined,
    redact: {
      paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'apiKey', '*.apiKey', 'OPENAI_API_KEY', '*.OPENAI_API_KEY', 'authorization', '*.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  },
  pino.destination(2),
);
