import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { articleStats, CorpusStats, type CorpusStatsData, STATS_VERSION } from '../../src/answer/stats.js';
import { probeVersions } from '../../src/answer/stats-probe.js';
import type { Article } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine, STATS_SPEC } from '../../src/engine.js';
import { CORPUS_STATS, readCombinedStats, type StatsSpec, writeStats } from '../../src/index/article-stats.js';
import { ArticleStore } from '../../src/index/article-store.js';
import type { Manifest } from '../../src/index/manifest.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';

const combinedOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, CORPUS_STATS), 'utf8')) as { data: CorpusStatsData }).data;

/** What a fresh computation from the corpus files gives: every article's statistics, combined in corpus order. */
async function fromFiles(corpus: string): Promise<CorpusStatsData> {
  const { articles } = await loadCorpus(corpus);
  return CorpusStats.combine(articles.map(articleStats));
}

describe('stored answerer statistics', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  afterEach(() => vi.restoreAllMocks());

  it('opens from the stored combination: no per-article statistics combined, no body read', async () => {
    const corpus = copyCorpus(join(tmp.dir, 'open'));
    const cfg = testConfig({ INDEX_DIR: join(tmp.dir, 'open-index'), CORPUS_DIR: corpus });
    const built = await Engine.open(cfg);
    const expected = await fromFiles(corpus);
    expect(combinedOf(built.snapshotInfo.dir)).toEqual(expected);

    const combine = vi.spyOn(CorpusStats, 'combine');
    const body = vi.spyOn(ArticleStore.prototype, 'body');
    const reopened = await Engine.open(cfg);
    expect(reopened.snapshotInfo.dir).toBe(built.snapshotInfo.dir);
    expect(combine).not.toHaveBeenCalled();
    expect(body).not.toHaveBeenCalled();
    expect(reopened.snapshotInfo.stats.toJSON()).toEqual(expected);
    const q = 'Hoeveel Noord-Koreaanse soldaten zijn in Rusland?';
    expect((await reopened.ask(q)).citations).toEqual((await built.ask(q)).citations);
  });

  it('updates the stored combination when an article changes, as a full build of the new corpus would', async () => {
    const corpus = copyCorpus(join(tmp.dir, 'edit'));
    const cfg = testConfig({ INDEX_DIR: join(tmp.dir, 'edit-index'), CORPUS_DIR: corpus });
    const first = await Engine.open(cfg);
    const before = combinedOf(first.snapshotInfo.dir);
    const file = join(corpus, '003-rd-ferme-taal.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nDe Zwartewaterlanders telden 4.000 kiwivogels in Zwolle.\n`);

    const updated = await Engine.open(cfg);
    expect(updated.snapshotInfo.dir).not.toBe(first.snapshotInfo.dir);
    const after = combinedOf(updated.snapshotInfo.dir);
    expect(after).toEqual(await fromFiles(corpus));
    expect(after.total).toBe(before.total + 1);
    expect(after.nameWords).toContain('zwartewaterlanders');
    expect(before.nameWords).not.toContain('zwartewaterlanders');
    expect(updated.snapshotInfo.stats.toJSON()).toEqual(after);

    // A full build of the edited corpus stores the same combination as the incremental one.
    const full = await Engine.open(testConfig({ INDEX_DIR: join(tmp.dir, 'edit-full'), CORPUS_DIR: corpus }));
    expect(combinedOf(full.snapshotInfo.dir)).toEqual(after);
  });

  it('stores the statistics again, embedding nothing, when the index holds another version of them', async () => {
    const corpus = copyCorpus(join(tmp.dir, 'version'));
    const cfg = testConfig({ INDEX_DIR: join(tmp.dir, 'version-index'), CORPUS_DIR: corpus });
    const first = await Engine.open(cfg);
    expect(first.snapshotInfo.manifest.stats).toBe(STATS_SPEC.combinedVersion);
    // As an index written by a Bron whose statistics differ (the manifest is not among the checksummed files).
    const manifestFile = join(first.snapshotInfo.dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, stats: 'an-older-version' }));

    const embeddings = new LocalHashEmbeddings();
    const embed = vi.spyOn(embeddings, 'embedDocuments');
    const again = await Engine.open(cfg, { embeddings });
    expect(embed).not.toHaveBeenCalled();
    expect(again.snapshotInfo.dir).not.toBe(first.snapshotInfo.dir);
    expect(again.snapshotInfo.manifest.stats).toBe(STATS_SPEC.combinedVersion);
    expect(combinedOf(again.snapshotInfo.dir)).toEqual(await fromFiles(corpus));
    expect(again.snapshotInfo.manifest.passageCount).toBe(first.snapshotInfo.manifest.passageCount);
    // Current now: the next open publishes nothing.
    expect((await Engine.open(cfg)).snapshotInfo.dir).toBe(again.snapshotInfo.dir);
  });

  it('versions the statistics by what they compute, not by how the source was compiled', () => {
    // tsx (npm run index) and tsc (npm start) print the same functions as different text: the version must not move.
    const same = probeVersions(
      STATS_VERSION,
      (a) => articleStats({ ...a }),
      (l) => CorpusStats.combine([...l]),
    );
    expect(same).toEqual({ of: STATS_SPEC.version, combined: STATS_SPEC.combinedVersion });
    // What they compute changes: per article and combined.
    const fewer = probeVersions(STATS_VERSION, (a) => ({ ...articleStats(a), titles: [] }), CorpusStats.combine);
    expect(fewer.of).not.toBe(STATS_SPEC.version);
    expect(fewer.combined).not.toBe(STATS_SPEC.combinedVersion);
    const names = probeVersions(STATS_VERSION, articleStats, (l) => ({ ...CorpusStats.combine(l), nameWords: [] }));
    expect(names.of).toBe(STATS_SPEC.version);
    expect(names.combined).not.toBe(STATS_SPEC.combinedVersion);
    // The sample has what the statistics look for, so a change to any part shows.
    const probe = probeVersions(0, articleStats, CorpusStats.combine);
    expect(probe.of).not.toBe(probeVersions(0, (a) => ({ ...articleStats(a), counted: {} }), CorpusStats.combine).of);
    expect(probe.of).not.toBe(probeVersions(0, (a) => ({ ...articleStats(a), caps: {} }), CorpusStats.combine).of);
    expect(STATS_SPEC.version.startsWith(`${STATS_VERSION}-`)).toBe(true);
  });

  it('reads a stored combination only in its version and for the same number of articles', async () => {
    const dir = join(tmp.dir, 'spec');
    mkdirSync(dir);
    const spec: StatsSpec = {
      version: 'v1',
      of: (a) => a.body.length,
      combinedVersion: 'c1',
      combine: (list) => (list as number[]).reduce((x, y) => x + y, 0),
    };
    const articles = [
      { id: 'a', hash: 'ha', body: 'abc' },
      { id: 'b', hash: 'hb', body: 'de' },
    ] as Article[];
    await writeStats(dir, spec, articles);
    expect(await readCombinedStats(dir, 'c1', 2)).toBe(5);
    expect(await readCombinedStats(dir, 'c2', 2)).toBeUndefined();
    expect(await readCombinedStats(dir, 'c1', 1)).toBeUndefined();
    expect(await readCombinedStats(join(tmp.dir, 'nowhere'), 'c1', 2)).toBeUndefined();
  });
});
