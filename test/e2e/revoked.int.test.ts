import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { nodeArgs } from '../support/node-args.js';
import { QUESTION, replyTo, TOKEN, temp } from './harness.js';

/**
 * A token revoked while the bot runs (#17.8): Discord closes the gateway with 4004 and discord.js gives up. The bot
 * used to log one warning and exit 0 (a restart-on-failure supervisor did nothing) with up to 30 s of stats unsaved.
 */
describe('npm start when the token is revoked while running', () => {
  let fake: FakeDiscord;
  const tmp = temp();
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
    tmp.cleanup();
  });

  it('gateway close 4004: one clear `bron:` line, stats written, exit 1', async () => {
    const env = { ...process.env };
    for (const k of Object.keys(env)) if (k.startsWith('DISCORD_')) delete env[k];
    const child = spawn(process.execPath, nodeArgs('src/discord/main.ts'), {
      env: {
        ...env,
        EMBEDDINGS: 'local',
        INDEX_DIR: join(tmp.dir, 'index'),
        DATA_DIR: join(tmp.dir, 'data'),
        DISCORD_API_BASE: fake.apiBase,
        DISCORD_TOKEN: TOKEN,
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.on('data', (d) => (stderr += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => stderr.includes('Bron is online'), { timeout: 60_000, interval: 100 }).toBe(true);
      const reply = await replyTo(fake, fake.sendMessage({ content: QUESTION, mentionBot: true }));
      expect(reply.body.embeds[0].description).toContain('10.000');
      fake.invalidTokens.add(TOKEN); // revoked: a new identify would fail too
      fake.dropConnection(4004);
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 20_000))]);
      expect(code, stderr.slice(-2000)).toBe(1);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    const plain = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
    expect(plain).toEqual([expect.stringMatching(/^bron: Discord closed the gateway: authentication failed \(4004\)/)]);
    expect(stderr).not.toContain(TOKEN);
    // The answer given before the close is counted on disk (stats are otherwise written every 30 s).
    expect(JSON.parse(readFileSync(join(tmp.dir, 'data', 'stats.json'), 'utf8')).questions).toBe(1);
  }, 120_000);
});
