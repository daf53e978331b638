import { stemmer } from '@orama/stemmers/dutch';
import { stopwords } from '@orama/stopwords/dutch';
import * as chrono from 'chrono-node/nl';
import { dutchSuperlativeBases, dutchSuperlatives } from './degree-nl.js';
import { NL_IRREGULAR_PLURALS, NL_IRREGULAR_VERBS } from './irregular-nl.js';
import { list, re } from './regex.js';
import type { LanguagePack, MeasureFigure } from './types.js';

const QUESTION_WORDS = [
  'hoeveel',
  'wie',
  'wat',
  'waar',
  'wanneer',
  'waarom',
  'hoe',
  'welke',
  'welk',
  'vertel',
  'graag',
  'volgens',
  'artikel',
  'artikelen',
  'bron',
  'bronnen',
  'zegt',
  'zei',
  'eigenlijk',
  'precies',
  'ook',
  'nog',
  // The second half of a split "where to / from" ("waar gaat het naartoe", "waar komt het vandaan").
  'naartoe',
  'heen',
  'vandaan',
];

const UNITS: Record<string, number> = {
  een: 1,
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
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const SCALES: Record<string, number> = { honderd: 100, duizend: 1000, miljoen: 1_000_000, miljard: 1_000_000_000 };
const MORPHEME = new RegExp(
  `(${[...Object.keys(UNITS), ...Object.keys(SCALES), 'en'].sort((a, b) => b.length - a.length).join('|')})`,
  'y',
);

/**
 * Dutch writes numbers as one word: "drieduizend", "tweeëntwintig", "vijftienhonderd", "honderdduizend". Read
 * left to right: units and tens add up ("twee" "en" "twintig"), a scale multiplies what came before it.
 */
function compound(word: string): number | undefined {
  const w = word.replace(/ë/g, 'e');
  let total = 0;
  let group = 0;
  let at = 0;
  let parts = 0;
  // "honderden", "duizenden" are vague plurals, not numbers.
  if (w.endsWith('en') && !/(?:tien|negen|zeven)$/.test(w)) return undefined;
  while (at < w.length) {
    MORPHEME.lastIndex = at;
    const m = MORPHEME.exec(w);
    if (!m) return undefined;
    const part = m[1]!;
    at += part.length;
    parts++;
    if (part === 'en') continue;
    const scale = SCALES[part];
    if (scale === undefined) group += UNITS[part]!;
    else if (scale === 100) group = (group || 1) * 100;
    else {
      total += (group || 1) * scale;
      group = 0;
    }
  }
  return parts > 1 ? total + group : undefined;
}

/** What a chat question may open with before its question word; the greeting alone is a stop word. */
const PREAMBLE = re(
  [
    String.raw`^\s*(?:(?:hoi|hallo|hey|hee)\b[\s,!]*)?(?:(?:kun|kan|kunt) (?:je|jij|u) (?:me |mij )?(?:even )?`,
    String.raw`(?:vertellen|zeggen)|weet (?:je|jij|u)(?: misschien| toevallig)?|ik (?:wil|zou) (?:graag )?`,
    String.raw`(?:weten|willen weten)|ik vraag me af|vraagje)[\s,:]+`,
    String.raw`(?=(?:hoeveel|hoe|wat|wie|waar|wanneer|waarom|welke|welk|of|waardoor|waarmee)\b)`,
  ],
  'iu',
);

/** A request for what the articles say of something, not a question (see LanguagePack.request). */
const REQUEST = [
  String.raw`^(?:(?:(?:kun|kan|kunt)\s+(?:je|jij|u)\s+)?(?:me\s+|mij\s+|ons\s+)?(?:eens\s+|iets\s+|meer\s+)*`,
  String.raw`(?:vertel|vertellen)\s+(?:me\s+|ons\s+)?(?:eens\s+|iets\s+|meer\s+)*(?:over|van)|`,
  String.raw`wat\s+weet\s+(?:je|jij|u)\s+(?:over|van))\b`,
].join('');

/**
 * "erover", "daarvan", "hiermee": a pronoun joined to a preposition points back at what was said; the stop word list
 * has only some of them.
 */
const PRONOMINAL_ADVERBS = ['er', 'hier', 'daar', 'waar'].flatMap((p) =>
  list(
    'aan achter bij binnen boven buiten door in langs mee na naar om onder op over',
    'tegen toe tussen uit van voor zonder',
  ).map((x) => p + x),
);

/**
 * Prepositions Orama's Dutch list lacks while its English list holds their equivalents ("during", "between"):
 * "Wat was de temperatuur tijdens de marathon?" asks nothing with "tijdens".
 */
const PREPOSITIONS = list(
  'tijdens sinds binnen buiten langs via vanwege wegens ondanks rondom tussen boven achter naast vanaf dankzij',
  'namens behalve omtrent jegens gedurende',
);

/** Paired conjunctions Orama's Dutch list lacks ("zowel … als", "noch … noch"). */
const CONJUNCTIONS = ['zowel', 'noch', 'ofwel', 'hetzij'];
/**
 * The asker and the one asked: "wat we gaan zeggen", "krijg je": no word of what the articles must say. Their
 * possessives may stand in a quoted name ("onze zaak") and stay words.
 */
const FIRST_PERSON = ['ik', 'mij', 'me', 'mezelf', 'mijzelf', 'wij', 'we', 'ons'];
const SECOND_PERSON = ['u', 'jij', 'je', 'jou', 'jezelf', 'uzelf', 'jullie'];
const FIRST_POSSESSIVES = ['mijn', 'onze'];
const SECOND_POSSESSIVES = ['uw', 'jouw'];

/**
 * Forms of the auxiliaries and modals Orama's Dutch list lacks while it holds others of the same verbs ("werd" but
 * not "werden", "kon" but not "konden", "wil" but not "willen"): "Hoeveel huizen werden verwoest" asks nothing with
 * "werden".
 */
const AUXILIARY_FORMS = list(
  'werden geworden bent hadden gehad kun kunt konden gekund zullen zouden moeten moest moesten gemoeten',
  'mogen mag mocht mochten gemogen willen wilde wilden wou gewild',
  // "gaan" makes the future as "zullen" does ("de fabriek gaat sluiten"); "waar gaat de productie heen" asks where.
  'gaan gaat ging gingen gegaan',
);

/**
 * Snowball's Dutch stemmer undoubles only "kk", "dd" and "tt", so "stemmen" stems to "stemm" and "stem" to "stem",
 * "ballen" to "ball": a doubled consonant closing a stem is one, as Dutch spelling writes the singular and the verb's
 * stem ("zwemmen" / "zwem", "zwemt"). Irregular plurals are stemmed as their singular.
 */
function stem(word: string): string {
  const w = pluralS(singularOf(word));
  return ownS(stemmer(w).replace(/([b-df-hj-np-tv-z])\1$/, '$1'));
}

/**
 * Verbs that open a yes/no question about what a rule allows, requires or holds ("Mag ik …?", "Hoeft de gemeente …?",
 * "Geldt het verbod …?"): a yes/no question (`kinds`), and one that asks a rule (`rules.asked`).
 */
const RULE_VERBS = [
  'mag|mogen|mocht|mochten|moet|moeten|moest|moesten|kan|kun|kunt|kunnen|kon|konden',
  'hoef|hoeft|hoeven|dient|dienen|geldt|gelden',
].join('|');

/** The consonants after which Snowball takes a closing s for a plural's: all but "j" and "s" itself. */
const S_LOST_AFTER = /[b-df-hk-np-rtv-xz]$/;

/**
 * Snowball takes a closing s after a consonant for a plural's ("bromfiets" → "bromfiet", "kans" → "kan"), but not
 * when "-en" follows it ("bromfietsen" → "bromfiets"): the plural's stem loses it too, so both share one stem. A stem
 * too short for Snowball's region ("als") keeps it; a vowel doubled before the consonant left closing is single
 * again, as Snowball spells it ("plaats" → "plat").
 */
function ownS(s: string): string {
  if (s.length < 4 || !S_LOST_AFTER.test(s.slice(0, -1)) || !s.endsWith('s')) return s;
  return s.slice(0, -1).replace(/([^aeiou])([aeou])\2([b-df-hj-np-tv-z])$/, '$1$2$3');
}

/**
 * Snowball removes a plural -s only after a consonant other than "j", and one suffix only: "provincies", "gemeentes",
 * "huisjes" stayed whole while their singulars lost their -e, and "wapens" stemmed to "wapen" but "wapen" to "wap".
 * The -s of such a plural goes first. Not that of a word stressed on its closing "-es" ("proces", "adres"): Dutch
 * doubles its s in the plural ("processen"), so the s is the word's own, as is that of the feminine "-es"
 * ("zangeres", "lerares", "prinses"); a short "-es" word ("les", "mes", "alles") and one in "-ees" ("vlees",
 * "Chinees") keep theirs too.
 */
function pluralS(w: string): string {
  if (/[^aeiou]ens$/.test(w)) return w.slice(0, -1);
  if (w.length < 6 || !/[^e]es$/.test(w) || /[^i]eres$/.test(w) || STRESSED_ES.some((x) => w.endsWith(x))) return w;
  return w.slice(0, -1);
}

/** Words stressed on a closing "-es", whose plural doubles the s ("processen", "adressen", "prinsessen"). */
const STRESSED_ES = list(
  'proces adres congres succes exces abces expres kompres compres cipres progres',
  'prinses barones lerares minnares',
);

/** A plural tail this long is a compound's head ("containerschepen"); shorter ones end other words ("overleden"). */
const COMPOUND_PLURAL = 7;

/** The irregular plural's singular, of the word or of a compound's last part ("containerschepen"). */
function singularOf(word: string): string {
  const own = NL_IRREGULAR_PLURALS.get(word);
  if (own) return own;
  for (const [plural, singular] of NL_IRREGULAR_PLURALS)
    if (plural.length >= COMPOUND_PLURAL && word.length >= plural.length + 3 && word.endsWith(plural))
      return word.slice(0, -plural.length) + singular;
  return word;
}

/** "Hoe ver", "hoe warm", "hoe duur": a degree asked that a quantity answers, in a unit or a currency. */
const PRICE = list(
  'kost kosten kostte kostten betalen betaal betaald betaalt betaalde betaalden waard prijs uitgegeven',
);
/** Nouns that name a measure of a thing: "wat is het inwonertal van X" asks a figure, as "hoeveel inwoners" does. */
const MEASURE_NOUNS = list(
  'inwonertal inwoneraantal bevolkingsaantal oppervlakte hoogte breedte diepte gewicht afstand diameter',
  'omtrek inhoud grootte',
);
const MEASURE_NOUN = new RegExp(
  String.raw`\bwat (?:is|was|zijn|waren) (?:het|de) (?:[\p{L}-]+ ){0,2}(?:${MEASURE_NOUNS.join('|')})` +
    String.raw`(?=\s*(?:\?|$|(?:van|in|op|tussen)\b))`,
  'u',
);
/** How a measure noun's figure is written, and the words beside its number that say it ("inwoners"). */
const POPULATION: MeasureFigure = {
  words: list('inwonertal inwoneraantal bevolkingsaantal bevolking inwoners inwoner'),
};
const SHARE: MeasureFigure = { in: 'share', words: list('percentage aandeel') };
const MEASURE_FIGURES: Record<string, MeasureFigure> = {
  ...{ inwonertal: POPULATION, inwoneraantal: POPULATION, bevolkingsaantal: POPULATION },
  oppervlakte: { in: 'size', words: list('oppervlakte vierkante'), units: list('km² m² hectare ha') },
  hoogte: { in: 'height', words: list('hoogte hoog hoge hoogste') },
  diepte: { in: 'height', words: list('diepte diep') },
  breedte: { in: 'size', words: list('breedte breed') },
  lengte: { in: 'size', words: list('lengte lang') },
  afstand: { in: 'distance', words: list('afstand ver') },
  ...{ percentage: SHARE, aandeel: SHARE },
};
/** The term a definition defines, its words written "§" (see LanguagePack.defining); an article may open it. */
const DEFINED = String.raw`["“‘']?(?:(?:de|het|een)\s+)?§(?:[\s-]+§)*["”’']?`;
/**
 * "Wat wordt (in deze wet) verstaan onder X?", "Wat is de definitie van X?", "Wat valt onder X?": what X is.
 * ("Wat betekent X?" asks mostly what a short form stands for: spelledOutQuestion.)
 */
const MEANING_ASKED = re(
  [
    String.raw`^wat (?:wordt|worden|werd|werden) (?:er )?(?:[^?]*? )?(verstaan) onder\b|`,
    String.raw`^wat (verstaat|verstaan) (?:[^?]*? )?onder\b|`,
    String.raw`^wat (?:is|was) de (betekenis|definitie|omschrijving) van\b|`,
    String.raw`^hoe (?:wordt|worden|werd|werden) [^?]+? (gedefinieerd|omschreven)\b|`,
    // "Welke kosten horen bij de kosten van X?", "Wat valt onder X?": what X takes in, as "Onder X zijn … begrepen"
    // and "Onder X valt …" define it.
    String.raw`^(?:wat|welke [^?]*?) (horen|hoort|behoren|behoort|vallen|valt) (?:er )?(?:bij|tot|onder)\b`,
  ],
  'u',
);
/** "Hoe heet de kikker?", "Hoe noemden de Romeinen York?": a name asked for (what someone calls a thing). */
const NAME_ASKED = /^hoe (?:heet|heette|heten|heetten|noemen|noemden|noemde)\b/;
// Geographic features, singular and plural: what "welke zee", "welk eiland", "welk land" ask is a place's name. Not
// "golf" (also a wave) nor "gebied" ("op welk gebied": a field).
const GEOGRAPHIC =
  String.raw`zee|zeeen|zeeën|oceaan|oceanen|rivier|rivieren|meer|meren|eiland|eilanden|berg|bergen|` +
  String.raw`gebergte|continent|continenten|werelddeel|baai|zeestraat|schiereiland|dal|vallei|woestijn|provincies|` +
  String.raw`staat|staten|district|dorp|dorpen|haven|havens|kust|kanaal|gletsjer|vulkaan|archipel|wijk|wijken|straat|` +
  String.raw`land|steden|landen|plaatsen|gemeenten|regio's|stadsdeel|streken`;
/** "Hoe snel moet de gemeente een gesprek plannen?" asks a term ("binnen drie werkdagen"), not a speed. */
const TERM_ASKED = /\bhoe (?:spoedig|gauw)\b|\bhoe (?:snel|vlug) (?:moet|moeten|moest|moesten|dient|dienen)\b/;

/** "Op welke plaats eindigde X?", "als hoeveelste": a rank in a contest or a list, not a place. */
const RANK_ASKED = re([
  String.raw`^(?:op |als )?(?:welke|welk|wat voor(?: een)?) (?:plaats|plek|positie|rang)\b(?=[^?]*\b(?:eindig\w*|`,
  String.raw`geeindigd|finish\w*|gefinisht|klasseerde\w*|geklasseerd|ranglijst\w*|klassement\w*|klassering\w*|`,
  String.raw`tussenklassering|eindstand|eindklassering|uitslag)\b)|^als hoeveelste\b`,
]);
const MEASURED = 'groot|ver|hoog|diep|breed|zwaar|warm|koud|snel|duur|goedkoop|hard|dik|laag';

/** An age written out: "acht", "veertien", "eenentwintig", "zestig". */
const AGE_WORDS = '[a-z]*(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig)';

export const nl: LanguagePack = {
  code: 'nl',
  name: 'Nederlands',
  englishName: 'Dutch',
  stem,
  letterWords: new Set(['u', 'o']),
  stopwords: new Set([
    ...stopwords,
    ...QUESTION_WORDS,
    ...PRONOMINAL_ADVERBS,
    ...PREPOSITIONS,
    ...CONJUNCTIONS,
    ...FIRST_PERSON,
    ...SECOND_PERSON,
    ...AUXILIARY_FORMS,
    // A chat question's greeting and thanks ("hoi, weet jij hoeveel …") ask nothing.
    ...list('hoi hallo hey hee doei bedankt alsjeblieft alstublieft aub svp'),
  ]),
  // "hoi, weet jij hoeveel …", "kun je me vertellen wie …": the question starts at its question word.
  shorthand: [
    [PREAMBLE, ''],
    // "Noem de oprichters van X", "geef alle …": asked as "wat zijn de …".
    [/^\s*(?:noem|geef)\s+(?:me\s+)?(?=de\b|het\b|alle\b)/iu, 'wat zijn '],
    // "Hoelang duurt het?", "hoevaak", "hoever": written as one word, asked as "hoe lang", "hoe vaak", "hoe ver".
    [/\b(h)oe(lang|vaak|ver)\b/giu, '$1oe $2'],
    // "Waarvoor dient X?" asks what X is for: its purpose ("het doel van X is …"), not a verb "dienen".
    [/^(\s*)waarvoor (?:dient|dienen|diende|dienden) /iu, '$1wat is het doel van '],
    // "Wie draait op voor de kosten?" asks who pays them: the idiom's verb is no turning.
    [/\b(wie|wat) (?:draait|draaien|draaide|draaiden) (?:er )?op voor\b/iu, '$1 betaalt'],
  ],
  auxiliaries: new Set(
    list(
      'is zijn was waren heeft hebben had hadden kan kunnen kon konden zal zullen zou zouden wordt worden werd',
      'werden doet doen deed deden mag mogen moet moeten',
    ),
  ),
  // "Gaat het om 30 of 300 brieven?" asks which figure it is, as "klopt het dat" asks to check one.
  request: new RegExp(REQUEST, 'u'),
  verification: re([
    '^(?:klopt het|is het (?:waar|juist|zo)|gaat het (?:om|over)|bevestigen de (?:artikelen|bronnen))',
    String.raw`(?: dat)?\b`,
  ]),
  timeUnitQuestion: /\b(?:welk|welke) (jaar|datum|dag|maand|eeuw|tijd)\b/,
  timePrecision: { jaar: 'year', maand: 'month', datum: 'day', dag: 'day' },
  spelledOutQuestion: re(
    [
      String.raw`^waar (?:staat|stond) (?:de afkorting )?['"‘“]?([\p{L}\p{N}][\p{L}\p{N}&./-]{1,9})['"’”]? voor\b|`,
      String.raw`^wat betekent (?:de afkorting )?['"‘“]?([\p{L}\p{N}][\p{L}\p{N}&./-]{1,9})['"’”]?\s*\??$`,
    ],
    'u',
  ),
  // The words matched are the question's form: "hoe is de finale afgelopen" keeps "finale".
  scoreQuestion: re(
    [
      String.raw`\b(?:uitslag|eindstand|eindscore|score|stemverhouding)\b|\bhoe (?:eindigde|eindigt|eindigden)\b|`,
      String.raw`(?<=\bhoe (?:is|zijn) (?:de|het) [\p{L}-]+(?: [\p{L}-]+){0,3} )(?:geeindigd|afgelopen)\b`,
    ],
    'u',
  ),
  shareQuestion: /\bpercentage\b/,
  nameQuestion: new RegExp(
    `${NAME_ASKED.source}|\\bwat (?:zijn|waren) (?:de|hun) namen\\b|` +
      // "Wat is de Engelse naam van …": een naam van één soort ("de echte naam" zegt meer dan een naamwoord).
      `\\bwat (?:is|was) (?:de|zijn|haar|hun) (?:(?!echte |ware |werkelijke )[a-z]+ )?naam\\b|` +
      // "Wat was de titel van haar lezing?": de titel van een werk is zijn naam ("ik noemde het …").
      `\\bwat (?:is|was) de titel van\\b`,
  ),
  properNameQuestion: /\bnaam\b|\bnamen\b|\bheet\b|\bheette\b|\bheetten\b|\bheten\b/,
  citesTitle: /\b(?:wordt|worden|kan worden|kunnen worden) aangehaald\b/,
  namingWords: [
    'genaamd',
    'heet',
    'heette',
    'heten',
    'noemt',
    'noemde',
    'noemden',
    'noemen',
    'genoemd',
    'naam',
    'bijnaam',
    'gedoopt',
    'getiteld',
    // A statute's short title: "Deze wet wordt aangehaald als: Wet op …".
    'aangehaald als',
  ],
  // "Bij rust stond het 1 - 0": a score on the way, not the result.
  interimScore: re([
    String.raw`\b(?:bij rust|bij de rust|ruststand|tussenstand|halverwege|na de eerste helft|leidde|leidden)\b|`,
    String.raw`\b(?:minuten|minuut|ronden|rondes) (?:voor tijd|voor het einde|te gaan|te spelen)\b`,
  ]),
  degreeQuestion: re([String.raw`\bhoe (lang|oud|groot|vaak|veel|laat|vroeg|${MEASURED})\b`]),
  questionWords: new Set([
    'wat',
    'wie',
    'wanneer',
    'waar',
    'waarom',
    'hoe',
    'welke',
    'welk',
    'hoeveel',
    'waarmee',
    'waarvoor',
    'waardoor',
  ]),
  hints: new Set(
    list(
      'hoeveel wie wat waar wanneer waarom hoe welke zijn heeft hebben de het een van en niet zegt zei',
      'volgens er ook naar vertel geef leg uit bij voor dit deze dat graag nieuws samenvatting overzicht',
      'welk werd wordt werden worden waaraan waardoor waarmee waarvoor',
    ),
  ),
  compounds: true,
  sameBounds: [
    list('minimaal minimale minimum minstens minste tenminste'),
    list('maximaal maximale maximum hoogstens hoogste'),
  ],
  ellipsisJoiners: new Set(list('en of tot noch als')),
  agentEnding: ['en', 'er'],
  derivationalPrefixes: new Set(list('be ge her ont ver mis wan oer')),
  derivationalEndings: new Set(
    list(
      'heid heden lijk lijke lijker lijkst ling lingen ing ingen schap schappen baar bare baarheid loos loze',
      'achtig achtige zaam zame nis nissen isch ische tjes dom dommen erij erijen',
    ),
  ),
  verbLast: true,
  verbSecond: true,
  // Snowball strips "-ing" only past R2: "staking", "sluiting" keep it, apart from "stak", "sluit".
  nominalSuffixes: ['ing'],
  // "repareren" → "reparatie", "evacueren" → "evacuatie", "organiseren" → "organisatie".
  nominalEndings: [['er', 'atie']],
  agentSuffixes: ['er'],
  agentEndings: [
    ['eer', 'ant'],
    ['eer', 'ent'],
  ],
  loanEndings: {
    tion: 'tie',
    sion: 'sie',
    ity: 'iteit',
    ism: 'isme',
    ive: 'ief',
    ical: 'isch',
    ic: 'isch',
    ary: 'air',
    ence: 'entie',
  },
  abbreviations: new Set(
    list(
      'bijv bv o.a d.w.z m.a.w enz etc ca mr dr drs ir ing prof dhr mevr mw nr blz jl jhr st sr jr v.chr',
      'n.chr a.s i.p.v t.o.v m.b.t z.g.a.n e.d resp vs gen kol lt art afb tab hfst evt incl excl vnl ong mln mld',
      'mrd m.n z.s.m',
    ),
  ),
  titles: new Set(list('dhr mevr mw mr dr drs ir ing prof jhr gen kol lt')),
  measureNoun: MEASURE_NOUN,
  amountSubject: new RegExp(
    String.raw`^(?:hoe (?:${MEASURED})|hoeveel) (?:is|was|zijn|waren|bedraagt|bedroeg|wordt|werd) ` +
      String.raw`(?:de |het |een )?([\p{L}-]+)`,
    'u',
  ),
  measureFigures: MEASURE_FIGURES,
  attributeAsked: /^wat (?:is|was) (?:de|het) ([\p{L}-]+) van\b/u,
  namedAsked: /^wat (?:is|was|zijn|waren) (?:de |het |een )?[\p{L}'.-]+(?: [\p{L}'.-]+){1,5}\s*\??$/u,
  classAsked: /^(?:[\p{L}]+ )?(?:welke?) ([\p{L}-]+)/u,
  innerQuestion: /\s(?:wanneer|waar|waarom|hoe)\s+(?:hij|zij|ze|het|de|een|er|men|je|u|we|wij|ik|die|dat)\b/,
  rankAsked: RANK_ASKED,
  // An ordinal as a rank: closing a clause ("werd derde,", "(24ste)") or before "plaats" ("de negende plaats").
  rankGiven: re([
    String.raw`\b(?:\d{1,3}(?:ste|de|e)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|`,
    String.raw`elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|`,
    String.raw`twintigste)(?:\s*[,.;:)!?]|\s*$|\s+(?:plaats|plek|positie|werd|in de (?:uitslag|stand|klassering)))`,
  ]),
  questionRules: [
    { pattern: RANK_ASKED, kind: 'other' },
    // "Hoe heet de kikker?" asks its name, not in what way.
    { pattern: NAME_ASKED, kind: 'other' },
    { pattern: MEANING_ASKED, kind: 'definition' },
    // "Wat zei Eastman over hoeveel jodium …": what someone said, whatever the question words inside.
    {
      pattern: /^wat (?:zei|zegt|zeiden|zeggen|schreef|schrijft|vond|vindt|dacht|denkt)\b[^?]*?\bover\b/,
      kind: 'speech',
    },
    // "Wat kost een kaartje?" asks a price, as "hoeveel kost" does.
    { pattern: /^wat (?:kost|kosten|kostte|kostten)\b/, kind: 'amount' },
    {
      pattern: new RegExp(String.raw`\b(?:hoeveel|hoe veel)\b.*\b(?:${PRICE.join('|')})\b`),
      kind: 'amount',
    },
    // "het aantal" asks a count only when no other question word comes first: "Op welke eilanden werd het aantal
    // landingen beperkt?" asks for islands.
    {
      pattern: re([
        String.raw`\b(?:hoeveel|hoe veel)\b|`,
        String.raw`^(?:(?!\b(?:wie|waar|wanneer|waarom|hoe)\b|\bwelke?\b(?! aantal)).)*`,
        String.raw`\b(?:het aantal|aantallen|de omvang)\b`,
      ]),
      kind: 'count',
    },
    // A rate or a share is a figure ("41,5%").
    {
      pattern: re(
        [
          String.raw`\b(?:welk|welke) (?:percentage|deel|aandeel|gedeelte|fractie)\b|`,
          String.raw`\bwat (?:is|was|zijn|waren) (?:het|de) (?:[\p{L}-]+ ){0,2}(?:percentage|aandeel|ratio)\b`,
        ],
        'u',
      ),
      kind: 'amount',
    },
    // "Wat is de oppervlakte van X?", "wat was het inwonertal?": a measure asked with "wat is de" is a figure.
    { pattern: MEASURE_NOUN, kind: 'amount' },
    // "Hoe snel moet de gemeente een gesprek plannen?" asks a term ("binnen drie werkdagen"), not a speed.
    {
      pattern: TERM_ASKED,
      kind: 'time',
    },
    // "Wanneer gelden de regels niet?" asks in which case they hold, a condition, not a time.
    {
      pattern: /^wanneer (?:geldt|gelden|gold|golden)\b|^wanneer (?:is|zijn|was|waren)\b.*\bvan toepassing\b/,
      kind: 'other',
    },
    // A distance, height or weight is a quantity with a unit ("857 km").
    { pattern: new RegExp(String.raw`\bhoe (?:${MEASURED})\b`), kind: 'amount' },
    { pattern: /\bhoe oud\b|\bwelke leeftijd\b|\bleeftijd van\b/, kind: 'age' },
    // "Waarom deden ze de proeven blind, waar dat kon?": the question word that opens it asks, not one in a clause.
    { pattern: /^(?:waarom|om welke reden)\b/, kind: 'reason' },
    {
      pattern: re([
        // "In welke periode", "Tijdens welke jaren": a span of time.
        '^(?:wanneer|in welk jaar|welk jaar|op welke datum|welke datum|op welke dag|welke dag|',
        '(?:in |tijdens |gedurende )?welke (?:periode|jaren|eeuwen)|',
        String.raw`in welke eeuw|in welke maand|hoe lang|sinds wanneer|tot wanneer|vanaf wanneer)\b|\bwanneer\b|`,
        String.raw`\bhoe laat\b|`,
        String.raw`\bhoe lang\b|\bin welk jaar\b`,
      ]),
      kind: 'time',
    },
    {
      pattern: re([
        '^(?:waar|waarheen|waarnaartoe|waarvandaan|in welke (?:stad|plaats|regio|provincie|streek|land|',
        String.raw`gemeente)|welke (?:stad|plaats|regio|provincie|streek|land|gemeente))\b|\bwaar\b(?!\s+(?:gaat|`,
        String.raw`gaan|ging)\b)|`,
        // "Onder het ijs van welke zee …?": a geographic feature asked by name is a place wherever "welke" stands.
        String.raw`\bwelke? (?:${GEOGRAPHIC})\b`,
      ]),
      kind: 'place',
    },
    {
      pattern: re([
        String.raw`^waarom\b|\bwaarom\b|\bom welke reden\b|\bwat (?:is|was) de (?:reden|oorzaak)\b|`,
        String.raw`\bwat (?:veroorzaakte|veroorzaakt|leidde tot|leidt tot|zorgde ervoor|zorgt ervoor)\b|^waardoor\b|`,
        String.raw`\bhoe (?:komt|kwam) het\b|`,
        // "Waaraan overleed zij?" asks the cause of a death.
        String.raw`\bwaaraan (?:is|was|overleed|overleden|stierf|stierven|bezweek)\b`,
      ]),
      kind: 'reason',
    },
    {
      pattern: re([
        String.raw`\bwat (?:zei|zegt|zeiden|zeggen|vindt|vond|vinden|verklaarde|verklaart|meldde|meldt|schreef|`,
        String.raw`schrijft|denkt|dacht|waarschuwde|vraagt|vroeg|vragen|eist|eiste|eisen|wil|wilde|willen)\b`,
      ]),
      kind: 'speech',
    },
    {
      pattern: re(
        [
          String.raw`^(?:wie)\s+(?:is|was|zijn|waren)\s+(?!de\b|het\b|een\b|er\b|in\b|`,
          String.raw`het meest\b)[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,3}\s*\??$`,
        ],
        'u',
      ),
      kind: 'definition',
    },
    {
      pattern: re(
        [
          String.raw`^(?:wat|wie)\s+(?:is|zijn|was|waren)\s+(?:een\s+|de\s+|het\s+)?(?![^?]*\b(?:van|in|voor|op|bij|`,
          String.raw`over|met|naar|aan|er)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s*\??$`,
        ],
        'u',
      ),
      kind: 'definition',
    },
    // "Vertel eens over X", "wat weet je van X": who or what X is, asked as a request.
    {
      pattern: re([REQUEST, String.raw`\s+[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,3}\s*[?.!]?$`], 'u'),
      kind: 'definition',
    },
    // "Op wiens lijst stond X?" asks for someone as "wie" does.
    { pattern: /\b(?:wie|wiens)\b/, kind: 'person' },
    { pattern: /^hoe\b/, kind: 'manner' },
    {
      pattern: re([
        '^(?:is|zijn|was|waren|heeft|hebben|had|hadden|zal|zullen|zou|zouden|wordt|worden|',
        `werd|werden|doet|doen|deed|gaat|gaan|ging|${RULE_VERBS}|klopt|bestaat|staat|komt|vecht|`,
        String.raw`vechten|vochten)\b(?!.*\bof(?:\s+[^\s?]+){1,4}\s*\?$)`,
      ]),
      kind: 'yesno',
    },
  ],
  // "Hoeveel doden zijn er gevallen", "er vielen twaalf gewonden": victims "fall", as English has "there were".
  // Where something is, or where an event is held ("Waar werd het NK verreden?").
  placeVerbs: new Set(
    list(
      'ligt liggen lag lagen gelegen bevindt bevinden bevond bevonden gehouden verreden gespeeld georganiseerd',
      'woont wonen woonde woonden gewoond',
    ),
  ),
  priceWords: new Set(PRICE),
  // Regular verbs with their forms the stemmer leaves apart ("maakt", "maken"); irregular ones bring theirs.
  lightVerbs: new Set(
    list(
      'komen gaan lopen krijgen nemen geven houden maken maak maakt maakte maakten zetten zet zette raken raakt raakte',
    ),
  ),
  lightPhrase: /\b(?:nemen|neemt|nam|namen) (?:[\p{L}\d.,]+ ){0,4}(deel)\b/u,
  outcome: /\b(uiteindelijk)\b/,
  leading: {
    verbs: new Set(list('leiden leidt leidde leidden geleid aanvoeren aangevoerd commanderen')),
    nouns: new Set(list('hoofd directeur leider leidster voorzitter chef commandant manager baas aanvoerder')),
    under: /\b[Oo]nder\s+(?:(?:de\s+)?(?:leiding|bevel|aanvoering|voorzitterschap)\s+van\b|\p{Lu})/u,
  },
  carrying: {
    verbs: new Set(
      list(
        'verzorgen verzorgt verzorgde verzorgden verzorgd organiseren organiseert organiseerde georganiseerd',
      ).concat(
        list('beheren beheert beheerde beheerd regelen regelt regelde geregeld exploiteren exploiteert onderhouden'),
        list('onderhoudt uitvoeren voert voerde uitgevoerd'),
      ),
    ),
    responsible: /\b(?:verantwoordelijk voor|belast met|staat in voor|staan in voor|in handen van)\b/,
  },
  // "Wanneer vond de politie het lichaam?" finds something: "vond" happens only with its "plaats".
  happens: /\b(vindt|vond|vinden|vonden)\b.*\b(plaats)\b|\b(plaatsvinden|plaatsvond|plaatsvonden|plaatsvindt)\b/u,
  countVerbs: new Set(
    list(
      'tel telt tellen telde telden geteld vallen valt viel vielen gevallen veroorzaakt veroorzaakte veroorzaakten',
      'bestaat bestaan bestond bestonden krijg krijgt krijgen kreeg kregen gekregen',
    ),
  ),
  partitives: new Set(['soorten', 'typen', 'types', 'vormen', 'categorieen', 'klassen']),
  repetitions: new Set(['keer', 'keren', 'maal', 'malen']),
  peopleWords: new Set(['mensen', 'personen']),
  occupationWords: new Set(['beroep']),
  asARule: new Set(['meestal', 'doorgaans', 'gewoonlijk', 'normaliter', 'veelal', 'meestentijds', 'gemeenlijk']),
  ofPeople: /^\s+van\s+(?:ons|hen|hun|jullie)\b/i,
  personPlural: /(?:ers|aars|isten|anten|enten|iers|ici|kinderen|volwassenen|[a-z]{3}enden)$/,
  comparatives: new Set(
    list(
      'erger slechter beter groter kleiner hoger lager ouder jonger langer korter sneller trager zwaarder lichter ' +
        'goedkoper duurder later eerder verder sterker zwakker rijker armer heter kouder warmer dieper breder ' +
        'smaller veiliger makkelijker moeilijker',
    ),
  ),
  counters: new Set(['individuen', 'exemplaren', 'stuks', 'stuk', 'man']),
  collectives: new Set(
    list(
      'groep groepen contingent macht strijdmacht delegatie menigte team leger eenheid eenheden bataljon brigade',
      'missie vloot ploeg',
    ),
  ),
  pluralNoun: /(?:[^ei]en|[^s]s|'s|eren|ien)$/,
  apostrophePlurals: true,
  countOrAmount: /\b(?:hoeveel|hoe veel)\b/,
  countPhrase: /\b(?:hoeveel|hoe veel|aantallen|aantal|omvang van(?: de| het)?)\s+/,
  countNoun: /\b(\p{L}{3,}?)(?:aantal|tal)\b/gu,
  speakerPhrase: re(
    [
      String.raw`\b(?:zei|zegt|zeiden|zeggen|vindt|vond|vinden|noemt|noemde|reageerde|reageert|waarschuwde|`,
      String.raw`waarschuwt|verklaarde|verklaart|denkt|dacht|vraagt|vroeg|eist|eiste|schrijft|schreef|meldt|meldde)`,
      // "Wie zei dat Hadid …": the reported clause "dat" opens is what was said; its subject is no speaker.
      String.raw`\s+(?!(?:dat|of)\b)((?:[\p{L}-]+\s*){1,3})`,
    ],
    'u',
  ),
  // "Aan welke vriend schreef X …", "tegen wie zei X …": the addressee; "wie schreef X" asks the writer of X.
  notWordsAsked: /^(?:(?:aan|tegen) (?:wie|wat|welke?)|wie (?:zei|zegt|schreef|schrijft|noemde|noemt))\b/u,
  overview: re([
    // "Vat het artikel over Dvořák samen": the imperative's object stands between "vat" and "samen".
    String.raw`\b(?:samenvatting|vat (?:(?<about>[^?.!]{1,60}) )?samen|overzicht|waar gaat (?:dit|het|`,
    'dat|(?:dit|het) artikel(?: over (?<subject>[^?.!]{1,60}))?|het nieuws|de artikelen) over|',
    'waar gaan (?:de artikelen|ze|deze artikelen) over|wat is (?:er )?(?:het|in het) nieuws|',
    'wat (?:staat|stond) er in (?:de|',
    String.raw`het) (?:artikelen|artikel|nieuws)|wat is er gebeurd|welke onderwerpen|hoofdpunten)\b`,
  ]),
  happenedTo: /\bwat (?:is er gebeurd|gebeurde er|gebeurt er|gaat er gebeuren) (?:met|tussen|tijdens)\b/,
  roleQuestion:
    /\b(?:welke|wat voor(?: een)?) (rol|rollen) (?:[\p{L}-]+ ){0,6}?(speelt|spelen|speelde|speelden|gespeeld)\b/u,
  published: /\b(?:verschenen|gepubliceerd|geschreven|gepost|publicatiedatum|gedateerd)\b/,
  publication: re([
    String.raw`\b(?:tijdschrift(?:en)?|vakblad(?:en)?|publiceerde?n?|gepubliceerd|publicaties?|(?:co-?)?auteurs?|`,
    String.raw`geciteerd|citeert|citaties?|referenties?|bronvermelding|doi|pmid|jaargang)\b`,
  ]),
  numbers: {
    units: UNITS,
    scales: SCALES,
    scaleSymbols: { mln: 1_000_000, mld: 1_000_000_000, mrd: 1_000_000_000 },
    vague: new Set([
      'tientallen',
      'tiental',
      'handvol',
      'honderden',
      'duizenden',
      'tienduizenden',
      'honderdduizenden',
      'miljoenen',
      'miljarden',
      'enkele',
      'talloze',
      'tal van',
    ]),
    approximate: [
      ...list('ongeveer circa bijna ruim minstens zeker hooguit maximaal'),
      ...["zo'n", 'meer dan', 'ten minste', 'naar schatting', 'rond de', 'tot wel', 'minder dan'],
    ],
    percent: new Set(['procent', '%']),
    shareOf: new Set(['van']),
    sizeOf: new Set(['op', 'van']),
    populations: new Set(['bevolking', 'inwonertal', 'inwoneraantal', 'bevolkingsaantal']),
    more: new Set(['meer', 'anderen']),
    changeTo: new Set(['naar']),
    correction: { not: new Set(['niet', 'geen']), but: new Set(['maar']) },
    none: new Set(['geen', 'nul']),
    single: ['slechts een', 'precies een', 'een enkele', 'een enkel'],
    tallies: new Set(list('aantal totaal teller')),
    labels: new Set(
      list('artikel artikelen lid leden hoofdstuk afdeling paragraaf onderdeel figuur tabel bijlage pagina').concat(
        list('bladzijde fase stap nummer nr deel titel boek ronde seizoen aflevering niveau golf regel'),
        // Citations of the official journals: "(Stb. 49)", "Stcrt. 112" number an issue.
        list('stb staatsblad stcrt staatscourant trb tractatenblad'),
      ),
    ),
    bounds: {
      above: ['meer dan', 'boven', 'hoger dan', 'groter dan', 'meer waard dan'],
      atMost: [
        'niet groter dan',
        'niet meer dan',
        'niet hoger dan',
        'niet boven',
        'ten hoogste',
        'hoogstens',
        'maximaal',
      ],
    },
    sizeJoined: new Set(['koppig', 'koppige', 'koppen']),
    fractions: new Set(list('helft derde kwart driekwart meerderheid minderheid')),
    repeats: {
      words: { tweemaal: 2, driemaal: 3, viermaal: 4, vijfmaal: 5, zesmaal: 6, tienmaal: 10 },
      comparing: new Set(list('zo zoveel meer minder als de het')),
    },
    money: new Set(['geld', 'bedrag']),
    signs: { '%': 'procent', '€': 'euro' },
    compound,
    compoundJoiner: 'en',
  },
  time: {
    beforeYear: new Set(['in', 'sinds', 'tot', 'van', 'voor', 'na', 'jaar', 'begin', 'eind', 'medio', 'anno']),
    eventAnchor: {
      prepositions: new Set(['voor', 'na', 'bij', 'sinds', 'sedert', 'vanaf', 'tot', 'tijdens']),
      articles: new Map([
        ['het', /^\p{L}{3,}en$/u],
        ['de', /^\p{L}{3,}ing$/u],
      ]),
    },
    partitiveBeforeYear: new Set(['van']),
    changeVerbs: new Set(
      list(
        'steeg stegen stijgt gestegen groeide groeiden groeit gegroeid daalde daalden daalt gedaald zakte zakten ' +
          'zakt gezakt liep liepen opgelopen toegenomen afgenomen slonk geslonken verdubbelde verdubbeld',
      ),
    ),
    changeMarks: new Set(['tot', 'van', 'met']),
    spanJoiners: new Set(['tot']),
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    dayParts: ['ochtend', 'morgen', 'middag', 'avond', 'nacht'],
    units: new Set(
      list(
        'seconde seconden minuut minuten kwartier uur uren dag dagen week weken maand maanden jaar jaren decennium',
        'decennia eeuw eeuwen',
        // "de zevende kalendermaand na de datum van uitgifte": a time stated from an event.
        'werkdag werkdagen kalendermaand kalendermaanden kalenderjaar kalenderjaren',
      ),
    ),
    spanNouns: new Set(['tijd', 'periode', 'termijn', 'tijdsduur']),
    century: new Set(['eeuw', 'eeuwen']),
    relative: new Set([
      'gisteren',
      'vandaag',
      'morgen',
      'eergisteren',
      'overmorgen',
      'vanavond',
      'vanochtend',
      'vannacht',
      // "Trimble is gisterochtend afgetreden": a day and its part, written as one word.
      'gisterochtend',
      'gistermiddag',
      'gisteravond',
      'gisternacht',
    ]),
    ago: /^\s+(?:geleden|later|eerder|daarvoor|daarna)\b/,
    since: /\b(?:sinds|sedert|vanaf|tot)\s+(?:de\s+|het\s+)?$/,
    lasting: re([
      String.raw`\b(?:minuten|uren|dagen|weken|maanden|jaren|eeuwen)lang\b|\bdecennia\b|`,
      String.raw`\b(?:een\s+half|anderhalf|anderhalve)\s+(?:uur|dag|week|maand|jaar|eeuw)\b`,
    ]),
    seasons: re(
      [
        String.raw`\b(?:in|tijdens|deze|dit|volgende|volgend|vorige|vorig|komende|komend|afgelopen|begin|eind|medio)`,
        String.raw`\s+(?:de\s+|het\s+)?(?:lente|zomer|herfst|winter|voorjaar|najaar)\b|`,
        String.raw`\b(?:dit|deze|volgend|volgende|vorig|vorige|komend|komende|afgelopen|het\s+nieuwe|de\s+nieuwe)\s+`,
        String.raw`\p{L}*(?:jaar|seizoen|kwartaal|semester)\b|`,
        // "na de zomervakantie", "tot de kerstvakantie": a holiday dates what follows it.
        String.raw`\b(?:na|voor|tijdens|in|sinds|tot|vanaf)\s+de\s+\p{L}*vakantie\b`,
      ],
      'u',
    ),
    // "om 9 uur" is a time of day; "24 uur" alone a span.
    clock:
      /\b(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?uur)?\b|\b(?:om|vanaf|tot|sinds|na|voor)\s+(?:[01]?\d|2[0-3])\s?uur\b/u,
    ordinals: {
      eerste: 1,
      tweede: 2,
      derde: 3,
      vierde: 4,
      vijfde: 5,
      zesde: 6,
      zevende: 7,
      achtste: 8,
      negende: 9,
      tiende: 10,
      elfde: 11,
      twaalfde: 12,
      dertiende: 13,
      veertiende: 14,
      vijftiende: 15,
      zestiende: 16,
      zeventiende: 17,
      achttiende: 18,
      negentiende: 19,
      twintigste: 20,
      eenentwintigste: 21,
    },
    length: /\bhoe lang\b/,
    term: TERM_ASKED,
    caseAsked: /^wanneer (?:mag|mogen|moet|moeten|kan|kunnen|dient|dienen|hoeft|hoeven)\b/,
    // "Op welk tijdstip" asks a moment (a date in a law), not the hour.
    clockAsked: /\bhoe laat\b|\bom welk uur\b/,
    dayTime: re(
      [
        String.raw`\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half \p{L}+) uur\b|`,
        String.raw`'s (?:morgens|ochtends|middags|avonds|nachts)\b|\b(?:middernacht|zonsopgang|zonsondergang|`,
        String.raw`ochtend|middag|avond|nacht|(?:voor|na)middag)\b`,
      ],
      'u',
    ),
    // Not "als", which a statute mostly writes for "as" ("als bedoeld in artikel 3").
    caseMarker: /\b(?:indien|ingeval|in geval|tenzij|mits|zodra|voor zover|voorzover)\b/,
    // "een olifant van 32 jaar", not "van 10 jaar geleden".
    age: re([
      String.raw`\b(?:\d{1,3}-?jarige?|\d{1,3} jaar oud|van \d{1,3} jaar\b(?! geleden)|op \d{1,3}-jarige leeftijd|`,
      String.raw`(?:op )?(?:de )?leeftijd van (?:\d{1,3}|${AGE_WORDS}))\b|`,
      // "op veertienjarige leeftijd", "toen ze veertien jaar oud was": the number written out.
      String.raw`\bop (?:${AGE_WORDS})jarige leeftijd\b|\b(?:${AGE_WORDS}) jaar oud\b|`,
      // "op latere leeftijd voltooid", "op jonge leeftijd geleerd": an age said against another's.
      String.raw`\bop (?:jonge|jongere|vroege|late|latere|oudere|hoge|hogere|gevorderde) leeftijd\b|`,
      // "toen ze acht was", "toen hij 12 jaar oud was": an age said of the moment.
      String.raw`\btoen [a-z]+ (?:\d{1,3}|${AGE_WORDS})`,
      String.raw`(?: jaar(?: oud)?)? was\b|`,
      // "een vrouw van 52 die …", "een man van 34 uit Breda": news gives an age after "van" with no "jaar".
      String.raw`\b(?:man|vrouw|jongen|meisje|kind|jongeman|bestuurder|fietser) van \d{1,3}\b`,
      '(?! ?(?:%|procent|kilo|kg|meter|cm|euro))',
    ]),
    ageAt: /\bhoe oud\b.*\b(?:toen|bij|tijdens)\b/,
    ageNow: /^hoe oud (?:is|zijn)\b/,
    // "toen ik 25 was", "op 77-jarige leeftijd overleden", "op de leeftijd van 16": an age at a moment gone by.
    ageThen: re([
      String.raw`\btoen [a-z]+ (?:\d{1,3}|${AGE_WORDS})\b|\bop (?:\d{1,3}-?|${AGE_WORDS})jarige leeftijd\b|`,
      String.raw`\bop de leeftijd van\b`,
    ]),
    parseDates: (text) => chrono.parse(text).map((r) => ({ index: r.index, text: r.text })),
  },
  sayingVerbs: new Set(
    list(
      'zeggen zegt zei zeiden gezegd verklaren verklaart verklaarde verklaarden melden meldt meldde meldden',
      'gemeld stellen stelt stelde stelden noemen noemt noemde noemden waarschuwen waarschuwt waarschuwde',
      'benadrukken benadrukt benadrukte bevestigen bevestigt bevestigde ontkennen ontkent ontkende',
      'schrijven schrijft schreef aankondigen kondigt kondigde aldus antwoordde antwoordt reageerde',
      'reageert vertelde vertelt vertellen uitte riep roept sprak spreekt beweert beweerde erkent erkende',
      'vindt vond denkt dacht schat schatte schatten berichten bericht berichtte berichtten rapporteert rapporteerde',
      'merkt merkte merkten opgemerkt omschrijft omschreef omschreven beschrijft beschreef beschreven betoogt',
      'betoogde voegde legt legde uitgelegd wijst wees waarschuwden benadrukten bevestigden ontkenden',
    ),
  ),
  speechNouns: new Set(
    list(
      'verklaring verklaringen uitspraak uitspraken opmerking opmerkingen toespraak toespraken mededeling',
      'mededelingen waarschuwing waarschuwingen bewering beweringen',
    ),
  ),
  opinionVerbs: new Set(
    list(
      'vindt vond vonden vinden denkt dacht dachten denken meent meende meenden menen vraagt vroeg vroegen vragen',
      'eist eiste eisten eisen schrijft schreef schreven schrijven meldt meldde meldden melden',
    ),
  ),
  attribution: ['volgens', 'aldus', 'zo meldt', 'zo zegt', 'naar verluidt'],
  determiners: new Set(['de', 'het']),
  indefiniteArticles: ['een'],
  nameParticles: new Set(['de', 'het', 'van', 'der', 'den', 'voor', 'en', 'ter', 'te', "'t", 'op']),
  credits: new Set(['beeld', 'foto', 'fotograaf', 'illustratie', 'video']),
  reportNouns: new Set([
    'rapporten',
    'rapport',
    'berichten',
    'bericht',
    'informatie',
    'inlichtingen',
    'bronnen',
    'schattingen',
    'schatting',
  ]),
  // The street's name with its kind written onto it, then the house number: "Kalverstraat 12", "Stationsplein 1a".
  streetAddress: /\p{Lu}\p{L}*(?:straat|weg|laan|gracht|plein|kade|singel|dijk|steeg|dreef|markt)\s\d{1,4}[a-z]?\b/u,
  addressNouns: new Set(['adres', 'adressen', 'bezoekadres', 'postadres']),
  roleOf: new Set(['van', 'voor']),
  placePrepositions: new Set([
    'in',
    'naar',
    'bij',
    'uit',
    'op',
    'te',
    'nabij',
    'rond',
    'richting',
    'vanuit',
    'langs',
    'aan',
    'tussen',
  ]),
  exampleWords: new Set(['voorbeeld', 'voorbeelden']),
  exampleMarkers: ['zoals', 'waaronder', 'bijvoorbeeld', 'onder meer', 'onder andere', 'o.a.', 'bv.'],
  polarReplies: [
    'ja',
    'jazeker',
    'nee',
    'neen',
    'absoluut',
    'absoluut niet',
    'zeker',
    'zeker niet',
    'natuurlijk',
    'natuurlijk niet',
    'uiteraard',
    'inderdaad',
    'helemaal niet',
    'niet echt',
    'nog niet',
  ],
  obligation: /\b(?:moet|moeten|moest|moesten|(?:dient|dienen|diende|dienden) te)\b/,
  rules: {
    asked: re([`^(?:${RULE_VERBS})\\b`, String.raw`|\b(?:toegestaan|verboden|verplicht|strafbaar|legaal|illegaal)\b`]),
    // "Het is verboden …", "… is slechts toegankelijk voor …", "… niet dan na verhoor …": permitted, forbidden, or
    // only on a condition.
    stated: re([
      String.raw`\b(?:verboden|verbod|toegestaan|mag|mogen|slechts|uitsluitend|tenzij|mits|bevoegd|verplicht|vereist|`,
      String.raw`niet van toepassing|geldt niet|gelden niet)\b|\bniet\b[^.;:]{0,60}\bdan\b|`,
      // "… is van overeenkomstige toepassing ten aanzien van …", "… is mede van toepassing in …": a rule's reach.
      String.raw`\b(?:mede|eveneens|ook) van toepassing\b|\bvan overeenkomstige toepassing\b`,
    ]),
    conditional: /\b(?:indien|ingeval|in geval|zolang|voor zover|voorzover)\b/,
    // "Indien belanghebbenden zich niet aanmelden", "indien een aanduiding daaromtrent ontbreekt", "als … geen …".
    unmet: re([
      String.raw`\b(?:als|indien|ingeval|in geval|zolang)\b(?:[ ,]+[^\s.;:?!]+){0,12}?[ ,]+`,
      String.raw`(?:niet|geen|nooit|zonder|ontbreekt|ontbreken|ontbrak)\b|\bin gebreke\b|\bbij (?:het )?ontbreken\b`,
    ]),
    // "Geldt dit ook voor …?", "Kan het anders dan in het Staatsblad?": another case than the rule's.
    exception: re([
      String.raw`\b(?:afwijking|afwijken|afwijkend|afwijkt|uitzondering|uitzonderingen|behalve|tenzij|toch|ook|`,
      String.raw`alsnog|eerder|later)\b|\banders dan\b|\bin plaats van\b`,
    ]),
    consequence:
      /^wat (?:gebeurt|gebeurde|volgt|geldt)(?: er)?(?: (?:met|voor) [^?]*?)? (?:als|wanneer|indien) ([^?]+)/,
  },
  intermediary: {
    asked: /\b(?:via|door tussenkomst van|door middel van) (?:welke|welk|wie|wat)\b/,
    given: /\b(?:door tussenkomst van|door middel van|via)\b/,
  },
  recitals: {
    asked: {
      advice: /\b(?:advies|adviezen|adviseerde|adviseerden|geadviseerd|gehoord)\b/,
      basis: /\b(?:gebaseerd|berust|berusten|berustte|grondslag|rechtsgrond)\b/,
      proposal: /\b(?:voordracht|voorgedragen|op voorstel)\b/,
    },
    opens: {
      advice: /^(?:gehoord|gezien het advies)\b|^(?:de )?[\p{L} ]{1,40}\bgehoord\b/u,
      basis: /^gelet op\b/,
      proposal: /^op (?:de )?voordracht\b/,
    },
  },
  penalty: {
    asked: /\b(?:straf|straffen|strafbaar|bestraft|gestraft|sanctie|sancties)\b/,
    given: /\b(?:geldboetes?|hechtenis|gevangenisstraf|taakstraf|werkstraf|boetes?)\b/,
  },
  purpose: { question: /^waarvoor\b/, marker: 'voor' },
  // Not "vragen" or "vraag" before "of": "vragen of opmerkingen" are questions or remarks; nor "vroeg of laat".
  // Between the verb and the complementizer a pronoun, a negation or a short subject only ("vroeg de minister of"):
  // "gevraagd om hulp of steun" is asked for help or support.
  reportedQuestion: new RegExp(
    String.raw`\b(?:vraagt|vroeg|vroegen|gevraagd|afgevraagd|weten|weet|wist|wisten|benieuwd|onduidelijk|onbekend|` +
      String.raw`niet\s+(?:bekend|duidelijk)|bekend\s*(?:ge)?maakt?e?n?|maakt?e?n?\s+(?:\S+\s+){0,2}?bekend|` +
      String.raw`kondig(?:t|de|den|en)\s+(?:\S+\s+){0,2}?aan|aan\s*(?:ge)?kondig(?:d|de|den|en))` +
      String.raw`(?:\s+(?:zich|af|niet|nog|hij|zij|ze|men|wij|we|hen|hem|haar|ons|u|(?:de|het)\s+\S+))*` +
      String.raw`\s+(?:of(?!\s+(?:te\s+)?laat)|welke?|wie|wat|hoe(?:veel)?|waar\w*|wanneer|waarom)\b`,
  ),
  kinship: {
    marriage: [
      'trouwen',
      'trouwde',
      'getrouwd',
      'huwen',
      'huwde',
      'gehuwd',
      'huwelijk',
      'echtgenoot',
      'echtgenote',
      'vrouw',
      'bruiloft',
      'verloving',
      'verloofd',
      'weduwe',
      'weduwnaar',
    ],
    friendship: ['vriend', 'vrienden', 'vriendin', 'bevriend', 'vriendschap'],
    love: ['verliefd', 'liefde', 'geliefde', 'minnaar', 'minnares'],
    founding: ['oprichten', 'opgericht', 'oprichter', 'medeoprichter', 'stichten', 'gesticht', 'stichter'],
    teaching: ['leraar', 'lerares', 'docent', 'leerling', 'leerlingen', 'student', 'studenten', 'mentor'],
    fatherhood: ['vader', 'ouder', 'ouders', 'zoon', 'dochter'],
    motherhood: ['moeder', 'ouder', 'ouders', 'zoon', 'dochter'],
    offspring: ['kind', 'kinderen', 'zoon', 'dochter', 'ouder', 'ouders'],
    siblings: ['broer', 'broers', 'zus', 'zussen', 'zuster', 'halfbroer', 'halfzus'],
    uncle: ['oom', 'neef', 'nicht'],
    aunt: ['tante', 'neef', 'nicht'],
    succession: ['opvolgen', 'opvolger', 'opgevolgd', 'voorganger', 'vervangen', 'verving'],
    meeting: ['ontmoeten', 'ontmoette', 'ontmoet', 'kennen'],
    membership: ['lid', 'leden', 'lidmaatschap'],
    collaboration: ['samenwerken', 'samengewerkt', 'samenwerking', 'collega'],
    // "Wie betaalt de kosten?": a statute says who bears them ("komen ten laste van de beheerder").
    payment: [
      'betalen',
      'betaal',
      'betaalt',
      'betaalde',
      'betaalden',
      'betaald',
      'laste',
      'vergoeden',
      'vergoedt',
      'bekostigen',
      'bekostigt',
    ],
  },
  measures: {
    temperature: {
      asks: ['warm', 'koud', 'heet'],
      units: ['graden', 'graad', 'celsius', 'fahrenheit', '°', '°c', '°f'],
    },
    height: { asks: ['hoog', 'diep'], units: ['meter', 'm', 'voet', 'km', 'kilometer'] },
    distance: { asks: ['ver'], units: ['kilometer', 'km', 'meter', 'm', 'mijl'] },
    weight: {
      asks: ['zwaar'],
      // "een last van 20% van het lichaamsgewicht": papers geven een gewicht als deel van dat van het lichaam.
      units: ['kilo', 'kilogram', 'kg', 'ton', 'pond', 'gram', 'g', '% lichaamsgewicht', '% van het lichaamsgewicht'],
    },
    speed: {
      asks: ['snel', 'hard'],
      units: ['km/u', 'km/h', 'kilometer per uur', 'km per uur', 'per uur', 'minuten', 'seconden', 'uur'],
    },
    // How big a thing is: its area, or its length for a thing one measures end to end ("21 millimeter").
    size: {
      asks: ['groot', 'breed'],
      units: [
        ...['vierkante', 'km²', 'm²', 'hectare', 'ha', 'millimeter', 'mm', 'centimeter', 'cm', 'meter', 'm'],
        ...['kilometer', 'km', 'mijl', 'voet'],
      ],
    },
  },
  reasonMarkers: [
    'omdat',
    'doordat',
    'want',
    'vanwege',
    'wegens',
    'daardoor',
    'daarom',
    'zodat',
    // "om de tekorten op te vangen": the purpose's words stand between "om" and "te".
    'om (?:[a-z-]+ ){0,6}te',
    'als gevolg van',
    'dankzij',
    'in ruil voor',
    'te maken met',
    'uit angst voor',
    'met als doel',
    'nadat',
    'bedoeld om',
    'de reden',
    'waardoor',
    'het gevolg van',
    'de oorzaak',
    'veroorzaakt door',
    // "De metingen worden belemmerd door storing": what holds a thing back is why it fails or is scarce.
    ...['belemmerd door', 'belemmert', 'gehinderd door', 'hindert', 'geplaagd door', 'bemoeilijkt door'],
    'overleed aan',
    'overleden aan',
    'stierf aan',
    'bezweek aan',
    'aan de gevolgen van',
    // "De actie was een vergelding voor een aanval": what an act answers is why it was done.
    ...['als reactie op', 'in reactie op', 'als antwoord op', 'uit protest tegen', 'als protest tegen'],
    ...['vergelding voor', 'wraak voor', 'als straf voor'],
  ],
  // "Daardoor bleef de religie geheim.": the reason is what the sentence before said.
  reasonBack: /^(?:daardoor|daarom|hierdoor|hierom|(?:vanwege|wegens|dankzij) (?:dit|dat|deze|die)\s*[,;])(?![a-z])/,
  // "ingeschreven", "opgenomen": a separable particle before "ge".
  passiveParticiple: new RegExp(
    String.raw`^(?:(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg)?ge[a-z]+(?:d|t|en)|` +
      'benoemd|verkozen|opgericht|overleden|ontstaan)$',
  ),
  nameJoiners: ['of', 'van', 'de', 'der', 'den', 'ter', 'ten', 'von', 'la', 'le', 'du'],
  copulas: new Set(['is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'betekent', 'heet', 'heette', 'genoemd']),
  lifeSpan: ['geboren', 'geboorte', 'overleden', 'overleed', 'stierf', 'gestorven', 'sterven', 'dood'],
  proposal: /\b(?:ten\s+huwelijk|aanzoek)/i,
  aboutWords: new Set(['over', 'omtrent', 'inzake', 'betreffende', 'aangaande']),
  wedding: [
    'trouwen',
    'trouwt',
    'trouwde',
    'trouwden',
    'getrouwd',
    'huwen',
    'huwt',
    'huwde',
    'huwden',
    'gehuwd',
    'huwelijk',
    'bruiloft',
    'trouwerij',
  ],
  burial: ['begraven', 'begrafenis', 'begraafplaats', 'graf', 'kerkhof', 'grafmonument', 'bijgezet'],
  ageStatus: {
    words: new Set(['minderjarig', 'minderjarige', 'minderjarigen', 'meerderjarig', 'meerderjarige', 'meerderjarigen']),
    age: ['achttien', '18'],
  },
  organsOf: new Map(
    [
      ...['gemeente', 'gemeenten'].map((w) => [w, ['college', 'burgemeester', 'wethouders']] as const),
      ...['provincie', 'provincies'].map((w) => [w, ['gedeputeerde']] as const),
    ].map(([w, organs]) => [w, [...organs]]),
  ),
  birth: ['geboren', 'geboorte'],
  deathPhrases: [
    ...['om het leven', 'omgekomen', 'omkwam', 'omkwamen', 'gedood', 'doodde', 'doodden'],
    ...['verongelukt', 'verongelukte', 'verongelukten'],
  ],
  sameTime: [
    ...['datzelfde jaar', 'hetzelfde jaar', 'dat jaar', 'dat zelfde jaar', 'later dat jaar', 'eerder dat jaar'],
    ...['dezelfde dag', 'diezelfde dag', 'die dag', 'later die dag', 'eerder die dag'],
  ],
  qualifierEndings: ['aanse', 'ische', 'ese', 'se'],
  demonyms: {
    // "Libanon" / "Libanese", "Marokko" / "Marokkaans".
    places: ['', 'a', 'ie', 'land', 'on', 'o'],
    people: ['', 'aans', 'aanse', 'anen', 'aan', 'isch', 'ische', 'ees', 'ese', 'en', 'er', 'ers', 's', 'se'],
  },
  // Snowball Dutch stems "drukken" to "druk" but "drukte" to "drukt" and "gedrukt" to itself.
  verbForms: {
    endings: ['t', 'd'],
    participle: 'ge',
    present: 'end',
    voiced: [
      ['f', 'v'],
      ['s', 'z'],
    ],
    lostS: S_LOST_AFTER,
  },
  separableParticles: new Set(
    list(
      'aan af bij binnen door in mee na om op over terug toe uit voor weg neer los vast samen tegen vrij open dicht',
    ),
  ),
  irregularVerbs: NL_IRREGULAR_VERBS,
  finiteVerb: /(?:t|de|te|den|ten)$/,
  pastVerb: /(?:de|te|den|ten)$/,
  afterParticle: new Set(
    list(
      'dat om of omdat zodat terwijl nadat voordat waarna wanneer als',
      'in op aan bij met van naar voor door tijdens na tot uit tegen over onder sinds vanwege wegens',
    ),
  ),
  subjectPronouns: new Set(['hij', 'zij', 'ze']),
  negations: new Set(['niet', 'nooit', 'geen', 'noch']),
  superlative: { basesOf: dutchSuperlativeBases, of: dutchSuperlatives },
  demonstratives: new Set(['dat', 'dit']),
  contrasts: new Set(['terwijl', 'maar', 'tegenover']),
  relativePronouns: new Set(['die', 'dat', 'wat', 'welke', 'wie']),
  relativeAdverbs: new Set(
    list('waarin waarop waaronder waarmee waarvan waarbij waardoor waaruit waarover waartoe waarnaar'),
  ),
  proVerbs: new Set(['doen', 'doet', 'deed', 'deden', 'gedaan']),
  // The verb closes a Dutch clause: "Wie hielp de lijst samenstellen?" never has the two verbs side by side.
  attributiveEnding: 'e',
  catenatives: new Set(),
  possessives: new Set(['zijn', 'haar', 'hun']),
  // "Gloria's eczeem": after a capital the apostrophe is a possessive; "foto's" a plural.
  pastCopulas: new Set(['was', 'waren']),
  presentAuxiliaries: new Set(),
  relativeTime: new Set(['voor', 'voordat', 'na', 'nadat', 'tot', 'totdat']),
  possessorBefore: /(?:\p{Lu}\p{L}*['’]s|\b(?:[Zz]ijn|[Hh]aar|[Hh]un|[Mm]ijn|[Oo]nze|[Oo]ns|[Jj]ouw|[Uu]w))\s+$/u,
  objectPronouns: new Set(['hem', 'haar', 'zijn']),
  firstPerson: new Set([...FIRST_PERSON, ...FIRST_POSSESSIVES]),
  secondPerson: new Set([...SECOND_PERSON, ...SECOND_POSSESSIVES]),
  additive: new Set(['ook', 'daarnaast', 'bovendien', 'verder', 'daarbij', 'eveneens', 'tevens']),
  naming: re([
    String.raw`\b(?:heet|heten|heette|noemt men|noemen we|noemen wij)\s+(?:(?:ook|wel|vaak|dan)\s+)*`,
    String.raw`(?:(?:de|het|een)\s+)?["“‘']?§|\b(?:wordt|worden|werd|werden)\s+(?:(?:ook|wel|vaak|dan|de|het|`,
    String.raw`een)\s+)*["“‘']?§["”’']?\s+(?:genoemd|geheten)\b`,
  ]),
  defining: re(
    [
      // "Onder handelsnaam verstaat deze wet …", "Onder bedreigende situatie wordt verstaan …", "Onder de kosten … zijn
      // … begrepen".
      String.raw`\bonder\s+${DEFINED}\s+(?:[^;:]*?\s)?(?:verstaat|verstaan|begrepen)\b|`,
      // "In deze wet wordt verstaan onder: § : …".
      String.raw`\b(?:verstaat|verstaan)\s+onder\s*:?\s*${DEFINED}\s*:|`,
      String.raw`${DEFINED}\s+(?:(?:wordt|worden|is|zijn)\s+(?:\p{L}+\s+)?gedefinieerd\s+als|betekent(?!\s+dat))\b|`,
      // A glossary line: "schuldhulpverlening: het ondersteunen …;".
      String.raw`^(?:[a-z]\.|\d+°\.?|[-•*])?\s*${DEFINED}\s*:\s*\S.*[;.]$`,
    ],
    'u',
  ),
  namedAs: re(
    [
      String.raw`§["”’']?\s*,\s*(?:ook\s+)?(?:wel\s+)?(?:bekend als|genoemd)\b|`,
      String.raw`,\s*(?:ook\s+)?(?:wel\s+)?(?:bekend als\s+${DEFINED}|${DEFINED}\s+(?:genoemd|geheten)\b)|`,
      String.raw`\b(?:het|de|een)\s+zoge(?:naamde|noemde)\s+${DEFINED}|`,
      String.raw`\b(?:de term|het woord|het begrip)\s+${DEFINED}\s+(?:is|was|verwijst|betekent|staat voor)\b`,
    ],
    'u',
  ),
  namingParticiples: new Set(['genoemd']),
  placeholderNouns: new Set(['ding', 'dingen', 'spul', 'spullen', 'dingetjes', 'spulletjes']),
  subordinators: new Set([
    'omdat',
    'toen',
    'nadat',
    'zodat',
    'terwijl',
    'voordat',
    'doordat',
    'hoewel',
    'waarna',
    'indien',
    'als',
  ]),
  meaningQuestion: MEANING_ASKED,
  demonstrativeOpening: /^(?:dit|dat|deze|die|zo'n|zulke)\b/,
  bracketGloss: /^\s*\((?:een|de|het|diegenen|dat wil zeggen|d\.w\.z\.|ook wel)\s/iu,
  // Without an article one role only: "Concentra, uitgever van …"; not "X, in plaats van …".
  roleApposition:
    /^(?:(?:de|het|een) (?:\p{Ll}[\p{L}-]* ){0,2}|(?!(?:in|op|een|deel|geen|veel)\b))\p{Ll}[\p{L}-]{2,} van\b/u,
  // Verb-first ("Wordt die wijziging … aangebracht, dan …") or with a conjunction ("Indien deze termijn …, …").
  conditionBack: /^(?:(?:indien|als|wanneer) )?\p{L}+ (?:die|deze|dit|dat|zulk|zulke) [^,;]+, (?:dan )?/u,
  crossRefs: {
    heading: /^artikel\s+(\d+[a-z]?)\s*$/u,
    refs: [
      // "artikel 4, eerste lid", "de artikelen 5 of 5a", "artikel 2, onderdeel b"; not "artikel 1:8" of another code.
      new RegExp(
        [
          String.raw`\bartikel(?:en)?\s+(?<art>\d+[a-z]?(?:\s*(?:,|en|of|tot en met)\s*\d+[a-z]?)*)(?![:\d])`,
          String.raw`(?:\s*,\s*(?<lid>\p{L}+)\s+lid\b)?(?:\s*,\s*onderdeel\s+(?<item>[a-z])\b)?`,
        ].join(''),
        'gu',
      ),
      // "het eerste lid", "het vierde, vijfde en zesde lid van het vorige artikel".
      new RegExp(
        [
          String.raw`\b(?:het|de)\s+(?<lid>(?:\p{L}+(?:\s*,\s*|\s+en\s+|\s+tot en met\s+))*\p{L}+)\s+(?:lid|leden)\b`,
          String.raw`(?:\s+van\s+het\s+(?<prev>vorige)\s+artikel\b)?`,
        ].join(''),
        'gu',
      ),
      /\b(?:het\s+)?(?<prev>vorige)\s+artikel\b/gu,
      /\b(?:onderdeel|onder)\s+(?<item>[a-z])\b(?![.'])/gu,
    ],
    // "artikel 36, eerste lid, van de Wet op het accountantsberoep" is another law's; "van dit besluit" this one's.
    external: new RegExp(
      String.raw`^(?:\s*,?\s*(?:(?:\p{L}+\s+)+(?:lid|leden)|onderdeel\s+\p{L}+|(?:en|of)\s+andere))*` +
        String.raw`\s*,?\s*van\s+(?!dit\b|deze\b)`,
      'u',
    ),
    // Not "… niet in strijd met deze wet" of an exception, nor "de uitvoering van deze wet" of a duty to help.
    whole: new RegExp(
      String.raw`(?:(?<!\bniet )\bin strijd met (?:het bepaalde (?:bij|in) )?|\bbij of krachtens |` +
        String.raw`\bovertreding van (?:\p{L}+ ){0,3}(?:bij|in|krachtens) (?:of krachtens )?)` +
        String.raw`(?:deze wet|dit besluit)\b(?: (?:vastgestelde|gestelde|bepaalde)(?: (?!wordt|worden)\p{L}+)?)?`,
      'u',
    ),
    derogation: /\bin afwijking van\b/,
    carries: new RegExp(
      [
        String.raw`\bhet (?:in|bij) (?:artikel|het|de) [^.;:]{0,40}?bepaalde\b`,
        String.raw`\bhet bepaalde (?:in|bij) (?:artikel|het|de)\b`,
        String.raw`\buitvoering aan (?:artikel|het \p{L}+ lid)\b`,
        String.raw`\bde in (?:artikel|het) [^.;:]{0,40}?(?:genoemde|gestelde) (?:eisen|voorwaarden|verboden|regels)\b`,
        String.raw`\b(?:is|zijn) (?:mede )?van overeenkomstige toepassing\b`,
        String.raw`\b(?:is|zijn) mede van toepassing\b`,
        String.raw`\bvinden? overeenkomstige toepassing\b`,
      ].join('|'),
      'u',
    ),
  },
  asksConsequence: /^wat (?:gebeurt|gebeurde|volgt)(?: er)? (?:als|wanneer|indien)\b/,
  anaphoricOpening: /^(?:de (?:laatste|eerste) (?:twee|drie|vier)|beide|deze|laatstgenoemde|eerstgenoemde|zulke)\b/,
  or: new Set(['of']),
  and: new Set(['en', 'maar', 'terwijl']),
  agentMarker: 'door',
  infinitiveMarker: 'te',
  // Dutch transliterates Cyrillic and other scripts by its own spelling: Gorbatsjov, Oezbekistan, Tsjaikovski.
  transliteration: [
    ['tsj', 'ch'],
    ['sj', 'sh'],
    ['oe', 'u'],
    ['j', 'y'],
  ],
  text: {
    refuse: 'De artikelen gaan hier niet over, dus ik kan dit niet met een bron beantwoorden.',
    refuseNames: (names) => `Geen artikel noemt ${names}, dus ik kan dit niet met een bron beantwoorden.`,
    differ: 'De bronnen noemen verschillende aantallen; bij elk staat wie het meldt:',
    several: 'Het artikel noemt deze aantallen; bij elk staat wie het meldt:',
    one: 'Eén aantal wordt genoemd:',
    otherFigures: 'De artikelen noemen ook deze aantallen, zonder dat te zeggen:',
    statedFound: 'Het gevraagde aantal staat hier:',
    statedOthers: 'Andere aantallen:',
    statedNone: 'Geen artikel noemt het gevraagde aantal. Ze noemen:',
    according: (who) => `volgens “${who}”`,
    noSource: 'geen bron genoemd',
    quotes: 'Uit de artikelen:',
    also: 'Ook:',
    published: (outlet, title) => `${outlet} dateert “${title}”:`,
    overview: 'Waar de artikelen over gaan:',
  },
};
