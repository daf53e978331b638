import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pack } from './index.js';
import { formsOfVerb, prefixedVerb } from './irregular.js';
import { NL_IRREGULAR_PLURALS } from './irregular-nl.js';
import { type LexiconEntries, lexiconKey, parseLexiconLines, readTsv } from './lexicon-lines.js';
import { wordnetTable } from './wordnet-tables.js';

/**
 * English→Dutch query lexicon: data/lexicon/en-nl.tsv (FreeDict eng-nld, reversed nld-eng and the general words of
 * general.tsv; see data/lexicon/README.md and scripts/build-lexicon.ts). One line per English word or phrase:
 * `english<TAB>dutch1|dutch2|…`, best first. Keys are lowercase, diacritics folded, hyphens as spaces.
 * Loaded once, on first use; the path is resolved from this module, not the working directory. A corpus's
 * glossary.tsv is laid over it for that corpus only (`Lexicon.with`, src/corpus/glossary.ts).
 */
export const LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon/en-nl.tsv', import.meta.url));

/** Dutch→English: each FreeDict nld-eng headword's first sense (data/lexicon/nl-en.tsv, the same build). */
export const DUTCH_LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon/nl-en.tsv', import.meta.url));

/**
 * Princeton WordNet's English words with the Open Multilingual Wordnet's Dutch ones for the same senses, both ways
 * (data/lexicon/wordnet-{en-nl,nl-en}.tsv, scripts/build-wordnet-lexicon.ts): read only for a word FreeDict does
 * not know in any form ("brewery", "brouwerij"). FreeDict's entries, ranked and checked with general.tsv, come first.
 */
export const WORDNET_PATHS = {
  en: fileURLToPath(new URL('../../data/lexicon/wordnet-en-nl.tsv', import.meta.url)),
  nl: fileURLToPath(new URL('../../data/lexicon/wordnet-nl-en.tsv', import.meta.url)),
};

/** Translations for the words the first lexicon lacks, per language translated from. */
export interface FallbackEntries {
  en: LexiconEntries;
  nl: LexiconEntries;
  /** WordNet's English derivations (`word:pos` → words, wordnet-derivations-en.tsv): a verb's nouns. */
  derivations?: LexiconEntries;
  /** English nouns for people (wordnet-persons-en.tsv): a verb's agent ("winner") is no noun of its event. */
  persons?: LexiconEntries;
}

const NO_FALLBACK: FallbackEntries = { en: new Map(), nl: new Map() };

/** The hand-written general words the build merged into en-nl.tsv; only its `=` lines are read at run time. */
const GENERAL_PATH = fileURLToPath(new URL('../../data/lexicon/general.tsv', import.meta.url));

/** The keys of a file's `word<TAB>=` lines: written the same in both languages, so the build left them no entry. */
function sameWords(path: string): Set<string> {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Set(); // only a refinement: the lexicon works without it
  }
  return new Set([...parseLexiconLines(text).entries].filter(([, nl]) => nl.length === 0).map(([en]) => en));
}

export type { LexiconEntries } from './lexicon-lines.js';
export { lexiconKey } from './lexicon-lines.js';

let base: Lexicon | undefined;

/** The shipped lexicon (FreeDict, general.tsv and WordNet: no corpus's words), loaded once, on first use. */
export function baseLexicon(): Lexicon {
  base ??= new Lexicon(
    readTsv(LEXICON_PATH, 'English→Dutch'),
    readTsv(DUTCH_LEXICON_PATH, 'Dutch→English'),
    sameWords(GENERAL_PATH),
    {
      en: readTsv(WORDNET_PATHS.en, 'WordNet English→Dutch'),
      nl: readTsv(WORDNET_PATHS.nl, 'WordNet Dutch→English'),
      // The tables the answerer reads too (classes.ts, synonyms.ts): one copy of each in memory.
      derivations: wordnetTable('derivations', 'en'),
      persons: wordnetTable('persons', 'en'),
    },
  );
  return base;
}

const key = (term: string) => lexiconKey(term);

/**
 * Base forms to try for an English word (or a phrase's last word) that is not in the lexicon as written:
 * plurals and regular verb forms ("missiles" → "missile", "countries" → "country", "deployed" → "deploy",
 * "invaded" → "invade", "stopped" → "stop", "fighting" → "fight").
 */
function baseForms(k: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    // What remains must still be a word: at least three letters.
    if (/(?:^|\s)[a-z']{3,}$/.test(s)) out.push(s);
  };
  if (k.endsWith('ies')) add(`${k.slice(0, -3)}y`);
  if (k.endsWith('s') && !/(?:ss|us|is)$/.test(k)) add(k.slice(0, -1));
  if (k.endsWith('es')) add(k.slice(0, -2));
  if (k.endsWith("'s")) add(k.slice(0, -2));
  for (const suffix of ['ed', 'ing']) {
    if (!k.endsWith(suffix)) continue;
    const stem = k.slice(0, -suffix.length);
    if (suffix === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`); // "tried" → "try"
    add(stem); // "deployed" → "deploy"
    add(`${stem}e`); // "invaded" → "invade"
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1)); // "stopped" → "stop"
  }
  return out;
}

/** An English verb's regular nouns of its act: "appointment", "election", "creation". */
function regularNouns(verb: string): string[] {
  const bare = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [...new Set([`${verb}ment`, `${verb}ion`, `${bare}ion`, `${bare}ation`])];
}

/** An English verb's regular agent nouns, likeliest first: "defender", "producer", "runner", "carrier", "visitor". */
function englishAgents(verb: string): string[] {
  const out = [verb.endsWith('e') ? `${verb}r` : `${verb}er`];
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(verb)) out.push(`${verb}${verb.at(-1)}er`);
  if (/[^aeiou]y$/.test(verb)) out.push(`${verb.slice(0, -1)}ier`);
  out.push(verb.endsWith('e') ? `${verb.slice(0, -1)}or` : `${verb}or`);
  return out;
}

/** The bilingual lexicon's lookups over one set of entries: the shipped one, or it with a corpus's glossary on top. */
export class Lexicon {
  private reverse?: Map<string, string[]>;
  private listed?: Map<string, string[]>;
  /** Per language, a stem → the lexicon's words with that stem (English keys; Dutch first translations). */
  private readonly byStem = new Map<string, Map<string, string[]>>();
  private byInitials?: Map<string, string[]>;
  private vocabulary?: Set<string>;

  constructor(
    private readonly entries: LexiconEntries,
    private readonly dutch: LexiconEntries,
    /** Words written the same in both languages ("interview"): a `=` line, which leaves no entry. */
    private readonly same: ReadonlySet<string> = new Set(),
    /** Read for a word neither `entries` nor `dutch` knows, in any of its forms. */
    private readonly fallback: FallbackEntries = NO_FALLBACK,
  ) {}

  /** This lexicon with `glossary`'s entries in place of its own for the same English keys (`[]` removes one). */
  with(glossary: LexiconEntries): Lexicon {
    if (glossary.size === 0) return this;
    const merged = new Map(this.entries);
    const same = new Set(this.same);
    for (const [en, nl] of glossary) {
      if (nl.length === 0) merged.delete(en);
      else merged.set(en, nl);
      if (nl.length === 0) same.add(en);
      else same.delete(en);
    }
    // In key order, as the shipped file is: a Dutch word's English translations are listed in that order.
    const sorted = new Map([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return new Lexicon(sorted, this.dutch, same, this.fallback);
  }

  /** Number of English words and phrases. */
  get size(): number {
    return this.entries.size;
  }

  /** Dutch translations of one lowercase English word or phrase, best first; [] when unknown. */
  englishToDutch(term: string): string[] {
    const k = key(term);
    if (!k || this.same.has(k)) return [];
    // An irregular past or participle ("bought", "fled") is translated as its infinitive, the verb's first form.
    const infinitive = pack('en').irregularVerbs?.forms.get(k)?.[0];
    const forms = [k, ...baseForms(k), ...(infinitive && infinitive !== k ? [infinitive] : [])];
    for (const entries of [this.entries, this.fallback.en]) {
      for (const form of forms) {
        const found = entries.get(form);
        if (found) return this.withNounsOfVerb(form, form === k ? this.withVerbOfNoun(k, found) : found);
      }
    }
    return [];
  }

  /**
   * "cooling" is "bekoeling" and its verb "cool" "afkoelen": an English noun in "-ing" is also its verb's Dutch
   * verbs, whose stem a Dutch compound of the verbal noun holds ("afkoelingsperiode"). The noun's own words first.
   */
  private withVerbOfNoun(k: string, found: readonly string[]): string[] {
    if (!/^[a-z]{3,}ing$/.test(k)) return [...found];
    const verb = baseForms(k)
      .map((b) => this.entries.get(b))
      .find((e) => e !== undefined);
    const verbs = (verb ?? []).filter((d) => /^[a-z]+en$/.test(d) && !found.includes(d)).slice(0, 2);
    return [...found, ...verbs];
  }

  /**
   * "win" is "winnen", and its event the noun "win" (victory), "overwinning"; "pay" is "betalen", and "payment"
   * "betaling"; "appoint" "benoemen", and "appointment" "benoeming": an English verb is also the Dutch event nouns
   * ("-ing", "-tie", "-sie", "-nis") of its nouns — those WordNet derives from it, its regular ones in "-ment" and
   * "-(at)ion" (which WordNet's table leaves to the stemmer), each's first two words, and its own noun's first word in
   * WordNet — after its own words, two at most. Not a light verb's ("make", "take"), nor an agent's ("winner").
   */
  private withNounsOfVerb(form: string, found: readonly string[]): string[] {
    // "won" has an entry of its own ("gewonnen"): its nouns are its infinitive's.
    const verb = pack('en').irregularVerbs?.forms.get(form)?.[0] ?? form;
    const derived = this.fallback.derivations?.get(`${verb}:v`) ?? [];
    if (pack('en').lightVerbs?.has(verb) || !/^[a-z]{3,}$/.test(verb)) return [...found];
    const own = derived.length > 0 ? (this.fallback.en.get(verb) ?? []).slice(0, 1) : [];
    const nouns = [...derived.filter((d) => this.fallback.derivations?.has(`${d}:n`)), ...regularNouns(verb)];
    const dutch = nouns
      .filter((n) => !this.fallback.persons?.has(n))
      .flatMap((n) => (this.entries.get(n) ?? this.fallback.en.get(n) ?? []).slice(0, 2));
    const events = [...own, ...dutch].filter((d) => DUTCH_EVENT_NOUN.test(d) && !found.includes(d));
    return [...found, ...new Set(events)].slice(0, found.length + MAX_EVENT_NOUNS);
  }

  /**
   * Dutch→English: the English words whose first two Dutch translations include this Dutch word or phrase (the
   * English→Dutch entries' own judgement, most precise), else nld-eng's first sense for it; then the same for the
   * word's base forms ("aandelen" → "aandeel" → "share"); a word to be looked up as written (a name) only as a plural.
   */
  dutchToEnglish(term: string, asWritten = false, split = true): string[] {
    const k = key(term);
    const word = this.dutchWord(k, asWritten);
    const agent = asWritten ? undefined : this.agentNoun([k, ...dutchBaseForms(k)]);
    const found = agent && !word.includes(agent) ? [...word, agent] : word;
    // "landingsbaan", "kernwapens": a compound nothing knows is read through its head, unless it is to be read whole.
    if (found.length > 0 || asWritten || !split || k.includes(' ')) return found;
    // "verreden" (verrijden) is no compound of "ver" and "reden": a prefixed verb's form nothing knows is its verb's.
    const verb = bareVerb(k);
    return verb ? this.dutchWord(verb, false) : this.compound(k);
  }

  /**
   * "verdedigers" → "defender": a Dutch agent noun is its verb's stem and "-er" ("verdedig-en" → "verdedig-er"), and so
   * is the English one ("defend" → "defender", "produce" → "producer", "visit" → "visitor"): the English agent noun
   * of the verb's first translations, when the shipped lexicon knows it as an English word (WordNet's, FreeDict's).
   * The lexicon may give the noun only a rarer sense ("verdediger": "advocate").
   */
  private agentNoun(forms: string[]): string | undefined {
    for (const form of forms) {
      const root = /^([a-z]{3,})er$/.exec(form)?.[1];
      if (!root) continue;
      for (const verb of this.freedictEnglish(`${root}en`).slice(0, 2)) {
        if (!/^[a-z]{3,}$/.test(verb)) continue;
        const agent = englishAgents(verb).find((n) => this.entries.has(n) || this.fallback.en.has(n));
        if (agent) return agent;
      }
    }
    return undefined;
  }

  /**
   * The reversed English→Dutch entries: Dutch word → the English words that give it first or second, four at most.
   * FreeDict lists them in key order, so "maken" read create, develop, fabricate, fare: an English word whose entry
   * gives only this word's forms ("make": maken, maakt) takes the fourth place when none is among the first three
   * ("groot": big). The first three stay: a round trip's `synonyms` and other readings rely on them ("afgelasten":
   * cancel; "groot": great), and putting every such word first lost those (and an out-of-corpus refusal).
   */
  private reversed(): Map<string, string[]> {
    if (this.reverse) return this.reverse;
    const map = byDutch(this.entries, 2);
    // A word before a phrase ("sterven": "die", "expire" before "march off"), then in key order.
    const words = (list: string[]) => [...list.filter((e) => !e.includes(' ')), ...list.filter((e) => e.includes(' '))];
    const own = (k: string, e: string) =>
      !e.includes(' ') &&
      key(this.entries.get(e)?.[0] ?? '') === k &&
      (this.entries.get(e) ?? []).every((d) => key(d) === k || dutchBaseForms(key(d)).includes(k));
    for (const [k, list] of map) {
      const sorted = words(list);
      const late = sorted.slice(0, 3).some((e) => own(k, e)) ? undefined : sorted.slice(3).find((e) => own(k, e));
      map.set(k, late ? [...sorted.slice(0, 3), late] : sorted.slice(0, 4));
    }
    this.reverse = map;
    return map;
  }

  /** `dutchToEnglish` for a word as written or through its base forms, not split as a compound. */
  private dutchWord(k: string, asWritten: boolean): string[] {
    this.reversed();
    // A name is read as written, or as a plural ("Romeinen"), never as a verb's or adjective's form ("Lode", "lood").
    const forms = [k, ...(asWritten ? dutchSingulars(k) : dutchBaseForms(k))];
    // "ontwikkelde" is "ontwikkeld" (educated) and "ontwikkelen" (develop): a word the lexicon lacks as written is read
    // through the first base form found, and the next one found adds its first sense.
    const senses: string[][] = [];
    for (const form of forms) {
      // "oorzaak": en-nl gives it only as "reason"'s second word; nld-eng's first sense adds "cause".
      // "won" → "winnen": an irregular verb's infinitive is read as its English verb first (not "earn", "excavate").
      const verb = isIrregularInfinitive(form) ? this.strongVerb(form) : undefined;
      const freedict = [...new Set([...(verb ? [verb] : []), ...this.freedictEnglish(form)])];
      const found = freedict.length > 0 ? this.withWordnet(freedict.slice(0, MAX_ENGLISH), form) : freedict;
      if (found.length > 0 && form === k)
        return [
          ...new Set([
            ...found,
            ...this.verbSense(k, asWritten),
            ...this.pluralSense(k, asWritten),
            ...this.adjectiveSense(k, asWritten),
          ]),
        ];
      if (found.length > 0) senses.push(found);
      if (senses.length === 2) break;
    }
    if (senses.length > 0) {
      const [first = [], second = []] = senses;
      return [...new Set([...first.slice(0, second.length ? MAX_ENGLISH - 1 : MAX_ENGLISH), ...second.slice(0, 1)])];
    }
    for (const form of forms) {
      // "amsterdam" → "amsterdam" adds nothing: the asked word is there already. "studenten" → "student" does.
      const found = this.fallback.nl.get(form)?.filter((e) => e !== k);
      if (found?.length) return found;
    }
    return [];
  }

  /**
   * "vluchten" is the verb (flee) as written and the plural of "vlucht" (flight): a word the lexicon knows that is also
   * a noun's plural gives that noun's first sense too. An irregular verb's form ("komen", "vallen") is left a verb.
   */
  private pluralSense(k: string, asWritten: boolean): string[] {
    if (asWritten || pack('nl').irregularVerbs?.forms.has(k)) return [];
    for (const singular of dutchSingulars(k)) {
      const english = [...this.freedictEnglish(singular), ...(this.fallback.nl.get(singular) ?? [])];
      if (english.length > 0) return english.slice(0, 1);
    }
    return [];
  }

  /**
   * "bekende" is "acquaintance" as written and the inflected adjective "bekend" (known): a word the lexicon knows that
   * is also an adjective's inflection in "-e" gives that adjective's first sense ("grote" of "groot", "rechte" of
   * "recht"). An irregular verb's form is left a verb.
   */
  private adjectiveSense(k: string, asWritten: boolean): string[] {
    if (asWritten || !k.endsWith('e') || pack('nl').irregularVerbs?.forms.has(k)) return [];
    const stem = k.slice(0, -1);
    for (const base of [...stemSingulars(stem), stem]) {
      if (base.length < 3 || base === k) continue;
      const english = this.freedictEnglish(base);
      if (english.length > 0) return english.slice(0, 1);
    }
    return [];
  }

  /**
   * A compound no entry knows, split at its longest tail the lexicon knows (at least COMPOUND_HEAD letters) after a
   * modifier it knows too (in either language), without a linking "s", "e" or "en": "landingsbaan" → "baan",
   * "kernwapens" → "wapens". Its head's translations and its modifier's first. A separable particle before a verb
   * ("voorgesteld") makes no compound, nor does a stop word ("zichzelf"). A modifier that is itself a compound gives
   * its own head's and modifier's first senses ("drakenbloedboom": tree, blood, dragon), one level deep.
   */
  private compound(k: string, nested = false): string[] {
    if (/[^a-z]/.test(k)) return [];
    const { separableParticles: particles = new Set<string>(), stopwords } = pack('nl');
    const word = (w: string) => !particles.has(w) && !stopwords.has(w);
    for (let i = COMPOUND_MODIFIER; i <= k.length - COMPOUND_HEAD; i++) {
      const left = k.slice(0, i);
      if (!word(left)) continue;
      const head = this.compoundHead(k.slice(i));
      if (head.length === 0) continue;
      const modifiers = [left, left.replace(/(?:s|en|e)$/, '')].filter((m) => m.length >= COMPOUND_MODIFIER && word(m));
      const modifier = modifiers.map((m) => this.modifierSenses(m, nested)).find((w) => w.length > 0);
      if (modifier) return [...new Set([...head.slice(0, MAX_ENGLISH - 1), ...modifier])];
    }
    return [];
  }

  /**
   * A compound's head: a noun known as written or as a plural ("wapens" → "wapen"), no stop word; an inflected verb or
   * adjective's ending is none ("evolutionaire" is no compound of "air"). A loan the Dutch side lacks but English
   * writes the same is itself ("lantaarnfestival": festival).
   */
  private compoundHead(tail: string): string[] {
    const { stopwords } = pack('nl');
    for (const form of [tail, ...dutchSingulars(tail)]) {
      if (stopwords.has(form)) return [];
      const found = this.dutchWord(form, true);
      if (found.length > 0) return found;
    }
    return this.isLoan(tail) ? [tail] : [];
  }

  /**
   * A compound's modifier's first sense: "kern" → "core"; a loan written as the English word is itself ("opera"); a
   * compound of two known words, unless this one is already inside a compound, its parts' first senses.
   */
  private modifierSenses(m: string, nested: boolean): string[] {
    const english = this.dutchWord(m, false)[0];
    if (english) return [english];
    if (this.isLoan(m)) return [m];
    const parts = nested ? [] : this.compound(m, true);
    return parts.length > 0 ? [...new Set([parts[0]!, parts.at(-1)!])] : [];
  }

  /** A word English writes the same: a key of either English table, or a word the lexicon marks as the same. */
  private isLoan(w: string): boolean {
    return this.entries.has(w) || this.same.has(w) || this.fallback.en.has(w) || this.fallback.nl.has(w);
  }

  /**
   * "overleden" is "dead" as written and a form of "overlijden" (die): a form of an irregular verb the lexicon knows as
   * a word of its own also gives its verb's first sense.
   */
  private verbSense(k: string, asWritten: boolean): string[] {
    const infinitive = asWritten ? undefined : otherForms(k)[0];
    if (!infinitive || infinitive === k) return [];
    const verb = this.strongVerb(infinitive);
    return verb ? [verb] : [];
  }

  /**
   * The English verb for a Dutch irregular verb's infinitive. FreeDict lists a Dutch word's English words in key order
   * ("schrijven": compose, letter, write), and may give the verb only as a later translation ("sit": broeden, broeden
   * op, zitten). Of FreeDict's English for it and the English words listing it at all: an English irregular verb whose
   * own entry gives it first ("win", not "excavate"; Dutch strong verbs are mostly English strong ones), else any
   * English irregular verb ("zitten": "sit"), else any word whose entry gives it first, else FreeDict's first.
   */
  private strongVerb(infinitive: string): string | undefined {
    const freedict = this.freedictEnglish(infinitive);
    const listing = this.listing().get(infinitive) ?? [];
    const words = [...new Set([...freedict, ...listing])].filter((e) => !e.includes(' '));
    const first = (e: string) => key(this.entries.get(e)?.[0] ?? '') === infinitive;
    const strong = (e: string) => pack('en').irregularVerbs?.forms.get(e)?.[0] === e;
    return words.find((e) => first(e) && strong(e)) ?? words.find(strong) ?? words.find(first) ?? freedict[0];
  }

  /** Dutch word → the English words whose entries list it anywhere, in key order. */
  private listing(): Map<string, string[]> {
    this.listed ??= byDutch(this.entries);
    return this.listed;
  }

  /** FreeDict's English for a Dutch form: the reversed English→Dutch entries', then nld-eng's first sense. */
  private freedictEnglish(form: string): string[] {
    return [...new Set([...(this.reversed().get(form) ?? []), ...(this.dutch.get(form) ?? [])])];
  }

  /**
   * FreeDict's English for a Dutch word, then WordNet's first senses it lacks when FreeDict gives only one or two: that
   * may be a rare sense ("hoogleraar": "academic", WordNet "professor"; "beroep": "appeal", WordNet "profession").
   * When FreeDict gives more, WordNet's first sense still joins them: nld-eng's first sense of "goed" is "clothes,
   * clothing, estate", of "weer" "afresh, anew, defence".
   */
  private withWordnet(english: string[], form: string): string[] {
    if (english.length >= WORDNET_BELOW) {
      const first = this.fallback.nl.get(form)?.[0];
      return first && !english.includes(first) ? [...english, first] : english;
    }
    const more = (this.fallback.nl.get(form) ?? []).filter((e) => !english.includes(e)).slice(0, WORDNET_EXTRA);
    return [...english, ...more];
  }

  /** Translations of one word or phrase between the lexicon's two languages (en, nl), best first; [] when unknown. */
  translateTerm(term: string, from: string, to: string, { asWritten = false, split = true } = {}): string[] {
    if (from === 'en' && to === 'nl') return this.englishToDutch(term);
    if (from === 'nl' && to === 'en') return this.dutchToEnglish(term, asWritten, split);
    return [];
  }

  /**
   * Translations for a tokenised query: at each position a three- or two-word phrase first ("south african",
   * "satellite images"), then the single word. Words inside a translated phrase are not translated again; words the
   * lexicon does not know are left out. Each source appears once.
   */
  translateQuery(
    tokens: string[],
    from = 'en',
    to = 'nl',
    names: ReadonlySet<string> = new Set(),
  ): { source: string; targets: string[] }[] {
    const words = tokens.map(key).filter(Boolean);
    const out: { source: string; targets: string[] }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; ) {
      let step = 1;
      for (const n of [3, 2, 1]) {
        if (i + n > words.length) continue;
        const source = words.slice(i, i + n).join(' ');
        // A name is looked up as written: "Lode" is no form of "lood" (lead).
        const targets = this.translateTerm(source, from, to, { asWritten: n === 1 && names.has(source) });
        if (targets.length === 0) continue;
        if (!seen.has(source)) {
          seen.add(source);
          out.push({ source, targets });
        }
        step = n;
        break;
      }
      i += step;
    }
    return out;
  }

  private wordsWithStem(stem: string, lang: string): string[] {
    let map = this.byStem.get(lang);
    if (!map) {
      const built = new Map<string, string[]>();
      const add = (w: string) => {
        if (w.includes(' ')) return;
        const s = pack(lang).stem(w);
        const list = built.get(s) ?? [];
        if (!list.includes(w)) list.push(w);
        built.set(s, list);
      };
      for (const [en, dutch] of this.entries) {
        if (lang === 'en') add(en);
        else for (const d of dutch.slice(0, 2)) add(key(d));
      }
      this.byStem.set(lang, built);
      map = built;
    }
    return map.get(stem) ?? [];
  }

  /**
   * Stems of words of the same language that mean the same, found by a round trip through the bilingual lexicon, on
   * stems so that any form of the word finds them: "veroverde" → captured → veroverd, bezet; "bezoekers" → visitors
   * → toeschouwers, gasten. Only a word's first translations are followed, so the trip stays close to its main sense.
   */
  synonyms(word: string, lang: string, { ownSense = false } = {}): string[] {
    const other = lang === 'nl' ? 'en' : lang === 'en' ? 'nl' : undefined;
    // "eerste" → "prime" → "priemgetal", "second" → "seconde": an ordinal's translations' other senses are no synonyms.
    if (!other || word.includes(' ') || Object.hasOwn(pack(lang).time.ordinals, key(word))) return [];
    const own = pack(lang).stem(key(word));
    const out = new Set<string>();
    const stemmed = this.wordsWithStem(own, lang).slice(0, 4);
    // `ownSense`: through the asked word itself, or its base form, when the lexicon has it; another word of its stem
    // has senses of its own ("meeting" a contest, "examination" an exam, for "meet" and "examine").
    const asked = new Set([key(word), ...baseFormsOf(word, lang)]);
    const written = ownSense ? stemmed.filter((w) => asked.has(w)) : [];
    for (const w of written.length > 0 ? written : stemmed)
      for (const t of this.translateTerm(w, lang, other).slice(0, 2))
        for (const back of this.translateTerm(t, other, lang).slice(0, 3))
          if (!back.includes(' ')) out.add(pack(lang).stem(key(back)));
    out.delete(own);
    return [...out];
  }

  /**
   * Phrases of two or more words, in either language, whose initials spell `letters`: what an acronym may stand for
   * ("us" → "united states", "vs" → "verenigde staten", "eu" → "european union").
   */
  phrasesWithInitials(letters: string): string[] {
    if (!this.byInitials) {
      const map = new Map<string, string[]>();
      const add = (phrase: string) => {
        const parts = key(phrase).split(' ');
        if (parts.length < 2) return;
        const initials = parts.map((p) => p[0]).join('');
        const list = map.get(initials) ?? [];
        if (!list.includes(key(phrase))) list.push(key(phrase));
        map.set(initials, list);
      };
      for (const [en, dutch] of this.entries) {
        add(en);
        for (const d of dutch) add(d);
      }
      this.byInitials = map;
    }
    return [...(this.byInitials.get(key(letters)) ?? [])];
  }

  /**
   * Whether a folded word is a dictionary word of the language: for Dutch one of the Dutch translations, for English
   * one of the keys. A correctly spelt word is never "corrected" into another one the articles use.
   */
  isDictionaryWord(word: string, lang: string): boolean {
    const k = key(word);
    // "gevonden", "told": a form of a verb in the pack's table of irregular verbs is a word, not a typo of another.
    if (pack(lang).irregularVerbs?.forms.has(k) || this.same.has(k)) return true;
    // "books" is a word because "book" is: inflected forms are not keys of their own.
    if (lang === 'en') return [k, ...baseForms(k)].some((b) => this.entries.has(b) || this.fallback.en.has(b));
    if (!this.vocabulary) {
      const vocabulary = new Set<string>();
      for (const dutch of this.entries.values())
        for (const d of dutch) if (!key(d).includes(' ')) vocabulary.add(key(d)).add(pack('nl').stem(key(d)));
      this.vocabulary = vocabulary;
    }
    // "staken" (to strike): a word nld-eng translates, as written or through its base form, is a word too.
    // Not through a compound's split: "vluchtelingenkamp" mistyped may still split into two words.
    return this.vocabulary.has(k) || this.vocabulary.has(pack('nl').stem(k)) || this.dutchWord(k, false).length > 0;
  }
}

/** English translations of a Dutch word kept, the lexicon's own first. */
const MAX_ENGLISH = 4;
/** WordNet senses added after FreeDict's, when FreeDict gives fewer than WORDNET_BELOW ("bron": no "informant"). */
const WORDNET_EXTRA = 2;
/** The Dutch nouns of a verb's event an English verb adds, after its own words. */
const MAX_EVENT_NOUNS = 2;
/** A Dutch noun of an event: "overwinning", "arrestatie", "begrafenis". */
const DUTCH_EVENT_NOUN = /^[a-zà-ÿ]{3,}(?:ing|tie|sie|nis)$/;
const WORDNET_BELOW = 3;
/** A compound's head, split off for its translation, is this long at least; its modifier COMPOUND_MODIFIER. */
const COMPOUND_HEAD = 4;
const COMPOUND_MODIFIER = 3;

const V = '[aeiou]';
const C = '[b-df-hj-np-tv-z]';
/** "bedd" (of "bedden"): a doubled consonant the plural added. */
const DOUBLED = new RegExp(`(${C})\\1$`);
/** "aandel", "ban": an open syllable's single vowel, written twice in the singular ("aandeel", "baan"). */
const OPEN = new RegExp(`(?:^|${C})(${V})(${C})$`);
/** "maak" (of "maakt"): a long vowel written twice, once before the infinitive's "-en" ("maken"). */
const LONG = new RegExp(`(${V})\\1(${C})$`);
/** "werkt", "werkte", "gewerkt": a regular verb's stem before its ending. */
const REGULAR_VERB = /^(?:ge)?(.{3,}?)(?:t|de|te|den|ten|d)$/;

/**
 * Dutch word → the English words whose entries give it among their first `depth` translations (all when undefined),
 * in the entries' key order, each once.
 */
function byDutch(entries: ReadonlyMap<string, readonly string[]>, depth?: number): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [en, dutch] of entries)
    for (const d of dutch.slice(0, depth)) {
      const list = map.get(key(d)) ?? [];
      if (!list.includes(en)) list.push(en);
      map.set(key(d), list);
    }
  return map;
}

/** The other forms of a Dutch irregular verb a word is a form of, its infinitive first unless it is that. */
function otherForms(k: string): string[] {
  const verbs = pack('nl').irregularVerbs;
  return verbs ? formsOfVerb(k, verbs, pack('nl').verbForms?.participle) : [];
}

/**
 * "verreden" → "rijden": the infinitive, without its prefix, of the irregular verb a prefixed form is a form of
 * (as `prefixedVerb` reads it: "ver" + "reden", "ont" + "worpen"); undefined for any other word.
 */
function bareVerb(k: string): string | undefined {
  const verbs = pack('nl').irregularVerbs;
  if (!verbs || verbs.forms.has(k)) return undefined;
  return prefixedVerb(k, verbs, pack('nl').verbForms?.participle)?.rest[0];
}

/** "winnen", "ontwerpen": the infinitive of an irregular verb (its first other form has it as its own first). */
function isIrregularInfinitive(k: string): boolean {
  const first = otherForms(k)[0];
  return first !== undefined && otherForms(first)[0] === k;
}

/**
 * Base forms to try for a Dutch word the lexicon lacks as written: plurals ("banen" → "baan", "aandelen" →
 * "aandeel", "bedden" → "bed", "huizen" → "huis", "auto's" → "auto"), inflected adjectives ("grote" → "groot") and
 * regular verb forms ("werkt", "werkte", "gewerkt" → "werken"); an irregular verb's forms give its infinitive.
 */
function dutchBaseForms(k: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (/^[a-z]{2,}$/.test(s) && !out.includes(s)) out.push(s);
  };
  // The singular of a stem whose plural or inflection added "-en" or "-e", or the stem as it is.
  const singular = (s: string) => {
    for (const f of stemSingulars(s)) add(f);
    add(s);
  };
  // "stierf" of "sterven", "overleed" of "overlijden": a prefixed irregular verb too.
  const verbs = pack('nl').irregularVerbs;
  const irregular = verbs ? formsOfVerb(k, verbs, pack('nl').verbForms?.participle)[0] : undefined;
  if (irregular && irregular !== k) add(irregular);
  for (const f of markedSingulars(k)) add(f);
  if (k.endsWith('en')) {
    singular(k.slice(0, -2));
    // "verpleegkundigen" of "verpleegkundige", "gewonden" of "gewonde": a noun in "-e" takes only "-n".
    add(k.slice(0, -1));
  }
  if (k.endsWith('s') && k.length > 4) add(k.slice(0, -1));
  if (k.endsWith('e')) singular(k.slice(0, -1));
  // "grotere", "groter" of "groot", "nieuwste" of "nieuw": an adjective's degree, its base written as the singular.
  const degree = /^(.{3,}?)(?:ere?|ste?)$/.exec(k)?.[1];
  if (degree) singular(degree);
  // "afgelast" of "afgelasten", "verbrand" of "verbranden": a stem that ends in the participle's t or d.
  if (/[td]$/.test(k)) add(`${k}en`);
  // "teruggeroepen" of "terugroepen": a separable particle keeps the participle's "ge" after it.
  const particle = [...(pack('nl').separableParticles ?? [])].find(
    (p) => k.startsWith(`${p}ge`) && k.length > p.length + 4,
  );
  const unparted = particle ? particle + k.slice(particle.length + 2) : undefined;
  // Its t or d is the stem's own ("omgeleid": "omleiden") or the participle's ending ("aangekondigd": "aankondigen").
  if (unparted && /[td]$/.test(unparted)) for (const v of [unparted, unparted.slice(0, -1)]) add(`${v}en`);
  else if (unparted) add(unparted);
  // "draaiende", "lopend": a present participle is its infinitive and "-d(e)".
  const infinitive = /^([a-z]{3,}en)de?$/.exec(k)?.[1];
  if (infinitive) add(infinitive);
  const stem = REGULAR_VERB.exec(k)?.[1];
  // "gereisd" of "reizen", "geleefd" of "leven": the stem writes unvoiced the z or v the infinitive has.
  for (const s of stem ? new Set([stem, stem.replace(/s$/, 'z').replace(/f$/, 'v')]) : []) {
    // "telt" is "tellen" (count) before "telen" (breed): a short vowel's stem doubles its consonant before "-en", the
    // long vowel's stem is written "teel" ("teelt"). Unstressed, it does not ("verdedigt": "verdedigen").
    if (OPEN.test(s)) add(`${s.replace(/(.)$/, '$1$1')}en`);
    add(`${s}en`);
    if (LONG.test(s)) add(`${s.replace(LONG, '$1$2')}en`);
  }
  return out;
}

/**
 * The singulars a Dutch plural may have: "vluchten" → "vlucht", "banen" → "baan", "bedden" → "bed", "huizen" → "huis",
 * "eenheden" → "eenheid", "kamers" → "kamer", "auto's" → "auto" ("-s" only after "-el", "-em", "-en", "-er", "-je").
 */
export function dutchSingulars(k: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (/^[a-z]{2,}$/.test(s) && s !== k && !out.includes(s)) out.push(s);
  };
  for (const f of markedSingulars(k)) add(f);
  if (/(?:el|em|en|er|je)s$/.test(k)) add(k.slice(0, -1));
  if (k.endsWith('en') && k.length > 4) {
    for (const f of stemSingulars(k.slice(0, -2))) add(f);
    add(k.slice(0, -1));
  }
  return out;
}

/**
 * Singulars a plural's form marks on its own: "kinderen" of "kind", "schepen" of "schip" (no ending makes them),
 * "eenheden" of "eenheid" (a noun in "-heid" makes its plural in "-heden"), "auto's" of "auto".
 */
function markedSingulars(k: string): string[] {
  const out: string[] = [];
  const plural = NL_IRREGULAR_PLURALS.get(k);
  if (plural) out.push(plural);
  if (k.endsWith('heden')) out.push(`${k.slice(0, -5)}heid`);
  if (k.endsWith("'s")) out.push(k.slice(0, -2));
  return out;
}

/**
 * The singulars of a stem whose plural or inflection added "-en" or "-e": a doubled consonant single ("bedd" → "bed"),
 * an open syllable's vowel doubled ("ban" → "baan"), a voiced end unvoiced ("huiz" → "huis", "brieven" → "brief").
 */
function stemSingulars(s: string): string[] {
  const voiced = s.replace(/v$/, 'f').replace(/z$/, 's');
  const out: string[] = [];
  if (DOUBLED.test(s)) out.push(s.slice(0, -1));
  if (OPEN.test(voiced)) out.push(voiced.replace(OPEN, (m, v: string, c: string) => `${m.slice(0, -2)}${v}${v}${c}`));
  out.push(voiced);
  return out;
}

/** Base forms of a word the lexicon's tables make ("studenten" → "student", "wagons" → "wagon"), itself excluded. */
export function baseFormsOf(word: string, lang: string): string[] {
  const k = key(word);
  const forms = lang === 'nl' ? dutchBaseForms(k) : lang === 'en' ? baseForms(k) : [];
  return forms.filter((f) => f !== k);
}

/** The shipped lexicon's lookups, for callers without a corpus (see `Lexicon`). */
export function englishToDutch(term: string): string[] {
  return baseLexicon().englishToDutch(term);
}

export function translateTerm(
  term: string,
  from: string,
  to: string,
  opts: { asWritten?: boolean; split?: boolean } = {},
): string[] {
  return baseLexicon().translateTerm(term, from, to, opts);
}

export function translateQuery(
  tokens: string[],
  from = 'en',
  to = 'nl',
  names: ReadonlySet<string> = new Set(),
): { source: string; targets: string[] }[] {
  return baseLexicon().translateQuery(tokens, from, to, names);
}

/** Number of English words and phrases in the shipped lexicon. */
export function lexiconSize(): number {
  return baseLexicon().size;
}

export function isDictionaryWord(word: string, lang: string): boolean {
  return baseLexicon().isDictionaryWord(word, lang);
}
