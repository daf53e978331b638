import {
  type AnswerKind,
  type Dimension,
  detectLanguage,
  fold,
  type LanguagePack,
  PACKS,
  pack,
} from '../lang/index.js';
import { formsOfVerb } from '../lang/irregular.js';
import { baseFormsOf, isDictionaryWord, type Lexicon } from '../lang/lexicon.js';
import { mutualSynonyms, RELATIONS, relatedByPart } from '../lang/synonyms.js';
import type { PartOfSpeech } from '../lang/types.js';
import { ABBREVIATION_MARK, isStopword, markAbbreviations, stem, words } from '../text/analyze.js';
import { countryNames } from '../text/countries.js';
import { expandQuery, TRANSLATION_WEIGHT, type WeightedTerm } from '../text/expand.js';
import { findNumbers, joinedToLetters } from '../text/numbers.js';
import { attributionAt } from './attribution.js';
import { isPersonNoun, isPlaceNoun } from './classes.js';
import { compoundParts, translatedParts } from './compounds.js';
import { isUnitWord } from './count-words.js';
import { hasForm, opensCompound } from './evidence.js';
import { looksLikeYear, namesCurrency, type Shape } from './kinds.js';
import { stemsOfDying, wordsOfDying } from './life-span.js';
import { oncePerLanguage } from './memo.js';
import { asksRole, isVerbOf, kinWords, relationOf, SYMMETRIC } from './relation.js';
import type { CorpusStats } from './stats.js';

/** One content word of the question, with every stem that counts as matching it in each article language. */
export interface Group {
  id: string;
  /** Stems per article language: the word itself, its translations, spelling variants and typo corrections. */
  forms: Map<string, Set<string>>;
  /** Stems of the word's synonyms in the asker's language, which count a little less than the word itself. */
  soft: Map<string, Set<string>>;
  /**
   * The soft forms that are only an unwritten compound's modifier ("hond" of "hondenren"): alone they name another
   * thing of the same kind ("de ketting van de hond"), so they say the word less than its head ("ren") does.
   */
  modifiers?: ReadonlySet<string>;
  /** IDF of the word's most common form: rare words say more about what is asked. */
  weight: number;
  /** The asker capitalised it, or the articles write it as a name. */
  name: boolean;
  /** The articles use one of its forms somewhere: only then can a unit's not saying it mean anything. */
  known: boolean;
}

export interface Question {
  text: string;
  lang: string;
  pack: LanguagePack;
  kind: AnswerKind;
  overview: boolean;
  published: boolean;
  /** "What are examples of X", "noem voorbeelden van X": units that list some ("X, including …") answer first. */
  examples: boolean;
  /** "What should the council do", "wat moet de regering doen": units that say what must be done answer first. */
  obligation: boolean;
  /** A yes/no question whether a rule allows, forbids or requires the act it names ("Mag ik …?", "Can I …?"). */
  ruleAsked: boolean;
  groups: Group[];
  /** Names whose words are asked for ("what did the mayor say", "according to Jansen"). */
  speakers: Group[];
  /** Words for a speaker that are no name ("wat zei haar uitgever", "what did the minister say"). */
  speakerRoles: Group[];
  /** The noun phrase a count question counts ("how many Belgian fans" → belgian, fans). */
  counted: Group[];
  /** What a question of degree measures ("how hot": temperature): units that give it in its units answer first. */
  measure?: Dimension;
  /**
   * The form an answer takes, when the question names one: "what was the score" a result in two numbers ("2 - 1"),
   * "how much did it cost" an amount of money. Units of that form answer first.
   */
  shape?: Shape;
  /** Numbers the question itself states: they are not the answer, unless the question checks a figure. */
  numbers: Set<number>;
  /** The question states a figure to check ("Were there 10,000 visitors?"): every figure for it is the answer. */
  stated: boolean;
  /** Weighted terms for retrieval: the asker's words, translations into the articles' languages, variants. */
  retrieval: WeightedTerm[];
  /**
   * The names the question is about, which an answer must name: each a list of alternatives (any one will do:
   * "Anna de Vries" is named by "De Vries"), each alternative the group ids of one written word (all needed:
   * "Zuid-Holland").
   */
  names: string[][][];
  /**
   * Names the asker wrote that the articles never write, though some are in the asker's language: "Who won the
   * Amsterdam Marathon?" is not answered by the Rotterdam Marathon's winner. Empty across languages, where names are
   * spelt otherwise ("Flemish", "Vlaams"). As the asker wrote them.
   */
  strangers: string[];
  /** "Who is X": a person, whom an article may introduce only by a role before the name ("the harbour master X"). */
  ofPerson?: boolean;
  /** What a question for a person asks of them: "won", "burgemeester" (relation.ts). */
  relation?: Group;
  /** The relation is a role a copula names, which a name's word before it may give to another (relation.ts). */
  role: boolean;
  /** "What school did they meet at?": the noun a name of whose class answers ("Sandia View Academy", classes.ts). */
  classAsked?: Group;
}

/** Names weigh this much more than other words: a sentence about Jansen does not answer what De Vries said. */
const NAME_WEIGHT = 1.5;
/** Spelling variants and typo corrections weigh this much in retrieval, next to the asker's own words. */
const VARIANT_WEIGHT = 0.8;
/** Synonyms from the lexicon weigh this much in retrieval. */
const SYNONYM_WEIGHT = 0.5;
const EVERY_PART: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];
/** A stem this long or longer also meets the articles' stems that add at most DERIVED_EXTRA letters to it. */
const DERIVED_MIN = 5;
const DERIVED_EXTRA = 2;

export function analyse(asked: string, stats: CorpusStats): Question {
  const text = fixQuestionWords(writtenOut(asked), stats);
  // "WHOʼ", "USʼ": marked once, read by the question's form, its groups and its names.
  const marked = markAbbreviations(text);
  const form = withoutAbbreviations(marked);
  const only = stats.languages.size === 1 ? [...stats.languages][0] : undefined;
  const lang = detectLanguage(form, only);
  const p = pack(lang);
  const folded = fold(form).trim();
  const { groups, retrieval } = askedGroups(text, marked, folded, lang, stats);
  const { kind, counted, stated } = kindAndCount(folded, groups, p, stats);
  // "Klopt het dat er 300 doden zijn gevallen?": the figure to check and the count's verb are no words an answer
  // must say; the figures the articles give answer it, whatever they are.
  if (stated) groups.splice(0, groups.length, ...groups.filter((g) => !/^\d+$/.test(g.id) && !p.countVerbs.has(g.id)));
  if (kind === 'count') agentNouns(groups, counted, stats);
  if (kind === 'count') populationNouns(groups, counted);
  if (kind === 'person') roleNouns(groups, stats, p);
  const names = namesOf(marked, groups);
  initialsOf(names, groups, retrieval, stats);
  // Not a word in capitals: "CEO", "GDP" are often a thing the articles write out ("chief executive").
  const strangers = stats.languages.has(lang)
    ? asWritten(text, strangersOf(groups, stats)).filter((w) => w !== w.toUpperCase())
    : [];
  return {
    text,
    lang,
    pack: p,
    kind,
    // "What happened in 1905?" asks for one event, not an overview of the articles: a stated number pins it.
    overview: p.overview.test(folded) && !/\d/.test(folded) && !happenedTo(folded, groups, p),
    published: p.published.test(folded) && (kind === 'time' || kind === 'other'),
    examples: words(folded).some((w) => p.exampleWords.has(w)),
    ofPerson: kind === 'definition' && asksKind(folded, p, 'person'),
    // "Why do I have to pay in cash" asks a reason, not what must be done.
    obligation: (kind === 'other' || kind === 'yesno') && p.obligation.test(folded),
    ruleAsked: kind === 'yesno' && p.rules.asked.test(folded),
    groups,
    speakers: speakersOf(folded, groups, p),
    speakerRoles: speakersOf(folded, groups, p, false),
    counted,
    measure: measureOf(folded, p),
    shape: shapeOf(folded, kind, p),
    numbers: numbersOf(text),
    stated,
    retrieval,
    names,
    strangers,
    // "Wie maakte het doelpunt?": a light verb says little of the relation; the word after it says it.
    relation: relationOf(
      folded,
      groups.filter((g) => !isLightVerb(g.id, p)),
      kind,
      p,
      stats.languages.has(lang),
    ),
    role: asksRole(folded, groups, p),
    classAsked: classAskedOf(folded, groups, kind, p),
  };
}

/** The word is one of its language's words for a relation between people (the pack's `kinship`). */
function kinshipWord(id: string, lang: string): boolean {
  const p = PACKS.find((x) => x.code === lang);
  return !!p && Object.values(p.kinship).some((ws) => ws.includes(id));
}

/** The numbers the question writes, other than those joined to letters ("A1", "COVID-19"). */
function numbersOf(text: string): Set<number> {
  return new Set(
    findNumbers(text)
      .filter((n) => !joinedToLetters(n, text))
      .map((n) => n.value),
  );
}

/** Kinds whose answer is a name of the class "which N" asks: not a figure, a time, a reason or a yes or no. */
const CLASS_KINDS: ReadonlySet<AnswerKind> = new Set(['other', 'place', 'person']);

/** A finite verb: an irregular verb's form, prefixed or not ("overleed"), or a regular past ("promoveerde"). */
export function finiteVerb(word: string, p: LanguagePack): boolean {
  const past = !!p.pastVerb?.test(word);
  return past || (!!p.irregularVerbs && formsOfVerb(word, p.irregularVerbs, p.verbForms?.participle).length > 0);
}

/** The group of the noun "what/which N" asks for, when it is a word of the question that is no name. */
function classAskedOf(folded: string, groups: Group[], kind: AnswerKind, p: LanguagePack): Group | undefined {
  const noun = wholeClassAsked(folded, p);
  if (!noun || !CLASS_KINDS.has(kind)) return undefined;
  return groups.find((g) => !g.name && (g.id === noun || g.id === stem(noun, p.code)));
}

/**
 * The noun of "which N" when it is the whole class asked: "What translation theory", "which anthropologist used": only
 * a noun a small word follows, or, where the finite verb comes second, a verb ("In welk ziekenhuis overleed").
 */
function wholeClassAsked(folded: string, p: LanguagePack): string | undefined {
  const m = p.classAsked.exec(folded);
  const noun = m?.[1];
  const next = /^\s+([\p{L}]+)/u.exec(folded.slice((m?.index ?? 0) + (m?.[0].length ?? 0)))?.[1] ?? '';
  const whole = p.stopwords.has(next) || (p.verbSecond && finiteVerb(next, p));
  return noun && whole && !p.stopwords.has(noun) ? noun : undefined;
}

/** The groups of the words the question asks about, without its question form, and the terms retrieval searches. */
function askedGroups(
  text: string,
  marked: string,
  folded: string,
  lang: string,
  stats: CorpusStats,
): { groups: Group[]; retrieval: WeightedTerm[] } {
  const p = pack(lang);
  const asked = groupsOf(text, marked, lang, stats);
  mergeAlternatives(folded, asked.groups, p);
  dropQuestionForm(folded, asked.groups, p);
  saidInVerbs(asked.groups, p);
  // "Hoe warm werd het?": nothing asked beside the measure, so its unit is ("graden"), as the answer gives it.
  const unit = asked.groups.length === 0 ? measureUnit(folded, p) : undefined;
  if (!unit) return asked;
  const measured = groupsOf(`${text} ${unit}`, `${marked} ${unit}`, lang, stats);
  dropQuestionForm(folded, measured.groups, p);
  return measured;
}

function shapeOf(folded: string, kind: AnswerKind, p: LanguagePack): Shape | undefined {
  // "When did Doris score his try?" asks a time: "score" there is the verb, no question for a result.
  if (p.scoreQuestion.test(folded) && (kind === 'other' || kind === 'definition' || kind === 'manner')) return 'score';
  if (p.nameQuestion.test(folded)) return 'name';
  // "Op welke plaats eindigde hij?": "hij werd derde" answers it.
  if (p.rankAsked.test(folded)) return 'rank';
  // "What day did he bring the clock?": "on September 14" answers it, "last week" not.
  const precision = kind === 'time' ? p.timeUnitQuestion.exec(folded)?.[1] : undefined;
  if (precision) return p.timePrecision[precision];
  if (kind !== 'amount') return undefined;
  if (p.shareQuestion.test(folded) || words(folded).some((w) => p.numbers.percent.has(w))) return 'share';
  return words(folded).some((w) => p.priceWords.has(w)) ? 'price' : undefined;
}

/** The first unit of the measure a degree question asks, when it is a word ("graden", "degrees"). */
function measureUnit(folded: string, p: LanguagePack): string | undefined {
  const measure = measureOf(folded, p);
  return measure ? p.measures[measure].units.find((u) => /^\p{L}{3,}$/u.test(u)) : undefined;
}

/** The dimension a question of degree asks about: "how hot" a temperature, "hoe ver" a distance. */
function measureOf(folded: string, p: LanguagePack): Dimension | undefined {
  const degree = p.degreeQuestion.exec(folded);
  const adjective = degree?.[1];
  // "Hoe snel moet de gemeente …" asks a term, no speed.
  if (!degree || !adjective || p.time.term?.test(folded)) return undefined;
  // "Hoe lang wordt de brug?" asks a length, "hoe lang duurt de staking?" a time: a copula right after it or closing
  // the question ("How long will the bridge be?") makes it a length.
  if (p.time.length.test(folded)) {
    const rest = words(folded.slice(degree.index + degree[0].length));
    return [rest[0], rest.at(-1)].some((w) => w && p.copulas.has(w)) ? 'size' : undefined;
  }
  return (Object.keys(p.measures) as Dimension[]).find((d) => p.measures[d].asks.includes(adjective));
}

/** "What happened to the shares?": what happened to a thing, not to a name alone, is no overview. */
function happenedTo(folded: string, groups: Group[], p: LanguagePack): boolean {
  const phrase = p.happenedTo.exec(folded)?.[0];
  return !!phrase && groups.some((g) => !g.name && !phrase.includes(g.id));
}

/** A word markAbbreviations marked ("WHOʼ"). */
const MARKED = new RegExp(`\\p{Lu}+${ABBREVIATION_MARK}`, 'gu');

/**
 * "What does the WHO recommend?", "Does the US …": a short word in capitals is an abbreviation, not the question word
 * or stop word it folds to, so it must not say which kind of answer is asked for. Left out of the text the question's
 * form is read from (a question typed in capitals throughout keeps its words).
 */
function withoutAbbreviations(marked: string): string {
  return marked.replace(MARKED, '');
}

/** Question words of five letters or more, where one typo changes what is asked ("hoevel" for "hoeveel"). */
const QUESTION_WORDS = PACKS.flatMap((p) =>
  [...p.questionWords].filter((w) => w.length >= 5).map((word) => ({ word, lang: p.code })),
);

/**
 * A word one edit from exactly one question word is read as it when no language pack, dictionary or article knows
 * the word, or when it has the question word's stem ("hoevel"): chat questions are typed fast, and the kind of answer
 * hangs on that word.
 */
function fixQuestionWords(text: string, stats: CorpusStats): string {
  return fixOpening(text).replace(/\p{L}{4,}/gu, (w) => {
    const f = fold(w);
    if (PACKS.some((p) => p.stopwords.has(f) || p.questionWords.has(f))) return w;
    const hits = QUESTION_WORDS.filter((q) => oneEditApart(f, q.word));
    if (hits.length !== 1) return w;
    const { word, lang } = hits[0]!;
    const known = PACKS.some((p) => isDictionaryWord(f, p.code) || stats.knows(stem(f, p.code)));
    if (known && stem(f, lang) !== stem(word, lang)) return w;
    return /^\p{Lu}/u.test(w) ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}

/** The question with every pack's informal spellings written out ("whats" → "what is"). */
function writtenOut(text: string): string {
  return PACKS.reduce((t, p) => p.shorthand.reduce((u, [from, to]) => u.replace(from, to), t), text);
}

/**
 * "were did the visitors go": an auxiliary followed by another opens no question in its language, so a first word one
 * edit from exactly one of its question words is that word mistyped (a real word, so fixQuestionWords keeps it).
 */
function fixOpening(text: string): string {
  const m = /^(\s*)(\p{L}+)(\s+)(\p{L}+)/u.exec(text);
  if (!m) return text;
  const [first, second] = [fold(m[2]!), fold(m[4]!)];
  for (const p of PACKS) {
    if (!p.auxiliaries.has(first) || !p.auxiliaries.has(second)) continue;
    const hits = [...p.questionWords].filter((q) => oneEditApart(first, q));
    if (hits.length === 1) return `${m[1]}${hits[0]}${text.slice(m[1]!.length + m[2]!.length)}`;
  }
  return text;
}

/** The languages of the corpus a pack reads, or the question's when it reads none of them. */
function corpusLanguages(stats: CorpusStats, lang: string): string[] {
  const languages = [...stats.languages].filter((l) => PACKS.some((x) => x.code === l));
  return languages.length > 0 ? languages : [lang];
}

/**
 * The question's content words as groups of forms per article language, and the terms retrieval searches for.
 * `marked` is the text with its abbreviations marked (markAbbreviations).
 */
function groupsOf(
  text: string,
  marked: string,
  lang: string,
  stats: CorpusStats,
): { groups: Group[]; retrieval: WeightedTerm[] } {
  const corpusLangs = corpusLanguages(stats, lang);
  const expanded = expandQuery(text, lang, corpusLangs, { cognates: true, lexicon: stats.lexicon, labels: true });
  const retrieval = [...expanded];
  const capitalised = new Set(capitalisedWords(marked));
  const asked = ` ${words(text).join(' ')} `;
  const groups: Group[] = [];
  const unused = new Set<string>();
  const shed = endingParticle(text, lang);
  let particle: string | undefined; // once it joined a verb: part of the verb's forms, no word of its own
  for (const id of new Set(expanded.map((t) => t.group))) {
    const joined = shed ? separableTranslations(id, shed, lang, corpusLangs, stats) : [];
    for (const t of joined) retrieval.push({ term: t, weight: TRANSLATION_WEIGHT, group: id });
    const translations = [...expanded.filter((t) => t.group === id && t.term !== id).map((t) => t.term), ...joined];
    const forms = ownForms(id, lang, translations, corpusLangs);
    abbreviations(id, asked, forms, retrieval, stats);
    shortMonth(id, lang, forms, retrieval);
    if (!knowsAny(forms, stats) && !isDictionaryWord(id, lang)) writtenOutName(id, forms, retrieval, stats);
    phrasalNoun(id, asked, forms, lang, stats);
    const known = () => knowsAny(forms, stats);
    const knownAsAsked = corpusLangs.some((l) => stats.knows(stem(id, l)));
    if (saysNothingUnwritten(id, lang, corpusLangs, stats.lexicon) && !known()) {
      unused.add(id);
      continue;
    }
    const named = capitalised.has(id) || stats.isNameWord(id);
    if (!known() || named) addNameVariants(id, named, corpusLangs, forms, retrieval, stats);
    const misspelt = !known() && mistypedForms(id, lang, forms, stats, besideName(id, asked, stats));
    // A word the articles write as it is asked ("marry") is no name for being one letter from one ("Mary").
    // "Wie is de vrouw van X?": a word for a relation between people, asked in lower case, is no name for being
    // written with a capital in the articles ("Onze-Lieve-Vrouw").
    const name =
      misspelt ||
      capitalised.has(id) ||
      (!kinshipWord(id, lang) &&
        (stats.isNameWord(id) || (!knownAsAsked && stats.variantsOf(id).some((v) => stats.isNameWord(v)))));
    if (!name && addVerbVariants(id, translations, forms, lang, shed, stats)) particle = shed;
    // An unwritten compound is known by its written parts ("mobielverbod": "verbod", "mobiele telefoon"; over English
    // articles "bosbrand" by "forest", "fire"), as is one only the lexicon's split translates ("defensieverdrag").
    // So is one the articles write only elliptically ("waak- of heemhond"): their "hond" elsewhere is the "waakhond".
    const unwritten =
      !known() ||
      (!knownAsAsked && corpusLangs.includes(lang) && splitOnly(id, lang, corpusLangs, stats)) ||
      stats.writesOnlyElliptically(stem(id, lang));
    const compound = !name && unwritten ? compoundParts(id, lang, stats) : [];
    const parts = !name && !known() ? saidOtherwise(id, lang, asked, corpusLangs, stats) : new Map<string, string[]>();
    const soft = new Map<string, Set<string>>();
    if (!name) addSoftForms({ id, lang, asked, corpusLangs, stats }, forms, compound, soft, retrieval);
    for (const [l, more] of parts) addSoft(id, l, more, soft, retrieval);
    const weight = weightOf(forms, stats) * (name ? NAME_WEIGHT : 1);
    // "What was the profession of L'Enfant's father?" is answered by "a painter": the word asks for the answer's type.
    const asksType = !name && asksOccupation(id, lang);
    const opens = !name && (opensWritten(id, lang, stats) || opensWrittenIn(translations, lang, corpusLangs, stats));
    const written = known() || compound.length > 1 || parts.size > 0 || opens;
    const modifiers = compound.length > 1 ? { modifiers: new Set(compound.slice(1)) } : {};
    groups.push({ id, forms, soft, weight, name, known: written || asksType, ...modifiers });
  }
  if (particle) unused.add(particle);
  return { groups: groups.filter((g) => g.id !== particle), retrieval: retrieval.filter((t) => !unused.has(t.group)) };
}

/**
 * "wrak" over articles that write it only in "Wrakkenwet": a word that opens a compound the articles write, before a
 * dictionary word, is a word of theirs (in a language that writes its compounds closed).
 */
function opensWritten(id: string, lang: string, stats: CorpusStats): boolean {
  if (!pack(lang).compounds || id.length < 4) return false;
  return [...new Set([id, stem(id, lang)])].some((f) =>
    stats.extensionsOf(f, 40).some((s) => opensCompound(s.slice(f.length), f, lang)),
  );
}

/**
 * "wreck" over Dutch articles that write "wrak" only in "Wrakkenwet": a translation that opens a compound the articles
 * of its language write is a word of theirs too, as the word asked in that language is (`opensWritten`).
 */
function opensWrittenIn(
  translations: readonly string[],
  lang: string,
  corpusLangs: readonly string[],
  stats: CorpusStats,
): boolean {
  const others = corpusLangs.filter((l) => l !== lang);
  return translations.some((t) => !t.includes(' ') && others.some((l) => opensWritten(t, l, stats)));
}

/**
 * A word the articles never write, long and no dictionary word, may be mistyped: the forms one edit from it. A
 * dictionary word beside a name ("simon lichen" over "Simon Ličen") may be the name's other word mistyped: only the
 * names one edit from it. Whether it was read as a name that way.
 */
function mistypedForms(
  id: string,
  lang: string,
  forms: Map<string, Set<string>>,
  stats: CorpusStats,
  nameBeside: boolean,
): boolean {
  if (id.length < 5 || /\d/.test(id)) return false;
  const dictionary = isDictionaryWord(id, lang);
  if (dictionary && !nameBeside) return false;
  if (!dictionary)
    for (const [l, set] of forms) for (const v of stats.vocabulary()) if (oneEditApart(stem(id, l), v)) set.add(v);
  // "Scientolgy": a name mistyped is one edit from the name as written, though two from its stem.
  const names = [...stats.nameWordList()].filter((w) => oneEditApart(id, w));
  for (const w of names) for (const [l, set] of forms) set.add(stem(w, l));
  return dictionary && names.length > 0;
}

/** The word stands next to a word the articles write as a name, in the question's words. */
function besideName(id: string, asked: string, stats: CorpusStats): boolean {
  const ws = asked.trim().split(' ');
  return ws.some((w, i) => w === id && [ws[i - 1], ws[i + 1]].some((x) => !!x && x !== id && stats.isNameWord(x)));
}

/** The word's stem in every language of the articles, and its translations' stems in the others. */
function ownForms(id: string, lang: string, translations: readonly string[], corpusLangs: readonly string[]) {
  const forms = new Map<string, Set<string>>();
  const bases = superlativeBases(id, lang).map((b) => stem(b, lang));
  for (const l of corpusLangs)
    forms.set(l, new Set([stem(id, l), ...(l === lang ? bases : translations.map((t) => stem(t, l)))]));
  return forms;
}

/** The word asks what someone does for a living ("profession", "beroep"), in any of its forms. */
function asksOccupation(id: string, lang: string): boolean {
  const s = stem(id, lang);
  return [...pack(lang).occupationWords].some((w) => stem(w, lang) === s);
}

/**
 * "What are the dungeon's biggest expenses?" over "big": a superlative is said by its adjective, which no stemmer
 * joins to it; a regular one only ("best" is no "good"), its base a dictionary word.
 */
function superlativeBases(id: string, lang: string): string[] {
  const bases = pack(lang).superlative?.basesOf(id) ?? [];
  return bases.filter((b) => b !== id && id.startsWith(b.slice(0, 3)) && isDictionaryWord(b, lang));
}

/** An unwritten word's written words, per language: its compound's parts translated, its synonyms in its own. */
function saidOtherwise(
  id: string,
  lang: string,
  asked: string,
  corpusLangs: readonly string[],
  stats: CorpusStats,
): Map<string, string[]> {
  const out = translatedParts(id, lang, corpusLangs, stats);
  const synonyms = corpusLangs.includes(lang) ? writtenSynonyms(id, lang, asked, stats) : [];
  if (synonyms.length > 0) out.set(lang, [...(out.get(lang) ?? []), ...synonyms]);
  return out;
}

/**
 * "demonstratie" over articles that write only "betoging": a word they never write is known by its synonyms (of its
 * part of speech where the pack guesses it) that they do write, in its own language; those say it a little less.
 */
function writtenSynonyms(id: string, lang: string, asked: string, stats: CorpusStats): string[] {
  const guess = pack(lang).partsOfSpeech;
  const ws = asked.trim().split(' ');
  const at = ws.indexOf(id);
  // "krijg" is a light verb and a noun ("oorlog", "strijd"): unknown, a light verb is dropped, not read otherwise.
  if (at < 0 || isLightVerb(id, pack(lang))) return [];
  const parts = guess ? guess(ws, at) : EVERY_PART;
  const found = withIrregular(id, lang).flatMap((f) => relatedByPart('synonyms', f, lang, parts));
  // Written once, a synonym may stand in another sense ("pupils" of the eye for "students"): twice at least.
  return [...new Set(found.map((s) => stem(s, lang)))].filter((s) => stats.df(s) >= 2);
}

/** A word the lexicon translates into the articles' other languages only by splitting it as a compound. */
function splitOnly(id: string, lang: string, langs: readonly string[], stats: CorpusStats): boolean {
  const others = langs.filter((l) => l !== lang);
  return others.every((l) => stats.lexicon.translateTerm(id, lang, l, { split: false }).length === 0);
}

/** The stems of the words that set the bound an asked word sets ("minimaal": "minst" of "ten minste"). */
function sameBound(id: string, lang: string): string[] {
  const set = pack(lang).sameBounds.find((words) => words.includes(id));
  return set ? set.filter((w) => w !== id).map((w) => stem(w, lang)) : [];
}

/**
 * The forms that count a little less for a word that is no name: its synonyms, the parts of an unwritten compound,
 * words derived from it, nouns made from its verb, words of dying for a question about death; each a retrieval term.
 */
function addSoftForms(
  w: { id: string; lang: string; asked: string; corpusLangs: readonly string[]; stats: CorpusStats },
  forms: Map<string, Set<string>>,
  compound: readonly string[],
  soft: Map<string, Set<string>>,
  retrieval: WeightedTerm[],
): void {
  const { id, lang, asked, corpusLangs, stats } = w;
  const own = forms.get(lang);
  if (own) {
    // The round trip's words of the asked word's other words ("meeting" → "competition" for "meet") are searched
    // for, but say the asked word too loosely to count for it.
    // A pack that cannot guess the word's part of speech (Dutch) gets the table's words of every part: loose ones.
    const related = partRelated(id, lang, asked);
    const guessed = pack(lang).partsOfSpeech !== undefined;
    // Its table's synonyms that list it in turn ("pagina" ↔ "bladzijde") say the word, though no part is guessed.
    const mutual = guessed ? [] : mutualSynonyms(id, lang, EVERY_PART).map((s) => stem(s, lang));
    const loose = [...stats.lexicon.synonyms(id, lang), ...(guessed ? [] : related)];
    const close = new Set([...stats.lexicon.synonyms(id, lang, { ownSense: true }), ...mutual]);
    const same = [
      ...close,
      ...(guessed ? related : []),
      ...compound,
      ...derived(own, stats),
      ...agentVerbs(own, lang, stats),
      // "staakten" → "stak" → "staking": from the verb's stems too, which the articles need not write.
      ...nominals(new Set([...own].flatMap((f) => [...verbBases(f, lang), f])), pack(lang), stats),
    ].filter((s) => !own.has(s));
    addSoft(id, lang, same, soft, retrieval);
    // "ten minste" says "minimaal", but provisions say it so often that searching for it finds every other bound.
    soft.set(lang, new Set([...(soft.get(lang) ?? []), ...sameBound(id, lang)]));
    for (const term of loose.filter((s) => !close.has(s) && !own.has(s)))
      retrieval.push({ term, weight: SYNONYM_WEIGHT, group: id });
    for (const t of deathWords(id, lang, corpusLangs)) retrieval.push({ term: t, weight: SYNONYM_WEIGHT, group: id });
    for (const [l, dying] of dyingWords(id, asked, lang, corpusLangs)) {
      soft.set(l, new Set([...(soft.get(l) ?? []), ...stemsOfDying(pack(l))]));
      for (const t of dying) retrieval.push({ term: t, weight: SYNONYM_WEIGHT, group: id });
    }
  }
  // "Waar ligt X begraven?" over "Resting place Montmartre Cemetery": any burial word of the articles' languages.
  for (const l of burialAsked(id, lang) ? corpusLangs : []) {
    const burial = pack(l).burial.map((b) => stem(b, l));
    addSoft(
      id,
      l,
      burial.filter((b) => !forms.get(l)?.has(b)),
      soft,
      retrieval,
    );
  }
  // "Who leads the opposition?" over "onder leiding van": a translation's noun in "-ing", as the asker's own has.
  for (const [l, set] of [...forms].filter(([x]) => x !== lang)) {
    const more = nominals(set, pack(l), stats).filter((s) => !set.has(s));
    addSoft(id, l, more, soft, retrieval);
  }
  // "Wie was de echtgenoot van X?" over "Spouse(s) Y": the other words of a relation between people, in each language.
  for (const l of corpusLangs) {
    const kin = [...new Set(kinWords(id, lang, l, SYMMETRIC))].filter((s) => !forms.get(l)?.has(s));
    addSoft(id, l, kin, soft, retrieval);
  }
  addPackWords(id, lang, corpusLangs, soft, retrieval);
}

/** The pack's words that say the asked word in each article language, as soft forms. */
function addPackWords(
  id: string,
  lang: string,
  corpusLangs: readonly string[],
  soft: Map<string, Set<string>>,
  retrieval: WeightedTerm[],
): void {
  // "What does X usually lead to?" over "X generally leads to": a word for what holds as a rule meets the others.
  const rule = (l: string) => [...pack(l).asARule].map((a) => stem(a, l));
  if (pack(lang).asARule.has(id)) for (const l of corpusLangs) addSoft(id, l, rule(l), soft, retrieval);
  // "What if a minor wins?" over "nog niet de leeftijd van achttien jaren": the age that draws the status's line.
  const age = (l: string) => pack(l).ageStatus.age.map((a) => stem(a, l));
  if (pack(lang).ageStatus.words.has(id)) for (const l of corpusLangs) addSoft(id, l, age(l), soft, retrieval);
  // "Hoeveel tijd kregen gemeenten …?" over "… geeft het college van burgemeester en wethouders uitvoering …".
  const organs =
    pack(lang)
      .organsOf.get(id)
      ?.map((o) => stem(o, lang)) ?? [];
  if (organs.length > 0) addSoft(id, lang, organs, soft, retrieval);
}

/** The word is one of its language's words of burial ("begraven", "buried"). */
export function burialAsked(id: string, lang: string): boolean {
  const p = pack(lang);
  return p.burial.some((b) => b === id || stem(b, lang) === stem(id, lang));
}

/**
 * "Why is the grid tilted?" over "slanted", "Where is X buried?" over "burial", "Why did it topple?" over "fall": the
 * word's synonyms, derivations, more general and narrower verbs (`RELATIONS`), in the part of speech it has in the
 * question, guessed once.
 */
function partRelated(id: string, lang: string, asked: string): string[] {
  const guess = pack(lang).partsOfSpeech;
  const ws = asked.trim().split(' ');
  const at = ws.indexOf(id);
  if (at < 0) return [];
  // A language whose pack cannot guess a word's part of speech looks the word up in every part.
  const parts = guess ? guess(ws, at) : EVERY_PART;
  const related = RELATIONS.flatMap((r) => withIrregular(id, lang).flatMap((f) => relatedByPart(r, f, lang, parts)));
  return [...related, ...phrasalRelated(ws, at, lang)].map((s) => stem(s, lang));
}

/** The word and an irregular verb's other forms ("wrote" is found under "write"), which no rule of endings gives. */
function withIrregular(word: string, lang: string): string[] {
  return [word, ...(pack(lang).irregularVerbs?.forms.get(word) ?? [])];
}

/**
 * "Why was it thrown away?" over "discarded": the word and the one after it, or the one before it and the word, a
 * phrasal verb the table has ("throw away"), say what the phrase's synonyms say; its particle too.
 */
function phrasalRelated(ws: readonly string[], at: number, lang: string): string[] {
  const bases = (w: string) => [...new Set(withIrregular(w, lang).flatMap((f) => [f, ...baseFormsOf(f, lang)]))];
  const [before, word, after] = [ws[at - 1], ws[at]!, ws[at + 1]];
  const phrases = [
    ...(after ? bases(word).map((b) => `${b} ${after}`) : []),
    // "away" of "thrown away", not "part" of "took part": a particle, no noun of its own, is said by the phrase too.
    ...(before && !isNoun(word, lang) ? bases(before).map((b) => `${b} ${word}`) : []),
  ];
  return phrases.flatMap((p) => relatedByPart('synonyms', p, lang, ['v']));
}

/** WordNet knows the word as a noun, in any relation. */
function isNoun(word: string, lang: string): boolean {
  return RELATIONS.some((r) => relatedByPart(r, word, lang, ['n']).length > 0);
}

/** Stems that count a little less for the group, in a language, each a retrieval term too. */
function addSoft(id: string, l: string, stems: string[], soft: Map<string, Set<string>>, out: WeightedTerm[]): void {
  soft.set(l, new Set([...(soft.get(l) ?? []), ...stems]));
  for (const term of stems) out.push({ term, weight: SYNONYM_WEIGHT, group: id });
}

/**
 * An abbreviation the articles never write ("the US" over Dutch articles) says nothing about them: left out, as the
 * stop word it folds to always was; so is a conjunction opening a clause ("terwijl"), which only joins two, a noun
 * for whatever is meant ("spullen"), which the articles say by naming the things, and a function word of the
 * articles' language.
 */
function saysNothingUnwritten(id: string, lang: string, corpusLangs: readonly string[], lexicon: Lexicon): boolean {
  const p = pack(lang);
  if (id.endsWith(ABBREVIATION_MARK) || p.subordinators.has(id) || p.placeholderNouns.has(id)) return true;
  return functionWordThere(id, lang, corpusLangs, lexicon);
}

/**
 * The asker's word is said with a function word in every language of the articles but its own: "want" is "wil" in
 * Dutch, a stop word there, so "What does X want?" over Dutch articles asks what they say X wants, as "Wat wil X?"
 * does, and a Dutch article cannot be expected to hold the word. So is a word that is a function word there as it is
 * written: "Heeft The Onion …" over English articles names "Onion", and no article indexes its "the".
 */
function functionWordThere(id: string, lang: string, corpusLangs: readonly string[], lexicon: Lexicon): boolean {
  const others = corpusLangs.filter((l) => l !== lang);
  return (
    others.length === corpusLangs.length &&
    others.length > 0 &&
    others.every((l) => isStopword(id, l) || lexicon.translateTerm(id, lang, l).some((t) => isStopword(t, l)))
  );
}

/**
 * "Toen ze stierf": an article may say it as "kwam om het leven" (a pack's death phrases), which no form of "stierf"
 * finds; the phrases' words are searched for too, in every language of the articles.
 */
function deathWords(id: string, lang: string, corpusLangs: readonly string[]): string[] {
  const p = pack(lang);
  if (!wordsOfDying(p).includes(id)) return [];
  return corpusLangs.flatMap((l) => pack(l).deathPhrases.flatMap((d) => words(d).filter((w) => !isStopword(w, l))));
}

/**
 * "Waar verongelukte koningin Astrid?", "Where was he killed?", "Hoeveel mensen kwamen om het leven?": a word of a
 * phrase of dying the question says meets the words of dying ("stierf", "died") in every article language, and with
 * them a life span.
 */
function dyingWords(id: string, asked: string, lang: string, corpusLangs: readonly string[]): [string, string[]][] {
  const said = pack(lang).deathPhrases.filter((d) => asked.includes(` ${d} `));
  if (!said.some((d) => words(d).includes(id))) return [];
  return corpusLangs.map((l) => [l, wordsOfDying(pack(l))]);
}

/**
 * Names are spelt differently across articles and languages (Tchaikovsky, Tsjaikovski): the variants the articles
 * write, and a country's other names ("USA" over "the US") where no translation gave them already; of a word the
 * asker or the articles write as a name, the names WordNet makes from it.
 */
function addNameVariants(
  id: string,
  named: boolean,
  corpusLangs: readonly string[],
  forms: Map<string, Set<string>>,
  retrieval: WeightedTerm[],
  stats: CorpusStats,
): void {
  const made = named ? namesMadeFrom(id, corpusLangs, stats) : [];
  for (const v of new Set([...stats.variantsOf(id), ...demonymsOf(id, corpusLangs, stats), ...made]))
    addVariant(id, v, forms, retrieval);
  for (const v of countryNames(id))
    if (![...forms].some(([l, set]) => set.has(stem(v, l)))) addVariant(id, v, forms, retrieval);
}

/**
 * "Aristotle" for "Aristotelian", "Spain" for "Spanish": names WordNet makes from the name, or it from them, that the
 * articles write as names, where no ending rule (`demonymsOf`) joins them. Only of a name: "democracies" the articles
 * never write is no "Democratic" party.
 */
function namesMadeFrom(id: string, corpusLangs: readonly string[], stats: CorpusStats): string[] {
  return corpusLangs.flatMap((l) => relatedByPart('derivations', id, l, ['n', 'a']).filter((w) => stats.isNameWord(w)));
}

/** Another way the articles write the asker's word: one of its forms in every language, and a retrieval term. */
function addVariant(id: string, w: string, forms: Map<string, Set<string>>, retrieval: WeightedTerm[]): void {
  for (const [l, set] of forms) set.add(stem(w, l));
  retrieval.push({ term: w, weight: VARIANT_WEIGHT, group: id });
}

/** A verb's stem is this long at least: shorter ones join unrelated words ("sta" of "staat" and "stad"). */
const VERB_STEM = 4;

/**
 * Stems of the same verb's other forms that the articles write, where the pack's stemmer leaves them apart: "druk"
 * (drukken) finds "gedrukt" and "drukt" (drukte), "maak" finds "gemaakt", and "gedrukt" finds "druk".
 */
export function verbForms(s: string, lang: string, stats: CorpusStats, particle = ''): string[] {
  const rule = pack(lang).verbForms;
  if (!rule || /\d/.test(s)) return [];
  const { endings, participle } = rule;
  const out = new Set<string>();
  for (const b of verbBases(s, lang)) {
    if ((particle + b).length < VERB_STEM) continue;
    // A strong verb's participle ends in "-en", which the stemmer strips: "uitgegeven" is "uit" + "ge" + "gev". Only
    // joined to a particle: alone, "ge" + a stem is often another word ("gebied" is no form of "bieden").
    const strong = particle ? [participle + b] : [];
    // "duurt" / "durende": the present participle, an adjective before its noun ("de 40 dagen durende vasten"), its
    // syllable open before the ending ("duur" / "dur-end").
    const present = rule.present ? [b.replace(/([aeiou])\1([^aeiouy])$/, '$1$2') + rule.present] : [];
    const all = [b, ...strong, ...present, ...endings.flatMap((e) => [b + e, participle + b + e])];
    for (const f of all.map((x) => particle + x)) {
      // The stemmer reads a participle of a verb in "-enen" as a present one: "ondertekend" is stemmed "ondertek".
      const stemmed = stem(f, lang);
      for (const v of new Set([f, stemmed])) if (v !== s && v.length >= VERB_STEM && stats.knows(v)) out.add(v);
    }
  }
  return [...out];
}

/**
 * "Hoeveel werknemers staakten?" over "Het bedrijf spreekt van 1.200 stakers": the noun for who does the asked verb
 * ("stak" + "er") says the verb and counts the people the question counts; soft forms of both.
 */
function agentNouns(groups: Group[], counted: Group[], stats: CorpusStats): void {
  const head = counted.at(-1);
  if (!head || head.name) return;
  for (const g of groups) {
    if (g.name || counted.includes(g) || /\d/.test(g.id)) continue;
    const agents = agentForms(g, stats, verbBases);
    addForms(g.soft, agents);
    addForms(head.soft, agents);
  }
}

/** The stems of the words a population's figure is written with ("population", "inhabitants", "inwoners"). */
const populationStems = oncePerLanguage((lang): ReadonlySet<string> => {
  const p = pack(lang);
  const nouns = [...p.numbers.populations].flatMap((k) => [k, ...(p.measureFigures[k]?.words ?? [])]);
  return new Set(nouns.map((w) => stem(w, lang)));
});

/**
 * "How many people live in Westbury?" over "Westbury had 8,000 inhabitants", "Hoeveel mensen wonen in Hove?" over
 * "Hove telt 12.400 inwoners": a word whose forms or synonyms are a population's ("live" → "populate", "wonen" →
 * "bevolking") takes the pack's words for a population's figure as soft forms; they say it. Not the counted noun:
 * "How many residents?" counts what it names.
 */
function populationNouns(groups: Group[], counted: readonly Group[]): void {
  for (const g of groups) {
    if (g.name || counted.includes(g)) continue;
    for (const l of new Set([...g.forms.keys(), ...g.soft.keys()])) {
      const family = populationStems(l);
      if ([...family].some((s) => hasForm(g, l, s))) addForms(g.soft, new Map([[l, new Set(family)]]));
    }
  }
}

/**
 * "Who leads the campaign?" over "campaign leader Fiona Hale", "Wie leidt de ploeg?" over "ploegleider": the noun for
 * who does the asked verb says the relation; a soft form of the verb.
 */
function roleNouns(groups: Group[], stats: CorpusStats, p: LanguagePack): void {
  // A language without verb inflection rules (English) has no bases but the word itself: "lead" + "er".
  const bases = (f: string, l: string) => [f, ...verbBases(f, l)];
  for (const g of groups) if (!g.name && !/\d/.test(g.id)) addForms(g.soft, agentForms(g, stats, bases));
  // "Who heads the study?" over "Professor Ames, Director of the study": any noun of who leads says a verb of leading.
  for (const g of groups) {
    if (g.name || !isVerbOf(g.id, p.leading.verbs, p)) continue;
    for (const l of g.forms.keys()) {
      const nouns = [...pack(l).leading.nouns].map((n) => stem(n, l)).filter((n) => stats.knows(n));
      addForms(g.soft, new Map([[l, new Set(nouns)]]));
    }
  }
}

/** Per language, the agent nouns the articles write for a group's forms: each base of a form + the pack's suffix. */
function agentForms(
  g: Group,
  stats: CorpusStats,
  bases: (form: string, lang: string) => Iterable<string>,
): Map<string, Set<string>> {
  const agents = new Map<string, Set<string>>();
  for (const [l, set] of g.forms) {
    const { agentSuffixes, agentEndings } = pack(l);
    const known = [...set]
      .flatMap((f) => [...bases(f, l)])
      .flatMap((b) => [
        ...agentSuffixes.map((s) => b + s),
        ...agentEndings.filter(([from]) => b.endsWith(from)).map(([from, to]) => b.slice(0, -from.length) + to),
      ])
      .filter((a) => a.length > VERB_STEM && stats.knows(a));
    if (known.length > 0) agents.set(l, new Set(known));
  }
  return agents;
}

/** A verb form's possible stems: itself, its open-syllable spelling, and without a past or participle's ending. */
function verbBases(s: string, lang: string): Set<string> {
  const rule = pack(lang).verbForms;
  if (!rule || /\d/.test(s)) return new Set();
  const { endings, participle } = rule;
  const bases = new Set([s, s.replace(/([^aeiou])([aeiou])([^aeiouy])$/, '$1$2$2$3')]);
  // "evacu-eren", "kopi-eren": after a vowel its diaeresis keeps apart ("geëvacueerd", folded), "e" doubles too.
  bases.add(s.replace(/([ui])e([^aeiouy])$/, '$1ee$2'));
  // The other way: a participle or an inflected form, back to the verb's stem (and its open-syllable spelling).
  const core = endings.some((e) => s.endsWith(e))
    ? s.slice(s.startsWith(participle) && s.length > participle.length + VERB_STEM ? participle.length : 0, -1)
    : undefined;
  if (core) for (const c of [core, core.replace(/([aeiou])\1([^aeiouy])$/, '$1$2')]) bases.add(c);
  // "geef" / "gev(en)", "lees" / "lez(en)": a consonant voiced before the open syllable's ending.
  for (const b of [...bases])
    for (const [from, to] of rule.voiced ?? []) if (b.endsWith(from)) bases.add(b.slice(0, -from.length) + to);
  // "dan" (dansen) / "danst": the s the stem lost, back (after the open syllable's spelling: "plat" / "plaatst").
  if (rule.lostS) for (const b of [...bases]) if (rule.lostS.test(b)) bases.add(`${b}s`);
  return bases;
}

/**
 * "aangekondigd", "aanhouden": a verb joined to its particle, which the articles may write apart ("kondigde … aan",
 * joined back by `sentenceStems`): the joined forms of the verb the articles write.
 */
function addSeparatedForms(id: string, forms: Map<string, Set<string>>, lang: string, stats: CorpusStats): void {
  const p = pack(lang);
  const set = forms.get(lang);
  const ge = p.verbForms?.participle ?? '';
  if (!set || !p.separableParticles) return;
  for (const particle of p.separableParticles) {
    if (!id.startsWith(particle)) continue;
    let rest = id.slice(particle.length);
    if (ge && rest.startsWith(ge) && rest.length - ge.length >= VERB_STEM) rest = rest.slice(ge.length);
    if (rest.length >= VERB_STEM) for (const f of verbForms(stem(rest, lang), lang, stats, particle)) set.add(f);
  }
}

/**
 * "How many people turned out": the noun its phrasal verb makes ("turnout", "layoff" of "laid off", "takeover" of
 * "took over"), where the articles write it, is one of the verb's forms.
 */
function phrasalNoun(
  id: string,
  asked: string,
  forms: Map<string, Set<string>>,
  lang: string,
  stats: CorpusStats,
): void {
  const p = pack(lang);
  const particle = new RegExp(` ${id} ([a-z]+) `).exec(asked)?.[1];
  const set = forms.get(lang);
  if (!particle || !set || !p.phrasalParticles?.has(particle)) return;
  for (const base of new Set([stem(id, lang), p.irregularVerbs?.forms.get(id)?.[0] ?? id])) {
    const noun = stem(base + particle, lang);
    if (stats.knows(noun)) set.add(noun);
  }
}

/**
 * "Wanneer kondigde de minister het aan?", "Hoeveel mensen kwamen om bij de brand?": a particle that may belong to the
 * question's verb, as articles' sentences are read (text-view.ts): closing the question, or before a word that opens
 * what follows a verb.
 */
function endingParticle(text: string, lang: string): string | undefined {
  const p = pack(lang);
  const ws = words(text);
  const last = ws.at(-1);
  if (last && p.separableParticles?.has(last)) return last;
  return ws.find((w, i) => i >= 2 && p.separableParticles?.has(w) && !!p.afterParticle?.has(ws[i + 1] ?? ''));
}

/**
 * "Waarom riep Philips de apparaten terug?" over English articles: the verb the particle closing the question belongs
 * to is translated joined to it ("terugroepen": "recall"), not as "roepen" and "terug" ("call", "back").
 */
function separableTranslations(
  id: string,
  particle: string,
  lang: string,
  corpusLangs: readonly string[],
  stats: CorpusStats,
): string[] {
  if (id === particle) return [];
  const infinitive = pack(lang).irregularVerbs?.forms.get(id)?.[0];
  const verbs = [...(infinitive ? [infinitive] : []), ...baseFormsOf(id, lang)];
  for (const to of corpusLangs.filter((l) => l !== lang))
    for (const v of verbs) {
      const found = stats.lexicon.translateTerm(particle + v, lang, to);
      if (found.length > 0) return found.filter((t) => !t.includes(' '));
    }
  return [];
}

/**
 * Adds the forms of the verb the articles write to each form, in the question's language also joined to `particle`,
 * a particle ending the question that the verb shed ("kondigde … aan": "aankondig", "aangekondigd"; the stemmer keeps
 * a joined verb whole). Whether the particle joined a form the articles write.
 */
function addVerbForms(
  forms: Map<string, Set<string>>,
  lang: string,
  particle: string | undefined,
  stats: CorpusStats,
  irregular = false,
): boolean {
  let joined = false;
  for (const [l, set] of forms) {
    // "won" is "winnen"'s: guessed as a regular verb's it would be "wonen"'s ("gewoond").
    if (irregular && l === lang) continue;
    for (const f of [...set]) {
      const shed = particle && l === lang && f !== stem(particle, l) ? verbForms(f, l, stats, particle) : [];
      joined ||= shed.length > 0;
      for (const v of [...verbForms(f, l, stats), ...shed]) set.add(v);
    }
  }
  return joined;
}

/**
 * Every form of the asked verb the articles write: regular inflections, an irregular verb's forms, and the joined
 * forms of a verb the articles may write apart from its particle. Whether `particle`, ending the question, joined it.
 */
function addVerbVariants(
  id: string,
  translations: readonly string[],
  forms: Map<string, Set<string>>,
  lang: string,
  particle: string | undefined,
  stats: CorpusStats,
): boolean {
  const verbs = pack(lang).irregularVerbs;
  const isIrregular = !!verbs && formsOfVerb(id, verbs, pack(lang).verbForms?.participle).length > 0;
  const regular = addVerbForms(forms, lang, particle, stats, isIrregular);
  const irregular = addIrregularForms(id, translations, forms, lang, particle, stats);
  addSeparatedForms(id, forms, lang, stats);
  return regular || irregular;
}

/**
 * Adds the forms of an irregular verb the articles write: "vielen" → "gevallen", in the question's language also
 * joined to `particle` ("hield … aan" → "aangehouden"); "go" → "went", and so for each translation. Whether the
 * particle joined a form the articles write.
 */
function addIrregularForms(
  id: string,
  translations: readonly string[],
  forms: Map<string, Set<string>>,
  lang: string,
  particle: string | undefined,
  stats: CorpusStats,
): boolean {
  let joined = false;
  for (const [l, set] of forms) {
    const p = pack(l);
    if (!p.irregularVerbs) continue;
    // "leads" is "lead"'s, though the table lists no regular third person: the asker's word's stem finds its row.
    const row = (w: string) => {
      const own = formsOfVerb(w, p.irregularVerbs!, p.verbForms?.participle);
      if (own.length > 0 || l !== lang) return own;
      const stemmed = stem(w, l) === w ? [] : formsOfVerb(stem(w, l), p.irregularVerbs!, p.verbForms?.participle);
      if (stemmed.length > 0) return stemmed;
      // "becoming" is "become"'s: its stem ("becom") finds no row, its base form does. Only of a verb's "-ing" form:
      // a noun's guessed base may split into a prefix and a verb ("inzet" → "inzeten" → "in" + "zitten").
      if (!p.progressive?.test(w)) return [];
      const bases = baseFormsOf(w, l).map((b) => formsOfVerb(b, p.irregularVerbs!, p.verbForms?.participle));
      return bases.find((f) => f.length > 0) ?? [];
    };
    const of = (w: string) =>
      row(w)
        .map((f) => stem(f, l))
        .filter((f) => stats.knows(f));
    // A verb that joins the particle is that verb only: "geeft … uit" is not "gaf".
    const shed = particle && l === lang ? of(particle + id) : [];
    joined ||= shed.length > 0;
    for (const f of shed.length > 0 ? shed : (l === lang ? [id] : translations).flatMap(of)) set.add(f);
  }
  return joined;
}

/** A place's name shares this much with its people's ("chin" in China, Chinese): shorter stems join unrelated names. */
const DEMONYM_STEM = 4;

/**
 * "China" for "Chinese" and back, "Belgium" for "Belgian", "Amerika" for "Amerikaanse": names the articles write that
 * swap the word's place ending for a people ending of a corpus language, or the other way round.
 */
function demonymsOf(id: string, langs: readonly string[], stats: CorpusStats): string[] {
  const out = new Set<string>();
  for (const l of langs) {
    const { places, people } = pack(l).demonyms;
    for (const [from, to] of [
      [places, people],
      [people, places],
    ] as const)
      for (const e of from) {
        if (!id.endsWith(e) || id.length - e.length < DEMONYM_STEM) continue;
        const base = id.slice(0, id.length - e.length);
        for (const x of to) if (base + x !== id && stats.isNameWord(base + x)) out.add(base + x);
      }
  }
  return [...out];
}

/**
 * Abbreviations the articles define: "TB" finds "tuberculosis" and back, "WHO" finds the words of "World Health
 * Organization", and "human coronavirus" in the question finds "HCoV".
 */
function abbreviations(
  id: string,
  asked: string,
  forms: Map<string, Set<string>>,
  retrieval: WeightedTerm[],
  stats: CorpusStats,
): void {
  const add = (w: string) => addVariant(id, w, forms, retrieval);
  for (const alt of stats.abbreviationsOf(id)) {
    const ws = alt.split(' ');
    if (ws.length === 1) add(alt);
    else for (const w of ws) if (!isStopword(w)) retrieval.push({ term: w, weight: VARIANT_WEIGHT, group: id });
  }
  for (const [ws, short] of stats.longFormsWith(id)) if (asked.includes(` ${ws.join(' ')} `)) add(short);
}

/**
 * "By February 10" over "as of Feb. 10, 2020": a month asked is also written in the pack's short form of it, the
 * abbreviation its name begins with.
 */
function shortMonth(id: string, lang: string, forms: Map<string, Set<string>>, retrieval: WeightedTerm[]): void {
  const p = pack(lang);
  if (!p.time.months.includes(id)) return;
  for (const a of p.abbreviations)
    if (a.length >= 3 && a !== id && id.startsWith(a)) addVariant(id, a, forms, retrieval);
}

/**
 * "nz", "LegCo", "GW": a short form no article writes and no dictionary has, for a name of several words they do
 * ("New Zealand"). Every word of the name is searched for; its rarest word says it.
 */
function writtenOutName(
  id: string,
  forms: Map<string, Set<string>>,
  retrieval: WeightedTerm[],
  stats: CorpusStats,
): void {
  for (const ws of stats.longFormsOf(id.replace(ABBREVIATION_MARK, ''))) {
    const own = ws.filter((w) => !isStopword(w));
    for (const w of own) retrieval.push({ term: w, weight: VARIANT_WEIGHT, group: id });
    for (const [l, set] of forms) {
      const stems = own.map((w) => stem(w, l));
      const rarest = stems.reduce((a, b) => (stats.idf(b) > stats.idf(a) ? b : a), stems[0] ?? '');
      if (rarest) set.add(rarest);
    }
  }
}

/**
 * "Where did X make his statement?" over "In Brussel waarschuwde X dat …": what someone said is told in a verb of
 * saying as often as in a noun, so a noun for it counts the articles' verbs of saying a little less than itself; a
 * light verb beside it ("make", "give") only makes the noun a verb and is no word of its own.
 */
function saidInVerbs(groups: Group[], p: LanguagePack): void {
  const said = groups.find((g) => p.speechNouns.has(g.id));
  if (!said) return;
  for (const l of said.forms.keys()) {
    // "Hoe noemt X de uitspraak": a verb the question says itself is its own word, not the noun's.
    const own = new Set(groups.filter((g) => g !== said).flatMap((g) => [...(g.forms.get(l) ?? [])]));
    const verbs = [...pack(l).sayingVerbs].map((v) => stem(v, l)).filter((v) => !own.has(v));
    said.soft.set(l, new Set([...(said.soft.get(l) ?? []), ...verbs]));
  }
  groups.splice(0, groups.length, ...groups.filter((g) => !isLightVerb(g.id, p)));
}

/** "What does SUT stand for?", "Wat betekent WOW?": the short form the question asks to spell out, folded. */
export function shortFormAsked(folded: string, p: LanguagePack): string | undefined {
  return p.spelledOutQuestion?.exec(folded.trim())?.slice(1).find(Boolean);
}

/** The words of a question that asks what a short form stands for, besides the short form itself. */
function spelledOutForm(folded: string, groups: Group[], p: LanguagePack): string[] {
  const short = shortFormAsked(folded, p);
  return short ? groups.map((g) => g.id).filter((id) => id !== short && !fold(id).startsWith(short)) : [];
}

/** "How long", "Is it true that …", "how many types of": words of the question's form, not its content. */
function dropQuestionForm(folded: string, groups: Group[], p: LanguagePack): void {
  const countAt = p.countPhrase.exec(folded);
  const partitive = countAt ? words(folded.slice(countAt.index + countAt[0].length))[0] : undefined;
  // Words that say what to answer, not what about ("wat was de uitslag", "what percentage", "what happened to the
  // shares", "wat gebeurt er als", "hoeveel betaalde", "waar ligt het kasteel"): the articles may never write them
  // ("2 - 1", "7%", "4 miljoen euro", "is located", a consequence in the law's own verb).
  const place = asksKind(folded, p, 'place');
  // "How many runners took part?": "part" goes with "took", a light verb.
  const lightNoun = p.lightPhrase.exec(folded)?.[1];
  const unsaid = new Set([
    ...[p.scoreQuestion, p.shareQuestion, p.happenedTo, p.asksConsequence].flatMap((r) =>
      words(r.exec(folded)?.[0] ?? ''),
    ),
    ...words(folded).filter((w) => p.priceWords.has(w) || (place && p.placeVerbs.has(w))),
  ]);
  const form = [
    // "the number of", "de omvang van", "aantallen": the count phrase's own words say how to answer, not what about.
    ...words(countAt?.[0] ?? ''),
    // "hoe lang en hoe hard": every degree asked is the question's form.
    ...[...folded.matchAll(new RegExp(p.degreeQuestion.source, `${p.degreeQuestion.flags}g`))].flatMap((m) =>
      m.slice(1),
    ),
    p.timeUnitQuestion.exec(folded)?.[1],
    ...words(p.verification.exec(folded)?.[0] ?? ''),
    ...words(p.request.exec(folded)?.[0] ?? ''),
    partitive && p.partitives.has(partitive) ? partitive : undefined,
    ...groups.map((g) => g.id).filter((id) => p.exampleWords.has(id)),
    ...(countAt || p.degreeQuestion.test(folded) ? groups.map((g) => g.id).filter((id) => p.countVerbs.has(id)) : []),
    // "What does X think": X's words answer, in whatever verb the articles give them.
    ...opinionAsked(folded, p),
    // "When does the expansion come out?" over "It follows on 24 April": the articles say it in their own verb.
    // "What did Luther take to Eisleben?" asks nothing else than the verb besides its names: it stays.
    ...besideKnown(groups, (g) => isLightVerb(g.id, p) || g.id === lightNoun),
    // "How did they get introduced?" over "he introduced us": a passive's helper is no word of what happened.
    p.passiveHelper?.exec(folded)?.[1],
    // "How did she end up becoming a writer?" over "I started to write down my dreams": how it turned out is asked.
    p.outcome.exec(folded)?.[1],
    ...groups.filter((g) => !g.known && unsaid.has(g.id)).map((g) => g.id),
    // "Waar ligt X begraven?" asks where X is buried: beside another verb, the verb of where something is says
    // nothing the articles must write ("Where is NTCP located in the body?" keeps it).
    ...(place ? besideVerb(groups, p) : []),
    // "Hoeveel mensen deden mee aan het onderzoek?": a particle left by a verb the stop words hold says nothing the
    // articles must write, beside a word they do ("Wie gaat er mee?" keeps it: nothing else is asked).
    ...besideKnown(groups, (g) => !!p.separableParticles?.has(g.id)),
    // "Welke rol speelt X?": a question about X, in words the answer need not write.
    ...(p.roleQuestion.exec(folded)?.slice(1) ?? []),
    // "Wat wordt verstaan onder X?", "What is meant by X?": X is asked, "verstaan" and "meant" need not be written.
    ...(p.meaningQuestion.exec(folded)?.slice(1) ?? []),
    // "When will the referendum take place?": happening, in words the answer need not repeat.
    ...(asksKind(folded, p, 'time') ? (p.happens.exec(folded)?.slice(1) ?? []) : []),
    // "Wat betekent WOW?", "What does SUT stand for?": the short form is asked; "betekent", "stand" are its form.
    ...spelledOutForm(folded, groups, p),
    // "What is the frog called?": "called" is no word the answer must say, whatever else the articles call.
    ...(p.nameQuestion.test(folded) ? groups.map((g) => g.id).filter((id) => p.namingWords.includes(id)) : []),
  ];
  groups.splice(0, groups.length, ...groups.filter((g) => !form.includes(g.id)));
}

/** The question's verbs of where something is, when another verb of it says what is asked ("ligt … begraven"). */
function besideVerb(groups: Group[], p: LanguagePack): string[] {
  const placed = (g: Group) => p.placeVerbs.has(g.id);
  const verb = (g: Group) => !g.name && g.known && !placed(g) && (finiteVerb(g.id, p) || burialAsked(g.id, p.code));
  return groups.some(verb) ? groups.filter(placed).map((g) => g.id) : [];
}

/** The unknown words of a kind (`weak`), when a known word of the question other than a name is of another kind. */
function besideKnown(groups: Group[], weak: (g: Group) => boolean): string[] {
  if (!groups.some((g) => !g.name && g.known && !weak(g))) return [];
  return groups.filter((g) => !g.known && weak(g)).map((g) => g.id);
}

/** A form of one of the pack's light verbs ("comes", "came", "komt", "kreeg"). */
function isLightVerb(id: string, p: LanguagePack): boolean {
  return isVerbOf(id, p.lightVerbs, p);
}

/** A rule of the pack for that kind of question matches, whichever rule decided the question's kind. */
function asksKind(folded: string, p: LanguagePack, kind: AnswerKind): boolean {
  return p.questionRules.some((r) => r.kind === kind && r.pattern.test(folded));
}

/** The verb of "what does X think / write" (not a word of X's name: "what did the report say" keeps "report"). */
function opinionAsked(folded: string, p: LanguagePack): string[] {
  const said = p.speakerPhrase.exec(folded);
  if (!said) return [];
  const name = new Set(words(said[1] ?? ''));
  return words(said[0]).filter((w) => p.opinionVerbs.has(w) && !name.has(w));
}

/**
 * "Hoeveel schade", "hoeveel water": a word that asks how many and how much asks an amount of a singular noun that is
 * no unit of counting ("keer", "man", "jaar", "procent"), people or a body of them.
 */
function asksMass(folded: string, counted: readonly Group[], p: LanguagePack): boolean {
  const head = counted.at(-1)?.id;
  if (!head || !p.countOrAmount?.test(folded) || p.pluralNoun.test(head) || apostrophePlural(folded, head, p))
    return false;
  const counting = [p.repetitions, p.counters, p.time.units, p.peopleWords, p.collectives, p.numbers.percent];
  return !counting.some((set) => set.has(head));
}

/**
 * "Hoeveel pagina's": the word as asked is a plural in "'s", which the question's words lose; only in a pack whose
 * plurals are written so (Dutch: "foto's"), not where it is a possessive ("the city's").
 */
function apostrophePlural(folded: string, head: string, p: LanguagePack): boolean {
  if (!p.apostrophePlurals) return false;
  const at = folded.replace(/’/g, "'").indexOf(`${head}'s`);
  return at >= 0 && !/\p{L}/u.test(folded[at - 1] ?? '');
}

/** "Belgische" in "de Belgische premier": a name's adjective (a pack's ending) before a word of the question. */
function qualifierOfRole(g: Group, groups: readonly Group[], p: LanguagePack): boolean {
  const adjective = p.qualifierEndings.some((e) => g.id.length > e.length + 2 && g.id.endsWith(e));
  return adjective && g !== groups.at(-1);
}

/**
 * The kind of answer asked for and, for a count, what it counts. "Were there 10,000 fans in the stadium?" checks a
 * figure: it asks for every figure reported. A number inside a name ("COVID-19", "SARS-CoV-2", "3a") is no figure,
 * nor is one in a question that asks for something else.
 */
function kindAndCount(
  folded: string,
  groups: Group[],
  p: LanguagePack,
  stats: CorpusStats,
): { kind: AnswerKind; counted: Group[]; stated: boolean } {
  let kind = kindOf(mainClause(folded, p), p);
  if (kind === 'other' && asksPeople(folded, p)) kind = 'person';
  // "Op welk kerkhof werd hij begraven?": a noun for a place or a building asks a place, as "where" does.
  // Not "op welke plaats eindigde hij?": a rank.
  else if (kind === 'other' && !p.rankAsked.test(folded) && isPlaceNoun(wholeClassAsked(folded, p) ?? '', p.code))
    kind = 'place';
  // "Who was responsible for the fire?" asks for someone, "Who is Jeanne Moreau?" who she is: defining someone
  // takes a name to define. "Wie is de Belgische premier?" asks for someone too: a place's adjective before a role
  // is no name to define.
  if (
    kind === 'definition' &&
    !groups.some((g) => g.name && !qualifierOfRole(g, groups, p)) &&
    asksKind(folded, p, 'person')
  )
    kind = 'person';
  // "Wat is de Gazet van Antwerpen?" asks what the named paper is, as "wat is de Gazet" would; "wat is de hoofdstad
  // van Tonga" asks an attribute: its noun is no name.
  if (kind === 'other' && p.namedAsked.test(folded) && groups.length > 0 && groups.every((g) => g.name))
    kind = 'definition';
  if (kind === 'count' || kind === 'amount') {
    // "How much of the market does IE have?" asks a share, which no figure of markets gives.
    const counted = p.shareQuestion.test(folded) ? [] : countedOf(folded, p.countPhrase, groups, p, stats);
    // "Hoeveel kost de brug?" asks an amount of money as "hoeveel geld kost de brug" does: every source's sum.
    if (counted.length === 0 && shapeOf(folded, kind, p) === 'price')
      return { kind, counted: moneyAsked(p, stats), stated: false };
    countEvent(counted, groups, p);
    // "How big is the Belgian group?": the size of a body of people or things is how many they are.
    const body = counted.length === 0 ? bodyAsked(folded, groups, p) : [];
    if (body.length > 0) return { kind: 'count', counted: body, stated: false };
    return { kind: kind === 'count' && asksMass(folded, counted, p) ? 'amount' : kind, counted, stated: false };
  }
  const figure = findNumbers(folded).find(
    (n) =>
      n.value >= 2 &&
      !looksLikeYear(folded, n.start, n.text) &&
      // "the 9/11 attacks", "24/7 care": numbers joined by a slash name a date or a rate, not a count.
      !/[\p{L}\d/-]$/u.test(folded.slice(0, n.start)) &&
      !/^[\p{L}/-]/u.test(folded.slice(n.end)),
  );
  if (!figure || (kind !== 'yesno' && kind !== 'other')) return { kind, counted: [], stated: false };
  const counted = countedAfter(folded.slice(figure.end), groups, p, stats);
  // "What did her 1998 study show?", "What is the GC content of the echovirus 30 genome?": a year or a number before a
  // singular noun says which one; it states no count. A unit stays singular after its number ("30 jaar", "50 euro").
  // A short question may be read in the wrong language: a plural in any is one.
  const head = counted.at(-1)?.id ?? '';
  const plural = PACKS.some((o) => o.pluralNoun.test(head));
  const label = !plural && (/^\d{4}$/.test(figure.text) || !(isUnitWord(head, p) || namesCurrency(head)));
  return counted.length > 0 && !label ? { kind: 'count', counted, stated: true } : { kind, counted: [], stated: false };
}

/** A number joined to a capitalised word is part of the name: "COVID-19", "SARS-CoV-2". */
const NUMBERED = String.raw`(?:(?<=-)\p{N}[\p{L}\p{N}-]*)?`;
const NAME_RUN = new RegExp(String.raw`(?<=[\p{L}\p{N},:;] )\p{Lu}[\p{L}'-]*${NUMBERED}(?:\s+\p{Lu}[\p{L}'-]*)*`, 'gu');
/** After an elided article too: "L'Enfant", "d'Artagnan", "O'Brien". */
const CAPITALISED = new RegExp(String.raw`(?<=[\p{L}\p{N},:;] |(?:^|\s)\p{L}['’])\p{Lu}[\p{L}-]*${NUMBERED}`, 'gu');

/**
 * Runs of capitalised words are one name each ("Anna de Vries", "South African"); a word the articles write as a name
 * is one too, however the asker typed it. A hyphenated word needs all its parts ("Zuid-Holland" is not
 * "Noord-Holland").
 */
function namesOf(text: string, groups: Group[]): string[][][] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const ids = (w: string) => words(w).filter((x) => byId.has(x));
  const out: string[][][] = [];
  const covered = new Set<string>();
  for (const m of text.matchAll(NAME_RUN)) {
    const run = m[0]
      .split(/\s+/)
      .map(ids)
      .filter((x) => x.length > 0);
    if (run.length === 0) continue;
    out.push(run);
    for (const alt of run) for (const id of alt) covered.add(id);
  }
  for (const g of groups) if (g.name && !covered.has(g.id)) out.push([[g.id]]);
  return out;
}

/**
 * "United States" is "US" where the articles abbreviate it, "World Health Organization" "WHO": a name of several words
 * is also found by its initials, when the articles write them as a name or an abbreviation.
 */
function initialsOf(names: string[][][], groups: Group[], retrieval: WeightedTerm[], stats: CorpusStats): void {
  for (const run of names) {
    if (run.length < 2 || run.length > 5 || run.some((alt) => alt.length !== 1)) continue;
    const letters = run.map(([id]) => id![0]).join('');
    // "CD" of "CD&V" is no initials of "Charles Ducal": they must stand alone somewhere. Initials that are no stop word
    // meet stems of words too ("AD" and "added"): only for a name the lexicon knows by them ("European Union").
    const phrase = run.map(([id]) => id).join(' ');
    const plain = (f: string) =>
      !isStopword(f) && stats.isAcronym(f) && stats.lexicon.phrasesWithInitials(f).includes(phrase);
    const forms = [`${letters}${ABBREVIATION_MARK}`, letters].filter(
      (f) => stats.knows(f) && (f.endsWith(ABBREVIATION_MARK) || plain(f)),
    );
    const own = run.map(([id]) => groups.find((g) => g.id === id)).filter((g) => g !== undefined);
    for (const f of forms)
      for (const g of own) {
        for (const set of g.forms.values()) set.add(f);
        retrieval.push({ term: f, weight: VARIANT_WEIGHT, group: g.id });
      }
  }
}

/**
 * "killed or wounded", "gesneuveld of gewond": two words joined by "or" are one group that either satisfies, so a
 * unit saying one of them says what was asked.
 */
function mergeAlternatives(folded: string, groups: Group[], p: LanguagePack): void {
  const ws = words(folded);
  for (let i = 1; i < ws.length - 1; i++) {
    if (!p.or.has(ws[i]!)) continue;
    const left = groups.find((g) => g.id === ws[i - 1]);
    const rightWord = ws.slice(i + 1, i + 3).find((w) => !isStopword(w, p.code));
    const right = groups.find((g) => g.id === rightWord);
    if (!left || !right || left === right || left.name || right.name || /\d/.test(left.id + right.id)) continue;
    for (const [l, set] of right.forms) for (const f of set) left.forms.get(l)?.add(f);
    addForms(left.soft, right.soft);
    left.weight = Math.max(left.weight, right.weight);
    groups.splice(groups.indexOf(right), 1);
  }
}

/**
 * Names no form of which the articles write. Read after `initialsOf`, which may have given "United" and "States" the
 * articles' "US": `known` was settled before.
 */
function strangersOf(groups: readonly Group[], stats: CorpusStats): Group[] {
  return groups.filter((g) => g.name && !knowsAny(g.forms, stats));
}

/** Whether the articles write any of these forms, in any language. */
function knowsAny(forms: Map<string, Set<string>>, stats: CorpusStats): boolean {
  return [...forms.values()].some((set) => [...set].some((f) => stats.knows(f)));
}

/** The groups' words as the text writes them ("Amsterdam" for the group "amsterdam"). */
function asWritten(text: string, groups: readonly Group[]): string[] {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return groups.map((g) => tokens.find((t) => fold(t) === g.id) ?? g.id);
}

/** Words written with a capital after the first word: names, whether or not the articles know them. */
function capitalisedWords(text: string): string[] {
  return [...text.matchAll(CAPITALISED)].flatMap((m) => words(m[0]));
}

function weightOf(forms: Map<string, Set<string>>, stats: CorpusStats): number {
  const unseen = stats.idf('\u0000');
  let w = Infinity;
  for (const set of forms.values()) for (const f of set) if (stats.knows(f)) w = Math.min(w, stats.idf(f));
  return Number.isFinite(w) ? w : unseen;
}

/**
 * "When a plant is injured, what does it release?" asks what, not when: a leading subordinate clause followed by a
 * comma and a question word is set aside before the question word decides the kind. "When did we learn that X,
 * which causes Y, was new?" is no such clause: a relative clause between commas goes on after its second comma.
 */
function mainClause(folded: string, p: LanguagePack): string {
  const m = /^[\p{L}]+\b[^,?]{3,},\s*([^,]+)$/u.exec(folded);
  if (!m) return folded;
  const rest = m[1]!;
  return p.questionWords.has(/^[\p{L}]+/u.exec(rest)?.[0] ?? '') ? rest : folded;
}

/** The pack's first word for money, as the group a price question counts; it adds nothing the answer must say. */
function moneyAsked(p: LanguagePack, stats: CorpusStats): Group[] {
  const [word] = p.numbers.money;
  return word ? groupsOf(word, word, p.code, stats).groups : [];
}

/**
 * "Welke Nederlandse spelers kregen een rode kaart?": a plural noun for people within two words of "which" asks
 * for people as "who" does ("what do sociologists call" not: a verb comes first). A singular ("which senator") is
 * left to the class its names are of: as a person question it was refused more often (npm run eval, 4 Dec 2026).
 */
function asksPeople(folded: string, p: LanguagePack): boolean {
  const m = p.classAsked.exec(folded);
  if (!m?.[1]) return false;
  const after = folded.slice(m.index + m[0].length - m[1].length);
  const head = /^([\p{L}-]+)(?:(\s+)([\p{L}-]+))?/u.exec(after);
  if (!head?.[1] || p.stopwords.has(head[1])) return false;
  const words: [string, number][] = [[head[1], 0]];
  if (head[3]) words.push([head[3], head[1].length + head[2]!.length]);
  // "Which artist's work", "which Dutch players' coach": a possessive makes the noun qualify what is asked.
  const possessive = (w: string, at: number) => /^['’]/.test(after.slice(at + w.length));
  return words.some(([w, at]) => !possessive(w, at) && p.personPlural.test(w) && isPersonNoun(w, p.code));
}

/** The kind the pack's question rules give a clause: its opening question word's, else the first rule matching it. */
function kindOf(clause: string, p: LanguagePack): AnswerKind {
  const ruled = (text: string) => p.questionRules.find((r) => r.pattern.test(text))?.kind ?? 'other';
  // "Wie riep dat, wanneer hij won?": a question word opening a clause inside asks nothing of its own.
  const first = /^\p{L}+/u.exec(clause)?.[0] ?? '';
  const inner = p.questionWords.has(first) ? p.innerQuestion?.exec(clause.slice(first.length)) : null;
  if (inner) return ruled(clause.slice(0, first.length + inner.index));
  // "What determines how much spacetime is distorted?": an opening that asks nothing in particular leaves it to the
  // degree inside.
  const opening = ruled(openingClause(clause, p));
  return opening === 'other' ? ruled(clause) : opening;
}

/**
 * "Wie mag regels stellen over hoe lang en hoe hard de klokken luiden?" asks who, not how long: the question word
 * that opens the question decides its kind, before a degree ("hoe lang", "how many") asked in a clause it governs.
 * Its words up to that degree.
 */
function openingClause(clause: string, p: LanguagePack): string {
  const first = /^\p{L}+/u.exec(clause)?.[0] ?? '';
  if (!p.questionWords.has(first)) return clause;
  const inner = p.degreeQuestion.exec(clause.slice(first.length));
  return inner ? clause.slice(0, first.length + inner.index) : clause;
}

/** The words of a speaker's name: up to the first function word after it ("jansen over utrecht" → jansen). */
function nameSpan(text: string, p: LanguagePack): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (p.stopwords.has(w)) {
      if (out.length > 0) break;
      continue;
    }
    out.push(w);
  }
  return out;
}

/**
 * Names the question asks to hear: "what did Jansen say", "wat zei Jansen", "according to the mayor"; with `name`
 * false, the words of the speaker phrase that are no name ("haar uitgever").
 */
function speakersOf(folded: string, groups: Group[], p: LanguagePack, name = true): Group[] {
  const ws = folded.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  const after = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const span = attributionAt(ws, i, p);
    if (span === 0) continue;
    for (const part of nameSpan(ws.slice(i + span, i + span + 3).join(' '), p)) after.add(part);
  }
  // "Aan welke vriend schreef Galois …" asks to whom he wrote, not his words: the phrase names no one to hear.
  const asked = p.notWordsAsked.test(folded) ? null : p.speakerPhrase.exec(folded);
  if (asked) for (const part of nameSpan(asked[1]!, p)) after.add(part);
  return groups.filter((g) => g.name === name && after.has(g.id));
}

/**
 * "How many times did Dvořák visit England?" is answered by "nine visits" as well as by "visited nine times": the
 * repetition word takes the forms of the first word after it that is no name (the event) as soft forms.
 */
function countEvent(counted: Group[], groups: Group[], p: LanguagePack): void {
  const [times] = counted;
  if (counted.length !== 1 || !times || !p.repetitions.has(times.id)) return;
  const event = groups.slice(groups.indexOf(times) + 1).find((g) => !g.name && !/^\d+$/.test(g.id));
  if (!event) return;
  addForms(times.soft, event.forms);
  addForms(times.soft, event.soft);
}

/** The noun phrase that ends in the first noun for a body of people or things the question names, if any. */
function bodyAsked(folded: string, groups: Group[], p: LanguagePack): Group[] {
  const ws = words(folded);
  const at = ws.findIndex((w) => p.collectives.has(w));
  if (at < 0) return [];
  let from = at;
  while (from > 0 && !isStopword(ws[from - 1]!, p.code)) from--;
  return ws
    .slice(from, at + 1)
    .map((w) => groups.find((g) => g.id === w))
    .filter((g): g is Group => g !== undefined);
}

/** Adds every form of `from` to `into`, per language. */
function addForms(into: Map<string, Set<string>>, from: Map<string, Set<string>>): void {
  for (const [l, set] of from) {
    const to = into.get(l) ?? into.set(l, new Set()).get(l)!;
    for (const f of set) to.add(f);
  }
}

/** The noun phrase right after "how many": its content words up to the first function word. */
function countedOf(folded: string, phrase: RegExp, groups: Group[], p: LanguagePack, stats: CorpusStats): Group[] {
  const m = phrase.exec(folded);
  if (!m) return [];
  const rest = folded.slice(m.index + m[0].length);
  return partitiveVerb(rest, groups, p) ?? countedAfter(rest, groups, p, stats);
}

/**
 * "How many of his first seven internationals did Bellaart win?": of the internationals, those won are counted, so
 * the verb after the phrase of the whole is the counted thing.
 */
function partitiveVerb(rest: string, groups: Group[], p: LanguagePack): Group[] | undefined {
  const ws = words(rest);
  if (!p.numbers.shareOf.has(ws[0] ?? '')) return undefined;
  const end = ws.findIndex((w, i) => i > 1 && (p.auxiliaries.has(w) || !!p.irregularVerbs?.forms.has(w)));
  if (end < 0) return undefined;
  const after = ws.slice(end).filter((w) => !p.auxiliaries.has(w));
  const verb = after.map((w) => groups.find((g) => g.id === w)).findLast((g) => g && !g.name);
  return verb ? [verb] : undefined;
}

/**
 * "How many park and ride sites", "how many gold or silver medals": "and" or "or" after a word that is no plural joins
 * two modifiers of the plural noun that follows them, which is what is counted ("how many men and women" joins two).
 */
function joinsModifiers(ws: readonly string[], i: number, p: LanguagePack): boolean {
  if (!p.and.has(ws[i]!) && !p.or.has(ws[i]!)) return false;
  if (p.pluralNoun.test(ws[i - 1] ?? '')) return false;
  const after = ws.slice(i + 1, i + 4);
  const end = after.findIndex((w) => isStopword(w, p.code) || w.length < 2);
  const rest = end < 0 ? after : after.slice(0, end);
  return rest.length > 0 && p.pluralNoun.test(rest.at(-1)!) && !rest.slice(0, -1).some((w) => p.pluralNoun.test(w));
}

/**
 * The counted noun phrase: content words up to a function word, ending at its noun — the last word the articles
 * write after numbers ("vierkante kilometer", not "… kilometer veroverde"), else the first plural, else the first
 * word.
 */
function countedAfter(rest: string, groups: Group[], p: LanguagePack, stats: CorpusStats): Group[] {
  const phrase: { w: string; g: Group }[] = [];
  const ws = words(rest);
  // "By how much did the vaccine cut …", "Hoeveel zijn er omgekomen", "Hoeveel gaat de contributie omhoog": a verb
  // right after the count phrase, no noun.
  const verb = (w: string) =>
    p.auxiliaries.has(w) || p.priceWords.has(w) || p.lifeSpan.includes(w) || p.irregularVerbs?.forms.has(w);
  // "Hoeveel groeide het bier": a word with an article right after it is the verb, not a counted noun.
  const beforeArticle = ws[0] && !isStopword(ws[0], p.code) && p.determiners.has(ws[1] ?? '');
  if (ws[0] && (verb(ws[0]) || beforeArticle)) return [];
  // "How much worse could it have been?", "hoeveel groter is het veld?": a comparative with no noun after it asks a
  // degree of difference; "how many older people" still counts the people.
  if (ws[0] && p.comparatives.has(ws[0]) && (!ws[1] || isStopword(ws[1], p.code))) return [];
  // "how many types of coronavirus": the coronaviruses are counted.
  if (ws[0] && p.partitives.has(ws[0]) && isStopword(ws[1] ?? '', p.code)) ws.splice(0, 2);
  // "Hoeveel procent steunt windmolens": a share is counted in its own word; the verb after it is no part of it.
  const share = ws[0] && p.numbers.percent.has(ws[0]) ? groups.find((g) => g.id === ws[0]) : undefined;
  if (share) return [share];
  let joined = -1;
  for (const [i, w] of ws.entries()) {
    // "Hoeveel inwoners deden mee": a verb's particle ends the noun phrase as a function word does.
    if (isStopword(w, p.code) || p.separableParticles?.has(w)) {
      if (phrase.length > 0 && !joinsModifiers(ws, i, p)) break;
      joined = i;
      continue;
    }
    // "Hoeveel geld verloren de slachtoffers": a verb after the noun ends its phrase ("verloren" is no plural).
    // "How many nurses plan to leave": so does a verb before an infinitive.
    // "Hoeveel omzet boekte Brouwerij X": a past tense before a name or a function word ends it too; before another
    // content word it may be what the counted do ("Hoeveel mensen raakten gewond"), which the phrase keeps. "How many
    // people lived in Łódź": a regular English past tense is a verb wherever it stands.
    const next = groups.find((x) => x.id === ws[i + 1]);
    const ends = (pastTense(w, p, stats) && (!next || next.name)) || !!p.regularPast?.test(w);
    // "park and ride sites": a word joined to a modifier is one too, whatever else it may be.
    const modifier = joined === i - 1 && phrase.length > 0;
    if (phrase.length > 0 && !modifier && (verb(w) || ws[i + 1] === p.infinitiveMarker || ends)) break;
    // "How many people live on the island": a word that is no plural after the counted plural, before a function
    // word, is what they do ("Hoeveel mensen raakten gewond" keeps what they did, see above).
    const prev = phrase.at(-1);
    const plurals = phrase.filter((x) => p.pluralNoun.test(x.w)).length;
    const plural = prev && !prev.g.name && plurals === 1 && p.pluralNoun.test(prev.w) && !p.pluralNoun.test(w);
    if (plural && !modifier && isStopword(ws[i + 1] ?? '', p.code)) break;
    const g = groups.find((x) => x.id === w);
    // "30 of 300 brieven": a second stated figure is not part of what is counted.
    if (g && !/^\d+$/.test(w)) phrase.push({ w, g });
    if (phrase.length >= 4) break;
  }
  const counted = (g: Group) =>
    [...g.forms.values(), ...g.soft.values()].some((set) => [...set].some((f) => stats.isCounted(f)));
  // "How many security holes": a plural closing the phrase is its noun, though the articles count another of its words.
  const last = phrase.at(-1);
  const plural =
    !!last && !last.g.name && p.pluralNoun.test(last.w) && !phrase.slice(0, -1).some((x) => p.pluralNoun.test(x.w));
  let head = plural ? phrase.length - 1 : phrase.findLastIndex((x) => !x.g.name && counted(x.g));
  if (head < 0) head = phrase.findIndex((x) => !x.g.name && p.pluralNoun.test(x.w));
  if (head < 0) head = phrase.findIndex((x) => !x.g.name);
  return phrase.slice(0, head < 0 ? phrase.length : head + 1).map((x) => x.g);
}

/**
 * "Hoeveel omzet boekte X": a past tense whose participle the articles write ("geboekt") is a verb, though no table
 * lists it; a noun ending as one does ("ziekte") has none.
 */
function pastTense(w: string, p: LanguagePack, stats: CorpusStats): boolean {
  const participle = p.verbForms?.participle;
  const base = /^(.{3,}?)(?:te|de|ten|den)$/.exec(w)?.[1];
  return !!participle && !!base && ['t', 'd'].some((e) => stats.knows(stem(participle + base + e, p.code)));
}

/** A stem this long or longer meets the noun its language makes of it ("stak" → "staking") and back. */
const NOMINAL_MIN = 4;

/**
 * The articles' stems that are these verbs' nouns, or these nouns' verbs ("wanneer staken" → "de staking",
 * "repareren" → "de reparatie").
 */
function nominals(own: Set<string>, p: LanguagePack, stats: CorpusStats): string[] {
  const out: string[] = [];
  for (const f of own)
    for (const suffix of p.nominalSuffixes) {
      const root = f.endsWith(suffix) ? f.slice(0, -suffix.length) : undefined;
      if (f.length >= NOMINAL_MIN && stats.knows(f + suffix)) out.push(f + suffix);
      if (root && root.length >= NOMINAL_MIN && stats.knows(root)) out.push(root);
      // "omleiding" (stem "omleid") → "omgeleid": a verb with a separable particle takes the participle's "ge"
      // after it.
      for (const v of participlesOf(root ?? f, p)) if (stats.knows(v)) out.push(v);
    }
  for (const f of own)
    for (const [verb, noun] of p.nominalEndings ?? []) {
      const [from, to] = f.endsWith(noun) ? [noun, verb] : f.endsWith(verb) ? [verb, noun] : [];
      const root = from && f.slice(0, -from.length);
      if (root && root.length >= NOMINAL_MIN && stats.knows(root + to)) out.push(root + to);
    }
  return out;
}

/** "omleid" → "omgeleid": the participle of a verb stem that opens with a separable particle, as its stem. */
function participlesOf(root: string, p: LanguagePack): string[] {
  const ge = p.verbForms?.participle;
  if (!ge || !p.separableParticles) return [];
  return [...p.separableParticles]
    .filter((x) => root.startsWith(x) && root.length - x.length >= VERB_STEM)
    .map((x) => x + ge + root.slice(x.length));
}

/**
 * Stems the articles use that extend one of these by a letter or two: a derived word the stemmer leaves apart
 * ("drama" → "dramat" of "dramatic"). Not the other way: a shorter stem is a broader word.
 */
function derived(own: Set<string>, stats: CorpusStats): string[] {
  return [...own].filter((f) => f.length >= DERIVED_MIN).flatMap((f) => stats.extensionsOf(f, DERIVED_EXTRA));
}

/**
 * "Who were the founders?" over "founded by", "oprichters" over "opgericht": the verb an agent noun is made of (its
 * stem without the pack's agent suffix), when the articles write it.
 */
function agentVerbs(own: Set<string>, lang: string, stats: CorpusStats): string[] {
  const { agentSuffixes } = pack(lang);
  return [...own].flatMap((f) =>
    agentSuffixes
      .filter((s) => f.endsWith(s) && f.length - s.length > VERB_STEM)
      .map((s) => f.slice(0, -s.length))
      .filter((b) => stats.knows(b)),
  );
}

/** True when b is a (Damerau) edit of a: one substitution, insertion, deletion or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
