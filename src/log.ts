import pino from 'pino';
import pretty from 'pino-pretty';

/**
 * One logger for the whole process. Logs go to stderr so `ask --json` keeps stdout for its single JSON object:
 * readable lines on a terminal, JSON lines otherwise (or always with LOG_FORMAT=json), for log collectors.
 * Secrets are redacted by key name wherever they appear in a log object.
 */
const options: pino.LoggerOptions = {
  level: process.env.LOG_LEVEL ?? 'info',
  base: undefined,
  redact: {
    paths: [
      'token',
      '*.token',
      'DISCORD_TOKEN',
      '*.DISCORD_TOKEN',
      'apiKey',
      '*.apiKey',
      'OPENAI_API_KEY',
      '*.OPENAI_API_KEY',
      'DATABASE_URL',
      '*.DATABASE_URL',
      'password',
      '*.password',
      'connectionString',
      '*.connectionString',
      'authorization',
      '*.authorization',
      'headers.authorization',
      '*.headers.authorization',
      '*.headers.Authorization',
    ],
    censor: '[redacted]',
  },
};

const human = process.stderr.isTTY && process.env.LOG_FORMAT !== 'json';

export const log = human
  ? pino(
      options,
      pretty({ destination: 2, sync: true, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' }),
    )
  : pino(options, pino.destination({ dest: 2, sync: true }));
