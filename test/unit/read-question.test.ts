import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_BYTES, QuestionInputError, readQuestion } from '../../src/cli/read-question.js';
import { tempDir } from '../support/engine.js';

const tmp = tempDir('bron-read-question-');
afterAll(tmp.cleanup);

const stream = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));
const failure = (p: Promise<string>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe('readQuestion', () => {
  it('joins argument words; - and --file - read standard input (UTF-8, BOM dropped, split characters joined)', async () => {
    expect(await readQuestion(['How', 'many', 'troops?'], undefined)).toBe('How many troops?');
    const euro = Buffer.from('€');
    const split = Readable.from([Buffer.from('\uFEFFKoersk '), euro.subarray(0, 1), euro.subarray(1)]);
    expect(await readQuestion(['-'], undefined, split)).toBe('Koersk €');
    expect(await readQuestion([], '-', stream('Wie is Rutte?\n'))).toBe('Wie is Rutte?\n');
  });

  it('--file reads a file; a missing file, a folder, or a question given twice is a clear error', async () => {
    const file = join(tmp.dir, 'q.txt');
    writeFileSync(file, 'Wat zei Poetin?');
    expect(await readQuestion([], file)).toBe('Wat zei Poetin?');
    const missing = await failure(readQuestion([], join(tmp.dir, 'nope.txt')));
    expect(missing).toBeInstanceOf(QuestionInputError);
    expect(missing?.message).toBe(`cannot read the question file ${join(tmp.dir, 'nope.txt')}: no such file`);
    expect((await failure(readQuestion([], tmp.dir)))?.message).toMatch(/is a folder, not a file|it is a folder/);
    expect((await failure(readQuestion(['hi'], file)))?.message).toMatch(/not twice/);
    expect((await failure(readQuestion([], undefined)))?.message).toMatch(/^missing required argument 'question'/);
  });

  it('stops reading past MAX_QUESTION_BYTES instead of buffering an endless input', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65_536;
        // Bounded so the test ends even if the reader never stops: 4x the limit, then end.
        this.push(produced > 4 * MAX_QUESTION_BYTES ? null : Buffer.alloc(65_536, 0x61));
      },
    });
    const err = await failure(readQuestion(['-'], undefined, endless));
    expect(err).toBeInstanceOf(QuestionInputError);
    expect(err?.message).toMatch(/^the question from standard input is over 4 MB/);
    expect(produced).toBeLessThan(MAX_QUESTION_BYTES + 4 * 65_536);
  });
});
