import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/**
 * The question of `npm run ask` from its arguments, a file (`--file F`) or standard input (`-` or `--file -`).
 * Files and standard input lift the shell's limit on argument length (128 KB per argument on Linux); the engine
 * still uses only the first MAX_QUESTION_CHARS characters, with the same notice as for arguments.
 */

/** More than any question could use (MAX_QUESTION_CHARS is at most 100,000): reading stops here with a message. */
export const MAX_QUESTION_BYTES = 4 * 1024 * 1024;

export class QuestionInputError extends Error {
  override name = 'QuestionInputError';
}

export async function readQuestion(
  args: string[],
  file: string | undefined,
  stdin: Readable & { isTTY?: boolean } = process.stdin,
): Promise<string> {
  const dash = args.length === 1 && args[0] === '-';
  if (file !== undefined && args.length > 0)
    throw new QuestionInputError('give the question as arguments, with --file, or on standard input (-), not twice');
  if (dash || file === '-') {
    if (stdin.isTTY) process.stderr.write('Type the question, then press Ctrl-D:\n');
    return readLimited(stdin, 'standard input');
  }
  if (file !== undefined) return readQuestionFile(file);
  if (args.length === 0)
    throw new QuestionInputError(
      "missing required argument 'question' (or --file F, or - to read it from standard input)",
    );
  return args.join(' ');
}

async function readQuestionFile(file: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw new QuestionInputError(`cannot read the question file ${file}: ${reason(err)}`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new QuestionInputError(`the question file ${file} is a folder, not a file`);
    return await readLimited(handle.createReadStream({ autoClose: false }), `the file ${file}`);
  } catch (err) {
    if (err instanceof QuestionInputError) throw err;
    throw new QuestionInputError(`cannot read the question file ${file}: ${reason(err)}`);
  } finally {
    await handle.close();
  }
}

/** Reads a stream as UTF-8, refusing (before buffering it all) one that goes on past MAX_QUESTION_BYTES. */
async function readLimited(stream: Readable, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_QUESTION_BYTES) {
      stream.destroy();
      throw new QuestionInputError(
        `the question from ${what} is over ${MAX_QUESTION_BYTES / 1024 / 1024} MB; ` +
          'only its first MAX_QUESTION_CHARS characters would be used, so pass a shorter text',
      );
    }
    chunks.push(buf);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return String((err as Error)?.message ?? err).split('\n')[0]!;
}
