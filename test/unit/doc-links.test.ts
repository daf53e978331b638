import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../support/files.js';

const SKIP = new Set(['node_modules', '.git', 'dist', 'embeddings', 'data', '.cache', '.tmp']);

/** Every Markdown file of the project (not of its dependencies or build output). */
const markdownFiles = () =>
  filesUnder(
    ROOT,
    (name) => name.endsWith('.md'),
    (name) => SKIP.has(name),
  );

/** Relative link targets in a Markdown text: `[text](target)`, without web addresses and in-page anchors. */
function relativeLinks(markdown: string): string[] {
  const code = /```[\s\S]*?```|`[^`\n]*`/g;
  return [...markdown.replace(code, '').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!.split('#')[0]!)
    .filter((t) => t.length > 0 && !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

describe('documentation links', () => {
  it('reads relative links, not addresses, anchors or code', () => {
    const text = '[a](docs/x.md#y) [b](https://e.org) [c](#top) `[d](no.md)` [e](../f.md)';
    expect(relativeLinks(text)).toEqual(['docs/x.md', '../f.md']);
  });

  it('every relative link in a Markdown file names a file that exists', () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThan(5);
    const dead = files.flatMap((f) =>
      relativeLinks(readFileSync(f, 'utf8'))
        .filter((t) => !existsSync(resolve(dirname(f), decodeURIComponent(t))))
        .map((t) => `${relative(ROOT, f)} → ${t}`),
    );
    expect(dead).toEqual([]);
  });
});
