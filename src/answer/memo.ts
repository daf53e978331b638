/**
 * A value computed once per owner and key — per question and language, per text view and article — and dropped with
 * its owner (a question or a corpus snapshot's view), so no cache outlives what it describes.
 */
export function keyedMemo<O extends object, V>(): (owner: O, key: string, make: () => V) => V {
  const cache = new WeakMap<O, Map<string, V>>();
  return (owner, key, make) => {
    let byKey = cache.get(owner);
    if (!byKey) {
      byKey = new Map();
      cache.set(owner, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = make();
      byKey.set(key, value);
    }
    return value;
  };
}

/** A value derived once per language from what its pack says (stems of a word list, a pattern), kept thereafter. */
export function oncePerLanguage<V>(make: (lang: string) => V): (lang: string) => V {
  const made = new Map<string, V>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = make(lang);
      made.set(lang, value);
    }
    return value;
  };
}
