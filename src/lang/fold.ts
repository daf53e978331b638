const STROKED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ŧ: 't' };

/** Lowercase, diacritics removed, typographic apostrophes made plain: "België" = "belgie", ’ = '. */
export function fold(text: string): string {
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
