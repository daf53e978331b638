import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCorpus } from '../support/corpus.js';
import { tempDir } from '../support/engine.js';
import { nodeArgs } from '../support/node-args.js';

const run = promisify(execFile);

/**
 * A full disk (#17.5), for real: INDEX_DIR is a 1 MB tmpfs, mounted in a private mount namespace (`unshare -rm`, no
 * root needed where user namespaces are enabled) by test/support/disk-full-driver.ts, which runs the CLI against it.
 */
describe('disk full while rebuilding the index', () => {
  const tmp = tempDir('bron-diskfull-');
  afterAll(tmp.cleanup);

  it('the failed build leaves nothing behind, `ask` keeps serving the old index (one log line), and freeing space is enough', async () => {
    copyCorpus(tmp.dir);
    mkdirSync(join(tmp.dir, 'index'));
    const { stdout } = await run(
      'unshare',
      ['-rm', process.execPath, ...nodeArgs('test/support/disk-full-driver.ts'), tmp.dir],
      { timeout: 120_000, maxBuffer: 8 * 1024 * 1024 },
    );
    const r = JSON.parse(stdout);
    expect(r.first.code, r.first.plain.join('\n')).toBe(0);

    // The rebuild ran out of space: one clear line, non-zero exit, no build folder or temp file left, old index live.
    expect(r.full.code).toBe(1);
    expect(r.full.plain).toEqual([expect.stringMatching(/^bron: the disk is full \(ENOSPC: no space left on device/)]);
    expect(r.afterFull.listing.filter((n: string) => n.startsWith('.build-') || n.endsWith('.tmp'))).toEqual([]);
    expect(r.afterFull.pointer).toBe(r.live);

    // `ask` answers from the intact old index and says so once.
    expect(r.ask.code, r.ask.plain.join('\n')).toBe(0);
    expect(JSON.parse(r.ask.stdout).grounded).toBe(true);
    const warned = r.ask.logs.filter((l: string) => /could not update the index \(ENOSPC/.test(l));
    expect(warned).toHaveLength(1);
    expect(JSON.parse(warned[0]).msg).toMatch(/serving the previous one/);

    // Space freed: the next build succeeds at once (nothing of the failed one is in its way) and cleans up.
    expect(r.freed.code, r.freed.plain.join('\n')).toBe(0);
    expect(r.afterFreed.pointer).not.toBe(r.live);
    expect(r.afterFreed.listing.filter((n: string) => n.startsWith('index-'))).toEqual([r.afterFreed.pointer]);
  }, 150_000);
});
