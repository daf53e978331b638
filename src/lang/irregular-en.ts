import { type IrregularVerbs, irregularPlurals, irregularVerbs } from './irregular.js';

// Base, past, participle (and an irregular third person). Written by hand: the stemmer leaves the vowel change apart,
// and no kept library in the package lists was a fit. Auxiliaries are stop words and left out.
const ROWS = `
arise arose arisen
awake awoke awoken
-bear bore born borne
beat beaten
begin began begun
bend bent
bind -bound
bite -bit bitten
bleed bled
blow blew blown
break broke broken
breed bred
bring brought
build built
buy bought
catch caught
choose chose chosen
cling clung
come came
creep crept
deal dealt
dig dug
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed -fed
feel felt
fight fought
find found
flee fled
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go goes went gone
grind -ground
grow grew grown
hang hung
hear heard
hide hid hidden
hold held
keep kept
know knew known
-lay laid
lead led
leave -left
lend lent
-lie -lay lain
lose lost
make made
mean meant
meet met
pay paid
ride rode ridden
-ring rang rung
-rise -rose risen
run ran
say said
see -saw seen
seek sought
sell sold
send sent
shake shook shaken
shine shone
shoot shot
shrink shrank shrunk
sing sang sung
sink sank sunk
sit sat
sleep slept
slide slid
speak spoke spoken
spend spent
-spring sprang sprung
stand stood
steal stole stolen
stick stuck
strike struck stricken
swear swore sworn
sweep swept
swim swam swum
swing swung
take took taken
teach taught
-tear tore torn
tell told
think thought
throw threw thrown
wake woke woken
wear wore worn
weep wept
win won
-wind -wound
write wrote written
`;

/** "under" + "stood", "with" + "drew", "be" + "came", "over" + "took". */
const PREFIXES = ['under', 'over', 'with', 'fore', 'for', 'be', 'mis', 'out', 'up', 're'];

export const EN_IRREGULAR_VERBS: IrregularVerbs = irregularVerbs(ROWS, PREFIXES);

/**
 * Nouns whose plural Porter2 leaves apart from the singular: "women" / "woman", "spokesmen", "crises" / "crisis",
 * "wolves" / "wolf". Written by hand; "lives" and "leaves" stay out (also verbs), "bases" and "axes" (also plurals of
 * "base" and "axe").
 */
export const EN_IRREGULAR_PLURALS: ReadonlyMap<string, string> = irregularPlurals(`
child children
man men
woman women
foot feet
tooth teeth
mouse mice
goose geese
ox oxen
spokesman spokesmen
spokeswoman spokeswomen
chairman chairmen
gunman gunmen
policeman policemen
fireman firemen
fisherman fishermen
businessman businessmen
congressman congressmen
serviceman servicemen
statesman statesmen
craftsman craftsmen
countryman countrymen
tribesman tribesmen
militiaman militiamen
salesman salesmen
alderman aldermen
seaman seamen
gentleman gentlemen
wife wives
knife knives
wolf wolves
half halves
shelf shelves
thief thieves
calf calves
loaf loaves
crisis crises
analysis analyses
thesis theses
hypothesis hypotheses
diagnosis diagnoses
oasis oases
phenomenon phenomena
criterion criteria
bacterium bacteria
nucleus nuclei
fungus fungi
stimulus stimuli
index indices
matrix matrices
vertex vertices
`);
