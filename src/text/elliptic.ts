import { PACKS, pack } from '../lang/index.js';
import { baseLexicon } from '../lang/lexicon.js';
import { fold, stem } from './analyze.js';
import { BoundedMap } from './bounded-map.js';

/** Per joining word of any pack ("of", "and"), the languages whose packs list it. */
const JOINERS = new Map<string, string[]>();
for (const p of PACKS) for (const j of p.ellipsisJoiners ?? []) JOINERS.set(j, [...(JOINERS.get(j) ?? []), p.code]);

/** Parts left open by a hyphen ("waak- ", "arbeidsvoorwaarden-, inkomens- "), a joining word, the closing word. */
const ELLIPSIS = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])((?:\p{L}{2,}-,?[ \u00A0]+)+)` +
    String.raw`(${[...JOINERS.keys()].join('|')})[ \u00A0]+(\p{L}+)(?![\p{L}-])`,
  'gu',
);
const OPEN_PART = /(\p{L}+)-/gu;

/** A compound's head and the part before it are this long at least ("wet" of "horecawet"). */
const PART = 3;

/**
 * The whole words an elliptic coordination stands for in a folded text: "waak- of heemhond" writes "waakhond" too,
 * "arbeidsvoorwaarden-, inkomens- en vermogensbeleid" "arbeidsvoorwaardenbeleid" and "inkomensbeleid". Keyed by where
 * each open part starts, so the tokenizer can give the whole word beside the part. Where the closing word has no head
 * the joiner's language knows, none.
 */
export function ellipticWords(folded: string): Map<number, string> {
  const out = new Map<number, string>();
  if (!folded.includes('- ') && !folded.includes('-, ')) return out;
  for (const m of folded.matchAll(ELLIPSIS)) {
    const [, parts, joiner, last] = m;
    const open = [...parts!.matchAll(OPEN_PART)];
    const head = (JOINERS.get(joiner!) ?? [])
      .map((l) =>
        headOf(
          last!,
          l,
          open.some((p) => opener(p[1]!, l)),
        ),
      )
      .find((h) => h !== undefined);
    if (!head) continue;
    for (const p of open) out.set(m.index + p.index, p[1] + head);
  }
  return out;
}

/**
 * The stems of the whole words a text writes elliptically, in the text's language: a sentence with "waak- of
 * heemhond" says "waakhond" for matching, its quote unchanged.
 */
export function ellipticStems(text: string, lang: string): string[] {
  if (!text.includes('- ') && !text.includes('-, ')) return [];
  return [...ellipticWords(fold(text)).values()].map((w) => stem(w, lang));
}

const heads = new BoundedMap<string, string | undefined>(10_000);

/** The head a closing word shares with the open parts: "hond" of "heemhond", "bedragen" of "weekbedragen". */
function headOf(word: string, lang: string, particles: boolean): string | undefined {
  const k = `${lang}|${word}|${particles}`;
  if (heads.has(k)) return heads.get(k);
  const head = findHead(word, lang, particles);
  heads.set(k, head);
  return head;
}

/**
 * Left to right, the first split whose modifier and head are both words of the language; else the longest head that
 * is a word ("heem" + "hond", "uit" + "voer" over "uitv" + "oer"). A particle or stop word opens the split only where
 * an open part is one too: "in- en uitvoer" is in + voer, "wacht- en doorlooptijd" no "wacht" + "looptijd".
 */
function findHead(word: string, lang: string, particles: boolean): string | undefined {
  const p = pack(lang);
  let longest: string | undefined;
  for (let i = PART; i <= word.length - PART; i++) {
    const left = word.slice(0, i);
    const head = word.slice(i);
    if (p.derivationalEndings?.has(head) || !written(head, lang) || (!particles && opener(left, lang))) continue;
    const bare = left.replace(/(?:s|en|e)$/, '');
    if (written(left, lang) || (bare.length >= PART && written(bare, lang))) return head;
    longest ??= head;
  }
  return longest;
}

/** A verb's particle or a stop word ("uit", "door"): no modifier of a noun's compound. */
function opener(part: string, lang: string): boolean {
  const p = pack(lang);
  return p.separableParticles?.has(part) === true || p.stopwords.has(part);
}

/** A word the lexicon knows as written or as a plural, not only through a base form or stem. */
function written(word: string, lang: string): boolean {
  const other = lang === 'en' ? 'nl' : 'en';
  return baseLexicon()
    .translateTerm(word, lang, other, { asWritten: true, split: false })
    .some((t) => !t.includes(' '));
}
