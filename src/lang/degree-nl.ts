// Dutch superlatives: "grootste" of "groot", "nieuwste" of "nieuw", and the few irregular ones.
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ['best', ['goed']],
  ['meest', ['veel']],
  ['minst', ['weinig']],
  ['liefst', ['graag']],
]);
const BY_BASE = new Map([...IRREGULAR].flatMap(([sup, bases]) => bases.map((b) => [b, sup] as const)));

/** The base form "…st(e)" may be the superlative of: "grootste" → "groot", "beste" → "goed". */
export function dutchSuperlativeBases(word: string): string[] {
  const sup = word.replace(/e$/, '');
  const irregular = IRREGULAR.get(sup);
  if (irregular) return [...irregular];
  const base = /^([a-z]{3,})st$/.exec(sup)?.[1];
  return base ? [base] : [];
}

/** The superlative of one adjective as its stem is written ("groot" → "grootst", "goed" → "best"). */
export function dutchSuperlatives(base: string): string[] {
  const irregular = BY_BASE.get(base);
  if (irregular) return [irregular];
  if (!/^[a-z]{2,}$/.test(base)) return [];
  // "vies" → "viest": a base in -s takes only the t.
  return [base.endsWith('s') ? `${base}t` : `${base}st`];
}
