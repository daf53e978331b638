import pino from 'pino';
import pretty from 'pino-pretty';
import { redact, registerSecrets } from './redact.js';

export { publicText, redact } from './redact.js';

/**
 * One logger for the whole process. Logs go to stderr so `ask --json` keeps stdout for its single JSON object:
 * readable lines on a terminal, JSON lines otherwise (or always with LOG_FORMAT=json), for log collectors.
 * Secrets are redacted by key name wherever they appear in a log object, and by value in every line written (the
 * configured tokens, keys and passwords, and secret-shaped text such as an echoed `Bearer …`; see redact.ts).
 */
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
// A bad LOG_LEVEL must not make pino throw at import, before loadConfig can report it as one clear line.
const level = LEVELS.includes(process.env.LOG_LEVEL ?? '') ? process.env.LOG_LEVEL : 'info';
registerSecrets(process.env);

const options: pino.LoggerOptions = {
  level,
  hooks: { streamWrite: redact },
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

/** A logger with this module's options (redaction included) writing to `destination`; tests give it a memory stream. */
export function createLogger(destination: pino.DestinationStream): pino.Logger {
  return pino(options, destination);
}

export const log = createLogger(
  human
    ? pretty({ destination: 2, sync: true, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' })
    : pino.destination({ dest: 2, sync: true }),
);
