import { type Article, sourceLine } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import type { Lang } from '../text/analyze.js';
import { fold, words } from '../text/analyze.js';
import { queryStems } from '../text/expand.js';
import { findNumbers } from '../text/numbers.js';
import { inQuotes, withoutDanglingMarks } from '../text/quotes.js';
import { answersType, hasQuantity } from './answer-type.js';
import { findAttribution } from './attribution.js';
import { asksPublished, findDateline, PUBLISHED_WORD } from './dateline.js';
import { coverage, type SentenceIndex } from './evidence.js';
import { type Figure, nationalityBefore, nationalityOf } from './figures.js';
import { detectIntent, type Intent, TROOP_STEMS, TROOP_WORD } from './intent.js';
import type { Answer, Citation, FigureClaim } from './types.js';

/**
 * Refusal threshold on evidence coverage (share of the question's weighted words found in the best sentence).
 * Calibrated on eval/questions.json (`npm run eval` at each threshold, re-run on 23 Nov 2026; accuracy, refusal
 * precision / recall): 0.30 → 0.905, 1.0 / 0.733; 0.35 → 0.905, 1.0 / 0.800; 0.40 → 0.905, 1.0 / 0.933;
 * 0.45 → 0.895, 0.933 / 0.933; 0.50 → 0.848, 0.778 / 0.933; 0.55 → 0.819, 0.682 / 1.0. Below 0.40 unanswerable
 * questions get through; above it answerable ones are refused without another unanswerable one caught until 0.55, so 0.40.
 * Most refusals now come from the answer-type checks (a count, a time, a role, someone who did it, which the articles do
 * not give), not from this number. The one unanswerable question it still answers ("Wanneer eindigt de oorlog in
 * Oekraïne?") uses words the corpus has; word coverage cannot see that no sentence relates them.
 */
export const MIN_COVERAGE = 0.4;
/**
 * Quote selection, compared on the eval set (quotes, quote window, per article, other-article share → accuracy,
 * citations): 3/0.8/2/— → 0.705, 240; 4/0.8/2/0.7 → 0.714, 261; 4/0.8/2/0.6 → 0.724, 282; 5/0.7/3/0.6 → 0.733, 327.
 * Four quotes with other articles at 0.6 keeps answers short; more quotes buy little accuracy.
 */
const MAX_QUOTES = 4;
/** Quotes scoring within this share of the best one are shown too. */
const QUOTE_WINDOW = 0.8;
const MAX_PER_ARTICLE = 2;
/** Another article's best sentence is shown when it covers this share of what the best sentence covers. */
const OTHER_ARTICLE_COVERAGE = 0.6;

interface Candidate {
  sentence: Sentence;
  article: Article;
  coverage: number;
  /** Coverage by the sentence's own words, without credit from its paragraph: what refusal is decided on. */
  strict: number;
  matched: Set<string>;
  /** Question groups found only in the sentence's paragraph. */
  near: Set<string>;
  /** Fused retrieval score of the best passage containing the sentence, relative to the top passage. */
  retrieval: number;
  score: number;
}

export interface ComposeInput {
  question: string;
  lang: Lang;
  groups: Map<string, Set<string>>;
  retrieved: RetrievedPassage[];
  index: SentenceIndex;
}

export type Composed = Pick<Answer, 'answer' | 'grounded' | 'citations' | 'figures' | 'confidence'>;

export function compose({ question, lang, groups: asked, retrieved, index }: ComposeInput): Composed {
  const groups = questionGroups(question, asked, index);
  const intent = detectIntent(question, groups.keys());
  if (asksPublished(question)) {
    const dated = publishedAnswer(groups, index, lang);
    if (dated) return dated;
  }
  const askedNames = namesIn(question);
  const names = nameGroups(groups, index, askedNames);
  const speakers = speakersIn(question, people(names, index), intent.speech && !intent.reason && !intent.count);
  const ranked = rankSentences(groups, retrieved, index, intent, askedNames, speakers);
  // A sentence without the kind of answer asked for ("how many tanks" without a number of tanks) cannot answer it.
  let candidates = intent.expects
    ? ranked.filter((c) => answersType(c.sentence, c.matched, intent.expects!, groups, index))
    : ranked;
  // "What did Putin say" is answered by Putin's words: when some sentences have him speaking, the others are about him.
  const spoken = candidates.filter((c) => speakers.some((forms) => spokenBy(c, forms, index)));
  if (spoken[0] && spoken[0].strict >= MIN_COVERAGE)
    candidates = withEchoes(spoken, speakers, groups, index, askedNames);
  const best = candidates[0];
  // Refusal looks at what sentences say themselves: paragraph context helps pick the quote, not decide to answer.
  const confidence = Math.max(0, ...candidates.map((c) => c.strict));
  if (!best || confidence < MIN_COVERAGE) return refuse(lang, confidence);

  if (intent.troops) {
    const known = knownPredicates(intent, groups, index);
    // A sentence that gives a number for what the question says happened, to the troops asked about.
    // "omgekomen of gewond geraakt": either side of an "or" says what happened.
    const alternatives = eitherOr(question, known);
    const says = (c: Candidate) => alternatives.some((side) => side.every((g) => c.matched.has(g)));
    const countsIt = (c: Candidate) =>
      hasQuantity(c.sentence.text) && says(c) && countsAsked(c.sentence, intent.nationality, index);
    const figures = selectFigures(candidates, groups, intent, known, index);
    if (figures) {
      // "How many were killed or wounded": besides the troop figures, a sentence with a number for what happened
      // ("Iedere week worden er duizend uitgeschakeld") answers it too, though it names no troops.
      // Its own words must answer enough (strict coverage): beside a figure that covers the question fully, a window
      // relative to the best score would keep out a sentence that counts the same event in other words.
      const related = known.length === 0 ? [] : candidates.filter((c) => c.strict >= MIN_COVERAGE && countsIt(c));
      return figureAnswer(figures, related, candidates, lang, confidence);
    }
    // "How many Ukrainian soldiers …": the articles give troop figures, but none for the troops asked about.
    if (intent.nationality && !index.figures().some(({ figure }) => figure.nationality === intent.nationality))
      return refuse(lang, confidence);
    // "How many soldiers died": no troop figure speaks of dying, so a quote must give a number and say what happened.
    const counted = candidates.filter(countsIt);
    const sure = counted.filter((c) => c.strict >= MIN_COVERAGE);
    if (!sure[0]) return refuse(lang, counted[0]?.strict ?? 0);
    return quoteAnswer(sure, lang, sure[0].strict, new Map());
  }
  // "What did Putin say": beside Putin's words, a quote that leaves him out answers something else.
  return quoteAnswer(candidates, lang, confidence, intent.speech ? names : new Map());
}

/**
 * Whom the question asks to hear: the name after "zei"/"zegt"/"vindt" or between "did"/"does" and "say"/"think"
 * ("Wat zei Poetin", "What did Putin say", "Wat vindt de NAVO-chef"). Other names in it are what was said about.
 */
function speakersIn(question: string, names: Map<string, Set<string>>, asksSpeech: boolean): Set<string>[] {
  const q = fold(question);
  const spans = [
    // "Why …, according to Rutte?": whatever is asked, the answer is what Rutte says.
    ...q.matchAll(/\b(?:volgens|according to)\s+((?:[\p{L}-]+\s*){1,3})/gu),
    ...(asksSpeech ? speechSpans(q) : []),
  ].map((m) => words(m[1]!));
  const out: Set<string>[] = [];
  for (const [g, forms] of names) if (spans.some((ws) => ws.includes(g))) out.push(forms);
  return out;
}

/** Names of people: not a people, a place or an outlet ("volgens het RD" asks what the paper writes, said by anyone). */
function people(names: Map<string, Set<string>>, index: SentenceIndex): Map<string, Set<string>> {
  return new Map(
    [...names].filter(
      ([g, forms]) => !nationalityOf(g) && !PLACE_PART.test(g) && ![...forms].some((f) => index.isOutlet(f)),
    ),
  );
}

function speechSpans(q: string): RegExpMatchArray[] {
  return [
    ...q.matchAll(
      /\b(?:zei|zegt|zeggen|zeiden|zij|vindt|vond|vinden|noemt|noemde|noemen|reageerde|reageert|waarschuwde|waarschuwt|verklaarde|verklaart)\s+((?:[\p{L}-]+\s*){1,3})/gu,
    ),
    ...q.matchAll(/\b(?:did|does|do)\s+((?:[\p{L}-]+\s+){1,3})(?:say|said|think|warn|call|react|claim|state|mean)\b/gu),
  ];
}

/** The question's groups that name someone or something: the asker's capitals, or words the articles write as names. */
function nameGroups(
  groups: Map<string, Set<string>>,
  index: SentenceIndex,
  askedNames: Set<string>,
): Map<string, Set<string>> {
  return new Map([...groups].filter(([g, forms]) => askedNames.has(g) || [...forms].some((f) => index.isName(f))));
}

/** The asker's word groups as the answerer matches them: typos corrected, troop words widened. */
export function questionGroups(
  question: string,
  asked: Map<string, Set<string>>,
  index: SentenceIndex,
): Map<string, Set<string>> {
  return oneGroupPerName(question, dutchSynonyms(index.withCorrections(asked)), index);
}

/** Compass words and Korea, which nationalityOf leaves to the word before ("Noord-Korea", "North Korean"). */
const PLACE_PART = /^(noord|north|zuid|south|oost|east|west|kore\w*)$/;

/**
 * "Kim Jong Un" is one person: an article that says "Kim" names him too. Consecutive capitalised words of the
 * question that the articles use as names become one group, matched by any of its parts.
 */
function oneGroupPerName(
  question: string,
  groups: Map<string, Set<string>>,
  index: SentenceIndex,
): Map<string, Set<string>> {
  const out = new Map(groups);
  for (const m of question.matchAll(/\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)+/gu)) {
    const parts = words(m[0]).filter((w) => out.has(w));
    // Only names the articles use: an unknown name ("Xi Jinping") keeps the weight of every part, so it is refused.
    // A people or a place ("North Korean", "Noord Korea") is not a person's name: its words keep their own weight.
    const forms = (w: string) => [...out.get(w)!];
    if (
      parts.length < 2 ||
      parts.some((w) => nationalityOf(w) || PLACE_PART.test(w) || !forms(w).some((f) => index.knows(f))) ||
      !parts.some((w) => forms(w).some((f) => index.isName(f)))
    )
      continue;
    const merged = new Set(parts.flatMap(forms));
    for (const w of parts) out.delete(w);
    out.set(parts[0]!, merged);
  }
  return out;
}

/**
 * The articles call the same troops "troepen", "militairen", "soldaten" and "manschappen" in turn; an English question
 * reaches all of them through the lexicon ("troops", "killed" → troepen|militairen|…, omgekomen|gedood|gesneuveld), so a
 * Dutch question's word counts every word of its class too. Without this, "Hoeveel soldaten zijn gesneuveld?" — a word
 * the articles never use — would ask nothing they can check, and the troop figures (of soldiers sent) would answer it.
 */
function dutchSynonyms(groups: Map<string, Set<string>>): Map<string, Set<string>> {
  return new Map(
    [...groups].map(([g, forms]) => [
      g,
      new Set([...forms, ...SYNONYMS.filter((c) => c.words.test(g)).flatMap((c) => c.stems)]),
    ]),
  );
}
const DIED = {
  words:
    /^(omgekomen|omkomen|gesneuveld|gesneuvelde|sneuvelen|sneuvelden|gedood|doden|dood|gestorven|sterven|stierven)$/,
  stems: ['omgekom', 'omkom', 'gesneuveld', 'sneuvel', 'sneuveld', 'gedod', 'dod', 'gestorv', 'sterv', 'stierv'],
};
const WOUNDED = {
  words: /^(gewond|gewonden|gewonde|verwond|verwondingen)$/,
  stems: ['gewond', 'verwond', 'verwonding'],
};
const SYNONYMS = [
  { words: /^(soldaten|soldaat|militairen|militair|troepen|troep|manschappen|strijders)$/, stems: TROOP_STEMS },
  DIED,
  WOUNDED,
];

/** Two neighbouring sentences are quoted together when they are this short together ("… zei Poetin. “Dit is onze zaak.”"). */
const MAX_PAIR_CHARS = 400;
const QUESTION_FACTOR = 0.8;
/** A pair must beat a single sentence by a margin: shorter quotes are better quotes. */
const PAIR_FACTOR = 0.95;
/**
 * Unless the second sentence carries on the first ("Ook krijgt het land …", "Hij roept …", a quote after "zei Poetin"):
 * then the pair says more than its first sentence alone, and is preferred to it.
 */
const CONTINUATION_FACTOR = 1.02;
const CONTINUES =
  /^\s*(?:[“"„‘']|(?:Ook|Daarnaast|Bovendien|Verder|Daarbij|Daarmee|Hij|Zij|Ze|Die|Dat|Dit|Het land|Also|He|She|They)\b)/u;

/** A sentence and the next one of its paragraph, quoted together, with the factor its coverage is weighed by. */
function pairAt(
  article: Article,
  all: Sentence[],
  i: number,
  index: SentenceIndex,
): { sentence: Sentence; stems: Set<string>; factor: number; additive: boolean } | undefined {
  const sentence = all[i];
  const next = all[i + 1];
  // A new line starts another paragraph, a heading ("‘Vredesplan Zelensky is …’") or a byline ("Bron: Dvhn").
  if (
    !sentence ||
    !next ||
    next.end - sentence.start > MAX_PAIR_CHARS ||
    article.body.slice(sentence.end, next.start).includes('\n')
  )
    return undefined;
  const pair: Sentence = {
    articleId: article.id,
    start: sentence.start,
    end: next.end,
    text: article.body.slice(sentence.start, next.end),
    index: sentence.index,
  };
  // "Een bizarre opmerking." comments on what came before.
  const carriesOn = CONTINUES.test(next.text) || wordCount(next.text) < 5;
  const additive = carriesOn && ADDS.test(next.text);
  return {
    sentence: pair,
    stems: new Set([...index.stemsOf(sentence), ...index.stemsOf(next)]),
    factor: carriesOn ? CONTINUATION_FACTOR : PAIR_FACTOR,
    additive,
  };
}

/** Connectives that add another item of the same answer ("Ook krijgt het land …", "Daarnaast …"). */
const ADDS = /^\s*(?:Ook|Daarnaast|Bovendien|Verder|Daarbij|Also|Moreover|Furthermore)\b/u;

/** Words the asker capitalised mid-sentence ("What did Donald Trump say"): names, whether or not the articles know them. */
function namesIn(question: string): Set<string> {
  return new Set([...question.matchAll(/(?<=[\p{L}\p{N},] )\p{Lu}[\p{L}-]+/gu)].flatMap((m) => words(m[0])));
}

export function rankSentences(
  groups: Map<string, Set<string>>,
  retrieved: RetrievedPassage[],
  index: SentenceIndex,
  intent: Intent,
  askedNames: Set<string>,
  speakers: Set<string>[] = [],
): Candidate[] {
  const top = retrieved[0]?.score ?? 1;
  const byUnit = new Map<string, Candidate>();
  const consider = (
    article: Article,
    sentence: Sentence,
    retrieval: number,
    stems: Set<string>,
    factor: number,
    additive = false,
  ) => {
    const key = unitKey(sentence);
    const prior = byUnit.get(key);
    if (prior) {
      prior.retrieval = Math.max(prior.retrieval, retrieval);
      return;
    }
    const c = coverage(index, groups, stems, askedNames, index.paragraphOf(sentence));
    // An enumeration going on ("… krijgt Noord-Korea technologie. Ook krijgt het land geld") ranks above its first
    // sentence even when both cover the whole question; shares stay ≤ 1.
    byUnit.set(key, {
      sentence,
      article,
      coverage: Math.min(1, c.coverage * factor),
      strict: Math.min(1, c.strict * factor),
      matched: c.matched,
      near: c.near,
      retrieval,
      score: additive ? c.coverage * factor : Math.min(1, c.coverage * factor),
    });
  };
  for (const p of retrieved) {
    const article = index.articles.get(p.doc.metadata.articleId);
    if (!article) continue;
    const all = index.sentences.get(article.id) ?? [];
    const retrieval = p.score / top;
    for (const sentence of index.within(article.id, p.doc.metadata.start, p.doc.metadata.end)) {
      consider(article, sentence, retrieval, index.stemsOf(sentence), 1);
      const pair = pairAt(article, all, sentence.index, index);
      if (pair) consider(article, pair.sentence, retrieval, pair.stems, pair.factor, pair.additive);
    }
  }
  const out = [...byUnit.values()].filter((c) => c.matched.size > 0 && wordCount(c.sentence.text) >= 4);
  // Coverage decides; retrieval rank breaks ties between sentences that cover the question equally well.
  // "What did X say" prefers reported speech; "how many" prefers sentences with a number in them.
  for (const c of out) {
    c.score = c.score * 0.85 + c.retrieval * 0.15;
    if (
      intent.speech &&
      reportsSpeech(c.sentence.text) &&
      (speakers.length === 0 || speakers.some((forms) => spokenBy(c, forms, index)))
    )
      c.score += 0.1;
    if (intent.count && findNumbers(c.sentence.text).some((n) => n.value >= 2)) c.score += 0.1;
    if (intent.reason && REASON.test(c.sentence.text)) c.score += 0.1;
    if (intent.place && PLACE.test(c.sentence.text)) c.score += 0.1;
    if (looksLikePageChrome(c.sentence.text)) c.score *= 0.7;
    // A sentence that asks ("Zal Poetin de troepen terugsturen?") answers nothing by itself.
    if (/\?[\s”"’»]*$/.test(c.sentence.text)) c.score *= QUESTION_FACTOR;
  }
  return out.sort((a, b) => b.score - a.score);
}

/** A sentence naming only other peoples ("Russische soldaten") is not about the troops asked for. */
function aboutNationality(text: string, wanted: string | undefined): boolean {
  if (!wanted) return true;
  const named = nationalitiesIn(text);
  return named.size === 0 || named.has(wanted);
}

function nationalitiesIn(text: string): Set<string | undefined> {
  return new Set(
    fold(text)
      .split(/[^\p{L}-]+/u)
      .map((w) => nationalityOf(w))
      .filter(Boolean),
  );
}

/**
 * Whether a sentence's numbers count the troops asked about: "… omdat er 600.000 Russische militairen zijn omgekomen"
 * counts Russians though it names North Korean troops first, and "Iedere week worden er duizend uitgeschakeld" counts
 * whom the sentences before it were about ("het Russische gebrek aan soldaten"). A troop figure's own nationality
 * decides; else the peoples the sentence names; else the one named last before it.
 */
function countsAsked(unit: Sentence, wanted: string | undefined, index: SentenceIndex): boolean {
  if (!wanted) return true;
  const figures = index.figures().filter(({ figure }) => overlapsSentence(figure.sentence, unit));
  if (figures.length > 0) return figures.some(({ figure }) => !figure.nationality || figure.nationality === wanted);
  const named = nationalitiesIn(unit.text);
  if (named.size > 0) return named.has(wanted);
  const all = index.sentences.get(unit.articleId) ?? [];
  const first = all[unit.index];
  const before = first ? nationalityBefore(all, first) : undefined;
  return !before || before === wanted;
}

/**
 * The known predicates as alternatives: "killed or wounded" is satisfied by either side, each side needing all its
 * words ("gewond geraakt"). Without an "or", one alternative with every word.
 */
function eitherOr(question: string, known: string[]): string[][] {
  const filled = question
    .split(/\b(?:of|or)\b/i)
    .map((side) => words(side).filter((w) => known.includes(w)))
    .filter((x) => x.length > 0);
  return filled.length > 1 ? filled : [known];
}

/**
 * The question's words about what happened ("died", "sent") that the corpus uses somewhere — and words for a fate the
 * troops met, used or not: a figure of soldiers sent is no answer to how many were captured or deserted.
 */
function knownPredicates(intent: Intent, groups: Map<string, Set<string>>, index: SentenceIndex): string[] {
  return intent.predicate.filter((g) => isFate(g) || [...(groups.get(g) ?? [])].some((f) => index.knows(f)));
}

/** Dying and being wounded (the Dutch words of DIED and WOUNDED), captured, missing, deserted. */
function isFate(word: string): boolean {
  return DIED.words.test(word) || WOUNDED.words.test(word) || FATE.test(word);
}
const FATE =
  /^(killed|died|dead|deaths|casualties|wounded|injured|captured|prisoners?|missing|deserted|deserters?|surrendered|defected|gevangen|gevangengenomen|krijgsgevangen|krijgsgevangenen|vermist|vermiste|gedeserteerd|deserteurs?|overgegeven|overgelopen)$/;

/** A speaker's direct quote counts this share of the paraphrase it echoes. */
const ECHO_SHARE = 0.9;
const QUOTED = /[“„"«][^“”„"«»]{3,}[”"»]/u;

/**
 * News reports paraphrase a statement first and quote it later: "Poetin benadrukte dat de beslissing … een zaak is
 * van Rusland" … "“Dit is onze zaak.”". The quote shares no word with the question, only with the paraphrase, so for
 * each article's best sentence spoken by the asked person, that person's direct quotes in the same article that
 * repeat one of its words (besides the question's) join the candidates just below it.
 */
function withEchoes(
  spoken: Candidate[],
  speakers: Set<string>[],
  groups: Map<string, Set<string>>,
  index: SentenceIndex,
  askedNames: Set<string>,
): Candidate[] {
  const asked = new Set([...groups.values()].flatMap((forms) => [...forms]));
  const out = [...spoken];
  const existing = new Map(spoken.map((c) => [unitKey(c.sentence), c]));
  const anchors = new Map<string, Candidate>();
  for (const c of spoken) if (!anchors.has(c.article.id)) anchors.set(c.article.id, c);
  for (const anchor of anchors.values()) {
    const echo = [...stemsOfUnit(anchor.sentence, index)].filter(
      (t) => !asked.has(t) && !index.isName(t) && t.length >= 4,
    );
    const all = index.sentences.get(anchor.article.id) ?? [];
    // The quote repeating most of the paraphrase's words; on a tie the shorter.
    let found: { c: Candidate; shared: number } | undefined;
    for (let i = 0; i < all.length; i++) {
      const pair = pairAt(anchor.article, all, i, index);
      if (!pair || !QUOTED.test(pair.sentence.text) || overlapsSentence(anchor.sentence, pair.sentence)) continue;
      const shared = echo.filter((t) => pair.stems.has(t)).length;
      if (
        shared === 0 ||
        (found &&
          (shared < found.shared ||
            (shared === found.shared && pair.sentence.text.length >= found.c.sentence.text.length)))
      )
        continue;
      const own = coverage(index, groups, pair.stems, askedNames, index.paragraphOf(pair.sentence));
      const c: Candidate = {
        sentence: pair.sentence,
        article: anchor.article,
        coverage: Math.max(own.coverage, anchor.coverage * ECHO_SHARE),
        strict: own.strict,
        matched: new Set([...own.matched, ...anchor.matched]),
        near: own.near,
        retrieval: anchor.retrieval,
        score: 0,
      };
      if (!speakers.some((forms) => spokenBy(c, forms, index))) continue;
      c.score = anchor.score * ECHO_SHARE * (looksLikePageChrome(c.sentence.text) ? 0.7 : 1);
      found = { c, shared };
    }
    if (!found) continue;
    // Already a candidate on its own words: it keeps what it has, raised to the echo's share.
    const prior = existing.get(unitKey(found.c.sentence));
    if (!prior) out.push(found.c);
    else if (prior.score < found.c.score)
      Object.assign(prior, { score: found.c.score, coverage: found.c.coverage, matched: found.c.matched });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** A sentence or a pair of sentences (which starts at its first sentence), as one quotable unit. */
function unitKey(s: Sentence): string {
  return `${s.articleId}:${s.start}:${s.end}`;
}

/** Stems of a sentence or of a pair of sentences: the article's sentences from the unit's first up to its end. */
function stemsOfUnit(s: Sentence, index: SentenceIndex): Set<string> {
  const all = index.sentences.get(s.articleId) ?? [];
  const out = new Set<string>();
  for (let i = s.index; i < all.length && all[i]!.start < s.end; i++)
    for (const t of index.stemsOf(all[i]!)) out.add(t);
  return out;
}

function overlapsSentence(a: Sentence, b: Sentence): boolean {
  return a.articleId === b.articleId && a.start < b.end && b.start < a.end;
}

/** Verbs of saying, as the articles use them before or after the speaker ("zei Poetin", "Rutte noemt"). */
const SPEECH_VERB =
  /^(volgens|zei|zegt|zeggen|zeiden|noemt|noemde|waarschuwde|waarschuwt|verklaarde|verklaart|benadrukte|benadrukt|stelde|stelt|sprak|uitte|riep|roept|bevestigt|bevestigde|gaf|antwoordde|said|says|warned|warns|called|calls|stated)$/;
/** How far (in words) a speaker's name may stand from the verb: "zei de Russische president Poetin". */
const SPEAKER_DISTANCE = 4;

/**
 * Whether the person is the one speaking in the sentence: the name (or "hij"/"zij" in a sentence that inherits it)
 * stands within a few words of a verb of saying. "Rutte noemt Poetin …" is Rutte's speech, not Putin's.
 */
function spokenBy(c: Candidate, forms: Set<string>, index: SentenceIndex): boolean {
  const inherited = [...forms].some((f) => stemsOfUnit(c.sentence, index).has(f));
  const ws = words(c.sentence.text);
  const roles = new Set([...forms].flatMap((f) => [...index.rolesOf(f)]));
  const isSpeaker = (w: string) =>
    queryStems(w).some((f) => forms.has(f) || (inherited && roles.has(f))) ||
    (inherited && /^(hij|zij|he|she)$/.test(w));
  for (let i = 0; i < ws.length; i++) {
    if (!SPEECH_VERB.test(ws[i]!)) continue;
    for (let j = Math.max(0, i - SPEAKER_DISTANCE); j <= Math.min(ws.length - 1, i + SPEAKER_DISTANCE); j++)
      if (isSpeaker(ws[j]!)) return true;
  }
  return false;
}

/**
 * Quotation marks or a verb of saying: the sentence reports what someone said. A single mark counts only where it
 * opens a quotation: in "Noord-Korea’s betrokkenheid" it is an apostrophe.
 */
export function reportsSpeech(text: string): boolean {
  return REPORTED_SPEECH.test(text);
}
const REPORTED_SPEECH =
  /[„“”"«»]|(?:^|\s)[‘']|\b(zei|zegt|zeggen|noemt|noemde|waarschuwde|waarschuwt|verklaarde|benadrukte|stelde|stelt|sprak|uitte|merkte op|riep|roept|bevestigt|bevestigde)\b/;

/** Words that give a cause or a purpose. */
const REASON =
  /\b(omdat|doordat|want|vanwege|wegens|daardoor|daarom|te maken met|teken van|in ruil voor|om te|zodat|because|due to|in exchange for)\b/i;

/** A preposition of place before a name or a region: "in de grensregio Koersk", "naar Rusland", "in het oosten van Rusland". */
const PLACE =
  /\b(in|naar|bij|aan|op|uit)\s+(?:de\s+|het\s+)?(?:[\p{Ll}-]*(?:regio|streek|grens|oosten|westen|noorden|zuiden|provincie|gebied)\s+(?:van\s+)?)?\p{Lu}/u;

/** Bylines, timestamps and menus ("NOS Nieuws • vandaag, 17:21") match names well but say little. */
function looksLikePageChrome(s: string): boolean {
  return /[•|]/.test(s) || /\b\d{1,2}:\d{2}\b/.test(s) || /\b(beeld|foto|photo|image)\s*:?\s*\p{Lu}{2,}/u.test(s);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** When its article was not retrieved, a figure counts if its sentence or its whole article covers this much of the question. */
const FIGURE_SENTENCE_COVERAGE = 0.34;
const FIGURE_ARTICLE_COVERAGE = 0.5;
/** More figures than this would bury the answer; the most relevant are kept. */
const MAX_FIGURES = 8;

/**
 * Troop figures that answer the question, from the whole corpus: a figure counts when its article was retrieved or
 * its sentence covers the question, when it is about the nationality asked (or the one most figures are about),
 * and — when the question says what happened to the troops in words the corpus knows ("died", "sent") — only if some
 * figure's sentence speaks of that. Otherwise the question is not about these figures and quotes answer it.
 */
function selectFigures(
  candidates: Candidate[],
  groups: Map<string, Set<string>>,
  intent: ReturnType<typeof detectIntent>,
  known: string[],
  index: SentenceIndex,
): { figure: Figure; article: Article }[] | undefined {
  const retrievedArticles = new Set(candidates.map((c) => c.article.id));
  // Every troop figure is about troops, whichever word the article uses for them.
  const troopGroups = new Map(
    [...groups].map(([g, forms]) => [g, TROOP_WORD.test(g) ? new Set([...forms, ...TROOP_STEMS]) : forms]),
  );
  const cover = new Map<Sentence, ReturnType<typeof coverage>>();
  const coverOf = (s: Sentence) => cover.get(s) ?? cover.set(s, coverage(index, troopGroups, index.stemsOf(s))).get(s)!;
  const articleCover = (id: string) => coverage(index, troopGroups, index.stemsOfArticle(id)).coverage;
  const relevant = (f: Figure, article: Article): boolean =>
    retrievedArticles.has(article.id) ||
    coverOf(f.sentence).coverage >= FIGURE_SENTENCE_COVERAGE ||
    articleCover(article.id) >= FIGURE_ARTICLE_COVERAGE ||
    (f.continues !== undefined && relevant(f.continues, article));
  let found = index.figures().filter(({ figure, article }) => relevant(figure, article));
  const want = intent.nationality ?? majority(found.map((f) => f.figure.nationality));
  found = found.filter(({ figure }) =>
    figure.nationality ? figure.nationality === want : aboutNationality(figure.sentence.text, want),
  );
  if (found.length === 0) return undefined;
  if (known.length > 0) {
    const speaksOf = found.some(({ figure }) => known.some((g) => coverOf(figure.sentence).matched.has(g)));
    if (!speaksOf) return undefined;
  }
  // One claim per article and value: an article repeating its own figure is not a second source.
  const seen = new Set<string>();
  const unique = found.filter(({ figure, article }) => {
    const k = `${article.id}:${figure.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const rank = ({ figure, article }: { figure: Figure; article: Article }) =>
    (retrievedArticles.has(article.id) ? 1 : 0) + coverOf(figure.sentence).coverage;
  return unique.length <= MAX_FIGURES ? unique : unique.sort((a, b) => rank(b) - rank(a)).slice(0, MAX_FIGURES);
}

function majority(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function cite(citations: Citation[], article: Article, sentence: Sentence, score: number): Citation {
  // A quotation mark whose partner is in another sentence is left out: the quote stays verbatim, only shorter.
  const span = withoutDanglingMarks(article.body.slice(sentence.start, sentence.end));
  const s = { start: sentence.start + span.start, end: sentence.start + span.end };
  const existing = citations.find((c) => c.articleId === article.id && c.start === s.start);
  if (existing) return existing;
  const c: Citation = {
    n: citations.length + 1,
    articleId: article.id,
    title: article.title,
    source: sourceLine(article),
    outlet: article.outlet,
    date: article.date,
    language: article.language,
    file: article.file,
    quote: article.body.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    ...(article.url ? { url: article.url } : {}),
    score,
  };
  citations.push(c);
  return c;
}

const TEXT = {
  en: {
    refuse: "The articles don't cover this, so I can't answer it with a source.",
    differ: 'The sources give different figures; each is shown with who reports it:',
    one: 'One figure is reported:',
    according: (who: string) => `according to “${who}”`,
    noSource: 'no source named',
    quotes: 'From the articles:',
    also: 'Also:',
    published: (outlet: string, title: string) => `${outlet} dates “${title}”:`,
  },
  nl: {
    refuse: 'De artikelen gaan hier niet over, dus ik kan dit niet met een bron beantwoorden.',
    differ: 'De bronnen noemen verschillende aantallen; bij elk staat wie het meldt:',
    one: 'Eén aantal wordt genoemd:',
    according: (who: string) => `volgens “${who}”`,
    noSource: 'geen bron genoemd',
    quotes: 'Uit de artikelen:',
    also: 'Ook:',
    published: (outlet: string, title: string) => `${outlet} dateert “${title}”:`,
  },
} as const;

/**
 * "When was the RD commentary published?": the article the rest of the question points to (its outlet, title and
 * words; one clear best), quoted at its dateline. Undefined when no article stands out or it has no dateline.
 */
function publishedAnswer(groups: Map<string, Set<string>>, index: SentenceIndex, lang: Lang): Composed | undefined {
  const which = new Map(
    [...groups].filter(([g]) => !PUBLISHED_WORD.test(g) && !/^(wanneer|when|wat|what|welke|which)$/.test(g)),
  );
  if (which.size === 0) return undefined;
  const ranked = [...index.articles.values()]
    .map((article) => ({ article, cover: coverage(index, which, index.stemsOfArticle(article.id)).coverage }))
    .sort((a, b) => b.cover - a.cover);
  const [first, second] = ranked;
  if (!first || first.cover < MIN_COVERAGE || (second && second.cover >= first.cover)) return undefined;
  const line = findDateline(first.article, index.sentences.get(first.article.id) ?? []);
  if (!line) return undefined;
  const citations: Citation[] = [];
  const c = cite(citations, first.article, line, first.cover);
  const t = TEXT[lang];
  return {
    answer: [
      t.published(first.article.outlet, first.article.title),
      `• ${inQuotes(c.quote)} — ${c.source} [${c.n}]`,
    ].join('\n'),
    grounded: true,
    citations,
    confidence: first.cover,
  };
}

function refuse(lang: Lang, confidence: number): Composed {
  return { answer: TEXT[lang].refuse, grounded: false, citations: [], confidence };
}

function figureAnswer(
  found: { figure: Figure; article: Article }[],
  related: Candidate[],
  candidates: Candidate[],
  lang: Lang,
  confidence: number,
): Composed {
  const t = TEXT[lang];
  const citations: Citation[] = [];
  const scoreOf = new Map(candidates.map((c) => [c.sentence, c.coverage]));
  // Oldest report first; within an article, in reading order (e.g. "last week 1500 … now 10.000").
  const ordered = [...found].sort(
    (a, b) =>
      a.article.date.localeCompare(b.article.date) ||
      a.article.file.localeCompare(b.article.file) ||
      a.figure.start - b.figure.start,
  );
  const figures: FigureClaim[] = [];
  const lines = ordered.map(({ figure, article }) => {
    const c = cite(citations, article, figure.sentence, scoreOf.get(figure.sentence) ?? confidence);
    const who = findAttribution(figure.sentence.text);
    figures.push({ value: figure.value, text: figure.text, ...(who ? { attribution: who } : {}), citation: c.n });
    const number = /^\d/.test(figure.text) ? figure.text : `${figure.text} (${figure.value})`;
    return `• ${number} — ${who ? t.according(who) : t.noSource}; ${sourceLine(article)} [${c.n}]`;
  });
  const distinct = new Set(figures.map((f) => f.value)).size;
  const cited = (c: Candidate) =>
    citations.some((x) => x.articleId === c.article.id && x.start < c.sentence.end && c.sentence.start < x.end);
  const extra = related.find((c) => !cited(c));
  if (extra) {
    const c = cite(citations, extra.article, extra.sentence, extra.coverage);
    lines.push(`${t.also} ${inQuotes(c.quote)} — ${c.source} [${c.n}]`);
  }
  return {
    answer: [distinct > 1 ? t.differ : t.one, ...lines].join('\n'),
    grounded: true,
    citations,
    figures,
    confidence,
  };
}

/** The same words, whatever the spacing (a photo caption repeated with a double space is one quote). */
function same(a: string, b: string): boolean {
  return fold(a).replace(/\s+/g, ' ').trim() === fold(b).replace(/\s+/g, ' ').trim();
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return overlapsSentence(a.sentence, b.sentence);
}

function quoteAnswer(
  candidates: Candidate[],
  lang: Lang,
  confidence: number,
  names: Map<string, Set<string>>,
): Composed {
  const best = candidates[0]!;
  const chosen: Candidate[] = [];
  // Every quote must name whom the best one names of the names given (own words or its paragraph).
  const keeps = [...names.keys()].filter((g) => best.matched.has(g));
  const take = (c: Candidate) => {
    if (chosen.length >= MAX_QUOTES || chosen.includes(c) || !keeps.every((g) => c.matched.has(g) || c.near.has(g)))
      return;
    if (chosen.some((x) => same(x.sentence.text, c.sentence.text) || overlaps(x, c))) return;
    chosen.push(c);
  };
  // Breadth first, so agreeing (or differing) sources all show: the best sentence of every article that covers the
  // question nearly as well as the best one, then further sentences that score close to the best.
  const firstOf = new Map<string, Candidate>();
  for (const c of candidates) if (!firstOf.has(c.article.id)) firstOf.set(c.article.id, c);
  for (const c of firstOf.values())
    if (c === best || c.coverage >= Math.max(MIN_COVERAGE, best.coverage * OTHER_ARTICLE_COVERAGE)) take(c);
  const perArticle = (id: string) => chosen.filter((x) => x.article.id === id).length;
  for (const c of candidates)
    if (c.score >= best.score * QUOTE_WINDOW && perArticle(c.article.id) < MAX_PER_ARTICLE) take(c);
  // Room left when other articles have nothing as good: one article may then give one more.
  for (const c of candidates)
    if (c.score >= best.score * QUOTE_WINDOW && perArticle(c.article.id) < MAX_PER_ARTICLE + 1) take(c);
  chosen.sort((a, b) => b.score - a.score);
  const citations: Citation[] = [];
  const lines = chosen.map((c) => {
    const cit = cite(citations, c.article, c.sentence, c.coverage);
    return `• ${inQuotes(cit.quote)} — ${cit.source} [${cit.n}]`;
  });
  return { answer: [TEXT[lang].quotes, ...lines].join('\n'), grounded: true, citations, confidence };
}
