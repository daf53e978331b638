import { BoundedMap } from '../text/bounded-map.js';

/** Keys one owner keeps: the text view's articles (CACHED_ARTICLES), with room for a question's many keys. */
const KEYS_PER_OWNER = 2000;

/**
 * A value computed once per owner and key — per question and language, per text view and article — and dropped with
 * its owner (a question or a corpus snapshot's view), so no cache outlives what it describes. A view lives as long as
 * its index and questions touch ever more of its articles, so each owner keeps at most `limit` keys (as the view
 * keeps its articles' sentences): a bot answering for months does not grow with every article it has read.
 */
export function keyedMemo<O extends object, V>(limit = KEYS_PER_OWNER): (owner: O, key: string, make: () => V) => V {
  const cache = new WeakMap<O, Map<string, V>>();
  return (owner, key, make) => {
    let byKey = cache.get(owner);
    if (!byKey) {
      byKey = new BoundedMap(limit);
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
