import { fold, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import { attributionAt } from './attribution.js';
import type { AnswerContext, Candidate } from './candidates.js';
import { carriesOn, isHeading } from './candidates.js';
import { match, writesForm } from './evidence.js';
import { asksQuestion } from './features.js';
import { speakerOfTurn } from './interview.js';
import type { Group, Question } from './question.js';

/** How far (in words) a speaker's name may stand from the verb of saying: "zei de Franse president Macron". */
const SPEAKER_DISTANCE = 4;
/** Units of the asked speaker come first unless the best of them scores less than this share of the best unit. */
const SPOKEN_SHARE = 0.3;
/** A speaker's direct quote counts this share of the paraphrase it echoes. */
const ECHO_SHARE = 0.9;
const QUOTED = /[“„"«][^“”„"«»]{3,}[”"»]/u;

/**
 * Whether someone asked about speaks in the unit: their name, a title the corpus gives them, or "he"/"she" in a unit
 * that inherits their name, within a few words of a verb of saying. "Jansen noemt De Vries …" is Jansen speaking.
 */
export function spokenBy(c: Candidate, g: Group, ctx: AnswerContext): boolean {
  const lang = c.article.language;
  const p = pack(lang);
  const forms = new Set([...(g.forms.get(lang) ?? [])]);
  // "Volgens het Dagblad", "what does the Courier write": an outlet's words are every article it published.
  if (ctx.view.outletStems(c.article.id).some((o) => forms.has(o))) return true;
  const inherited = names(c, g);
  const roles = new Set([...forms].flatMap((f) => ctx.stats.rolesOf(f).flat()));
  const text = fold(c.unit.text);
  const addressed = addressedWords(text);
  const ws = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ w: m[0], s: stem(m[0], lang), at: m.index }));
  const isSpeaker = ({ w, s, at }: { w: string; s: string; at: number }) =>
    !addressed.has(at) && (forms.has(s) || (inherited && (roles.has(s) || p.subjectPronouns.has(w))));
  const folded = ws.map((x) => x.w);
  for (let i = 0; i < ws.length; i++) {
    // "Volgens het ministerie …", "according to the mayor": the words after the phrase are theirs.
    const span = attributionAt(folded, i, p);
    if (span) {
      const to = Math.min(ws.length - 1, i + span - 1 + SPEAKER_DISTANCE);
      for (let j = i + span; j <= to; j++) if (isSpeaker(ws[j]!)) return true;
    }
    if (!p.sayingVerbs.has(ws[i]!.w)) continue;
    const from = Math.max(0, i - SPEAKER_DISTANCE);
    const to = Math.min(ws.length - 1, i + SPEAKER_DISTANCE);
    for (let j = from; j <= to; j++) if (isSpeaker(ws[j]!)) return true;
  }
  return false;
}

/** An opening quote, then at most three words and a comma: "said, 'Frank, I have …'", "say, 'Hey Frank, my …'". */
const VOCATIVE = /(?<=^|[\s([,:;])[“„"«'](?=\p{L})((?:[\p{L}\p{N}.'-]+ ?){1,3}),/gu;

/**
 * Where the words addressed at the head of a quote start: "The e-mail said, 'Frank, I have …'" is written to Frank,
 * not by him, though his name stands beside the verb of saying.
 */
function addressedWords(text: string): Set<number> {
  const at = new Set<number>();
  for (const m of text.matchAll(VOCATIVE)) {
    const from = m.index + 1;
    for (const w of m[1]!.matchAll(/[\p{L}\p{N}]+/gu)) at.add(from + w.index);
  }
  return at;
}

/**
 * "What does X say …": in an interview, an answer turn of X's is X's words, with or without a verb of saying. Only for
 * words or reasons asked for: "Does X think …" is answered by what the turn says, not by who says it.
 */
function voiced(q: Question, c: Candidate, g: Group, ctx: AnswerContext): boolean {
  if (spokenBy(c, g, ctx)) return true;
  // "Why, according to X, …" asks X's reasons: the turns where X gives them, whether or not X says "I think".
  if (q.kind !== 'speech' && q.kind !== 'reason') return false;
  const forms = g.forms.get(c.article.language) ?? new Set<string>();
  return speakerOfTurn(c.unit, ctx.view, ctx.stats, pack(c.article.language)).some((t) => forms.has(t));
}

/** The unit's stems (its words, and names its titles and pronouns stand for) hold one of the group's forms. */
function names(c: Candidate, g: Group): boolean {
  return writesForm(g, c.article.language, c.stems);
}

/**
 * "What did the mayor say" over articles where no unit that names the mayor reports words (a verb of saying, a
 * quote): the mayor's words are not in them, whatever else they say about the subject. Looser than `spokenBy`, which
 * wants the name beside the verb: "leaders from France …, and described it as …" names France's words too.
 */
export function unheard(q: Question, pool: Candidate[]): boolean {
  if (q.kind !== 'speech' || q.speakers.length === 0) return false;
  return !pool.some((c) => c.kind && q.speakers.some((g) => names(c, g)));
}

/**
 * "What did the mayor say" is answered by the mayor's words: when some units have him speaking, those come first, each
 * article's best joined by his direct quote that repeats its paraphrase (news reports paraphrase first and quote
 * later: "De burgemeester benadrukte dat … een zaak van de stad is" … "“Dit is onze zaak.”"). The others stay behind
 * them: a speaker read beside a verb of saying inside another name ("West Valdorian" in "East Valdorian officers, a
 * spokesman said") must not drop the unit that says the fact with its source in other words ("intelligence from
 * West Valdoria revealed").
 */
export function bySpeakers(q: Question, candidates: Candidate[], ctx: AnswerContext): Candidate[] {
  // "What did X say": a heading, a question the article asks or a caption is no statement of anyone's. With a
  // speaker named but never beside a verb of saying, a unit that reports words comes before one that does not
  // ("Okoro, a 34-year-old nurse, said …" before "Okoro beat Hale by 2,140 votes"); an opinion asked of no one
  // named may be a plain statement ("De kritiek van de raad is terecht").
  const statements = (pool: Candidate[], reportsFirst = false) => {
    if (q.kind !== 'speech') return pool;
    const rank = (c: Candidate) => (said(c) ? 0 : 2) + (reportsFirst && !c.kind ? 1 : 0);
    return pool
      .map((c, i) => ({ c, i }))
      .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
      .map((x) => x.c);
  };
  if (q.speakers.length === 0) {
    // "Wat zei haar uitgever?": units where the role speaks ("zegt haar uitgever Pieter Brink") come first.
    const byRole = candidates.filter((c) => c.kind && q.speakerRoles.some((g) => voiced(q, c, g, ctx)));
    // "According to the study, what predicts …": as for a named speaker, a role's units far worse than the best
    // ("… explain how we think by studying …") do not go first unless the role's own words are asked.
    if (q.kind !== 'speech' && farBelowBest(byRole, candidates)) return candidates;
    return statements([...byRole, ...candidates.filter((c) => !byRole.includes(c))]);
  }
  const spoken = candidates.filter((c) => q.speakers.some((g) => voiced(q, c, g, ctx)));
  if (spoken.length === 0) return statements(candidates, true);
  // "Which plan does X say is threatened": when X speaks only in units far worse than the best, the best says it in
  // other words ("the alderman calls the flood a threat to the plan"), unless X's own words are what is asked.
  if (q.kind !== 'speech' && farBelowBest(spoken, candidates)) return candidates;
  // Their own words first only when their words are asked for: "why does the mayor call it a burden" is answered by
  // the unit that gives the reason best, which need not quote him.
  const echoed = withEchoes(q, spoken, ctx);
  const rest = candidates.filter((c) => !spoken.includes(c));
  return [...(q.kind === 'speech' ? inTheirWords(echoed) : echoed), ...rest];
}

/** Some units, the best of them under SPOKEN_SHARE of the best candidate's score. */
function farBelowBest(units: Candidate[], candidates: Candidate[]): boolean {
  const best = (list: Candidate[]) => Math.max(...list.map((c) => c.score));
  return units.length > 0 && best(units) < best(candidates) * SPOKEN_SHARE;
}

/**
 * Their own words first: a unit that quotes what was said answers "what did X say" better than one that only reports
 * that X spoke, and a question the article asks ("Hoe moet er gereageerd worden op deze …?") or a photo caption is no
 * statement at all.
 */
function inTheirWords(spoken: Candidate[]): Candidate[] {
  // A quote far worse than the best unit ("… a new obsession … against The Church" for "what does the Church say
  // about her passport") says little of what is asked: it does not go before the units that say it.
  const top = Math.max(...spoken.map((c) => c.score));
  const quotes = (c: Candidate) => QUOTED.test(c.unit.text) && c.score >= top * SPOKEN_SHARE;
  const rank = (c: Candidate) => (!said(c) ? 2 : quotes(c) ? 0 : 1);
  return spoken
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** The unit states something: no caption or byline, no question the article asks, no heading. */
function said(c: Candidate): boolean {
  return !c.chrome && !asksQuestion(c.unit.text) && !isHeading(c.unit, c.article);
}

function withEchoes(q: Question, spoken: Candidate[], ctx: AnswerContext): Candidate[] {
  const asked = new Set(q.groups.flatMap((g) => [...g.forms.values()].flatMap((set) => [...set])));
  const out = [...spoken];
  const keys = new Set(spoken.map((c) => `${c.article.id}:${c.unit.start}:${c.unit.end}`));
  const anchors = new Map<string, Candidate>();
  for (const c of spoken) if (!anchors.has(c.article.id)) anchors.set(c.article.id, c);
  for (const anchor of anchors.values()) {
    const echo = [...anchor.stems].filter((t) => !asked.has(t) && !ctx.stats.isName(t) && t.length >= 3);
    const all = ctx.view.sentences(anchor.article.id);
    let found: { c: Candidate; shared: number } | undefined;
    for (let i = 0; i + 1 < all.length; i++) {
      const [first, next] = [all[i]!, all[i + 1]!];
      if (next.end - first.start > 400 || anchor.article.body.slice(first.end, next.start).includes('\n')) continue;
      if (!carriesOn(next.text, pack(anchor.article.language))) continue;
      const text = anchor.article.body.slice(first.start, next.end);
      if (!QUOTED.test(text) || (first.start < anchor.unit.end && anchor.unit.start < next.end)) continue;
      const unit = { articleId: anchor.article.id, start: first.start, end: next.end, text, index: first.index };
      const stems = ctx.view.stemsOfUnit(unit);
      const shared = echo.filter((t) => stems.has(t)).length;
      if (shared === 0 || (found && shared <= found.shared)) continue;
      const lang = anchor.article.language;
      const own = match(q, stems, lang, pack(lang).compounds, ctx.view.paragraphOf(unit));
      // The quote stands for the paraphrase: it answers as well as its anchor, a little less.
      const m = {
        ...own,
        coverage: Math.max(own.coverage, anchor.m.coverage * ECHO_SHARE),
        strict: Math.max(own.strict, anchor.m.strict * ECHO_SHARE),
        content: Math.max(own.content, anchor.m.content * ECHO_SHARE),
        allContent: Math.max(own.allContent, anchor.m.allContent * ECHO_SHARE),
        matched: new Set([...own.matched, ...anchor.m.matched]),
      };
      const c: Candidate = { ...anchor, unit, stems, m, score: anchor.score * ECHO_SHARE };
      if (!q.speakers.some((g) => spokenBy(c, g, ctx))) continue;
      found = { c, shared };
    }
    if (found && !keys.has(`${found.c.article.id}:${found.c.unit.start}:${found.c.unit.end}`)) {
      // Beside its paraphrase: the order the pool came in (a reason or place first) stays.
      out.splice(out.indexOf(anchor) + 1, 0, found.c);
    }
  }
  return out;
}
