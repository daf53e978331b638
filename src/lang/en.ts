import { stopwords } from '@orama/stopwords/english';
import * as chrono from 'chrono-node/en';
import { stem as porter2 } from 'porter2';
import { englishSuperlativeBases, englishSuperlatives } from './degree-en.js';
import { EN_IRREGULAR_PLURALS, EN_IRREGULAR_VERBS } from './irregular-en.js';
import { list, re } from './regex.js';
import { americanSpelling } from './spelling-en.js';
import type { LanguagePack, MeasureFigure, PartOfSpeech } from './types.js';

/**
 * Words a verb follows in a question: "did Goode play", "to test", and the causatives: "What made the crane topple?".
 * Not "was": "was anyone hurt" asks of an injury.
 */
const BEFORE_VERB = new Set(list('do does did will would can could should may might must to make makes made let lets'));
/** Words a noun follows, and a verb before: "plays its home games". */
const DETERMINERS = new Set(list('the a an his her its their my your our this that these those'));

/**
 * The parts of speech a question's word may have where it stands (see LanguagePack.partsOfSpeech): "-ly" an adverb,
 * "-ed" and "-ing" a verb or an adjective, a verb after "did", "to" or "made" (up to a subject of two words: "did
 * Goode play", "made the crane topple") or before a determiner, else a noun or an adjective.
 */
function partsOfSpeech(words: readonly string[], at: number): readonly PartOfSpeech[] {
  const word = words[at] ?? '';
  const before = words[at - 1] ?? '';
  if (word.endsWith('ly')) return ['r', 'a'];
  if (/(?:ed|ing)$/.test(word)) return ['v', 'a'];
  if (BEFORE_VERB.has(before) || DETERMINERS.has(words[at + 1] ?? '')) return ['v'];
  const afterVerbWord = words.slice(Math.max(0, at - 3), at).some((w) => BEFORE_VERB.has(w));
  return afterVerbWord && !DETERMINERS.has(before) ? ['v'] : ['n', 'a'];
}

const QUESTION_WORDS = [
  'how',
  'many',
  'much',
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'when',
  'where',
  'why',
  'tell',
  'me',
  'please',
  'according',
  'article',
  'articles',
  'source',
  'sources',
  'say',
  'says',
  'said',
  'does',
  'did',
  'do',
  "what's",
  "who's",
  'also',
];

/** "How far", "how hot", "how expensive": a degree asked that a quantity answers, in a unit or a currency. */
const PRICE = list('cost costs costing pay pays paying paid worth price spend spends spending spent');
// Geographic features, singular and plural: what "which sea", "which rivers" ask is a place's name.
const GEOGRAPHIC =
  String.raw`(?:sea|ocean|river|lake|island|mountain|continent|bay|gulf|strait|peninsula|valley|` +
  String.raw`desert|province|state|county|district|town|village|port|harbou?r|coast|canal|glacier|` +
  String.raw`volcano|archipelago|municipality|territory|neighbou?rhood|suburb|street)(?:e?s)?|cities|countries` +
  String.raw`|regions|places|mountain range`;
/** "How quickly must the council reply?" asks a term ("within three working days"), not a speed. */
const TERM_ASKED = /\bhow soon\b|\bhow (?:quickly|fast) (?:must|should)\b/;

/** "What place did X finish in?", "in which position did X end": a rank in a contest or a list, not a place. */
const RANK_ASKED = re([
  String.raw`^(?:in |at )?(?:what|which) (?:place|position|rank|spot)\b(?=[^?]*\b(?:finish\w*|end|ended|ends|`,
  String.raw`rank|ranked|placed|standings|ranking|rankings|classification|leaderboard)\b)`,
]);

const MEASURED = 'big|large|far|tall|high|deep|wide|heavy|hot|warm|cold|fast|expensive|cheap|loud|thick';

/** Nouns that name a measure of a thing: "what is the population of X" asks a figure, as "how many people" does. */
const MEASURE_NOUNS = list(
  'population height width depth area weight distance elevation altitude diameter circumference volume size',
);
const MEASURE_NOUN = new RegExp(
  String.raw`\bwhat (?:is|was|are|were) the (?:[\p{L}-]+ ){0,2}(?:${MEASURE_NOUNS.join('|')})` +
    String.raw`(?=\s*(?:\?|$|(?:of|for|in|at|between)\b))`,
  'u',
);
/** How a measure noun's figure is written, and the words beside its number that say it ("inhabitants"). */
const POPULATION: MeasureFigure = { words: list('population populations inhabitants residents people') };
const HEIGHT: MeasureFigure = { in: 'height', words: list('height elevation altitude high tall') };
const RATE: MeasureFigure = { in: 'share', words: list('rate rates percentage proportion share ratio') };
const MEASURE_FIGURES: Record<string, MeasureFigure> = {
  population: POPULATION,
  ...{ height: HEIGHT, elevation: HEIGHT, altitude: HEIGHT },
  area: { in: 'size', words: list('area square'), units: list('km² m² hectares acres') },
  depth: { in: 'height', words: list('depth deep') },
  width: { in: 'size', words: list('width wide') },
  length: { in: 'size', words: list('length long') },
  distance: { in: 'distance', words: list('distance away far') },
  ...{ rate: RATE, percentage: RATE, proportion: RATE, share: RATE, ratio: RATE },
};
/** The term a definition defines, its words written "§" (see LanguagePack.defining); an article may open it. */
const DEFINED = String.raw`["“‘']?(?:(?:the|an?)\s+)?§(?:[\s-]+§)*["”’']?`;
/**
 * "What is meant by X?", "What is the definition of X?": what X is. ("What does X mean?" asks mostly what a short
 * form stands for: spelledOutQuestion.)
 */
const MEANING_ASKED = re([
  String.raw`^what (?:is|are|was|were) (meant) by\b|`,
  String.raw`^what (?:is|was) the (meaning|definition) of\b|^how (?:is|are|was|were) [^?]+? (defined)\s*\??$`,
]);
/** "What is the frog called?", "What is the river called in Dutch?": a name asked for. */
const NAME_ASKED = /\b(?:is|was|are|were)\b.*\b(?:called|named|titled|entitled)(?:\s+in\s+[a-z]+)?[\s?]*$/;
// "What did the Romans call York?": what someone calls a thing is its name in their mouth.
const CALL_ASKED = /^what (?:do|does|did) .+ call\b/;

/** A request for what the articles say of something, not a question (see LanguagePack.request). */
const REQUEST = [
  String.raw`^(?:please\s+)?(?:(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?`,
  String.raw`tell\s+(?:me|us)\s+(?:more\s+|something\s+)?about|`,
  String.raw`what\s+do\s+you\s+know\s+about)\b`,
].join('');

const MONTHS = list('january february march april may june july august september october november december');
/** What a chat question may open with before its question word; the greeting alone is a stop word. */
const PREAMBLE = re(
  [
    String.raw`^\s*(?:(?:hey|hi|hello)\b[\s,!]*)?(?:(?:can|could|would) you (?:please )?(?:tell|show) me|`,
    String.raw`do you (?:happen to )?know|i (?:want|would like|'d like) to know|i wonder|i'm wondering|`,
    String.raw`quick question)[\s,:]+(?=(?:how|what|who|whom|whose|where|when|why|which|if|whether)\b)`,
  ],
  'iu',
);
/** Ages in words: "eight", "nineteen", "forty-two". */
const AGE_WORDS = re([
  String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|`,
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)',
]).source;
/** After "since" or "after", what makes it a time rather than a cause: a number, a month, "then", "last". */
const NOT_A_DATE = String.raw`(?!\s+(?:\d|(?:then|last|early|late|the (?:end|start|beginning)|${MONTHS.join('|')})\b))`;

/**
 * Porter2 removes "-ence", "-ance" from "experience", "evidence" but leaves "experienced", "evidencing" at
 * "experienc", "evidenc": the "-ed", "-ing" form of a verb in "-ce", "-ge" is stemmed as the verb itself.
 */
function softStem(stem: string, word: string): string {
  if (!/[cg]$/.test(stem) || !/(?:ed|ing)$/.test(word)) return stem;
  const own = porter2(`${stem}e`);
  return own.length < stem.length && stem.startsWith(own) ? own : stem;
}

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  englishName: 'English',
  // Porter2 (Snowball English): Porter's first algorithm stems "died" to "di" but "die" to "die". A British spelling
  // is stemmed as the American one ("organisers", "organize").
  stem: (word) => softStem(porter2(americanSpelling(EN_IRREGULAR_PLURALS.get(word) ?? word)), word),
  // "Did anyone die?": an indefinite pronoun is no word an answer says ("No deaths have been reported").
  letterWords: new Set(['a', 'i']),
  stopwords: new Set([
    ...stopwords,
    ...QUESTION_WORDS,
    ...list('anyone anybody someone somebody everyone everybody'),
    // A chat question's greeting and thanks ("hey, can you tell me …") ask nothing.
    ...list('hey hi hello hiya yo thanks thank thx pls plz cheers'),
    // Prepositions Orama's list lacks beside the ones it holds ("during", "between", "until").
    ...list('within via despite towards toward without along among across behind beside beyond upon amid'),
    // "Who is now the youngest member?": "now" is no word an answer must write (Dutch "nu" is a stop word).
    ...list('now'),
    // "wasn't" is split at its apostrophe: the negated auxiliary's first half says no more than the auxiliary does.
    ...list('isn aren wasn weren hasn haven hadn doesn didn don wouldn shouldn couldn mustn shan needn'),
    // "Where exactly was it found?", "what is it, basically?": a chat question's hedges ask nothing.
    ...list('actually basically exactly really literally'),
  ]),
  // "whats he saying", "wheres the harbour": the question word and "is", typed as one word in chat.
  shorthand: [
    [/\b(what|who|where|when|how|why)['’]?s\b/giu, '$1 is'],
    // "hey, can you tell me how many …", "do you know who …": the question starts at its question word.
    [PREAMBLE, ''],
    // "What is it, basically?": a hedge closing the question asks nothing, and hides the question's shape.
    [/,?\s+(?:basically|actually|exactly|really|literally)\s*(?=[?.!]*\s*$)/giu, ''],
    // "What kind of place is X?", "what sort of man was Y": what X is, asked through its class, which the answer
    // need not name ("a group of islands").
    [
      re(
        [
          String.raw`^what\s+(?:kind|sort|type)s?\s+of\s+[\p{L}-]+\s+(is|are|was|were)\s+`,
          // Not "what kind of market is the firm in?": a preposition asks for more than what the thing is.
          String.raw`(?![^?]*\b(?:of|in|for|on|about|with|to|from|at|by)\b)`,
          String.raw`(?=(?:an?\s+|the\s+)?[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,2}\s*[?.!]*\s*$)`,
        ],
        'iu',
      ),
      'what $1 ',
    ],
    // "How come X profited?" asks why; its "come" is no word an answer says.
    [/\bhow come\b/giu, 'why'],
    // "How much (extra) time should I allow?" asks a span of time, as "how long" does: no amount of a noun.
    [/\bhow much (?:(?:extra|more|additional) )?time\b/giu, 'how long'],
    // "How high above sea level is X?" asks its height, which the articles give as an elevation or altitude.
    [/\bhow high (?:above|over) (?:the )?sea(?: level)?\b/giu, 'how high'],
    // "Name the founders of X", "list the …": asked as "what are the …".
    [/^\s*(?:please\s+)?(?:name|list)\s+(?=the\b|all\b)/iu, 'what are '],
    // Chat abbreviations of words a question counts or names: "how many ppl were hurt".
    [/\bppl\b/giu, 'people'],
    // "park n ride", "rock n roll": "and" written as its one sounded letter.
    [/(?<=\p{L}\s+)n(?=\s+\p{L})/giu, 'and'],
    [/\bgovt\b/giu, 'government'],
    // "how many ww2 wrecks", "wwi poets": the world wars by their chat names, as the articles write them.
    [/\bww\s*-?\s*(?:2|ii)\b/giu, 'World War II'],
    [/\bww\s*-?\s*(?:1|i)\b/giu, 'World War I'],
    // "how many wrecks r there", "can u walk": a word written as its one sounded letter, between words.
    [/(?<=\p{L}\s+)r(?=\s+\p{L})/gu, 'are'],
    [/(?<=\p{L}\s+)u(?=\s+\p{L}|\s*[?.!]*\s*$)/gu, 'you'],
    [/(?<=\p{L}\s+)ur(?=\s+\p{L})/gu, 'your'],
    // "How come X profited, wasn't that a disaster for everyone?": a negated question after a comma about "that"
    // (what was just asked) challenges what the asker supposes; the question is the clause before it. One with a
    // subject of its own ("wasn't the flood a disaster?") may name what the answer says, and stays.
    [
      re(
        [
          String.raw`(?<=^\s*(?:how|what|who|whom|whose|where|when|why|which)\b[^,?]*),\s*`,
          String.raw`(?:is|are|was|were|do|does|did|has|have|had|would|should|could|can|wo)n['’]?t\s+`,
          String.raw`(?:that|this|it|they|there)\b[^?]*(?=\?*\s*$)`,
        ],
        'giu',
      ),
      '',
    ],
    [/\b(\d+)\s*yrs?\b/giu, '$1 years'],
  ],
  auxiliaries: new Set(
    list('is are was were do does did can could will would has have had should may might must shall'),
  ),
  request: new RegExp(REQUEST, 'u'),
  verification: re([
    '^(?:is it (?:true|correct|right|the case)|is that (?:true|correct)|do the (?:articles|',
    String.raw`sources) (?:say|confirm))(?: that)?\b`,
  ]),
  timeUnitQuestion: /\b(?:what|which) (year|date|day|month|century|decade|time)\b/,
  timePrecision: { year: 'year', month: 'month', date: 'day', day: 'day' },
  spelledOutQuestion: re(
    [
      String.raw`^what (?:does|do|did) (?:the )?(?:abbreviation |acronym )?['"‘“]?([\p{L}\p{N}][\p{L}\p{N}&./-]{1,9})`,
      String.raw`['"’”]? (?:stand for|mean)\b|^what is (?:the )?([\p{L}\p{N}][\p{L}\p{N}&./-]{1,9}) short for\b`,
    ],
    'u',
  ),
  // The words matched are the question's form: "how did the final end" keeps "final", matches "end" only.
  scoreQuestion: re(
    [
      String.raw`\b(?:(?:final|full-time|full time) )?(?:score|scoreline)\b|`,
      String.raw`\b(?:final result|result of the (?:match|game|final|vote))\b|`,
      // Not "How did she end up a writer?": how things turned out.
      String.raw`(?<=\bhow did (?:the )?[\p{L}-]+(?: [\p{L}-]+){0,4} )end\b(?! up\b)`,
    ],
    'u',
  ),
  // "How much of the market does it have?" asks what share of the market, not an amount of markets.
  shareQuestion: /\bpercentage\b|\bhow much of (?:the|its|their|his|her|this|that)\b/,
  nameQuestion: new RegExp(
    `${NAME_ASKED.source}|${CALL_ASKED.source}|` +
      // "What is the Dutch name of …", "what is its full name": a name of one kind is a name ("the real name" is
      // the one behind another, said by more than a naming word).
      `\\bwhat (?:is|was) (?:the|its|his|her|their) (?:(?!real |true |actual )[a-z]+ )?name\\b|` +
      // "What was the title of her talk?": a work's title is its name ("I called it …").
      `\\bwhat (?:is|was) the title of\\b|` +
      `\\bwhat (?:are|were) (?:the|their) names\\b`,
  ),
  properNameQuestion: /\bnames?\b|\bnamed\b/,
  citesTitle: /\b(?:may be|is|are) cited\b/,
  namingWords: ['named', 'called', 'known as', 'dubbed', 'nicknamed', 'name', 'names', 'titled', 'entitled'],
  // "At half-time it was 1-0": a score on the way, not the result.
  interimScore: re([
    String.raw`\b(?:half[- ]?time|at the break|at the interval|after the first half|led|leading|trailed|trailing)\b|`,
    String.raw`\b(?:minutes?|laps?) (?:left|to go|remaining)\b`,
  ]),
  degreeQuestion: re([
    String.raw`\bhow (long|old|often|much|many|soon|early|late|great|${MEASURED})\b`,
    // "how long did it take", "how long did the journey to the comet take": "take" is the question's form; so is
    // "last" closing it ("how long will the strike last?"), not "last" before a noun ("the last strike").
    String.raw`(?:\s+(?:did|does|do|will|would|has|had|can|could)\s+(?:it|[^?]{1,60}?)\s+(take\b|last(?=\s*\??\s*$)))?`,
  ]),
  questionWords: new Set(['what', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'which']),
  hints: new Set(
    list(
      'how many who what where when why which are is the of and does did do say says said according was',
      'were has have tell about give explain please show any latest with from this these there it its whom whose',
    ),
  ),
  compounds: false,
  sameBounds: [list('minimum minimal minimally least'), list('maximum maximal maximally')],
  ellipsisJoiners: new Set(list('and or to nor')),
  verbLast: false,
  verbSecond: false,
  // Porter2 joins "arrange" and "arrangement" already.
  nominalSuffixes: [],
  agentSuffixes: ['er'],
  // Porter2 stems "demonstrator" and "demonstrate" alike.
  agentEndings: [],
  loanEndings: {
    tion: 'tion',
    sion: 'sion',
    ity: 'ity',
    ism: 'ism',
    ive: 'ive',
    ical: 'ical',
    ic: 'ic',
    ary: 'ary',
    ence: 'ence',
  },
  abbreviations: new Set(
    list(
      'mr mrs ms dr prof st mt ft jr sr gen col lt sgt capt gov sen rep rev fr vs etc inc ltd co corp no',
      'nos vol ch fig approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k',
      'u.n a.m p.m ca cf al sect secs eq eqs figs ref refs tab suppl pp viz incl resp',
    ),
  ),
  titles: new Set(list('mr mrs ms dr prof rev gen col lt sgt capt gov sen rep fr')),
  measureNoun: MEASURE_NOUN,
  amountSubject: new RegExp(
    String.raw`^how (?:much|${MEASURED}) (?:is|was|are|were|will be) (?:the |a |an )?([\p{L}-]+)`,
    'u',
  ),
  measureFigures: MEASURE_FIGURES,
  attributeAsked: /^what (?:is|was) the ([\p{L}-]+) of\b/u,
  namedAsked: /^what (?:is|was|are|were) (?:the |an? )?[\p{L}'.-]+(?: [\p{L}'.-]+){1,5}\s*\??$/u,
  classAsked: /^(?:[\p{L}]+ )?(?:what|which) ([\p{L}-]+)/u,
  // No inner question: "Who … when she graduated?" is read as "who" already, and cutting at "when he" lost an
  // answer elsewhere (npm run eval, 5 Dec 2026).
  rankAsked: RANK_ASKED,
  // An ordinal as a rank: closing a clause ("finished third,", "(24th)") or before "place" ("in ninth place").
  rankGiven: re([
    String.raw`\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|`,
    String.raw`eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|`,
    String.raw`twentieth)(?:\s*[,.;:)!?]|\s*$|\s+(?:place|position|spot|overall|in the (?:standings|race|table)))`,
  ]),
  questionRules: [
    { pattern: RANK_ASKED, kind: 'other' },
    // "What is the frog called?" asks its name, not what it is.
    { pattern: NAME_ASKED, kind: 'other' },
    { pattern: MEANING_ASKED, kind: 'definition' },
    // "What did Eastman say about how much iodine …": what someone said, whatever the question words inside.
    {
      pattern: /^what (?:did|does|do)\b[^?]*?\b(?:say|tell|write|tweet|claim|think|report) (?:about|of|on)\b/,
      kind: 'speech',
    },
    // "What determines how much the dough rises?": a question word after such a verb opens an indirect question; the
    // question asks what does it, a cause ("The rise depends on the yeast"), not the amount.
    {
      pattern: re([
        String.raw`^what (?:determines|determined|decides|decided|affects|affected|influences|influenced|controls|`,
        String.raw`controlled|governs|governed) (?:how|when|where|whether|which)\b`,
      ]),
      kind: 'reason',
    },
    // "When is a player considered offside?" asks a condition, not a time.
    {
      pattern: re([
        String.raw`^when (?:is|are|was|were|does|do|did)\b[^?]*\b(?:considered|deemed|regarded|classified|counted|`,
        String.raw`judged|thought) (?:as |to be )?`,
      ]),
      kind: 'other',
    },
    // "What does a ticket cost?" asks a price, as "how much does it cost" does.
    { pattern: /^what (?:does|did|do|will|would)\b.*\bcost[\s?]*$/, kind: 'amount' },
    { pattern: new RegExp(String.raw`\bhow (?:many|much)\b.*\b(?:${PRICE.join('|')})\b`), kind: 'amount' },
    {
      // "number of" asks a count only when no other question word comes first: "Why did the number of cases rise?";
      // "a (large) number of" only says "several": "What did he work as for a number of years?".
      pattern: re(
        [
          String.raw`\bhow many\b|\bwhat (?:is|was|were|are) the (?:number|total|count|size) of\b|`,
          String.raw`^(?:(?!\b(?:who|whom|whose|where|when|why|which|how)\b).)*`,
          String.raw`(?<!\ban? (?:\p{L}+ )?)\b(?:number|numbers|size) of\b`,
        ],
        'u',
      ),
      kind: 'count',
    },
    { pattern: /\bhow much\b/, kind: 'amount' },
    // A rate or a share is a figure: "What was the fatality rate?" is answered by "10%", not by what the disease is.
    {
      pattern: re(
        [
          String.raw`\bwhat (?:is|was|are|were) the (?:[\p{L}-]+ ){0,2}(?:rate|percentage|proportion|share|ratio)`,
          String.raw`(?=\s*(?:\?|$|(?:of|for|in|among|at|on|with|to|during)\b))|`,
          String.raw`\bwhat (?:percentage|proportion|share|fraction|part)\b`,
        ],
        'u',
      ),
      kind: 'amount',
    },
    // "What is the population of X?", "What was the height of the tower?": a measure asked with "what is the" is a
    // figure, as "how many" and "how high" ask; a unit without one cannot answer it.
    { pattern: MEASURE_NOUN, kind: 'amount' },
    // "How quickly must the council reply?" asks a term ("within three working days"), not a speed.
    { pattern: TERM_ASKED, kind: 'time' },
    // "When does the rule apply?" asks in which case it holds, a condition, not a time.
    { pattern: /^when (?:does|do|did) (?:[\p{L}'-]+ ){1,6}(?:apply|hold)\b/u, kind: 'other' },
    // A size, distance or weight is a quantity with a unit ("4443 km²", "857 km"), as Dutch "hoe groot" asks.
    { pattern: new RegExp(String.raw`\bhow (?:${MEASURED})\b`), kind: 'amount' },
    { pattern: /\bhow old\b|\bwhat age\b|\bage of\b/, kind: 'age' },
    // "Why did they run the experiments blind where they could?": the question word that opens it asks, not one in a
    // clause ("where they could", "when it rained").
    { pattern: /^(?:why|for what reason|how come)\b/, kind: 'reason' },
    {
      pattern: re([
        // "During which years was Isfahan the capital?", "In what period": a span of time, asked in the plural too.
        '^(?:in |on |at |by |until |since |during |from |between )?(?:when|what (?:year|date|day|month|century|decade|',
        String.raw`time|period|era)s?|which (?:year|date|day|month|century|decade|period|era)s?|which centuries)\b|`,
        String.raw`\bhow long\b|\bsince when\b|\buntil when\b|`,
        String.raw`\bin what (?:year|century|decade)\b`,
      ]),
      kind: 'time',
    },
    {
      pattern: re([
        '^(?:in |at |from |to )?(?:where|what (?:place|city|country|region)|which (?:city|country|region|',
        String.raw`place))\b|\bwhere\b|`,
        // "Under the ice of which sea …?": a geographic feature asked by name is a place wherever "which" stands,
        // but not "which island's ruler", where the place only qualifies what is asked.
        String.raw`\b(?:which|what) (?:${GEOGRAPHIC})\b(?!'s)`,
      ]),
      kind: 'place',
    },
    {
      // "What did she die of?" asks the cause of a death.
      pattern: re([
        // "What made the crane topple?", "What set off the stampede?": a cause asked through what brought it about.
        String.raw`^(?:why|for what reason|how come)\b|\bwhy\b|`,
        // "What can cause a cake to collapse?" asks a cause as "what causes" does.
        String.raw`\bwhat (?:(?:can|could|may|might) cause|caused|causes|led to|leads to|triggered|`,
        String.raw`prompted|sparked|set off|sets off|made(?! up)|makes(?! up))\b|`,
        String.raw`\bwhat (?:is|was|are|were) the (?:cause|causes|reason|reasons)\b|`,
        String.raw`\bwhat did\b.{1,60}\bdie (?:of|from)\b`,
      ]),
      kind: 'reason',
    },
    {
      pattern: re([
        String.raw`\bwhat did\b.*\b(?:say|said|tell|claim|warn|announce|state|think|ask|demand|want|write|report|`,
        String.raw`tweet|post)\b|\bwhat does\b.*\b(?:say|think|claim|ask|demand|want|write|report|tweet|post)\b|`,
        String.raw`\bwhat (?:is|are|was|were)\b.*\b(?:saying|thinking|claiming|asking|demanding|writing|reporting)\b`,
      ]),
      kind: 'speech',
    },
    {
      pattern: re(
        [
          // Not "who is X married to", "who was X's father": a preposition left at the end or a possessive asks for
          // whom X stands in a relation to.
          String.raw`^(?:who|whom)\s+(?:is|was|are|were)\s+(?!the\b|a\b|an\b|at\b|in\b|most\b|more\b|`,
          String.raw`.*\b(?:to|of|for|with|by|from|at|in|on|about|into|after)\s*\??$|.*['’]s?\s+[\p{L}]+\s*\??$)`,
          String.raw`[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,3}\s*\??$`,
        ],
        'u',
      ),
      kind: 'definition',
    },
    {
      pattern: re(
        [
          String.raw`^(?:what|who)\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?![^?]*\b(?:of|in|for|on|about|with|to|`,
          String.raw`from|at|by|doing|worried|happening)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s*\??$`,
        ],
        'u',
      ),
      kind: 'definition',
    },
    // "Tell me about X", "what do you know about X": who or what X is, asked as a request.
    {
      pattern: re([REQUEST, String.raw`\s+[\p{L}'.-]+(?:\s+[\p{L}'.-]+){0,3}\s*[?.!]?$`], 'u'),
      kind: 'definition',
    },
    // Not "What did X call reviews for viewers who …", "Where did the men who … live", "How were those coded who …":
    // a relative "who" after another question word says of whom, but asks no person.
    // "On whose list did X stand?", "To whom did she write?": a preposition first still asks for someone.
    { pattern: /^(?!(?:why|when|where|what|how)\b).*\b(?:who|whom|whose)\b/, kind: 'person' },
    { pattern: /^how\b/, kind: 'manner' },
    {
      pattern: re([
        '^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|may|might|',
        // "Is it X or Y?" offers a choice; "Was anyone hurt or killed in the exchange?" asks yes or no.
        String.raw`must)\b(?!.*\bor(?:\s+[^\s?]+){1,4}\s*\?$)`,
      ]),
      kind: 'yesno',
    },
  ],
  // Where something is, or where an event is held ("Where was the final played?").
  placeVerbs: new Set(list('located situated lie lies lay held hosted staged played live lives lived reside resides')),
  lightVerbs: new Set(list('come go run get make take give put keep')),
  leading: {
    verbs: new Set(list('head lead command direct chair manage')),
    nouns: new Set(list('head director chief chair chairman chairwoman chairperson leader commander manager boss')),
    under: /\b[Uu]nder\s+(?:the\s+(?:command|leadership|direction)\s+of\s+)?\p{Lu}/u,
  },
  carrying: {
    verbs: new Set(list('run operate manage handle organise organize provide maintain oversee administer supervise')),
    responsible: /\b(?:responsible for|in charge of|tasked with|entrusted with)\b/,
  },
  lightPhrase: /\b(?:take|takes|took|taken|taking) (part|place)\b/,
  outcome: /\b(end|ends|ended|ending|wind|winds|wound) up\b/,
  passiveHelper: /\b(get|gets|got|gotten|getting) (?:\p{L}+ed|hurt|paid|caught|stuck|known|chosen|beaten|sold|lost)\b/u,
  happens: /\b(take|takes|took|taken|taking) (place)\b/,
  priceWords: new Set(PRICE),
  // "How many deaths did the flood cause": what the count is of, said as "had"; "how many votes did she get".
  countVerbs: new Set(
    list(
      'count counts counted number numbers numbered cause causes caused get gets got become became',
      'consist consists consisted comprise comprises comprised',
    ),
  ),
  partitives: new Set(['types', 'kinds', 'sorts', 'forms', 'varieties', 'species', 'classes', 'categories']),
  repetitions: new Set(['times', 'occasions']),
  peopleWords: new Set(['people', 'persons']),
  occupationWords: new Set(['profession', 'occupation']),
  asARule: new Set(['usually', 'generally', 'typically', 'normally', 'commonly', 'ordinarily', 'customarily']),
  ofPeople: /^\s+of\s+(?:us|them|you)\b/i,
  personPlural: /(?:ers|ors|ees|ists|ians|residents|students|patients|clients|parents|adults|children)$/,
  comparatives: new Set(
    list(
      'worse better bigger larger higher lower greater smaller older younger longer shorter faster slower heavier ' +
        'lighter cheaper dearer later earlier further farther stronger weaker richer poorer hotter colder warmer ' +
        'cooler deeper wider narrower safer riskier easier harder',
    ),
  ),
  counters: new Set(['individuals', 'specimens', 'pieces', 'copies', 'items']),
  collectives: new Set(
    list('group groups contingent force forces delegation crowd team army unit units battalion brigade mission fleet'),
  ),
  pluralNoun: /(?:[^s]s|people|men|children|police|staff|personnel|cattle|data)$/,
  regularPast: /^[a-z]{2,}ed$/,
  superlative: { basesOf: englishSuperlativeBases, of: englishSuperlatives },
  partsOfSpeech,
  countPhrase: /\b(?:how many|how much|(?:number|numbers|total|size) of(?: the)?)\s+/,
  counterfactual: /\b(?:would|could|might)(?: not|n't)? have (?:been|[a-z]+ed)\b/,
  countNoun: /\b(\p{L}+)[\s-]+(?:toll|tally)\b/gu,
  // "What did art major Kiara Perkins say": after "did", a role before the name may make the speaker five words long.
  speakerPhrase: re(
    [
      String.raw`\b(?:did|does|do|has|have|is|are|was|were)\s+`,
      // "How were respondents coded who said …": a relative pronoun before the verb makes it a clause's, no speaker's.
      String.raw`((?:[\p{L}-]+\s+){1,3}|(?<=\b(?:did|does|do)\s+)(?:[\p{L}-]+\s+){4,5})(?<!\b(?:who|that|which)\s+)`,
      String.raw`(?:say|said|think|warn|claim|`,
      String.raw`tell|state|mean|announce|deny|confirm|admit|call|react|respond|ask|demand|write|report|saying|`,
      String.raw`thinking|claiming|asking|demanding|writing|reporting|telling|warning)\b`,
    ],
    'u',
  ),
  // "To which friend did X write …", "who did X say it to": the addressee, not X's words.
  notWordsAsked: /^(?:to|with) (?:whom|who|which|what)\b|^(?:who|whom|which)\b[^?]*\bto\s*\??$/u,
  overview: re([
    String.raw`\b(?:summari[sz]e|summary|overview|what(?:'s| is| are| was)? (?:this|these|it|the|those|`,
    `all this)(?: news| articles?| sources?| stor(?:y|ies)| texts?)? (?:about|say|saying|cover)|what(?:'s|`,
    String.raw` is) (?:in )?the news|what happened|what topics|which topics|main points|tl;?dr)\b`,
    // "What is the article on Zaha Hadid about?": a subject inside the phrase (named groups: see LanguagePack).
    String.raw`|\bwhat(?:'s| is| was) (?:the|this) article (?:on|about) (?<subject>[^?.!]{1,60}) about\b`,
    String.raw`|\bwhat does (?:the|this) article (?:on|about) (?<about>[^?.!]{1,60}) say\b`,
  ]),
  // "What happened between B and C?", "… during the siege": one stretch of events, no overview.
  happenedTo: /\bwhat (?:happened|happens|has happened|will happen|is happening) (?:to|with|between|during)\b/,
  roleQuestion:
    /\b(?:what|which) (roles?|parts?) (?:do|does|did|will|has|have|had|is|was)\b.*?\b(play|plays|played|playing)\b/,
  published: /\b(?:published|posted|written|appeared|publication date|dated)\b/,
  publication: re([
    String.raw`\b(?:journals?|papers?|publish(?:ed|es)?|publications?|(?:co-?)?authors?|cit(?:e|ed|es|ations?)|`,
    String.raw`references?|doi|pmid|volume|issue)\b`,
  ]),
  numbers: {
    units: {
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
      thirteen: 13,
      fourteen: 14,
      fifteen: 15,
      sixteen: 16,
      seventeen: 17,
      eighteen: 18,
      nineteen: 19,
      twenty: 20,
      thirty: 30,
      forty: 40,
      fifty: 50,
      sixty: 60,
      seventy: 70,
      eighty: 80,
      ninety: 90,
      dozen: 12,
    },
    scales: { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 },
    scaleSymbols: { mln: 1_000_000, bn: 1_000_000_000, bln: 1_000_000_000 },
    vague: new Set(list('dozen dozens handful hundreds thousands millions billions several numerous scores')),
    approximate: [
      ...list('about around roughly approximately nearly almost over some estimated'),
      ...['more than', 'at least', 'up to', 'fewer than', 'less than', 'as many as', 'an estimated'],
    ],
    percent: new Set(['percent', 'per cent', '%']),
    shareOf: new Set(['of']),
    sizeOf: new Set(['at', 'of']),
    populations: new Set(['population', 'populations']),
    more: new Set(['more', 'others']),
    changeTo: new Set(['to']),
    correction: { not: new Set(['not']), but: new Set(['but']) },
    none: new Set(['no', 'zero']),
    single: ['only one', 'just one', 'exactly one', 'a single', 'one single'],
    tallies: new Set(list('number figure total count toll tally')),
    labels: new Set(
      list('section sections article articles chapter chapters paragraph clause figure fig table page pages wave phase')
        .concat(list('stage step item appendix annex footnote note nr volume vol issue episode season round part'))
        .concat(list('level grade room gate platform route exhibit schedule rule regulation')),
    ),
    bounds: {
      above: ['more than', 'over', 'above', 'greater than', 'higher than', 'exceeding', 'in excess of'],
      atMost: ['not more than', 'no more than', 'not exceeding', 'not greater than', 'not over', 'at most', 'up to'],
    },
    sizeJoined: new Set(['strong']),
    fractions: new Set(list('half third thirds quarter quarters majority minority')),
    repeats: { words: { twice: 2, thrice: 3 }, comparing: new Set(list('as more less the')) },
    money: new Set(['money', 'cash', 'sum']),
    signs: { '%': 'percent', '€': 'euro' },
  },
  time: {
    beforeYear: new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'before', 'after', 'year']),
    eventAnchor: {
      prepositions: new Set(['before', 'after', 'since', 'until', 'upon', 'following', 'during']),
      // A noun made of a verb: "the entry into force", "its adoption", "the signing".
      articles: new Map(['the', 'its', 'their'].map((a) => [a, /^\p{L}{3,}(?:ing|ion|ment|ance|ence|ure)$/u])),
    },
    partitiveBeforeYear: new Set(['of']),
    changeVerbs: new Set(
      list(
        'rose risen rises rising grew grown grows growing fell fallen falls falling dropped drops climbed climbs ' +
          'jumped jumps increased increases decreased decreases declined declines swelled swollen shrank shrunk',
      ),
    ),
    changeMarks: new Set(['to', 'from', 'by']),
    spanJoiners: new Set(['to', 'until', 'till']),
    months: MONTHS,
    capitalMonths: new Set(['may', 'march']),
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    units: new Set([
      ...list(
        'second seconds minute minutes hour hours day days week weeks month months year years decade decades',
        'century centuries',
      ),
      // "the seventh calendar month after the date of issue": a time stated from an event.
      ...['calendar month', 'calendar months', 'calendar year', 'calendar years'],
    ]),
    spanNouns: new Set(['time', 'period', 'duration']),
    century: new Set(['century', 'centuries']),
    relative: new Set(['yesterday', 'today', 'tomorrow', 'tonight']),
    ago: /^\s+(?:ago|later|earlier|before|after)\b/,
    since: /\b(?:since|from|until|till)\s+(?:the\s+)?$/,
    lasting: re([
      String.raw`\b(?:for|over)\s+(?:many\s+|some\s+)?(?:minutes|hours|days|weeks|months|years|decades|centuries)\b|`,
      String.raw`\b(?:half\s+an?|an?\s+half)\s+(?:hour|day|week|month|year|century)\b`,
    ]),
    seasons: re([
      String.raw`\b(?:in|during|by|until|since|this|next|last|coming|past|early|late|mid)\s+(?:the\s+)?`,
      String.raw`(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\b|`,
      String.raw`\b(?:this|next|last|coming|past|the\s+new)\s+(?:school\s+|academic\s+|financial\s+|fiscal\s+)?`,
      String.raw`(?:season|year|quarter|term|semester)\b|`,
      // "after the summer holidays", "before the Christmas break": a holiday dates what follows it.
      String.raw`\b(?:after|before|during|since|until|over)\s+the\s+(?:summer|christmas|easter|spring|autumn|winter)`,
      String.raw`\s+(?:holidays?|break|vacation)\b`,
    ]),
    clock: /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b/u,
    ordinals: {
      first: 1,
      second: 2,
      third: 3,
      fourth: 4,
      fifth: 5,
      sixth: 6,
      seventh: 7,
      eighth: 8,
      ninth: 9,
      tenth: 10,
      eleventh: 11,
      twelfth: 12,
      thirteenth: 13,
      fourteenth: 14,
      fifteenth: 15,
      sixteenth: 16,
      seventeenth: 17,
      eighteenth: 18,
      nineteenth: 19,
      twentieth: 20,
      'twenty-first': 21,
    },
    length: /\bhow long\b/,
    term: TERM_ASKED,
    caseAsked: /^when (?:may|must|can|should|shall|does (?:\p{L}+ ){1,4}have to)\b/u,
    // "At what time does the meeting start?": a time of day; not "what time period", "what time of year".
    clockAsked: /\b(?:what|which) time\b(?! (?:period|frame|span|zone|of (?:the )?year))|\bat what hour\b/,
    dayTime: re(
      [
        String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) o'clock\b|`,
        String.raw`\b(?:noon|midday|midnight|sunrise|sunset|dawn|dusk|morning|afternoon|evening|night)\b`,
      ],
      'u',
    ),
    caseMarker: /\b(?:if|unless|in case|provided that|in the event|insofar as)\b/,
    age: re([
      // "at the age of fourteen", "aged 12", "eight years old": the number in digits or words.
      String.raw`\b(?:(?:\d{1,3}|${AGE_WORDS})[- ]years?[- ]old|aged (?:\d{1,3}|${AGE_WORDS})|`,
      String.raw`at the age of (?:\d{1,3}|${AGE_WORDS})|age \d{1,3})\b|`,
      // "completed at a later age", "learnt at an early age": an age said against another's.
      String.raw`\bat an? (?:early|earlier|young|younger|late|later|old|older|advanced|tender) age\b|`,
      // "He died in 1824, when Ada was eight": an age said of the moment.
      String.raw`\bwhen [a-z]+ was (?:\d{1,3}|${AGE_WORDS})\b(?![ -]?(?:%|percent|per|degrees|million|thousand))`,
    ]),
    ageAt: /\bhow old\b.*\b(?:when|at the time)\b/,
    ageNow: /^how old (?:is|are)\b/,
    // "when I was 25 years old", "at the age of 16", "died … aged 77": an age at a moment gone by.
    ageThen: re([
      String.raw`\b(?:when [a-z]+ (?:was|were)|at the age of) (?:\d{1,3}|${AGE_WORDS})\b|`,
      String.raw`\b(?:died|dies|retired) [^.]*\bat (?:the )?age\b`,
    ]),
    parseDates: (text) => chrono.parse(text).map((r) => ({ index: r.index, text: r.text })),
  },
  sayingVerbs: new Set(
    list(
      'say says said saying tell tells told telling state states stated claim claims claimed warn warns',
      'warned announce announces announced explain explains explained add adds added argue argues argued',
      'note notes noted insist insists insisted confirm confirms confirmed deny denies denied call calls',
      'called describe describes described write writes wrote report reports reported suggest suggests',
      'suggested declare declares declared reply replied respond responded estimate estimates estimated',
      'remark remarks remarked comment comments commented observe observes observed point points pointed',
    ),
  ),
  speechNouns: new Set(
    list(
      'statement statements remark remarks comment comments speech speeches announcement announcements',
      'declaration declarations warning warnings claim claims',
    ),
  ),
  opinionVerbs: new Set(
    list(
      'think thinks thought believe believes believed feel feels felt mean means meant ask asks asked demand demands',
      'demanded write writes wrote report reports reported saying thinking claiming asking demanding writing',
      'reporting',
    ),
  ),
  attribution: ['according to', 'as reported by', 'said by', 'cited by', 'citing'],
  determiners: new Set(['the']),
  indefiniteArticles: ['a', 'an'],
  nameParticles: new Set(['the', 'of', 'for', 'and', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'der']),
  credits: new Set(['photo', 'image', 'picture', 'credit', 'illustration', 'video']),
  reportNouns: new Set(['reports', 'report', 'sources', 'intelligence', 'officials', 'estimates', 'estimate']),
  // A house number, a compass letter, the street's capitalised name and its kind, whole or cut short.
  streetAddress: new RegExp(
    String.raw`\b\d{1,5}[A-Za-z]?\s(?:[NSEW]\.?\s|(?:North|South|East|West)\s)?(?:\p{Lu}[\p{L}'’-]*\.?\s){1,3}` +
      String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Square|Sq|Highway|Hwy|` +
      String.raw`Parkway|Pkwy|Terrace|Court|Ct|Way)\b`,
    'u',
  ),
  addressNouns: new Set(['address', 'addresses']),
  roleOf: new Set(['of', 'to', 'for']),
  placePrepositions: new Set([
    'in',
    'at',
    'near',
    'from',
    'to',
    'into',
    'across',
    'outside',
    'inside',
    'throughout',
    'between',
  ]),
  exampleWords: new Set(['example', 'examples', 'instance', 'instances']),
  exampleMarkers: ['including', 'such as', 'for example', 'for instance', 'e.g.', 'like'],
  polarReplies: [
    'yes',
    'yeah',
    'yep',
    'no',
    'nope',
    'absolutely',
    'absolutely not',
    'certainly',
    'certainly not',
    'definitely',
    'definitely not',
    'of course',
    'of course not',
    'sure',
    'indeed',
    'not at all',
    'not really',
    'not yet',
  ],
  obligation: /\b(?:should|must|ought to|(?:has|have|had) to)\b/,
  rules: {
    asked: re([
      String.raw`^(?:can|could|may|must|should|need)\b|\b(?:allowed|permitted|required|obliged|forbidden|`,
      String.raw`prohibited|banned|legal|illegal|(?:have|has|had|need|needs) to)\b`,
    ]),
    stated: re([
      String.raw`\b(?:prohibited|forbidden|banned|illegal|allowed|permitted|only|unless|provided that|cannot|may not|`,
      String.raw`entitled|eligible|exempt|required|mandatory|compulsory|obligatory)\b|`,
      // "… applies mutatis mutandis to …", "… shall also apply to …": a rule's reach.
      String.raw`\bappl(?:y|ies) (?:mutatis mutandis|accordingly|correspondingly|equally)\b|\balso appl(?:y|ies)\b`,
    ]),
    conditional: /\b(?:if|as long as|so long as|insofar as)\b/,
    // "If the owner does not pay", "if no date is given", "where the owner fails to pay", "in the absence of".
    unmet: re([
      String.raw`\b(?:if|unless|as long as)\b(?:[ ,]+[^\s.;:?!]+){0,12}?[ ,]+`,
      String.raw`(?:not|no|never|without|cannot|can't|won't|isn't|aren't|doesn't|don't|didn't|lacks?|lacking)\b|`,
      String.raw`\bfails? to\b|\bfailed to\b|\bin the absence of\b`,
    ]),
    // "Does this also apply to …?", "Can it be published other than in the Gazette?": another case than the rule's.
    exception: re([
      String.raw`\b(?:exception|exceptions|except|derogate|derogation|depart|departs|unless|notwithstanding|also|too|`,
      String.raw`even|still|earlier|later|instead)\b|\b(?:other|otherwise) than\b`,
    ]),
    consequence: /^what (?:happens|happened|follows|applies)(?: (?:to|with|for) [^?]*?)? (?:if|when) ([^?]+)/,
  },
  intermediary: {
    asked: /\b(?:through|via|by way of|by means of) (?:which|what|whom)\b/,
    given: /\b(?:through|via|by way of|by means of|through the intermediary of)\b/,
  },
  recitals: {
    asked: {
      advice: /\b(?:advice|advised|advise|consulted)\b/,
      basis: /\b(?:based on|based|legal basis|basis)\b/,
      proposal: /\b(?:proposal|proposed)\b/,
    },
    opens: {
      advice: /^(?:having consulted|after consulting|having heard|after hearing)\b/,
      basis: /^having regard to\b/,
      proposal: /^on (?:the )?(?:proposal|recommendation) (?:of|from)\b/,
    },
  },
  penalty: {
    asked: /\b(?:penalty|penalties|punishment|punishments|punished|punishable|sanctions?)\b/,
    given: /\b(?:fines?|fined|imprisonment|imprisoned|prison|jail|detention)\b/,
  },
  // Between the verb and "whether", "if", "what", "how", "why" an object may stand ("asked the minister whether");
  // before the other wh-words only a pronoun, as after a noun they open a relative clause ("announced a new director
  // who …" names the director).
  reportedQuestion: new RegExp(
    String.raw`\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|(?:in|en)quir(?:e|es|ed|ing)|(?:wants?|wanted) to know|` +
      String.raw`announc(?:e|es|ed|ing)|unclear|not clear|unknown|not known|undecided)` +
      String.raw`(?:\s+(?:me|him|her|us|them|you|it|on \w+))?(?:\s+(?:which|who|whom|whose|where|when)|` +
      String.raw`(?:\s+the\s+\S+)?\s+(?:whether|if|what|how|why))\b`,
  ),
  kinship: {
    marriage: ['marry', 'married', 'marriage', 'wed', 'wedding', 'wife', 'husband', 'spouse', 'widow', 'widower'],
    friendship: ['friend', 'friends', 'friendship', 'befriend', 'befriended'],
    love: ['love', 'loved', 'lover', 'beloved'],
    founding: ['found', 'founded', 'founder', 'cofounder', 'establish', 'established'],
    teaching: ['teacher', 'teach', 'taught', 'student', 'pupil', 'mentor', 'protege', 'tutor'],
    // A parent's word says only that parent, or a child of theirs: "his mother" does not say who his father was, and
    // "X had three children" says what X is, not who X's father was ("child" is the stem of "children" too).
    fatherhood: ['father', 'parent', 'parents', 'son', 'daughter'],
    motherhood: ['mother', 'parent', 'parents', 'son', 'daughter'],
    offspring: ['child', 'children', 'son', 'daughter', 'parent', 'parents'],
    siblings: ['brother', 'sister', 'sibling', 'siblings'],
    uncle: ['uncle', 'nephew', 'niece'],
    aunt: ['aunt', 'nephew', 'niece'],
    succession: ['succeed', 'succeeded', 'successor', 'predecessor', 'replace', 'replaced'],
    meeting: ['meet', 'met'],
    membership: ['member', 'members', 'membership', 'join', 'joined'],
    collaboration: ['collaborate', 'collaborated', 'collaboration', 'colleague'],
    // "Who pays the costs?": a rule says who bears them ("at the expense of the owner", "borne by").
    payment: ['pay', 'pays', 'paid', 'expense', 'borne', 'bear', 'bears', 'reimburse', 'reimburses', 'reimbursed'],
  },
  measures: {
    temperature: {
      asks: ['hot', 'warm', 'cold'],
      units: ['degrees', 'degree', 'celsius', 'fahrenheit', '°', '°c', '°f'],
    },
    height: { asks: ['high', 'tall', 'deep'], units: ['metres', 'meters', 'metre', 'meter', 'm', 'feet', 'ft', 'km'] },
    distance: { asks: ['far'], units: ['kilometres', 'kilometers', 'km', 'miles', 'mile', 'metres', 'meters', 'm'] },
    weight: {
      asks: ['heavy'],
      // "a load of 20% body mass": papers give a weight as a share of the body's.
      units: [
        'kilograms',
        'kilos',
        'kg',
        'tonnes',
        'tons',
        'pounds',
        'lb',
        'grams',
        'g',
        '% body mass',
        '% body weight',
      ],
    },
    speed: {
      asks: ['fast'],
      units: [
        'km/h',
        'mph',
        'knots',
        'kilometres per hour',
        'miles per hour',
        'per hour',
        'minutes',
        'seconds',
        'hours',
      ],
    },
    // How big a thing is: its area, or its length for a thing one measures end to end ("21 millimetres"); how wide
    // or long ("How long is the bridge?": a copula after "long" asks no time).
    size: {
      asks: ['big', 'large', 'wide'],
      units: [
        ...['square', 'km²', 'm²', 'hectares', 'acres', 'sq', 'millimetres', 'millimeters', 'mm', 'centimetres'],
        ...['kilometres', 'kilometers', 'km', 'metres', 'meters', 'm', 'miles', 'feet', 'ft'],
      ],
    },
  },
  reasonMarkers: [
    'because',
    'because of',
    'due to',
    'owing to',
    'as a result of',
    'in order to',
    'so that',
    'so as to',
    'caused by',
    // "Measurements are hampered by interference", "a lack of prestige plagues the field": what holds a thing back
    // is why it fails or is scarce.
    ...['hampered', 'hampers', 'hindered', 'hinders', 'impeded by', 'impedes', 'plagued by', 'plagues'],
    // "What determines the distortion?": "The distortion depends on the mass".
    ...['depends on', 'depend on', 'depended on', 'determined by'],
    // "The stampede began when luggage tripped pilgrims, causing …": what set an event off, and what it led to.
    ...['began when', 'begun when', 'started when', 'broke out when', 'causing', 'triggered by', 'sparked by'],
    // "Delays often result from poor planning": what a thing comes from.
    ...['result from', 'results from', 'resulted from', 'stem from', 'stems from', 'stemmed from'],
    ...['arise from', 'arises from', 'arose from'],
    'the result of',
    'the cause',
    'thanks to',
    'in exchange for',
    'in response to',
    // "The strike was retaliation for an attack": what an act answers is why it was done.
    ...['in retaliation for', 'retaliation for', 'in revenge for', 'in protest against', 'as punishment for'],
    'the reason',
    'which is why',
    'therefore',
    // "since it rained", not "since 2019", "since then", "since March": those date a start.
    `since${NOT_A_DATE}`,
    'to prevent',
    'to avoid',
    'to help',
    'to protect',
    // News gives a cause as what came before: "was cancelled after the weather service issued a warning".
    `after${NOT_A_DATE}`,
    'died of',
    'died from',
    'dies of',
    // "fined for sending data abroad", "arrested for stealing": what one is punished or praised for.
    String.raw`for (?!(?:no|some|any|every)thing|morning|evening)[a-z]+ing`,
  ],
  // "Due to that, the religion was secretive.": the reason is what the sentence before said.
  reasonBack:
    /^(?:(?:due to|because of|owing to|as a result of|thanks to) (?:this|that|these|those|it)\s*[,;]|therefore\b)/,
  passiveParticiple: /^(?:[a-z]+ed|born|made|given|held|built|written|chosen|won|led|seen|taken)$/,
  progressive: /^[a-z]{3,}ing$/,
  nameJoiners: ['or', 'of', 'de', 'van', 'von', 'la', 'le', 'du', 'der'],
  copulas: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'means', 'refers', 'called', 'known']),
  lifeSpan: ['born', 'birth', 'die', 'died', 'death'],
  proposal: /\b(?:propos\w*|(?:ask\w*|want\w*)\s+(?:\S+\s+){0,3}to\s+marry|hand\s+in\s+marriage)\b/i,
  wedding: ['marry', 'married', 'marries', 'marrying', 'marriage', 'wed', 'wedded', 'wedding'],
  aboutWords: new Set(['about', 'regarding', 'concerning']),
  burial: ['bury', 'buried', 'burial', 'grave', 'cemetery', 'tomb', 'interred', 'entombed'],
  ageStatus: { words: new Set(['minor', 'minors', 'underage']), age: ['eighteen', '18'] },
  organsOf: new Map(),
  birth: ['born', 'birth'],
  deathPhrases: ['lost his life', 'lost her life', 'lost their lives', 'passed away', 'killed', 'killing'],
  sameTime: [
    ...['that same year', 'the same year', 'that year', 'later that year', 'earlier that year'],
    ...['the same day', 'that same day', 'that day', 'later that day', 'earlier that day'],
  ],
  qualifierEndings: ['an', 'ese', 'ish'],
  // "Lebanon" / "Lebanese", "Sudan" / "Sudanese".
  demonyms: { places: ['', 'a', 'ia', 'y', 'um', 'on'], people: ['', 'n', 'an', 'ian', 'ese', 'ish', 'i', 'ic', 's'] },
  irregularVerbs: EN_IRREGULAR_VERBS,
  phrasalParticles: new Set(['out', 'up', 'down', 'off', 'over', 'back']),
  subjectPronouns: new Set(['he', 'she', 'they', 'it']),
  // "didn't" folds to "didn t".
  negations: new Set(['not', 'never', 'no', 't', 'neither', 'nor']),
  demonstratives: new Set(['that', 'this']),
  contrasts: new Set(['while', 'whereas', 'but']),
  relativePronouns: new Set(['which', 'who', 'that', 'whom']),
  relativeAdverbs: new Set(['where', 'whereby', 'wherein', 'whose']),
  proVerbs: new Set(['do', 'does', 'did', 'done', 'doing']),
  catenatives: new Set(['help', 'helps', 'helped', 'helping']),
  possessives: new Set(['his', 'her', 'their', 'its']),
  pastCopulas: new Set(['was', 'were']),
  presentAuxiliaries: new Set(['does', 'do']),
  relativeTime: new Set(['before', 'after', 'following', 'until', 'prior']),
  possessorBefore: /(?:\p{L}['’]s?|\b(?:his|her|their|its|my|our|your))\s+$/iu,
  objectPronouns: new Set(['him', 'her', 'his', 'hers']),
  firstPerson: new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']),
  secondPerson: new Set(['you', 'your', 'yours', 'yourself', 'yourselves']),
  additive: new Set(['also', 'moreover', 'furthermore', 'additionally', 'besides', 'likewise', 'similarly']),
  naming: re([
    String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|often|usually|commonly|sometimes|now)\s+)?`,
    String.raw`(?:called|known as|termed|named|dubbed|referred to as)\s+(?:(?:an?|the)\s+)?["“‘']?§`,
  ]),
  defining: re(
    [
      // "'trade name' means …", "X shall mean …", "For the purposes of this Act, X means …", "X refers to …".
      String.raw`${DEFINED}\s+(?:means|mean|shall mean|refers to|refer to|denotes)\b(?!\s+that\b)|`,
      String.raw`${DEFINED}\s+(?:is|are|was|were|can be|may be|shall be)\s+(?:\p{L}+\s+)?defined\s+as\b|`,
      // A glossary line: "trade name: a name under which …;".
      String.raw`^(?:[a-z]\.|\(?[a-z0-9]+\)|\d+\.|[-•*])?\s*${DEFINED}\s*:\s*\S.*[;.]$`,
    ],
    'u',
  ),
  namedAs: re(
    [
      String.raw`§["”’']?\s*,\s*(?:(?:also|often|commonly|formerly|sometimes)\s+)?(?:known as|called)\b|`,
      String.raw`(?:,\s*|\b(?:also|often|commonly|formerly|sometimes)\s+)`,
      String.raw`(?:known as|called|termed|dubbed)\s+${DEFINED}|`,
      String.raw`\b(?:an?|the)\s+[a-z][a-z-]+\s+(?:called|named|termed|dubbed)\s+${DEFINED}|\bso-called\s+${DEFINED}|`,
      String.raw`\bthe\s+(?:term|word|notion|concept|phrase|expression)\s+`,
      String.raw`${DEFINED}\s+(?:is|was|refers|means|denotes)\b`,
    ],
    'u',
  ),
  namingParticiples: new Set(['called', 'known']),
  subordinators: new Set(['because', 'although', 'while', 'when', 'since', 'after', 'before', 'if', 'whether']),
  placeholderNouns: new Set(['thing', 'things', 'stuff']),
  meaningQuestion: MEANING_ASKED,
  demonstrativeOpening: /^(?:this|that|these|those|such)\b/,
  bracketGloss: /^\s*\((?:an?|the|those|that is|i\.e\.|also called|also known as|meaning)\s/iu,
  // Without an article one role only: "Murdoch, owner of …"; not "X, instead of …".
  roleApposition: re(
    [
      String.raw`^(?:(?:the|an?) (?:\p{Ll}[\p{L}-]* ){0,2}|`,
      String.raw`(?!(?:instead|because|ahead|out|regardless|one|some|most|all)\b))\p{Ll}[\p{L}-]{2,} of\b`,
    ],
    'u',
  ),
  conditionBack: /^(?:if|when|unless) (?:this|that|these|those|such)\b[^,;]+, /,
  crossRefs: {
    heading: /^(?:section|article|§)\s*(\d+[a-z]?)\.?\s*$/u,
    refs: [
      // "section 3(2)(b)", "sections 4 and 5", "§ 7"; not "Section 4.2" of a book's chapters.
      new RegExp(
        [
          String.raw`(?:\b(?:sections?|articles?)\s*|§§?\s*)(?<art>\d+[a-z]?(?:\s*(?:,|and|or|to)\s*\d+[a-z]?)*)`,
          String.raw`(?![.:]?\d)(?:\s*\((?<lid>\d+)\))?(?:\s*\((?<item>[a-z])\))?`,
        ].join(''),
        'gu',
      ),
      /\b(?:subsection|paragraph)\s*\((?<lid>\d+)\)(?:\s+of\s+the\s+(?<prev>preceding|previous)\s+section\b)?/gu,
      /\b(?:the\s+)?(?<prev>preceding|previous)\s+section\b/gu,
    ],
    external: /^\s*,?\s*(?:of|in)\s+(?!this\b)(?:the\s+)?\p{L}/u,
    whole: /\b(?:in (?:contravention|breach) of|contrary to|contravenes|an offence under) this (?:act|regulation)\b/u,
    derogation: /\b(?:notwithstanding|by way of derogation from|in derogation (?:of|from)|derogating from)\b/,
    carries: new RegExp(
      [
        String.raw`\b(?:the|a) (?:provisions?|requirements?|conditions?|prohibitions?)`,
        String.raw` (?:of|in|laid down in|set out in) (?:section|article|subsection|paragraph)\b`,
        String.raw`|\bgives? effect to (?:section|article)\b`,
        String.raw`|\bappl(?:y|ies) (?:mutatis mutandis|accordingly)\b`,
      ].join(''),
      'u',
    ),
  },
  asksConsequence: /^what (?:happens|happened|follows) (?:if|when)\b/,
  anaphoricOpening: /^(?:the (?:last|first) (?:one|two|three|four)|the (?:former|latter)|both|these|such)\b/,
  or: new Set(['or']),
  and: new Set(['and', 'but', 'while', 'whereas']),
  agentMarker: 'by',
  infinitiveMarker: 'to',
  transliteration: [],
  text: {
    refuse: "The articles don't cover this, so I can't answer it with a source.",
    refuseNames: (names) => `No article mentions ${names}, so I can't answer this with a source.`,
    differ: 'The sources give different figures; each is shown with who reports it:',
    several: 'The article gives these figures; each is shown with who reports it:',
    one: 'One figure is reported:',
    otherFigures: 'The articles also give these figures for them, without saying that:',
    statedFound: 'The figure asked about is given here:',
    statedOthers: 'Other figures:',
    statedNone: 'No article gives the figure asked about. They give:',
    according: (who) => `according to “${who}”`,
    noSource: 'no source named',
    quotes: 'From the articles:',
    also: 'Also:',
    published: (outlet, title) => `${outlet} dates “${title}”:`,
    overview: 'What the articles are about:',
  },
};
