const STROKED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ŧ: 't' };

/** A character past ASCII (each UTF-16 unit of one), or the backtick: what folding does more to than lower case. */
const FANCY = /[`\u0080-\uffff]/;

/** Lowercase, diacritics removed, typographic apostrophes made plain: "België" = "belgie", ’ = '. */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose, strip or replace but "`": lower case is all (most sentences, most words).
  if (!FANCY.test(text)) return text.toLowerCase();
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[’‘`´]/g, "'")
      .toLowerCase()
      // Letters whose stroke no decomposition removes, each for the one letter a reader types ("Łódź" as "lodz").
      .replace(/[łøđħıŧ]/g, (c) => STROKED[c] ?? c)
  );
}
