import type { Article } from '../src/corpus/article.js';
import { parseArticle } from '../src/corpus/load.js';
import { splitSentences } from '../src/ingest/sentences.js';

/**
 * Deterministic synthetic corpus for the scale benchmark: real sentences of the seed articles, recombined into new
 * articles with other names, places and numbers swapped in, so the vectors have the structure of real text (topics,
 * shared entities, near-duplicates) rather than the uniform spread of random vectors, which HNSW finds too easy.
 */

/** mulberry32: a tiny seeded PRNG; the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  'De Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'De Boer',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Van Dijk',
  'Dekker',
  'Brouwer',
  'De Wit',
  'Dijkstra',
  'Smits',
  'De Graaf',
  'Van der Meer',
  'Kok',
  'Jacobs',
  'Vermeulen',
  'Schouten',
  'Willems',
  'Hoekstra',
  'Koster',
  'Prins',
  'Scholten',
  'Postma',
  'Kuipers',
  'Huisman',
  'Schipper',
  'Kramer',
  'Macron',
  'Scholz',
  'Merz',
  'Tusk',
  'Orbán',
  'Fico',
  'Stoltenberg',
  'Von der Leyen',
  'Kallas',
  'Borrell',
  'Blinken',
  'Austin',
  'Sullivan',
  'Lavrov',
  'Peskov',
  'Sjojgoe',
  'Belousov',
  'Gerasimov',
  'Medvedev',
  'Koeleba',
  'Sybiha',
  'Syrsky',
  'Zaloezjny',
  'Boedanov',
  'Jermak',
  'Sjmyhal',
  'Loekasjenko',
  'Xi Jinping',
  'Erdogan',
  'Modi',
  'Lula',
  'Ramaphosa',
  'Yoon Suk-yeol',
  'Kishida',
  'Albanese',
  'Guterres',
  'Grossi',
  'Sikorski',
  'Brekelmans',
  'Veldkamp',
  'Schoof',
];
const PLACES = [
  'Charkiv',
  'Odesa',
  'Dnipro',
  'Zaporizja',
  'Cherson',
  'Mykolajiv',
  'Soemy',
  'Tsjernihiv',
  'Poltava',
  'Lviv',
  'Loetsk',
  'Rivne',
  'Vinnytsja',
  'Kramatorsk',
  'Slovjansk',
  'Pokrovsk',
  'Bachmoet',
  'Avdiivka',
  'Vovtsjansk',
  'Koepjansk',
  'Belgorod',
  'Brjansk',
  'Voronezj',
  'Rostov',
  'Krasnodar',
  'Novorossiejsk',
  'Sebastopol',
  'Kertsj',
  'Vladivostok',
  'Chabarovsk',
  'Oelan-Oede',
  'Irkoetsk',
  'Novosibirsk',
  'Jekaterinenburg',
  'Kazan',
  'Samara',
  'Sint-Petersburg',
  'Minsk',
  'Warschau',
  'Vilnius',
  'Riga',
  'Tallinn',
  'Helsinki',
  'Stockholm',
  'Berlijn',
  'Parijs',
  'Londen',
  'Den Haag',
  'Amsterdam',
  'Rotterdam',
  'Genève',
  'Wenen',
  'Boedapest',
  'Bratislava',
  'Praag',
  'Boekarest',
  'Chisinau',
  'Tbilisi',
  'Jerevan',
  'Bakoe',
  'Ankara',
  'Istanbul',
  'Teheran',
  'Peking',
  'Seoel',
  'Tokio',
  'Wonsan',
  'Chongjin',
  'Hamhung',
  'Kaesong',
  'Sinuiju',
  'Rason',
  'New York',
  'Washington',
  'Rammstein',
  'Wiesbaden',
  'Vlissingen',
  'Zwolle',
  'Groningen',
  'Maastricht',
  'Eindhoven',
  'Utrecht',
  'Leeuwarden',
  'Arnhem',
];
const OUTLETS = [
  'NOS Nieuws',
  'NRC',
  'de Volkskrant',
  'Trouw',
  'Reformatorisch Dagblad',
  'Dagblad van het Noorden',
  'AD',
  'Het Parool',
  'RTL Nieuws',
  'BNR',
];

interface Template {
  /** The sentence with its proper names and numbers replaced by slots. */
  parts: (string | { name: string } | { number: string })[];
  length: number;
}

/** Capitalised words (and multi-word names such as "Kim Jong-un") that are not the first word of the sentence. */
const NAME = /(?<=[\s("„“'])\p{Lu}[\p{L}]+(?:[- ]\p{Lu}[\p{L}]+)*(?:-\p{Ll}+)?/gu;
const NUMBER = /\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:,\d+)?/g;

function template(sentence: string): Template {
  const marks: { start: number; end: number; slot: { name: string } | { number: string } }[] = [];
  for (const m of sentence.matchAll(NAME))
    marks.push({ start: m.index, end: m.index + m[0].length, slot: { name: m[0] } });
  for (const m of sentence.matchAll(NUMBER)) {
    if (marks.some((x) => m.index < x.end && m.index + m[0].length > x.start)) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, slot: { number: m[0] } });
  }
  marks.sort((a, b) => a.start - b.start);
  const parts: Template['parts'] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) parts.push(sentence.slice(at, m.start));
    parts.push(m.slot);
    at = m.end;
  }
  if (at < sentence.length) parts.push(sentence.slice(at));
  return { parts, length: sentence.length };
}

/** A number of about the same size and in the same notation ("10.000" → "7.250", "1500" → "2300"). */
function swapNumber(n: string, rnd: () => number): string {
  const dotted = /\./.test(n);
  const comma = n.includes(',');
  const value = Number(n.replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return n;
  if (value >= 1900 && value <= 2100 && !dotted) return String(2015 + Math.floor(rnd() * 11)); // a year
  const scaled = Math.max(1, value * (0.2 + rnd() * 2.8));
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(scaled)) - 1);
  const rounded = Math.round(scaled / magnitude) * magnitude;
  if (comma) return (Math.round(scaled * 10) / 10).toFixed(1).replace('.', ',');
  return dotted ? rounded.toLocaleString('de-DE') : String(rounded);
}

export interface SynthOptions {
  /** Total passages wanted; articles hold `perArticle` passages each, the last one the remainder. */
  passages: number;
  perArticle?: number;
  seed?: number;
  /** Passage length bounds: each paragraph is one passage under the engine's 600/150 split (see below). */
  minChars?: number;
  maxChars?: number;
}

export interface SynthCorpus {
  articles: Article[];
  /** Question-like queries drawn from the synthetic text (a name, a place, a few content words). */
  queries(count: number, seed?: number): string[];
}

/**
 * Generates `passages` passages grouped into articles. Each paragraph is 310–590 characters and paragraphs are
 * separated by blank lines, so with the engine's split (600 characters, 150 overlap) every paragraph becomes exactly
 * one passage: two never fit in one chunk, and a previous paragraph is longer than the overlap, so none is repeated.
 */
export function synthCorpus(seedArticles: Article[], opts: SynthOptions): SynthCorpus {
  const perArticle = opts.perArticle ?? 20;
  const minChars = opts.minChars ?? 310;
  const maxChars = opts.maxChars ?? 590;
  const rnd = prng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

  const bySeed = seedArticles
    .map((a) =>
      splitSentences(a)
        .map((s) => s.text)
        .filter((t) => t.length >= 40 && t.length <= maxChars - 20 && /[.!?"”]$/.test(t))
        .map(template),
    )
    .filter((ts) => ts.length > 0);
  if (bySeed.length === 0) throw new Error('the seed articles have no usable sentences');

  const articles: Article[] = [];
  const seen = new Set<string>();
  let remaining = opts.passages;
  for (let n = 0; remaining > 0; n++) {
    const count = Math.min(perArticle, remaining);
    remaining -= count;
    // One cast per article: most of its seed names map to the same new names throughout, so an article has a topic.
    const cast = new Map<string, string>();
    const nameFor = (orig: string): string => {
      let v = cast.get(orig);
      // Adjectives ("Noord-Koreaanse", "Russische") stay: swapping them for a name reads wrong.
      if (v === undefined) {
        v = /(?:s|sch)e$/.test(orig) || rnd() < 0.3 ? orig : rnd() < 0.45 ? pick(PEOPLE) : pick(PLACES);
        cast.set(orig, v);
      }
      return v;
    };
    const primary = Math.floor(rnd() * bySeed.length);
    const render = (t: Template): string =>
      t.parts
        .map((p) => (typeof p === 'string' ? p : 'name' in p ? nameFor(p.name) : swapNumber(p.number, rnd)))
        .join('');

    const paragraphs: string[] = [];
    let cursor = Math.floor(rnd() * bySeed[primary]!.length);
    while (paragraphs.length < count) {
      let para = '';
      for (let tries = 0; para.length < minChars && tries < 40; tries++) {
        // Mostly consecutive sentences of the primary seed article, sometimes one from elsewhere.
        const from = rnd() < 0.75 ? bySeed[primary]! : pick(bySeed);
        const t = from === bySeed[primary] ? from[cursor++ % from.length]! : pick(from);
        const s = render(t);
        if (para.length + 1 + s.length > maxChars) continue;
        para = para ? `${para} ${s}` : s;
      }
      // News has near-duplicates but few identical paragraphs; an exact repeat (a run of sentences without names or
      // numbers to vary) is drawn again, so the index is not padded with copies that all tie in every search.
      if (para.length >= minChars && !seen.has(para)) {
        seen.add(para);
        paragraphs.push(para);
      }
    }
    const id = `syn-${String(n).padStart(6, '0')}`;
    const date = `${2022 + Math.floor(rnd() * 4)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`;
    const front = {
      id,
      title: paragraphs[0]!
        .split(/(?<=[.!?])\s/)[0]!
        .slice(0, 120)
        .trim(),
      outlet: pick(OUTLETS),
      date,
      language: 'nl',
    };
    articles.push(articleFrom(`synthetic/${id}.md`, front, `${paragraphs.join('\n\n')}\n`));
  }

  return {
    articles,
    queries(count, seed = 7) {
      const r = prng(seed);
      const out: string[] = [];
      while (out.length < count) {
        const a = articles[Math.floor(r() * articles.length)]!;
        const paras = a.body.split('\n\n');
        const para = paras[Math.floor(r() * paras.length)]!;
        const sentences = para.split(/(?<=[.!?])\s+/);
        const words = sentences[Math.floor(r() * sentences.length)]!.split(/\s+/).filter((w) => w.length > 2);
        if (words.length < 4) continue;
        // A few consecutive words, like a user who remembers part of a sentence, or a "wat zei X over Y" question.
        const len = 3 + Math.floor(r() * 5);
        const start = Math.floor(r() * Math.max(1, words.length - len));
        const frag = words
          .slice(start, start + len)
          .join(' ')
          .replace(/[.,;:!?"„”“]/g, '');
        out.push(r() < 0.5 ? frag : `Wat zegt het artikel over ${frag}?`);
      }
      return out;
    },
  };
}

/** The file text of an article: YAML front matter (JSON strings are valid YAML) and the body. */
export function articleText(front: Record<string, string>, body: string): string {
  const yaml = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${yaml.join('\n')}\n---\n${body}`;
}

/** Parses the article exactly as the corpus loader would, so hashes match files written from it. */
export function articleFrom(file: string, front: Record<string, string>, body: string): Article {
  const parsed = parseArticle(file, articleText(front, body));
  if (Array.isArray(parsed))
    throw new Error(`synthetic article ${file} is invalid: ${parsed.map((e) => e.message).join('; ')}`);
  return parsed;
}

/** The same article with a new body (and so a new hash), as an edited file would load. */
export function withBody(article: Article, body: string): Article {
  const { id, title, outlet, date, language } = article;
  return articleFrom(article.file, { id, title, outlet, date, language }, body);
}
