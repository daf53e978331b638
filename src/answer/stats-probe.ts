import { createHash } from 'node:crypto';
import type { Article } from '../corpus/article.js';

/**
 * A fixed sample in both languages with what the answerer's statistics look for (names inside sentences, a title
 * before a name, counted nouns after figures, several paragraphs). Stored statistics are versioned by what
 * articleStats and CorpusStats.combine make of it, not by the functions' source text: tsx (`npm run index`) and tsc
 * (`npm start`) compile the same source to different text, so a source hash made every index built by one look stale
 * to the other, and the service recomputed the statistics of the whole corpus at start.
 */
export const STATS_PROBE: Pick<Article, 'id' | 'body' | 'language' | 'title'>[] = [
  {
    id: 'probe-nl',
    language: 'nl',
    title: 'Festival in Zwolle trekt Henk Jansen',
    body:
      'Volgens burgemeester Jansen kwamen er 10.000 bezoekers naar het festival in Zwolle. FIFA-baas Infantino was ' +
      'er ook, zei Jansen.\n\nDe burgemeester sprak van een succes: "Nooit eerder kwamen 3 bussen te laat." In ' +
      'Deventer telde men 1.500 fietsers en twee tractoren; Zuid-Afrikaanse koren zongen in Kampen.\n',
  },
  {
    id: 'probe-en',
    language: 'en',
    title: 'Cyclists Arrive in Leeds for Dorothy Okafor',
    body:
      "According to mayor Johnson, 3,000 cyclists arrived in Leeds on Monday. FIFA boss Infantino said he wasn't " +
      'aware of it.\n\nJohnson later said that 12 buses were late. The office of Ms Okafor counted 1,500 visitors ' +
      'and 40 stalls in the York region. The World Health Organization (WHO) was not there.\n',
  },
];

/** A short hash of a JSON value (key order included: it is part of what is stored). */
function outputHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

/**
 * The versions of stored statistics computed by `of` (per article) and `combine`: `base` (bumped by hand) and a hash of
 * what they make of STATS_PROBE.
 */
export function probeVersions<T>(
  base: string | number,
  of: (a: Pick<Article, 'id' | 'body' | 'language' | 'title'>) => T,
  combine: (list: T[]) => unknown,
): { of: string; combined: string } {
  const list = STATS_PROBE.map(of);
  return { of: `${base}-${outputHash(list)}`, combined: `${base}-${outputHash([list, combine(list)])}` };
}
