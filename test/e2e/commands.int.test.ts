import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { type FakeDiscord, PERM, type RecordedRequest } from '../support/fake-discord/index.js';
import {
  GatedEmbeddings,
  newUser,
  openGatedEngine,
  QUESTION,
  type Running,
  replyTo,
  startSuite,
  stopSuite,
  temp,
} from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
let corpusDir: string;
const embeddings = new GatedEmbeddings();
const tmp = temp();

beforeAll(async () => {
  const opened = openGatedEngine(tmp.dir, embeddings);
  corpusDir = opened.corpusDir;
  ({ fake, engine, running } = await startSuite(opened.engine, { RATE_LIMIT_USER_PER_MINUTE: '100' }));
});

afterAll(async () => {
  embeddings.open();
  await stopSuite(running, fake, tmp);
});

const str = (name: string, value: string, focused = false) => ({
  name,
  type: 3,
  value,
  ...(focused ? { focused } : {}),
});
const ephemeral = (r: RecordedRequest) => ((r.body.data?.flags ?? 0) & 64) === 64;
const field = (embed: { fields: { name: string; value: string }[] }, name: string) =>
  embed.fields.find((f) => f.name === name)?.value;

describe('slash commands', { timeout: 20_000 }, () => {
  it('/ask: deferred (public), then the answer with sources and buttons, no pings', async () => {
    const h = fake.sendCommand({ name: 'ask', options: [str('question', QUESTION)], user: newUser('asker') });
    const cb = await h.callback();
    expect(cb.body.type).toBe(5);
    expect(ephemeral(cb)).toBe(false);
    const edit = await h.edit((r) => (r.body.embeds?.length ?? 0) > 0);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe(QUESTION);
    for (const figure of ['1500', '3.000', '10.000']) expect(embed.description).toContain(figure);
    expect(embed.fields.length).toBeGreaterThanOrEqual(4);
    expect(edit.body.components[0].components).toHaveLength(2);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
  });

  it('/ask private:true: the deferral carries the ephemeral flag (64)', async () => {
    const h = fake.sendCommand({
      name: 'ask',
      options: [str('question', 'Wat zei Rutte over Koersk?'), { name: 'private', type: 5, value: true }],
      user: newUser('shy'),
    });
    const cb = await h.callback();
    expect(cb.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await h.edit((r) => (r.body.embeds?.length ?? 0) > 0);
    expect(edit.body.embeds[0].fields.length).toBeGreaterThan(0);
  });

  it("/ask with an empty question: the engine's message, not an error", async () => {
    const h = fake.sendCommand({ name: 'ask', options: [str('question', '  ?? ')], user: newUser('blank') });
    expect((await h.callback()).body.type).toBe(5);
    expect((await h.edit()).body.content).toMatch(/no words in it/);
  });

  it('/sources lists every article with its metadata', async () => {
    const cb = await fake.sendCommand({ name: 'sources' }).callback();
    expect(cb.body.type).toBe(4);
    const embed = cb.body.data.embeds[0];
    expect(embed.title).toBe('Articles in the corpus (5)');
    for (const a of engine.snapshotInfo.articles.values()) {
      expect(embed.description).toContain(`\`${a.id}\``);
      expect(embed.description).toContain(/^unknown/i.test(a.outlet) ? 'outlet unknown' : a.outlet);
    }
    expect(embed.description).toMatch(/`nos-rutte-koersk` · NOS Nieuws · Oct 2024 · nl · \d+ passages/);
    expect(cb.body.data.components ?? []).toEqual([]); // five articles: one page, no buttons
    const nl = await fake.sendCommand({ name: 'sources', locale: 'nl' }).callback();
    expect(nl.body.data.embeds[0].title).toBe('Artikelen in het corpus (5)');
    expect(nl.body.data.embeds[0].description).toMatch(/`rd-ferme-taal` · RD\.nl · 31 okt 2024 · nl/);
  });

  it("/source id: one article's details; an unknown id is told privately", async () => {
    const cb = await fake.sendCommand({ name: 'source', options: [str('id', 'rd-ferme-taal')] }).callback();
    const embed = cb.body.data.embeds[0];
    const a = engine.snapshotInfo.articles.get('rd-ferme-taal')!;
    expect(embed.title).toBe(a.title);
    expect(field(embed, 'Outlet')).toBe(a.outlet);
    expect(field(embed, 'Date')).toBe('31 Oct 2024');
    expect(field(embed, 'Language')).toBe('Dutch (nl)');
    expect(field(embed, 'URL')).toBe('none recorded');
    expect(Number(field(embed, 'Passages'))).toBe(engine.snapshotInfo.manifest.articles['rd-ferme-taal']!.passages);
    expect(field(embed, 'Note')).toContain('Opinion');

    const unknown = await fake.sendCommand({ name: 'source', options: [str('id', 'nope`@everyone')] }).callback();
    expect(ephemeral(unknown)).toBe(true);
    expect(unknown.body.data.content).toMatch(/no article with id/);
    expect(unknown.body.data.allowed_mentions.parse).toEqual([]);
    expect(JSON.stringify(unknown.body)).not.toContain('@everyone');
  });

  it('/source autocomplete suggests matching ids', async () => {
    const cb = await fake.sendCommand({ name: 'source', type: 4, options: [str('id', 'rutte', true)] }).callback();
    expect(cb.body.type).toBe(8);
    expect(cb.body.data.choices).toEqual([
      { name: expect.stringMatching(/^nos-rutte-koersk — /), value: 'nos-rutte-koersk' },
    ]);
  });

  it('/help: how to ask, what it knows, what it does not', async () => {
    const cb = await fake.sendCommand({ name: 'help' }).callback();
    const embed = cb.body.data.embeds[0];
    expect(field(embed, 'How to ask')).toContain('/ask');
    expect(field(embed, 'What I know')).toMatch(/^5 articles \(Dutch\), Oct 2024, from /);
    expect(field(embed, 'What I do not do')).toMatch(/no web search/);
    for (const name of ['ask', 'sources', 'source', 'stats', 'help', 'reindex'])
      expect(field(embed, 'Commands')).toContain(`/${name}\``);

    // A Dutch Discord client gets /help in Dutch, dates and command descriptions included.
    const nl = (await fake.sendCommand({ name: 'help', locale: 'nl' }).callback()).body.data.embeds[0];
    expect(nl.title).toBe('Zo gebruik je Bron');
    expect(field(nl, 'Wat ik weet')).toMatch(/^5 artikelen \(Nederlands\), okt 2024, van /);
    expect(field(nl, "Commando's")).toContain('`/help` — Hoe je Bron iets vraagt');
  });

  it('/stats: questions, refusals, latency percentiles, feedback, index size and age, uptime', async () => {
    const refused = fake.sendMessage({
      content: 'What is the capital of Australia?',
      mentionBot: true,
      author: newUser('tourist'),
    });
    await replyTo(fake, refused);
    const cb = await fake.sendCommand({ name: 'stats' }).callback();
    const embed = cb.body.data.embeds[0];
    expect(Number(field(embed, 'Questions answered'))).toBe(3); // two /ask answers and the refused mention
    expect(field(embed, 'Refusals')).toBe('1 (33%)');
    expect(field(embed, 'Latency p50 / p95')).toMatch(/^\d+ ms \/ \d+ ms$/);
    expect(field(embed, 'Feedback')).toBe('👍 0 · 👎 0');
    const snap = engine.snapshotInfo;
    expect(field(embed, 'Index')).toBe(`${snap.passages.size} passages from 5 articles`);
    expect(field(embed, 'Index age')).toMatch(/^\d+[smhd]/);
    expect(field(embed, 'Uptime')).toMatch(/^\d+[smhd]/);
  });
});

describe('/reindex', { timeout: 20_000 }, () => {
  it('is refused for a member without Manage Server', async () => {
    const cb = await fake.sendCommand({ name: 'reindex', user: fake.users.member }).callback();
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/Manage Server/) } });
    expect(engine.isReindexing).toBe(false);
  });

  it('is refused for an admin whose Manage Server is removed in this channel (member permissions of the interaction)', async () => {
    const perms = PERM.ViewChannel | PERM.SendMessages | PERM.ReadMessageHistory | PERM.EmbedLinks; // role has it, channel overwrite denies it
    const cb = await fake.sendCommand({ name: 'reindex', user: fake.users.admin, memberPermissions: perms }).callback();
    expect(cb.body.data.content).toMatch(/Manage Server/);
    expect(engine.isReindexing).toBe(false);
  });

  it('runs for an admin: progress edits, old index answers meanwhile, a second /reindex is told so, then the result', async () => {
    const file = readdirSync(corpusDir).find((f) => f.includes('boerjaten'))!;
    appendFileSync(join(corpusDir, file), '\nEen extra alinea over Boerjatië, toegevoegd voor de test.\n');
    const passagesBefore = engine.snapshotInfo.passages.size;
    embeddings.hold();
    const callsBefore = embeddings.calls;
    const h = fake.sendCommand({ name: 'reindex', user: fake.users.admin });
    expect((await h.callback()).body.type).toBe(5);
    await expect.poll(() => embeddings.calls, { timeout: 10_000 }).toBeGreaterThan(callsBefore); // held mid-build
    expect(engine.isReindexing).toBe(true);
    await h.edit((r) => /^Reindexing: Splitting articles 1\/1/.test(r.body.content ?? ''));

    const second = await fake.sendCommand({ name: 'reindex', user: fake.users.admin }).callback();
    expect(second.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/already running/) },
    });

    const during = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('during') });
    expect((await replyTo(fake, during)).body.embeds[0].description).toContain('10.000');
    expect(engine.snapshotInfo.passages.size).toBe(passagesBefore);

    embeddings.open();
    const done = await h.edit((r) => r.body.embeds?.[0]?.title === 'Reindex finished');
    const embed = done.body.embeds[0];
    expect(embed.description).toMatch(/^Mode: \*\*incremental\*\*/);
    expect(field(embed, 'Embedded articles (1)')).toBe('`dvhn-boerjaten`');
    expect(field(embed, 'Removed articles (0)')).toBe('none');
    expect(field(embed, 'Rejected (0)')).toBe('none');
    expect(done.body.allowed_mentions.parse).toEqual([]);
    expect(engine.isReindexing).toBe(false);
    // Progress edits came before the result, never after it.
    const edits = fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${h.token}/messages/@original`),
    );
    expect(edits.at(-1)).toBe(done);
    expect(edits.filter((r) => /^Reindexing/.test(r.body.content ?? '')).length).toBeGreaterThanOrEqual(2);

    const stats = await fake.sendCommand({ name: 'stats' }).callback();
    expect(field(stats.body.data.embeds[0], 'Reindexes')).toBe('1');
  });
});
