/** Lowercase, diacritics removed, typographic apostrophes made plain: "België" = "belgie", ’ = '. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}
