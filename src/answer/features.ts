import { type AnswerKind, fold, type LanguagePack, PACKS, pack } from '../lang/index.js';
import { isStopword, stem, words } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import { hasForm, namesRun } from './evidence.js';
import type { Group, Question } from './question.js';
import { asksQuestion } from './text-view.js';

/** Kinds whose answers words can recognise reliably: a unit without one cannot answer. */
export const REQUIRED_KINDS: ReadonlySet<AnswerKind> = new Set(['count', 'amount', 'time', 'age']);
/** Kinds a unit is checked for, whose presence is a signal but not a condition. */
const SIGNAL_KINDS: ReadonlySet<AnswerKind> = new Set(['place', 'person', 'reason', 'speech']);

/** What the ranker weighs for each unit: how likely the unit holds the answer. Names match `UNIT_FEATURES`. */
export const UNIT_FEATURES = [
  'bias',
  'coverage',
  'strict',
  'content',
  'names',
  'kind',
  'retrieval',
  'pair',
  'chrome',
  'asks',
  'length',
  'proximity',
  'lead',
  'relCoverage',
  'novel',
  'defines',
  'phrase',
  'relStrict',
  'after',
] as const;

/** What the answerability model weighs for a question, given its best units. Names match `QUESTION_FEATURES`. */
export const QUESTION_FEATURES = [
  'bias',
  'best',
  'margin',
  'strict',
  'content',
  'allContent',
  'names',
  'known',
  'kindRequired',
] as const;

/** What a unit's features are measured against: the best coverage among the question's units. */
export interface PoolStats {
  maxCoverage: number;
  maxStrict: number;
}

export function poolStats(pool: readonly Candidate[]): PoolStats {
  return {
    maxCoverage: Math.max(1e-9, ...pool.map((c) => c.m.coverage)),
    maxStrict: Math.max(1e-9, ...pool.map((c) => c.m.strict)),
  };
}

export function unitFeatures(c: Candidate, q: Question, pool: PoolStats): number[] {
  const n = wordsIn(c.unit.text);
  const at = positions(c, q);
  return [
    1,
    c.m.coverage,
    c.m.strict,
    c.m.content,
    namesShare(c, q),
    c.kind && SIGNAL_KINDS.has(q.kind) ? 1 : 0,
    c.retrieval,
    c.pair ? 1 : 0,
    c.chrome ? 1 : 0,
    asksQuestion(c.unit.text) ? 1 : 0,
    Math.log1p(n) / Math.log1p(60),
    proximity(at, q),
    c.unit.index === 0 ? 1 : 0,
    c.m.coverage / pool.maxCoverage,
    novelty(c, q),
    q.kind === 'definition' && defines(c, q) ? 1 : 0,
    phrase(at, q, c.article.language !== q.lang),
    c.m.strict / pool.maxStrict,
    c.after,
  ];
}

export { asksQuestion } from './text-view.js';

/** Where each question group stands in the unit: token index → group index (first match wins). */
function positions(c: Candidate, q: Question): { token: number; group: number }[] {
  const lang = c.article.language;
  const out: { token: number; group: number }[] = [];
  for (const [i, w] of words(c.unit.text).entries()) {
    const s = stem(w, lang);
    const g = q.groups.findIndex((x) => hasForm(x, lang, s));
    if (g >= 0) out.push({ token: i, group: g });
  }
  return out;
}

/** Share of the question's neighbouring word pairs that stand together, in order, in the unit ("fatality rate"). */
function phrase(at: { token: number; group: number }[], q: Question, translated = false): number {
  if (q.groups.length < 2) return 0;
  // Another language orders words its own way: "Jansen warned" is "waarschuwde Jansen" after an opening phrase in
  // Dutch.
  const close = (a: number, b: number) => (translated ? a !== b && Math.abs(b - a) <= 3 : b > a && b - a <= 3);
  let found = 0;
  for (let g = 0; g + 1 < q.groups.length; g++) {
    const ok = at.some((a) => a.group === g && at.some((b) => b.group === g + 1 && close(a.token, b.token)));
    if (ok) found++;
  }
  return found / (q.groups.length - 1);
}

/** Share of the unit's content words that are not the question's: an answer says something the question does not. */
function novelty(c: Candidate, q: Question): number {
  const forms = new Set(
    q.groups.flatMap((g) => [...(g.forms.get(c.article.language) ?? []), ...(g.soft.get(c.article.language) ?? [])]),
  );
  const own = [...c.stems];
  return own.length > 0 ? own.filter((s) => !forms.has(s)).length / own.length : 0;
}

/**
 * "X is a …", "X (Y) is …", "X, a …": a sentence of the unit opens with the question's subject and says what it is.
 * The subject must open the sentence: "the group most affected by X is children" does not define X.
 */
export function defines(c: Candidate, q: Question, leading = false): boolean {
  const p = pack(c.article.language);
  const lang = c.article.language;
  const isSubject = subjectIn(q, lang);
  // "Jens Otto Harry Jespersen or Otto Jespersen (Danish: …; 1860 – 1943) was a Danish linguist": brackets aside,
  // before splitting, so "(c. 314 – 368)" ends no sentence.
  // "… What is Anthropology? is called enculturation.": a mark before a lower-case word ends no sentence.
  if (bracketGlossOf(c.unit.text, q, lang, p)) return true;
  const sentences = withoutBrackets(c.unit.text).split(/(?<=[.!?])\s+(?!\p{Ll})/u);
  if (namesAfterSaying(sentences.slice(0, leading ? 2 : undefined), isSubject, p)) return true;
  const opening = leading ? sentences.slice(0, 1) : sentences;
  // "Onder handelsnaam verstaat deze wet …", "'trade name' means …": a rule or glossary defines its term.
  // "…, also known as X", "a tool called X", "the term X refers to …", "ook wel X genoemd": X named as what it is.
  if (opening.some((s) => p.defining.test(marked(s, isSubject)) || p.namedAs.test(marked(s, isSubject)))) return true;
  for (const sentence of opening.flatMap((s) => [s, ...withoutInsertion(s, p)])) {
    const ws = words(sentence);
    // "… zich voordoen als Vellari: een bergvolk", "the Vellari, a mountain people": an apposition anywhere.
    if (appositionOf(sentence, isSubject, p) || glossOf(sentence, q, lang, p)) return true;
    const at = ws.slice(0, 4).findIndex(isSubject);
    // "Some aspects of X are deliberate" says what the aspects are, not X.
    if (at < 0 || ws.slice(0, at).some((w) => p.numbers.shareOf.has(w))) continue;
    // "Orr's quillrot was so severe …": someone's case of X, not what X is.
    const subjectAt = [...sentence.matchAll(/[\p{L}\p{N}]+/gu)][at]?.index ?? 0;
    if (p.possessorBefore.test(sentence.slice(0, subjectAt))) continue;
    // "Toen de Volksunie werd opgericht …": a clause whose verb stands last says nothing of what X is.
    if (p.verbLast && p.subordinators.has(fold(ws[0] ?? ''))) continue;
    let end = at;
    // The subject's whole name: its words, other capitalised words, "or" between two names.
    const name = nameWords(sentence);
    while (end + 1 < ws.length && (end + 1 < name || isSubject(ws[end + 1]!))) end++;
    const after = ws.slice(end + 1, end + 4);
    // "Finally, X called on him …": "called" says a name only after a copula ("X is called …").
    const copula = after.findIndex((w) => p.copulas.has(w) && !p.namingParticiples.has(w));
    // "De provincie Vlaams-Brabant behoort tot …" opens with a word of "het Vlaams Gewest", not with the term.
    if (!headIn(ws.slice(at, end + 1 + Math.max(copula, 0)), q, lang)) continue;
    // "X was born in …", "X was appointed …": a passive says what happened to X, not what X is; so does "X had been
    // assisting …", and "X was in New York" says where X was.
    const next = after[copula + 1] ?? '';
    // "X itself is not sufficient to …" says what X is not.
    const what =
      !p.passiveParticiple.test(next) &&
      !p.progressive?.test(next) &&
      !p.placePrepositions.has(next) &&
      !p.negations.has(next);
    if (copula >= 0 && what) return true;
    // "Luther, a German reformer": the subject before the comma; "However, a growing X has …" says nothing of X.
    const beforeComma = words(sentence.split(',')[0] ?? '').length;
    if (NAMED_THEN_ARTICLE.test(sentence) && end < 4 && at < beforeComma) return true;
  }
  return false;
}

/**
 * Whether the words name the asked term's head, its last word: "Vlaams-Brabant" is no "Vlaams Gewest", while
 * "Jespersen" names "Otto Jespersen".
 */
function headIn(span: string[], q: Question, lang: string): boolean {
  const head = q.groups.at(-1);
  if (!head || q.groups.length < 2) return true;
  return span.some((w) => writes(head, w, lang));
}

/** The text without its brackets, nested ones too: "Dvořák (/ d(ə)ˈvɔː /; 1841 – 1904) was …". */
function withoutBrackets(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\s*\([^()]*\)/g, '');
  }
  return out;
}

/** Most words of an insertion between a sentence's opening name and its copula. */
const MAX_INSERTION_WORDS = 16;

/**
 * "Pierre L'Enfant, self-identified as Peter L'Enfant while living in the United States, was a French-born engineer":
 * the sentence without what its commas set between its opening and the copula that says what the opening is.
 */
function withoutInsertion(sentence: string, p: LanguagePack): string[] {
  const m = /^([^,]+),([^,]+),\s+([\p{L}]+)/u.exec(sentence);
  if (!m || words(m[2]!).length > MAX_INSERTION_WORDS || !p.copulas.has(fold(m[3]!))) return [];
  return [`${m[1]} ${sentence.slice(m[0].length - m[3]!.length)}`];
}

/**
 * "Culture must be passed down from older members to younger ones. This process … is called enculturation.": a
 * sentence that gives the subject as the name of what it describes says what it is, when it describes it itself
 * ("The process by which … is called …") or the sentence before does ("This process is called …" second).
 */
function namesAfterSaying(sentences: string[], isSubject: (w: string) => boolean, p: LanguagePack): boolean {
  return sentences.some((sentence, i) => {
    if (i === 0 && p.demonstrativeOpening.test(fold(sentence))) return false;
    const said = marked(sentence, isSubject);
    return said.includes('§') && p.naming.test(said);
  });
}

/** The folded sentence with each word of the subject written "§", trimmed. */
function marked(sentence: string, isSubject: (w: string) => boolean): string {
  return fold(sentence)
    .trim()
    .replace(/[\p{L}\p{N}](?:[\p{L}\p{N}'’]*[\p{L}\p{N}])?/gu, (w) => (subjectWord(w, isSubject) ? '§' : w));
}

/** "ceacam1" is the subject's word when written as one, or as its parts ("ceacam", "1") when split so. */
function subjectWord(w: string, isSubject: (w: string) => boolean): boolean {
  if (isSubject(w)) return true;
  const parts = words(w);
  return parts.length > 1 && parts.every(isSubject);
}

/** The subject followed by a comma or colon and an indefinite article, or a role: what it is, said in passing. */
function appositionOf(sentence: string, isSubject: (w: string) => boolean, p: LanguagePack): boolean {
  for (const m of sentence.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    if (!isSubject(fold(m[0]))) continue;
    const rest = sentence.slice(m.index + m[0].length);
    // "… friend of Hu Shih, the leader of the movement": a role of something, set after the name.
    const comma = /^\s*,\s+/.exec(rest);
    if (APPOSITION.test(rest) || (comma && p.roleApposition.test(rest.slice(comma[0].length)))) return true;
    // "aboard the Scientology-owned cruise ship, Freewinds.": what it is said just before its name, which closes the
    // clause.
    const before = sentence.slice(0, m.index);
    if (NAMED_AFTER.test(before) && /^[\p{L}'’-]*\s*(?:[.,;:)]|$)/u.test(sentence.slice(m.index + m[0].length)))
      return true;
  }
  return false;
}

/**
 * "… an example of ethnocentrism, or evaluating and judging …", "… to explain disruptive technology, which are
 * technologies that …": a textbook glosses its term after a comma, with "or" and a gerund or an indefinite article, or
 * with a relative pronoun and a copula. The whole term stands before the comma: "the technology, or a …" glosses only
 * "technology", not "disruptive technology".
 */
function glossOf(sentence: string, q: Question, lang: string, p: LanguagePack): boolean {
  const parts = sentence.split(/\s*,\s+/);
  for (let i = 0; i + 1 < parts.length; i++) {
    // "… at http://example.org/iNR-Drug/, which is …": a web address or a path names no term.
    if (/[/@]/.test(parts[i]!.split(/\s+/).at(-1) ?? '')) continue;
    const whole = namesWholeTerm(words(parts[i]!).slice(-q.groups.length), q, lang);
    if (q.groups.length === 0 || !whole) continue;
    const [a = '', b = '', c = ''] = words(parts[i + 1]!).map(fold);
    const orGloss = p.or.has(a) && (p.progressive?.test(b) || p.indefiniteArticles.includes(b));
    const relative = p.relativePronouns.has(a) && p.copulas.has(b) && !p.passiveParticiple.test(c);
    if (orGloss || (relative && !p.placePrepositions.has(c))) return true;
  }
  return false;
}

/**
 * "… moral realists (those who believe …)": a bracket right after the whole term says what it is; not after a larger
 * term that ends in it ("ritmisch solfège (het noteren …)" says what rhythmic solfège is).
 */
function bracketGlossOf(text: string, q: Question, lang: string, p: LanguagePack): boolean {
  const n = q.groups.length;
  if (n === 0) return false;
  for (const m of text.matchAll(/\(/g)) {
    if (!p.bracketGloss.test(text.slice(m.index))) continue;
    const head = text.slice(Math.max(0, m.index - 80), m.index);
    const termAt = new RegExp(`(?:[\\p{L}\\p{N}'’-]+[^\\p{L}\\p{N}(]*){${n}}$`, 'u').exec(head);
    if (!termAt) continue;
    const whole = namesWholeTerm(words(termAt[0]), q, lang);
    const before = head.slice(0, termAt.index);
    const prev = words(before).at(-1);
    const alone = !prev || /[,;:(]\s*$/.test(before) || isStopword(fold(prev), p.code);
    if (whole && alone) return true;
  }
  return false;
}

/** Whether a written word is one of the question's words (its subject, for a definition) in that language. */
function subjectIn(q: Question, lang: string): (w: string) => boolean {
  return (w) => q.groups.some((g) => writes(g, w, lang));
}

/** The written word is one of the group's forms in that language. */
function writes(g: Group, w: string, lang: string): boolean {
  return g.forms.get(lang)?.has(stem(w, lang)) ?? false;
}

/** The words name every group of the question: the whole term, not one of its words. */
function namesWholeTerm(term: readonly string[], q: Question, lang: string): boolean {
  return q.groups.every((g) => term.some((w) => writes(g, w, lang)));
}

/**
 * "de Belgische premier Jan Kim", "FIFA-baas Jansen waarschuwde", "the Dutch prime minister Mark Jansen": news
 * names a person's role just before their name. The role is a word that is no capitalised name (a compound may open
 * with one: "FIFA-baas") after an article or at the sentence's start, with at most two words between.
 */
export function titles(c: Candidate, q: Question): boolean {
  const p = pack(c.article.language);
  const lang = c.article.language;
  const isSubject = subjectIn(q, lang);
  return c.unit.text.split(/(?<=[.!?])\s+/).some((sentence) => titledBefore(sentence, isSubject, p));
}

function titledBefore(sentence: string, isSubject: (w: string) => boolean, p: LanguagePack): boolean {
  const ws = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => m[0]);
  const articles = new Set([...p.determiners, ...p.indefiniteArticles]);
  const capital = (w: string) => /^\p{Lu}/u.test(w.split('-').at(-1)!);
  for (let at = 1; at < ws.length; at++) {
    if (!capital(ws[at]!) || !isSubject(fold(ws[at]!))) continue;
    // The name's first word ("Mark Jansen"); "FIFA-baas" ends in a role, "FIFA" or "Defensie" is a name.
    let i = at;
    while (i > 0 && capital(ws[i - 1]!)) i--;
    if (i === 0) continue;
    const role = fold(ws[i - 1]!);
    // A word, not a date ("2024-10"): it ends in letters.
    if (!/\p{L}{3}$/u.test(role) || isStopword(role, p.code) || p.sayingVerbs.has(role) || p.copulas.has(role))
      continue;
    for (let k = i - 2; k >= Math.max(-1, i - 4); k--) {
      if (k === -1 || articles.has(fold(ws[k]!))) return true;
      if (isStopword(fold(ws[k]!), p.code)) break;
    }
  }
  return false;
}

const INDEFINITE = [...new Set(PACKS.flatMap((p) => p.indefiniteArticles))].join('|');
const APPOSITION = new RegExp(`^\\s*[,:]\\s+(?:${INDEFINITE})\\s`, 'iu');
/** "X, a …", "X, the …" before the sentence's first comma: any pack's article, definite or not. */
const ARTICLES = [...new Set(PACKS.flatMap((p) => [...p.indefiniteArticles, ...p.determiners]))].join('|');
const NAMED_THEN_ARTICLE = new RegExp(`^[^,]*,\\s+(?:${ARTICLES})\\s`, 'i');
/** A noun phrase opened by an article, then a comma: what the name after the comma is. */
const NAMED_AFTER = new RegExp(`\\b(?:${ARTICLES})\\s[^,]{3,60},\\s*$`, 'iu');

/** Any pack's: a name keeps its particles in an article of another language ("Vincent van Gogh" in English). */
const JOINERS = [...new Set(PACKS.flatMap((p) => p.nameJoiners))].join('|');
const NAME_OPENING = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:${JOINERS})(?=\s+\p{Lu}))?\s+)+`, 'u');

/** How many words a sentence opens with that make one name: capitalised words, joined by "or", "van" …. */
function nameWords(sentence: string): number {
  const m = NAME_OPENING.exec(`${sentence} `);
  return m ? words(m[0]).length : 0;
}

/** Features of the question's answerability, from its best unit (`p1`, the ranker's probability) and runner-up. */
export function questionFeatures(q: Question, best: Candidate, p1: number, p2: number): number[] {
  return [
    1,
    p1,
    p1 - p2,
    best.m.strict,
    best.m.content,
    best.m.allContent,
    namesShare(best, q),
    knownShare(q),
    REQUIRED_KINDS.has(q.kind) ? 1 : 0,
  ];
}

/** Share of the question's names the unit names, in its own words or its context (paragraph, title). */
function namesShare(c: Candidate, q: Question): number {
  if (q.names.length === 0) return 1;
  return q.names.filter((run) => namesRun(c.m, run)).length / q.names.length;
}

/** Weighted share of the question's words the corpus uses at all: questions about other things use few. */
function knownShare(q: Question): number {
  let total = 0;
  let known = 0;
  for (const g of q.groups) {
    total += g.weight;
    if (g.known) known += g.weight;
  }
  return total > 0 ? known / total : 0;
}

/** How close together the question's words stand in the unit: matched words over the span they take, at most 1. */
function proximity(at: { token: number; group: number }[], q: Question): number {
  if (at.length < 2) return at.length > 0 ? 1 / Math.max(1, q.groups.length) : 0;
  const span = at.at(-1)!.token - at[0]!.token + 1;
  return Math.min(1, at.length / span) * Math.min(1, at.length / q.groups.length);
}

function wordsIn(text: string): number {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function predict(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * x[i]!;
  return sigmoid(z);
}
