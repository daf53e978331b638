import { join } from 'node:path';
import { GatewayIntentBits, IntentsBitField } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeedback } from '../../src/discord/feedback.js';
import type { Engine } from '../../src/engine.js';
import { openEngine } from '../support/engine.js';
import type { FakeDiscord } from '../support/fake-discord/index.js';
import {
  checkAnswerFields,
  newUser,
  QUESTION,
  type Running,
  repliesTo,
  replyTo,
  sourceLineOf,
  startSuite,
  stopSuite,
  TOKEN,
  temp,
} from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
const tmp = temp();

beforeAll(async () => {
  const env = (f: FakeDiscord) => ({
    REPLY_MODE: 'reply',
    RATE_LIMIT_USER_PER_MINUTE: '3',
    ALLOWED_CHANNELS: `${f.channels.general}, 1234567890123456789`,
  });
  ({ fake, engine, running } = await startSuite(openEngine(join(tmp.dir, 'index')), env));
});

afterAll(() => stopSuite(running, fake, tmp));

describe('mentions', { timeout: 20_000 }, () => {
  it('logs in through the fake API base and is ready, without the privileged Message Content intent', () => {
    const client = running.bot.client;
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(fake.identifyCount).toBe(1);
    const intents = new IntentsBitField(client.options.intents);
    expect(intents.has(GatewayIntentBits.Guilds) && intents.has(GatewayIntentBits.GuildMessages)).toBe(true);
    expect(intents.has(GatewayIntentBits.MessageContent)).toBe(false);
  });

  it('a mention: typing, then a reply with an embed of verbatim quotes and every conflicting troop figure', async () => {
    const sent = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('asker') });
    const reply = await replyTo(fake, sent);
    const typing = fake.requests.findIndex(
      (r) => r.method === 'POST' && r.path === `/channels/${fake.channels.general}/typing`,
    );
    expect(typing).toBeGreaterThanOrEqual(0);
    expect(typing).toBeLessThan(fake.requests.indexOf(reply));

    const body = reply.body;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.embeds).toHaveLength(1);
    const embed = body.embeds[0];
    expect(embed.title).toBe(QUESTION); // the mention is stripped from the question
    for (const figure of ['1500', '3.000', '10.000']) expect(embed.description).toContain(figure);

    // One field per article (title once), each quote once and verbatim, a compact source line per article.
    const articles = [...engine.snapshotInfo.articles.values()];
    expect(embed.fields.length).toBeGreaterThanOrEqual(4);
    const quotes = checkAnswerFields(embed.fields, articles);
    for (const f of embed.fields as { name: string; value: string }[]) {
      const article = articles.find((a) => a.title === f.name)!;
      const outlet = /^unknown/i.test(article.outlet) ? 'outlet unknown' : article.outlet;
      const by = article.author ? `${article.author} · ` : '';
      expect(sourceLineOf(f.value)).toMatch(new RegExp(`^${by}${outlet} · (\\d+ )?Oct 2024$`));
    }
    expect(embed.description).toContain('The quotes are in Dutch');
    // Each figure is backed by a quote that contains it.
    for (const figure of ['1500', '3.000', '10.000']) expect(quotes.some((q) => q.includes(figure))).toBe(true);

    const buttons = body.components[0].components as { custom_id: string }[];
    expect(buttons.map((b) => b.custom_id)).toEqual([
      expect.stringMatching(/^bron:fb:up:[\w-]+$/),
      expect.stringMatching(/^bron:fb:down:[\w-]+$/),
    ]);
    expect(embed.footer.text).toContain(buttons[0]!.custom_id.split(':').pop());
  });

  it('replies in the asker language: a Dutch and an English question, each quote once, localised buttons', async () => {
    const articles = [...engine.snapshotInfo.articles.values()];
    const labels = (body: any) => body.components[0].components.map((b: { label: string }) => b.label);
    const nl = fake.sendMessage({ content: 'Wat zei Rutte over Koersk?', mentionBot: true, author: newUser('nl') });
    const nlBody = (await replyTo(fake, nl)).body;
    const nlEmbed = nlBody.embeds[0];
    expect(labels(nlBody)).toEqual(['Nuttig', 'Niet nuttig']);
    expect(nlEmbed.footer.text).toMatch(/^Citaten zijn letterlijk uit de artikelen · id /);
    expect(nlEmbed.description).not.toMatch(/citaten zijn in/i); // Dutch quotes for a Dutch question: no note
    expect(checkAnswerFields(nlEmbed.fields, articles).length).toBeGreaterThan(0);
    for (const f of nlEmbed.fields) expect(sourceLineOf(f.value)).toMatch(/ · (\d+ )?okt 2024$/);

    const en = fake.sendMessage({
      content: 'What did Rutte say about Kursk?',
      mentionBot: true,
      author: newUser('en'),
    });
    const enBody = (await replyTo(fake, en)).body;
    const enEmbed = enBody.embeds[0];
    expect(labels(enBody)).toEqual(['Helpful', 'Not helpful']);
    expect(enEmbed.footer.text).toMatch(/^Quotes are verbatim from the articles · id /);
    expect(enEmbed.description).toContain('The quotes are in Dutch, the language of the articles.');
    const quotes = checkAnswerFields(enEmbed.fields, articles);
    // Each quote once in the whole reply: not again in the description.
    for (const q of quotes) expect(enEmbed.description).not.toContain(q.slice(0, 40));
  });

  it('an out-of-corpus question is refused politely, with no sources', async () => {
    const sent = fake.sendMessage({
      content: 'What is the capital of Australia?',
      mentionBot: true,
      author: newUser('refused'),
    });
    const embed = (await replyTo(fake, sent)).body.embeds[0];
    expect(embed.description).toMatch(/don't cover/);
    // No quotes: one field naming what the articles do cover, and no "verbatim" footer.
    expect(embed.fields).toHaveLength(1);
    expect(embed.fields[0].name).toBe('What the articles cover');
    for (const a of engine.snapshotInfo.articles.values()) expect(embed.fields[0].value).toContain(a.title);
    expect(embed.footer.text).not.toMatch(/verbatim/);
  });

  it('a mention with no question gets a hint, not an error', async () => {
    const sent = fake.sendMessage({ content: '', mentionBot: true, author: newUser('empty') });
    const reply = await replyTo(fake, sent);
    expect(reply.body.content).toMatch(/Ask me a question/);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
  });

  it('ignores messages from bots and webhooks, and messages that do not mention it', async () => {
    const fromBot = fake.sendMessage({ content: QUESTION, mentionBot: true, author: fake.users.otherBot });
    const fromWebhook = fake.sendMessage({
      content: QUESTION,
      mentionBot: true,
      author: newUser('hook'),
      webhookId: '123456789012345678',
    });
    const noMention = fake.sendMessage({ content: QUESTION, author: newUser('chatter') });
    const sentinel = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('sentinel') });
    await replyTo(fake, sentinel);
    await new Promise((r) => setTimeout(r, 200));
    expect(repliesTo(fake, fromBot.id)).toEqual([]);
    expect(repliesTo(fake, fromWebhook.id)).toEqual([]);
    expect(repliesTo(fake, noMention.id)).toEqual([]);
  });

  it('@everyone in a question: no pings allowed and nothing echoed unescaped', async () => {
    const sent = fake.sendMessage({
      content: `@everyone @here <@${fake.users.admin.id}> ${QUESTION}`,
      mentionBot: true,
      mentionEveryone: true,
      author: newUser('pinger'),
    });
    const reply = await replyTo(fake, sent);
    expect(reply.body.allowed_mentions.parse).toEqual([]);
    expect(reply.body.allowed_mentions.replied_user).toBe(false);
    const json = JSON.stringify(reply.body);
    expect(json).not.toMatch(/@everyone|@here/);
    expect(json).not.toContain(`<@${fake.users.admin.id}>`);
    expect(reply.body.embeds[0].title).toBe(QUESTION); // @everyone, @here and the user's mention left out
  });

  it('rate limit: over RATE_LIMIT_USER_PER_MINUTE one friendly notice, then silence', async () => {
    const user = newUser('eager');
    for (let i = 0; i < 3; i++) {
      const ok = fake.sendMessage({ content: `${QUESTION} (${i})`, mentionBot: true, author: user });
      expect((await replyTo(fake, ok)).body.embeds).toHaveLength(1);
    }
    const fourth = fake.sendMessage({ content: QUESTION, mentionBot: true, author: user });
    const notice = await replyTo(fake, fourth);
    expect(notice.body.content).toMatch(/please wait about \d+ s/);
    expect(notice.body.embeds ?? []).toEqual([]);
    expect(notice.body.allowed_mentions.parse).toEqual([]);
    const fifth = fake.sendMessage({ content: QUESTION, mentionBot: true, author: user });
    const other = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('patient') });
    await replyTo(fake, other); // another user is still answered
    await new Promise((r) => setTimeout(r, 200));
    expect(repliesTo(fake, fifth.id)).toEqual([]);
  });

  it('feedback buttons: ephemeral thanks, one vote per user (a second click changes it), counted in /stats and saved', async () => {
    const sent = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('rater') });
    await replyTo(fake, sent);
    const answer = fake.messagesIn(fake.channels.general).find((m) => m.message_reference?.message_id === sent.id)!;
    const [up, down] = (answer.components[0].components as { custom_id: string }[]).map((b) => b.custom_id) as [
      string,
      string,
    ];
    const alice = newUser('alice');
    const bob = newUser('bob');

    const first = await fake.clickButton({ message: answer, customId: up, user: alice }).callback();
    expect(first.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/^Thanks/), allowed_mentions: { parse: [] } },
    });
    const changed = await fake.clickButton({ message: answer, customId: down, user: alice }).callback();
    expect(changed.body.data.content).toMatch(/changed your vote to 👎/);
    await fake.clickButton({ message: answer, customId: up, user: bob }).callback();

    const stats = await fake.sendCommand({ name: 'stats' }).callback();
    const feedback = stats.body.data.embeds[0].fields.find((f: { name: string }) => f.name === 'Feedback');
    expect(feedback.value).toBe('👍 1 · 👎 1');

    const saved = { answers: await readFeedback(running.dataDir) };
    const id = up.split(':').pop()!;
    expect(saved.answers[id]!.votes).toEqual({
      [alice.id]: { vote: 'down', at: expect.any(String) },
      [bob.id]: { vote: 'up', at: expect.any(String) },
    });
    expect(saved.answers[id]!.meta!.question).toBe(QUESTION);
  });

  it('ALLOWED_CHANNELS: mentions elsewhere are ignored, /ask elsewhere is told where to ask (privately)', async () => {
    const elsewhere = fake.sendMessage({
      channelId: fake.channels.other,
      content: QUESTION,
      mentionBot: true,
      author: newUser('lost'),
    });
    const cb = await fake
      .sendCommand({
        name: 'ask',
        channelId: fake.channels.other,
        options: [{ name: 'question', type: 3, value: QUESTION }],
        user: newUser('lost2'),
      })
      .callback();
    expect(cb.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: `I only answer questions in <#${fake.channels.general}>, <#1234567890123456789>.` },
    });
    const sentinel = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('found') });
    await replyTo(fake, sentinel);
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.requests.some((r) => r.path.startsWith(`/channels/${fake.channels.other}/`))).toBe(false);
    expect(repliesTo(fake, elsewhere.id)).toEqual([]);
  });

  it('never logs or sends the token', () => {
    expect(JSON.stringify(fake.requests.map((r) => r.body))).not.toContain(TOKEN);
  });
});
