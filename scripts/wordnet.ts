/**
 * Reading Princeton WordNet 3.0's database files (Debian's `wordnet-base`, /usr/share/wordnet), shared by the scripts
 * that build data/lexicon/wordnet-{synonyms,derivations,hypernyms}-en.tsv.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cmp, writeOrCheck } from './build-lexicon.js';
import { taggedSenses, WORDNET_DIR } from './wordnet-tags.js';

export { WORDNET_DIR };
export const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
export type Pos = keyof typeof POS;
export const PARTS = Object.keys(POS) as Pos[];
/** One plain word: no phrase ("plant life"), no digits, apostrophes or hyphens. */
export const WORD = /^[a-z]+$/;

export interface Synset {
  /** Lowercased, without an adjective's marker ("(a)"). */
  lemmas: readonly string[];
  /**
   * Links of one pointer symbol: [source word number (1-based; 0 for the whole synset), target synset key, target
   * word number (0 for the whole synset)].
   */
  links: [number, string, number][];
}

/** A data.<pos> line's synset: its key, lemmas and pointers (4 fields each: symbol, offset, pos, source/target). */
interface ParsedSynset {
  key: string;
  lemmas: readonly string[];
  pointers: string[];
}

/**
 * A WordNet file parsed once per process while it is unchanged on disk: the synonyms, derivations and hypernyms
 * builds (and their freshness test) read the same data.* and index.* files several times.
 */
const parsedFiles = new Map<string, { stamp: string; value: unknown }>();

function parsedFile<T>(path: string, parse: (text: string) => T): T {
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs} ${size}`;
  const known = parsedFiles.get(path);
  if (known?.stamp === stamp) return known.value as T;
  const value = parse(readFileSync(path, 'latin1'));
  parsedFiles.set(path, { stamp, value });
  return value;
}

function parseSynsets(text: string, p: Pos): ParsedSynset[] {
  const out: ParsedSynset[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // The gloss, after " | ", is not read: no word or pointer field holds a space.
    const gloss = line.indexOf(' | ');
    const f = (gloss < 0 ? line : line.slice(0, gloss)).split(' ');
    const count = Number.parseInt(f[3]!, 16);
    const lemmas = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    const at = 4 + 2 * count;
    out.push({ key: `${f[0]}${p}`, lemmas, pointers: f.slice(at + 1, at + 1 + 4 * Number(f[at])) });
  }
  return out;
}

/**
 * Every synset by offset + pos ("01234643v"), with its lemmas and its links of one pointer symbol ("+", "@"). The
 * lemma arrays are shared between calls: read them, do not change them.
 */
export function readSynsets(dir: string, symbol = ''): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const [p, file] of Object.entries(POS) as [Pos, string][]) {
    for (const { key, lemmas, pointers } of parsedFile(join(dir, `data.${file}`), (t) => parseSynsets(t, p))) {
      const links: Synset['links'] = [];
      for (let i = 0; i < pointers.length; i += 4) {
        const [pointer, offset, pos, st] = pointers.slice(i, i + 4);
        if (pointer !== symbol) continue;
        const target = `${offset}${pos === 's' ? 'a' : pos}`;
        links.push([Number.parseInt(st!.slice(0, 2), 16), target, Number.parseInt(st!.slice(2), 16)]);
      }
      out.set(key, { lemmas, links });
    }
  }
  return out;
}

export interface IndexEntry {
  readonly lemma: string;
  /** Senses in this part of speech. */
  readonly senses: number;
  /** How many of them, the first ones, the tagged corpus saw. */
  readonly tagged: number;
  /** Synset keys (offset + pos) of its senses, most frequent first. */
  readonly synsets: readonly string[];
}

/** The lines of index.<pos>: each lemma of one part of speech with its senses (parsed once, shared: do not change). */
export function indexEntries(dir: string, p: Pos): readonly IndexEntry[] {
  return parsedFile(join(dir, `index.${POS[p]}`), (text) => {
    const out: IndexEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const pointers = Number(f[3]);
      const senses = Number(f[2]);
      const synsets = f.slice(6 + pointers, 6 + pointers + senses).map((offset) => `${offset}${p}`);
      out.push({ lemma: f[0]!, senses, tagged: Number(f[5 + pointers]), synsets });
    }
    return out;
  });
}

/**
 * A sense the tagged corpus saw in this share of a word's uses is one of its usual meanings ("compare" is "liken" in
 * 9 of 78). 0.05 measured the same as 0.1 with 2% more entries (npm run eval, 4 Dec 2026).
 */
export const USUAL_SHARE = 0.1;

/**
 * How often the tagged corpus saw each sense (cntlist.rev): `lemma:pos` → counts, the i-th for sense i + 1 in
 * index.<pos>'s order. A satellite adjective counts as an adjective.
 */
export function senseCounts(dir: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const { lemma, pos, sense, count } of taggedSenses(dir)) {
    const at = `${lemma.toLowerCase()}:${pos}`;
    const counts = out.get(at) ?? [];
    counts[sense - 1] = (counts[sense - 1] ?? 0) + count;
    out.set(at, counts);
  }
  return out;
}

/**
 * The senses of a lemma the tagged corpus saw at least this share of its uses in: a word's usual meanings, not only
 * its most frequent one ("compare" is "liken" in one use of nine).
 */
export function usualSenses(entry: IndexEntry, counts: readonly number[] | undefined, share: number): string[] {
  // A word none of whose senses the tagged corpus saw has no usual meaning.
  if (entry.tagged === 0) return [];
  const total = (counts ?? []).reduce((a, b) => a + (b ?? 0), 0);
  return entry.synsets.filter((_, i) => i === 0 || (counts?.[i] ?? 0) >= Math.max(1, share * total));
}

/**
 * The one-word English nouns the tagged corpus saw whose most frequent sense falls under one of `roots` (synset keys,
 * followed up the hypernyms), as `noun<TAB>label` lines: the persons and places tables.
 */
export function nounClassTable(dir: string, roots: ReadonlySet<string>, label: string): TableBuild {
  const synsets = readSynsets(dir, '@');
  const memo = new Map<string, boolean>();
  const under = (key: string, depth = 0): boolean => {
    if (roots.has(key)) return true;
    const known = memo.get(key);
    if (known !== undefined || depth > 20) return known ?? false;
    const out = (synsets.get(key)?.links ?? []).some(([, target]) => under(target, depth + 1));
    memo.set(key, out);
    return out;
  };
  const lines: string[] = [];
  for (const { lemma, tagged, synsets: own } of indexEntries(dir, 'n'))
    if (WORD.test(lemma) && tagged > 0 && own[0] && under(own[0])) lines.push(`${lemma}\t${label}`);
  return table(lines);
}

export interface TableBuild {
  text: string;
  entries: number;
}

/** `key<TAB>a|b|…` lines sorted by code point, one file's text. */
export function table(lines: string[]): TableBuild {
  lines.sort(cmp);
  return { text: `${lines.join('\n')}\n`, entries: lines.length };
}

/** A build script's main: writes the table, or with --check only compares it; exits 2 without WordNet. */
export function runBuild(output: string, build: () => TableBuild): void {
  if (!existsSync(join(WORDNET_DIR, 'index.noun'))) {
    console.error(`${WORDNET_DIR}/index.noun not found: apt-get install wordnet-base (or set WORDNET_DIR)`);
    process.exit(2);
  }
  const built = build();
  writeOrCheck([[output, built.text, built.entries]], process.argv.includes('--check'));
}
