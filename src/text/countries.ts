import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PACKS } from '../lang/index.js';
import { ABBREVIATION_MARK, isStopword, words } from './analyze.js';

/**
 * A country's one-word names in every pack's language, from the i18n-iso-countries package (ISO 3166 names per
 * locale, with the short forms people write: "USA", "US", "UK"): "When was the first case confirmed in the
 * USA?" over "in the US state of Washington". Names of more than one word ("United States") are left out: each of
 * their words would stand for the country ("states").
 */
let byWord: Map<string, ReadonlySet<string>> | undefined;

function load(): Map<string, ReadonlySet<string>> {
  const require = createRequire(import.meta.url);
  const out = new Map<string, Set<string>>();
  const names = new Map<string, Set<string>>();
  for (const { code } of PACKS) {
    let file: string;
    try {
      file = require.resolve(`i18n-iso-countries/langs/${code}.json`);
    } catch {
      continue; // a pack whose language the package lacks
    }
    const countries = JSON.parse(readFileSync(file, 'utf8')).countries as Record<string, string | string[]>;
    for (const [iso, written] of Object.entries(countries)) {
      const set = names.get(iso) ?? new Set<string>();
      for (const name of [written].flat()) {
        const ws = words(name);
        // "US" alone reads as a line in capitals; in a text it is the abbreviation, not the pronoun.
        const marked = /^\p{Lu}{2,5}$/u.test(name) && isStopword(ws[0] ?? '');
        if (ws.length === 1) set.add(marked ? `${ws[0]}${ABBREVIATION_MARK}` : ws[0]!);
      }
      names.set(iso, set);
    }
  }
  for (const set of names.values()) for (const w of set) out.set(w, new Set([...(out.get(w) ?? []), ...set]));
  return out;
}

/** The other one-word names of the country this word names ("usa" → "usʼ"), in any language; [] when none. */
export function countryNames(word: string): string[] {
  byWord ??= load();
  return [...(byWord.get(word) ?? [])].filter((w) => w !== word);
}
