import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import { withoutOpeningMarks } from '../text/quotes.js';
import { type Candidate, foldedWords, opensWithPronoun } from './candidates.js';
import { match, saysGroup } from './evidence.js';
import { hasKind } from './kinds.js';
import type { Question } from './question.js';
import type { TextView } from './text-view.js';

/** At most this many quotes: enough for agreeing or differing sources, few enough to read. */
const MAX_QUOTES = 3;
/** The best unit with a neighbouring sentence is quoted in its place when it scores this share of it. */
const FULLER_SHARE = 0.8;
/** Another article's best unit is quoted when it scores this share of the best one. */
const OTHER_ARTICLE_SHARE = 0.3;
/**
 * Another unit of the same article is quoted when it scores this share of the best one: the answer is often in the
 * second or third unit, the best saying most of the question's words around it (npm run eval, 3 Dec 2026: 0.4 and
 * two per article to 0.3 and three gained six dev and five held-out answers, lost none; 0.3 to 0.2 on 5 Dec 2026:
 * the answer said in other words than the question's scores low beside the unit that echoes them, +3 dev −0 and
 * +2 held-out −0 answers anywhere).
 */
const SAME_ARTICLE_SHARE = 0.2;
/**
 * Another unit of an article stands in for its best when it echoes the best quote this many times as much, and by
 * this much more (summed idf): clearly the same fact, not a few more shared words of a longer unit.
 */
const ECHO_FACTOR = 2;
const ECHO_MARGIN = 2;
/**
 * Another article's unit below that share is still quoted, when a place is left, if it scores this share and retells
 * the best quote's fact in its own words ("In juni, tijdens een bezoek aan …", "Bij het bezoek … in juni"): a second
 * source for it (npm run eval, 3 Dec 2026: one seed answer gained, none lost; 0.05 and 12 gave the same) …
 */
const RETOLD_SHARE = 0.1;
/** … writing this much of what the best says beyond the question's words (summed idf: some five rare words). */
const RETOLD_ECHO = 20;
/** What a quote ending in a colon announces is quoted with it up to this many characters. */
const MAX_ANNOUNCED_CHARS = 400;
/** The sentence a quote's pronoun-led successor adds is quoted with it up to this many characters. */
const MAX_CONTINUED_CHARS = 250;
/**
 * The sentences before a quote that name whom its pronoun speaks of are quoted with it up to this many characters:
 * room for the paragraph's close before a quote that opens its own (npm run eval, 4 Dec 2026: 250 and its own
 * paragraph only to 500 and the one before gained one dev and one held-out answer, lost none).
 */
const MAX_ANTECEDENT_CHARS = 500;

/**
 * The quotes for an answer, best first: the best unit; of every other article whose best unit answers nearly as well
 * (so agreeing or differing sources all show) that unit, or one nearly as good that says clearly more of what the best
 * says (`echo`); then units close to the best; then, while places are left, another article's unit that retells the
 * best's fact. Every quote must name whom the best one names of the question's names, and no two quotes overlap or say
 * the same words.
 */
export function selectQuotes(
  candidates: Candidate[],
  nameIds: string[],
  echo: (best: Candidate, other: Candidate) => number = () => 0,
): Candidate[] {
  const top = candidates[0];
  if (!top) return [];
  // The sentence with the one after or before it, scored nearly as well, says more: what the sentence leaves for the
  // next one to say ("Het bedrijf maakte woensdag een besluit bekend. Het schrapt 500 banen.").
  const best = candidates.find((c) => c !== top && contains(c, top) && c.score >= top.score * FULLER_SHARE) ?? top;
  const keeps = nameIds.filter((id) => best.m.matched.has(id));
  const chosen: Candidate[] = [best];
  const fits = (c: Candidate, perArticle: number) =>
    chosen.length < MAX_QUOTES &&
    !chosen.includes(c) &&
    keeps.every((id) => saysGroup(c.m, id)) &&
    chosen.filter((x) => x.article.id === c.article.id).length < perArticle &&
    !chosen.some((x) => overlaps(x, c) || same(x, c));
  // A headline says the question's words in few others, so it outscores the body that gives the answer: the other
  // quotes are measured against the best unit that is no headline ("Fan Expo celebrated in Toronto", "… took place at
  // the Metro Toronto Convention Centre").
  const base = isHeadline(best) ? (candidates.find((c) => !isHeadline(c))?.score ?? best.score) : best.score;
  const floor = base * OTHER_ARTICLE_SHARE;
  // A headline that outscored the best unit (put behind it: bodyBeforeHeadline) says the fact in the fewest words:
  // the unit of another article that retells it echoes the headline, not the longer sentence quoted first.
  const head = candidates.find((c) => c.article.id === best.article.id && isHeadline(c) && c.score > best.score);
  const echoes = (c: Candidate) => echo(head ?? best, c);
  // Any quote, like the best, is quoted with its neighbouring sentence when the two score nearly as well ("… found by
  // someone." / "… found on X Road by a passerby.").
  const fuller = (c: Candidate, perArticle: number) =>
    candidates.find((x) => x !== c && contains(x, c) && x.score >= c.score * FULLER_SHARE && fits(x, perArticle)) ?? c;
  const firstOf = new Map<string, Candidate>();
  for (const c of candidates) if (!firstOf.has(c.article.id)) firstOf.set(c.article.id, c);
  const retold: Candidate[] = [];
  for (const first of firstOf.values()) {
    if (first.score < floor && fits(first, 1)) {
      const same = candidates.filter((c) => c.article.id === first.article.id && fits(c, 1));
      const told = same.find((c) => c.score >= base * RETOLD_SHARE && echoes(c) >= RETOLD_ECHO);
      if (told) retold.push(told);
      continue;
    }
    if (first.score < floor || !fits(first, 1)) continue;
    const others = candidates.filter((c) => c.article.id === first.article.id && c.score >= floor && fits(c, 1));
    chosen.push(fuller(mostEchoing(first, others, echoes), 1));
  }
  for (const c of candidates)
    if (c.score >= base * SAME_ARTICLE_SHARE && fits(c, MAX_QUOTES)) chosen.push(fuller(c, MAX_QUOTES));
  for (const c of retold) if (fits(c, 1)) chosen.push(fuller(c, 1));
  return chosen;
}

/**
 * The unit of another article to quote: its best, or one of its `others` that says clearly more of what the best
 * quote says beyond the question's words (the same fact: "verhuisd naar Noordhaven", "de werf zit nu in Noordhaven").
 */
function mostEchoing(first: Candidate, others: Candidate[], echo: (c: Candidate) => number): Candidate {
  let [pick, most] = [first, echo(first)];
  for (const c of others) {
    const e = echo(c);
    if (e >= most * ECHO_FACTOR && e >= most + ECHO_MARGIN) [pick, most] = [c, e];
  }
  return pick;
}

/** A unit that is its article's title, as the body repeats it. */
export function isHeadline(c: Candidate): boolean {
  const norm = (s: string) =>
    fold(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return typeof c.article.title === 'string' && norm(c.unit.text) === norm(c.article.title);
}

function contains(outer: Candidate, inner: Candidate): boolean {
  return (
    outer.article.id === inner.article.id && outer.unit.start <= inner.unit.start && outer.unit.end >= inner.unit.end
  );
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.article.id === b.article.id && a.unit.start < b.unit.end && b.unit.start < a.unit.end;
}

/** The same words whatever the spacing (a caption repeated in another article is one quote). */
function same(a: Candidate, b: Candidate): boolean {
  const norm = (s: string) => fold(s).replace(/\s+/g, ' ').trim();
  return norm(a.unit.text) === norm(b.unit.text);
}

/**
 * A quote ending in a colon ("His last words to his brother were:") announces what follows, often on the next line:
 * the quote runs on through the sentences of that line, as far as they fit in a quote.
 */
export function throughAnnounced(c: Candidate, sentences: Sentence[]): Candidate {
  if (!/:\s*$/.test(c.unit.text)) return c;
  const body = c.article.body;
  const next = sentences.filter((s) => s.start >= c.unit.end);
  const first = next[0];
  if (!first) return c;
  let end = c.unit.end;
  for (const s of next) {
    if (s !== first && body.slice(first.start, s.start).includes('\n')) break;
    if (s.end - c.unit.end > MAX_ANNOUNCED_CHARS) break;
    end = s.end;
  }
  return end === c.unit.end ? c : spanning(c, c.unit.start, end);
}

/** The candidate with its quote widened to `start`..`end` of its article's body. */
function spanning(c: Candidate, start: number, end: number): Candidate {
  return { ...c, unit: { ...c.unit, start, end, text: c.article.body.slice(start, end) } };
}

/** Another quote says some of `start`..`end` of the candidate's article already. */
function saidElsewhere(c: Candidate, start: number, end: number, others: readonly Candidate[]): boolean {
  return others.some((o) => o.article.id === c.article.id && o.unit.start < end && start < o.unit.end);
}

/**
 * The sentence after the best quote in its paragraph, opening with a subject pronoun ("… come to the Square. It's the
 * home of …"), goes on about what the quote names: what it says of it is quoted with it (npm run eval, 4 Dec 2026: one
 * en-voyage dev answer gained, none lost).
 */
export function throughContinued(c: Candidate, sentences: Sentence[], p: LanguagePack, others: Candidate[]): Candidate {
  const next = sentences.find((s) => s.start >= c.unit.end);
  if (!next || next.end - c.unit.end > MAX_CONTINUED_CHARS) return c;
  if (saidElsewhere(c, next.start, next.end, others)) return c;
  const body = c.article.body;
  if (body.slice(c.unit.end, next.start).includes('\n')) return c;
  const first = fold(/^[\s“"„‘']*([\p{L}]+)/u.exec(next.text)?.[1] ?? '');
  if (!p.subjectPronouns.has(first)) return c;
  return spanning(c, c.unit.start, next.end);
}

/** The sentence a quote's opening points back to is quoted with it up to this many characters. */
const MAX_POINTED_CHARS = 450;

/**
 * "Therefore both institutes joined forces …", "These results indicate …": a quote that opens pointing back (the
 * pack's anaphoric openings, at its start or after one word) names what it speaks of only in the sentence before; that
 * sentence of its paragraph is quoted with it ("… the National Library and the University Library … concluded …").
 */
export function throughPointedBack(
  c: Candidate,
  sentences: Sentence[],
  p: LanguagePack,
  others: Candidate[],
): Candidate {
  const folded = fold(withoutOpeningMarks(c.unit.text));
  if (!p.anaphoricOpening.test(folded) && !p.anaphoricOpening.test(folded.replace(/^[\p{L}]+,? /u, ''))) return c;
  const before = sentences.filter((s) => s.end <= c.unit.start).at(-1);
  if (!before || c.unit.start - before.start > MAX_POINTED_CHARS) return c;
  if (c.article.body.slice(before.end, c.unit.start).includes('\n')) return c;
  if (saidElsewhere(c, before.start, before.end, others)) return c;
  return spanning(c, before.start, c.unit.end);
}

/** An answer turn's opening sentences are quoted with a quote from further on in it up to this many characters. */
const MAX_TURN_OPENING_CHARS = 300;

/**
 * "What's your greatest non-fixed cost?" / "The single most costly thing we spend on is rent and advertising. There's
 * supplies, …": a paragraph answering an interviewer's question opens with its answer, which the sentences after it
 * add to. A quote from further on in the turn runs back to the turn's start, when that is near.
 */
export function throughTurnOpening(
  c: Candidate,
  view: TextView,
  sentences: Sentence[],
  others: Candidate[],
): Candidate {
  const own = sentences.find((s) => s.start >= c.unit.start);
  if (!own || view.questionTurn(own).length === 0) return c;
  const body = c.article.body;
  let start = own.start;
  for (const s of sentences.filter((x) => x.end <= own.start).reverse()) {
    if (body.slice(s.end, start).includes('\n') || c.unit.start - s.start > MAX_TURN_OPENING_CHARS) break;
    start = s.start;
  }
  const opens = body.slice(0, start).trimEnd().length === 0 || /\n\s*$/.test(body.slice(0, start));
  if (start === own.start || !opens || saidElsewhere(c, start, c.unit.start, others)) return c;
  return spanning(c, start, c.unit.end);
}

/** A line of names only, as a paper's byline: capitalised words and initials, joined by commas or little words. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|&|,)$/u;
/** A mail address, alone on its line. */
const MAIL_LINE = /^\S+@\S+\.\S+$/u;

/**
 * "N S Andres and R T Ponce": a paper's byline says who wrote it and nothing more; the line after it (an address
 * line between skipped) says where they work, and is quoted with it.
 */
export function throughByline(c: Candidate, sentences: Sentence[], p: LanguagePack, others: Candidate[]): Candidate {
  // "Mira Velder\n\nm.velder@example.org": a mail address on its own line is part of the byline.
  const ws = c.unit.text
    .trim()
    .split(/\s+|(?=,)/u)
    .filter((w) => !MAIL_LINE.test(w));
  const names = ws.filter((w) => NAME_WORD.test(w)).length;
  if (names < 2 || !ws.every((w) => NAME_WORD.test(w) || p.stopwords.has(fold(w)))) return c;
  let next = sentences.find((s) => s.start >= c.unit.end);
  if (next && MAIL_LINE.test(next.text.trim())) next = sentences.find((s) => s.start >= next!.end);
  if (!next || next.end - c.unit.end > MAX_CONTINUED_CHARS || saidElsewhere(c, next.start, next.end, others)) return c;
  return spanning(c, c.unit.start, next.end);
}

/**
 * "Who is X married to?" over "X proposed to her in October 2009": the quote speaks of someone by a pronoun before
 * it names anyone the question does not, so whom it points back to is named before. The quote runs back to the start
 * of the sentence that names them, in its paragraph (or the one before, when it opens its own): the nearest that
 * opens with no pronoun, through those that do ("X's engagement to Y was announced. They met when Y … X proposed to
 * her …"), or failing that the nearest that names someone.
 */
export function throughAntecedent(
  c: Candidate,
  sentences: Sentence[],
  q: Question,
  p: LanguagePack,
  others: Candidate[],
): Candidate {
  if (q.kind !== 'person' || !pointsBackToSomeone(c.unit.text, q, p)) return c;
  const body = c.article.body;
  const before = sentences.filter((s) => s.end <= c.unit.start).reverse();
  const names = (s: Sentence) => hasKind(s.text, 'person', q, p);
  let start: number | undefined;
  let next = c.unit.start;
  for (const [k, s] of before.entries()) {
    // A quote opening its paragraph looks back into the one before, no further.
    if (k > 0 && body.slice(s.end, next).includes('\n')) break;
    if (c.unit.start - s.start > MAX_ANTECEDENT_CHARS) break;
    next = s.start;
    const opens = opensWithPronoun(foldedWords(s.text), p);
    if (names(s) && (!opens || start === undefined)) start = s.start;
    if (!opens) break;
  }
  if (start === undefined || saidElsewhere(c, start, c.unit.start, others)) return c;
  return spanning(c, start, c.unit.end);
}

/** The text holds an object or possessive pronoun for one person, with no one before it the question does not name. */
function pointsBackToSomeone(text: string, q: Question, p: LanguagePack): boolean {
  const at = [...text.matchAll(/[\p{L}]+/gu)].find((m) => p.objectPronouns.has(fold(m[0])))?.index;
  return at !== undefined && !hasKind(text.slice(0, at), 'person', q, p);
}

/** A list's item is quoted from its lead-in on when the quote is this short at most. */
const MAX_LEAD_IN_CHARS = 300;

/**
 * The start and end of the lead-in of the list a quoted item is of, when the question's words the item lacks are the
 * lead-in's and no other quote says the lead-in or the items between ("1. De ketting …:": the lead-in's own marker,
 * split off as a sentence, opens it).
 */
function askedLeadIn(c: Candidate, view: TextView, q: Question, others: Candidate[]) {
  const found = view.leadIn(c.unit);
  if (!found) return undefined;
  const line = c.article.body.lastIndexOf('\n', found.start - 1) + 1;
  const marked = /^\s*\(?[\p{L}\p{N}]{1,3}[.)°]*\s*$/u.test(c.article.body.slice(line, found.start));
  const start = marked ? line : found.start;
  const stems = view.stemsOf(found);
  const own = view.stemsOfUnit(c.unit);
  const lang = c.article.language;
  // The item is read with its lead-in's words (`leadInStems`): those its own text lacks are the lead-in's to show.
  const inLead = q.groups.some((g) => {
    const forms = [...(g.forms.get(lang) ?? [])];
    return forms.some((f) => stems.has(f)) && !forms.some((f) => own.has(f));
  });
  // Another quote of the lead-in or the items between is then said by this one (see `withinFirst`).
  const inside = (o: Candidate) => o.article.id === c.article.id && o.unit.start >= start && o.unit.end <= c.unit.start;
  const said = saidElsewhere(
    c,
    start,
    c.unit.start,
    others.filter((o) => !inside(o)),
  );
  return inLead && !said ? { start, end: found.end, index: found.index } : undefined;
}

/**
 * "b. het gewicht mag ten hoogste 300 gram per meter bedragen;" answers what its lead-in asks of ("De ketting …
 * moet voldoen aan de volgende eisen:"): when the question's words the item lacks are the lead-in's, the quote runs
 * from the lead-in on through the item (the items between included, as the quote must be one span), if that is short.
 */
export function throughLeadIn(c: Candidate, view: TextView, q: Question, others: Candidate[]): Candidate {
  const lead = askedLeadIn(c, view, q, others);
  if (!lead || c.unit.end - lead.start > MAX_LEAD_IN_CHARS) return c;
  return spanning(c, lead.start, c.unit.end);
}

/**
 * "Met hechtenis van ten hoogste twee maanden … wordt gestraft:" above "b. handelen in strijd met … een aanwijzing
 * …": a lead-in too far above its item to be quoted through it is quoted on its own, before it.
 */
export function leadInBefore(c: Candidate, view: TextView, q: Question, others: Candidate[]): Candidate | undefined {
  const lead = askedLeadIn(c, view, q, others);
  if (!lead || c.unit.end - lead.start <= MAX_LEAD_IN_CHARS) return undefined;
  const quoted = spanning(c, lead.start, lead.end);
  return { ...quoted, unit: { ...quoted.unit, index: lead.index } };
}

/**
 * Whether a lead-in quoted on its own goes before its item: when it gives the kind of answer asked and the item does
 * not, says the rule a yes/no question asks and the item does not ("Mag een winkel …?" over "Het is verboden … te
 * koop aan te bieden, …, die niet behoren tot een type dat:"), or says the noun "welke N" asks for and the item does
 * not ("Welke straf …?" over "… wordt gestraft:").
 */
export function leadInFirst(lead: Candidate, item: Candidate, q: Question, view: TextView): boolean {
  const p = q.pack;
  if (!item.kind && hasKind(lead.unit.text, q.kind, q, p)) return true;
  // An item that states a rule itself ("b. de bodem moet zindelijk zijn") answers before the lead-in's own rule.
  const ip = pack(item.article.language);
  const itemText = fold(item.unit.text);
  const ruled = ip.rules.stated.test(itemText) || ip.obligation.test(itemText);
  if (q.ruleAsked && !ruled && ip.rules.stated.test(fold(lead.unit.text))) return true;
  const noun = p.classAsked.exec(fold(q.text))?.[1];
  const asked = q.groups.find((g) => !g.name && noun !== undefined && g.id === stem(noun, p.code));
  if (!asked) return false;
  const lang = item.article.language;
  const says = (stems: Set<string>) => match(q, stems, lang, pack(lang).compounds).matched.has(asked.id);
  return says(view.stemsOf(lead.unit)) && !says(view.stemsOfUnit(item.unit));
}

/** The quotes with the lead-in of the first one's list, when another quote gives it, first if it goes before. */
export function leadInToFront(quotes: Candidate[], q: Question, view: TextView): Candidate[] {
  const [first, ...rest] = quotes;
  const lead = first && view.leadIn(first.unit);
  if (!first || !lead) return quotes;
  const isLead = (o: Candidate) =>
    o.article.id === first.article.id && o.unit.start <= lead.start && o.unit.end >= lead.end;
  const i = rest.findIndex(isLead);
  if (i < 0 || !leadInFirst(rest[i]!, first, q, view)) return quotes;
  return [rest[i]!, first, ...rest.filter((_, j) => j !== i)];
}

/** The quotes after the first that the first, widened, now says: dropped. */
export function withinFirst(quotes: Candidate[]): Candidate[] {
  const [first, ...rest] = quotes;
  if (!first) return quotes;
  const said = (o: Candidate) =>
    o.article.id === first.article.id && o.unit.start >= first.unit.start && o.unit.end <= first.unit.end;
  return [first, ...rest.filter((o) => !said(o))];
}
