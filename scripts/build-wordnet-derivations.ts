/**
 * Builds data/lexicon/wordnet-derivations-en.tsv: English words made from one another, from Princeton WordNet 3.0's
 * "derivationally related form" links (Debian's `wordnet-base`, /usr/share/wordnet).
 *
 * A word's derivations in a part of speech are the one-word lemmas its senses the tagged corpus saw link to: "bury"
 * (verb) → "burial", "die" → "death", "high" (adj) → "height". The stemmer leaves these apart; suffix rules
 * (`nominalSuffixes`) find only the regular ones.
 *
 * A derived word the English stemmer already joins to the word is left out. Attribute links ("new" → "age") are not
 * followed: "news", whose base form is "new", would meet any "age".
 *
 * Output: `word:pos<TAB>derived1|derived2|…`, pos one of n v a r, at most MAX_DERIVATIONS in WordNet's order, lines
 * sorted by code point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-derivations.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stem } from '../src/text/analyze.js';
import { cmp, LEXICON_DIR, writeOrCheck } from './build-lexicon.js';
import { WORDNET_DIR } from './build-wordnet-synonyms.js';

export const DERIVATIONS_OUTPUT = join(LEXICON_DIR, 'wordnet-derivations-en.tsv');

export const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
const MAX_DERIVATIONS = 4;
/** One plain word: no phrase, no digits, apostrophes or hyphens. */
export const WORD = /^[a-z]+$/;

export interface Synset {
  lemmas: string[];
  /**
   * Links of one pointer symbol: [source word number (1-based; 0 for the whole synset), target synset key, target
   * word number (0 for the whole synset)].
   */
  links: [number, string, number][];
}

/** Every synset by offset + pos ("01234643v"), with its lemmas and its links of one pointer symbol ("+", "@"). */
export function readSynsets(dir: string, symbol: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const [p, file] of Object.entries(POS)) {
    for (const line of readFileSync(join(dir, `data.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = Number.parseInt(f[3]!, 16);
      const lemmas = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
      const at = 4 + 2 * count;
      const links: Synset['links'] = [];
      for (let i = 0; i < Number(f[at]); i++) {
        const [pointer, offset, pos, st] = f.slice(at + 1 + 4 * i, at + 5 + 4 * i);
        if (pointer !== symbol) continue;
        const target = `${offset}${pos === 's' ? 'a' : pos}`;
        links.push([Number.parseInt(st!.slice(0, 2), 16), target, Number.parseInt(st!.slice(2), 16)]);
      }
      out.set(`${f[0]}${p}`, { lemmas, links });
    }
  }
  return out;
}

export interface DerivationsBuild {
  text: string;
  entries: number;
}

export function buildWordnetDerivations(dir = WORDNET_DIR): DerivationsBuild {
  const synsets = readSynsets(dir, '+');
  const lines: string[] = [];
  for (const [p, file] of Object.entries(POS)) {
    for (const line of readFileSync(join(dir, `index.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0]!;
      if (!WORD.test(lemma)) continue;
      const pointers = Number(f[3]);
      // The senses the tagged corpus saw (they come first), at least the first: a rare sense's relatives mislead.
      const tagged = Math.max(1, Number(f[5 + pointers]));
      const out = new Set<string>();
      for (const offset of f.slice(6 + pointers, 6 + pointers + tagged)) {
        const synset = synsets.get(`${offset}${p}`);
        if (!synset) continue;
        const own = synset.lemmas.indexOf(lemma) + 1;
        for (const [source, target, word] of synset.links) {
          if (source !== own && source !== 0) continue;
          const lemmas = synsets.get(target)?.lemmas ?? [];
          // One stem already: the stemmer joins them ("treats", "treating").
          for (const derived of word === 0 ? lemmas : [lemmas[word - 1]])
            if (derived && WORD.test(derived) && stem(derived, 'en') !== stem(lemma, 'en')) out.add(derived);
        }
      }
      if (out.size > 0) lines.push(`${lemma}:${p}\t${[...out].slice(0, MAX_DERIVATIONS).join('|')}`);
    }
  }
  lines.sort(cmp);
  return { text: `${lines.join('\n')}\n`, entries: lines.length };
}

function main(): void {
  if (!existsSync(join(WORDNET_DIR, 'index.noun'))) {
    console.error(`${WORDNET_DIR}/index.noun not found: apt-get install wordnet-base (or set WORDNET_DIR)`);
    process.exit(2);
  }
  const built = buildWordnetDerivations();
  writeOrCheck([[DERIVATIONS_OUTPUT, built.text, built.entries]], process.argv.includes('--check'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
