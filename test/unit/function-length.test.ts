import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../support/files.js';

/**
 * House rule (issue 15): no function of the product over 60 lines, so each reads as one step. Counted from the
 * body's opening brace to its closing one, as Biome formats it; functions, methods, arrows and constructors alike.
 * Benchmarks and scripts are tools, not the product, and are not held to it.
 */
const MAX = 60;
const SOURCE = /\.(?:ts|mts|cts)$/;

/** `file:line name: lines` for every function in `text` whose body is longer than the limit. */
function longFunctions(file: string, text: string): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const body = node.body as ts.Node;
      const first = src.getLineAndCharacterOfPosition(body.getStart(src)).line;
      const lines = src.getLineAndCharacterOfPosition(body.getEnd()).line - first + 1;
      if (lines > MAX) out.push(`${file}:${first + 1} ${nameOf(node)}: ${lines}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

function nameOf(node: ts.Node): string {
  const named = (node as { name?: ts.Node }).name;
  if (named) return named.getText();
  return ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '(anonymous)';
}

describe('function length', () => {
  it('flags a function, method or arrow over the limit with its file, line and length, and not one at it', () => {
    const body = (n: number) => Array.from({ length: n - 2 }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const text = [
      `function fits() {\n${body(MAX)}\n}`,
      `function long() {\n${body(MAX + 1)}\n}`,
      `class C {\n  m() {\n${body(MAX + 5)}\n  }\n}`,
      `const arrow = () => {\n${body(MAX + 2)}\n};`,
    ].join('\n');
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(longFunctions('f.ts', text)).toEqual([
      `f.ts:${lineOf('function long')} long: ${MAX + 1}`,
      `f.ts:${lineOf('  m() {')} m: ${MAX + 5}`,
      `f.ts:${lineOf('const arrow')} arrow: ${MAX + 2}`,
    ]);
  });

  it('finds no function over 60 lines in src/ and commands/', () => {
    const skip = (name: string) => name === 'node_modules' || name.startsWith('.');
    const files = [
      ...filesUnder(join(ROOT, 'src'), (n) => SOURCE.test(n), skip),
      ...filesUnder(join(ROOT, 'commands')),
    ].filter((f) => SOURCE.test(f));
    expect(files.length).toBeGreaterThan(50);
    const over = files.flatMap((f) => longFunctions(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(over, `functions over ${MAX} lines:\n${over.join('\n')}`).toEqual([]);
  });
});
