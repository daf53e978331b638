import { fold, type LanguagePack, pack } from '../lang/index.js';
import { words } from '../text/analyze.js';
import { QUOTE_POOL } from './after-verdict.js';
import type { Candidate } from './candidates.js';
import { writesAny } from './evidence.js';
import { defines } from './features.js';
import type { Question } from './question.js';

/**
 * "What is Duo Interpretation?" over "… won the national championship in Duo Interpretation.": a unit that names the
 * thing in passing says nothing of what it is. A definition says the term before a copula, a comma, a bracket or a
 * colon ("X is …", "X, a …", "X (…)", "X [aerated concrete]"), or after one ("(X)", "called X", "a “X”"); when none of
 * the best units writes the term so, the articles only mention it.
 */
export function definitionUnsaid(q: Question, pool: readonly Candidate[]): boolean {
  if (q.kind !== 'definition' || q.ofPerson || q.groups.length === 0 || valueAsked(q)) return false;
  // Asked in another language than the articles' the term may be spelt otherwise ("wie was l'enfant"): left alone.
  if (pool[0]?.article.language !== q.lang) return false;
  return !pool.slice(0, QUOTE_POOL).some((c) => defines(c, q) || termSetOff(c, q));
}

/**
 * "What was the final score?", "What were the terms?": a common term after a definite article and a past copula asks
 * for its value in what the articles report, not what it is; "What is a goiter?", "Wat is schuldhulpverlening?", "Wat
 * is de basisregistratie personen?" ask what it is.
 */
function valueAsked(q: Question): boolean {
  if (q.groups.every((g) => g.name)) return false;
  const ws = words(q.text);
  const at = ws.findIndex((w) => writesAny(q.groups, q.lang, w));
  const lead = ws.slice(0, Math.max(at, 0)).map(fold);
  return lead.some((w) => q.pack.determiners.has(w)) && lead.some((w) => q.pack.pastCopulas.has(w));
}

/** After the term: a mark that opens what it is ("X, a …", "X (…)", "X: …"), closing quotes or brackets aside. */
const MARK_AFTER = /^["”’»)\]]*\s*(?:[,([:—–]|-\s)/u;
/** The word after the term, closing quotes aside. */
const WORD_AFTER = /^["”’»]*\s+(\p{L}+)/u;
/** Before the term: a bracket or an opening quote ("(Playhouse Square Center)", "called a “gloss translation”"). */
const MARK_BEFORE = /[(["“‘«]\s*$/u;
/** The word before the term. */
const WORD_BEFORE = /(\p{L}+)["“‘«]?\s*$/u;

/** How many words besides the asked ones a term may hold ("Journal of Australia", "Bisdom van Brugge"). */
const TERM_SLACK = 2;

/**
 * The question's term stands where a definition puts it: beside a copula, a comma, a bracket. The whole term, not
 * one of its words ("Sydney, Australia," sets off no "Medical Journal of Australia"); "X was excluded", "X was in …"
 * say what befell X or where it was; "- vermoedelijk door X - was" closes an insertion.
 */
function termSetOff(c: Candidate, q: Question): boolean {
  const lang = c.article.language;
  const p = pack(lang);
  const text = c.unit.text;
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const span = q.groups.length + TERM_SLACK;
  // A long term's one word may be written otherwise ("tumor necrosis factor (TNF)-α" for "… factor-alpha").
  const needed = q.groups.length > 2 ? q.groups.length - 1 : q.groups.length;
  const whole = (from: number, to: number) =>
    q.groups.filter((g) => tokens.slice(Math.max(0, from), to).some((t) => writesAny([g], lang, t[0]))).length >=
    needed;
  const writes = (t: RegExpMatchArray | undefined) => !!t && writesAny(q.groups, lang, t[0]);
  for (const [i, m] of tokens.entries()) {
    if (!writes(m)) continue;
    let first = i;
    while (first > 0 && i - first < span && writes(tokens[first - 1])) first--;
    if (ownedOrNamed(text, tokens, first, p)) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const ends = whole(i - span + 1, i + 1);
    if (ends && (markAfter(after, before, p) || copulaAfter(after, before, p))) return true;
    const starts = whole(i, i + span);
    if (starts && (MARK_BEFORE.test(before) || p.copulas.has(fold(WORD_BEFORE.exec(before)?.[1] ?? '')))) return true;
  }
  return false;
}

/**
 * "Gloria's eczema was so severe", "his travel ban, which …": someone's case of the thing, not what it is. "de Wet
 * basisregistratie personen, die …": a name the term ends, not the term (a capital before its small first letter).
 */
function ownedOrNamed(text: string, tokens: RegExpMatchArray[], first: number, p: LanguagePack): boolean {
  const at = tokens[first]!.index ?? 0;
  if (p.possessorBefore.test(text.slice(0, at))) return true;
  const prior = tokens[first - 1];
  if (!prior || !/^\p{Ll}/u.test(tokens[first]![0]) || !/^\p{Lu}/u.test(prior[0])) return false;
  const opens = /(?:^|[.!?:;•]\s*|["“‘«(]\s*)$/u.test(text.slice(0, prior.index));
  const joined = /^\s+$/u.test(text.slice((prior.index ?? 0) + prior[0].length, at));
  return joined && !opens && !p.determiners.has(fold(prior[0]));
}

/**
 * A mark after the term that opens what it is; a dash that closes an insertion the term ends opens nothing, nor does a
 * comma before a function word that goes on with the sentence ("at Jamarat Bridge, during an event …", "de dag na
 * carnaval, meer bepaald …"); an article, "or" or a relative word after it opens one ("X, a …", "X, which …").
 */
function markAfter(after: string, before: string, p: LanguagePack): boolean {
  if (!MARK_AFTER.test(after)) return false;
  const comma = /^\s*,\s*(\p{L}+)/u.exec(after);
  const next = fold(comma?.[1] ?? '');
  // "momori-rakau, or tree carvings": a gloss after "or" says what it is too.
  const relative = p.relativePronouns.has(next) || p.relativeAdverbs.has(next);
  const opens = p.determiners.has(next) || p.indefiniteArticles.includes(next) || p.or.has(next) || relative;
  if (comma && p.stopwords.has(next) && !opens) return false;
  const dash = /^["”’»)\]]*\s*[—–-]/u.test(after);
  return !dash || (before.match(/\s[—–-]\s/gu)?.length ?? 0) % 2 === 0;
}

/**
 * "X is a …", "X was the …": a copula after the term that says what X is. "Finally, X called on him": "called" after
 * the term is a verb of its own. "X was excluded", "X is being …", "X was in …", "X is not …" say something else.
 */
function copulaAfter(after: string, before: string, p: LanguagePack): boolean {
  const m = WORD_AFTER.exec(after);
  const copula = fold(m?.[1] ?? '');
  if (!m || !p.copulas.has(copula) || p.namingParticiples.has(copula) || verbLastClause(before, p)) return false;
  const next = fold(words(after.slice(m.index + m[0].length))[0] ?? '');
  const other = p.passiveParticiple.test(next) || p.progressive?.test(next) || p.negations.has(next);
  return !other && !p.placePrepositions.has(next);
}

/** "…, die dat jaar de Volksunie werd": the clause before the term opens with a word after which its verb is last. */
function verbLastClause(before: string, p: LanguagePack): boolean {
  if (!p.verbLast) return false;
  const opener = fold(/(?:^|[,;:.!?(])\s*(\p{L}+)[^,;:.!?(]*$/u.exec(before)?.[1] ?? '');
  return p.relativePronouns.has(opener) || p.subordinators.has(opener);
}
