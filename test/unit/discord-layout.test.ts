import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/commands.js';
import { filesUnder, ROOT } from '../support/files.js';

/** The Discord layer's import graph (static and dynamic imports, types included), read from the source files. */
const DISCORD = join(ROOT, 'src/discord');

const files = (dir: string) => filesUnder(dir, (name) => name.endsWith('.ts'));

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

const graph = new Map(files(DISCORD).map((f) => [f, imports(f).filter((i) => i.startsWith(DISCORD))]));
const name = (f: string) => relative(ROOT, f);

describe('src/discord layout', () => {
  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(name).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const next of graph.get(f) ?? []) visit(next, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('formatters are pure: they import only formatters and the message catalog', () => {
    const formatters = [...graph.keys()].filter((f) => f.includes('/formatters/'));
    expect(formatters.length).toBeGreaterThan(3);
    for (const f of formatters)
      for (const i of graph.get(f)!)
        expect(i.includes('/formatters/') || i.endsWith('/i18n.ts'), `${name(f)} imports ${name(i)}`).toBe(true);
  });

  it('holds no retrieval or answering logic: only the engine, config, log, types and languages come from src/', () => {
    const allowed =
      /src\/(engine|watch|config|log|corpus\/(article|write|glossary)|answer\/(types|followup)|text\/(sanitize|quotes)|lang\/index)\.ts$/;
    // The commands are the Discord layer too.
    const commands = files(join(ROOT, 'commands'));
    expect(commands.length).toBeGreaterThan(5);
    for (const f of [...graph.keys(), ...commands])
      for (const i of imports(f).filter((x) => !x.startsWith(DISCORD) && x.startsWith(join(ROOT, 'src'))))
        expect(allowed.test(i), `${name(f)} imports ${name(i)}`).toBe(true);
  });

  it("loads every command and builds it within Discord's limits (a long description would stop the bot)", async () => {
    const commands = await loadCommands();
    expect(commands.size).toBeGreaterThan(5);
    for (const [n, c] of commands) expect(() => c.data.toJSON(), n).not.toThrow();
  });
});
