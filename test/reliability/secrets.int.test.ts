import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/engine.js';
import { plainLines, runCli } from '../support/faults.js';

/** An OpenAI-compatible server that rejects every request and echoes the Authorization header it got, as some do. */
function startEchoServer(): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const auth = String(req.headers.authorization ?? '');
      seen.push(auth);
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ error: { message: `Incorrect API key provided: ${auth}`, type: 'invalid_request_error' } }),
        );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen, server }),
    ),
  );
}

/** Child processes with the real logger on stderr (#17.4): what a server echoes never reaches a log line or the user. */
describe('secrets echoed by a server, and a bad LOG_LEVEL', () => {
  const tmp = tempDir('bron-secrets-');
  let echo: Awaited<ReturnType<typeof startEchoServer>>;
  beforeAll(async () => {
    echo = await startEchoServer();
  });
  afterAll(async () => {
    await new Promise((r) => echo.server.close(r));
    tmp.cleanup();
  });

  it('an LLM server echoing `Bearer <key>`: the fallback is logged without the key, the answer holds none', async () => {
    const key = `sk-${randomBytes(24).toString('base64url')}`;
    const r = await runCli('src/cli/ask.ts', ['--json', 'Wat zei Rutte over Koersk?'], {
      INDEX_DIR: `${tmp.dir}/llm-index`,
      LOG_LEVEL: 'info',
      LLM_PROVIDER: 'openai',
      LLM_MODEL: 'echo-model',
      OPENAI_API_KEY: key,
      OPENAI_BASE_URL: echo.url,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(echo.seen).toContain(`Bearer ${key}`); // the key really went out, and came back in the error body
    expect(r.stderr).toMatch(/LLM answer fell back to the extractive answer/);
    expect(r.stderr).toContain('Bearer [redacted]');
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(JSON.parse(r.stdout).grounded).toBe(true);
  }, 90_000);

  it('an embeddings server echoing `Bearer <key>`: one clear line without the key', async () => {
    const key = `sk-${randomBytes(24).toString('base64url')}`;
    const r = await runCli('src/cli/ask.ts', ['Wat zei Rutte over Koersk?'], {
      INDEX_DIR: `${tmp.dir}/emb-index`,
      LOG_LEVEL: 'info',
      EMBEDDINGS: 'openai',
      OPENAI_API_KEY: key,
      OPENAI_BASE_URL: echo.url,
    });
    expect(r.code).not.toBe(0);
    expect(echo.seen).toContain(`Bearer ${key}`);
    expect(plainLines(r.stderr)).toEqual([expect.stringMatching(/^bron: /)]);
    expect(r.stdout + r.stderr).not.toContain(key);
  }, 90_000);

  for (const script of ['src/cli/ask.ts', 'src/discord/main.ts']) {
    it(`LOG_LEVEL=verbose: ${script} gives the config error, not a logger stack trace`, async () => {
      const r = await runCli(script, ['Wat zei Rutte?'], { LOG_LEVEL: 'verbose', DISCORD_TOKEN: 'x' });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^bron: Invalid configuration:\n {2}LOG_LEVEL: .*got "verbose"/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack frames
      expect(r.stderr).not.toMatch(/unknown level/i);
    }, 60_000);
  }
});
