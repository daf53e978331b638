/**
 * A YAML parse error as a message an editor can act on. The commonest slip in front matter is an unquoted value that
 * holds ": " ("title: Record heat: 38 degrees"), which YAML reads as a nested mapping: that one gets its fix spelled
 * out. `lineOffset` turns the YAML's line numbers into the file's (front matter starts after the opening ---).
 */
export function yamlError(err: unknown, yaml: string, lineOffset = 0): string {
  const first = (err as Error).message.split('\n')[0] ?? String(err);
  const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  if (line === undefined) return first;
  const text = yaml.split(/\r?\n/)[line - 1] ?? '';
  const m = /^(\s*[\w-]+):\s+(.*:\s.*)$/.exec(text);
  const where = `line ${line + lineOffset}`;
  if (!m || /^["']/.test(m[2]!)) return `${first.replace(/ at line \d+, column \d+:?$/, '')} (${where})`;
  const value = m[2]!.trim().replace(/"/g, '\\"');
  return `${where}: a value holding ": " must be quoted — write ${m[1]!.trim()}: "${value}"`;
}
