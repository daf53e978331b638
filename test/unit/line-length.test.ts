import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../support/files.js';

/**
 * House rule: no line over 120 characters. Biome formats code to that width but cannot break comments, long string
 * literals or regexes, so this test holds those too. Width is counted in characters (code points), not bytes: “, …
 * and — count one each.
 */
const MAX = 120;
const SOURCE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
/** A comment line that holds nothing but a URL, which cannot be broken without breaking the link. */
const URL_ONLY = /^\s*(?:\/\/|\/?\*+)?\s*<?https?:\/\/\S+>?\s*$/;

const sourceFiles = (dir: string) =>
  filesUnder(
    dir,
    (name) => SOURCE.test(name),
    (name) => name === 'node_modules' || name.startsWith('.'),
  );

/** `file:line: length` for every line of `text` over the limit, URL-only comment lines excepted. */
function longLines(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const width = [...line.replace(/\r$/, '')].length;
    return width > MAX && !URL_ONLY.test(line) ? [`${file}:${i + 1}: ${width}`] : [];
  });
}

describe('line length', () => {
  it('flags a long line with its file, line number and width, but not a URL alone in a comment', () => {
    const long = `  const s = '${'x'.repeat(110)}';`;
    const url = ` * https://example.com/${'a'.repeat(120)}`;
    const text = ['ok', long, url, `// see https://example.com/${'a'.repeat(120)}`, '€'.repeat(120)].join('\n');
    expect(longLines('f.ts', text)).toEqual([`f.ts:2: ${long.length}`, 'f.ts:4: 147']);
  });

  it('finds no line over 120 characters in src/ and commands/', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'commands'))];
    expect(files.length).toBeGreaterThan(50);
    const over = files.flatMap((f) => longLines(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(over, `lines over ${MAX} characters:\n${over.join('\n')}`).toEqual([]);
  });
});
