import { type IrregularVerbs, irregularPlurals, irregularVerbs } from './irregular.js';

// Infinitive, present (third person), past (singular, plural), participle. Written by hand: no kept library lists
// Dutch strong and irregular verbs. Auxiliaries and modals are stop words and left out.
const ROWS = `
bakken bakt bakte bakten gebakken
barsten barst barstte barstten gebarsten
bederven bederft bedierf bedierven bedorven
bedriegen bedriegt bedroog bedrogen
beginnen begint begon begonnen
-bergen bergt borg borgen geborgen
bevelen beveelt beval bevalen bevolen
bewegen beweegt bewoog bewogen
bidden bidt -bad -baden -gebeden
bieden biedt bood -boden -geboden
bijten bijt beet beten gebeten
binden bindt bond bonden gebonden
blazen blaast blies bliezen geblazen
blijken blijkt bleek bleken gebleken
blijven blijft bleef bleven gebleven
braden braadt braadde braadden gebraden
breken breekt brak braken gebroken
brengen brengt bracht brachten gebracht
buigen buigt boog -bogen gebogen
denken denkt dacht dachten gedacht
doen doet deed deden gedaan
dragen draagt droeg droegen -gedragen
drijven drijft dreef dreven gedreven
dringen dringt drong drongen gedrongen
drinken drinkt dronk -dronken gedronken
duiken duikt dook doken gedoken
dwingen dwingt dwong dwongen gedwongen
eten eet -at -aten gegeten
fluiten fluit floot floten gefloten
gaan gaat ging gingen gegaan
gelden geldt gold golden gegolden
genezen geneest genas genazen
genieten geniet genoot genoten
geven geeft gaf -gaven gegeven
gieten giet goot goten gegoten
glijden glijdt gleed gleden gegleden
-graven graaft groef groeven gegraven
grijpen grijpt greep grepen gegrepen
hangen hangt hing hingen gehangen
heffen heft hief hieven geheven
helpen helpt hielp hielpen geholpen
heten heet heette heetten geheten
houden houdt hield hielden gehouden
jagen jaagt joeg joegen gejaagd
kiezen kiest koos kozen gekozen
kijken kijkt keek keken gekeken
klimmen klimt klom klommen geklommen
klinken klinkt klonk klonken geklonken
komen komt kwam kwamen gekomen
kopen koopt kocht kochten gekocht
krijgen krijgt kreeg kregen gekregen
krimpen krimpt kromp krompen gekrompen
kruipen kruipt kroop kropen gekropen
laden laadt laadde laadden geladen
laten -laat liet lieten gelaten
lezen leest las lazen gelezen
liegen liegt loog -logen gelogen
liggen ligt lag -lagen gelegen
lijden lijdt leed -leden -geleden
lijken lijkt leek leken geleken
lopen loopt liep liepen gelopen
meten meet -mat -maten gemeten
nemen neemt nam -namen genomen
-prijzen prijst prees prezen geprezen
-raden raadt raadde raadden geraden
rijden rijdt reed -reden gereden
rijzen -rijst rees rezen gerezen
roepen roept riep riepen geroepen
ruiken ruikt -rook -roken geroken
schelden scheldt schold scholden gescholden
schenken schenkt schonk schonken geschonken
scheppen schept schiep schiepen geschapen
scheren scheert schoor schoren geschoren
schieten schiet schoot schoten geschoten
schijnen schijnt scheen -schenen geschenen
schrijven schrijft schreef schreven geschreven
schrikken schrikt schrok schrokken geschrokken
schuiven schuift schoof schoven geschoven
slaan slaat sloeg sloegen geslagen
slapen slaapt sliep sliepen geslapen
sluipen sluipt -sloop -slopen geslopen
sluiten sluit sloot -sloten gesloten
smelten smelt smolt smolten gesmolten
snijden snijdt sneed sneden gesneden
spreken spreekt sprak spraken gesproken
springen springt sprong sprongen gesprongen
staan -staat stond stonden gestaan
steken steekt stak -staken gestoken
stelen steelt stal -stalen gestolen
sterven sterft stierf stierven gestorven
stijgen stijgt steeg stegen gestegen
strijden strijdt streed streden gestreden
treden treedt trad traden getreden
treffen treft trof troffen getroffen
trekken trekt trok trokken getrokken
vallen valt viel vielen gevallen
vangen vangt ving vingen gevangen
varen -vaart -voer -voeren gevaren
vechten vecht vocht vochten gevochten
verdwijnen verdwijnt verdween verdwenen
vergeten vergeet vergat vergaten
verliezen verliest verloor verloren
vinden vindt vond vonden gevonden
vliegen vliegt vloog vlogen gevlogen
-vragen vraagt -vroeg vroegen gevraagd
vriezen vriest vroor vroren gevroren
-wegen weegt woog -wogen gewogen
werpen werpt wierp wierpen geworpen
werven werft wierf wierven geworven
weten weet wist wisten -geweten
-wijken wijkt -week -weken geweken
wijzen wijst wees -wezen -gewezen
winnen wint won wonnen gewonnen
zeggen zegt zei zeiden gezegd
zenden zendt zond -zonden gezonden
zien ziet zag zagen gezien
zingen zingt zong zongen gezongen
zinken zinkt zonk zonken gezonken
zitten zit zat zaten gezeten
zoeken zoekt zocht zochten gezocht
zwemmen zwemt zwom zwommen gezwommen
zweren zweert zwoer zwoeren gezworen
zwijgen zwijgt zweeg zwegen gezwegen
`;

/** Particles and prefixes a verb takes: "aan" + "gehouden", "over" + "leed" (overlijden), "ont" + "stond". */
const PREFIXES =
  'aan af bij door in mee na om op terug toe uit weg neer los samen tegen be ver ont her er mis over onder voor'.split(
    ' ',
  );

export const NL_IRREGULAR_VERBS: IrregularVerbs = irregularVerbs(ROWS, PREFIXES);

/**
 * Nouns whose plural changes the vowel or ends in "-eren": "Hoeveel leden" finds "een lid", "children" (kind) finds
 * "kinderen". Written by hand from Dutch grammar; the regular "-en" and "-s" plurals the stemmer handles.
 */
export const NL_IRREGULAR_PLURALS: ReadonlyMap<string, string> = irregularPlurals(`
lid leden
stad steden
schip schepen
kind kinderen
ei eieren
blad bladeren
volk volkeren
rund runderen
lam lammeren
kalf kalveren
lied liederen
been beenderen
gelid gelederen
hoen hoenderen
rad raderen
goed goederen
`);
