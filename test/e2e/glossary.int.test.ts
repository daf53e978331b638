import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { copyCorpus } from '../support/corpus.js';
import { openEngine } from '../support/engine.js';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord/index.js';
import { newUser, type Running, replyTo, startSuite, stopSuite, temp } from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
let corpusDir: string;
const tmp = temp();

/** A Dutch article on a sport no dictionary knows: only a glossary entry leads an English question to it. */
const GLIMBAL =
  '---\nid: "glimbal-morland"\ntitle: "Druk bij het glimbal"\noutlet: "Dagblad Morland"\ndate: "2025-06-01"\n' +
  'language: "nl"\n---\nBij het glimbal in Morland waren zaterdag 4.000 toeschouwers.\n';

beforeAll(async () => {
  corpusDir = copyCorpus(tmp.dir);
  writeFileSync(join(corpusDir, 'glimbal.md'), GLIMBAL);
  const opened = openEngine(join(tmp.dir, 'index'), { CORPUS_DIR: corpusDir });
  ({ fake, engine, running } = await startSuite(opened, { CORPUS_DIR: corpusDir, RATE_LIMIT_USER_PER_MINUTE: '100' }));
});

afterAll(() => stopSuite(running, fake, tmp));

const glossary = (sub: string, options: Record<string, string>, user = fake.users.admin) =>
  fake.sendCommand({
    name: 'glossary',
    options: [
      { name: sub, type: 1, options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })) },
    ],
    user,
  });

async function finalText(h: { edit: (p?: (r: RecordedRequest) => boolean) => Promise<RecordedRequest> }, re: RegExp) {
  return (await h.edit((r) => re.test(r.body?.content ?? ''))).body.content as string;
}

const file = () => readFileSync(join(corpusDir, 'glossary.tsv'), 'utf8');

describe('/glossary', { timeout: 30_000 }, () => {
  it('lists the word no English question reaches, then sets it: the question finds the article at once', async () => {
    const gaps = glossary('gaps', {});
    expect((await gaps.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(await finalText(gaps, /glossary set/)).toMatch(/glimbal \(nl, 1×\)/);

    const h = glossary('set', { english: 'glimmerball', dutch: 'glimbal' });
    expect((await h.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(await finalText(h, /Indexed|failed/)).toMatch(
      /^Added `glimmerball` → glimbal in the glossary; .*\nIndexed in/,
    );
    expect(file()).toMatch(/\nglimmerball\tglimbal\n$/);
    expect(file()).toContain('# This corpus'); // the admin's other lines and comments are kept
    expect(engine.snapshotInfo.stats.lexicon.englishToDutch('glimmerball')).toEqual(['glimbal']);

    const asked = fake.sendMessage({
      content: 'How many spectators were at the glimmerball?',
      mentionBot: true,
      author: newUser('glimmer'),
    });
    const embed = (await replyTo(fake, asked)).body.embeds[0];
    expect(embed.fields.map((f: { name: string }) => f.name)).toContain('Druk bij het glimbal');
  });

  it('replaces an entry in place and removes it; says so when there is none', async () => {
    const set = glossary('set', { english: 'Glimmerball', dutch: 'Glimbal | glimballen' });
    expect(await finalText(set, /Indexed|failed/)).toMatch(/^Replaced `glimmerball` → glimbal\|glimballen/);
    expect(file().match(/^glimmerball\t/gm)).toEqual(['glimmerball\t']);
    const removed = glossary('remove', { english: 'glimmerball' });
    expect(await finalText(removed, /Indexed|failed/)).toMatch(/^Removed `glimmerball` from the glossary\./);
    expect(file()).not.toMatch(/glimmerball/);
    expect(await finalText(glossary('remove', { english: 'glimmerball' }), /no entry/)).toBe(
      'The glossary has no entry `glimmerball`; nothing was removed.',
    );
  });

  it('refuses a bad entry with the reason and writes nothing', async () => {
    const before = file();
    const text = await finalText(glossary('set', { english: 'crowd', dutch: 'a|b|c|d|e' }), /not changed/);
    expect(text).toMatch(/^The glossary was not changed: "crowd" has 5 Dutch words; at most 4/);
    expect(file()).toBe(before);
  });

  it('is refused for a member without Manage Server', async () => {
    const cb = await glossary('set', { english: 'x', dutch: 'y' }, fake.users.member).callback();
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/Manage Server/) } });
    expect(file()).not.toMatch(/^x\t/m);
  });
});
