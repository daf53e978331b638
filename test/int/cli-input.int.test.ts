import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMO_FILE } from '../../src/embed/download-memo.js';
import { tempDir } from '../support/engine.js';
import { type FakeHub, startFakeHub } from '../support/fake-hub.js';
import { nodeArgs } from '../support/node-args.js';

const tmp = tempDir('bron-cli-input-');
let hub: FakeHub;

beforeAll(async () => {
  hub = await startFakeHub(join(tmp.dir, 'hub')); // empty: every download is a 404
});

afterAll(async () => {
  await hub.close();
  tmp.cleanup();
});

/** `npm run ask --` in a child process with the default embedder (auto), `input` on its standard input. */
function ask(args: string[], input: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('node', [...nodeArgs('src/cli/ask.ts'), ...args], {
      env: {
        ...process.env,
        EMBEDDINGS: 'auto',
        EMBEDDINGS_REMOTE_HOST: hub.url,
        EMBEDDINGS_CACHE_DIR: join(tmp.dir, 'cache'),
        INDEX_DIR: join(tmp.dir, 'index'),
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

const QUESTION = 'How many North Korean troops are in Russia?';

describe('npm run ask, first hour', () => {
  it('`echo … | ask --json -` answers; a failed model download is tried once, the second run makes no attempt', async () => {
    const first = await ask(['--json', '-'], `${QUESTION}\n`);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).grounded).toBe(true);
    const downloads = hub.requests.length;
    expect(downloads).toBeGreaterThan(0);
    const said = first.stderr.split('\n').filter((l) => l.includes('download'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/embedder: built-in, could not download Xenova\/multilingual-e5-small from http/);
    expect(existsSync(join(tmp.dir, 'cache', MEMO_FILE))).toBe(true);

    const second = await ask(['--json', '-'], QUESTION);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
    expect(hub.requests.length).toBe(downloads);
    expect(second.stderr).toBe(''); // index built, model decided: nothing to say
  }, 120_000);

  it('--offline makes no attempt; --file reads a 200 KB question and trims it with the notice', async () => {
    const file = join(tmp.dir, 'question.txt');
    writeFileSync(file, 'Wat zei Rutte over Koersk en de Noord-Koreaanse soldaten? '.repeat(3500));
    const before = hub.requests.length;
    const r = await ask(['--offline', '--json', '--file', file], '', { EMBEDDINGS_CACHE_DIR: join(tmp.dir, 'fresh') });
    expect(r.code, r.stderr).toBe(0);
    expect(hub.requests.length).toBe(before);
    expect(existsSync(join(tmp.dir, 'fresh'))).toBe(false);
    expect(r.stderr).toMatch(/^bron: Your question was 203,000 characters long; only the first \d+ were used\.\n$/);
    const json = JSON.parse(r.stdout) as { grounded: boolean; citations: unknown[] };
    expect(json.grounded).toBe(true);
    expect(json.citations.length).toBeGreaterThan(0);
  }, 60_000);

  it('input mistakes give one clear line and exit 2', async () => {
    const r = await ask(['--file', join(tmp.dir, 'missing.txt')], '');
    expect([r.code, r.stderr]).toEqual([
      2,
      `bron: cannot read the question file ${join(tmp.dir, 'missing.txt')}: no such file\n`,
    ]);
    const empty = await ask(['-'], '  \n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^bron: The question is empty/);
  }, 60_000);
});
