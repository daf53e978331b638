/**
 * Who an article says a claim comes from, as the article words it. Dutch news attributes with "volgens X",
 * "X zegt/meldt …" or "rapporten uit X"; the phrase is returned verbatim so it can be quoted.
 */
const STOP_AFTER = new Set([
  'bevinden',
  'bevindt',
  'zijn',
  'is',
  'heeft',
  'hebben',
  'zou',
  'zouden',
  'waren',
  'was',
  'zo’n',
  "zo'n",
  'ongeveer',
  'al',
  'nu',
  'er',
  'inmiddels',
  'dat',
  'die',
  'krijgt',
  'gaat',
  'wordt',
  'worden',
  'op',
  'in',
  'met',
]);

export function findAttribution(sentence: string): string | undefined {
  const volgens = /\bvolgens\s+((?:[\p{L}\p{N}’'.-]+\s*){1,8})/iu.exec(sentence);
  if (volgens) {
    const out: string[] = [];
    for (const w of volgens[1]!.split(/\s+/)) {
      const bare = w.replace(/[,.;:]+$/, '');
      if (!bare || STOP_AFTER.has(bare.toLowerCase()) || /^\d/.test(bare)) break;
      out.push(bare);
      if (bare !== w) break; // punctuation ends the phrase
    }
    if (out.length) return out.join(' ');
  }
  const reports =
    /\b((?:rapporten|berichten|informatie|inlichtingen|reports)\s+(?:uit|van|from)\s+(?:de\s+|het\s+|the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(
      sentence,
    );
  if (reports) return reports[1];
  const says =
    /((?:[Dd]e\s+|[Hh]et\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(?:zegt|zei|zeggen|meldt|meldde|bevestigt|stelt|schat|noemt|noemde|says|said|reports)\b/u.exec(
      sentence,
    );
  if (says && !/^(De|Het|Een|Dat|Dit)$/.test(says[1]!)) return says[1];
  return undefined;
}
