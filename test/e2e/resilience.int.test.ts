import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { openEngine } from '../support/engine.js';
import type { FakeDiscord } from '../support/fake-discord/index.js';
import { newUser, QUESTION, type Running, replyTo, startSuite, stopSuite, temp } from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running | undefined;
const tmp = temp();

beforeAll(async () => {
  ({ fake, engine, running } = await startSuite(openEngine(join(tmp.dir, 'index')), { MAX_CONCURRENT_ANSWERS: '2' }));
});

afterAll(() => stopSuite(running, fake, tmp));

async function answered(): Promise<void> {
  const sent = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('probe') });
  expect((await replyTo(fake, sent)).body.embeds[0].description).toContain('10.000');
}

describe('load', { timeout: 20_000 }, () => {
  it('MAX_CONCURRENT_ANSWERS bounds how many questions the engine works on at once; the rest queue and are answered', async () => {
    const ask = engine.ask.bind(engine);
    let active = 0;
    let peak = 0;
    engine.ask = async (...args) => {
      active++;
      peak = Math.max(peak, active);
      try {
        await new Promise((r) => setTimeout(r, 150));
        return await ask(...args);
      } finally {
        active--;
      }
    };
    try {
      const sent = Array.from({ length: 6 }, (_, i) =>
        fake.sendMessage({ content: `${QUESTION} ${i}`, mentionBot: true, author: newUser(`crowd${i}`) }),
      );
      const replies = await Promise.all(sent.map((m) => replyTo(fake, m)));
      expect(replies.every((r) => r.body.embeds[0].description.includes('10.000'))).toBe(true);
      expect(peak).toBe(2);
    } finally {
      engine.ask = ask;
    }
  });
});

describe('connection trouble', { timeout: 25_000 }, () => {
  it('a dropped gateway connection: the bot resumes its session and answers the next question', async () => {
    const resumes = fake.resumeCount;
    fake.dropConnection();
    await expect.poll(() => fake.resumeCount, { timeout: 15_000 }).toBe(resumes + 1);
    await fake.connected();
    expect(fake.identifyCount).toBe(1); // resumed, not a new session
    await answered();
  });

  it('an invalidated session: the bot identifies again and keeps answering', async () => {
    const identifies = fake.identifyCount;
    fake.invalidateSession(false);
    await expect.poll(() => fake.identifyCount, { timeout: 15_000 }).toBe(identifies + 1);
    await fake.connected();
    await answered();
  });

  it('a REST 429 with retry_after on the reply: discord.js waits and the reply still arrives', async () => {
    const path = `/channels/${fake.channels.general}/messages`;
    const before = fake.requests.length;
    fake.rateLimitNext((m, p) => m === 'POST' && p === path, 0.4);
    const sent = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('limited') });
    const reply = await replyTo(fake, sent);
    expect(reply.status).toBe(200);
    const posts = fake.requests.slice(before).filter((r) => r.method === 'POST' && r.path === path);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(350);
    expect(posts[1]!.body).toEqual(posts[0]!.body);
  });

  it('stop(): finishes the answer in progress, then disconnects and writes stats', async () => {
    const path = `/channels/${fake.channels.general}/messages`;
    const before = fake.requests.length;
    fake.rateLimitNext((m, p) => m === 'POST' && p === path, 1); // keeps the answer in flight for a second
    const sent = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('last') });
    await fake.waitForRequest(
      (r) => fake.requests.indexOf(r) >= before && r.method === 'POST' && r.path === path && r.status === 429,
    );
    const bot = running!;
    running = undefined;
    await bot.bot.stop();
    const reply = fake.requests.find((r) => r.body?.message_reference?.message_id === sent.id && r.status === 200);
    expect(reply).toBeDefined(); // sent before stop() returned
    expect(bot.bot.client.isReady()).toBe(false);
    const stats = JSON.parse(readFileSync(join(bot.dataDir, 'stats.json'), 'utf8'));
    expect(stats.questions).toBe(10);
    expect(stats.latencies).toHaveLength(10);
    // No gateway session is left open.
    await fake.connected(300).then(
      () => expect.unreachable('the bot should be disconnected'),
      () => undefined,
    );
    await bot.stop();
  });
});
