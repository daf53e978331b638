import { fold, type LanguagePack, pack } from '../lang/index.js';
import { baseFormsOf } from '../lang/lexicon.js';
import { wordnetTable } from '../lang/wordnet-tables.js';
import { stem } from '../text/analyze.js';
import { CLASS_COVERAGE, QUOTE_POOL } from './after-verdict.js';
import type { Candidate } from './candidates.js';
import { isTermNoun, nameRuns, namesOfClass } from './classes.js';
import { namesRun } from './evidence.js';
import { inQuestion, isDateWord, isSpan, timeMentions } from './kinds.js';
import { finiteVerb, type Group, type Question } from './question.js';

/** How many of the best units may name the thing a "which N" question asks for … */
const CLASS_DEPTH = 3;
/** … each scoring at least this share of the best unit's score: a unit far below says other things. */
const CLASS_SHARE = 0.5;
/** How many words a phrase after "which" may have before its head ("which high school", "welke politieke partij"). */
const HEAD_REACH = 3;

/** A word of two letters or more and digits ("Ad5", "H5N1"): a name of one thing, however it is written. */
const CODE = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}-]*\p{N})(?=(?:[\p{N}-]*\p{L}){2})[\p{L}\p{N}-]+(?![\p{L}\p{N}])/gu;

/** Whether a whole word is a code of letters and digits ("dh2017"). */
function isCode(word: string): boolean {
  return [...word.matchAll(CODE)].some((m) => m[0] === word);
}

/**
 * "Which company makes the live adenovirus vaccine?" over "A live adenovirus vaccine … has been in use by the
 * military": a "what / which N" question asks for something of the class N, which a name gives ("YPF", "Exeter
 * School"); when none of the best units writes N (or its synonyms) nor names anything the question does not, they
 * speak of the asked thing without naming the thing asked for. Classes answered in common words ("what disease")
 * are left alone: their answer ("tuberculosis") is no name.
 */
export function classUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  const asked = classNoun(q);
  if (!asked) return false;
  const said = ownWords(q);
  const best = pool[0]?.score ?? 0;
  const near = pool.slice(0, CLASS_DEPTH).filter((c) => c.score >= best * CLASS_SHARE);
  // "Binnen welke termijn …" over "Binnen een maand na …": a class the lexicon cannot place may be one of spans.
  const spans = (c: Candidate) => {
    const p = pack(c.article.language);
    return timeMentions(c.unit.text, p).some((m) => isSpan(m, p) && !inQuestion(m, q));
  };
  // "Which university does Daly work at?": a unit of an article none of whose best units (nor their paragraphs) names
  // Daly names another's.
  const about = ofNamed(q, asked, pool.slice(0, QUOTE_POOL));
  const fits = (c: Candidate) => c.m.matched.has(asked.id) || namesBeyond(c, said, q.pack) || spans(c);
  if (near.some((c) => about(c) && fits(c))) return false;
  // A unit that names one of the class by its head ("71 students of the Application School …") is put first after
  // the verdict (classFirst), though it scores less: it answers.
  const most = Math.max(...pool.map((c) => c.m.coverage));
  // So does one of the best unit's own article, whatever it covers ("N S Andres …" over its affiliation line).
  const own = pool[0]?.article.id;
  const wide = pool.slice(0, QUOTE_POOL).filter((c) => c.m.coverage >= most * CLASS_COVERAGE || c.article.id === own);
  return !wide.some((c) => about(c) && namesOfClass(c.unit.text, c.article.language, asked, q.text));
}

/**
 * The unit is of an article one of whose `best` units (or their paragraphs or its title) names one of the question's
 * names other than the class asked, if it has any.
 */
function ofNamed(q: Question, asked: Group, best: readonly Candidate[]): (c: Candidate) => boolean {
  const others = q.names.filter((run) => !run.every((alt) => alt.every((id) => id === asked.id)));
  // "In which city was the DH2017 conference held?": a code the question writes marks its subject as a name does.
  const codes = q.groups.filter((g) => g.id !== asked.id && !g.name && isCode(g.id));
  const names = (c: Candidate) => others.some((run) => namesRun(c.m, run)) || codes.some((g) => c.m.matched.has(g.id));
  const named = new Set(best.filter(names).map((c) => c.article.id));
  return (c) => (others.length === 0 && codes.length === 0) || named.has(c.article.id);
}

/** The group of the noun "what / which N" asks for, a name or not ("which award" where awards are named). */
function classNoun(q: Question): Group | undefined {
  if (q.kind !== 'other' && q.kind !== 'place' && q.kind !== 'person') return undefined;
  const noun = classHead(fold(q.text), q.pack);
  // "What disease …", "welke redenen …", "what kind of …": a term's class is answered in common words, no name.
  if (!noun || verbOnly(noun, q.lang) || isTermNoun(noun, q.lang)) return undefined;
  return q.groups.find((g) => g.id === noun || g.id === stem(noun, q.lang));
}

/**
 * The head of the noun phrase after "what / which": its last word before a small word or a verb ("which high school
 * did", "which company makes the", "welk bedrijf werkte"); none when the phrase runs on ("what dose of …").
 */
function classHead(folded: string, p: LanguagePack): string | undefined {
  const m = p.classAsked.exec(folded);
  if (!m?.[1]) return undefined;
  const ws = folded.slice(m.index + m[0].length - m[1].length).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const ends = (i: number) => {
    const next = ws[i] ?? '';
    // Where the verb comes second, a small word after two words follows a verb the pack does not know ("welke straf
    // riskeer je"): the phrase ends at the first word only.
    if (p.stopwords.has(next)) return !p.verbSecond || i === 1;
    if (p.verbSecond) return finiteVerb(next, p);
    const parts = p.partsOfSpeech?.(ws, i) ?? [];
    return parts.includes('v') && !parts.includes('n');
  };
  for (let i = 0; i < Math.min(HEAD_REACH, ws.length - 1); i++) {
    if (p.stopwords.has(ws[i] ?? '')) return undefined;
    if (ends(i + 1)) return ws[i];
  }
  return undefined;
}

/** "What happens to …": WordNet knows the word, or its base form, as a verb and not as a noun. */
function verbOnly(word: string, lang: string): boolean {
  const table = wordnetTable('synonyms', lang);
  const forms = [word, ...baseFormsOf(word, lang)];
  const has = (part: string) => forms.some((f) => table?.has(`${f}:${part}`));
  return has('v') && !has('n');
}

/** The stems of the question's words, in its own language: what a name of the answer must go beyond. */
function ownWords(q: Question): ReadonlySet<string> {
  const ws = fold(q.text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(ws.flatMap((w) => [w, stem(w, q.lang)]));
}

/**
 * The unit names something the question does not: a run of capitalised words with a word of its own (an initial, a
 * possessive's "s", a month or a weekday aside), or a code of letters and digits.
 */
function namesBeyond(c: Candidate, own: ReadonlySet<string>, p: LanguagePack): boolean {
  const lang = c.article.language;
  const isOwn = (w: string) => {
    const bare = w.replace(/['’]s?$/u, '').replace(/[.'’-]+$/u, '');
    return bare.length < 2 || own.has(bare) || own.has(stem(bare, lang)) || isDateWord(bare, p);
  };
  if (nameRuns(c.unit.text).some((run) => !run.every(isOwn))) return true;
  return [...c.unit.text.matchAll(CODE)].some((m) => !isOwn(fold(m[0])));
}
