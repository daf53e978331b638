import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeedback } from '../../src/discord/feedback.js';
import { openEngine } from '../support/engine.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { nodeArgs } from '../support/node-args.js';
import { newUser, QUESTION, repliesTo, replyTo, startBot, TOKEN, temp } from './harness.js';

/**
 * Graceful stop with answers in flight: `npm start` (the real entry point, as a child process) gets SIGINT while three
 * answers are still being delivered. It must stop taking questions, deliver those three, close the gateway, write
 * stats and feedback, and exit 0 — and a stuck answer must not hold the stop beyond its bound.
 */
let fake: FakeDiscord;
const tmp = temp();

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  await fake?.close();
  tmp.cleanup();
});

const messages = (channelId: string) => (m: string, p: string) =>
  m === 'POST' && p === `/channels/${channelId}/messages`;

describe('stopping with answers in flight', { timeout: 60_000 }, () => {
  it('npm start + SIGINT: in-flight answers delivered, new questions refused, gateway closed, stats and feedback on disk, exit 0', async () => {
    const dataDir = join(tmp.dir, 'data');
    const env = { ...process.env };
    for (const k of Object.keys(env)) if (k.startsWith('DISCORD_')) delete env[k];
    const child = spawn(process.execPath, nodeArgs('src/discord/main.ts'), {
      env: {
        ...env,
        EMBEDDINGS: 'local',
        INDEX_DIR: join(tmp.dir, 'index'),
        DATA_DIR: dataDir,
        DISCORD_API_BASE: fake.apiBase,
        DISCORD_TOKEN: TOKEN,
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const voter = newUser('voter');
    try {
      await expect.poll(() => out.includes('Bron is online'), { timeout: 30_000, interval: 100 }).toBe(true);

      // One answer and a vote before the stop.
      const first = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('early') });
      const firstReply = await replyTo(fake, first);
      const message = {
        ...firstReply.body,
        id: '998877665544332211',
        channel_id: fake.channels.general,
        author: fake.botUser,
      };
      await fake
        .clickButton({ message, customId: firstReply.body.components[0].components[0].custom_id, user: voter })
        .callback();

      // Three more: Discord answers the first reply with a 429 for 1.5 s, so all three are still in flight.
      const before = fake.requests.length;
      fake.rateLimitNext(messages(fake.channels.general), 1.5);
      const inflight = ['a', 'b', 'c'].map((n) =>
        fake.sendMessage({ content: `${QUESTION} (${n})`, mentionBot: true, author: newUser(`inflight-${n}`) }),
      );
      await fake.waitForRequest((r) => fake.requests.indexOf(r) >= before && r.status === 429);

      const t0 = performance.now();
      child.kill('SIGINT');
      await expect
        .poll(() => out.includes('SIGINT: finishing answers in progress'), { timeout: 5000, interval: 20 })
        .toBe(true);
      // While it finishes: a new mention is not taken, a slash command is told to come back.
      const late = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('late') });
      const slash = await fake
        .sendCommand({
          name: 'ask',
          options: [{ name: 'question', type: 3, value: QUESTION }],
          user: newUser('late-slash'),
        })
        .callback();
      expect(slash.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/restarting/) } });

      expect(await exited).toBe(0);
      expect(performance.now() - t0).toBeLessThan(10_000); // the bot's bound for answers in progress
      for (const m of inflight)
        expect(
          repliesTo(fake, m.id).some((r) => r.status === 200),
          `reply to ${m.content}`,
        ).toBe(true);
      expect(repliesTo(fake, late.id)).toEqual([]);
      expect(out).toMatch(/waiting for \d+ answer\(s\) in progress/);
      expect(out).toContain('Bron stopped');
      expect(out).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await fake.connected(300).then(
      () => expect.unreachable('the gateway session should be closed'),
      () => undefined,
    );
    const stats = JSON.parse(readFileSync(join(dataDir, 'stats.json'), 'utf8'));
    expect(stats.questions).toBe(4);
    expect(stats.latencies).toHaveLength(4);
    const feedback = { answers: await readFeedback(dataDir) };
    expect(Object.values(feedback.answers).map((a) => a.votes[voter.id]?.vote)).toEqual(['up']);
  });

  it('an answer stuck in flight does not hold the stop past shutdownTimeoutMs; the gateway still closes and stats are written', async () => {
    const engine = await openEngine(join(tmp.dir, 'index2'));
    const running = await startBot(fake, engine); // shutdownTimeoutMs 3000
    await replyTo(fake, fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('answered') }));
    const before = fake.requests.length;
    fake.rateLimitNext(messages(fake.channels.general), 8); // the reply waits 8 s, longer than the bound
    const sent = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('stuck') });
    await fake.waitForRequest((r) => fake.requests.indexOf(r) >= before && r.status === 429);
    const t0 = performance.now();
    await running.bot.stop();
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(2900);
    expect(took).toBeLessThan(5000);
    expect(running.bot.client.isReady()).toBe(false);
    expect(repliesTo(fake, sent.id).some((r) => r.status === 200)).toBe(false); // it really was still in flight
    expect(JSON.parse(readFileSync(join(running.dataDir, 'stats.json'), 'utf8')).questions).toBe(1); // the answer before it
    await running.stop();
  });
});
