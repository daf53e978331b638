import { Writable } from 'node:stream';
import { DiscordAPIError } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { clearSecrets, publicText, redact } from '../../src/redact.js';
import { redactUrl } from '../../src/store/pg.js';

/** A log destination in memory: every line the real logger (options, redaction, hooks) writes. */
function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(stream as unknown as Parameters<typeof createLogger>[0]);
  logger.level = 'trace';
  return { logger, text: () => lines.join('') };
}

/** Every form a secret can take in a line: as is, percent-encoded (in a URL), JSON-escaped (in a log record). */
function forms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
}

function expectNone(text: string, secrets: string[]): void {
  for (const s of secrets)
    for (const f of forms(s)) expect(text.includes(f), `${JSON.stringify(f)} in ${text}`).toBe(false);
}

const UNITS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'!#$%&*+-./:;=?@[]^_{|}~"\\\' ',
  'é',
  '€',
  '🔑',
];
/** Random secrets: 10–40 characters of letters, digits, punctuation (URL and JSON specials included), non-ASCII. */
const secret = fc
  .array(fc.constantFrom(...UNITS), { minLength: 10, maxLength: 40 })
  .map((u) => u.join(''))
  .filter((s) => (s.match(/[A-Za-z0-9]/g)?.length ?? 0) >= 6 && s.trim() === s);
/** A key the server echoes that was never configured here: any characters a header value can carry unquoted. */
const echoedKey = fc
  .array(fc.constantFrom(...UNITS.filter((u) => !/[\s"'\\,;]/.test(u))), { minLength: 10, maxLength: 60 })
  .map((u) => u.join(''));
const interactionToken = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'), {
    minLength: 40,
    maxLength: 120,
  })
  .map((u) => u.join(''));

/**
 * Redaction by value (#17.4): random secrets configured as the Discord token, the OpenAI key and passwords in
 * DATABASE_URL (user info, ?password=, &sslpassword=), plus a random interaction token and a random echoed Bearer key,
 * fed through every error path reachable in-process: config errors, the real logger (messages, errors, nested
 * objects, a real DiscordAPIError), redactUrl, and the text shown in public Discord messages.
 */
describe('secrets never leave by value (property)', () => {
  it('config errors, log lines, connection strings and public messages hold none of them', () => {
    fc.assert(
      fc.property(
        secret,
        secret,
        secret,
        secret,
        interactionToken,
        echoedKey,
        (token, key, dbPassword, sslPassword, itoken, echoed) => {
          clearSecrets();
          const url = `postgres://bron:${encodeURIComponent(dbPassword)}@db.example:5432/bron?sslmode=require&sslpassword=${encodeURIComponent(sslPassword)}`;
          const all = [token, key, dbPassword, sslPassword];

          // A valid configuration, and invalid ones that echo what they got.
          loadConfig({ DISCORD_TOKEN: token, OPENAI_API_KEY: key, DATABASE_URL: url });
          for (const bad of [
            { DATABASE_URL: `${url.replace('db.example', 'db example')}` },
            { DATABASE_URL: `postgres://bron@db example/bron?password=${encodeURIComponent(dbPassword)}` },
            { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: token }, // pasted into the wrong variable
            { OPENAI_API_KEY: key, OPENAI_BASE_URL: `not a url ${key}` },
          ]) {
            const err = (() => {
              try {
                loadConfig(bad);
              } catch (e) {
                return e as Error;
              }
              return undefined;
            })();
            expect(err).toBeInstanceOf(ConfigError);
            expectNone(err!.message, all);
          }

          // The real logger: in messages, error messages and stacks, nested values, a Discord API error's URL.
          const { logger, text } = memoryLogger();
          logger.info(`connecting to ${url} with token ${token}`);
          logger.warn(
            { err: new Error(`401 from the embeddings server: {"error":"invalid key: Bearer ${echoed}"}`) },
            'embeddings failed',
          );
          logger.warn({ detail: `server said Authorization: Bearer ${key}` }, 'LLM answer fell back');
          const apiError = new DiscordAPIError(
            { code: 10062, message: 'Unknown interaction' },
            10062,
            404,
            'POST',
            `https://discord.com/api/v10/interactions/123456789012345678/${itoken}/callback`,
            { body: { type: 4 } },
          );
          logger.error({ err: apiError }, 'command failed');
          logger.error(
            {
              err: Object.assign(new Error('boom'), { cause: url }),
              nested: { deeper: [token, { x: key, y: sslPassword }] },
            },
            'errors',
          );
          logger.info({ webhook: `/webhooks/123456789012345678/${itoken}/messages/@original` }, 'edit');
          expectNone(text(), [...all, itoken, echoed]);
          for (const line of text().trim().split('\n')) JSON.parse(line); // still one JSON record per line

          // Connection strings in messages, and text meant for a public Discord message.
          expectNone(redactUrl(url), all);
          expectNone(redactUrl(url.replace('sslpassword', 'password')), all);
          expectNone(publicText(`reindex failed: ${apiError.message} at ${apiError.url} (${url})`), [...all, itoken]);
          expectNone(redact(`{"error":{"message":"Incorrect API key provided: Bearer ${echoed}"}}`), [echoed]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves ordinary text alone', () => {
    const text = 'Bot permissions: see /reindex and 10.000 soldiers; postgres://db.example/bron has no password';
    expect(redact(text)).toBe(text);
    expect(publicText(`index manifest ${process.cwd()}/embeddings/index-x/manifest.json: see /reindex`)).toBe(
      'index manifest embeddings/index-x/manifest.json: see /reindex',
    );
    expect(publicText('cannot read /srv/bron/data/corpus/a.md')).toBe('cannot read …/a.md');
  });
});
