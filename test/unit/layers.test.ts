import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../support/files.js';

/**
 * The layers of src/, bottom to top (docs/design.md explains each). A file may import from its own unit and from
 * units in lower rows only; units in one row are peers and import nothing from each other. A unit is a folder of
 * src/ or a file directly in it. commands/ (the slash command files, outside src/) is the Discord layer's top.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['redact.ts'],
  ['config.ts', 'log.ts'],
  ['lang'],
  ['text'],
  ['corpus'],
  ['ingest'],
  ['embed'],
  ['retrieve'],
  ['index'],
  ['store'],
  ['answer'],
  ['generate'],
  ['engine.ts'],
  ['watch.ts'],
  ['cli', 'discord'],
  ['../commands'],
];

const SRC = join(ROOT, 'src');
const SOURCE = /\.(?:ts|mts|js|mjs)$/;

const files = (dir: string) => filesUnder(dir, (name) => SOURCE.test(name));

/** The unit a file belongs to: its top folder under src/ or its own name ("engine.ts"); "../commands" for commands/. */
function unitOf(file: string): string {
  const rel = relative(SRC, file).split(sep);
  return rel[0] === '..' ? `../${rel[1]}` : rel[0]!;
}

/**
 * Relative module specifiers a file depends on, read by TypeScript's own pre-parser: static and dynamic imports,
 * re-exports, type-only imports and `declare module` augmentations (which reach into another module as much as an
 * import does). Specifiers in comments and strings are not imports.
 */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

const rank = new Map(LAYERS.flatMap((row, i) => row.map((unit) => [unit, i] as const)));
const all = [...files(SRC), ...files(join(ROOT, 'commands'))];
const name = (f: string) => relative(ROOT, f);

/** Every import from one unit into another: [importing file, imported file, from unit, to unit]. */
const crossings = all.flatMap((f) =>
  importsOf(f)
    .filter((i) => unitOf(i) !== unitOf(f))
    .map((i) => ({ file: f, target: i, from: unitOf(f), to: unitOf(i) })),
);

describe('layers of src/', () => {
  it('places every folder and top-level file of src/ in a layer', () => {
    const units = [...new Set(all.map(unitOf))];
    expect(units.length).toBeGreaterThan(10);
    const unplaced = units.filter((u) => !rank.has(u));
    expect(unplaced, 'add each to LAYERS here and to docs/design.md').toEqual([]);
  });

  it('imports only downward: no file imports from its own layer row or one above it', () => {
    expect(crossings.length).toBeGreaterThan(50);
    const upward = crossings
      .filter((c) => rank.has(c.from) && rank.has(c.to) && rank.get(c.to)! >= rank.get(c.from)!)
      .map((c) => `${name(c.file)} imports ${name(c.target)} (${c.from} → ${c.to})`);
    expect(upward).toEqual([]);
  });

  it('has no import cycle between units', () => {
    const edges = new Map<string, Set<string>>();
    for (const c of crossings) edges.set(c.from, (edges.get(c.from) ?? new Set()).add(c.to));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (u: string, path: string[]) => {
      if (state.get(u) === 'done') return;
      if (state.get(u) === 'open') {
        cycles.push([...path.slice(path.indexOf(u)), u].join(' → '));
        return;
      }
      state.set(u, 'open');
      for (const next of edges.get(u) ?? []) visit(next, [...path, u]);
      state.set(u, 'done');
    };
    for (const u of edges.keys()) visit(u, []);
    expect(cycles).toEqual([]);
  });

  it('catches what it is meant to catch: an upward import, a type import and a module augmentation', () => {
    const probe = (text: string) =>
      ts
        .preProcessFile(text, true, true)
        .importedFiles.map((f) => f.fileName)
        .filter((s) => s.startsWith('.'));
    expect(probe("import type { Engine } from '../engine.js';")).toEqual(['../engine.js']);
    expect(probe("declare module '../engine.js' { interface AskOptions { x?: 1 } }\nexport {};")).toEqual([
      '../engine.js',
    ]);
    expect(probe("const m = await import('./x.js');\nexport * from './y.js';")).toEqual(['./x.js', './y.js']);
    expect(probe("// import { a } from './commented.js'\nconst s = \"from './string.js'\";")).toEqual([]);
  });
});
