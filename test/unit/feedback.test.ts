import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FEEDBACK_FILE, FeedbackStore, readFeedback } from '../../src/discord/feedback.js';
import { tempDir } from '../support/engine.js';

const tmp = tempDir('bron-feedback-');
afterAll(tmp.cleanup);
let n = 0;
const dir = () => {
  const d = join(tmp.dir, `d${n++}`);
  mkdirSync(d);
  return d;
};

// Every store a test opens is closed after it: an append handle left to the garbage collector is a leak (DEP0137).
const opened: FeedbackStore[] = [];
const openStore = async (d: string) => {
  const store = await FeedbackStore.open(d);
  opened.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.flush()));
});

/** Feedback as an append-only log (#17.10): votes never rewrite the file, hand-made ids are just ids. */
describe('feedback store', () => {
  it('hand-made button ids such as __proto__ are recorded like any other, without touching prototypes', async () => {
    const d = dir();
    const store = await openStore(d);
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty', 'toString'])
      expect(await store.vote(id, '__proto__', 'up')).toBe('new');
    expect(await store.vote('__proto__', '__proto__', 'down')).toBe('changed');
    expect(store.counts).toEqual({ up: 3, down: 1 });
    expect(({} as Record<string, unknown>).votes).toBeUndefined(); // Object.prototype untouched
    await store.flush();
    const again = await openStore(d);
    expect(again.counts).toEqual({ up: 3, down: 1 });
    expect(Object.keys(await readFeedback(d)).sort()).toEqual([
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'toString',
    ]);
  });

  it('a vote appends one line and never rewrites what is there', async () => {
    const d = dir();
    const store = await openStore(d);
    store.remember('a1', { question: 'Hoeveel soldaten?', grounded: true, articles: ['nos'], at: 'now' });
    await store.vote('a1', 'u1', 'up');
    const file = join(d, FEEDBACK_FILE);
    const first = readFileSync(file, 'utf8');
    const inode = statSync(file).ino;
    await store.vote('a1', 'u2', 'down');
    await store.vote('a1', 'u1', 'down'); // a change is a new line; the last line for a user counts
    expect(await store.vote('a1', 'u1', 'down')).toBe('same'); // nothing written
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(first)).toBe(true);
    expect(statSync(file).ino).toBe(inode);
    expect(text.trim().split('\n')).toHaveLength(3);
    expect((await readFeedback(d)).a1).toEqual({
      meta: { question: 'Hoeveel soldaten?', grounded: true, articles: ['nos'], at: 'now' },
      votes: { u1: { vote: 'down', at: expect.any(String) }, u2: { vote: 'down', at: expect.any(String) } },
    });
  });

  it('a last line torn by a crash is cut off; every earlier vote survives and new ones append cleanly', async () => {
    const d = dir();
    const store = await openStore(d);
    for (let i = 0; i < 5; i++) await store.vote(`a${i}`, 'u', 'up');
    await store.flush();
    appendFileSync(join(d, FEEDBACK_FILE), '{"a":"a9","u":"u","v":"do'); // killed mid-write
    const again = await openStore(d);
    expect(again.counts).toEqual({ up: 5, down: 0 });
    await again.vote('a6', 'u', 'down');
    await again.flush();
    expect((await openStore(d)).counts).toEqual({ up: 5, down: 1 });
  });

  it("an earlier version's feedback.json is moved into the log, and kept as feedback.json.migrated", async () => {
    const d = dir();
    const legacy = {
      version: 1,
      answers: {
        x1: { meta: { question: 'Q', grounded: true, articles: [], at: 't' }, votes: { u1: { vote: 'up', at: 't1' } } },
        x2: { votes: { u1: { vote: 'down', at: 't2' }, u2: { vote: 'up', at: 't3' } } },
      },
    };
    writeFileSync(join(d, 'feedback.json'), JSON.stringify(legacy));
    const store = await openStore(d);
    expect(store.counts).toEqual({ up: 2, down: 1 });
    expect(existsSync(join(d, 'feedback.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(d, 'feedback.json.migrated'), 'utf8'))).toEqual(legacy);
    expect(await readFeedback(d)).toEqual(legacy.answers);
  });

  it('20,000 votes: every one on disk, one line each, all read back', async () => {
    const d = dir();
    const store = await openStore(d);
    for (let i = 0; i < 20_000; i++)
      await store.vote(`a${i % 5000}`, `u${Math.floor(i / 5000)}`, i % 3 ? 'up' : 'down');
    await store.flush();
    expect(readFileSync(join(d, FEEDBACK_FILE), 'utf8').trim().split('\n')).toHaveLength(20_000);
    const again = await openStore(d);
    expect(again.counts.up + again.counts.down).toBe(20_000);
    expect(again.counts).toEqual(store.counts);
  });
});
