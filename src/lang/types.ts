import type { IrregularVerbs } from './irregular.js';
/**
 * Everything Bron knows about one language, passed to the engine instead of baked into it (as MiniSearch takes
 * `tokenize` and `processTerm`). A third language is one more file shaped like `en.ts`. Word lists hold folded
 * forms: lowercase, diacritics removed (see `fold` in src/text/fold.ts).
 */
/** The dimensions a question of degree asks about (see LanguagePack.measures). */
export type Dimension = 'temperature' | 'height' | 'distance' | 'weight' | 'speed' | 'size';

/** How a measure's figure is written: see LanguagePack.measureFigures. */
export interface MeasureFigure {
  /** The units after its number: a dimension's (LanguagePack.measures), a share's (numbers.percent); none: any. */
  in?: Dimension | 'share';
  /** Words that say the measure next to its number: the noun, its forms, what the figure counts ("inhabitants"). */
  words: readonly string[];
  /** Units of `in` that say the measure alone, with no word beside them ("km²" an area, "km" no more than a length). */
  units?: readonly string[];
}

/** The relations whose words the packs list (see LanguagePack.kinship): between people, and who bears a cost. */
export type RelationFamily =
  | 'marriage'
  | 'friendship'
  | 'love'
  | 'founding'
  | 'teaching'
  | 'fatherhood'
  | 'motherhood'
  | 'offspring'
  | 'siblings'
  | 'uncle'
  | 'aunt'
  | 'succession'
  | 'meeting'
  | 'membership'
  | 'collaboration'
  | 'payment';

/** WordNet's parts of speech: noun, verb, adjective, adverb. */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

/** How precise a date a "when" question asks: "in what year", "which month", "op welke dag". */
export type TimePrecision = 'year' | 'month' | 'day';

export interface LanguagePack {
  /** ISO 639-1 code, as in the articles' front matter. */
  code: string;
  /** The language's name in itself, for messages ("Nederlands", "English"). */
  name: string;
  /** The language's name in English, for prompts ("Dutch"). */
  englishName: string;
  /** Snowball stem of a folded word. */
  stem(word: string): string;
  /**
   * Verbs that open a yes/no question ("did", "is", "heeft"): two in a row open no question, so the first was a
   * question word mistyped ("were did they go" is "where did they go").
   */
  auxiliaries: ReadonlySet<string>;
  /** Informal spellings a question is read as written out ("whats" → "what is"), before anything else. */
  shorthand: readonly (readonly [RegExp, string])[];
  /** Words that carry no content of their own: function words plus the question words below. */
  stopwords: ReadonlySet<string>;
  /** Words of one letter ("a", "I"): a capital letter standing alone is otherwise a label ("point B", "vitamin C"). */
  letterWords?: ReadonlySet<string>;
  /** "Is it true that …", "klopt het dat …": words that ask to check a claim, not part of the claim. */
  verification: RegExp;
  /** "Tell me about …", "vertel eens over …": a request for what the articles say of something; its words are form. */
  request: RegExp;
  /**
   * "How long", "hoe oud": group 1 is a word that belongs to the question word, not to what is asked about; group 2,
   * if the pack has one, a verb of the same form ("how long did it take").
   */
  degreeQuestion: RegExp;
  /**
   * "Wie riep dat, wanneer hij won?": a question word opening a clause inside the question, before its subject; the
   * words before it decide what is asked.
   */
  innerQuestion?: RegExp;
  /** "Op welke plaats eindigde X?", "what place did X finish": a rank asked, not a place, though "plaats" is one. */
  rankAsked: RegExp;
  /** A rank given, folded: an ordinal ("derde", "24ste", "third", "9th"); it answers what `rankAsked` asks. */
  rankGiven: RegExp;
  /** "In what year", "welke dag": the unit of time a "when" question names (captured), a word of its form. */
  timeUnitQuestion: RegExp;
  /** The words `timeUnitQuestion` captures that ask a date this precise ("datum": a day), the others none. */
  timePrecision: Readonly<Record<string, TimePrecision>>;
  /** "What was the score", "wat was de uitslag": asks for a result written as two numbers ("2 - 1", "76-74"). */
  scoreQuestion: RegExp;
  /** "What does SMAP stand for", "waar staat SMAP voor": asks what a short form is short for (captured, folded). */
  spelledOutQuestion?: RegExp;
  /**
   * "What percentage": asks for a share ("7%"), as a percent word does ("hoeveel procent", which counts it); the
   * words matched are the question's form.
   */
  shareQuestion: RegExp;
  /**
   * A question for a name ("What is the frog called?", "Hoe heet het paard?"): its naming words say how to answer, not
   * what about, and a unit that names something ("named X", "genaamd X") answers first.
   */
  nameQuestion: RegExp;
  /**
   * A question for a proper name by the word "name" ("What was his father's name?", "Hoe heette de boot?"), which a
   * capitalised word answers; "What do sociologists call it?" may ask a term ("culture shock").
   */
  properNameQuestion: RegExp;
  /**
   * A statute's provision giving its short title ("Dit besluit kan worden aangehaald als: …", "may be cited as"),
   * folded: it names the law asked of without saying anything else of it.
   */
  citesTitle: RegExp;
  /** Words that give a name: "named", "called", "known as"; "genaamd", "heet", "de naam". */
  namingWords: readonly string[];
  /** Marks a score as one on the way ("at half-time", "bij rust"), not the result. */
  interimScore: RegExp;
  /** Words a question starts with ("what", "wanneer"). */
  questionWords: ReadonlySet<string>;
  /** Frequent function words that tell this language apart in a short question (detection hints). */
  hints: ReadonlySet<string>;
  /** Whether the language glues words into compounds ("grensregio"), so a question word inside a longer word counts. */
  compounds: boolean;
  /**
   * Words that set the same bound on a figure, each set as a question asks it and as a text writes it: "hoe groot
   * minimaal" is answered by "ten minste 7 vierkante meter", "how long at minimum" by "at least two metres".
   */
  sameBounds: readonly (readonly string[])[];
  /**
   * The words that join an elliptic coordination ("waak- of heemhond", "land- en tuinbouw"): a word left open by a
   * hyphen before one of them shares the head of the word after it.
   */
  ellipsisJoiners?: ReadonlySet<string>;
  /**
   * A verbal noun's ending and its doer's: "wielrennen" is done by "renners" ("en" → "er"), so a compound naming an
   * activity the articles never write is found by its doers.
   */
  agentEnding?: readonly [string, string];
  /**
   * Endings that derive a word from a word ("-heid", "-lijk", "-ing"): no compound's head, though some are words
   * alone ("plechtigheden" is no "plechtig" + "heden", "strafrechtelijk" no "strafrechte" + "lijk").
   */
  derivationalEndings?: ReadonlySet<string>;
  /** Prefixes that derive a word from a word ("ver-", "ont-"): no compound's modifier, though "ver" is a word alone. */
  derivationalPrefixes?: ReadonlySet<string>;
  /** After an auxiliary the verb closes the clause ("Wie heeft de verkiezingen gewonnen?"), not follows it. */
  verbLast: boolean;
  /** The finite verb directly follows a question's first phrase ("In welk ziekenhuis overleed Galois?"). */
  verbSecond: boolean;
  /**
   * Suffixes that make a noun of a verb's stem ("staken" → "staking"): "wanneer staken ze" meets "de staking", and
   * "de sluiting" meets "sluit". Only suffixes that leave the stem whole; empty when the language has none such.
   */
  nominalSuffixes: readonly string[];
  /**
   * A verb stem's ending that its noun replaces ("repareren", stem "reparer" → "reparatie"): [verb's, noun's], as the
   * stemmer leaves them. Both ways, as with `nominalSuffixes`.
   */
  nominalEndings?: readonly (readonly [string, string])[];
  /** Suffixes that make a verb's stem the noun for who does it: "stak" + "er" ("stakers"). Empty when none such. */
  agentSuffixes: readonly string[];
  /**
   * A verb stem's ending and what replaces it in the noun for who does it ("demonstreer" → "demonstrant", "studeer"
   * → "student"): Latin verbs make their agents so. Empty when the stemmer joins them already (English).
   */
  agentEndings: readonly (readonly [string, string])[];
  /**
   * Endings of words borrowed from Latin or French, by a key every pack shares: English writes the `tion` ending
   * "-tion", Dutch "-tie". A word the lexicon does not translate ("concession") is looked for as the other language
   * writes it ("concessie"). Keys: tion, sion, ity, ism, ive, ical, ic, ary, ence.
   */
  loanEndings: Readonly<Record<string, string>>;
  /** Abbreviations a sentence does not end at ("st", "dr", "bijv"), folded, without their final dot. */
  abbreviations: ReadonlySet<string>;
  /**
   * Those of them that stand before a name ("dr", "dhr"): a sentence never ends at one, though a function word follows
   * ("Dhr. De Vries", "mevr. van Dijk"), where it may after others ("… in the U.S. The war …").
   */
  titles: ReadonlySet<string>;

  /**
   * A measure asked with "what is the" ("what is the population of", "wat is de oppervlakte van"): a figure, and not
   * a span of time ("5,000 years ago" gives no population).
   */
  measureNoun: RegExp;
  /**
   * "Hoe hoog was de boete", "how much is the fare": the noun whose amount is asked, right after the copula (group 1),
   * folded. A figure in a unit that does not write it is an amount of something else.
   */
  amountSubject?: RegExp;
  /**
   * The nouns (folded) a measure is asked by ("population", "fatality rate", "oppervlakte"), each with how its figure
   * is written and the words that say it beside the number: a figure of it is a number next to one of those.
   */
  measureFigures: Readonly<Record<string, MeasureFigure>>;
  /** "What is the capital of Tonga?": the noun a "what is the X of Y" question asks (group 1). */
  attributeAsked: RegExp;
  /**
   * "What is the Gazette of Antwerp?": "what is" and a phrase of up to six words, prepositions allowed; it asks what
   * the named thing is when every word it asks is a name ("the capital of Tonga" asks an attribute).
   */
  namedAsked: RegExp;
  /** "What school did they meet at?", "in welk ziekenhuis": the noun whose class "which N" asks (group 1). */
  classAsked: RegExp;
  /** What the question's wording asks for; the first rule that matches the folded question wins. */
  questionRules: readonly QuestionRule[];
  /**
   * A question word that asks how much as well as how many ("hoeveel"): before a singular noun it asks an amount
   * ("hoeveel schade", "hoeveel water"), before a plural a count. Undefined when the language has two words.
   */
  countOrAmount?: RegExp;
  /** The phrase a count question's counted noun phrase follows ("how many", "hoeveel"). */
  countPhrase: RegExp;
  /**
   * A verb phrase that makes its clause's figure one that did not happen, on folded text: "the death toll would have
   * been more than a thousand" (had it happened earlier). Unset where the form also reports what is alleged (Dutch
   * "zou … hebben gestolen").
   */
  counterfactual?: RegExp;
  /**
   * A noun that is the count of the word it is made with, global, group 1 that word: "death toll", "dodental"
   * ("Het dodental is opgelopen tot 45" counts deaths).
   */
  countNoun: RegExp;
  /** Words that count kinds of a thing ("types of", "soorten"): the thing after them is what is counted. */
  partitives: ReadonlySet<string>;
  /**
   * Words that count how often something happened ("how many times", "hoe vaak … keer"): the articles count the
   * event itself ("nine visits"), so the question's verb is counted too.
   */
  repetitions: ReadonlySet<string>;
  /**
   * Nouns for a body of people or things ("contingent", "groep"): "how large is the Belgian contingent" is answered
   * by what its members are counted as ("300 Belgian tourists").
   */
  collectives: ReadonlySet<string>;
  /** Nouns for people in general ("people", "mensen"): any plural noun after a number may count them ("3 workers"). */
  peopleWords: ReadonlySet<string>;
  /**
   * Nouns that ask for what someone does for a living ("profession", "beroep"): the articles answer with the trade
   * itself ("a painter"), so such a word is no content they must write.
   */
  occupationWords: ReadonlySet<string>;
  /**
   * Adverbs that say what holds as a rule ("usually", "generally", "meestal"): papers hedge a finding with any of
   * them, so the one asked meets the others ("usually leads to" over "generally leads to").
   */
  asARule: ReadonlySet<string>;
  /** After a number, a share of a group of people the speaker names by a pronoun: "(all fifteen) of us". */
  ofPeople: RegExp;
  /** The ending of a plural noun for people of one kind ("inwoners", "demonstranten", "residents", "workers"). */
  personPlural: RegExp;
  /**
   * Comparatives of adjectives, folded ("worse", "groter"): "how much worse", "hoeveel groter" asks a degree of
   * difference, not a count of anything.
   */
  comparatives: ReadonlySet<string>;
  /**
   * Nouns that count whatever the text is about ("14 individuals", "veertien man", "20 stuks"): after a number they
   * may count the asker's noun, as long as the sentence says the rest of the question.
   */
  counters: ReadonlySet<string>;
  /**
   * Verbs that only say "has this many" in a count question ("Hoeveel inwoners telt de stad?"), or "came to this much"
   * in one of degree ("how hot did it get"): part of the question's form, as "have" is, not something an answer must
   * say.
   */
  countVerbs: ReadonlySet<string>;
  /**
   * Verbs that only say where something is, an event is held or someone lives in a "where" question ("Waar ligt het
   * kasteel?", "where is it located", "waar werd de finale gespeeld", "waar woont de man"): no word an answer must
   * say, when the articles never write it.
   */
  placeVerbs: ReadonlySet<string>;
  /**
   * Verbs of little meaning of their own, as infinitives ("come" of "come out", "get", "komen" of "komt uit"): an
   * article says the same in its own verb ("follows on 24 April"), so they are no word an answer must say when the
   * articles never write them.
   */
  lightVerbs: ReadonlySet<string>;
  /**
   * "Who heads / leads / commands X?": verbs of leading (as infinitives), said as well by the noun of who leads
   * ("Director of X", "directeur van X") or by a phrase that puts a name in charge ("the crew under Captain Y",
   * "onder leiding van Y"): `under` matches it in a unit's text, a capital after it when the phrase alone is no role.
   */
  leading: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string>; under: RegExp };
  /**
   * "Who runs / provides X?", "Wie verzorgt X?": verbs of carrying out a task (as their forms), said as well by a
   * phrase that makes someone answerable for it ("is responsible for X", "is verantwoordelijk voor X"), folded.
   */
  carrying: { verbs: ReadonlySet<string>; responsible: RegExp };
  /**
   * A light verb's noun that makes one verb with it ("took *part*", "nam … *deel*"), captured in group 1: as the verb,
   * no word an answer must say when the articles never write it ("drew 9,000 runners").
   */
  lightPhrase: RegExp;
  /**
   * A word that only says how things turned out, captured in group 1 ("*ended* up becoming a writer", "werd
   * *uiteindelijk* schrijver"): the answer says how it came about, and need not write it.
   */
  outcome: RegExp;
  /**
   * A verb that only makes the participle after it a passive ("get introduced"), captured in group 1: the participle
   * says what happened, whether or not the articles write the helper ("introduced us"). Dutch has none: "raakten
   * gewond" is not "gewond" alone, and "werd" is a stop word.
   */
  passiveHelper?: RegExp;
  /**
   * "When will the referendum take place?", "Wanneer vindt het referendum plaats?": happening, said in words an
   * answer rarely repeats ("is to be held from November 20"); its captured words are no content of the question.
   */
  happens: RegExp;
  /** Words that ask a price ("cost", "paid", "kost", "betaalde"): an amount question's form, never what it counts. */
  priceWords: ReadonlySet<string>;
  /** A plural noun: the counted noun phrase ends with it ("how many fans were injured" counts fans). */
  pluralNoun: RegExp;
  /** Plurals written with an apostrophe ("foto's", "pagina's"), as Dutch does; English writes its possessive so. */
  apostrophePlurals?: boolean;
  /** A question asking for someone's words; group 1 holds the speaker ("what did the mayor say"). */
  speakerPhrase: RegExp;
  /**
   * A question whose question word is no object of the verb of saying: it asks to whom ("aan welke vriend schreef X",
   * "who did X write to") or who said it ("wie schreef X"), and the name the speaker phrase holds says no one's words.
   */
  notWordsAsked: RegExp;
  /**
   * Phrases asking for an overview of the articles ("what is this about", "wat is het nieuws"). Named groups mark a
   * subject written inside the phrase ("vat het artikel over Dvořák samen"): its words stay the question's subject.
   */
  overview: RegExp;
  /**
   * What happened to a thing ("what happened to", "wat is er gebeurd met"): a question about it, not an overview as
   * "What happened in the harbour?" is, unless only a name follows ("What happened to Marvona?").
   */
  happenedTo: RegExp;
  /**
   * "What role does X play", "welke rol speelt X": a question about X whose words "role" and "play" the articles need
   * not write ("met stilzwijgende steun van X"); captures those words.
   */
  roleQuestion: RegExp;
  /** Phrases asking when an article was published. */
  published: RegExp;
  /** Words asking about a publication (a journal, a paper, its authors): only then may a reference list answer. */
  publication: RegExp;

  numbers: NumberWords;
  time: TimeWords;
  /** Verbs of saying, all forms ("said", "zei"): a name near one is a speaker. */
  sayingVerbs: ReadonlySet<string>;
  /**
   * Nouns for words someone said ("statement", "uitspraak"), singular and plural: the articles tell them as often in
   * a verb of saying ("warned that", "zei dat").
   */
  speechNouns: ReadonlySet<string>;
  /**
   * Verbs that ask for someone's view, demand or report as a verb of saying asks for their words ("what does X think",
   * "wat vindt X", "wat schrijft de krant"): the question's form, not a word their statement must hold.
   */
  opinionVerbs: ReadonlySet<string>;
  /** Words that introduce whom a claim comes from ("according to", "volgens"), folded phrases. */
  attribution: readonly string[];
  /** Definite articles: "the organisers said", "de politie schat". */
  determiners: ReadonlySet<string>;
  /** Indefinite articles: "de Vellari: een bergvolk" says what the Vellari are. */
  indefiniteArticles: readonly string[];
  /** Lower-case words that may stand inside a name ("ministerie van Defensie", "Secretary of State"). */
  nameParticles: ReadonlySet<string>;
  /** Words that credit a photo ("beeld EPA", "Photo: AP"): the sentence is a caption. */
  credits: ReadonlySet<string>;
  /** Nouns for reports whose origin attributes a claim ("reports from the United States"). */
  reportNouns: ReadonlySet<string>;
  /** Prepositions before the name of a place ("in", "naar"). */
  placePrepositions: ReadonlySet<string>;
  /** Prepositions tying a role to the place or body it is held of ("mayor of", "ambassador to", "burgemeester van"). */
  roleOf: ReadonlySet<string>;
  /** A street address in the unfolded text ("317 S Detroit Ave.", "Kalverstraat 12"): a place, no preposition. */
  streetAddress: RegExp;
  /** Nouns that ask for a street address ("address", "adres"), folded: a unit giving one says it in any words. */
  addressNouns: ReadonlySet<string>;
  /** Words that give a cause or a purpose ("because", "omdat"); folded phrases, as regular expression source. */
  reasonMarkers: readonly string[];
  /**
   * A reason marker that opens a sentence and points back at what the sentence before said ("Due to that, …",
   * "Therefore …", "Daardoor …"): the sentence gives no reason of its own. Tested on the folded text's opening.
   */
  reasonBack: RegExp;
  /** Words a question asks for examples with ("examples", "voorbeelden"): the question's form, not its content. */
  exampleWords: ReadonlySet<string>;
  /** Words that introduce examples in a text ("including", "such as", "zoals"); folded phrases. */
  exampleMarkers: readonly string[];
  /**
   * Replies that open an answer to a yes/no question ("Absolutely.", "No, because …", "Nee, …"); folded phrases, read
   * only when a punctuation mark follows them ("No one came" opens no reply).
   */
  polarReplies: readonly string[];
  /**
   * Verbs of what must or should be done ("should", "must", "moet"), on folded text: a question asking what someone
   * should do is answered by a sentence that says what they must do, in the article's own modal.
   */
  obligation: RegExp;
  /**
   * A yes/no question that asks whether a rule allows, forbids or requires an act ("mag ik …", "is het verboden …",
   * "can I …", "am I allowed to …"), and the words by which a text permits, forbids or sets a condition ("verboden",
   * "toegestaan", "slechts", "tenzij"; "prohibited", "allowed", "only", "unless"), both on folded text. What a text
   * requires is `obligation`'s. `conditional`: the words of a plain condition ("indien", "if"), which may say what
   * the rule is as well as what else happens on it. `unmet`: a condition that something is not done or is lacking
   * ("indien … niet …", "… ontbreekt", "in gebreke blijven"; "if … not …", "fails to"), on folded text: the default
   * or fallback case that a question asking "what if … not" wants. `exception`: a question that asks for an exception
   * or another case than the rule's ("in afwijking", "uitzondering", "anders dan", "ook"; "exception", "otherwise
   * than", "also"), on folded text: a derogation may answer it, and need not go behind its rule. `consequence`: a
   * question asking what follows on a condition, the condition in group 1 ("wat gebeurt er met het loon als het
   * minimumloon omlaag gaat" → "het minimumloon omlaag gaat"; "what happens to … if …"), on folded text.
   */
  rules: { asked: RegExp; stated: RegExp; conditional: RegExp; unmet: RegExp; exception: RegExp; consequence: RegExp };
  /**
   * A question about a penalty ("welke straf", "what is the penalty") and the words of a rule's penalty clause
   * ("geldboete", "hechtenis"; "fine", "imprisonment"), both on folded text: the clause answers the question, though
   * a provision that forbids what it asks about says more of its words.
   */
  penalty: { asked: RegExp; given: RegExp };
  /**
   * How a statute was made, asked and told, by kind (advice, legal basis, proposal), on folded text: a question's
   * words ("wie adviseerde", "waarop berust", "which council advised", "based on") and the opening of the recital
   * that answers it ("Gehoord de …", "Gelet op …", "Op de voordracht van …"; "Having regard to …").
   */
  recitals: { asked: Readonly<Record<RecitalKind, RegExp>>; opens: Readonly<Record<RecitalKind, RegExp>> };
  /**
   * A question of the go-between something is done through ("via welke instantie", "through which agency") and the
   * words a text names one with ("door tussenkomst van", "via"; "through", "by way of"), on folded text.
   */
  intermediary: { asked: RegExp; given: RegExp };
  /**
   * A question that asks what something was done for ("Waarvoor staakten zij?", folded), and the preposition that
   * gives the purpose in the article's words ("hun staking, voor meer loon").
   */
  purpose?: { question: RegExp; marker: string };
  /**
   * A clause that reports a question or announces what it will answer without answering it: a verb of asking,
   * wondering or announcing before an interrogative complementizer ("asked whether", "wil weten of", "maakte bekend
   * welke"), on folded text. It echoes the question's words; the sentences after it in its paragraph answer.
   */
  reportedQuestion: RegExp;
  /**
   * What a question of degree measures and in what units the answer comes: "how hot" / "hoe warm" asks for
   * "37,8 graden", "how far" for kilometres. Keyed by dimension, the same keys in every pack, so an English question
   * meets a Dutch article's units. `asks`: the question's adjectives; `units`: unit words and symbols, folded.
   */
  measures: Readonly<Record<Dimension, { asks: readonly string[]; units: readonly string[] }>>;
  /**
   * Words for a relation between people (or for who bears a cost), per relation, the same keys in every pack, folded;
   * a relation and its converse share one ("uncle", "nephew"; "teacher", "student"): a unit that says any of them, in
   * any form, says the relation a question asks in another of them or in the other language ("bevriend" over "a close
   * friend of").
   */
  kinship: Readonly<Record<RelationFamily, readonly string[]>>;
  /** Copulas and apposition words a definition is made of ("is", "was", "zijn"). */
  copulas: ReadonlySet<string>;
  /** A participle after a copula makes a passive ("was born", "werd benoemd"): what happened, not what one is. */
  passiveParticiple: RegExp;
  /** A verb form after a copula that makes a continuous tense ("had been assisting"): what one did, not what one is. */
  progressive?: RegExp;
  /** Words inside a name between its capitalised words ("Otto or Jens", "Vincent van Gogh"); folded. */
  nameJoiners: readonly string[];
  /**
   * What a life span after a name says ("Jeanne Moreau (23 January 1928 – 31 July 2017)"): the words of being born
   * and dying, as a question would ask them ("born", "died", "geboren", "stierf").
   */
  lifeSpan: readonly string[];
  /**
   * The words of a burial ("buried", "grave", "begraven", "kerkhof"), folded: a life span tells no burial, so "Where is
   * X buried?" is answered only by a unit that writes one of them.
   */
  burial: readonly string[];
  /**
   * Nouns and adjectives of a legal age status ("minderjarige", "minor"), folded, and the age that draws its line as
   * a statute writes it ("nog niet de leeftijd van achttien jaren"): an asker's "minor" is said by the age.
   */
  ageStatus: { words: ReadonlySet<string>; age: readonly string[] };
  /**
   * A public body and the organs a law says act for it ("gemeente": "college", "burgemeester", "gemeenteraad"): a
   * citizen asks what the municipality does, the law says what its council or executive does.
   */
  organsOf: ReadonlyMap<string, readonly string[]>;
  /**
   * The words of a marriage as an event ("married", "wedding", "trouwde", "huwelijk"), folded: no spouse or kin noun.
   * "When did X marry?" is answered only by a unit that writes one of them, not by the date of another event of X.
   */
  wedding: readonly string[];
  /** A phrase that holds a word of marrying but asks another act, a proposal ("ten huwelijk vragen"). */
  proposal: RegExp;
  /**
   * Prepositions that make the noun after them what something is about ("the debate about the wedding", "de
   * vergadering over het huwelijk"), folded: an event named so is not the one whose time or place is asked.
   */
  aboutWords: ReadonlySet<string>;
  /** Of those, the words of being born: all a bracket with one date after a name says ("Dirk Frimout (Gent 1941)"). */
  birth: readonly string[];
  /**
   * Phrases that say someone died without a word of `lifeSpan` ("kwam om het leven", "lost her life"), folded: a unit
   * holding one speaks of dying as those words do.
   */
  deathPhrases: readonly string[];
  /** Phrases dating a sentence by the one before ("that same year", "on the same day", "in datzelfde jaar"), folded. */
  sameTime: readonly string[];
  /**
   * Endings of a place's name and of the name of its people or language, folded ("chin-a" / "chin-ese", "belg-ie" /
   * "belg-isch"): "China" in a question finds "Chinese" in the articles and back.
   */
  demonyms: { places: readonly string[]; people: readonly string[] };
  /**
   * Endings of an adjective made from a place's name as it stands before a role, folded ("Belg-ische president",
   * "Chil-ean president"); a surname's endings ("Peeters", "Jansen") are left out, for a name can stand there too
   * ("toen Peeters burgemeester werd").
   */
  qualifierEndings: readonly string[];
  /**
   * How a verb's stem takes its inflections when the stemmer leaves them apart, or absent when it does not: Dutch
   * "druk" (drukken) and "drukt", "drukte", "gedrukt". Endings after the stem, and the prefix of a participle.
   */
  verbForms?: {
    endings: readonly string[];
    participle: string;
    voiced?: readonly (readonly [string, string])[];
    /**
     * A verb's stem the stemmer leaves without its closing s when one of these ends it ("dans-en" → "dan", as "dans"
     * is stemmed): its forms are sought with the s back ("danst", "gedanst").
     */
    lostS?: RegExp;
    /** The present participle's ending on the verb's stem ("dur" + "end": "durende"), stemmed as the articles are. */
    present?: string;
  };
  /**
   * The parts of speech a question's word (`words[at]`, folded) may have there, for a pack with a synonym list by part
   * of speech (src/lang/synonyms.ts): "play" in "which role did Goode play" is a verb, no "drama".
   */
  partsOfSpeech?: (words: readonly string[], at: number) => readonly PartOfSpeech[];
  /** A regular verb's past tense as written ("lived", "arrived"), for a language that marks it by its ending alone. */
  regularPast?: RegExp;
  /**
   * An adjective's superlative, for a language that makes it with an ending: the base forms a word may be the
   * superlative of ([] when none), and a base's superlatives. A superlative asked in one language is looked for as a
   * superlative in the other ("grootste" → "large" → "largest"), which no dictionary lists.
   */
  superlative?: { basesOf(word: string): readonly string[]; of(base: string): readonly string[] };
  /**
   * Particles a verb sheds at the end of a clause ("Wanneer kondigde hij het aan?" for "aankondigen"): a question that
   * ends in one asks for the joined verb, which the articles write as "aangekondigd" or "aankondigen".
   */
  separableParticles?: ReadonlySet<string>;
  /**
   * Particles of a phrasal verb that makes a noun joined to it ("turned out" → "turnout", "laid off" → "layoff"):
   * "what was the turnout" is what "how many turned out" asks.
   */
  phrasalParticles?: ReadonlySet<string>;
  /** Endings of a finite verb ("kondigde", "zet"): the words of a clause its closing particle may belong to. */
  finiteVerb?: RegExp;
  /**
   * Endings of a regular past finite verb ("promoveerde"): a verb after "which N" in a verb-second language. Narrower
   * than finiteVerb: a present "-t" is left out, since nouns end so too ("welke bekende componist").
   */
  pastVerb?: RegExp;
  /** Words that open what may follow a verb's closing particle: "kondigde aan dat …", "kwamen bij in de regio". */
  afterParticle?: ReadonlySet<string>;
  /** Verbs whose forms the stemmer leaves apart ("viel" / "gevallen", "went" / "gone"): each form finds the others. */
  irregularVerbs?: IrregularVerbs;
  /** Personal pronouns that continue the subject of the sentence before ("he", "hij"). */
  subjectPronouns: ReadonlySet<string>;
  /** Words that deny the verb or noun beside them ("had not named", "benoemde geen opvolger"). */
  negations: ReadonlySet<string>;
  /** Pronouns that point at what the sentence before said: "Dat meldt de politie.", "That is according to …". */
  demonstratives: ReadonlySet<string>;
  /** Words that set one claim against another in a sentence ("while", "terwijl"): each side has its own source. */
  contrasts: ReadonlySet<string>;
  /** Words that open a relative clause after a comma ("which", "die"): "…, which police said drew 5,000 people". */
  relativePronouns: ReadonlySet<string>;
  /** Relative adverbs that open a clause about the word before them ("waaronder wordt verstaan", "whereby"). */
  relativeAdverbs: ReadonlySet<string>;
  /**
   * Forms of the verb that stands for any other ("Who had done something similar?"): it names no relation a unit must
   * say, which says it in its own verb.
   */
  proVerbs: ReadonlySet<string>;
  /**
   * The ending an adjective takes before its noun ("bekende studenten", "eerste echtgenoot"), where it takes one: such
   * a word before the noun says which, the noun says the relation.
   */
  attributiveEnding?: string;
  /** Verbs that take the next verb bare ("Who helped put it together?"): the relation is that next verb. */
  catenatives: ReadonlySet<string>;
  /** Possessive pronouns that, opening a sentence, speak of the subject before ("His father …", "Haar moeder …"). */
  possessives: ReadonlySet<string>;
  /**
   * A possessor just before a term, its end ("Gloria's eczema", "his travel ban", "haar eczeem"): the term names
   * someone's case of the thing, not what the thing is. Tested on the text before the term.
   */
  possessorBefore: RegExp;
  /** Copulas in the past tense ("was", "waren"): "What was the X?" asks what X came to in an event reported. */
  pastCopulas: ReadonlySet<string>;
  /**
   * Auxiliaries of the present tense ("does", "do"): "Where does X work?" asks what holds, not where an event took
   * place, so the verb after them names no event (a language whose present needs none has an empty set).
   */
  presentAuxiliaries: ReadonlySet<string>;
  /**
   * Words that date one event by another named after them ("the day before the liberation", "after he destroyed"):
   * a time beside them is of the other event, not of the one they name.
   */
  relativeTime: ReadonlySet<string>;
  /**
   * Pronouns for one person that a sentence's subject does not stand for ("proposed to her", "zijn mentor"): who they
   * are is named before.
   */
  objectPronouns: ReadonlySet<string>;
  /** First-person pronouns, any case or possessive: the writer or the one quoted speaks ("I", "my", "ik", "ons"). */
  firstPerson: ReadonlySet<string>;
  /** Second-person pronouns, any case or possessive: an interviewer's turn asks the one interviewed ("you", "uw"). */
  secondPerson: ReadonlySet<string>;
  /** Sentence openers that add to the sentence before ("Also", "Ook"): the pair is one answer. */
  additive: ReadonlySet<string>;
  /**
   * A sentence opening that points back at what the sentence before named ("The last two are …", "Deze werden …"):
   * such a sentence says its claim only with that one. Tested on the folded sentence.
   */
  anaphoricOpening: RegExp;
  /**
   * A condition on what the sentence before named, its consequence after it ("Wordt die wijziging … aangebracht, dan
   * is …", "If that change is made …, …"): it says what happens only with that sentence. Tested on the folded sentence.
   */
  conditionBack: RegExp;
  /**
   * How a provision of a law or a technical text is headed and refers to another of the same text (see
   * answer/cross-refs.ts). All tested on folded text.
   */
  crossRefs: CrossRefs;
  /** A question asking what happens if (or when) something is so ("Wat gebeurt er als …?"). Folded text. */
  asksConsequence: RegExp;
  /**
   * A sentence that gives a name to what it (or the sentence before) describes: "… is called §", "… wordt § genoemd",
   * tested on the folded sentence with the named word written "§". `demonstrativeOpening` ("This process …", "Dit
   * …"): such a sentence says what it names only with the one before.
   */
  naming: RegExp;
  /**
   * A sentence that defines its term as rules and glossaries write it: "Onder § verstaat deze wet …", "Onder § zijn …
   * begrepen", "'§' means …", "§ is defined as …", a glossary line "§: …;". Tested as `naming` is, on the folded
   * sentence with the term's words written "§".
   */
  defining: RegExp;
  /**
   * A sentence that gives the term as another name of what it speaks of: "…, also known as §", "a predictor called
   * §", "the term § refers to …", "the so-called §", "ook wel § genoemd", "het zogenaamde §". Tested as `naming`
   * is.
   */
  namedAs: RegExp;
  /**
   * Copulas that say a name only after another ("is called", "wordt … genoemd"): right after a term alone they are a
   * verb of their own ("X called on him to preach").
   */
  namingParticiples: ReadonlySet<string>;
  /**
   * Words that open a clause whose verb stands last, where `verbLast`: "die … de Volksunie werd" says what something
   * else became, not what the Volksunie is.
   */
  subordinators: ReadonlySet<string>;
  /**
   * Nouns that stand for whatever is meant ("things", "stuff", "spullen"): "welke spullen mag hij niet weigeren?" is
   * answered by the things named ("lijfgoed, beddegoed"), which the articles never call so. Folded.
   */
  placeholderNouns: ReadonlySet<string>;
  /**
   * "Wat wordt verstaan onder X?", "What is meant by X?", "What does X mean?": asks what X is, in words (captured)
   * the definition need not write.
   */
  meaningQuestion: RegExp;
  demonstrativeOpening: RegExp;
  /**
   * What a comma sets after a name to say whose (or what) it is: "Hu, the leader of the movement", "Jan, de zoon van
   * een molenaar". Tested on the text after the comma, as written: a capitalised word ("de provincie Limburg")
   * names something else.
   */
  roleApposition: RegExp;
  /** What a bracket right after a term opens with when it says what the term is: "realists (those who …)". */
  bracketGloss: RegExp;
  /** Words that join alternatives in a question ("or", "of"). */
  or: ReadonlySet<string>;
  /** Words that join two clauses of one sentence ("and", "en"): "Three were killed and 27 injured". */
  and: ReadonlySet<string>;
  /** Marks the agent of a passive ("by", "door"). */
  agentMarker: string;
  /** Marks an infinitive ("to", "te"): the word before it is a verb ("how many nurses plan to leave"). */
  infinitiveMarker: string;
  /**
   * Spelling variants across languages for names: pairs of letter groups read alike ("oe" in Dutch transliteration is
   * "u" in English: Gorbatsjov = Gorbachev). Applied to folded words to build a name key.
   */
  transliteration: readonly [string, string][];
  /** Fixed text Bron writes in this language. */
  text: Phrases;
}

export type AnswerKind =
  | 'count'
  | 'amount'
  | 'time'
  | 'age'
  | 'place'
  | 'person'
  | 'reason'
  | 'definition'
  | 'speech'
  | 'yesno'
  | 'manner'
  | 'other';

export interface QuestionRule {
  pattern: RegExp;
  kind: AnswerKind;
}

export interface NumberWords {
  /** Number words below a hundred ("three", "drie"). */
  units: Readonly<Record<string, number>>;
  /** Scale words that multiply the number before them ("thousand", "duizend"). */
  scales: Readonly<Record<string, number>>;
  /** Scales written short ("mln", "bn"), read only right after a number: alone they may be names ("BN-600"). */
  scaleSymbols: Readonly<Record<string, number>>;
  /** Words for an indefinite quantity ("dozens", "tientallen"). */
  vague: ReadonlySet<string>;
  /** Words joined to a number that make it the size of what follows ("a 400-strong crowd", "400-koppige"), folded. */
  sizeJoined: ReadonlySet<string>;
  /** Words before a number that say it is approximate or a bound ("about", "more than", "zo'n", "ruim"), folded. */
  approximate: readonly string[];
  /** Words that make a number a share ("percent", "procent"). */
  percent: ReadonlySet<string>;
  /** The word after a share that says what it is a share of ("12% of children", "40 procent van de leden"). */
  shareOf: ReadonlySet<string>;
  /** The word between a body and its size: "the crowd at 20,000", "a crowd of 20,000", "de menigte op 20.000". */
  sizeOf: ReadonlySet<string>;
  /**
   * Nouns for the people living somewhere, counted as a whole ("a population of about 750,000", "een inwonertal van
   * 19.500"): the number they are given counts people.
   */
  populations: ReadonlySet<string>;
  /**
   * Words right after a number that make it more of what an earlier number counted ("saved 200 more", "en 200
   * anderen"): it counts the earlier number's noun, not one the sentence names elsewhere.
   */
  more: ReadonlySet<string>;
  /**
   * The word between a count's old and new value ("from five to four seats", "van vijf naar vier zetels"): the first
   * number is where the count stood, the one after the word counts the noun now.
   */
  changeTo: ReadonlySet<string>;
  /**
   * A figure corrected in the same breath ("not 450 but 600 jobs", "niet 450 maar 600 banen"): the word that denies
   * the first number and the one that brings the second. The first counts nothing.
   */
  correction: { not: ReadonlySet<string>; but: ReadonlySet<string> };
  /** Words for none before a noun ("no deaths", "geen doden"): a count of zero of that noun. */
  none: ReadonlySet<string>;
  /**
   * Phrases, folded, whose last word is "one" made a count by the words before it ("only one study", "a single
   * case", "slechts één keer"): alone, "one" is mostly an article or a pronoun.
   */
  single: readonly string[];
  /**
   * Words for a count itself, given a size by a source ("put the number at 9,000", "schatte het aantal op 9.000"):
   * the count the sentence's figure for the asked noun gives.
   */
  tallies: ReadonlySet<string>;
  /**
   * Nouns a number after them numbers, folded ("section 3", "artikel 10", "Wave 4", "Figure 2"): the number names the
   * part, item or stage; it counts nothing ("how many sections" is not answered by "section 3").
   */
  labels: ReadonlySet<string>;
  /**
   * Words before a number that bound it, folded: from below ("more than", "meer dan") and from above ("not more than",
   * "niet groter dan", "ten hoogste"). A schedule's bracket up to a sum is not the one above it.
   */
  bounds: { above: readonly string[]; atMost: readonly string[] };
  /** Words for a part of a whole, a quantity before `shareOf`: "half of the pupils", "de helft van de jongeren". */
  fractions: ReadonlySet<string>;
  /**
   * Words that say how often, folded, with their count ("twice", "tweemaal"), and the words after which they compare
   * instead ("twice as many", "tweemaal zo groot"): they answer "how many times".
   */
  repeats: { words: Readonly<Record<string, number>>; comparing: ReadonlySet<string> };
  /** Words for money ("money", "geld"): an amount in a currency ("2 miljard euro", "$40") counts it. */
  money: ReadonlySet<string>;
  /**
   * The word a sign next to a digit stands for ("50%" says "procent", "€ 2 268" says "euro"): a question asking in
   * words meets a figure written with its sign.
   */
  signs: Readonly<Record<string, string>>;
  /** Compound number words written as one word ("drieduizend"): split into parts or undefined. */
  compound?(word: string): number | undefined;
  /** The word such a compound glues between a unit and a ten ("vier-en-twintig"), folded. */
  compoundJoiner?: string;
}

/** What a statute's recital tells of how it was made: on whose advice, on what legal basis, on whose proposal. */
export type RecitalKind = 'advice' | 'basis' | 'proposal';

export interface TimeWords {
  months: readonly string[];
  /** Months that are common words too, a month only when written with a capital: "in May", not "may stimulate". */
  capitalMonths?: ReadonlySet<string>;
  /** Words after which a four-digit number is a year ("in 1769", "sinds 1941", "anno 1530"). */
  beforeYear: ReadonlySet<string>;
  /**
   * A moment reckoned from an event, which does not say when the event was: a preposition of time, an article, then
   * within a few words the word that names the event, which the article's pattern matches (after "het" an infinitive:
   * "voor het in werking treden"; after "de" a noun in "-ing": "na de inwerkingtreding"; "before the signing"), folded.
   * Optional: without it, no moment is read so.
   */
  eventAnchor?: { prepositions: ReadonlySet<string>; articles: ReadonlyMap<string, RegExp> };
  /** Of `beforeYear`, the words after which a number before a plural noun counts it ("a survey of 1709 children"). */
  partitiveBeforeYear: ReadonlySet<string>;
  /**
   * Verbs of a quantity changing: a number after one of them and a `beforeYear` word is an amount it reached, no year
   * ("steeg tot 1240", "rose from 1100 to 1240"). Optional: without it, such a number reads as a year.
   */
  changeVerbs?: ReadonlySet<string>;
  /** Of `beforeYear`, those that give the amount after a verb of change ("to", "from", "by"; not "in"). */
  changeMarks?: ReadonlySet<string>;
  /** Words that join two years into a span ("1990 to 2004", "1998 tot 2003"): no amount reached. */
  spanJoiners?: ReadonlySet<string>;
  weekdays: readonly string[];
  /** Parts of a day a compounding language writes after a weekday as one word ("dinsdagavond"). */
  dayParts?: readonly string[];
  /** Units of a span of time ("years", "maanden"). */
  units: ReadonlySet<string>;
  /** Nouns for time of no unit ("hoeveel tijd", "what period"): counted, a span in any unit answers them. */
  spanNouns?: ReadonlySet<string>;
  /** Words for a century ("century", "eeuw"). */
  century: ReadonlySet<string>;
  /** Days named relative to today ("yesterday", "gisteren"). */
  relative: ReadonlySet<string>;
  /** After a span, what makes it a moment ("three days ago", "drie dagen later"). */
  ago: RegExp;
  /** Before a moment, what makes it the start or end of a span ("since 1990", "until 2030", "sinds de jaren 80"). */
  since: RegExp;
  /** A span said without a number ("for months", "half a year", "jarenlang", "anderhalf jaar"). */
  lasting: RegExp;
  /**
   * A season as a time ("in the autumn", "next summer", "in het najaar"), not the verb "fall" or "spring up"; also a
   * season or year of its own kind after a word that points to it ("this season", "na dit schooljaar").
   */
  seasons: RegExp;
  /** A time of day ("14.00 uur", "om 9 uur", "3am", "10:30 p.m."), folded: "when" is answered by it. */
  clock: RegExp;
  /** Ordinal words ("sixteenth", "zestiende") → number, for centuries written out. */
  ordinals: Readonly<Record<string, number>>;
  /** Words for an age ("old", "jarige"): "71 years old", "de 40-jarige". */
  age: RegExp;
  /** A question of the age someone had at an event ("How old was she when …", "Hoe oud was hij toen …"). */
  ageAt: RegExp;
  /** A question of an age now ("How old is X?", "Hoe oud is X?"): no age at an event answers it. */
  ageNow?: RegExp;
  /** An age at a moment gone by ("when I was 25", "op 77-jarige leeftijd"), folded text. */
  ageThen?: RegExp;
  /** A time question that may ask for a length instead ("how long is the river"): a measure answers it too. */
  length: RegExp;
  /**
   * A question of the term within which a thing must be done ("hoe snel moet de gemeente …", "how soon must I …"):
   * a span answers it ("binnen drie werkdagen"), not a date or a speed.
   */
  term?: RegExp;
  /**
   * A question of when a rule allows or requires a thing ("wanneer mag de boete lager worden gesteld?", "when may
   * the fine be lowered?"): it asks in which case as much as at what time, so a case (`caseMarker`) answers it too.
   */
  caseAsked?: RegExp;
  /** A clause that states a case ("indien", "ingeval", "unless", "in case"): no time, though it says when. */
  caseMarker?: RegExp;
  /** A question of the time of day ("hoe laat begint …", "at what time does …"): only a time of day answers it. */
  clockAsked?: RegExp;
  /** A time of day besides a `clock` ("zes uur", "'s avonds", "midnight", "at dusk"), folded. */
  dayTime?: RegExp;
  /** chrono-node's parser for this language, when it has one. */
  parseDates?(text: string): { index: number; text: string }[];
}

export interface Phrases {
  refuse: string;
  /** The question names what no article names ("“Amsterdam”", "“Kiev” and “Lviv”"). */
  refuseNames: (names: string) => string;
  /** Before figures that differ between articles. */
  differ: string;
  /** Before several figures one article gives ("14 of the 45 seats"): no disagreement between sources. */
  several: string;
  one: string;
  /** Before figures that count the same people or things but do not say what the question asks happened. */
  otherFigures: string;
  /** A question that checks a figure ("is it true that 10,000 …"): before the reports that give it … */
  statedFound: string;
  /** … before the others, and when no report gives it. No number: the answer states only what its quotes do. */
  statedOthers: string;
  statedNone: string;
  according: (who: string) => string;
  noSource: string;
  quotes: string;
  also: string;
  published: (outlet: string, title: string) => string;
  overview: string;
}

/**
 * A provision's heading and its references to other provisions of the same text: "Artikel 4" heads one, "in strijd
 * met artikel 4, eerste lid" and "het vorige artikel" refer; "artikel 3 van de Wet …" refers to another text.
 */
export interface CrossRefs {
  /** A line that heads a provision, its number in group 1: "artikel 5a", "section 3". */
  heading: RegExp;
  /**
   * References, global. Named groups: `art` the provisions' numbers ("5 of 5a"), `lid` the numbered paragraphs
   * (ordinal words or digits), `item` a lettered item, `prev` the provision before the referring one.
   */
  refs: readonly RegExp[];
  /** Tested on the text after a reference: it names another text ("…, van de Wegenverkeerswet"). */
  external: RegExp;
  /**
   * A reference to the referring text as a whole, which reaches each of its provisions: "in strijd met deze wet",
   * "overtreding van de in dit besluit gestelde verboden", "bij of krachtens deze wet". Its words name the provisions
   * it reaches, not what it says of them.
   */
  whole: RegExp;
  /**
   * A provision that departs from the ones it names ("In afwijking van artikel 3 …", "Notwithstanding section 4 …"),
   * on folded text: it repeats their words, and says what holds in its own case only.
   */
  derogation: RegExp;
  /**
   * A reference that carries the rule it names rather than pointing at it ("het in artikel 2 bepaalde", "geeft
   * uitvoering aan artikel 1", "de in het eerste lid genoemde eisen", "is van overeenkomstige toepassing", "the
   * requirements laid down in section 2"), on folded text: the provision says the referred one's words as its own.
   */
  carries: RegExp;
}
