/**
 * Numbers as written in Dutch and English news: "10.000", "10,000", "1500", "drieduizend", "ten thousand".
 * Everything is reduced to an integer so "10.000" in an article matches "10,000" in a question.
 */

const UNITS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  honderd: 100,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** Dutch compounds like "drieduizend", "tienduizend", "vijftienhonderd", or bare "duizend". */
function dutchCompound(word: string): number | undefined {
  const m = /^([a-zé]*?)(duizend|honderd)$/.exec(word);
  if (!m) return undefined;
  const scale = m[2] === 'duizend' ? 1000 : 100;
  if (m[1] === '') return scale;
  const head = UNITS[m[1]!] ?? (m[1] === 'vijftien' ? 15 : undefined);
  return head === undefined ? undefined : head * scale;
}

/** Parses one written number token (digits with thousands separators, or a number word). */
export function parseNumberToken(token: string): number | undefined {
  const t = token.toLowerCase();
  if (/^\d{1,3}([.,]\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  if (t in UNITS) return UNITS[t];
  return dutchCompound(t);
}

export interface NumberMention {
  value: number;
  text: string;
  start: number;
  end: number;
}

const NUMBER_RE = /\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?|[\p{L}]+/gu;
const SCALE_WORDS: Record<string, number> = {
  thousand: 1000,
  duizend: 1000,
  hundred: 100,
  honderd: 100,
  million: 1_000_000,
  miljoen: 1_000_000,
};

/**
 * Finds numbers in running text with their offsets: digit groups ("3.000", "1500") and number words
 * ("drieduizend", "ten thousand"). Decimals ("1,5") and years are returned too; callers decide what counts.
 */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const tokens = [...text.matchAll(NUMBER_RE)];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const raw = tok[0];
    let value: number | undefined;
    if (/^\d/.test(raw)) {
      value = /^\d+[.,]\d{1,2}$/.test(raw) ? Number(raw.replace(',', '.')) : parseNumberToken(raw);
    } else {
      value = parseNumberToken(raw);
      if (value === undefined) continue;
      // Words alone ("een", "one") are far more often articles than numbers; keep only scaled or compound words.
      if (value < 100 && !(tokens[i + 1] && SCALE_WORDS[tokens[i + 1]![0].toLowerCase()])) continue;
    }
    if (value === undefined) continue;
    let end = tok.index! + raw.length;
    const next = tokens[i + 1];
    const scale = next ? SCALE_WORDS[next[0].toLowerCase()] : undefined;
    if (scale && value < 1000) {
      value *= scale;
      end = next!.index! + next![0].length;
      i++;
    }
    out.push({ value, text: text.slice(tok.index!, end), start: tok.index!, end });
  }
  return out;
}
