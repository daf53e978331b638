import type { Sentence } from '../ingest/sentences.js';
import { fold, pack } from '../lang/index.js';
import type { CrossRefs, LanguagePack } from '../lang/types.js';
import { keyedMemo } from './memo.js';
import type { TextView } from './text-view.js';

/** A line of the body: which provision (its heading's number and order), paragraph ("1.") and item ("b.") it is. */
interface Line {
  start: number;
  end: number;
  provision: string;
  order: number;
  paragraph: number;
  item: string;
}

/** What one reference points at: a provision (or the referring one's), some of its paragraphs, one item. */
interface Target {
  provision: string | undefined;
  previous: boolean;
  paragraphs: number[];
  item: string;
}

/** The provisions an article's lines stand in, for its sentences; which sentences each sentence refers to. */
interface Structure {
  lines: Line[];
  refers: number[][];
  referredBy: number[][];
  /** The line each sentence starts on. */
  at: number[];
  /** The sentences of a provision that refer to their text as a whole ("in strijd met deze wet"). */
  whole: Set<number>;
}

/** A numbered paragraph of a provision ("2. Het verzoekschrift …") and a lettered item ("b. De opbrengst …"). */
const PARAGRAPH = /^\s*(\d{1,2})\.\s/u;
const ITEM = /^\s*([a-z])\.(?=\s|\p{L})/u;

/** Lines of the body, each in the provision whose heading is above it (none before the first: ""). */
function linesOf(body: string, refs: CrossRefs): Line[] {
  const out: Line[] = [];
  let [provision, order, paragraph, item] = ['', 0, 0, ''];
  let start = 0;
  for (const raw of body.split('\n')) {
    const folded = fold(raw.trim());
    const head = refs.heading.exec(folded);
    if (head) [provision, order, paragraph, item] = [head[1]!, order + 1, 0, ''];
    const para = head ? null : PARAGRAPH.exec(folded);
    if (para) [paragraph, item] = [Number(para[1]), ''];
    const it = head || para ? null : ITEM.exec(folded);
    if (it) item = it[1]!;
    out.push({ start, end: start + raw.length, provision, order, paragraph, item });
    start += raw.length + 1;
  }
  return out;
}

/** The paragraphs a reference names: ordinal words ("vierde, vijfde en zesde") or digits. */
function paragraphsOf(words: string | undefined, p: LanguagePack): number[] {
  if (!words) return [];
  return (words.match(/\p{L}+|\d+/gu) ?? []).map((w) => (/^\d+$/.test(w) ? Number(w) : (p.time.ordinals[w] ?? 0)));
}

/** The provisions a run of numbers names: "5 of 5a", "3 tot en met 5b" (the ends only). */
function provisionsOf(run: string): string[] {
  return run.match(/\d+[a-z]?/gu) ?? [];
}

/** Every reference a sentence makes to a provision of its own text, first patterns first. */
export function targetsOf(text: string, p: LanguagePack): Target[] {
  let rest = fold(text);
  const out: Target[] = [];
  for (const re of p.crossRefs.refs)
    for (const m of rest.matchAll(re)) {
      const after = rest.slice(m.index + m[0].length);
      const g = m.groups ?? {};
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + after;
      if (g.art && p.crossRefs.external.test(after)) continue;
      const previous = !!g.prev;
      const paragraphs = paragraphsOf(g.lid, p).filter((n) => n > 0);
      if (g.lid && paragraphs.length === 0) continue;
      const base = { previous, paragraphs, item: g.item ?? '' };
      if (g.art) for (const a of provisionsOf(g.art)) out.push({ ...base, provision: a });
      else out.push({ ...base, provision: undefined });
    }
  return out;
}

/** The index of the line a sentence starts on. */
function lineAt(lines: readonly Line[], offset: number): number {
  let [lo, hi] = [0, lines.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a line is what the target points at, from a sentence on line `own`. */
function hits(line: Line, own: Line, t: Target, orders: Map<string, number>): boolean {
  const provision = t.provision ?? (t.previous ? undefined : own.provision);
  if (provision !== undefined ? line.provision !== provision : line.order !== own.order - 1) return false;
  if (t.provision !== undefined && !orders.has(t.provision)) return false;
  if (t.paragraphs.length > 0 && !t.paragraphs.includes(line.paragraph)) return false;
  return !t.item || line.item === t.item;
}

const structureOf = keyedMemo<TextView, Structure>();

/** The article's provisions, and for each sentence the sentences of the provisions it refers to. */
function structure(view: TextView, articleId: string): Structure {
  return structureOf(view, articleId, () => {
    const article = view.article(articleId);
    const all = view.sentences(articleId);
    const none = {
      lines: [],
      refers: all.map(() => []),
      referredBy: all.map(() => []),
      at: [],
      whole: new Set<number>(),
    };
    if (!article) return none;
    const p = pack(article.language);
    const lines = linesOf(article.body, p.crossRefs);
    if (!lines.some((l) => l.order > 0)) return none;
    const orders = new Map(lines.map((l) => [l.provision, l.order]));
    const at = all.map((s) => lineAt(lines, s.start));
    const refers = all.map((s, i) => {
      const own = lines[at[i]!]!;
      const targets = targetsOf(s.text, p);
      if (targets.length === 0) return [];
      const pointed = (t: Target) =>
        all.map((_, j) => j).filter((j) => at[j] !== at[i] && hits(lines[at[j]!]!, own, t, orders));
      // "artikel 3, derde lid" of a provision since renumbered to two paragraphs: the provision as a whole.
      return [
        ...new Set(
          targets.flatMap((t) => {
            const some = pointed(t);
            return some.length > 0 || t.paragraphs.length === 0 ? some : pointed({ ...t, paragraphs: [] });
          }),
        ),
      ].sort((a, b) => a - b);
    });
    const referredBy: number[][] = all.map(() => []);
    refers.forEach((js, i) => {
      for (const j of js) referredBy[j]!.push(i);
    });
    const whole = new Set(
      all.flatMap((s, i) => (lines[at[i]!]!.order > 0 && p.crossRefs.whole.test(fold(s.text)) ? [i] : [])),
    );
    return { lines, refers, referredBy, at, whole };
  });
}

/** Most sentences a reference lends its words from: a whole long chapter says too much to be one provision's. */
const MAX_REFERRED = 12;

/**
 * "Hij die handelt in strijd met artikel 4, eerste lid, wordt gestraft …": the stems of the provisions of its own
 * text a sentence refers to, which say what it is about in words it does not write. Context only, never its quote.
 */
export function referredStems(unit: Sentence, view: TextView): Set<string> {
  const out = new Set<string>();
  const all = view.sentences(unit.articleId);
  const { refers } = structure(view, unit.articleId);
  for (let i = unit.index; i < all.length && all[i]!.start < unit.end; i++) {
    const js = refers[i] ?? [];
    if (js.length > MAX_REFERRED) continue;
    for (const j of js) for (const t of view.stemsOf(all[j]!)) out.add(t);
  }
  return out;
}

/**
 * "Uiterlijk zes maanden na … geeft het college uitvoering aan artikel 1", "Het in artikel 2 bepaalde geldt niet
 * indien …": a reference that carries its provision's rule (pack `crossRefs.carries`) says that provision's words as
 * the sentence's own; other references only name their target (`referredStems`, context).
 */
export function carriedStems(unit: Sentence, view: TextView): Set<string> {
  const lang = view.article(unit.articleId)?.language;
  if (!lang || !pack(lang).crossRefs.carries.test(fold(unit.text))) return new Set();
  return referredStems(unit, view);
}

/**
 * The sentences that refer to the provision a sentence stands in ("het vorige artikel" of the one after it), and
 * those of other provisions that refer to the whole text ("Overtreding van de in dit besluit gestelde verboden …").
 */
export function referrers(s: Sentence, view: TextView): Sentence[] {
  const all = view.sentences(s.articleId);
  const { refers, referredBy, lines, at, whole } = structure(view, s.articleId);
  const order = (i: number) => lines[at[i]!]?.order ?? 0;
  const own = lines.length > 0 ? lines[lineAt(lines, s.start)]!.order : 0;
  const numbered = (referredBy[s.index] ?? []).filter((i) => (refers[i]?.length ?? 0) <= MAX_REFERRED);
  const wholly = own > 0 ? [...whole].filter((i) => order(i) !== own && !numbered.includes(i)) : [];
  return [...numbered, ...wholly].map((i) => all[i]!);
}

/** The words of a sentence's reference to its whole text ("overtreding van de in dit besluit gestelde verboden"). */
export function wholeRefWords(s: Sentence, view: TextView): string[] {
  const lang = view.article(s.articleId)?.language;
  const m = lang ? pack(lang).crossRefs.whole.exec(fold(s.text)) : null;
  return m ? (m[0].match(/\p{L}+/gu) ?? []) : [];
}

/** Whether a sentence refers to its text as a whole: it speaks of the provision it was gathered for. */
export function refersToWhole(s: Sentence, view: TextView): boolean {
  return structure(view, s.articleId).whole.has(s.index);
}

/**
 * A sentence of a text of provisions that stands before its first provision's heading: its long title, enacting
 * formula and recitals ("Wij Beatrix …", "Alzo Wij in overweging genomen hebben …", "Gelet op …"), which name what
 * the provisions are about without saying what they provide.
 */
export function beforeProvisions(s: Sentence, view: TextView): boolean {
  const { lines } = structure(view, s.articleId);
  return lines.length > 0 && lines[lineAt(lines, s.start)]!.order === 0;
}

/** The sentences of the article a unit spans: those that start within it. */
function spanned(unit: Sentence, all: readonly Sentence[]): number[] {
  const out: number[] = [];
  for (let i = unit.index; i < all.length && all[i]!.start < unit.end; i++) if (all[i]!.end > unit.start) out.push(i);
  return out;
}

/** The references of the first that opens the text: "artikel 4, tweede lid, ontvangt …" → article 4, its second. */
function firstTargets(text: string, p: LanguagePack): Target[] {
  let first: string | undefined;
  let at = Number.POSITIVE_INFINITY;
  for (const re of p.crossRefs.refs) {
    const m = new RegExp(re.source, re.flags.replace('g', '')).exec(text);
    if (m && m.index < at) [first, at] = [m[0], m.index];
  }
  return first ? targetsOf(first, p) : [];
}

/**
 * "In afwijking van artikel 4, tweede lid, ontvangt …, als bedoeld in artikel 3, …" and a unit of article 4's second
 * paragraph: a sentence `from` spans departs from the provision `to` stands in, the one its derogation names first
 * (not article 3, which it names for another reason).
 */
export function departsFrom(from: Sentence, to: Sentence, view: TextView): boolean {
  const lang = view.article(from.articleId)?.language;
  if (!lang || from.articleId !== to.articleId) return false;
  const p = pack(lang);
  const text = fold(from.text);
  const m = p.crossRefs.derogation.exec(text);
  const { lines } = structure(view, from.articleId);
  if (!m || lines.length === 0) return false;
  const targets = firstTargets(text.slice(m.index + m[0].length), p);
  const own = lines[lineAt(lines, from.start)]!;
  const orders = new Map(lines.map((l) => [l.provision, l.order]));
  const all = view.sentences(from.articleId);
  return spanned(to, all).some((j) => {
    const line = lines[lineAt(lines, all[j]!.start)]!;
    return line.order !== own.order && targets.some((t) => hits(line, own, t, orders));
  });
}

/** Two units of one provision of a text of provisions ("Artikel 7", its paragraphs 1 and 3). */
export function sameProvision(a: Sentence, b: Sentence, view: TextView): boolean {
  if (a.articleId !== b.articleId) return false;
  const { lines } = structure(view, a.articleId);
  if (lines.length === 0) return false;
  const order = lines[lineAt(lines, a.start)]!.order;
  return order > 0 && order === lines[lineAt(lines, b.start)]!.order;
}
