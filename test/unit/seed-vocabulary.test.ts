import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../support/files.js';

/**
 * Bron must answer any corpus, so nothing under src/ — code, comments, messages, READMEs — may name the seed
 * corpus's people, places or topic (issue #15). What a corpus needs is learnt from it at index time or declared in
 * corpus/aliases.yaml. Text is folded (lower case, no diacritics) before matching, so "Oekraïne" is "oekraine".
 */
const SEED_WORDS: readonly { word: string; pattern: RegExp }[] = [
  { word: 'troops', pattern: /\btroops?\b/ },
  { word: 'troepen', pattern: /troepen\b/ },
  { word: 'soldaten', pattern: /solda(?:at|ten)\b/ },
  { word: 'soldier', pattern: /soldier/ },
  { word: 'militair', pattern: /militair/ },
  { word: 'Koersk / Kursk', pattern: /koersk|\bkursk/ },
  { word: 'Poetin / Putin', pattern: /poetin|\bputin/ },
  { word: 'Rutte', pattern: /\brutte\b/ },
  { word: 'Zelensky', pattern: /zelensk/ },
  { word: 'Korea', pattern: /korea/ },
  { word: 'Boerjaten / Buryats', pattern: /boerjat|buryat/ },
  { word: 'NAVO / NATO', pattern: /\b(?:navo|nato)\b/ },
  { word: 'Kremlin', pattern: /kremlin/ },
  { word: 'Pyongyang', pattern: /pyongyang/ },
  { word: 'Kim Jong', pattern: /\bkim\s+jong/ },
  { word: 'Rusland / Russia', pattern: /\b(?:rusland|russia|russen|russisch)/ },
  { word: 'Oekraïne / Ukraine', pattern: /oekrain|ukrain/ },
];

const files = (dir: string) => filesUnder(dir);

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** "file:line: word — the line" for every seed word in a text. */
function hits(text: string, file = 'text'): string[] {
  return text.split('\n').flatMap((line, i) => {
    const folded = fold(line);
    return SEED_WORDS.filter((s) => s.pattern.test(folded)).map(
      (s) => `${file}:${i + 1}: ${s.word} — ${line.trim().slice(0, 100)}`,
    );
  });
}

describe('no seed vocabulary in src/', () => {
  it('finds what it looks for, in any case, accents or compound, and not inside other words', () => {
    for (const t of [
      'Noord-Koreaanse',
      'NAVO-chef',
      'Oekraïne',
      'grondtroepen',
      'Kim  Jong Un',
      'Zelenskiy',
      'troops',
      'een soldaat',
      'PUTIN',
      "Rusland's",
    ])
      expect(hits(t), t).toHaveLength(1);
    for (const t of ['vanavond', 'computing', 'Donato', 'Prussian', 'troopship', 'Rutten'])
      expect(hits(t), t).toEqual([]);
  });

  it('has none in any file under src/, code or comment', () => {
    const all = files(join(ROOT, 'src'));
    expect(all.length).toBeGreaterThan(50);
    const found = all.flatMap((f) => hits(readFileSync(f, 'utf8'), relative(ROOT, f)));
    expect(found).toEqual([]);
  });

  it("has none in the shipped lexicon's hand-written words either: a corpus's own go in its glossary.tsv", () => {
    const file = join(ROOT, 'data', 'lexicon', 'general.tsv');
    expect(hits(readFileSync(file, 'utf8'), relative(ROOT, file))).toEqual([]);
    // The seed corpus's glossary holds them, which is where they belong.
    expect(hits(readFileSync(join(ROOT, 'corpus', 'glossary.tsv'), 'utf8')).length).toBeGreaterThan(50);
  });
});
