import { fold, stem, words } from '../text/analyze.js';
import { findNumbers } from '../text/numbers.js';
import { nationalityOf } from './figures.js';

export const TROOP_WORD = /^(soldaten|soldaat|militairen|militair|troepen|troep|manschappen|strijders|soldiers|soldier|troops|troop|troups|personnel|fighters|militaire|military|army|leger)$/;
/** Dutch stems of the words articles use for troops. */
export const TROOP_STEMS = ['soldat', 'soldaat', 'militair', 'troep', 'manschapp', 'strijder'].map((w) => stem(w, 'nl'));

/** Words naming the places and peoples a count is about, rather than what is counted or done. */
const PLACE_WORD = /^(noord|north|zuid|south|korea|koreaans|koreaanse|koreanen|korean|koreans|rusland|russische|russian|russians|oekraine|oekraiense|ukrainian|koersk|grensregio|region|regio|there|daar|inmiddels|now|nu|total|totaal|totaal|in)$/;

export interface Intent {
  /** "how many …", "hoeveel …", or a question that states a figure to check. */
  count: boolean;
  /** A count of troops (or an unqualified "how many?" in this troop-centred corpus of claims). */
  troops: boolean;
  /** Whose troops the question asks about, when it says. */
  nationality?: string;
  /** "What did X say", "wat zei X": reported speech answers it best. */
  speech: boolean;
  /** Content words that are neither the counted noun nor a place or people: what the troops did, who counted them. */
  predicate: string[];
}

export function detectIntent(question: string, groups: Iterable<string>): Intent {
  const q = fold(question);
  const stated = findNumbers(question).some((n) => n.value >= 100 && !(n.value >= 1900 && n.value <= 2100));
  const count = /\b(hoeveel|how many|how much|hoe veel|aantal|number of|hoe groot|how large|how big)\b/.test(q) || stated;
  const ws = words(question);
  let nationality: string | undefined;
  for (let i = 0; i < ws.length; i++) {
    const pair = `${ws[i]}-${ws[i + 1] ?? ''}`;
    nationality = nationalityOf(pair) ?? nationalityOf(ws[i]!) ?? nationality;
    if (nationality) break;
  }
  const predicate: string[] = [];
  let troopWord = false;
  for (const g of groups) {
    if (TROOP_WORD.test(g)) troopWord = true;
    else if (!PLACE_WORD.test(g) && !/^\d+$/.test(g)) predicate.push(g);
  }
  const speech = /\b(zegt|zei|zeggen|zeiden|zij|say|says|said|noemt|noemde|calls?|called|waarschuw\w*|warn\w*|vindt|vinden|think|thinks|verklaar\w*|react\w*|reageer\w*|reageerde|statement|verklaring)\b/.test(q);
  return { count, troops: count && (troopWord || predicate.length === 0), nationality, speech, predicate };
}
