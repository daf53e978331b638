import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import type { Engine } from '../../src/engine.js';
import { loadStore } from '../../src/index/store.js';
import type { FakeDiscord } from '../support/fake-discord/index.js';
import { buildFolders, type RunResult, runCli } from '../support/faults.js';
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
  unescapeMarkdown,
} from './harness.js';

/**
 * /reindex in the bot and `npm run index` in another process at the same time: the build lock serialises them (the
 * second waits, it does not fail or interleave), and the index ends with both processes' view of the corpus.
 */
let fake: FakeDiscord;
let engine: Engine;
let running: Running;
let corpusDir: string;
let indexDir: string;
const embeddings = new GatedEmbeddings();
const tmp = temp();

beforeAll(async () => {
  const opened = openGatedEngine(tmp.dir, embeddings);
  ({ corpusDir, indexDir } = opened);
  ({ fake, engine, running } = await startSuite(opened.engine, { RATE_LIMIT_USER_PER_MINUTE: '100' }));
});

afterAll(async () => {
  embeddings.open();
  await stopSuite(running, fake, tmp);
});

const field = (embed: { fields: { name: string; value: string }[] }, prefix: string) =>
  embed.fields.find((f) => f.name.startsWith(prefix))?.value;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('/reindex and `npm run index` at once', { timeout: 90_000 }, () => {
  it('the CLI waits for the lock the bot holds, then finishes; questions are answered meanwhile; the index ends consistent', async () => {
    const file = join(corpusDir, readdirSync(corpusDir).find((f) => f.includes('boerjaten'))!);
    appendFileSync(file, '\nEen alinea over achthonderd reservisten, toegevoegd terwijl twee processen indexeren.\n');
    embeddings.hold();
    const calls = embeddings.calls;
    const h = fake.sendCommand({ name: 'reindex', user: fake.users.admin });
    expect((await h.callback()).body.type).toBe(5);
    await expect.poll(() => embeddings.calls, { timeout: 10_000 }).toBeGreaterThan(calls); // the bot is mid-build, holding the lock
    expect(existsSync(join(indexDir, '.build.lock'))).toBe(true);

    let cli: RunResult | undefined;
    let live = '';
    const cliDone = runCli(
      'src/cli/index.ts',
      [],
      { INDEX_DIR: indexDir, CORPUS_DIR: corpusDir, LOG_LEVEL: 'info' },
      80_000,
      (d) => (live += d),
    ).then((r) => (cli = r));
    // Wait for the CLI to decide to build (it then goes for the lock), however long its start takes on a busy machine.
    await expect
      .poll(() => live.includes('updating the index: 1 article(s) changed') || cli !== undefined, {
        timeout: 40_000,
        interval: 100,
      })
      .toBe(true);
    await new Promise((r) => setTimeout(r, 1000)); // and a moment in which it would finish if the lock did not hold it
    expect(cli, 'the CLI finished while the bot held the build lock').toBeUndefined();
    const during = fake.sendMessage({ content: QUESTION, mentionBot: true, author: newUser('during') });
    expect((await replyTo(fake, during)).body.embeds[0].description).toContain('10.000');

    const released = Date.now();
    embeddings.open();
    const done = await h.edit((r) => r.body.embeds?.[0]?.title === 'Reindex finished', 20_000);
    expect(field(done.body.embeds[0], 'Embedded articles')).toBe('`dvhn-boerjaten`');
    const r = await cliDone;
    expect(r.signal, r.stderr).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    // From the CLI's own log (same clock): it decided to build while the bot held the lock, and finished only after
    // the bot's build was released (under the lock it found the bot's index up to date, so it published nothing).
    const lines = r.stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { time: number; msg: string });
    const decided = lines.find((l) => l.msg.startsWith('updating the index: 1 article(s) changed: dvhn-boerjaten'));
    const built = lines.find((l) => l.msg.startsWith('index ready: '));
    expect(decided, r.stderr).toBeDefined();
    expect(built, r.stderr).toBeDefined();
    expect(decided!.time).toBeLessThan(released);
    expect(built!.time).toBeGreaterThanOrEqual(released);

    const loaded = await loadStore(indexDir, new LocalHashEmbeddings(), 64);
    expect(loaded.manifest.articles['dvhn-boerjaten']!.hash).toBe(sha(file));
    expect(buildFolders(indexDir)).toEqual([]);
    expect(readdirSync(indexDir).filter((n) => n.startsWith('index-'))).toHaveLength(1);
    expect(existsSync(join(indexDir, '.build.lock'))).toBe(false);
    const reply = await replyTo(
      fake,
      fake.sendMessage({ content: 'achthonderd reservisten', mentionBot: true, author: newUser('after') }),
    );
    expect(JSON.stringify(reply.body)).toContain('achthonderd reservisten');
  });

  it('articles with bad front matter: the admin sees each rejected file by name and reason; the rest are indexed', async () => {
    writeFileSync(
      join(corpusDir, '010-bad-id.md'),
      '---\nid: Bad Id!\ntitle: x\noutlet: X\ndate: "2024"\nlanguage: nl\n---\nTekst.\n',
    );
    writeFileSync(join(corpusDir, '011-broken-yaml.md'), '---\nid: [unclosed\n---\nTekst.\n');
    const h = fake.sendCommand({ name: 'reindex', user: fake.users.admin });
    const done = await h.edit((r) => r.body.embeds?.[0]?.title === 'Reindex finished', 20_000);
    const embed = done.body.embeds[0];
    const rejected = unescapeMarkdown(field(embed, 'Rejected (2)') ?? '');
    expect(rejected).toMatch(/010-bad-id\.md: id: must be lowercase letters, digits and dashes/);
    expect(rejected).toMatch(/011-broken-yaml\.md: front matter is not valid YAML/);
    expect(done.body.allowed_mentions.parse).toEqual([]);
    expect(engine.snapshotInfo.articles.size).toBe(5);
    expect(engine.snapshotInfo.corpusErrors.map((e) => e.file.split('/').pop())).toEqual([
      '010-bad-id.md',
      '011-broken-yaml.md',
    ]);
  });
});
