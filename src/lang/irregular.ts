/**
 * Irregular verbs: every form of one verb, so a question's "vielen" finds the articles' "gevallen" and "Where did he
 * go" finds "went". Stemmers cannot: the vowel changes. A form marked "-" is also a common other word ("leden" are
 * members, "left" a side): it is a form to find, never a key that brings the others in.
 */
export interface IrregularVerbs {
  /** Word → every form of its verb (itself included). */
  forms: ReadonlyMap<string, readonly string[]>;
  /** The same with the forms marked as other words too: after a prefix they are verbs ("over" + "leden"). */
  prefixed: ReadonlyMap<string, readonly string[]>;
  /** Prefixes that make a verb of the same forms: "over" + "leed" (overlijden), "under" + "stood". */
  prefixes: readonly string[];
}

export function irregularVerbs(rows: string, prefixes: readonly string[]): IrregularVerbs {
  const forms = new Map<string, readonly string[]>();
  const prefixed = new Map<string, readonly string[]>();
  for (const row of rows.split('\n')) {
    const words = row.trim().split(/\s+/).filter(Boolean);
    const all = words.map((w) => w.replace(/^-/, ''));
    for (const [i, w] of all.entries()) {
      if (!prefixed.has(w)) prefixed.set(w, all);
      if (!words[i]!.startsWith('-') && !forms.has(w)) forms.set(w, all);
    }
  }
  return { forms, prefixed, prefixes };
}

/**
 * The other forms of the verb `word` is a form of, prefixed as it is ("overleed" → "overlijden", "overleden"), or
 * none. A prefixed participle may drop the participle prefix ("over" + "geleden" is written "overleden"); the first
 * form, the infinitive, is no participle even when it opens like one ("geven").
 */
export function formsOfVerb(word: string, verbs: IrregularVerbs, participle = ''): string[] {
  const own = verbs.forms.get(word);
  if (own) return own.filter((f) => f !== word);
  const found = prefixedVerb(word, verbs, participle);
  if (!found) return [];
  const { prefix: p, rest } = found;
  const out = rest.flatMap((f) => {
    const isParticiple = participle && f.startsWith(participle) && !rest[0]!.startsWith(participle);
    const bare = isParticiple ? [p + f.slice(participle.length)] : [];
    return [p + f, ...bare];
  });
  return [...new Set(out)].filter((f) => f !== word);
}

/**
 * The first of the verbs' prefixes `word` opens with whose rest is a form of an irregular verb ("ver" + "reden"), and
 * that verb's forms, without the prefix; undefined when none is.
 */
export function prefixedVerb(
  word: string,
  verbs: IrregularVerbs,
  participle = '',
): { prefix: string; rest: readonly string[] } | undefined {
  for (const prefix of verbs.prefixes) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
    // "ont" + "worpen": a prefix that leaves no room for the participle's "ge" ("ontworpen" of "ontwerpen").
    const tail = word.slice(prefix.length);
    const rest = verbs.prefixed.get(tail) ?? (participle ? verbs.prefixed.get(participle + tail) : undefined);
    if (rest) return { prefix, rest };
  }
  return undefined;
}

/**
 * Irregular plurals → their singular, from rows "singular plural": the stemmer strips endings but cannot undo a vowel
 * change ("leden" / "lid", "women" / "woman") or an old ending ("kinderen", "children"), so a pack stems the singular.
 */
export function irregularPlurals(rows: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const row of rows.split('\n')) {
    const [singular, plural] = row.trim().split(/\s+/);
    if (singular && plural) out.set(plural, singular);
  }
  return out;
}
