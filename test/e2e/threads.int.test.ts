import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { openEngine } from '../support/engine.js';
import type { FakeDiscord } from '../support/fake-discord/index.js';
import { newUser, QUESTION, type Running, repliesTo, startBot, startSuite, stopSuite, temp } from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running | undefined;
const tmp = temp();
const dataDir = join(tmp.dir, 'data');

beforeAll(async () => {
  ({ fake, engine, running } = await startSuite(openEngine(join(tmp.dir, 'index')), { REPLY_MODE: 'thread' }, dataDir));
});

afterAll(() => stopSuite(running, fake, tmp));

const postsIn = (channelId: string) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

describe('REPLY_MODE=thread', { timeout: 20_000 }, () => {
  let threadId: string;

  it('starts a public thread on the question and answers there', async () => {
    const sent = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('threader') });
    const created = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${fake.channels.general}/messages/${sent.id}/threads`,
    );
    expect(created.body.name).toBe(QUESTION);
    threadId = sent.id; // Discord gives a thread started on a message the message's id
    const answer = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
    expect(answer.body.embeds[0].description).toContain('10.000');
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(repliesTo(fake, sent.id)).toEqual([]); // nothing in the channel itself
    expect(postsIn(fake.channels.general)).toEqual([]);
    expect(JSON.parse(readFileSync(join(dataDir, 'threads.json'), 'utf8')).threads).toContain(threadId);
  });

  it('answers a follow-up in its thread without a mention', async () => {
    const before = postsIn(threadId).length;
    const follow = fake.sendMessage({
      channelId: threadId,
      content: 'Wat zei Rutte over Koersk?',
      author: newUser('follower'),
    });
    const reply = await fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${threadId}/messages` &&
        r.body?.message_reference?.message_id === follow.id,
    );
    expect(postsIn(threadId).length).toBe(before + 1);
    expect(reply.body.embeds[0].title).toBe('Wat zei Rutte over Koersk?');
    expect(reply.body.embeds[0].fields.length).toBeGreaterThan(0);
    // No second thread inside the thread.
    expect(
      fake.requests.some((r) => r.path.startsWith(`/channels/${threadId}/messages/`) && r.path.endsWith('/threads')),
    ).toBe(false);
  });

  it('reads a short follow-up with the thread’s earlier question, and says how it understood it', async () => {
    const asked = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('context') });
    const thread = asked.id;
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${thread}/messages`);
    const follow = fake.sendMessage({
      channelId: thread,
      content: 'And what does Zelensky say about it?',
      author: newUser('context2'),
    });
    const reply = await fake.waitForRequest(
      (r) => r.path === `/channels/${thread}/messages` && r.body?.message_reference?.message_id === follow.id,
    );
    const embed = reply.body.embeds[0];
    expect(embed.title).toBe('And what does Zelensky say about it?'); // what was asked
    expect(embed.description).toContain('*Understood as: What does Zelensky say about North Korean troops Russia?*');
    expect(embed.fields.map((f: { name: string }) => f.name)).toContain(
      'Zelenskiy bezorgd over rol Noord-Korea in conflict met Rusland',
    );
    // Saved after the reply is sent: a restart keeps the context.
    const saved = () => JSON.parse(readFileSync(join(dataDir, 'threads.json'), 'utf8')).questions?.[thread];
    await expect.poll(saved, { timeout: 5_000 }).toBe('What does Zelensky say about North Korean troops Russia?');
  });

  it('ignores unmentioned messages outside its threads', async () => {
    const chatter = fake.sendMessage({ content: QUESTION, author: newUser('chatter') });
    const sentinel = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('sentinel2') });
    await fake.waitForRequest((r) => r.path === `/channels/${fake.channels.general}/messages/${sentinel.id}/threads`);
    await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${sentinel.id}/messages`);
    expect(fake.requests.some((r) => r.path.includes(chatter.id))).toBe(false);
  });

  it('after a restart it still answers follow-ups in the threads it started (kept in DATA_DIR)', async () => {
    await running!.stop();
    running = undefined;
    // Make the fake forget who owns the thread, so only the bot's own record can tell.
    fake.threads.get(threadId).owner_id = fake.users.admin.id;
    running = await startBot(fake, engine, { REPLY_MODE: 'thread' }, dataDir);
    const follow = fake.sendMessage({
      channelId: threadId,
      content: 'Hoeveel soldaten stuurde Noord-Korea?',
      author: newUser('returning'),
    });
    const reply = await fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${threadId}/messages` &&
        r.body?.message_reference?.message_id === follow.id,
    );
    expect(reply.body.embeds).toHaveLength(1);
  });
});
