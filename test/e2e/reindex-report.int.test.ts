import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord/index.js';
import { touchArticle } from '../support/faults.js';
import { GatedEmbeddings, openGatedEngine, type Running, startSuite, stopSuite, temp } from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
let corpusDir = '';
const tmp = temp();

beforeAll(async () => {
  const gated = openGatedEngine(tmp.dir, new GatedEmbeddings());
  corpusDir = gated.corpusDir;
  ({ fake, engine, running } = await startSuite(gated.engine));
});
afterAll(() => stopSuite(running, fake, tmp));

const edits = (since: number) =>
  fake.requests.slice(since).filter((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
const titles = (rs: RecordedRequest[]) => rs.map((r) => r.body?.embeds?.[0]?.title ?? r.body?.content);

/** What /reindex tells the server (#17.10): never "failed" once the new index is live; no server paths in public. */
describe('/reindex report', { timeout: 40_000 }, () => {
  it('when Discord refuses the final report, the short result is shown instead of "Reindex failed"', async () => {
    touchArticle(corpusDir, '004-dvhn-boerjaten.md', 'Een zin voor het rapport dat niet getoond kan worden.');
    const before = engine.snapshotInfo.dir;
    const since = fake.requests.length;
    fake.failNext(
      (m, p, b) => m === 'PATCH' && p.endsWith('/messages/@original') && b?.embeds?.[0]?.title === 'Reindex finished',
    );
    fake.sendCommand({ name: 'reindex', user: fake.users.admin });
    await fake.waitForRequest(
      (r) => r.method === 'PATCH' && /^Reindex finished: incremental/.test(r.body?.content ?? ''),
      30_000,
    );
    const shown = edits(since);
    expect(shown.some((r) => r.status === 400 && r.body?.embeds?.[0]?.title === 'Reindex finished')).toBe(true);
    expect(titles(shown)).not.toContain('Reindex failed');
    expect(shown.at(-1)!.body.content).toMatch(
      /^Reindex finished: incremental, \d+ passages\. New questions use the new index\.$/,
    );
    expect(engine.snapshotInfo.dir).not.toBe(before); // the new index is live
  });

  it("a failed reindex says why without the server's absolute paths", async () => {
    const moved = `${corpusDir}-away`;
    renameSync(corpusDir, moved); // the corpus folder is gone: the error names its absolute path
    try {
      const since = fake.requests.length;
      const earlier = new Set(fake.requests);
      fake.sendCommand({ name: 'reindex', user: fake.users.admin });
      const failed = await fake.waitForRequest(
        (r) => !earlier.has(r) && r.body?.embeds?.[0]?.title === 'Reindex failed',
        30_000,
      );
      const text = JSON.stringify(failed.body);
      expect(text).toContain('The previous index is still in use.');
      expect(text).not.toContain(tmp.dir);
      expect(text).not.toMatch(/"\/(tmp|home|srv|var)\//);
      expect(edits(since).length).toBeGreaterThan(0);
    } finally {
      renameSync(moved, corpusDir);
    }
    expect(readFileSync(join(corpusDir, '004-dvhn-boerjaten.md'), 'utf8')).toMatch(/^---/);
  });
});
