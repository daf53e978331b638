import { closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { copyCorpus } from '../support/corpus.js';
import { openEngine } from '../support/engine.js';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord/index.js';
import { checkAnswerFields, newUser, type Running, replyTo, startSuite, stopSuite, temp } from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
let corpusDir: string;
const tmp = temp();

beforeAll(async () => {
  corpusDir = copyCorpus(tmp.dir);
  const opened = openEngine(join(tmp.dir, 'index'), { CORPUS_DIR: corpusDir });
  ({ fake, engine, running } = await startSuite(opened, (f) => ({
    CORPUS_DIR: corpusDir,
    WATCH_CORPUS: 'true',
    WATCH_DEBOUNCE_MS: '100',
    WATCH_STABLE_MS: '800',
    ANNOUNCE_CHANNEL_ID: f.channels.other,
  })));
});

afterAll(() => stopSuite(running, fake, tmp));

const article = (id: string, title: string, body: string, date = '2024-11') =>
  `---\nid: "${id}"\ntitle: "${title}"\noutlet: "Testkrant"\ndate: "${date}"\nlanguage: "nl"\n---\n${body}\n`;

const PENGUINS =
  'In Antarctica telden onderzoekers in november 4.321 keizerspinguïns op het zee-ijs bij Halley. ' +
  'De kolonie is daarmee kleiner dan vorig jaar, schrijven de onderzoekers.';

/** The next announcement in ANNOUNCE_CHANNEL_ID after request number `since`. */
function announcement(since: number, timeoutMs = 15_000): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (r) =>
      fake.requests.indexOf(r) >= since &&
      r.method === 'POST' &&
      r.path === `/channels/${fake.channels.other}/messages` &&
      r.status < 300,
    timeoutMs,
  );
}

const fieldOf = (embed: any, prefix: string) => embed.fields.find((f: any) => f.name.startsWith(prefix))?.value;

describe('watch mode', { timeout: 40_000 }, () => {
  it('a file dropped into the corpus folder is indexed, announced and answered without a command', async () => {
    const since = fake.requests.length;
    writeFileSync(
      join(corpusDir, '900-pinguins.md'),
      article('pinguins-halley', 'Minder keizerspinguïns bij Halley', PENGUINS),
    );
    const posted = (await announcement(since)).body.embeds[0];
    expect(posted.title).toBe('Articles updated');
    expect(fieldOf(posted, 'Added (1)')).toBe('`pinguins-halley` — Minder keizerspinguïns bij Halley');
    expect(engine.snapshotInfo.articles.has('pinguins-halley')).toBe(true);

    const asked = fake.sendMessage({
      content: 'Hoeveel keizerspinguïns telden onderzoekers bij Halley?',
      mentionBot: true,
      author: newUser('penguin'),
    });
    const embed = (await replyTo(fake, asked)).body.embeds[0];
    expect(embed.fields.map((f: any) => f.name)).toContain('Minder keizerspinguïns bij Halley');
    checkAnswerFields(embed.fields, engine.snapshotInfo.articles.values());
  });

  it('a half-written file is not indexed until it is complete', async () => {
    const path = join(corpusDir, '901-half.md');
    const full = article(
      'half-geschreven',
      'Een langzaam geschreven artikel',
      `${PENGUINS} Dit artikel kwam in delen binnen.`,
    );
    const fd = openSync(path, 'w');
    const since = fake.requests.length;
    try {
      // Written in pieces 150 ms apart, well within WATCH_STABLE_MS (800 ms): the file never settles meanwhile.
      for (let at = 0; at < full.length; at += Math.ceil(full.length / 8)) {
        writeSync(fd, full.slice(at, at + Math.ceil(full.length / 8)));
        await new Promise((r) => setTimeout(r, 150));
        expect(engine.isReindexing || engine.snapshotInfo.articles.has('half-geschreven')).toBe(false);
      }
    } finally {
      closeSync(fd);
    }
    expect(fake.requests.slice(since).some((r) => r.path === `/channels/${fake.channels.other}/messages`)).toBe(false);
    const posted = (await announcement(since)).body.embeds[0];
    expect(fieldOf(posted, 'Added (1)')).toContain('`half-geschreven`');
    expect(fieldOf(posted, 'Rejected')).toBeUndefined(); // never read half-way
  });

  it('a changed file replaces its article, a removed one is gone, a bad one is rejected by field', async () => {
    let since = fake.requests.length;
    writeFileSync(
      join(corpusDir, '900-pinguins.md'),
      article('pinguins-halley', 'Minder keizerspinguïns bij Halley', `${PENGUINS} Correctie: het waren er 4.322.`),
    );
    expect(fieldOf((await announcement(since)).body.embeds[0], 'Changed (1)')).toContain('`pinguins-halley`');
    expect(engine.snapshotInfo.articles.get('pinguins-halley')!.body).toContain('4.322');

    since = fake.requests.length;
    rmSync(join(corpusDir, '900-pinguins.md'));
    expect(fieldOf((await announcement(since)).body.embeds[0], 'Removed (1)')).toBe('`pinguins-halley`');
    expect(engine.snapshotInfo.articles.has('pinguins-halley')).toBe(false);

    since = fake.requests.length;
    writeFileSync(join(corpusDir, '902-bad.md'), article('slechte-datum', 'Slechte datum', PENGUINS, '31-10-2024'));
    const last = (await announcement(since)).body.embeds[0];
    const rejected = fieldOf(last, 'Rejected (') ?? `no Rejected field in ${JSON.stringify(last)}`;
    expect(rejected).toMatch(/^902-bad\.md: date: must be an ISO date/);
    expect(engine.snapshotInfo.articles.has('slechte-datum')).toBe(false);
  });
});
