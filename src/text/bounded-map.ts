/**
 * A cache a long-running process cannot grow forever: a map that forgets everything it holds when a new key would take
 * it past `limit`. Words repeat, so what is read of a word (its stem, its parts) is kept; clearing all at once costs
 * one warm-up and no bookkeeping per read, where a least-recently-used order would cost some on every hit.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** A BoundedMap of `limit` entries per language, each made on first use. */
export function perLanguage<V>(limit: number): (lang: string) => BoundedMap<string, V> {
  const maps = new Map<string, BoundedMap<string, V>>();
  return (lang) => {
    let map = maps.get(lang);
    if (!map) {
      map = new BoundedMap(limit);
      maps.set(lang, map);
    }
    return map;
  };
}
