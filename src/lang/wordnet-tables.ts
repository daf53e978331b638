import { fileURLToPath } from 'node:url';
import { readTsv } from './lexicon-lines.js';

/**
 * WordNet's tables (data/lexicon/wordnet-<table>-<lang>.tsv, built by scripts/build-wordnet-*.ts), each read once
 * whoever asks: the words related by part of speech (synonyms.ts), the classes a noun heading names belongs to and
 * nouns for people, places and terms (classes.ts), a verb's nouns for the bilingual lexicon (lexicon.ts).
 */
export type WordnetTable = 'synonyms' | 'derivations' | 'hypernyms' | 'classes' | 'persons' | 'places' | 'terms';
/**
 * The languages each of WordNet's tables is built for (data/lexicon/wordnet-<table>-<lang>.tsv): Dutch synonyms come
 * from Open Dutch WordNet and Wiktionary's lemmas of Princeton WordNet's senses (scripts/build-wordnet-synonyms-nl.ts).
 */
const TABLE_LANGS: Readonly<Record<WordnetTable, ReadonlySet<string>>> = {
  synonyms: new Set(['en', 'nl']),
  derivations: new Set(['en']),
  hypernyms: new Set(['en']),
  classes: new Set(['en']),
  persons: new Set(['en']),
  places: new Set(['en']),
  terms: new Set(['en']),
};

const loaded = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** One of WordNet's tables for a language, read on first use; undefined for a language WordNet has none for. */
export function wordnetTable(table: WordnetTable, lang: string): ReadonlyMap<string, readonly string[]> | undefined {
  if (!TABLE_LANGS[table].has(lang)) return undefined;
  let map = loaded.get(`${table}:${lang}`);
  if (!map) {
    const path = fileURLToPath(new URL(`../../data/lexicon/wordnet-${table}-${lang}.tsv`, import.meta.url));
    const script = lang === 'en' ? table : `${table}-${lang}`;
    map = readTsv(path, `WordNet ${table} (${lang})`, `scripts/build-wordnet-${script}.ts`);
    loaded.set(`${table}:${lang}`, map);
  }
  return map;
}
