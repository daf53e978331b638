// English superlatives: "largest" of "large", "biggest" of "big", "happiest" of "happy", and the few irregular ones.
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ['best', ['good', 'well']],
  ['worst', ['bad', 'badly']],
  ['most', ['many', 'much']],
  ['least', ['little']],
  ['furthest', ['far']],
  ['farthest', ['far']],
  ['eldest', ['old']],
]);
const BY_BASE = new Map([...IRREGULAR].flatMap(([sup, bases]) => bases.map((b) => [b, sup] as const)).reverse());
const CONSONANT = '[b-df-hj-np-tv-z]';

/** The base forms "…est" may be the superlative of, each a guess a dictionary confirms: "larg", "large". */
export function englishSuperlativeBases(word: string): string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return [...irregular];
  const stem = /^([a-z]{2,})est$/.exec(word)?.[1];
  if (!stem) return [];
  const out = [stem, `${stem}e`];
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`); // "happiest"
  if (new RegExp(`(${CONSONANT})\\1$`).test(stem)) out.push(stem.slice(0, -1)); // "biggest"
  return out;
}

/** The superlative of one adjective ("large" → "largest", "big" → "biggest"); none of a phrase. */
export function englishSuperlatives(base: string): string[] {
  const irregular = BY_BASE.get(base);
  if (irregular) return [irregular];
  if (!/^[a-z]{2,}$/.test(base)) return [];
  // "important", "serious": a longer adjective says "most important", no ending ("importantest").
  if (!takesEst(base)) return [];
  if (base.endsWith('e')) return [`${base}st`];
  if (new RegExp(`${CONSONANT}y$`).test(base)) return [`${base.slice(0, -1)}iest`];
  // One syllable closed by one consonant doubles it: "big", "hot", "thin"; not "great", "new", "tax".
  if (new RegExp(`^${CONSONANT}*[aeiou]${CONSONANT}$`).test(base) && !/[wxy]$/.test(base))
    return [`${base}${base.at(-1)}est`];
  return [`${base}est`];
}

/**
 * An adjective made superlative with "-est": one syllable ("large", "big", "quiet"), or two ending in "-y", "-le",
 * "-er" or "-ow" ("happy", "simple", "clever", "narrow"); syllables counted as groups of vowels, a final "e" silent.
 */
function takesEst(base: string): boolean {
  const syllables = base.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 0;
  return syllables <= 1 || (syllables === 2 && /(?:[^aeiou]y|le|er|ow)$/.test(base));
}
