import { fold, stem, words } from '../text/analyze.js';
import { findNumbers } from '../text/numbers.js';
import { nationalityOf } from './figures.js';
import { oneEditApart } from './evidence.js';

export const TROOP_WORD = /^(koreanen|koreans|soldaten|soldaat|militairen|militair|troepen|troep|manschappen|strijders|soldiers|soldier|troops|troop|troups|personnel|fighters|militaire|military|army|leger)$/;
/** Dutch stems of the words articles use for troops. */
export const TROOP_STEMS = ['soldat', 'soldaat', 'militair', 'troep', 'manschapp', 'strijder'].map((w) => stem(w, 'nl'));

/** Words naming the places and peoples a count is about, rather than what is counted or done. */
const PLACE_WORD = /^(noord|north|zuid|south|korea|koreaans|koreaanse|korean|rusland|russische|russian|russians|oekraine|oekraiense|ukrainian|koersk|grensregio|region|regio|there|daar|inmiddels|now|nu|total|totaal|totaal|in)$/;

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

/** Verbs and fillers that say nothing about what happened to the troops ("gaat het om", "is it true"). */
const GENERIC = /^(gaat|gaan|ging|gingen|komt|komen|kwam|is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd|doet|doen|deed|staat|staan|go|goes|going|gone|come|comes|have|has|had|be|been|get|got|true|waar|klopt|kloppen|echt|really|actually|currently|still|total|totaal|aantal|number|numbers|figure|figures|cijfer|cijfers|aantallen|bronnen|sources|exact|precies|ongeveer|about|around|roughly|size|omvang|groot|big|large|estimate|schatting|vechten|vecht|meevechten|fight|fights|fighting|ingezet|inzet|deployed|deployment|stationed|gestationeerd|aanwezig|present|presence|aanwezigheid|mee|op|uit|aan|af|there|er)$/;
const COUNT_WORDS = ['hoeveel', 'many'];
const TROOP_LIST = ['soldaten', 'militairen', 'troepen', 'manschappen', 'soldiers', 'troops', 'personnel', 'fighters'];

/** Exact, or one typo away ("hoevel", "troups", "soldate"), for words of 5+ letters. */
function like(word: string, list: string[]): boolean {
  return list.some((w) => w === word || (word.length >= 4 && w.length >= 4 && oneEditApart(word, w)));
}

export function detectIntent(question: string, groups: Iterable<string>): Intent {
  const q = fold(question);
  const stated = findNumbers(question).some((n) => n.value >= 100 && !(n.value >= 1900 && n.value <= 2100));
  const count =
    /\b(hoeveel|how many|how much|hoe veel|aantal|number of|hoe groot|how large|how big)\b/.test(q) ||
    words(question).some((w) => like(w, COUNT_WORDS)) ||
    stated;
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
    if (TROOP_WORD.test(g) || like(g, TROOP_LIST)) troopWord = true;
    else if (!PLACE_WORD.test(g) && !GENERIC.test(g) && !/^\d+$/.test(g) && !like(g, COUNT_WORDS)) predicate.push(g);
  }
  const speech = /\b(zegt|zei|zeggen|zeiden|zij|say|says|said|noemt|noemde|calls?|called|waarschuw\w*|warn\w*|vindt|vinden|think|thinks|verklaar\w*|react\w*|reageer\w*|reageerde|statement|verklaring)\b/.test(q);
  return { count, troops: count && (troopWord || predicate.length === 0), nationality, speech, predicate };
}
