import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { POINTER } from '../../src/index/store.js';
import { tempDir, testConfig } from '../support/engine.js';
import { CountingEmbeddings, runCli } from '../support/faults.js';

/**
 * A damaged index on disk (a disk error, a half-copied backup, a hand edit): every start must notice, say why, rebuild
 * and answer — never crash (hnswlib reads its file natively, unchecked: a damaged header is a SIGSEGV on every start,
 * a crash loop) and never serve damaged passages. Real index files, real hnswlib, the real CLI as a child process.
 */
const tmp = tempDir('bron-corrupt-');
const pristine = join(tmp.dir, 'pristine');
const QUESTION = 'Wat zei Rutte over Koersk?';

beforeAll(async () => {
  await Engine.open(testConfig({ INDEX_DIR: pristine }));
}, 60_000);
afterAll(tmp.cleanup);

let copies = 0;
/** A fresh copy of the healthy index, and the path of its live folder. */
function copy(): { indexDir: string; live: string } {
  const indexDir = join(tmp.dir, `copy-${copies++}`);
  cpSync(pristine, indexDir, { recursive: true });
  return { indexDir, live: join(indexDir, readFileSync(join(indexDir, POINTER), 'utf8').trim()) };
}

describe('a damaged index is rebuilt, with the reason, and never crashes the process', () => {
  const cases: [string, (live: string) => void, RegExp][] = [
    [
      'hnswlib.index with a damaged header (unchecked, hnswlib segfaults)',
      (live) => {
        const f = join(live, 'hnswlib.index');
        const b = readFileSync(f);
        b.fill(0xff, 0, 8);
        writeFileSync(f, b);
      },
      /hnswlib\.index is damaged/,
    ],
    [
      'manifest.json cut in half',
      (live) => {
        const f = join(live, 'manifest.json');
        const t = readFileSync(f, 'utf8');
        writeFileSync(f, t.slice(0, t.length / 2));
      },
      /manifest\.json is unreadable/,
    ],
    [
      'a passage text changed in an article body segment (same length, still valid UTF-8)',
      (live) => {
        const f = join(live, readdirSync(live).find((n) => /^bodies-\d+\.txt$/.test(n))!);
        writeFileSync(f, readFileSync(f, 'utf8').replace('Koersk', 'Kuersk'));
      },
      /bodies-\d+\.txt is damaged/,
    ],
  ];

  for (const [name, damage, reason] of cases) {
    it.concurrent(`${name}: \`npm run ask\` warns, rebuilds, answers (exit 0); the next start loads without rebuilding`, async () => {
      const { indexDir, live } = copy();
      damage(live);
      const r = await runCli('src/cli/ask.ts', ['--json', QUESTION], { INDEX_DIR: indexDir });
      expect(r.signal, r.stderr).toBeNull();
      expect(r.code, r.stderr).toBe(0);
      const warned = r.stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(warned[0]).toMatchObject({ level: 40, msg: expect.stringMatching(/^rebuilding the index: /) });
      expect(warned[0]!.msg).toMatch(reason);
      const answer = JSON.parse(r.stdout) as { grounded: boolean; citations: { quote: string }[] };
      expect(answer.grounded).toBe(true);
      expect(answer.citations.some((c) => c.quote.includes('Koersk'))).toBe(true);

      const emb = new CountingEmbeddings();
      const engine = await Engine.open(testConfig({ INDEX_DIR: indexDir }), { embeddings: emb });
      expect(emb.documents).toBe(0);
      expect(readdirSync(indexDir).filter((n) => n.startsWith('index-'))).toHaveLength(1); // the damaged folder is gone
      expect((await engine.ask(QUESTION)).grounded).toBe(true);
    }, 60_000);
  }

  it('property (40 runs): any index file flipped, cut or extended → the engine rebuilds or loads, and answers from intact passages', async () => {
    const files = readdirSync(copy().live).sort();
    const damage = fc.record({
      file: fc.constantFrom(...files),
      kind: fc.constantFrom('flip', 'truncate', 'append'),
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ file, kind, at, bytes }) => {
        const { indexDir, live } = copy();
        const path = join(live, file);
        const b = readFileSync(path);
        const pos = Math.floor(at * b.length);
        if (kind === 'flip') for (const [i, v] of bytes.entries()) b[(pos + i * 97) % b.length] = v;
        writeFileSync(
          path,
          kind === 'truncate' ? b.subarray(0, pos) : kind === 'append' ? Buffer.concat([b, bytes]) : b,
        );
        const emb = new CountingEmbeddings();
        const engine = await Engine.open(testConfig({ INDEX_DIR: indexDir }), { embeddings: emb });
        const a = await engine.ask(QUESTION);
        expect(a.grounded).toBe(true);
        for (const c of a.citations)
          expect(engine.snapshotInfo.articles.get(c.articleId)!.body.slice(c.start, c.end)).toBe(c.quote);
        // Only a change that leaves the file byte-identical in meaning (the manifest's own build time) may skip the rebuild.
        if (emb.documents === 0) expect(file).toBe('manifest.json');
        for (const p of engine.snapshotInfo.passages.values())
          expect(engine.snapshotInfo.articles.get(p.metadata.articleId)!.body).toContain(p.pageContent.slice(0, 40));
        rmSync(indexDir, { recursive: true, force: true });
      }),
      { numRuns: 40, seed: 31 },
    );
  }, 120_000);
});
