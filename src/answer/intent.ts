import { fold, isStopword, stem, words } from '../text/analyze.js';
import { findNumbers } from '../text/numbers.js';
import { oneEditApart } from './evidence.js';
import { nationalityOf } from './figures.js';

export const TROOP_WORD =
  /^(koreanen|koreans|soldaten|soldaat|militairen|militair|troepen|troep|manschappen|strijders|soldiers|soldier|troops|troop|troups|personnel|fighters|militaire|military|army|leger|contingent|contingents)$/;
/** Dutch stems of the words articles use for troops. */
export const TROOP_STEMS = ['soldat', 'soldaat', 'militair', 'troep', 'manschapp', 'strijder'].map((w) =>
  stem(w, 'nl'),
);

/** Words naming the places and peoples a count is about, rather than what is counted or done. */
const PLACE_WORD =
  /^(noord|north|zuid|south|korea|koreaans|koreaanse|korean|rusland|russische|russian|russians|oekraine|oekraiense|ukrainian|koersk|grensregio|region|regio|there|daar|inmiddels|now|nu|total|totaal|totaal|in)$/;

export interface Intent {
  /** "how many …", "hoeveel …", or a question that states a figure to check. */
  count: boolean;
  /** A count of troops (or an unqualified "how many?" in this troop-centred corpus of claims). */
  troops: boolean;
  /** Whose troops the question asks about, when it says. */
  nationality?: string;
  /** "What did X say", "wat zei X": reported speech answers it best. */
  speech: boolean;
  /** "Why", "waarom": a sentence giving a reason (omdat, doordat, in ruil voor) answers it best. */
  reason: boolean;
  /** "Where", "waar": a sentence placing something (in de regio Koersk, naar Rusland) answers it best. */
  place: boolean;
  /** Content words that are neither the counted noun nor a place or people: what the troops did, who counted them. */
  predicate: string[];
  /**
   * What kind of answer the question asks for, when its wording says so; a sentence without it cannot answer:
   * - `quantity`: "how many tanks" needs a number of tanks (`noun`: the asker's word for what is counted);
   * - `time`: "when", "wanneer", "how long" need a date or a span of time;
   * - `role`: "who is the president", "which general" need that role (`noun`) in the sentence;
   * - `agent`: "who won", "wie meldde" ask who did something, so the sentence saying it must name someone;
   * - `age`: "hoe oud", "how old" need an age ("71 jaar", "de 40-jarige").
   */
  expects?: { kind: 'quantity' | 'time' | 'role' | 'agent' | 'age'; noun?: string };
}

/** Verbs and fillers that say nothing about what happened to the troops ("gaat het om", "is it true"). */
const GENERIC =
  /^(raken|raakt|raakte|raakten|geraakt|become|became|berichten|bericht|berichtten|meldt|melden|meldden|report|reports|reported|reporting|gaat|gaan|ging|gingen|komt|komen|kwam|is|zijn|was|waren|heeft|hebben|had|wordt|worden|werd|doet|doen|deed|staat|staan|go|goes|going|gone|come|comes|have|has|had|be|been|get|got|true|waar|klopt|kloppen|echt|really|actually|currently|still|total|totaal|aantal|number|numbers|figure|figures|cijfer|cijfers|aantallen|bronnen|sources|exact|precies|ongeveer|about|around|roughly|size|omvang|groot|big|large|estimate|schatting|vechten|vecht|meevechten|fight|fights|fighting|ingezet|inzet|deployed|deployment|stationed|gestationeerd|aanwezig|present|presence|aanwezigheid|mee|op|uit|aan|af|there|er)$/;
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
    /\b(hoeveel|how many|how much|hoe veel|aantal|aantallen|number of|numbers of|hoe groot|how large|how big|size of|omvang)\b/.test(
      q,
    ) ||
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
  const speech =
    /\b(zegt|zei|zeggen|zeiden|zij|say|says|said|noemt|noemde|calls?|called|waarschuw\w*|warn\w*|vindt|vinden|think|thinks|verklaar\w*|react\w*|reageer\w*|reageerde|statement|verklaring)\b/.test(
      q,
    );
  const troops = count && (troopWord || predicate.length === 0);
  const expects = expectedAnswer(q, troops);
  const reason = /^\s*(waarom|why)\b|\b(waarom|why|om welke reden|for what reason)\b/.test(q);
  // "were" is the commonest misspelling of "where" in the questions people type ("were did the troops go").
  const place =
    /^\s*(waar|where|were|waarheen|waarnaartoe)\b|\b(waar|where) (zijn|is|zitten|vechten|are|is|do|did)\b/.test(q);
  return { count, troops, nationality, speech, reason, place, predicate, ...(expects ? { expects } : {}) };
}

/** Number words: "tientallen dorpen", "miljoenen granaten", "drie maanden" state quantities without digits. */
export const QUANTITY_WORD =
  /\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|tientallen|honderden|duizenden|honderdduizenden|miljoenen|miljarden|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds|thousands|millions|billions|procent|percent)\b/;

/** Months, weekdays, relative days and spans: what a "when" or "how long" question is answered with. */
export const TIME_WORD =
  /\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gisteren|vandaag|morgen|yesterday|today|tomorrow|week|weken|maand|maanden|jaar|jaren|dag|dagen|uur|minuten|weeks|months|years|days|hours|minutes|sinds|since|(19|20)\d\d)\b/;

/**
 * The answer type the question's wording asks for. Counting troops is left to the figure answer; "how much" is left
 * out because its answers are often worded without the asker's noun ("how much territory" → "1300 vierkante kilometer land").
 */
function expectedAnswer(q: string, troops: boolean): Intent['expects'] {
  const content = (after: string) =>
    words(after)
      .filter((w) => !isStopword(w) && !nationalityOf(w) && !/^(noord|north|zuid|south|kore\w*)$/.test(w))
      .at(0);
  const many = /\b(?:hoeveel|how many)\s+(.*)$/.exec(q);
  if (many && !troops) {
    const noun = content(many[1]!);
    if (noun && !/^\d+$/.test(noun)) return { kind: 'quantity', noun };
  }
  if (/\b(hoe oud|how old|welke leeftijd|what age|leeftijd van|age of)\b/.test(q)) return { kind: 'age' };
  if (
    /^\s*(wanneer|when)\b|\b(hoe lang|how long|sinds wanneer|since when|tot wanneer|until when|in welk jaar|what year|which year|op welke datum|what date)\b/.test(
      q,
    )
  )
    return { kind: 'time' };
  const role = /^\s*(?:wie is de|wie was de|who is the|who was the|which|welke)\s+(.*)$/.exec(q);
  if (role) {
    const noun = content(role[1]!);
    // "Which North Korean general": the role; "welke landen", "which security": things, not people, so no gate.
    if (noun && ROLE_NOUN.test(noun)) return { kind: 'role', noun };
  }
  // "Wie meldde …", "who won …", "door wie": who did it. "Wie is Kysia Hekster" asks for a description instead.
  if (
    (/^\s*(wie|who)\b/.test(q) && !/^\s*(wie|who)\s+(is|zijn|was|waren|are|were|'s)\b/.test(q)) ||
    /\b(door wie|by whom|volgens wie|according to whom)\b/.test(q)
  )
    return { kind: 'agent' };
  return undefined;
}

/** Nouns for people by office or rank: a "who is the X" answer must name the X. */
export const ROLE_NOUN =
  /^(president|premier|minister|leider|leader|generaal|general|commandant|commander|koning|king|kanselier|chancellor|secretaris-generaal|voorzitter|chairman|woordvoerder|spokesman|spokesperson|ambassadeur|ambassador|chef|chief|bevelhebber|dictator|correspondent)$/;
