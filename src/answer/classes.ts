import { fold, PACKS, pack } from '../lang/index.js';
import { baseFormsOf, translateTerm } from '../lang/lexicon.js';
import { wordnetTable } from '../lang/wordnet-tables.js';
import { stem, words } from '../text/analyze.js';
import { countryNames } from '../text/countries.js';
import { hasForm } from './evidence.js';
import type { Group } from './question.js';
import { sentenceTokens } from './text-view.js';

/** An asked word this long or longer counts inside a compound ("formul" in "Laurusformules"). */
const GLUED_FORM = 5;
/** A name at most this many words from that compound is one of the class it asks. */
const COMPOUND_REACH = 6;

/** The classes WordNet puts a noun that heads names in ("academy" → "school"), English only. */
function classesOf(head: string): readonly string[] {
  return wordnetTable('classes', 'en')?.get(head) ?? [];
}

/**
 * A noun for people whatever their names ("artist", "spelers", not "computers", "nummers"): WordNet puts its English
 * word's usual sense under "person"; a Dutch word through its English translations.
 */
export function isPersonNoun(word: string, lang: string): boolean {
  const persons = wordnetTable('persons', 'en');
  return englishForms(word, lang).some((w) => persons?.has(w));
}

/**
 * A noun for a place or a building ("cemetery", "ziekenhuis", not "theory"): WordNet puts its English word's usual
 * sense under "location" or "structure"; a Dutch word through its English translations.
 */
export function isPlaceNoun(word: string, lang: string): boolean {
  const places = wordnetTable('places', 'en');
  return englishForms(word, lang).some((w) => places?.has(w));
}

/**
 * A noun for things common words name, not names ("disease", "reden", not "company"): WordNet puts its English word's
 * usual sense under a thought, a motive, a state or property, a substance or a process; a Dutch word through its
 * English translations.
 */
export function isTermNoun(word: string, lang: string): boolean {
  const terms = wordnetTable('terms', 'en');
  return englishForms(word, lang).some((w) => terms?.has(w));
}

/**
 * A noun that heads names ("city" of "Mexico City", "stad" through its translation): "the city" may stand for a name
 * the text gave before.
 */
export function headsNames(word: string, lang: string): boolean {
  return englishForms(word, lang).some((w) => classesOf(w).length > 0);
}

/** The word and its base forms, in English (WordNet's language): through their translations from another language. */
function englishForms(word: string, lang: string): string[] {
  const forms = [word, ...baseFormsOf(word, lang)];
  return lang === 'en' ? forms : forms.flatMap((w) => translateTerm(w, lang, 'en'));
}

/** A domain name ("podiobooks.com", "www.example.org"): the name of a website, which has no head word. */
const DOMAIN =
  /(?<![\p{L}\d@./-])[a-z\d][a-z\d-]{2,}(?:\.[a-z\d-]+)*\.(?:com|org|net|edu|gov|info|[a-z]{2})(?![\p{L}\d-])/u;
/** A capital after a lower-case letter, a hyphen or an apostrophe: a word no sentence capitalises by opening. */
const INNER_CAPITAL = /[\p{Ll}'’-]\p{Lu}/u;
/** Any pack's small words inside a name: "University of Michigan", "Hôpital de la Pitié". */
const JOINERS = new Set(PACKS.flatMap((p) => p.nameJoiners).filter((w) => w !== 'or'));

/**
 * The text's names, each its capitalised words folded: a run of two or more ("Sandia View Academy", "University of
 * Michigan"), or one word that does not open a sentence ("look at Turkey") or that has a capital within
 * ("Pointe-à-Pitre: with its suburbs …", "McAllen is …"): a sentence's opening word is otherwise no name.
 */
export function nameRuns(text: string): string[][] {
  const tokens = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  const out: string[][] = [];
  let run: string[] = [];
  let opens = false;
  const close = () => {
    if (run.length > 1 || (run.length === 1 && !opens)) out.push(run);
    run = [];
  };
  for (const [i, m] of tokens.entries()) {
    const w = m[0].replace(/[.]+$/, '');
    const before = i === 0 ? '' : text.slice(tokens[i - 1]!.index + tokens[i - 1]![0].length, m.index);
    const starts = i === 0 || /[.!?:"“]\s*$/.test(before) || /[.!?]$/.test(tokens[i - 1]![0]);
    // Not a fragment glued to a mark ("wikihow.com/wikiHow:Right-to-Fork"): a link's parts name nothing.
    const named = INNER_CAPITAL.test(w) && (i === 0 || /\s$/.test(before));
    if (/^\p{Lu}/u.test(w)) {
      if (run.length === 0) opens = starts && !named;
      else if (/[,;()]/.test(before) || starts) {
        close();
        opens = starts && !named;
      }
      run.push(fold(w));
    } else if (!(run.length > 0 && JOINERS.has(w) && /^\s+$/.test(before))) close();
  }
  close();
  return out;
}

/** Whether one word is the asked class or of it, in the article's language ("academy" of "school"). */
function ofClass(word: string, lang: string, asked: Group): boolean {
  const words = [word, ...(lang === 'en' ? classesOf(word) : [])];
  return words.some((w) => hasForm(asked, lang, stem(w, lang)));
}

/**
 * The text names something of the class a "what/which N" question asks: a name whose word is N or of its class
 * ("Sandia View Academy" for "what school", "University of Michigan" for "welke universiteit"), a domain name for a
 * website, a country's name for a country. Names the question writes itself (`asked`'s text) are no answer.
 */
export function namesOfClass(text: string, lang: string, asked: Group, question: string): boolean {
  const own = writtenIn(question);
  const runs = namesBeyond(text, own);
  // A word of a longer name: "Anthropology" alone, a heading, is no anthropologist.
  if (runs.some((run) => run.length > 1 && run.some((w) => ofClass(w, lang, asked)))) return true;
  const names = runs.flat().filter((w) => !own(w));
  const english = (head: string) => ofClass(head, 'en', asked);
  if (names.some((w) => countryNames(w).length > 0) && english('country')) return true;
  const domain = DOMAIN.exec(text)?.[0];
  return domain !== undefined && !fold(question).includes(domain) && english('website');
}

/** The text names anything the question does not: "the local city papers, New York Press" names papers. */
export function namesOther(text: string, question: string): boolean {
  return namesBeyond(text, writtenIn(question)).length > 0;
}

/** Whether a folded word is one the question writes. */
function writtenIn(question: string): (w: string) => boolean {
  const said = ` ${fold(question).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return (w) => said.includes(` ${w} `);
}

/** The text's names that are not wholly the question's own words. */
function namesBeyond(text: string, own: (w: string) => boolean): string[][] {
  return nameRuns(text).filter((run) => !run.every(own));
}

/**
 * Where a language glues words, a compound that holds the asked word ("Laurusformules" for "welke formule") speaks of
 * some of its class; a name a few words from it ("… zouden worden omgebouwd tot een: Konmar") is one of them.
 */
export function nameNearCompound(text: string, lang: string, asked: Group, question: string): boolean {
  if (!pack(lang).compounds) return false;
  const forms = [...(asked.forms.get(lang) ?? [])].filter((f) => f.length >= GLUED_FORM);
  const own = new Set(words(fold(question)));
  const glued = (w: string) =>
    forms.some((f) => w.length > f.length && w.includes(f) && !hasForm(asked, lang, stem(w, lang)));
  return sentenceTokens(text).some((tokens) => {
    const at = tokens.flatMap((w, i) => (glued(fold(w)) ? [i] : []));
    const isName = (w: string, i: number) => i > 0 && /^\p{Lu}/u.test(w) && !own.has(fold(w)) && !at.includes(i);
    return tokens.some((w, i) => isName(w, i) && at.some((a) => Math.abs(i - a) <= COMPOUND_REACH));
  });
}
