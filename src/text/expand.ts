import { PACKS, pack } from '../lang/index.js';
import { baseFormsOf, baseLexicon, type Lexicon } from '../lang/lexicon.js';
import { loanForms } from '../lang/loans.js';
import { isStopword, type Lang, letterLabels, stem, words } from './analyze.js';
import { countryNames } from './countries.js';

export interface WeightedTerm {
  /** A folded word (not stemmed: matching stems it once per corpus language, see `queryStems`). */
  term: string;
  weight: number;
  /** The asker's word this term stands for (itself, or the word it translates). */
  group: string;
}

/** `labels`: a capital letter standing alone is a word ("between B and C"). */
interface ExpandOptions {
  cognates?: boolean;
  lexicon?: Lexicon;
  labels?: boolean;
}

/** How much a dictionary translation counts next to a word the asker typed. */
export const TRANSLATION_WEIGHT = 0.7;

/**
 * A question's content words plus, for each language of the articles other than the question's, their translations
 * from the shipped bilingual lexicon. Translations weigh less than the asker's own words, which still match names,
 * numbers and cognates. Articles in the asker's language are never matched through translations: round trips through
 * a dictionary only add noise ("element" → "punt" → a football punt).
 */
export function expandQuery(
  question: string,
  lang: Lang,
  targets: readonly Lang[] = otherLanguages(lang),
  { cognates = false, lexicon = baseLexicon(), labels = false }: ExpandOptions = {},
): WeightedTerm[] {
  const tokens = words(question);
  const stop = (w: string) => isStopword(w, lang) || formOfStopVerb(w, lang);
  const letters = new Set(labels ? letterLabels(question, lang) : []);
  const content = tokens.filter((w) => !stop(w) && (w.length > 1 || /\d/.test(w) || letters.has(w)));
  const out: WeightedTerm[] = content.map((term) => ({ term, weight: 1, group: term }));
  // Capitalised inside the question: names, translated only as written.
  const names = new Set([...question.matchAll(/(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{L}'-]*/gu)].flatMap((m) => words(m[0])));
  for (const to of targets) {
    if (to === lang) continue;
    // Compass words are stop words in some lists but half of a name ("South Africa").
    const translatable = tokens.filter((w) => !stop(w) || /^(?:north|south|east|west)$/.test(w));
    const translated = lexicon.translateQuery(translatable, lang, to, names);
    // "podcasts", "smartphones": a word the lexicon lacks may be the same word there, in its base form. Only
    // for the articles' languages: the embedder's other languages would only blur the query.
    const said = new Set(translated.flatMap((t) => t.source.split(/\s+/)));
    const untranslated = cognates ? content.filter((x) => !said.has(x) && !names.has(x) && !/\d/.test(x)) : [];
    for (const w of untranslated)
      for (const base of baseFormsOf(w, lang)) out.push({ term: base, weight: TRANSLATION_WEIGHT / 2, group: w });
    for (const { source, targets: translations } of translated) {
      const share = Math.max(TRANSLATION_WEIGHT / Math.max(1, translations.length), 0.35);
      const groups = source.split(/\s+/).filter((g) => content.includes(g));
      if (groups.length === 0) continue;
      const contentOf = (t: string) => words(t).filter((w) => !isStopword(w, to));
      // A name is no phrase whose words each stand for it: "Amsterdam" → "Groot-Mokum" would let "groot" say it, the
      // ship "Gannet" → "jan-van-gent" (the bird) any "Jan".
      const name = names.has(source);
      for (const t of translations) {
        const ws = contentOf(t);
        if (name && ws.length > 1) continue;
        // "West German" → "West-Duits": word for word when the counts agree, so "west" is not met by "Duits".
        const aligned = ws.length === groups.length && groups.length === source.split(/\s+/).length;
        ws.forEach((w, i) => {
          // The phrase's weight stays what it was: each word counts once per word of the phrase.
          if (aligned) out.push({ term: w, weight: share * groups.length, group: groups[i]! });
          else for (const group of groups) out.push({ term: w, weight: share, group });
        });
      }
    }
    if (cognates) out.push(...borrowed(content, names, lang, to, lexicon, out));
    out.push(...superlatives(content, lang, to, lexicon));
  }
  // "USA" over "the US", "VS" (→ "usa") over "the U.S.": a country's other one-word names count as the name does.
  for (const t of [...out])
    if (names.has(t.group))
      for (const term of countryNames(t.term))
        if (!out.some((x) => x.term === term && x.group === t.group)) out.push({ ...t, term });
  return out;
}

/**
 * "grootste" → "groot" → "large" → "largest": a superlative's translations as the other language's superlatives. The
 * dictionary lists adjectives in their base form, and no stemmer joins "largest" to "large".
 */
function superlatives(content: readonly string[], from: Lang, to: Lang, lexicon: Lexicon): WeightedTerm[] {
  const own = pack(from).superlative;
  const other = pack(to).superlative;
  if (!own || !other) return [];
  const out: WeightedTerm[] = [];
  for (const w of content)
    for (const base of own.basesOf(w)) {
      if (isStopword(base, from)) continue;
      for (const t of lexicon.translateTerm(base, from, to))
        for (const term of other.of(t))
          if (!out.some((x) => x.term === term && x.group === w))
            out.push({ term, weight: TRANSLATION_WEIGHT / 2, group: w });
    }
  return out;
}

/**
 * "concession" → "concessie", "historisch" → "historical": each content word as the other language writes it when it
 * borrowed the word too, unless the lexicon knows that form as something else ("directie" is management, not
 * "direction": no translation of it opens as the word does).
 */
function borrowed(
  content: readonly string[],
  names: ReadonlySet<string>,
  from: Lang,
  to: Lang,
  lexicon: Lexicon,
  have: readonly WeightedTerm[],
): WeightedTerm[] {
  const out: WeightedTerm[] = [];
  for (const w of content) {
    if (names.has(w) || /\d/.test(w)) continue;
    for (const loan of new Set([w, ...baseFormsOf(w, from)].flatMap((b) => loanForms(b, from, to)))) {
      // Known whole: a loan is no compound of the words it happens to end in ("trans" + "missie").
      const known = lexicon.translateTerm(loan, to, from, { split: false });
      if (known.length > 0 && !known.some((t) => t.slice(0, 4) === w.slice(0, 4))) continue;
      if (have.some((t) => t.group === w && t.term === loan)) continue;
      out.push({ term: loan, weight: TRANSLATION_WEIGHT / 2, group: w });
    }
  }
  return out;
}

/**
 * A form of a verb the stop word list holds in its infinitive: "doet", "deed", "gedaan" of "doen"; "told" of "tell".
 * Lists name a light verb once; "Wat doet men op …" asks nothing with "doet".
 */
function formOfStopVerb(w: string, lang: Lang): boolean {
  const forms = pack(lang).irregularVerbs?.forms.get(w);
  return !!forms?.[0] && isStopword(forms[0], lang);
}

function otherLanguages(lang: Lang): Lang[] {
  return PACKS.map((p) => p.code).filter((c) => c !== lang);
}

/** The asker's content words, each with every form (own word, translations) that counts as matching it. */
export function termGroups(terms: WeightedTerm[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const t of terms) {
    let g = groups.get(t.group);
    if (!g) {
      g = new Set();
      groups.set(t.group, g);
    }
    for (const s of queryStems(t.term)) g.add(s);
  }
  return groups;
}

/**
 * A question's words are stemmed by every pack: articles may be in any of the languages, so an English question's
 * names and cognates must meet Dutch stems ("Jansen" → "jans") while English stems serve English articles.
 */
export function queryStems(term: string): string[] {
  return [...new Set(PACKS.map((p) => stem(term, p.code)))];
}
