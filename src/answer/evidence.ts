import { isDictionaryWord } from '../lang/lexicon.js';
import { fold, stem } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import { keyedMemo } from './memo.js';
import type { Group, Question } from './question.js';

export interface Match {
  /** Share of the question's weighted words the unit contains, with half credit for its paragraph's words. */
  coverage: number;
  /** The same share counting only the unit's own words: what the decision to answer rests on. */
  strict: number;
  /**
   * Strict share of what the question asks beyond the names it mentions ("Where was Luther born?": "born"), among the
   * words the articles use somewhere. A name alone does not answer a question; 1 when nothing is left to check.
   */
  content: number;
  /** The same share over all the question's words beyond names, those the articles never use included. */
  allContent: number;
  /** Groups found in the unit's own words. */
  matched: Set<string>;
  /** Groups found only in its paragraph. */
  near: Set<string>;
}

/** A question word found elsewhere in the unit's paragraph counts this much. */
const CONTEXT_CREDIT = 0.5;
/** A synonym of the asker's word ("bezoekers" for "toeschouwers") counts this much. */
const SYNONYM_CREDIT = 0.8;
/** An unwritten compound's modifier without its head ("hond" for "hondenren") counts this much. */
const MODIFIER_CREDIT = 0.5;
/** A word found inside a longer compound ("veroverd" in "terugveroverd") counts this much. */
const COMPOUND_CREDIT = 0.7;
/** A question word inside a compound of the unit's context ("wrak" in the title "Wrakkenwet") counts this much. */
const CONTEXT_COMPOUND = CONTEXT_CREDIT * COMPOUND_CREDIT;

/**
 * How much of the question a unit (a sentence or a pair) covers. Each of the asker's words is one group, satisfied by
 * any of its forms in the unit's language; a group weighs the IDF of its most common form, so questions about
 * things the articles never mention score low.
 */
export function match(
  q: Question,
  stems: Set<string>,
  lang: string,
  compounds: boolean,
  context?: Set<string>,
  title?: TitleContext,
): Match {
  let total = 0;
  let got = 0;
  let own = 0;
  let contentTotal = 0;
  let contentGot = 0;
  let allTotal = 0;
  let allGot = 0;
  const matched = new Set<string>();
  const near = new Set<string>();
  const joined = compounds ? joinedPairs(q, stems, lang) : undefined;
  // A short word translated ("kost" of "cost") is too uncertain to be read as a compound's head.
  const asked = q.lang === lang;
  for (const g of q.groups) {
    const forms = g.forms.get(lang) ?? g.forms.values().next().value ?? new Set<string>();
    let hit = joined?.has(g) ? 1 : 0;
    let inUnit = hit > 0;
    for (const f of hit > 0 ? [] : forms) {
      if (stems.has(f)) {
        [hit, inUnit] = [1, true];
        break;
      }
      if (
        hit < COMPOUND_CREDIT &&
        (compounds ? inCompound(f, stems, asked) : f.length >= 5 && closedCompound(f, stems, lang))
      )
        [hit, inUnit] = [COMPOUND_CREDIT, true];
      else if (hit < CONTEXT_CREDIT && context?.has(f)) hit = CONTEXT_CREDIT;
    }
    if (hit < CONTEXT_COMPOUND && compounds && title && inTitleOnly(forms, title, asked ? g.id : undefined))
      hit = CONTEXT_COMPOUND;
    if (hit < CONTEXT_CREDIT && title?.names?.has(g.id)) hit = CONTEXT_CREDIT;
    const soft = !inUnit || hit < SYNONYM_CREDIT ? softCredit(g, stems, lang) : 0;
    if (soft > hit || (soft > 0 && !inUnit)) [hit, inUnit] = [Math.max(soft, hit), true];
    total += g.weight;
    const isContent = !g.name && !q.speakers.includes(g);
    if (isContent) allTotal += g.weight;
    if (isContent && g.known) contentTotal += g.weight;
    if (hit === 0) continue;
    got += g.weight * hit;
    if (inUnit) {
      own += g.weight * hit;
      matched.add(g.id);
      if (isContent) allGot += g.weight * hit;
      if (isContent && g.known) contentGot += g.weight * hit;
    } else near.add(g.id);
  }
  return {
    coverage: total > 0 ? got / total : 0,
    strict: total > 0 ? own / total : 0,
    content: contentTotal > 0 ? contentGot / contentTotal : 1,
    allContent: allTotal > 0 ? allGot / allTotal : 1,
    matched,
    near,
  };
}

/** The best credit a unit's stems earn through a group's soft forms: a compound's modifier alone earns less. */
function softCredit(g: Group, stems: Set<string>, lang: string): number {
  let best = 0;
  for (const f of g.soft.get(lang) ?? []) {
    if (!stems.has(f)) continue;
    if (!g.modifiers?.has(f)) return SYNONYM_CREDIT;
    best = MODIFIER_CREDIT;
  }
  return best;
}

/** An article's title, for the words only it says, and the stems of its body. */
export interface TitleContext {
  stems: Set<string>;
  body: Set<string>;
  lang: string;
  /** The question's groups this title alone says (`titleNamed`): the unit's context says them. */
  names?: ReadonlySet<string>;
}

/**
 * The title says the word inside one of its compounds and the body never writes it: the topic of a statute whose
 * provisions say "het vaartuig" under the title "Wrakkenwet". The word as asked too: "minimumjeugdloon" stems to
 * "minimumjeugdlon", not so inside "Besluit minimumjeugdloonregeling". A word the body writes is the body's to say.
 */
function inTitleOnly(forms: Set<string>, title: TitleContext, asked: string | undefined): boolean {
  // The title's few stems first: the body's are only read (and made) for a word inside one of its compounds.
  if (![...forms, ...(asked ? [asked] : [])].some((f) => inContextCompound(f, title.stems, title.lang))) return false;
  return ![...forms].some((f) => title.body.has(f));
}

/** The unit says the group, in its own words or its context's (paragraph, title). */
export function saysGroup(m: Match, id: string): boolean {
  return m.matched.has(id) || m.near.has(id);
}

/**
 * Whether the unit or its context (paragraph, title) names one of the question's names: any of its alternatives, every
 * written word of that alternative ("Zuid-Holland" needs both).
 */
export function namesRun(m: Match, run: readonly string[][]): boolean {
  return run.some((alt) => alt.every((id) => saysGroup(m, id)));
}

/** Letters a compound may put between its parts: "zwem-vereniging", "stad-s-raad", "boek-en-kast". */
const LINK = /^(?:|s|e|en|n)$/;
/** The shortest part a two-word compound is read from. */
const PART = 3;

/** Per question and language: each group's forms long enough to be a compound's part. */
const parts = keyedMemo<Question, { g: Group; forms: string[] }[]>();

function partsOf(q: Question, lang: string): { g: Group; forms: string[] }[] {
  return parts(q, lang, () =>
    q.groups.map((g) => ({ g, forms: [...(g.forms.get(lang) ?? [])].filter((f) => f.length >= PART) })),
  );
}

/**
 * "swimming club" in a unit's "zwemvereniging": two of the question's words that make one of the unit's compounds,
 * the first opening it and the second closing it, are both said (however short the first: "zwem").
 */
function joinedPairs(q: Question, stems: Set<string>, lang: string): Set<Group> | undefined {
  if (q.groups.length < 2) return undefined;
  let out: Set<Group> | undefined;
  const parts = partsOf(q, lang);
  for (const s of stems) {
    if (s.length < 2 * PART + 1) continue;
    for (const head of parts)
      for (const a of head.forms) {
        if (!s.startsWith(a)) continue;
        for (const tail of parts) {
          if (tail === head) continue;
          const b = tail.forms.find((f) => s.endsWith(f) && LINK.test(s.slice(a.length, s.length - f.length)));
          if (b === undefined) continue;
          out ??= new Set();
          out.add(head.g).add(tail.g);
        }
      }
  }
  return out;
}

/** A compound's head shorter than this ("blad" in "personeelsblad") counts only at its end, after a word as long. */
const SHORT_HEAD = 5;

/**
 * Dutch glues words together; a question word inside a unit's compound word still says something. A short one
 * counts as the compound's head only ("blad" in "personeelsblad", not in "bladzijde").
 */
function inCompound(form: string, stems: Set<string>, short: boolean): boolean {
  for (const s of stems) {
    if (form.length >= SHORT_HEAD ? s.length > form.length && s.includes(form) : short && headOf(form, s)) return true;
  }
  return false;
}

/**
 * A question word inside a compound of the unit's context: the title "Wrakkenwet" over provisions that say "vaartuig",
 * "Besluit minimumjeugdloonregeling" over ones that say "minimumloon". A short word counts as the compound's head, or
 * as its opening when a dictionary word follows it, after a linking "s"/"en" and a doubled consonant ("wrak-k-en-wet").
 */
export function inContextCompound(form: string, context: Set<string>, lang: string): boolean {
  if (form.length < OPENING) return false;
  for (const s of context) {
    if (s.length <= form.length) continue;
    if (form.length >= SHORT_HEAD ? s.includes(form) : headOf(form, s)) return true;
    if (s.startsWith(form) && opensCompound(s.slice(form.length), form, lang)) return true;
  }
  return false;
}

/** The rest of a compound after its first word is a dictionary word, past a doubled consonant and a link "s"/"en". */
export function opensCompound(rest: string, form: string, lang: string): boolean {
  const undoubled = rest.startsWith(form.at(-1)!) ? [rest, rest.slice(1)] : [rest];
  for (const r of undoubled) {
    const m = /^(?:en|e|s|n)?/.exec(r)?.[0] ?? '';
    for (const tail of new Set([r, r.slice(m.length)]))
      if (tail.length >= OPENING && isDictionaryWord(tail, lang)) return true;
  }
  return false;
}

function headOf(form: string, s: string): boolean {
  return form.length >= SHORT_HEAD - 1 && s.length >= 2 * form.length && s.endsWith(form);
}

/** The shortest word a closed compound of a language that writes its compounds apart opens with ("ship"). */
const OPENING = 3;

/**
 * A language that writes compounds apart still closes some ("shipwrecks", "railway"): a unit's word that is a
 * dictionary word followed by the question's word names a kind of what it asks ("wrecks").
 */
function closedCompound(form: string, stems: Set<string>, lang: string): boolean {
  for (const s of stems)
    if (s.length >= form.length + OPENING && s.endsWith(form) && isDictionaryWord(s.slice(0, -form.length), lang))
      return true;
  return false;
}

/** One of the group's own forms in that language (not a synonym) stands among the stems. */
export function writesForm(g: Group, lang: string, stems: ReadonlySet<string>): boolean {
  for (const f of g.forms.get(lang) ?? []) if (stems.has(f)) return true;
  return false;
}

/** The stem is one of the group's forms or synonyms in that language. */
export function hasForm(g: Group, lang: string, s: string): boolean {
  return !!(g.forms.get(lang)?.has(s) || g.soft.get(lang)?.has(s));
}

/** A word as written says one of the groups: its stem is one of their forms or synonyms in that language. */
export function writesAny(groups: readonly Group[], lang: string, word: string): boolean {
  const s = stem(fold(word), lang);
  return groups.some((g) => hasForm(g, lang, s));
}

/** The question's word `id` is said among the stems: one of its group's forms or synonyms in that language. */
export function saysWord(q: Question, id: string, lang: string, stems: readonly string[]): boolean {
  const g = q.groups.find((x) => x.id === id);
  return !!g && stems.some((t) => hasForm(g, lang, t));
}

/** Every name the question is about is in the unit, its paragraph or its article's title. */
export function namesAll(c: Candidate, q: Question): boolean {
  return q.names.every((run) => namesRun(c.m, run));
}

/** The unit names one of the question's names, or the question names none. */
export function namesAny(c: Candidate, q: Question): boolean {
  return q.names.length === 0 || q.names.some((run) => namesRun(c.m, run));
}
