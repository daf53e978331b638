import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nodeArgs } from '../support/node-args.js';

const run = promisify(execFile);

/**
 * A failed rebuild stops its graph worker (IndexBuilder.abort). Terminating that thread while hnswlib-node was inside
 * addPoint aborted the whole process ("FATAL ERROR: Error::ThrowAsJavaScriptException napi_throw"): a /reindex that
 * failed on a large corpus took the bot down. Run in a child process, which is what such a crash would kill.
 */
describe('aborting a background index build', () => {
  it('stops the graph worker between insertions, 20 times, and the process lives on', async () => {
    const { stdout } = await run(process.execPath, [...nodeArgs('test/support/abort-build-driver.ts'), '20'], {
      timeout: 120_000,
    }).catch((err: { code?: number; signal?: string; stderr?: string }) => {
      throw new Error(`the process died (${err.signal ?? `exit ${err.code}`}): ${err.stderr?.split('\n')[0] ?? ''}`);
    });
    expect(stdout.trim()).toBe('alive after 20');
  });
});
