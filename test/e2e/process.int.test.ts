import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { nodeArgs } from '../support/node-args.js';
import { QUESTION, replyTo, TOKEN, temp } from './harness.js';

/** `npm start` and `npm run deploy-commands` as child processes, against the fake Discord. */
let fake: FakeDiscord;
const tmp = temp();
const BAD_TOKEN = 'bron-e2e-REJECTED-token.xyz';

beforeAll(async () => {
  fake = await startFakeDiscord();
  fake.invalidTokens.add(BAD_TOKEN);
});

afterAll(async () => {
  await fake?.close();
  tmp.cleanup();
});

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('DISCORD_')) delete base[k];
  return {
    ...base,
    EMBEDDINGS: 'local',
    INDEX_DIR: join(tmp.dir, 'index'),
    DATA_DIR: join(tmp.dir, 'data'),
    DISCORD_API_BASE: fake.apiBase,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    ...extra,
  };
}

function npm(args: string[], extra: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', ...args], { env: env(extra), timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** stderr without npm's own warnings about the machine's npm config. */
const ours = (stderr: string) => stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'));

describe('npm start', { timeout: 30_000 }, () => {
  it('a rejected token: one clear line, non-zero exit, no stack trace, no token', async () => {
    const r = await npm(['dev'], { DISCORD_TOKEN: BAD_TOKEN }); // npm start is the same, compiled: service.int.test.ts
    expect(r.code).not.toBe(0);
    expect(ours(r.stderr)).toEqual([
      'bron: Discord rejected DISCORD_TOKEN (401 Unauthorized); copy the token again from the developer portal (Bot tab)',
    ]);
    expect(r.stdout.trim()).toBe('');
    expect(r.stdout + r.stderr).not.toContain(BAD_TOKEN);
    expect(fake.requests.some((q) => q.path === '/gateway/bot' && q.status === 401)).toBe(true);
  });

  it('a missing token: one clear line and exit code 2', async () => {
    const r = await npm(['dev'], {});
    expect(r.code).toBe(2);
    expect(ours(r.stderr)).toEqual([expect.stringMatching(/^bron: DISCORD_TOKEN is not set/)]);
  });

  it('runs, answers a mention, and on SIGTERM stops cleanly (exit 0) after writing its stats', async () => {
    const child = spawn(process.execPath, nodeArgs('src/discord/main.ts'), {
      env: env({ DISCORD_TOKEN: TOKEN }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => out.includes('Bron is online'), { timeout: 20_000, interval: 100 }).toBe(true);
      const sent = fake.sendMessage({ content: QUESTION, mentionBot: true });
      expect((await replyTo(fake, sent)).body.embeds[0].description).toContain('10.000');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(out).toContain('Bron stopped');
    expect(out).not.toContain(TOKEN);
    const stats = JSON.parse(readFileSync(join(tmp.dir, 'data', 'stats.json'), 'utf8'));
    expect(stats.questions).toBe(1);
  });
});

describe('npm run deploy-commands', { timeout: 30_000 }, () => {
  const commandsPut = (path: string) => fake.requests.filter((r) => r.method === 'PUT' && r.path === path);

  it('registers the eight commands in DISCORD_GUILD_ID', async () => {
    const path = `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`;
    const r = await npm(['deploy-commands'], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `Registered 8 commands (/article, /ask, /glossary, /help, /reindex, /source, /sources, /stats) in server ${fake.guildId}.`,
    );
    expect(r.stdout).toContain('permissions=309237730304');
    const put = commandsPut(path);
    expect(put).toHaveLength(1);
    const body = put[0]!.body as {
      name: string;
      default_member_permissions?: string;
      options?: { name: string; autocomplete?: boolean }[];
    }[];
    expect(body.map((c) => c.name).sort()).toEqual([
      'article',
      'ask',
      'glossary',
      'help',
      'reindex',
      'source',
      'sources',
      'stats',
    ]);
    expect(body.find((c) => c.name === 'reindex')!.default_member_permissions).toBe('32'); // Manage Server
    expect(body.find((c) => c.name === 'glossary')!.default_member_permissions).toBe('32');
    expect(body.find((c) => c.name === 'article')!.default_member_permissions).toBe('32');
    // Other tools drive /article add by these option names.
    const add = (body.find((c) => c.name === 'article')!.options as any[]).find((o) => o.name === 'add');
    expect(add.options.map((o: { name: string }) => o.name)).toEqual([
      'file',
      'title',
      'outlet',
      'date',
      'language',
      'url',
      'author',
    ]);
    expect(body.find((c) => c.name === 'source')!.options![0]!.autocomplete).toBe(true);
    expect(body.find((c) => c.name === 'ask')!.options!.map((o) => o.name)).toEqual(['question', 'private']);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const r = await npm(['deploy-commands'], { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: fake.applicationId });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('global');
    expect(commandsPut(`/applications/${fake.applicationId}/commands`)).toHaveLength(1);
  });

  it('says clearly what is missing, and what a rejected token means', async () => {
    const missing = await npm(['deploy-commands'], { DISCORD_TOKEN: TOKEN });
    expect(missing.code).toBe(2);
    expect(ours(missing.stderr)).toEqual([
      'bron: DISCORD_CLIENT_ID is not set; put it in .env or the environment (see src/discord/README.md)',
    ]);
    const rejected = await npm(['deploy-commands'], {
      DISCORD_TOKEN: BAD_TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
    });
    expect(rejected.code).not.toBe(0);
    expect(ours(rejected.stderr)).toEqual([expect.stringMatching(/^bron: Discord rejected DISCORD_TOKEN \(401/)]);
    expect(rejected.stdout + rejected.stderr).not.toContain(BAD_TOKEN);
    expect(existsSync(join(tmp.dir, 'data', 'feedback.json'))).toBe(false);
  });
});
