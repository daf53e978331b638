import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';

/** The fake Discord itself, driven by the real discord.js client (no bot code), so e2e failures point at the bot. */
let fake: FakeDiscord;
let client: Client;
const TOKEN = 'test-token.fake.discord';

beforeAll(async () => {
  fake = await startFakeDiscord();
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: fake.apiBase },
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(TOKEN);
  await ready;
});
afterAll(async () => {
  await client.destroy();
  await fake.close();
});

describe('fake Discord with the real discord.js client', () => {
  it('logs in and caches the guild, its channels and roles', () => {
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.name).toBe('Bron test server');
    expect(guild?.channels.cache.has(fake.channels.general)).toBe(true);
    expect(guild?.roles.cache.get(fake.adminRoleId)?.permissions.has('ManageGuild')).toBe(true);
    expect(fake.requests.some((r) => r.path === '/gateway/bot')).toBe(true);
  });

  it('delivers messages and records replies with allowed_mentions and message_reference', async () => {
    const got = new Promise<import('discord.js').Message>((resolve) => client.once(Events.MessageCreate, resolve));
    const sent = fake.sendMessage({ content: 'hello', mentionBot: true });
    const msg = await got;
    expect(msg.content).toBe(`<@${fake.botUser.id}> hello`);
    expect(msg.mentions.users.has(fake.botUser.id)).toBe(true);
    await msg.reply({ content: 'hi @everyone', allowedMentions: { parse: [] } });
    const r = await fake.waitForRequest(
      (x) => x.method === 'POST' && x.path === `/channels/${fake.channels.general}/messages`,
    );
    expect(r.body.allowed_mentions.parse).toEqual([]);
    expect(r.body.message_reference.message_id).toBe(sent.id);
  });

  it('slash commands: deferReply and editReply reach the callback and @original routes', async () => {
    const handled = new Promise<void>((resolve) =>
      client.once(Events.InteractionCreate, async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.deferReply();
        await i.editReply(`you asked ${i.options.getString('question')}`);
        resolve();
      }),
    );
    const h = fake.sendCommand({ name: 'ask', options: [{ name: 'question', type: 3, value: 'why?' }] });
    expect((await h.callback()).body.type).toBe(5);
    expect((await h.edit()).body.content).toBe('you asked why?');
    await handled;
  });

  it('threads: startThread creates a channel that later messages arrive in', async () => {
    const got = new Promise<import('discord.js').Message>((resolve) => client.once(Events.MessageCreate, resolve));
    fake.sendMessage({ content: 'start a thread', mentionBot: true });
    const msg = await got;
    const thread = await msg.startThread({ name: 'Bron' });
    expect(fake.threads.has(thread.id)).toBe(true);
    const inThread = new Promise<import('discord.js').Message>((resolve) => client.once(Events.MessageCreate, resolve));
    fake.sendMessage({ channelId: thread.id, content: 'follow-up' });
    expect((await inThread).channel.isThread()).toBe(true);
  });

  it('resumes after a dropped connection and keeps receiving', async () => {
    const before = fake.resumeCount + fake.identifyCount;
    fake.dropConnection();
    await expect.poll(() => fake.resumeCount + fake.identifyCount, { timeout: 15_000 }).toBeGreaterThan(before);
    await fake.connected();
    const got = new Promise<import('discord.js').Message>((resolve) => client.once(Events.MessageCreate, resolve));
    fake.sendMessage({ content: 'after the drop' });
    expect((await got).content).toBe('after the drop');
  });

  it('a 429 with retry_after is retried and the send succeeds', async () => {
    fake.rateLimitNext((m, p) => m === 'POST' && p.endsWith('/messages'), 0.3);
    const channel = client.channels.cache.get(fake.channels.other);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    const sent = await channel.send({ content: 'eventually', allowedMentions: { parse: [] } });
    expect(sent.content).toBe('eventually');
    expect(
      fake.requests.filter((r) => r.path === `/channels/${fake.channels.other}/messages`).map((r) => r.status),
    ).toEqual([429, 200]);
  });
});

describe('fake Discord with two shards and two guilds', () => {
  let sharded: FakeDiscord;
  const clients: Client[] = [];

  beforeAll(async () => {
    sharded = await startFakeDiscord({ shards: 2, guilds: 2 });
    // One client per shard, as ShardingManager's children run them (shards: [i], shardCount: 2).
    for (const id of [0, 1]) {
      const c = new Client({
        intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
        rest: { api: sharded.apiBase },
        shards: [id],
        shardCount: 2,
      });
      const ready = new Promise((resolve) => c.once(Events.ClientReady, resolve));
      await c.login(TOKEN);
      await ready;
      clients.push(c);
    }
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.destroy()));
    await sharded?.close();
  });

  it('recommends two shards and gives each shard only its own guild', async () => {
    const res = await fetch(`${sharded.apiBase}/v10/gateway/bot`, { headers: { authorization: `Bot ${TOKEN}` } });
    expect(((await res.json()) as { shards: number }).shards).toBe(2);
    const [g0, g1] = sharded.guilds;
    expect(Number((BigInt(g0!.id) >> 22n) % 2n)).toBe(0);
    expect(Number((BigInt(g1!.id) >> 22n) % 2n)).toBe(1);
    expect([...clients[0]!.guilds.cache.keys()]).toEqual([g0!.id]);
    expect([...clients[1]!.guilds.cache.keys()]).toEqual([g1!.id]);
    expect(clients[1]!.guilds.cache.get(g1!.id)?.shardId).toBe(1);
    expect(sharded.connectedShards().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("routes a guild's dispatches to its shard's session only", async () => {
    const seen: [number, string][] = [];
    for (const [i, c] of clients.entries()) c.on(Events.MessageCreate, (m) => seen.push([i, m.content]));
    sharded.sendMessage({ channelId: sharded.guilds[1]!.channels.general, content: 'to guild 2' });
    sharded.sendMessage({ channelId: sharded.guilds[0]!.channels.general, content: 'to guild 1' });
    await expect.poll(() => seen.length, { timeout: 5_000 }).toBe(2);
    await new Promise((r) => setTimeout(r, 200)); // and nothing more arrives (no copy to the other shard)
    expect(seen.sort()).toEqual([
      [0, 'to guild 1'],
      [1, 'to guild 2'],
    ]);
    const h = sharded.sendCommand({ name: 'stats', channelId: sharded.guilds[1]!.channels.other });
    expect(h.payload.guild_id).toBe(sharded.guilds[1]!.id);
  });
});
