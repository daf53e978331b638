import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/engine.js';
import { nodeArgs } from '../support/node-args.js';

const run = promisify(execFile);
const tmp = tempDir();
afterAll(tmp.cleanup);

/** Runs the real CLI entry point in a child process, as `npm run ask --` does. */
async function ask(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node', [...nodeArgs('src/cli/ask.ts'), ...args], {
      env: { ...process.env, EMBEDDINGS: 'local', INDEX_DIR: tmp.dir, LOG_LEVEL: 'warn', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ask', () => {
  it('--json prints exactly one JSON object with the contract fields, logs on stderr', async () => {
    const r = await ask(['--json', 'How many North Korean troops are in Russia?'], { LOG_LEVEL: 'info' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['answer', 'citations', 'grounded']);
    expect(json.grounded).toBe(true);
    const citations = json.citations as Record<string, unknown>[];
    expect(citations.length).toBeGreaterThanOrEqual(4);
    for (const c of citations) {
      expect(Object.keys(c).sort()).toEqual(['file', 'quote', 'score', 'source', 'title']);
      expect(typeof c.quote).toBe('string');
      expect(c.file).toMatch(/^corpus\/\d{3}-[a-z-]+\.md$/);
    }
    expect(r.stderr).toContain('building the index');
  });

  it('prints a readable answer with numbered sources', async () => {
    const r = await ask(['Wat', 'zei', 'Rutte', 'over', 'Koersk?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uit de artikelen:/);
    expect(r.stdout).toMatch(/\nBronnen:\n\[1\] .+ — NOS Nieuws, Oct 2024 \(corpus\/002-nos-rutte-koersk\.md\)/);
    // Figure answers show only the numbers, so their sources carry the quotes.
    const figures = await ask(['Hoeveel', 'Noord-Koreaanse', 'soldaten?']);
    expect(figures.stdout).toMatch(/\nBronnen:\n\[1\] “/);
  });

  it('refuses out-of-corpus questions with grounded false and no citations', async () => {
    const r = await ask(['--json', 'What is the capital of Australia?']);
    expect(JSON.parse(r.stdout)).toEqual({
      answer: expect.stringContaining("don't cover"),
      grounded: false,
      citations: [],
    });
  });

  it('gives a clear message and a non-zero exit for empty questions, bad options and bad config', async () => {
    const empty = await ask(['   ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('bron: The question is empty');
    const none = await ask([]);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain("missing required argument 'question'");
    const mode = await ask(['--mode', 'magic', 'hi']);
    expect(mode.code).not.toBe(0);
    expect(mode.stderr).toContain('use hybrid, vector or bm25');
    const cfg = await ask(['hello'], { HNSW_M: 'lots' });
    expect(cfg.code).toBe(2);
    expect(cfg.stderr).toContain('HNSW_M: must be a number');
    expect(cfg.stderr).not.toContain('    at ');
  });

  it('--help describes the command', async () => {
    const r = await ask(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('Answer a question from the corpus');
  });
});
