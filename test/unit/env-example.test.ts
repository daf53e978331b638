import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema, SECRET_VARIABLES } from '../../src/config.js';
import { filesUnder } from '../support/files.js';

/**
 * .env.example is the user's list of settings: it must hold every variable of the zod schema in src/config.ts, with
 * the schema's default as its value (empty when there is none) and a comment line saying what it means right above.
 * The failure message is the text to paste.
 */

function schemaShape(): Record<string, z.ZodTypeAny> {
  let s: z.ZodTypeAny = configSchema;
  while (s instanceof z.ZodEffects) s = s.innerType();
  if (!(s instanceof z.ZodObject)) throw new Error('configSchema is not a z.object');
  return s.shape as Record<string, z.ZodTypeAny>;
}

/** The default as it is written in .env (the input before transforms), or '' when the variable has none. */
function defaultText(field: z.ZodTypeAny): string {
  if (field instanceof z.ZodDefault) return String(field._def.defaultValue());
  return '';
}

interface Entry {
  value: string;
  comment: string | undefined;
}

function parseExample(text: string): { entries: Map<string, Entry>; duplicates: string[] } {
  const entries = new Map<string, Entry>();
  const duplicates: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!m) return;
    const above = lines[i - 1] ?? '';
    const isMeaning = /^#\s*\S/.test(above) && !/^#\s*---/.test(above);
    if (entries.has(m[1]!)) duplicates.push(m[1]!);
    entries.set(m[1]!, { value: m[2]!, comment: isMeaning ? above : undefined });
  });
  return { entries, duplicates };
}

/** Every way .env.example differs from the schema, each as an instruction that fixes it. */
function envExampleProblems(text: string, shape: Record<string, z.ZodTypeAny>): string[] {
  const { entries, duplicates } = parseExample(text);
  const problems: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const want = defaultText(field);
    const entry = entries.get(key);
    if (!entry) {
      problems.push(`${key} is missing; add to .env.example:\n# <one line: what ${key} does>\n${key}=${want}`);
      continue;
    }
    if (entry.value !== want)
      problems.push(
        `${key}=${entry.value} in .env.example, but its default in src/config.ts is "${want}": write ${key}=${want}`,
      );
    if (!entry.comment)
      problems.push(`${key} has no meaning: put a line "# <what ${key} does>" directly above ${key}=`);
    if (SECRET_VARIABLES.has(key) && entry.value !== '') problems.push(`${key} is a secret: leave it empty (${key}=)`);
  }
  for (const key of entries.keys())
    if (!(key in shape))
      problems.push(`${key} is in .env.example but not in src/config.ts: add it to the schema or remove it`);
  for (const key of duplicates) problems.push(`${key} appears more than once in .env.example: keep one`);
  return problems;
}

const sourceFiles = (dir: string) => filesUnder(dir, (name) => name.endsWith('.ts'));

/** Environment variables the code reads directly that are not user settings. */
const NOT_SETTINGS: Record<string, string> = {
  SHARDING_MANAGER: "set by discord.js's ShardingManager in each shard process",
  BRON_FAULT_AT: 'fault injection for the reliability tests',
};

describe('.env.example', () => {
  const shape = schemaShape();
  const text = readFileSync('.env.example', 'utf8');

  it('lists every variable of src/config.ts with its default and a line of meaning, and nothing else', () => {
    const problems = envExampleProblems(text, shape);
    expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
  });

  it('the check itself catches a missing variable, a wrong default, a missing meaning and a stray variable', () => {
    const broken = text
      .replace(/^# .*\nHNSW_M=16\n/m, '')
      .replace('RETRIEVE_K=12', 'RETRIEVE_K=15')
      .replace(/^# .*\n(LLM_MODEL=)/m, '$1')
      .concat('\n# an old setting\nNO_SUCH_SETTING=1\n');
    expect(envExampleProblems(broken, shape)).toEqual([
      'HNSW_M is missing; add to .env.example:\n# <one line: what HNSW_M does>\nHNSW_M=16',
      'RETRIEVE_K=15 in .env.example, but its default in src/config.ts is "12": write RETRIEVE_K=12',
      'LLM_MODEL has no meaning: put a line "# <what LLM_MODEL does>" directly above LLM_MODEL=',
      'NO_SUCH_SETTING is in .env.example but not in src/config.ts: add it to the schema or remove it',
    ]);
  });

  it('every variable the code reads from process.env is a setting in src/config.ts (or a known non-setting)', () => {
    const read = new Set<string>();
    for (const file of sourceFiles('src')) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g))
        read.add((m[1] ?? m[2])!);
    }
    expect(read.size).toBeGreaterThan(0);
    const unknown = [...read].filter((k) => !(k in shape) && !(k in NOT_SETTINGS));
    expect(unknown, 'add these to the schema in src/config.ts and to .env.example').toEqual([]);
  });
});
