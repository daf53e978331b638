import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../src/discord/bot.js';
import type { Engine } from '../../src/engine.js';
import { openEngine, tempDir, testConfig } from '../support/engine.js';
import {
  type FakeDiscord,
  type InteractionHandle,
  PERM,
  type RecordedRequest,
  startFakeDiscord,
} from '../support/fake-discord/index.js';

/**
 * The real bot (src/discord/bot.ts, commands/*) on the real engine and corpus, with the real discord.js client
 * connected to the local fake Discord. Every assertion is on REST bodies the bot actually sent.
 */
const TOKEN = 'e2e.bot.token';
const tmp = tempDir('bron-e2e-');
let fake: FakeDiscord;
let engine: Engine;
let bot: Bot;

/** Undo Discord markdown escaping and mention neutralising, to compare shown quotes with the article text. */
const unescapeMarkdown = (s: string) => s.replace(/\\([\\*_~`|>#\-[\]().!])/g, '$1').replace(/\u200b/g, '');
const quotesIn = (text: string) => [...text.matchAll(/“((?:[^“”]|“[^”]*”)*)”/g)].map((m) => unescapeMarkdown(m[1]!));

function botReplies(channelId: string, since: number): RecordedRequest[] {
  return fake.requests
    .slice(since)
    .filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.status === 200);
}

/** What an interaction finally showed: the immediate reply, or the edit of a deferred one that matches. */
async function shown(h: InteractionHandle, until: (text: string) => boolean = (t) => t.length > 40): Promise<string> {
  const cb = await h.callback();
  if (cb.body.type !== 5) return JSON.stringify(cb.body);
  return JSON.stringify((await h.edit((r) => until(JSON.stringify(r.body)))).body);
}

async function nextReply(channelId: string, since: number, timeoutMs = 15_000): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (r) =>
      fake.requests.indexOf(r) >= since &&
      r.method === 'POST' &&
      r.path === `/channels/${channelId}/messages` &&
      r.status === 200,
    timeoutMs,
  );
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  engine = await openEngine(tmp.dir);
  const config = testConfig({
    INDEX_DIR: tmp.dir,
    DISCORD_API_BASE: fake.apiBase,
    RATE_LIMIT_USER_PER_MINUTE: '50',
    RATE_LIMIT_CHANNEL_PER_MINUTE: '200',
  });
  bot = new Bot({ engine, config, dataDir: `${tmp.dir}/data`, progressIntervalMs: 10, statsFlushMs: 0 });
  await bot.start(TOKEN);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  tmp.cleanup();
});

describe('Bron on a local Discord', () => {
  it('logs in and is ready in the guild', () => {
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.guilds.cache.has(fake.guildId)).toBe(true);
    expect(fake.identifyCount).toBe(1);
  });

  it('answers a mention with typing, a reply embed with every troop figure and verbatim quotes, and no pings', async () => {
    const since = fake.requests.length;
    const asked = fake.sendMessage({ content: 'How many North Korean troops are in Russia?', mentionBot: true });
    const reply = await nextReply(fake.channels.general, since);
    expect(fake.requests.slice(since).some((r) => r.path === `/channels/${fake.channels.general}/typing`)).toBe(true);
    expect(reply.body.message_reference.message_id).toBe(asked.id);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = reply.body.embeds[0];
    const text = [embed.description, ...embed.fields.map((f: { value: string }) => f.value)].join('\n');
    for (const figure of ['1500', '3.000', '10.000', 'drieduizend']) expect(unescapeMarkdown(text)).toContain(figure);
    const bodies = [...engine.snapshotInfo.articles.values()].map((a) => a.body);
    const quotes = embed.fields.flatMap((f: { value: string }) => quotesIn(f.value));
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    for (const q of quotes)
      expect(
        bodies.some((b) => b.includes(q)),
        q,
      ).toBe(true);
    // 👍 / 👎 under the answer
    const buttons = reply.body.components[0].components.map((c: { custom_id: string }) => c.custom_id);
    expect(buttons).toHaveLength(2);
  });

  it('ignores bots and webhooks, and never pings @everyone', async () => {
    const since = fake.requests.length;
    fake.sendMessage({ content: 'How many troops?', mentionBot: true, author: fake.users.otherBot });
    fake.sendMessage({ content: 'How many troops?', mentionBot: true, webhookId: '123456789012345678' });
    const asked = fake.sendMessage({
      content: '@everyone what did Rutte say? <@&1234>',
      mentionBot: true,
      mentionEveryone: true,
    });
    const reply = await nextReply(fake.channels.general, since);
    expect(reply.body.message_reference.message_id).toBe(asked.id);
    expect(botReplies(fake.channels.general, since)).toHaveLength(1);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    const shown = JSON.stringify(reply.body);
    expect(shown).not.toMatch(/@everyone/);
    expect(shown).not.toMatch(/<@&1234>/);
  });

  it('answers feedback buttons and counts them in /stats', async () => {
    const since = fake.requests.length;
    fake.sendMessage({ content: 'Wat zei Rutte over Koersk?', mentionBot: true });
    const reply = await nextReply(fake.channels.general, since);
    const message = {
      ...reply.body,
      id: '998877665544332211',
      channel_id: fake.channels.general,
      author: fake.botUser,
    };
    const up = reply.body.components[0].components[0].custom_id as string;
    const click = fake.clickButton({ message, customId: up });
    const ack = await click.callback();
    expect(ack.body.data.flags & 64).toBe(64);
    expect(ack.body.data.content).toContain('Thanks');
    expect(await shown(fake.sendCommand({ name: 'stats' }))).toMatch(/👍\D{0,20}1/);
  });

  it('/ask answers, privately when asked', async () => {
    const pub = fake.sendCommand({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?' }],
    });
    const deferred = await pub.callback();
    expect(deferred.body.type).toBe(5);
    const edit = await pub.edit((r) => Array.isArray(r.body?.embeds) && r.body.embeds.length > 0);
    expect(unescapeMarkdown(edit.body.embeds[0].description)).toContain('10.000');
    const priv = fake.sendCommand({
      name: 'ask',
      options: [
        { name: 'question', type: 3, value: 'Who is Lloyd Austin?' },
        { name: 'private', type: 5, value: true },
      ],
    });
    expect((await priv.callback()).body.data?.flags ?? 0).toBe(64);
  });

  it('/sources, /source, /help and /stats reply', async () => {
    expect(await shown(fake.sendCommand({ name: 'sources' }))).toContain('NOS Nieuws');
    expect((await shown(fake.sendCommand({ name: 'help' }))).toLowerCase()).toContain('ask');
    expect(await shown(fake.sendCommand({ name: 'stats' }))).toMatch(/p95/i);
    expect(
      await shown(fake.sendCommand({ name: 'source', options: [{ name: 'id', type: 3, value: 'rd-ferme-taal' }] })),
    ).toContain('Ferme taal tegen Poetin werkt niet');
    const bad = await shown(
      fake.sendCommand({ name: 'source', options: [{ name: 'id', type: 3, value: '../../etc/passwd' }] }),
    );
    expect(bad).not.toContain('root:');
    expect(bad.toLowerCase()).toMatch(/no article|unknown|not found|geen/);
  });

  it('/reindex is refused without Manage Server, runs for an admin, and a second one is told it is running', async () => {
    const refused = fake.sendCommand({
      name: 'reindex',
      user: fake.users.member,
      memberPermissions: PERM.ViewChannel | PERM.SendMessages,
    });
    const r = await refused.callback();
    expect(r.body.data.content).toContain('Manage Server');
    expect(r.body.data.flags & 64).toBe(64);

    const run = fake.sendCommand({ name: 'reindex', user: fake.users.admin });
    const second = fake.sendCommand({ name: 'reindex', user: fake.users.admin });
    // One of the two runs and reports its result; the other is told one is running (at once or after deferring).
    const outcomes = await Promise.all(
      [run, second].map((h) => shown(h, (t) => t.includes('already running') || t.includes('"embeds":[{'))),
    );
    expect(outcomes.filter((t) => t.includes('already running'))).toHaveLength(1);
    expect(outcomes.find((t) => !t.includes('already running'))).toMatch(/unchanged|incremental|full/i);
  });

  it('keeps answering after the gateway connection drops', async () => {
    const before = fake.resumeCount + fake.identifyCount;
    fake.dropConnection();
    await expect.poll(() => fake.resumeCount + fake.identifyCount, { timeout: 15_000 }).toBeGreaterThan(before);
    await fake.connected();
    const since = fake.requests.length;
    fake.sendMessage({ content: 'Who is Lloyd Austin?', mentionBot: true });
    const reply = await nextReply(fake.channels.general, since);
    expect(reply.body.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it('a REST 429 with retry_after delays the reply but it still arrives', async () => {
    fake.rateLimitNext((m, p) => m === 'POST' && p === `/channels/${fake.channels.general}/messages`, 0.5);
    const since = fake.requests.length;
    fake.sendMessage({ content: 'Wat zei Poetin?', mentionBot: true });
    const reply = await nextReply(fake.channels.general, since);
    expect(reply.body.embeds.length).toBe(1);
    const statuses = fake.requests
      .slice(since)
      .filter((r) => r.path === `/channels/${fake.channels.general}/messages`)
      .map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
  });

  it('rate limits a user who asks too fast, with one friendly notice', async () => {
    const FAST = /vraagt sneller dan ik kan bijhouden/; // the questions are Dutch, so is the notice
    const since = fake.requests.length;
    for (let i = 0; i < 60; i++)
      fake.sendMessage({
        content: `Wie is Rutte? ${i}`,
        mentionBot: true,
        author: fake.users.admin,
        channelId: fake.channels.other,
      });
    await expect
      .poll(() => botReplies(fake.channels.other, since).some((r) => FAST.test(r.body.content ?? '')), {
        timeout: 30_000,
      })
      .toBe(true);
    const notices = botReplies(fake.channels.other, since).filter((r) => FAST.test(r.body.content ?? ''));
    expect(notices).toHaveLength(1);
  });
});

describe('REPLY_MODE=thread', () => {
  const tmp2 = tempDir('bron-e2e-thread-');
  let fake2: FakeDiscord;
  let bot2: Bot;
  beforeAll(async () => {
    fake2 = await startFakeDiscord();
    const config = testConfig({ INDEX_DIR: tmp.dir, DISCORD_API_BASE: fake2.apiBase, REPLY_MODE: 'thread' });
    bot2 = new Bot({ engine, config, dataDir: `${tmp2.dir}/data`, statsFlushMs: 0 });
    await bot2.start(TOKEN);
  });
  afterAll(async () => {
    await bot2?.stop();
    await fake2?.close();
    tmp2.cleanup();
  });

  it('answers in a new thread, and follow-ups there need no mention', async () => {
    const asked = fake2.sendMessage({ content: 'How many North Korean troops are in Russia?', mentionBot: true });
    const threadReq = await fake2.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${fake2.channels.general}/messages/${asked.id}/threads`,
    );
    expect(threadReq.body.name).toContain('How many North Korean troops');
    const threadId = asked.id;
    await fake2.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
    const since = fake2.requests.length;
    fake2.sendMessage({ channelId: threadId, content: 'Wat zei Rutte?' });
    const follow = await fake2.waitForRequest(
      (r) => fake2.requests.indexOf(r) >= since && r.method === 'POST' && r.path === `/channels/${threadId}/messages`,
    );
    expect(follow.body.embeds[0].fields.length).toBeGreaterThan(0);
  });
});

describe('npm start with a token Discord rejects', () => {
  it('prints one clear line, exits non-zero, and never shows the token', async () => {
    const f = await startFakeDiscord();
    const secret = 'rejected.token.value-SECRET';
    f.invalidTokens.add(secret);
    const tmp3 = tempDir('bron-e2e-token-');
    try {
      const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/discord/main.ts'], {
        env: {
          ...process.env,
          DISCORD_TOKEN: secret,
          DISCORD_API_BASE: f.apiBase,
          EMBEDDINGS: 'local',
          INDEX_DIR: tmp3.dir,
          LOG_LEVEL: 'info',
        },
        timeout: 30_000,
      }).then(
        () => ({ code: 0, out: '' }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
      expect(r.code).not.toBe(0);
      expect(r.out).toContain('Discord rejected DISCORD_TOKEN');
      expect(r.out).not.toContain('SECRET');
      expect(r.out).not.toMatch(/\n\s+at /);
    } finally {
      await f.close();
      tmp3.cleanup();
    }
    const none = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/discord/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: '', EMBEDDINGS: 'local' },
      timeout: 30_000,
    }).then(
      () => ({ code: 0, out: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
    );
    expect(none.code).toBe(2);
    expect(none.out).toContain('DISCORD_TOKEN is not set');
  });
});
