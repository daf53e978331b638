import { describe, expect, it } from 'vitest';
import { countsAnything, countsInOtherWords } from '../../src/answer/counts-in-other-words.js';
import { givesMeasure, givesShape } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';
import { isDictionaryWord } from '../../src/lang/lexicon.js';
import { isStopword, stem } from '../../src/text/analyze.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

/** Questions asked the way news readers ask them, over short hand-made Dutch news articles (no seed text). */
describe('a question asked in the words of the news', () => {
  const article = (title: string, date: string, body: string) => ({
    title,
    outlet: 'De Krant',
    date,
    language: 'nl',
    body,
  });
  const engine = engineWith('bron-news-questions-', {
    overstroming: article(
      'Dodental overstroming stijgt',
      '2024-11-01',
      'Het aantal doden door de overstroming in de regio Valmera is opgelopen tot 205, meldt de regionale overheid. ' +
        'Reddingswerkers zoeken nog naar tientallen vermisten.',
    ),
    kettingbotsing: article(
      'Kettingbotsing op de snelweg',
      '2024-10-12',
      'Bij een kettingbotsing op de A12 bij Dorpstad raakten zaterdagochtend zeker twaalf mensen gewond. ' +
        'De snelweg was urenlang afgesloten.',
    ),
    brand: article(
      'Grote brand in woonwijk',
      '2024-07-05',
      'Een grote brand heeft in de nacht van donderdag op vrijdag 15 woningen in de wijk Kanaalzijde verwoest. ' +
        'Niemand raakte gewond.',
    ),
    fabriek: article(
      'Chipfabriek sluit deuren',
      '2024-05-14',
      'De chipfabriek van Halvatec in Eindstad sluit eind dit jaar. ' +
        'Volgens de directie is de vraag naar chips te sterk gedaald.\n\n' +
        'De productie wordt verplaatst naar een vestiging in Maleisië.',
    ),
    museum: article(
      'Museum krijgt schilderij terug',
      '2024-03-09',
      'Het museum in Havenstad krijgt een gestolen schilderij terug. ' +
        'Het werk werd in 1998 gestolen en dook vorig jaar op bij een veiling in Londen.',
    ),
    staking: article(
      'Machinisten leggen werk neer',
      '2024-04-22',
      'Machinisten van het spoor leggen volgende week dinsdag het werk neer. De staking duurt 24 uur.',
    ),
    streekvervoer: article(
      'Streekvervoer ligt stil',
      '2024-04-28',
      'De chauffeurs van het streekvervoer staken op vrijdag 3 mei. Zij willen een hogere toeslag voor avonddiensten.',
    ),
    peiling: article(
      'Peiling over windmolens',
      '2024-09-02',
      'Bijna duizend inwoners deden mee aan het onderzoek van het bureau.',
    ),
    sporthal: article(
      'Nieuwe sporthal duurder',
      '2024-02-12',
      'De nieuwe sporthal in Dorpstad kost volgens de gemeente 4,2 miljoen euro. De oppositie rekent op € 5 miljoen.',
    ),
    zwembad: article(
      'Nieuw zwembad',
      '2024-01-30',
      'Het bad krijgt een wedstrijdbad van 25 meter. Zwemvereniging De Dolfijn, met 640 leden, gaat er trainen.',
    ),
  });

  it('finds two asked words in the compound they make, and "members" in "leden": "swimming club"', async () => {
    const a = await engine().ask('How many members does the swimming club have?');
    expect(a.figures?.map((f) => f.value)).toEqual([640]);
  });

  it('reads "er zijn doden gevallen" as "there were deaths": the verb is no word an answer must say', async () => {
    const a = await engine().ask('Hoeveel doden zijn er gevallen bij de overstroming?');
    expect(a.figures?.map((f) => f.value)).toEqual([205]);
  });

  it('reads "cause" of "how many deaths did X cause" as the count\'s form, in either language', async () => {
    for (const q of ['How many deaths did the flood cause?', 'Hoeveel doden veroorzaakte de overstroming?']) {
      const a = await engine().ask(q);
      expect(
        a.figures?.map((f) => f.value),
        q,
      ).toEqual([205]);
    }
  });

  it('takes no number of a road name ("A12") as a figure the question states or a word the corpus counts', async () => {
    const a = await engine().ask('Hoeveel mensen raakten gewond op de A12?');
    expect(a.figures?.map((f) => f.value)).toEqual([12]);
  });

  it('asks nothing with a form of an auxiliary or modal: "werden", "zouden", "moeten"', async () => {
    for (const w of ['werden', 'hadden', 'konden', 'zouden', 'moeten', 'mochten', 'willen'])
      expect(isStopword(w, 'nl'), w).toBe(true);
    const a = await engine().ask('Hoeveel woningen werden verwoest?');
    expect(a.figures?.map((f) => f.value)).toEqual([15]);
  });

  it('shows each figure with its qualifier, currency and what it counts, as the article writes them', async () => {
    const hurt = await engine().ask('Hoeveel mensen raakten gewond op de A12?');
    expect(hurt.answer).toContain('zeker twaalf mensen (12) —');
    const homes = await engine().ask('Hoeveel woningen werden verwoest?');
    expect(homes.figures?.map((f) => [f.text, f.noun])).toEqual([['15', 'woningen']]);
    expect(homes.answer).toContain('15 woningen —');
    const cost = await engine().ask('Hoeveel geld kost de sporthal?');
    expect(cost.figures?.map((f) => `${f.sign ?? ''}${f.text}${f.noun ? ` ${f.noun}` : ''}`)).toEqual([
      '4,2 miljoen euro',
      '€ 5 miljoen',
    ]);
    expect(cost.answer).toContain('€ 5 miljoen —');
  });

  it('reads "gaat", "naartoe", "heen" as the form of a "where to" question, not words an answer must say', async () => {
    for (const q of ['Waar gaat de productie naartoe?', 'Waar gaat de productie heen?']) {
      const a = await engine().ask(q);
      expect(a.citations[0]?.quote, q).toMatch(/verplaatst naar een vestiging in Maleisië/);
    }
  });

  it('corrects no verb form it knows into a word one letter away ("gevonden" is no typo of "gewond")', async () => {
    expect(isDictionaryWord('gevonden', 'nl')).toBe(true);
    // A word nld-eng translates through its base form: "staken" is no typo of "staat".
    expect(isDictionaryWord('staken', 'nl')).toBe(true);
    const a = await engine().ask('Waar werd het schilderij gevonden?');
    expect(a.citations.filter((c) => /gewond/.test(c.quote))).toEqual([]);
  });

  it('meets the noun Dutch makes of a verb and back: "wanneer staken ze" finds "de staking"', async () => {
    const verb = await engine().ask('Wanneer staken de machinisten?');
    expect(verb.grounded).toBe(true);
    expect(verb.citations.map((c) => c.articleId)).toContain('staking');
    const noun = await engine().ask('Wanneer is de staking in het streekvervoer?');
    expect(noun.citations[0]?.quote).toMatch(/streekvervoer staken op vrijdag 3 mei/);
  });

  it('counts what "het aantal doden" names before the number, also with nothing else asked', async () => {
    const a = await engine().ask('Hoeveel doden zijn er gevallen?');
    expect(a.figures?.map((f) => f.value)).toEqual([205]);
  });

  it('checks a stated figure against those the articles give, the figure itself no word to find', async () => {
    const a = await engine().ask('Klopt het dat er 300 doden zijn gevallen?');
    expect(a.figures?.map((f) => [f.value, f.asked])).toEqual([[205, false]]);
    expect(a.answer).toContain(pack('nl').text.statedNone);
    // One line says what was found: not also "Eén aantal wordt genoemd" above it.
    expect(a.answer.startsWith(pack('nl').text.statedNone), a.answer).toBe(true);
  });

  it('ends the counted noun phrase at a verb particle: "hoeveel inwoners deden mee"', async () => {
    const a = await engine().ask('Hoeveel inwoners deden mee?');
    expect(a.figures?.map((f) => f.value)).toEqual([1000]);
  });
});

/** Five events: three sentences, in two languages, give the dead and the injured in one sentence. */
describe('a sentence that counts twice', () => {
  const nl = (title: string, body: string) => ({ title, outlet: 'De Krant', date: '2024-10-12', language: 'nl', body });
  const engine = engineWith('bron-two-counts-', {
    treinongeluk: {
      title: 'Treinongeluk bij Marlo',
      outlet: 'De Krant',
      date: '2024-06-03',
      language: 'nl',
      body: 'Bij een treinongeluk bij Marlo zijn maandag twee reizigers omgekomen en veertien gewond geraakt, meldt de politie.',
    },
    'bus-crash': {
      title: 'Bus crash on mountain road',
      outlet: 'Daily Post',
      date: '2024-06-02',
      language: 'en',
      body: 'A tourist bus left the road near Castelno on Sunday. Three passengers were killed and 27 injured, police said.',
    },
    quake: {
      title: 'Earthquake strikes coastal province',
      outlet: 'The Courier',
      date: '2024-02-11',
      language: 'en',
      body:
        'A magnitude 6.4 earthquake struck the coastal province of Marvona early on Sunday, killing at least 37 ' +
        'people and injuring more than 200, officials said.',
    },
    kettingbotsing: nl('Kettingbotsing', 'Bij een kettingbotsing op de A12 raakten zaterdag twaalf mensen gewond.'),
    overstroming: nl('Overstroming', 'Het aantal doden door de overstroming in Valmera is opgelopen tot 205.'),
    hurricane: {
      title: 'Hurricane toll rises',
      outlet: 'The Courier',
      date: '2024-09-01',
      language: 'en',
      body: 'The death toll from the hurricane has risen to 61, officials said.',
    },
    storm: nl('Storm Orla', 'Het dodental door de storm is opgelopen tot 45. Duizenden huizen zitten zonder stroom.'),
  });

  it('counts, of two numbers in a sentence, the one whose own clause says what was asked: killed or injured', async () => {
    const cases: [string, number][] = [
      ['How many passengers were injured in the bus crash?', 27],
      ['How many passengers were killed in the bus crash?', 3],
      ['Hoeveel reizigers raakten gewond bij het treinongeluk?', 14],
      ['Hoeveel reizigers zijn omgekomen bij het treinongeluk?', 2],
    ];
    for (const [q, value] of cases) {
      const a = await engine().ask(q);
      expect(
        a.figures?.filter((f) => !f.related).map((f) => f.value),
        q,
      ).toEqual([value]);
    }
  });

  it('reads "killing 37 people and injuring more than 200": the dead, the injured, and no magnitude', async () => {
    // (The pile-up's twelve injured are also counted: no name tells the two events apart.)
    const cases: [string, number, number][] = [
      ['How many people were injured in the earthquake?', 200, 37],
      ['How many people died in the earthquake?', 37, 200],
    ];
    for (const [q, value, other] of cases) {
      const values = (await engine().ask(q)).figures?.map((f) => f.value) ?? [];
      expect(values, q).toContain(value);
      expect(values, q).not.toContain(other);
      expect(values, q).not.toContain(6.4);
    }
  });

  it('counts what a noun made with the counted word counts: "dodental", "death toll"', async () => {
    const cases: [string, number][] = [
      ['Hoeveel doden vielen er door de storm?', 45],
      ['How many deaths did the storm cause?', 45],
      ['How many deaths did the hurricane cause?', 61],
    ];
    for (const [q, value] of cases) {
      const a = await engine().ask(q);
      expect(
        a.figures?.map((f) => f.value),
        q,
      ).toEqual([value]);
    }
  });

  it('reads a particle before a word that follows a verb as the verb\'s: "kwamen om bij" is "omkomen"', async () => {
    const a = await engine().ask('Hoeveel reizigers kwamen om bij het treinongeluk?');
    expect(a.figures?.filter((f) => !f.related).map((f) => f.value)).toEqual([2]);
  });

  it('reads no number past "and" as counting the noun before it: "killed and 27 injured" counts no deaths', async () => {
    const a = await engine().ask('How many deaths were there in the bus crash?');
    expect(a.figures?.map((f) => f.value)).toEqual([3]);
  });

  it('reads the number of an identifier ("A12") as a name: no count of another road or event', async () => {
    const a = await engine().ask('Hoeveel mensen raakten gewond op de A12?');
    expect(a.figures?.map((f) => f.value)).toEqual([12]);
  });

  it('lists no figure of another event beside the one asked about, even as a related one', async () => {
    const a = await engine().ask('Hoeveel doden vielen er bij de overstroming?');
    expect(a.figures?.map((f) => f.value)).toEqual([205]);
  });
});

describe('a number with a noun of its own: "290 million euros for sending the personal data"', () => {
  const engine = engineWith('bron-own-noun-', {
    fine: {
      title: 'Regulator fines Zoomly',
      outlet: 'Brussels Ledger',
      date: '2025-09-18',
      language: 'en',
      body:
        'The regulator has fined the ride-hailing company Zoomly 290 million euros for sending the personal data ' +
        'of European drivers abroad.\n\nZoomly said it would appeal. The firm employs about 5,000 people in Europe.',
    },
  });

  it("counts no people by a word past the number's own noun and a function word", async () => {
    const a = await engine().ask('How many people does Zoomly employ in Europe?');
    expect(a.figures?.map((f) => f.value) ?? []).not.toContain(290_000_000);
    expect(a.citations[0]?.quote).toMatch(/5,000 people/);
  });
});

describe('words quoted the way Dutch papers quote: ",,Hij is snel.\'\'"', () => {
  const engine = engineWith('bron-dutch-quotes-', {
    aankoop: {
      title: 'Ajax haalt spits Rafael Silva',
      outlet: 'Sportkrant',
      date: '2026-07-03',
      language: 'nl',
      body:
        'Ajax heeft de spits Rafael Silva vastgelegd.\n\n' +
        "Trainer Jan Smit is blij met de komst van de spits. ,,Hij is snel en hij kan met beide benen scoren.''\n\n" +
        'Silva reist volgende week naar Amsterdam.',
    },
  });

  it('reads two commas as a quotation mark and a paragraph closing with two apostrophes as no heading', async () => {
    await expectFirstQuotes(engine(), [['Wat zei Smit over Silva?', /Hij is snel/]]);
  });
});

describe('a share of what is counted: "12% of children", "12 procent van de kinderen"', () => {
  const engine = engineWith('bron-share-of-', {
    trial: {
      title: 'Malaria vaccine trial',
      outlet: 'Journal of Tropical Medicine',
      date: '2024-02-14',
      language: 'en',
      body:
        'The vaccine was given to children in Mali.\n\n' +
        'Fever within two days of vaccination was the most common side effect, reported in 12% of children.',
    },
    griep: {
      title: 'Griepprik voor kinderen',
      outlet: 'De Krant',
      date: '2024-10-01',
      language: 'nl',
      body: 'De griepprik werd gegeven op scholen.\n\nBij 9 procent van de kinderen trad na de prik koorts op.',
    },
  });

  it('answers how many with the share, its percent sign against the number', async () => {
    const en = await engine().ask('How many children had fever after vaccination?');
    expect(en.answer).toMatch(/12% of children/);
    const nl = await engine().ask('Hoeveel kinderen kregen koorts na de griepprik?');
    expect(nl.figures?.map((f) => f.value)).toContain(9);
  });
});

describe('a share of what is counted, said first: "Van de ondervraagde scholieren slaapt 52 procent …"', () => {
  const engine = engineWith('bron-share-fronted-', {
    slaap: {
      title: 'Scholieren slapen te weinig',
      outlet: 'De Krant',
      date: '2025-09-22',
      language: 'nl',
      body: 'Het onderzoek liep een jaar.\n\nVan de ondervraagde scholieren slaapt 52 procent te weinig.',
    },
    nurses: {
      title: 'Nurses under pressure',
      outlet: 'Health Weekly',
      date: '2025-03-02',
      language: 'en',
      body:
        'The survey ran for a month.\n\nOf the nurses surveyed, 38% said they plan to leave the profession.\n\n' +
        'Half of the hospital’s doctors signed the letter.',
    },
  });

  it('counts the share for the noun it opens with', async () => {
    const nl = await engine().ask('Hoeveel scholieren slapen te weinig?');
    expect(nl.figures?.map((f) => f.value)).toEqual([52]);
    const en = await engine().ask('How many nurses plan to leave the profession?');
    expect(en.figures?.map((f) => f.value)).toEqual([38]);
  });

  it('answers how many with a part said in words: "Half of the doctors"', async () => {
    await expectFirstQuotes(engine(), [['How many doctors signed the letter?', /Half of the hospital’s doctors/]]);
  });

  it('reads no part of a possessive’s noun as a part of its owner: "two-thirds of a nurse’s shifts"', () => {
    const stats = CorpusStats.fromArticles([{ id: 'n', language: 'en', body: 'Nurses work shifts.' }]);
    const q = analyse('How many nurses work nights?', stats);
    expect(countsInOtherWords('Half of the nurses work nights.', 'en', q)).toBe(true);
    expect(countsInOtherWords('Two-thirds of a nurse’s shifts are nights.', 'en', q)).toBe(false);
  });

  it('counts people in the object of a verb in -ing: "killing 107 or more and wounding 238"; "ppl" is people', () => {
    const stats = CorpusStats.fromArticles([{ id: 'c', language: 'en', body: 'The crane fell. People were hurt.' }]);
    const q = analyse('how many ppl were hurt when the crane fell', stats);
    expect(q.counted.map((g) => g.id)).toEqual(['people']);
    expect(countsInOtherWords('The crane fell, killing 107 or more and wounding 238.', 'en', q)).toBe(true);
    expect(countsInOtherWords('The crane fell in 2015, the 12th such accident.', 'en', q)).toBe(false);
  });

  it('counts people in a past verb\'s object and a population\'s size, past a bound: "killed more than 1,000"', () => {
    const stats = CorpusStats.fromArticles([{ id: 'c', language: 'en', body: 'The flu spread. People live here.' }]);
    const died = analyse('How many people had the flu killed by May?', stats);
    expect(countsInOtherWords('The flu has killed more than 1,000 as of May.', 'en', died)).toBe(true);
    expect(countsInOtherWords('The flu has travelled more than 1,000 km by May.', 'en', died)).toBe(false);
    const live = analyse('How many people live in Dorpstad?', stats);
    expect(countsInOtherWords('It has a population of about 750,000, the largest city.', 'en', live)).toBe(true);
    expect(countsInOtherWords('It covers an area of about 750 km.', 'en', live)).toBe(false);
    const nlStats = CorpusStats.fromArticles([{ id: 'd', language: 'nl', body: 'Mensen wonen in Dorpstad.' }]);
    const wonen = analyse('Hoeveel mensen wonen er in Dorpstad?', nlStats);
    expect(countsInOtherWords('Dorpstad heeft een inwonertal van ruim 19.500.', 'nl', wonen)).toBe(true);
    expect(countsInOtherWords('Dorpstad heeft een oppervlakte van ruim 19.500 hectare.', 'nl', wonen)).toBe(false);
  });

  it('reads a month asked in its short form too: "February" over "as of Feb. 10"', () => {
    const stats = CorpusStats.fromArticles([{ id: 'f', language: 'en', body: 'It spread by Feb. 10, 2020.' }]);
    const q = analyse('How many people had it killed by February 10, 2020?', stats);
    const forms = (id: string) => [...(q.groups.find((g) => g.id === id)?.forms.get('en') ?? [])];
    expect(forms('february')).toContain(stem('feb', 'en'));
    // Only a month: "general" is not written "Gen.", though the pack knows that abbreviation.
    const general = analyse('How many general strikes were held?', stats).groups.find((g) => g.id === 'general');
    expect([...(general?.forms.get('en') ?? [])]).not.toContain(stem('gen', 'en'));
    expect(general).toBeDefined();
  });

  it('needs no qualifier the articles never write after the number: "unfinished story openings"', () => {
    const body = 'The book has stories. There are seventy beginnings of stories without ends.';
    const stats = CorpusStats.fromArticles([{ id: 'b', language: 'en', body }]);
    const q = analyse('How many unfinished story openings does the book have?', stats);
    expect(q.counted.map((g) => g.id)).toEqual(['unfinished', 'story', 'openings']);
    expect(countsInOtherWords('There are seventy beginnings of stories without ends.', 'en', q)).toBe(true);
    // A qualifier the articles write must still follow: "seventy books" counts no stories.
    expect(countsInOtherWords('There are seventy books without ends.', 'en', q)).toBe(false);
  });

  it('reads "one" as a count when a word makes it one: "only one longitudinal study", "slechts één"', () => {
    const body = 'Six trials were run. Most trials were short; one trial was longitudinal.';
    const stats = CorpusStats.fromArticles([{ id: 't', language: 'en', body }]);
    const q = analyse('How many longitudinal trials were run?', stats);
    expect(countsInOtherWords('Most were short, with only one longitudinal trial.', 'en', q)).toBe(true);
    expect(countsInOtherWords('Most were short, with a single longitudinal trial.', 'en', q)).toBe(true);
    // "one" alone is mostly an article or a pronoun; nor does "only one" count a noun that does not follow it.
    expect(countsInOtherWords('Most were short; one longitudinal trial was run.', 'en', q)).toBe(false);
    expect(countsInOtherWords('Only one of them, a longitudinal trial, was run.', 'en', q)).toBe(false);
    const nl = CorpusStats.fromArticles([{ id: 'n', language: 'nl', body: 'Er waren proeven. Proeven duren lang.' }]);
    const dutch = analyse('Hoeveel proeven waren er?', nl);
    expect(countsInOtherWords('Er was slechts één proef.', 'nl', dutch)).toBe(true);
  });

  it('counts what the verb does of a whole: "how many of his first seven matches did X win"', () => {
    const body = 'Ravel won one of his first seven matches. The coach played seven matches and won one.';
    const stats = CorpusStats.fromArticles([{ id: 'w', language: 'en', body }]);
    const q = analyse('How many of his first seven matches did Ravel win?', stats);
    expect(q.counted.map((g) => g.id)).toEqual(['win']);
    const dutch = analyse('Hoeveel van zijn eerste zeven wedstrijden won Ravel?', stats);
    expect(dutch.counted.map((g) => g.id)).toEqual(['won']);
    // No partitive: the noun after the count phrase is counted.
    expect(analyse('How many matches did Ravel win?', stats).counted.map((g) => g.id)).toEqual(['matches']);
  });

  it('counts people in a number of a group named by a pronoun: "all fifteen of us"', () => {
    const stats = CorpusStats.fromArticles([
      { id: 's', language: 'en', body: 'The editorial staff met. People came.' },
    ]);
    const q = analyse('How many people are on the editorial staff?', stats);
    expect(countsInOtherWords('We brainstorm with the whole editorial staff; all fifteen of us.', 'en', q)).toBe(true);
    expect(countsInOtherWords('We brainstorm with the whole editorial staff for fifteen hours.', 'en', q)).toBe(false);
  });

  it('counts a qualified plural in other words: "how many safety faults" over "… 41 defects"', () => {
    const body = 'The inspection of the Norbridge ferry found 12 safety problems.';
    const stats = CorpusStats.fromArticles([{ id: 'f', language: 'en', body }]);
    const q = analyse('How many safety faults does the ferry have according to inspectors?', stats);
    expect(q.counted.map((g) => g.id)).toEqual(['safety', 'faults']);
    const text = 'The safety inspectors said that as of May 2024, the ferry has 41 defects.';
    expect(countsAnything(text, 'en', q)).toBe(true);
    expect(countsInOtherWords(text, 'en', q)).toBe(true);
    // A sentence that does not say the rest of the question counts something else.
    expect(countsInOtherWords('The safety inspectors visited 41 schools.', 'en', q)).toBe(false);
  });
});

describe('two figures in one paragraph, each with its own predicate', () => {
  const engine = engineWith('bron-own-predicate-', {
    race: {
      title: 'Heat at the city run',
      outlet: 'Runners Weekly',
      date: '2025-04-06',
      language: 'en',
      body:
        'The city run was won by a local teacher.\n\nAbout 17,000 runners took part in the race. Because of the ' +
        'warm weather, more than 40 runners were treated by medical staff.',
    },
  });

  it('gives no figure the predicate of the sentence beside it', async () => {
    const a = await engine().ask('How many runners were treated by medical staff?');
    expect(a.figures?.map((f) => f.value)).toEqual([40]);
  });
});

describe('a figure whose sentence names its source, not what the question names', () => {
  const engine = engineWith('bron-source-names-', {
    march: {
      title: 'Thousands march in Calmora against rents',
      outlet: 'Wire',
      date: '2025-04-12',
      language: 'en',
      body:
        'Thousands of people marched through Calmora on Saturday.\n\nPolice estimated the crowd at 20,000, while ' +
        'the organisers, the tenants’ union Casa Nova, said 80,000 people took part.',
    },
    betoging: {
      title: 'Betoging in Veldhaven',
      outlet: 'De Krant',
      date: '2025-05-03',
      language: 'nl',
      body:
        'In Veldhaven betoogden zaterdag duizenden mensen tegen de bezuinigingen.\n\n' +
        'Bij de betoging in Veldhaven schatte de politie de menigte op 5.000.',
    },
  });

  it('counts it for the place asked: the source and its apposition own no figure', async () => {
    const a = await engine().ask('How many people took part in the march in Calmora?');
    expect(a.figures?.map((f) => f.value)).toContain(80000);
  });

  it('counts a crowd’s size as people: "estimated the crowd at 20,000"', async () => {
    const a = await engine().ask('How many people marched in Calmora?');
    expect(a.figures?.map((f) => f.value).sort()).toEqual([20000, 80000]);
    expect(a.answer).toMatch(/20,000 — according to “Police”/);
    const nl = await engine().ask('Hoeveel mensen betoogden in Veldhaven?');
    expect(nl.figures?.map((f) => f.value)).toEqual([5000]);
  });
});

describe('a figure with a decimal comma: "18,5 miljoen euro, zegt het college"', () => {
  const engine = engineWith('bron-decimal-comma-', {
    bad: {
      title: 'Nieuw zwembad in Oudveen',
      outlet: 'De Krant',
      date: '2025-04-10',
      language: 'nl',
      body: 'Het nieuwe zwembad in Oudveen kost 18,5 miljoen euro, zegt het college.',
    },
    oppositie: {
      title: 'Oppositie twijfelt aan zwembad',
      outlet: 'Omroep Oost',
      date: '2025-04-11',
      language: 'nl',
      body: 'Het zwembad in Oudveen gaat meer kosten dan de 18,5 miljoen euro die het college noemt, zegt de oppositie.',
    },
  });

  it('sets no clause apart at the comma inside the number: the source after it is the figure’s', async () => {
    const a = await engine().ask('Hoeveel kost het zwembad in Oudveen?');
    const sources = a.figures?.map((f) => f.attribution);
    expect(sources).toHaveLength(2);
    for (const who of sources ?? []) expect(who).toMatch(/^(?:het )?college$/);
  });
});

describe('an overview of a corpus with several stories', () => {
  const day = (d: number) => `2025-06-${String(d).padStart(2, '0')}`;
  const story = (date: string, title: string, body: string) => ({ title, outlet: 'Wire', date, language: 'en', body });
  const engine = engineWith('bron-overview-stories-', {
    'norvex-1': story(
      day(9),
      'Norvex cuts jobs',
      'Chipmaker Norvex said on Monday it would cut 450 jobs in Veldhaven.',
    ),
    'norvex-2': story(
      day(8),
      'Norvex shares fall',
      'Shares of Norvex fell six percent after the company warned on sales.',
    ),
    'norvex-3': story(
      day(7),
      'Unions angry at Norvex',
      'The unions said the Norvex plan would hit young workers in Veldhaven.',
    ),
    bridge: story(
      day(3),
      'Kestrel Bridge reopens',
      'The Kestrel Bridge in Lindau reopened to traffic after two years of repairs.',
    ),
    festival: story(
      day(2),
      'Lumo festival sold out',
      'The Lumo music festival in Ardel sold all its 20,000 tickets in one day.',
    ),
  });

  it('shows one article per story before a second of any', async () => {
    const a = await engine().ask('What is this about?');
    expect(a.citations.map((c) => c.articleId)).toEqual(['norvex-1', 'bridge', 'festival', 'norvex-2']);
  });
});

describe('a count whose noun and verb the second clause leaves out: "seven seats and the Conservatives five"', () => {
  const engine = engineWith('bron-gapped-count-', {
    vote: {
      title: 'Council vote in Westmere',
      outlet: 'Herald',
      date: '2025-05-02',
      language: 'en',
      body: 'In Westmere the Liberal Democrats won seven seats and the Conservatives five.',
    },
    stemming: {
      title: 'Raadsverkiezing in Oudveen',
      outlet: 'De Krant',
      date: '2025-05-02',
      language: 'nl',
      body: 'In Oudveen haalde de VVD twaalf zetels en het CDA acht.',
    },
  });

  it('gives the name asked about its own number', async () => {
    const values = async (q: string) => (await engine().ask(q)).figures?.map((f) => f.value);
    expect(await values('How many seats did the Conservatives win in Westmere?')).toEqual([5]);
    expect(await values('How many seats did the Liberal Democrats win in Westmere?')).toEqual([7]);
    expect(await values('Hoeveel zetels haalde het CDA in Oudveen?')).toEqual([8]);
  });
});

describe('a count of a qualified noun: "How many measles cases …"', () => {
  const engine = engineWith('bron-qualified-count-', {
    post: {
      title: 'Measles outbreak in Harlow grows',
      outlet: 'Post',
      date: '2025-03-14',
      language: 'en',
      body: 'A measles outbreak in the town of Harlow has grown to 46 confirmed cases, the health authority said.',
    },
    tribune: {
      title: 'Extra clinics in Harlow',
      outlet: 'Tribune',
      date: '2025-03-18',
      language: 'en',
      body: 'Three extra clinics will open in Harlow this week as the number of measles cases rose to 58.',
    },
  });

  it('takes a participle before the noun as no other kind ("46 confirmed cases"), and the noun after its qualifier', async () => {
    const a = await engine().ask('How many measles cases are there in Harlow?');
    expect(a.figures?.map((f) => f.value).sort()).toEqual([46, 58]);
  });
});

describe('a count of none: "No deaths have been reported", "er vielen geen doden"', () => {
  const engine = engineWith('bron-none-counted-', {
    outbreak: {
      title: 'Measles in Harlow',
      outlet: 'Post',
      date: '2025-03-14',
      language: 'en',
      body: 'Nine children with measles have been admitted to hospital in Harlow. No deaths have been reported.',
    },
    ongeluk: {
      title: 'Ongeluk bij Oudveen',
      outlet: 'De Krant',
      date: '2025-03-15',
      language: 'nl',
      body: 'Bij het treinongeluk bij Oudveen vielen geen doden, meldt de politie. Wel raakten twaalf reizigers gewond.',
    },
  });

  it('reports zero, with its source, as it would a number', async () => {
    const en = await engine().ask('How many deaths from measles have there been in Harlow?');
    expect(en.figures?.map((f) => f.value)).toEqual([0]);
    const nl = await engine().ask('Hoeveel doden vielen er bij het treinongeluk bij Oudveen?');
    expect(nl.figures?.map((f) => [f.value, f.attribution])).toEqual([[0, 'politie']]);
  });

  it('reads "no" as none only before the counted noun', async () => {
    const a = await engine().ask('How many children with measles are in hospital in Harlow?');
    expect(a.figures?.map((f) => f.value)).toEqual([9]);
  });
});

describe('a birth or death asked of someone the articles only name', () => {
  const engine = engineWith('bron-life-unsaid-', {
    veld: {
      title: 'Tom Veld',
      outlet: 'Wiki',
      date: '2025-01-01',
      language: 'en',
      body:
        'Tom Veld (12 May 1950 – 3 June 2010) was a Dutch painter.\n\n' +
        'In 1980 he met the sculptor Karel Dekker in Paris, where the two shared a studio until 1984.',
    },
    harbour: {
      title: 'Winter at sea',
      outlet: 'Coast News',
      date: '2025-02-01',
      language: 'en',
      body: 'Many fishermen die at sea each winter, a report from 2019 says.',
    },
  });

  it('is refused, though a sentence names the person with a year and a place', async () => {
    expect((await engine().ask('When did Karel Dekker die?')).grounded).toBe(false);
    expect((await engine().ask('Where was Karel Dekker born?')).grounded).toBe(false);
  });

  it('is refused, though another unit says the event of others', async () => {
    const a = await engine().ask('In what year did Karel Dekker die?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it('is answered for the one the life span is of', async () => {
    const a = await engine().ask('When did Tom Veld die?');
    expect(a.citations[0]?.quote).toContain('3 June 2010');
  });
});

describe('a role asked of a name only other articles hold the role in', () => {
  const engine = engineWith('bron-role-elsewhere-', {
    storm: {
      title: 'Storm in Oosterhaven',
      outlet: 'Regio',
      date: '2025-02-10',
      language: 'nl',
      body: 'Burgemeester Ingrid Bakker van Oosterhaven sprak van de zwaarste nacht in vijftig jaar.',
    },
    zwembad: {
      title: 'Nieuw zwembad in Dalfsen',
      outlet: 'Stentor',
      date: '2025-04-10',
      language: 'nl',
      body: 'De gemeenteraad van Dalfsen stemde in met een nieuw zwembad van 18,5 miljoen euro.',
    },
  });

  it('is refused, not answered with another place’s holder', async () => {
    expect((await engine().ask('Wie is de burgemeester van Dalfsen?')).grounded).toBe(false);
  });

  it('is answered where the articles give it', async () => {
    const a = await engine().ask('Wie is de burgemeester van Oosterhaven?');
    expect(a.citations[0]?.quote).toContain('Ingrid Bakker');
  });
});

describe('a figure asked of a name, which another article gives of its own place', () => {
  const engine = engineWith('bron-figure-elsewhere-', {
    valdoro: {
      title: 'Valdoro',
      outlet: 'Guide',
      date: '2025-02-10',
      language: 'en',
      body: 'The population of the Valdoro metro area grew fast: the metro area population reached 4.4 million in 2014.',
    },
    merona: {
      title: 'Merona',
      outlet: 'Guide',
      date: '2025-02-10',
      language: 'en',
      body: 'Merona is the capital city of Tessaly with a metropolitan population of 3.7 million inhabitants.',
    },
  });

  it('is answered by the named place’s figure', async () => {
    const a = await engine().ask("What's the population of the Merona metro area?");
    expect(a.citations[0]?.quote, a.answer).toContain('3.7 million');
  });
});

describe('a date asked of a name, which only another article dates', () => {
  const engine = engineWith('bron-date-elsewhere-', {
    marlow: {
      title: 'Tobin Marlow',
      outlet: 'Encyclopedia',
      date: '2025-02-10',
      language: 'en',
      body: 'Tobin Marlow is an English actor. He went to a school in Exeter as a boy.',
    },
    vessant: {
      title: 'Pierre Vessant',
      outlet: 'Encyclopedia',
      date: '2025-02-10',
      language: 'en',
      body: 'Pierre Vessant taught at a school in Lyon. The school was founded in 1887 by monks.',
    },
  });

  it('is refused, not answered by the other article’s date', async () => {
    const a = await engine().ask("When was Marlow's school founded?");
    expect(a.citations, a.answer).toHaveLength(0);
  });
});

describe('a verb asked in the past, said by its noun: "staakten" → "de staking"', () => {
  const engine = engineWith('bron-verb-noun-', {
    bus: {
      title: 'Busvervoer ligt stil',
      outlet: 'De Krant',
      date: '2025-10-15',
      language: 'nl',
      body: 'Het busvervoer in de regio lag dinsdag stil.\n\nVolgens de bond deden 800 chauffeurs mee aan de staking.',
    },
    haven: {
      title: 'Staking in de haven',
      outlet: 'De Krant',
      date: '2025-10-16',
      language: 'nl',
      body: 'In de haven legden dinsdag havenarbeiders het werk neer.\n\nHet havenbedrijf spreekt van 300 stakers.',
    },
  });

  it('counts the figure the noun’s sentence gives', async () => {
    const a = await engine().ask('Hoeveel chauffeurs staakten?');
    expect(a.figures?.map((f) => f.value)).toContain(800);
  });

  it('counts those who did it, by the verb’s noun for them: "300 stakers"', async () => {
    const a = await engine().ask('Hoeveel havenarbeiders staakten?');
    expect(a.figures?.map((f) => f.value)).toEqual([300]);
    expect(a.answer).toMatch(/300 stakers — volgens “Het havenbedrijf”/);
  });
});

describe('a second figure in the next sentence, with the counted noun: "put the figure at 15,500 hectares"', () => {
  const engine = engineWith('bron-next-figure-', {
    fire: {
      title: 'Wildfire near Alvora',
      outlet: 'Southern Post',
      date: '2025-08-03',
      language: 'en',
      body:
        'A wildfire near Alvora has burned 12,000 hectares, according to the fire service. Satellite data put the ' +
        'figure at 15,500 hectares.\n\nTwo villages were evacuated.',
    },
  });

  it('lists it beside the first, with its noun', async () => {
    const a = await engine().ask('How many hectares has the fire burned?');
    expect(a.figures?.map((f) => f.value)).toEqual([12000, 15500]);
    expect(a.answer).toContain('15,500 hectares');
  });
});

describe('a size given after the asked noun: "een loonsverhoging van 6 procent"', () => {
  const engine = engineWith('bron-size-of-', {
    cao: {
      title: 'Bond wil meer loon',
      outlet: 'De Krant',
      date: '2025-10-15',
      language: 'nl',
      body: 'De onderhandelingen liepen vast.\n\nDe vakbond eist een loonsverhoging van 6 procent.',
    },
    sale: {
      title: 'Winter sale',
      outlet: 'Retail Weekly',
      date: '2025-01-03',
      language: 'en',
      body: 'The sale started on Monday.\n\nThe shop gives a discount of 20% on all coats.',
    },
  });

  it('counts the share as the noun’s size, with its percent word', async () => {
    const nl = await engine().ask('Hoeveel loonsverhoging eist de vakbond?');
    expect(nl.figures?.map((f) => f.value)).toEqual([6]);
    expect(nl.answer).toContain('6 procent');
    const en = await engine().ask('How much discount does the shop give on coats?');
    expect(en.figures?.map((f) => f.value)).toEqual([20]);
    expect(en.answer).toContain('20%');
  });
});

describe('a toll that rises over days, in two languages', () => {
  const engine = engineWith('bron-toll-', {
    beving1: {
      title: 'Zware aardbeving treft Zuid-Turkije',
      outlet: 'NOS',
      date: '2025-02-06',
      language: 'nl',
      body:
        'Bij een zware aardbeving in het zuiden van Turkije zijn zeker 120 mensen om het leven gekomen. Dat meldt ' +
        'de Turkse rampenbestrijdingsdienst AFAD.\n\nHonderden gebouwen zijn ingestort.',
    },
    beving2: {
      title: 'Dodental aardbeving Turkije loopt op',
      outlet: 'NU.nl',
      date: '2025-02-07',
      language: 'nl',
      body:
        'Het dodental van de aardbeving in Zuid-Turkije is opgelopen tot 340, meldt het Turkse ministerie van ' +
        'Binnenlandse Zaken.\n\nPresident Erdogan bezocht het getroffen gebied.',
    },
    quake: {
      title: 'Turkey earthquake: death toll passes 500',
      outlet: 'The Guardian',
      date: '2025-02-09',
      language: 'en',
      body:
        'The number of people killed in the earthquake in southern Turkey has risen to 512, according to Turkish ' +
        'officials, as rescue teams pulled more bodies from collapsed buildings.',
    },
    march: {
      title: 'Thousands march in Lisbon against housing costs',
      outlet: 'Reuters',
      date: '2025-04-12',
      language: 'en',
      body:
        'Tens of thousands of people marched through Lisbon on Saturday against rising rents.\n\n' +
        'Police estimated the crowd at 20,000, while the organisers said 80,000 people took part in the march in ' +
        'Lisbon.',
    },
    flood: {
      title: 'Villages evacuated as river floods',
      outlet: 'Valley News',
      date: '2025-05-02',
      language: 'en',
      body:
        'The river burst its banks on Thursday. The county fire service said about 2,300 people had been evacuated, ' +
        'while the regional authority put the number at 3,100.',
    },
  });

  it("lists every article's figure for the dead, each with its source, a count of the dead counting people", async () => {
    const a = await engine().ask('How many people died in the earthquake in Turkey?');
    expect(a.figures?.filter((f) => !f.related).map((f) => f.value)).toEqual([120, 340, 512]);
    expect(a.figures?.map((f) => f.attribution)).toEqual([
      'de Turkse rampenbestrijdingsdienst AFAD',
      'het Turkse ministerie van Binnenlandse Zaken',
      'Turkish officials',
    ]);
    // The source stands in the quote the figure is cited by.
    expect(a.citations[0]?.quote).toMatch(/Dat meldt de Turkse rampenbestrijdingsdienst AFAD/);
  });

  it('gives each figure the source on its side of "while", not the sentence\'s first', async () => {
    const a = await engine().ask('How many people took part in the march in Lisbon?');
    const organisers = a.figures?.find((f) => f.value === 80_000);
    expect(organisers?.attribution).toBe('the organisers');
  });

  it('reads "put the number at 3,100" as a second figure for the same count, with its own source', async () => {
    const a = await engine().ask('How many people were evacuated?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([
      [2300, 'The county fire service'],
      [3100, 'the regional authority'],
    ]);
  });

  it('counts no buildings by a number a count phrase gives to the people killed', async () => {
    const a = await engine().ask('How many buildings collapsed?');
    expect(a.figures?.map((f) => f.value) ?? []).not.toContain(512);
  });
});

describe('a question of degree: "hoe warm", "how fast", "how hot did it get"', () => {
  const engine = engineWith('bron-degree-', {
    hitte: {
      title: 'Hitterecord in Veldhoven',
      outlet: 'De Krant',
      date: '2025-06-28',
      language: 'nl',
      body:
        'In Veldhoven is zaterdag een temperatuur van 37,8 graden gemeten.\n\n' +
        'Volgens de meteoroloog is de hitte het gevolg van een hogedrukgebied dat warme lucht uit Spanje aanvoert.\n\n' +
        'Het museum van Veldhoven blijft open. Een kaartje kost 14 euro.',
    },
    phone: {
      title: 'Lumo phone review',
      outlet: 'Gadget Weekly',
      date: '2025-09-10',
      language: 'en',
      body:
        'The Lumo phone is fast and its screen is bright.\n\n' +
        'The phone charges from empty to full in 55 minutes with the charger, which is sold separately.',
    },
    beetle: {
      title: 'New beetle found on Mount Sorel',
      outlet: 'Nature Notes',
      date: '2025-05-02',
      language: 'en',
      body:
        'Genetic tests show that the beetle differs by more than 4 per cent from its closest relative.\n\n' +
        'The beetle, named Carabus sorelensis, measures 8 millimetres and has a green shell.',
    },
  });

  it('asks for a quantity: a sentence with the adjective and no number does not answer', async () => {
    const cases: [string, RegExp][] = [
      ['Hoe warm werd het in Veldhoven?', /37,8 graden/],
      ['How hot did it get in Veldhoven?', /37,8 graden/],
      // Nothing asked beside the measure: its unit is.
      ['Hoe warm werd het?', /37,8 graden/],
      ['How hot did it get?', /37,8 graden/],
      ['How fast does the Lumo phone charge?', /55 minutes/],
      ['Hoe duur is een kaartje voor het museum?', /14 euro/],
      // How big a thing is may be its length.
      ['How big is the beetle?', /8 millimetres/],
      ['Hoe groot is de kever?', /8 millimetres/],
    ];
    for (const [q, quote] of cases) {
      const a = await engine().ask(q);
      expect(a.citations[0]?.quote, q).toMatch(quote);
    }
  });

  it('refuses a temperature, speed or weight the articles never give, whatever other numbers they have', async () => {
    for (const q of ['How heavy is the Lumo phone?', 'Hoe zwaar is de kever?', 'Hoe warm is het in het museum?']) {
      const a = await engine().ask(q);
      expect(a.grounded, `${q} ${a.answer}`).toBe(false);
    }
  });
});

describe('a length asked: "how wide", "hoe lang is", a length in a number word', () => {
  const engine = engineWith('bron-length-', {
    comet: {
      title: 'Probe reaches comet',
      outlet: 'Science Weekly',
      date: '2026-03-02',
      language: 'en',
      body:
        'The probe was launched in March 2019. It will orbit the comet for eighteen months and photograph its ' +
        'surface with a camera built in Switzerland.\n\n' +
        'The comet, known as 88P/Hartley-West, is about four kilometres wide and travels faster than a rifle ' +
        'bullet. The mission cost 1.3 billion euros.\n\n' +
        'Because the comet is so far away, radio signals take 42 minutes to reach Earth.',
    },
    brug: {
      title: 'Opening nieuwe brug uitgesteld',
      outlet: 'Stadsblad',
      date: '2026-05-12',
      language: 'nl',
      body:
        'De opening van de brug is uitgesteld tot 2029. Dagelijks steken 40.000 fietsers het IJ over met de pont.\n\n' +
        'De brug wordt 500 meter lang en krijgt een doorvaarthoogte van 12 meter.',
    },
  });

  it('quotes the length, not a time; "how long" with no copula still asks a time', async () => {
    await expectFirstQuotes(engine(), [
      ['How wide is the comet?', /four kilometres wide/],
      ['Hoe lang wordt de brug?', /500 meter lang/],
      ['How long will the bridge be?', /500 meter lang/],
      ['How long do radio signals take to reach Earth?', /42 minutes/],
    ]);
  });
});

describe('a height or distance asked of a thing the articles give none of', () => {
  const engine = engineWith('bron-height-', {
    towers: {
      title: 'Two towers of the valley',
      outlet: 'Valley Post',
      date: '2026-02-11',
      language: 'en',
      body:
        'The old tower in Marbeck was finished in 1884 and draws 20,000 visitors a year.\n\n' +
        'The bell tower of Dunvale is 40 metres high and was rebuilt in 1921.',
    },
    fine: {
      title: 'Boete voor vervuiler',
      outlet: 'Stadsblad',
      date: '2026-04-02',
      language: 'nl',
      body: 'De boete voor de vervuiler in Oostveld is 12.000 euro, meldt de provincie.',
    },
  });

  it('refuses, though another thing’s height and the thing’s other numbers are given', async () => {
    for (const q of ['How tall is the tower in Marbeck?', 'How far is the tower in Marbeck from the coast?']) {
      const a = await engine().ask(q);
      expect(a.grounded, `${q} ${a.answer}`).toBe(false);
    }
  });

  it('answers the height given, and "how high" of an amount of money', async () => {
    await expectFirstQuotes(engine(), [
      ['How tall is the bell tower of Dunvale?', /40 metres high/],
      ['Hoe hoog is de boete voor de vervuiler?', /12\.000 euro/],
    ]);
  });
});

describe('an identifier asked about', () => {
  const nl = (title: string, body: string) => ({ title, outlet: 'De Krant', date: '2025-09-10', language: 'nl', body });
  const engine = engineWith('bron-identifier-', {
    x2: nl('Nieuwe telefoons', 'De Lumo X2 kost 549 euro. De batterij gaat twee dagen mee.'),
    x3: nl('Duurdere telefoon', 'De Lumo X3 kost 699 euro. Hij is er in 2 kleuren.'),
  });

  it('finds the phone the question names, not another model or a "2" in a sentence', async () => {
    for (const [q, quote] of [
      ['Wat kost de X2?', /X2 kost 549 euro/],
      ['Wat kost de X3?', /X3 kost 699 euro/],
    ] as const) {
      const a = await engine().ask(q);
      expect(a.citations[0]?.quote, q).toMatch(quote);
      expect(a.citations.map((c) => c.quote).join(' '), q).not.toMatch(q.includes('X2') ? /X3/ : /X2/);
    }
  });
});

describe("another name's figure in a paragraph that names the one asked about", () => {
  const engine = engineWith('bron-other-name-', {
    uitslag: {
      title: 'Uitslag gemeenteraad Veldhoven',
      outlet: 'De Krant',
      date: '2026-03-19',
      language: 'nl',
      body:
        'De opkomst was 51 procent.\n\n' +
        'De Groenpartij verloor drie zetels en houdt er vijf over. Stadsbelang bleef gelijk op zes zetels.',
    },
  });

  it('takes no figure from a sentence that names another party, only the next one naming the asked', async () => {
    const a = await engine().ask('Hoeveel zetels heeft Stadsbelang?');
    expect(a.figures?.map((f) => f.value)).toEqual([6]);
  });
});

describe('an indefinite pronoun in a question', () => {
  const engine = engineWith('bron-pronoun-', {
    budget: {
      title: 'Council approves budget',
      outlet: 'Gazette',
      date: '2026-02-26',
      language: 'en',
      body:
        'The council approved the budget on Wednesday.\n\n' +
        'Opposition leader Tom Greaves called the library closures "a disgrace".',
    },
  });

  it('asks nothing with "someone", "anyone": no word an answer says', async () => {
    for (const w of ['anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody'])
      expect(isStopword(w, 'en'), w).toBe(true);
    const a = await engine().ask('Did someone from the opposition criticise the closures?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/a disgrace/);
  });
});

describe('a figure that goes on in the next sentence', () => {
  const en = (body: string) => ({
    title: 'Council budget',
    outlet: 'Gazette',
    date: '2026-02-26',
    language: 'en',
    body,
  });
  const engine = engineWith('bron-continuation-', {
    harwick: en('Harwick council will close three libraries.\n\nIts population is now 41,000.'),
    milford: en('Milford council will close two libraries. Its grant from the government fell by £4 million.'),
    stanton: en("Stanton council will close three of the town's nine libraries in July."),
  });

  it('reads a number\'s noun past function words: "three of the town\'s nine libraries"', async () => {
    const a = await engine().ask('How many libraries will Stanton council close?');
    expect(a.figures?.map((f) => f.value)).toEqual([3, 9]);
  });

  it('takes no amount of money, nor a number of the next paragraph, as more of a count', async () => {
    for (const [q, value] of [
      ['How many libraries will Harwick council close?', 3],
      ['How many libraries will Milford council close?', 2],
    ] as const) {
      const a = await engine().ask(q);
      expect(
        a.figures?.map((f) => f.value),
        q,
      ).toEqual([value]);
    }
  });
});

describe('a question for a score: "what was the score", "wat was de uitslag", "how did the final end"', () => {
  const engine = engineWith('bron-score-', {
    netball: {
      title: 'Lakeside take Northern Netball League title',
      outlet: 'Yorkshire Post',
      date: '2025-06-02',
      language: 'en',
      body:
        'Lakeside are the new champions of the Northern Netball League. In the league final in Leeds, the unbeaten ' +
        'Lakeside side were far too strong for the holders, Bradford Belles, in front of a record crowd.\n\n' +
        'The final was a one-sided affair. Lakeside, champions for the first time since 2016, were ahead from the ' +
        'first whistle and won 58-41, with shooter Amy Clarke scoring 40 goals.\n\n' +
        'Bradford coach Helen Ward said her team had simply been beaten by a better side.',
    },
    handbal: {
      title: 'Handbalsters van Zwolle winnen bekerfinale',
      outlet: 'Stentor',
      date: '2025-04-13',
      language: 'nl',
      body:
        'De handbalsters van HV Zwolle hebben zondag in een uitverkochte sporthal in Almere de bekerfinale ' +
        'gewonnen. Tegenstander Westfriesland kon in de finale de snelheid van de Zwollese ploeg niet bijhouden, en ' +
        'de supporters van Zwolle vierden de bekerfinale tot diep in de avond.\n\n' +
        'Bij rust stond Zwolle al met 15 - 9 voor. In de tweede helft liep de ploeg van trainer Marieke Bos verder ' +
        'uit. Eindstand: 31 - 22.\n\n' +
        'Topscorer was Lotte Veenstra met negen doelpunten. Het is de eerste beker voor Zwolle sinds 2011.',
    },
  });

  it('quotes the result before the sentences that say more of the match without one', async () => {
    const cases: [string, RegExp][] = [
      ['What was the score in the Northern Netball League final?', /58-41/],
      ['Wat was de uitslag van de bekerfinale?', /31 - 22/],
      ['Hoe eindigde de bekerfinale?', /31 - 22/],
      ['How did the Northern Netball League final end?', /58-41/],
    ];
    await expectFirstQuotes(engine(), cases);
  });

  it('reads the verb of an event being held as the form of a "where" question ("gespeeld", "played")', async () => {
    const a = await engine().ask('Waar werd de bekerfinale gespeeld?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/sporthal in Almere/);
  });

  it('reads no date, span of years, time, share or score at half-time as a result', () => {
    for (const text of ['op 12-05-2024', 'van 1990-1995', 'van 20.30-22.00', 'groeide 10-20%', 'de A1-3'])
      expect(givesShape(text, 'nl', 'score'), text).toBe(false);
    expect(givesShape('Bij rust stond het 1 - 0.', 'nl', 'score')).toBe(false);
    // A name, then another for it in brackets, gives a name; a year in brackets is none.
    expect(givesShape('The Royal Library (Koninklijke Bibliotheek) opened a lab.', 'en', 'name')).toBe(true);
    expect(givesShape('The Royal Library (1798) opened a lab.', 'en', 'name')).toBe(false);
    expect(givesShape('At half-time it was 1-0.', 'en', 'score')).toBe(false);
    expect(givesShape('Ze wonnen met 3 - 0, onder aanvoering van Giba.', 'nl', 'score')).toBe(true);
    expect(givesShape('They won (2-1).', 'en', 'score')).toBe(true);
    // An encyclopedia's gloss names a thing in another language.
    expect(givesShape('The Meuse (French: Meuse; Dutch: Maas) is a river.', 'en', 'name')).toBe(true);
    expect(givesShape('The Meuse (925 km) is a river.', 'en', 'name')).toBe(false);
    expect(givesShape('Her second album, titled Lowlands, sold well.', 'en', 'name')).toBe(true);
    expect(givesShape('Haar tweede album, getiteld Laagland, verkocht goed.', 'nl', 'name')).toBe(true);
  });
});

describe('a verb of little meaning the articles never write: "come out", "komt uit", "get"', () => {
  const engine = engineWith('bron-light-verb-', {
    patch: {
      title: 'Starfall Tactics 1.4 adds co-op mode and a new map',
      outlet: 'PC Gamer Weekly',
      date: '2025-03-03',
      language: 'en',
      body:
        'Nova Forge Studios has released update 1.4 for its strategy game Starfall Tactics. The free update adds a ' +
        'two-player co-op mode and a new map called Frozen Reach.\n\n' +
        'A paid expansion, Shattered Moons, follows on 24 April. It will cost $19.99 and adds twelve new missions. ' +
        'Console versions for PlayStation 5 and Xbox Series X are planned for the autumn, the studio said.',
    },
    storm: {
      title: 'Storm Imogen hits Cornwall',
      outlet: 'BBC South West',
      date: '2025-01-12',
      language: 'en',
      body: 'Several roads were closed and all ferries to the Isles of Scilly were cancelled.',
    },
  });

  it('answers with the verb the article uses instead', async () => {
    const cases: [string, RegExp][] = [
      ['When does the expansion come out?', /follows on 24 April/],
      ['Wanneer komt de uitbreiding uit?', /follows on 24 April/],
      ['Which platforms will get console versions?', /PlayStation 5/],
      ['Were the ferries running?', /ferries to the Isles of Scilly were cancelled/],
    ];
    await expectFirstQuotes(engine(), cases);
  });

  it('still refuses what the articles do not say, whatever its verb', async () => {
    const a = await engine().ask('When does the movie come out?');
    expect(a.grounded).toBe(false);
  });
});

describe('a question for a price: "hoeveel kost", "hoeveel betaalde", "how much did … pay"', () => {
  const nl = (title: string, body: string) => ({ title, outlet: 'AD', date: '2025-07-21', language: 'nl', body });
  const engine = engineWith('bron-price-', {
    transfer: nl(
      'FC Utrecht haalt Deense spits Jensen',
      'FC Utrecht heeft de Deense spits Mikkel Jensen overgenomen van Brøndby IF. De 24-jarige aanvaller tekent ' +
        'een contract tot medio 2029. Met de transfer is ongeveer 4 miljoen euro gemoeid.\n\n' +
        'Jensen scoorde vorig seizoen 17 keer in de Deense competitie.',
    ),
    tennis: nl(
      'Contributie tennisclub omhoog',
      'De club telt ruim 600 leden.\n\n' +
        'In het voorjaar worden twee gravelbanen vervangen door kunstgras. Dat kost ongeveer 90.000 euro, waarvan ' +
        'de gemeente de helft betaalt.',
    ),
    aankoop: nl(
      'Ajax haalt Braziliaanse spits Rafael Silva',
      'Ajax heeft de Braziliaanse spits Rafael Silva vastgelegd. De 22-jarige aanvaller tekent een contract tot ' +
        'medio 2030.\n\n' +
        'Over de transfersom doen verschillende bedragen de ronde. Braziliaanse media schrijven dat Ajax 15 miljoen ' +
        'euro betaalt.',
    ),
  });

  it('quotes the amount of money, in the next sentence of the article that names what is asked', async () => {
    const cases: [string, RegExp][] = [
      ['Hoeveel betaalde Utrecht voor Jensen?', /4 miljoen euro/],
      ['Hoeveel kostte Jensen?', /4 miljoen euro/],
      ['How much did Utrecht pay for Jensen?', /4 miljoen euro/],
      ['Hoeveel kost het kunstgras?', /90\.000 euro/],
      // The price's paragraph names the buyer, the title the player: the names asked are checked apart.
      ['Hoeveel betaalt Ajax voor Rafael Silva?', /15 miljoen euro/],
    ];
    const answers = await expectFirstQuotes(engine(), cases);
    // Another paragraph's price is no answer: the artificial turf's is not Jensen's.
    for (const a of answers)
      if (a.question.includes('Jensen'))
        expect(a.citations.map((c) => c.quote).join(' '), a.question).not.toMatch(/kunstgras/);
  });
});

describe('a question for a price in a verb the articles never write: "hoeveel gaat … betalen"', () => {
  const engine = engineWith('bron-pay-', {
    ozb: {
      title: 'Gemeente verhoogt de OZB',
      outlet: 'De Krant',
      date: '2024-11-08',
      language: 'nl',
      body:
        'De gemeenteraad heeft de begroting aangenomen. Daarmee stijgt de OZB volgend jaar met 8 procent.\n\n' +
        'Voor een huishouden betekent dat een stijging van ongeveer 42 euro per jaar. De raad telt 37 leden.',
    },
  });

  it('reads the verb as a price word: the question asks an amount of money', async () => {
    await expectFirstQuotes(engine(), [['Hoeveel gaat een huishouden meer betalen?', /42 euro/]]);
  });
});

describe('words of the question\'s form the articles never write: "what percentage", "what happened to"', () => {
  const engine = engineWith('bron-share-', {
    tram: {
      title: 'Tram strike to halt services across Northfield on Friday',
      outlet: 'Northfield Echo',
      date: '2025-10-08',
      language: 'en',
      body:
        'Tram drivers in Northfield will walk out on Friday in a dispute over pay, the union Unite said on ' +
        'Wednesday.\n\nThe strike was called after drivers rejected a pay offer of 3.5% from operator CityLink. ' +
        "Unite is asking for 7%, saying drivers' wages have fallen behind inflation.",
    },
  });

  it('reads "what happened to" as the form of a question about a thing, not words an answer must say', async () => {
    const a = await engine().ask('What happened to the pay offer?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/drivers rejected a pay offer/);
  });

  it('reads "percentage" as the form of the answer, not a word it must say', async () => {
    const a = await engine().ask('What percentage are the drivers asking for?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/asking for 7%/);
  });

  it('reads a share in a sign or a word of either language, not a number alone', () => {
    for (const text of ['asking for 7%', 'steeg met 4,5 procent', 'rose 12 per cent'])
      expect(givesShape(text, 'en', 'share'), text).toBe(true);
    expect(givesShape('7 drivers, 12 percentages', 'en', 'share')).toBe(false);
  });
});

describe('a noun made of a verb with a separable particle: "omleiding" and "omgeleid"', () => {
  const engine = engineWith('bron-separable-', {
    a2: {
      title: 'A2 bij Weert drie weekenden dicht',
      outlet: 'De Limburger',
      date: '2025-06-20',
      language: 'nl',
      body:
        'Rijkswaterstaat sluit de A2 tussen Weert en Eindhoven vanaf vrijdag 4 juli drie weekenden lang af.\n\n' +
        'Verkeer wordt omgeleid via de A67 en Venlo. Volgens Rijkswaterstaat loopt de reistijd daardoor op met ' +
        'een half uur.',
    },
  });

  it('meets the participle with "ge" after the particle from the noun', async () => {
    const a = await engine().ask('Hoe loopt de omleiding?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/omgeleid via de A67/);
  });
});

describe('a count asked with a verb of consisting: "uit hoeveel … bestaat", "how many … does it consist of"', () => {
  const engine = engineWith('bron-consist-', {
    raad: {
      title: 'Nieuwe gemeenteraad geïnstalleerd',
      outlet: 'De Gelderlander',
      date: '2025-04-02',
      language: 'nl',
      body:
        'In Tiel is woensdag de nieuwe gemeenteraad geïnstalleerd. De raad heeft 27 leden, twee meer dan ' +
        'voorheen.\n\nDe commissie voor financiën heeft 9 leden uit zes partijen.',
    },
  });

  it("reads the verb as the count's form, in either language", async () => {
    await expectFirstQuotes(engine(), [
      ['Uit hoeveel leden bestaat de gemeenteraad?', /27 leden/],
      ['How many members does the council consist of?', /27 leden/],
    ]);
  });
});

describe('a number with a noun of its own before a verb and the asked noun', () => {
  const engine = engineWith('bron-own-noun-', {
    rechtszaak: {
      title: 'Celstraf voor oplichter die ouderen bestal',
      outlet: 'NOS',
      date: '2025-05-22',
      language: 'nl',
      body:
        'De rechtbank in Arnhem heeft een 34-jarige man uit Nijmegen veroordeeld tot vier jaar cel. Hij lichtte ' +
        'zeker twintig ouderen op.\n\nTwee medeverdachten krijgen later dit jaar een uitspraak.',
    },
  });

  it('reads "twee medeverdachten krijgen … dit jaar" as no count of years', async () => {
    const a = await engine().ask('Hoeveel jaar cel kreeg de oplichter?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toMatch(/vier jaar/);
    expect(a.answer).not.toMatch(/medeverdachten/);
  });
});

describe('a count of the dead said with a phrase of dying after the number', () => {
  const engine = engineWith('bron-dying-', {
    brand: {
      title: 'Brand in fabriek',
      outlet: 'NOS',
      date: '2025-03-01',
      language: 'nl',
      body:
        'Bij een brand in een fabriek in Tilburg kwamen zaterdag 12 mensen om het leven. Vier brandweerlieden ' +
        'raakten gewond.',
    },
  });

  it('counts "12 mensen … om het leven" as the dead, not the injured', async () => {
    const a = await engine().ask('Hoeveel doden vielen er bij de brand?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toMatch(/12 mensen om het leven/);
    expect(a.answer).not.toMatch(/Vier brandweerlieden/i);
  });
});

describe('dying said in other words: "verongelukt", "kwamen om het leven"', () => {
  const engine = engineWith('bron-dying-words-', {
    ongeval: {
      title: 'Twee doden bij ongeval op N14',
      outlet: 'De Krant',
      date: '2024-06-01',
      language: 'nl',
      body: [
        'Bij een ongeval op de N14 bij Dorpstad zijn zaterdagavond twee fietsers verongelukt. Een automobilist raakte',
        'zwaargewond.\n\nDe politie onderzoekt hoe het ongeluk kon gebeuren. De weg was vier uur afgesloten.',
      ].join(' '),
    },
    berg: {
      title: 'Tom Berg',
      outlet: 'Encyclopedie',
      date: '2024-05-01',
      language: 'nl',
      body: 'Tom Berg (Gent 3 mei 1950 -- Lyon 12 juli 1982) was een Belgisch wielrenner.',
    },
  });

  it('reads "verongelukt" as dying, in any form of "sterven" the question uses', async () => {
    const a = await engine().ask('Hoeveel mensen stierven bij het ongeval op de N14?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toContain('twee fietsers verongelukt');
  });
});

describe('a relation the articles never write: "Wie bouwde het kasteel in Lindeveld?"', () => {
  const engine = engineWith('bron-relation-unwritten-', {
    lindeveld: {
      title: 'Lindeveld',
      outlet: 'Encyclopedie',
      date: '2024-05-01',
      language: 'nl',
      body: [
        'Lindeveld is een gemeente in de Belgische provincie Westmark. De gemeente telt ruim 20.000 inwoners en bestaat',
        'uit drie deelgemeenten.\n\nDe Lindeveldse Veilingen die in Lindeveld gevestigd zijn, zijn de grootste',
        'groenteveiling van het land.\n\nIn Lindeveld staat een kasteel uit de veertiende eeuw.',
      ].join(' '),
    },
    harlow: {
      title: 'Harlow Foods names Priya Natarajan as chief executive',
      outlet: 'Business Daily',
      date: '2024-09-16',
      language: 'en',
      body: [
        'Harlow Foods said on Monday that Priya Natarajan will succeed Tom Beckett as chief executive in March.',
        'Beckett, who has led the snack maker for nine years, will stay on as an adviser until the end of the year.',
        'Shares in Harlow Foods rose 2% after the announcement.',
      ].join('\n\n'),
    },
  });

  it('refuses in the articles’ language, where no unit can say it', async () => {
    const a = await engine().ask('Wie bouwde het kasteel in Lindeveld?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it('still answers a relation the articles write', async () => {
    await expectFirstQuotes(engine(), [['Who will succeed Tom Beckett?', /Priya Natarajan/]]);
  });
});

describe('a reason below the best unit, when the best gives none: "Waaraan overleed Clara Venn?"', () => {
  const engine = engineWith('bron-reason-share-', {
    venn: {
      title: 'Clara Venn',
      outlet: 'Encyclopedia',
      date: '2024-01-10',
      language: 'en',
      body: [
        'Clara Venn (3 May 1911 – 9 June 1987) was a Dutch astronomer known for her work on variable stars. She was the',
        'first woman to lead the Leiden Observatory.\n\nVenn studied physics in Utrecht and moved to Leiden in 1936.',
        '\n\nVenn died of a heart attack in Leiden at the age of 76. A crater on the Moon is named after her.',
      ].join(' '),
    },
  });

  it('quotes the cause of death before the life span that only dates it', async () => {
    await expectFirstQuotes(engine(), [['Waaraan overleed Clara Venn?', /heart attack/]]);
  });
});

describe('a compound the articles never write: "Wanneer gaat het mobielverbod in?"', () => {
  const engine = engineWith('bron-compound-parts-', {
    school: {
      title: 'Kabinet wil mobieltjes uit de klas',
      outlet: 'Onderwijsblad',
      date: '2024-01-15',
      language: 'nl',
      body: [
        'Vanaf het nieuwe schooljaar mogen leerlingen op middelbare scholen hun mobiele telefoon niet meer in de klas',
        'gebruiken. Dat heeft minister Anna Vermeer van Onderwijs maandag bekendgemaakt.\n\nScholen mogen zelf',
        'bepalen hoe ze het verbod handhaven.',
      ].join(' '),
    },
  });

  it('answers from the sentence with its parts and a time', async () => {
    await expectFirstQuotes(engine(), [['Wanneer gaat het mobielverbod in?', /nieuwe schooljaar/]]);
  });
});

describe('an ordinal the question states: "Who won the tenth stage?" over the ninth', () => {
  const engine = engineWith('bron-ordinal-', {
    race: {
      title: 'Moreau takes stage nine in the Alps',
      outlet: 'Cycling News',
      date: '2024-07-10',
      language: 'en',
      body: [
        'Frenchman Luc Moreau won the ninth stage of the Tour on Wednesday after a long solo attack on the final climb.',
        'Moreau finished 42 seconds ahead of the Belgian Wout Peeters, who outsprinted the Spaniard Diego Ruiz for second place. The race leader, Jonas Holm of Denmark, crossed the line in fourth and kept the yellow jersey.',
        'The stage was marked by a crash in the first hour. Italian rider Marco Villa broke his collarbone and abandoned the race, his team said.',
        '"I have dreamed of this day since I was a boy," Moreau said at the finish.',
      ].join('\n\n'),
    },
    rechtszaak: {
      title: 'Oud-wethouder veroordeeld voor fraude',
      outlet: 'Dagblad Noord',
      date: '2024-04-18',
      language: 'nl',
      body: [
        'De rechtbank in Groningen heeft oud-wethouder Henk Bakker donderdag veroordeeld tot achttien maanden cel voor fraude met subsidies.',
        'Bakker sluisde volgens de rechters tussen 2018 en 2021 ruim 300.000 euro naar een bedrijf van zijn zwager, aannemer Gert Mulder. Mulder kreeg een werkstraf van 200 uur.',
        'Het Openbaar Ministerie had twee jaar cel geëist. Advocaat Sandra Kok, die Bakker verdedigt, kondigde aan in hoger beroep te gaan.',
        'De fraude kwam aan het licht nadat een ambtenaar van de gemeente alarm sloeg bij de accountant.',
      ].join('\n\n'),
    },
    prize: {
      title: 'Chemist Amara Okafor wins Hallstrom Prize',
      outlet: 'Science Weekly',
      date: '2024-10-02',
      language: 'en',
      body: [
        "The Nigerian-born chemist Amara Okafor has been awarded this year's Hallstrom Prize for her work on cheap catalysts for splitting water.",
        'The prize, worth 500,000 euros, is given every two years by the Hallstrom Foundation in Uppsala. The jury was chaired by the physicist Erik Lund.',
        'Okafor leads a research group at the University of Leeds. She shares the prize with her former student Tom Reyes, now at Caltech.',
        'Last time the prize went to the Dutch biologist Marieke de Wit.',
      ].join('\n\n'),
    },
  });

  it('refuses when the units number the asked thing otherwise, in words or digits, in any language', async () => {
    for (const asked of ['Who won the tenth stage?', 'Who won the 10th stage?', 'Wie won de tiende etappe?']) {
      const a = await engine().ask(asked);
      expect(a.grounded, `${asked} → ${a.answer}`).toBe(false);
    }
  });

  it('answers where a unit numbers it as asked', async () => {
    await expectFirstQuotes(engine(), [
      ['Who won the ninth stage?', /Luc Moreau/],
      ['Wie won de negende etappe?', /Luc Moreau/],
    ]);
  });
});

describe('the unit that says the relation asked answers first: "Wie won de wedstrijd?"', () => {
  const engine = engineWith('bron-relation-first-', {
    wedstrijd: {
      title: 'Rivalen wint ruim van Zeestad',
      outlet: 'Sportkrant',
      date: '2024-11-03',
      language: 'nl',
      body: [
        'Rivalen heeft zondag in een uitverkocht stadion met 3-1 gewonnen van Zeestad. Het was de vijfde zege op rij.',
        'Na twintig minuten opende spits Milan Hoekstra de score met een kopbal uit een hoekschop.',
        'Zeestad kwam na de pauze beter in de wedstrijd. Invaller Ruben Dijkman deed na een uur iets terug, maar in de ' +
          'blessuretijd bepaalde Jesse Vos de eindstand op 3-1.',
      ].join('\n\n'),
    },
  });

  it('quotes who won, not the sentence that shares only the match', async () => {
    await expectFirstQuotes(engine(), [['Wie won de wedstrijd?', /met 3-1 gewonnen/]]);
  });
});

describe('the relation said in its own word, not in one made from it: "architect", not "architectural"', () => {
  const engine = engineWith('bron-relation-own-word-', {
    hall: {
      title: 'Brenholt',
      outlet: 'Guide',
      date: '2024-05-01',
      language: 'en',
      body: [
        '4 Brenholt Hall, Market Square, east side. One of the architectural masterpieces of Norland, this hall is ' +
          'considered to be the most beautiful in the country.',
        'Built in 1602 by King Aldo I and designed by his chief architect, Tomas Verel. The hall was meant to be a ' +
          'private hall for the royal family and therefore it does not have any tower.',
      ].join(' '),
    },
  });

  it('quotes who was the architect, not the sentence that calls the hall architectural', async () => {
    await expectFirstQuotes(engine(), [['Who was the architect of Brenholt Hall?', /Tomas Verel/]]);
  });
});

describe('a place said at the end of a long phrase: "buried in a simple grave of the Eastfield Cemetery"', () => {
  const engine = engineWith('bron-place-of-', {
    vos: {
      title: 'Anna Vos',
      outlet: 'Encyclopedia',
      date: '2024-05-01',
      language: 'en',
      body: [
        'Anna Vos was a Dutch painter of landscapes. She moved to France in 1880 and worked there for twenty years.',
        'The Vos memorial in the garden of Lindeveld. Anna Vos was buried in a simple grave and the exact spot is unknown.',
        'On 3 May 1901, Anna Vos was buried in a simple grave of the Eastfield Cemetery whose exact spot is unknown.',
      ].join('\n\n'),
    },
  });

  it('quotes first the sentence that says where, not a caption beside the asked words', async () => {
    await expectFirstQuotes(engine(), [['Where was Anna Vos buried?', /Eastfield Cemetery/]]);
  });
});

describe('a count of people in general: "how many people", "hoeveel mensen"', () => {
  const engine = engineWith('bron-people-', {
    fire: {
      title: 'Factory fire',
      outlet: 'BBC',
      date: '2025-03-01',
      language: 'en',
      body: 'A fire at a factory in Leeds on Saturday destroyed two warehouses.\n\nIn Bradford, 3 workers died in a fire.',
    },
    brand: {
      title: 'Brand in fabriek',
      outlet: 'NOS',
      date: '2025-03-01',
      language: 'nl',
      body: 'Bij een brand in Tilburg brandde een loods af.\n\nIn Breda kwamen vorig jaar 3 werknemers om bij een brand.',
    },
  });

  it('takes any plural noun after the number as the people counted, and "died" as no part of the noun', async () => {
    await expectFirstQuotes(engine(), [
      ['How many people died in Bradford?', /3 workers died/],
      ['Hoeveel mensen kwamen om in Breda?', /3 werknemers om/],
    ]);
  });
});

describe('a noun that counts anything: "14 individuals", "veertien man"', () => {
  const engine = engineWith('bron-counter-', {
    toad: {
      title: 'A rare toad in the Carpathians',
      outlet: 'Nature Notes',
      date: '2025-04-01',
      language: 'en',
      body:
        'A rare toad has been seen again in the Carpathians after 40 years.\n\n' +
        'The survey team found only 14 individuals near a single lake.',
    },
    squid: {
      title: 'Squid',
      outlet: 'Encyclopedia',
      date: '2024',
      language: 'en',
      body:
        'A squid is a mollusc with eight arms and two tentacles. The order consists of some 300 species.\n\n' +
        'The giant squid can grow to 13 metres and lives in the deep sea.',
    },
    koers: {
      title: 'Ronde van Drenthe',
      outlet: 'De Krant',
      date: '2025-03-10',
      language: 'nl',
      body:
        'De Ronde van Drenthe ging over 200 kilometer.\n\n' +
        'Na 20 kilometer ontstond een vroege ontsnapping van negen man, met twee Belgen.',
    },
  });

  it('reads the number before it as a count of the asker’s noun, when the sentence says the rest', async () => {
    await expectFirstQuotes(engine(), [
      ['How many toads did the survey team find?', /14 individuals/],
      ['Uit hoeveel renners bestond de vroege ontsnapping?', /negen man/],
      // Kinds of a thing are counted by the kind word: "300 species" for "how many species of squid".
      ['How many species of squid are there?', /300 species/],
    ]);
  });
});

describe('a time of day as the answer to "when": "14.00 uur", "3am"', () => {
  const engine = engineWith('bron-clock-', {
    storm: {
      title: 'Code oranje in Zeeland',
      outlet: 'Omroep Zeeland',
      date: '2025-10-21',
      language: 'nl',
      body: 'Het KNMI geeft code oranje af.\n\nDe Zeelandbrug gaat vanaf 14.00 uur dicht voor al het verkeer.',
    },
    vote: {
      title: 'Greens win Riverton by-election',
      outlet: 'The Guardian',
      date: '2025-11-14',
      language: 'en',
      body: 'The Green party won the Riverton by-election.\n\nLabour candidate Tom Hale conceded shortly after 3am.',
    },
  });

  it('reads a clock time as a moment, not a span of hours', async () => {
    await expectFirstQuotes(engine(), [
      ['Wanneer gaat de Zeelandbrug dicht?', /vanaf 14\.00 uur dicht/],
      ['When did Tom Hale concede?', /after 3am/],
    ]);
  });
});

describe('a time said as a part of a weekday or a year of its own kind: "dinsdagavond", "dit schooljaar"', () => {
  const engine = engineWith('bron-schoolyear-', {
    school: {
      title: 'Basisschool De Linde sluit',
      outlet: 'De Krant',
      date: '2024-11-20',
      language: 'nl',
      body:
        'Basisschool De Linde sluit na dit schooljaar de deuren.\n\n' +
        'De school telt nog 46 leerlingen, terwijl er tien jaar geleden 180 kinderen op de school zaten.',
    },
    club: {
      title: 'Harbour FC sign new coach',
      outlet: 'The Courier',
      date: '2025-06-02',
      language: 'en',
      body: 'Harbour FC will play in a new stadium this season.\n\nThe club played in its old ground for 40 years.',
    },
  });

  it('answers "when" with it', async () => {
    await expectFirstQuotes(engine(), [
      ['Wanneer sluit de school?', /na dit schooljaar/],
      ['When will Harbour FC play in the new stadium?', /this season/],
    ]);
  });
});

describe('what someone said, their name kept from the verb by an apposition', () => {
  const engine = engineWith('bron-apposition-', {
    vote: {
      title: 'Greens win Riverton by-election',
      outlet: 'The Guardian',
      date: '2025-11-14',
      language: 'en',
      body:
        "Green candidate Maya Okoro beat Labour's Tom Hale by 2,140 votes.\n\n" +
        'Okoro, a 34-year-old nurse, said voters had "sent a clear message about the cost of living".',
    },
  });

  it('quotes the unit that reports words before one that only names the speaker', async () => {
    const a = await engine().ask('What did Okoro say?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/said voters had/);
  });
});

describe('what a speaker named by a role said: "wat zei de uitgever", "what did the chairman say"', () => {
  const engine = engineWith('bron-role-', {
    boek: {
      title: 'Schrijver Jan Mol overleden',
      outlet: 'De Krant',
      date: '2025-01-09',
      language: 'nl',
      body:
        'De uitgever van Jan Mol brengt in het voorjaar een bundel met zijn laatste verhalen uit.\n\n' +
        "Mol schreef twaalf romans. ,,Hij schreef tot de laatste dag'', zegt zijn uitgever Eva Brink.",
    },
  });

  it('quotes the unit where the role speaks before one that only names the role', async () => {
    const a = await engine().ask('Wat zei zijn uitgever?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/zegt zijn uitgever/);
  });
});

describe('a question for a name: "what is X called", "hoe heet X"', () => {
  const engine = engineWith('bron-name-', {
    beetle: {
      title: 'New beetle species described',
      outlet: 'Nature Notes',
      date: '2025-05-02',
      language: 'en',
      body:
        'We heard the beetle call at night, a short click that the beetle repeats.\n\n' +
        'The beetle, named Carabus sorelensis, lives in one valley. The beetle was first seen in 2021.',
    },
  });

  it('quotes the unit that gives the name first, the naming word no word the answer must say', async () => {
    await expectFirstQuotes(engine(), [
      ['What is the beetle called?', /named Carabus sorelensis/],
      ['Hoe heet de kever?', /named Carabus sorelensis/],
    ]);
  });
});

describe('a price asked with "wat kost", "what does … cost"', () => {
  const engine = engineWith('bron-watkost-', {
    festival: {
      title: 'Storm stopt festival',
      outlet: 'De Krant',
      date: '2025-07-19',
      language: 'nl',
      body:
        'Het festival in Galway is zaterdag afgelast. Zo’n 18.000 mensen hadden een kaartje.\n\n' +
        'Wie een kaartje had, krijgt binnen 14 dagen het geld terug.',
    },
    museum: {
      title: 'Museum open',
      outlet: 'De Krant',
      date: '2025-07-19',
      language: 'nl',
      body: 'Het museum telt 12 zalen.\n\nDe nieuwe vleugel van het museum kostte 2 miljoen euro.',
    },
  });

  it('quotes an amount of money, and refuses where the articles give none', async () => {
    await expectFirstQuotes(engine(), [
      ['Wat kostte de nieuwe vleugel?', /2 miljoen euro/],
      ['What did the new wing cost?', /2 miljoen euro/],
    ]);
    const none = await engine().ask('Wat kost een kaartje voor het festival?');
    expect(none.grounded, none.answer).toBe(false);
  });
});

describe('a cause given as what came before: "was cancelled after …", "werd afgelast nadat …"', () => {
  const engine = engineWith('bron-after-', {
    fest: {
      title: 'Storm stops Lakeside Festival',
      outlet: 'The Herald',
      date: '2025-07-19',
      language: 'en',
      body:
        'The Lakeside Festival was cancelled on Saturday after the weather service issued a storm warning.\n\n' +
        'It is the first time in the history of the Lakeside Festival that a festival day has been cancelled.',
    },
    markt: {
      title: 'Jaarmarkt afgelast',
      outlet: 'De Krant',
      date: '2025-07-19',
      language: 'nl',
      body:
        'De jaarmarkt in Delden werd afgelast nadat de gemeente code oranje afkondigde.\n\n' +
        'Het is de eerste keer in de geschiedenis van de jaarmarkt dat de jaarmarkt wordt afgelast.',
    },
    fine: {
      title: 'Regulator fines Zoomly',
      outlet: 'The Herald',
      date: '2025-09-18',
      language: 'en',
      body:
        'The Dutch Data Protection Authority has fined the company Zoomly 290 million euros for sending the data ' +
        'of European drivers to servers in the United States.\n\n' +
        'Zoomly said it would appeal. A spokesperson called the fine "unjustified" and argued that the company had ' +
        'followed the rules that applied at the time.\n\n' +
        'It is the third fine the regulator has imposed on Zoomly. In 2022 it paid 10 million euros for failing ' +
        'to tell drivers how their data were used.',
    },
  });

  it('reads it as a reason', async () => {
    await expectFirstQuotes(engine(), [
      ['Why was the Lakeside Festival cancelled?', /after the weather service/],
      ['Waarom werd de jaarmarkt afgelast?', /nadat de gemeente/],
    ]);
  });

  it('reads what one is punished for as a reason: "fined for sending"', async () => {
    const a = await engine().ask('Why was Zoomly fined?');
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/for sending the data/);
  });
});

describe('a purpose with its words between "om" and "te": "nodig om de tekorten op te vangen"', () => {
  const engine = engineWith('bron-om-te-', {
    huur: {
      title: 'Huur omhoog',
      outlet: 'De Krant',
      date: '2025-11-07',
      language: 'nl',
      body:
        'Huurders aan de Dijkstraat gaan volgend jaar meer betalen. De huur stijgt met 5 procent. Volgens de ' +
        'woningcorporatie is dat nodig om het achterstallige onderhoud te betalen.\n\nDe huurders krijgen een brief.',
    },
  });

  it('reads it as a reason', async () => {
    await expectFirstQuotes(engine(), [['Waarom stijgt de huur?', /om het achterstallige onderhoud te betalen/]]);
  });
});

describe('the cause of a death asked: "What did she die of?", "Waaraan overleed zij?"', () => {
  const engine = engineWith('bron-died-of-', {
    bio: {
      title: 'Helena Marsh',
      outlet: 'Wikipedia',
      date: '2024-01-10',
      language: 'en',
      body:
        'Helena Marsh (12 April 1921 – 3 September 1998) was a British chemist known for her work on the ' +
        'structure of proteins. She was the first woman to lead the Royal Institute of Crystallography.\n\n' +
        'In 1956 she determined the structure of the enzyme lysozyme.\n\n' +
        'Marsh died of pneumonia in Oxford at the age of 77. A building in Manchester is named after her.',
    },
  });

  it('quotes what she died of before the dates of her life', async () => {
    await expectFirstQuotes(engine(), [['What did Helena Marsh die of?', /died of pneumonia/]]);
    const a = await engine().ask('Waaraan overleed Helena Marsh?');
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/died of pneumonia/);
  });
});

describe('British and American spelling: "organised" meets the lexicon\'s "organize"', () => {
  const engine = engineWith('bron-spelling-', {
    fest: {
      title: 'Harbour festival draws crowds',
      outlet: 'The Herald',
      date: '2025-06-01',
      language: 'en',
      body:
        'The harbour festival drew 30,000 visitors on Saturday.\n\n' +
        'The festival was organised by the Kingsport Rotary Club for the tenth time.\n\nThe weather was sunny.',
    },
  });

  it('stems both spellings alike, so a translation in one meets an article in the other', async () => {
    expect(stem('colour', 'en')).toBe(stem('color', 'en'));
    await expectFirstQuotes(engine(), [['Wie organiseerde het festival?', /organised by the Kingsport Rotary Club/]]);
  });
});

describe('a translation met by a noun the articles make of it: "leads" → "leid" → "onder leiding van"', () => {
  const engine = engineWith('bron-leiding-', {
    raad: {
      title: 'Raad stemt in met begroting',
      outlet: 'De Krant',
      date: '2024-11-08',
      language: 'nl',
      body:
        'De gemeenteraad heeft de begroting aangenomen met 23 stemmen voor en 14 tegen.\n\n' +
        'De oppositie, onder leiding van VVD-fractievoorzitter Mark de Groot, noemde de verhoging ' +
        "',,een greep in de portemonnee van de burger''.",
    },
    frog: {
      title: 'New frog found',
      outlet: 'Science Notes',
      date: '2025-03-14',
      language: 'en',
      body:
        'A new frog was found in Peru.\n\n' +
        '"We heard a call we did not recognise, a short high whistle repeated three times," said lead author ' +
        'Dr. Lucía Quispe. "It took us two more expeditions to find the animal making it."',
    },
  });

  it('quotes the unit that says it', async () => {
    await expectFirstQuotes(engine(), [['Who leads the opposition?', /onder leiding van/]]);
  });
});

describe('a count asked with a verb of getting: "hoeveel zetels krijgt X"', () => {
  const engine = engineWith('bron-krijgt-', {
    raad: {
      title: 'Lokale partij wint in Rijnstad',
      outlet: 'De Krant',
      date: '2026-03-19',
      language: 'nl',
      body:
        'De lokale partij Stad Vooruit is de grote winnaar in Rijnstad. De partij gaat naar 9 zetels.\n\n' +
        'De VVD kreeg veel kritiek op de campagne.',
    },
  });

  it('reads the verb as the count’s form, not a word the figure must say', async () => {
    const a = await engine().ask('Hoeveel zetels krijgt Stad Vooruit?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/9 zetels/);
  });
});

describe('a score on the way is no result: "France led 24-20 with ten minutes left"', () => {
  const engine = engineWith('bron-interim-', {
    rugby: {
      title: 'Ireland edge France',
      outlet: 'Sports Daily',
      date: '2026-02-14',
      language: 'en',
      body:
        'Ireland beat France 27-24 in Dublin on Saturday, thanks to a late penalty from Jack Crowley.\n\n' +
        'France led 24-20 with ten minutes left after two tries. Ireland captain Caelan Doris then scored a try, ' +
        'and Crowley kicked the winning penalty.',
    },
  });

  it('quotes the final score, "final" no word the articles must write', async () => {
    await expectFirstQuotes(engine(), [['What was the final score?', /27-24/]]);
  });
});

describe('a moment counted from a start: "in the 74th minute", "in de 68ste minuut"', () => {
  const engine = engineWith('bron-minute-', {
    rugby: {
      title: 'Ireland edge France',
      outlet: 'Sports Daily',
      date: '2026-02-14',
      language: 'en',
      body:
        'Ireland beat France 27-24 in Dublin on Saturday, and captain Caelan Doris was the best player.\n\n' +
        'Caelan Doris scored a try in the 74th minute.',
    },
  });

  it('answers "when", also when the question says "score" as a verb', async () => {
    await expectFirstQuotes(engine(), [['When did Doris score his try?', /74th minute/]]);
  });
});

describe('a separable particle the articles never write, and a number that counts hours', () => {
  const engine = engineWith('bron-meedoen-', {
    studie: {
      title: 'Wie veel zit, loopt meer risico',
      outlet: 'Gezondheidsnieuws',
      date: '2025-10-02',
      language: 'nl',
      body:
        'Mensen die meer dan tien uur per dag zitten, hebben een grotere kans op hartziekten. Dat blijkt uit ' +
        'onderzoek van het Amsterdam UMC onder ruim 12.000 volwassenen.\n\n' +
        'Het advies is om elk half uur even op te staan.',
    },
  });

  it('counts the people, not the hours, with "mee" no word the answer must say', async () => {
    const a = await engine().ask('Hoeveel mensen deden mee aan het onderzoek?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/12\.000 volwassenen/);
    expect(a.answer).not.toMatch(/tien \(10\)/);
  });
});

describe('two figures for the same thing in one article, one in other words', () => {
  const engine = engineWith('bron-twofigures-', {
    wachtlijst: {
      title: 'Wachtlijsten in de zorg nauwelijks korter',
      outlet: 'Zorgnieuws',
      date: '2025-06-03',
      language: 'nl',
      body:
        'De wachtlijsten in de geestelijke gezondheidszorg zijn het afgelopen jaar nauwelijks korter geworden. ' +
        'Volgens het ministerie van Volksgezondheid wachten nu zo’n 80.000 mensen langer dan de norm van veertien ' +
        'weken op behandeling.\n\n' +
        'Brancheorganisatie de Nederlandse ggz komt op een hoger aantal: zij schat dat ruim 100.000 mensen te lang ' +
        'wachten.\n\n' +
        'Vooral jongeren met een eetstoornis wachten lang, soms meer dan een jaar.',
    },
  });

  it('lists both, so that no source is silently left out', async () => {
    const a = await engine().ask('Hoeveel mensen wachten te lang op ggz-zorg?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/100\.000 mensen/);
    expect(a.answer).toMatch(/80\.000 mensen/);
  });
});

describe('where someone lives, said as where they are from: "een man uit Ede"', () => {
  const engine = engineWith('bron-woont-', {
    rechtszaak: {
      title: 'Celstraf voor oplichter',
      outlet: 'De Krant',
      date: '2025-05-15',
      language: 'nl',
      body:
        'De rechtbank heeft een 34-jarige man uit Ede veroordeeld tot drie jaar cel.\n\n' +
        'De man belde zich voor als bankmedewerker.',
    },
  });

  it('reads the verb of living as the question’s form where the articles never write it', async () => {
    await expectFirstQuotes(engine(), [
      ['Waar woont de man?', /man uit Ede/],
      ['Where does the man live?', /man uit Ede/],
    ]);
  });
});

describe('a light verb with its noun: "took part", "namen … deel"', () => {
  const engine = engineWith('bron-tookpart-', {
    marathon: {
      title: 'Leiden marathon',
      outlet: 'Health News',
      date: '2025-05-12',
      language: 'en',
      body:
        'People who sleep less than six hours a night run slower, a study found.\n\n' +
        'The marathon in Leiden drew 9,000 runners this year.',
    },
    loop: {
      title: 'Loop van Delft',
      outlet: 'De Krant',
      date: '2025-05-12',
      language: 'nl',
      body: 'De Loop van Delft trok dit jaar 4000 lopers.\n\nHet parcours ging langs de grachten.',
    },
  });

  it('reads the noun as the verb’s, and a span of hours as no count of people', async () => {
    await expectFirstQuotes(engine(), [
      ['How many runners took part?', /9,000 runners/],
      ['How many people took part in the marathon?', /9,000 runners/],
      ['Hoeveel lopers namen deel aan de Loop van Delft?', /4000 lopers/],
    ]);
    // "less than six hours a night" counts hours, not the people who took part in the study.
    const study = await engine().ask('How many people took part in the study?');
    expect(study.citations[0]?.quote ?? '', study.answer).not.toMatch(/six hours/);
  });
});

describe('a name no article writes: "Who won the Amsterdam Marathon?" over the Rotterdam Marathon', () => {
  const engine = engineWith('bron-strangers-', {
    marathon: {
      title: 'Okoro breaks course record',
      outlet: 'Runners Weekly',
      date: '2025-04-06',
      language: 'en',
      body: 'Kenyan runner Daniel Okoro won the Rotterdam Marathon on Sunday, breaking the course record.',
    },
    begroting: {
      title: 'Raad stemt in met begroting',
      outlet: 'De Krant',
      date: '2025-11-07',
      language: 'nl',
      body: 'De gemeenteraad van Lindeveld heeft ingestemd met de begroting. De ijsbaan in Lindeveld sluit volgend jaar.',
    },
  });

  it('refuses, naming the name, in the asker’s language', async () => {
    const en = await engine().ask('Who won the Amsterdam Marathon?');
    expect(en.grounded, en.answer).toBe(false);
    expect(en.answer).toContain('“Amsterdam”');
    const nl = await engine().ask('Wanneer sluit de ijsbaan in Eindhoven?');
    expect(nl.grounded, nl.answer).toBe(false);
    expect(nl.answer).toContain('“Eindhoven”');
    // A word in capitals is often a role or thing the articles write out ("chief executive"): no name to refuse.
    const ceo = await engine().ask('Who is the CEO of the Rotterdam Marathon?');
    expect(ceo.answer).not.toContain('“CEO”');
  });

  it('answers where the articles write the names', async () => {
    await expectFirstQuotes(engine(), [
      ['Who won the Rotterdam Marathon?', /Daniel Okoro/],
      ['Wanneer sluit de ijsbaan in Lindeveld?', /volgend jaar/],
    ]);
  });
});

describe('who stands in the relation asked: "Wie is de gouverneur van de provincie Westmark?"', () => {
  const engine = engineWith('bron-relation-', {
    westmark: {
      title: 'Provincie Westmark',
      outlet: 'Encyclopedie',
      date: '2024-05-01',
      language: 'nl',
      body: [
        'De provincie Westmark is een van de twaalf provincies van het land. De provincie heeft 400.000 inwoners.',
        '',
        'De hoofdstad van de provincie Westmark is Lindeveld. In het noorden grenst Westmark aan de zee.',
        '',
        'De provincie is bekend om haar tulpenvelden.',
      ].join('\n'),
    },
    oostmark: {
      title: 'Nieuwe brug in Oostmark geopend',
      outlet: 'De Krant',
      date: '2024-06-01',
      language: 'nl',
      body: 'De gouverneur van Oostmark, Karel Jansen, heeft zaterdag de nieuwe brug over de Maas geopend.',
    },
    lindeprijs: {
      title: 'De Lindeprijs',
      outlet: 'Encyclopedie',
      date: '2024-05-01',
      language: 'nl',
      body: [
        'De Lindeprijs is een literatuurprijs die sinds 1960 om de drie jaar wordt toegekend aan een roman.',
        '',
        '1997 - Anna Berg voor Zomerlicht',
        '',
        '2000 - Tom Vries voor Het meer',
      ].join('\n'),
    },
    wedstrijd: {
      title: 'Rivalen wint van Zeestad',
      outlet: 'Sportkrant',
      date: '2024-11-03',
      language: 'nl',
      body: 'Rivalen won zondag met 3-1 van Zeestad en nam daarmee de leiding in de competitie.',
    },
  });

  it('refuses when no unit among the best says the role or verb asked, whatever names they share', async () => {
    const a = await engine().ask('Wie is de gouverneur van de provincie Westmark?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it('answers where a unit says it, and from a list row by the year asked', async () => {
    await expectFirstQuotes(engine(), [
      ['Wie is de gouverneur van Oostmark?', /Karel Jansen/],
      ['Wie won de Lindeprijs in 1997?', /Anna Berg/], // "won" is said only of the match
    ]);
  });
});

describe('a role another place holds: "Wie is de president van Estmar?"', () => {
  const article = (title: string, body: string) => ({
    title,
    outlet: 'De Krant',
    date: '2024-09-01',
    language: 'nl',
    body,
  });
  const engine = engineWith('bron-role-holder-', {
    akkoord: article(
      'Handelsakkoord met Estmar',
      'Estmar sloot dinsdag een handelsakkoord met Morland. De Morlandse president Karel Vos noemde het akkoord ' +
        'historisch voor Estmar en Morland.',
    ),
    handel: article(
      'Morland wil meer handel',
      'De Morlandse president Karel Vos wil de handel met Valdorije uitbreiden. In Valdorije sprak de Morlandse ' +
        'president met boeren.\n\nOok de Morlandse president van de bank bezocht Valdorije. Valdorije voert graan uit.',
    ),
    school: article('Nieuwe school geopend', 'De Valdoriaanse president Ines Kalm opende zaterdag een nieuwe school.'),
    hovelo: article(
      'Burgemeester wil woningen',
      'In 2019 werd Peeters burgemeester van Hovelo. Hij wil woningen bouwen.',
    ),
    brug: article('Nieuwe brug', 'Burgemeester Jansen van Lindeveld opende zaterdag de nieuwe brug in Tarsdam.'),
    bridge: {
      title: 'New bridge',
      outlet: 'The Paper',
      date: '2024-09-03',
      language: 'en',
      body: 'Piet Smit, the mayor of Lindeveld, opened the new bridge in Tarsdam on Saturday.',
    },
    visit: {
      title: 'President visits Tarsany',
      outlet: 'The Paper',
      date: '2024-09-02',
      language: 'en',
      body: 'Morlandian President Karel Vos visited Tarsany on Monday. Tarsany exports grain and timber to Morland.',
    },
  });

  it('refuses when the best units give the role only to another place', async () => {
    const questions = ['Wie is de president van Estmar?', 'Who is the president of Tarsany?'];
    // "Burgemeester Jansen van Lindeveld" holds the role of the place written after it, not of Tarsdam.
    for (const q of [...questions, 'Wie is de burgemeester van Tarsdam?', 'Who is the mayor of Tarsdam?']) {
      const a = await engine().ask(q);
      expect(a.grounded, `${q} ${a.answer}`).toBe(false);
    }
  });

  it('answers with the unit that gives the role to the asked place, however far down', async () => {
    await expectFirstQuotes(engine(), [
      ['Wie is de president van Valdorije?', /Ines Kalm/],
      ['Wie is de president van Morland?', /Karel Vos/],
      ['Wie is de burgemeester van Hovelo?', /Peeters/], // a surname before the role is no place's adjective
      ['Wie is de burgemeester van Lindeveld?', /Jansen/],
      ['Who is the mayor of Lindeveld?', /Piet Smit|Jansen/],
    ]);
  });
});

describe('a Dutch compound over English articles: "bosbrand" is a forest fire', () => {
  const article = (title: string, body: string) => ({
    title,
    outlet: 'Valley News',
    date: '2025-07-01',
    language: 'en',
    body,
  });
  const engine = engineWith('bron-compound-parts-', {
    blaze: article(
      'Blaze near Millbrook contained',
      'Firefighters contained the blaze near Millbrook on Monday. Investigators said the fire in the forest was ' +
        'started by a lightning strike.\n\nAbout 200 hectares burned.',
    ),
    council: article('Council approves budget', 'The Millbrook council approved its budget for next year on Tuesday.'),
  });

  it("finds the compound by its parts' translations when neither the articles nor the lexicon write it", async () => {
    await expectFirstQuotes(engine(), [['Waardoor ontstond de bosbrand bij Millbrook?', /lightning strike/]]);
  });
});

describe('what a figure counts: an amount of money counts no people', () => {
  const engine = engineWith('bron-figure-counts-', {
    parking: {
      title: 'Parking permits cost more in Brackley',
      outlet: 'Town Gazette',
      date: '2025-03-01',
      language: 'en',
      body:
        'Brackley will raise the price of parking permits for residents from £120 to £150 a year. ' +
        'The town has about 14,000 residents.',
    },
    zuivel: {
      title: 'Zuivelbedrijf Melkweg groeit',
      outlet: 'De Krant',
      date: '2025-03-02',
      language: 'nl',
      body:
        'Zuivelbedrijf Melkweg heeft vorig jaar een recordomzet van 480 miljoen euro geboekt. ' +
        'Melkweg maakte 12 miljoen euro winst.',
    },
  });

  it('reads the size of a compound of the counted noun, and a past tense as no part of it', async () => {
    // "boekte" closes the counted noun "omzet"; "recordomzet van 480 miljoen euro" gives its size.
    const turnover = await engine().ask('Hoeveel omzet boekte Melkweg vorig jaar?');
    expect(turnover.figures?.map((f) => f.value)).toEqual([480_000_000]);
    // An amount in euros counts the noun after it, not another amount ("recordomzet").
    const profit = await engine().ask('Hoeveel winst maakte Melkweg?');
    expect(profit.figures?.map((f) => f.value)).toEqual([12_000_000]);
  });

  it('counts the residents by the number before their noun, not by a price after it', async () => {
    const a = await engine().ask('How many residents does Brackley have?');
    expect(a.figures?.map((f) => f.value)).toEqual([14_000]);
  });
});

describe('a word the lexicon lacks, asked in Dutch over English articles, in its base form: "studenten"', () => {
  const engine = engineWith('bron-cognates-', {
    protest: {
      title: 'Students protest against cuts',
      outlet: 'Campus Post',
      date: '2025-11-14',
      language: 'en',
      body: 'About 3,000 students joined the protest against budget cuts on Friday, the organisers said.',
    },
  });

  it('counts the students as "studenten"', async () => {
    const a = await engine().ask('Hoeveel studenten deden mee aan het protest?');
    expect(a.figures?.map((f) => f.value)).toEqual([3000]);
  });
});

describe('an age or a distance asked of a short profile', () => {
  const engine = engineWith('bron-age-distance-', {
    probe: {
      title: 'Teacher finds a comet',
      outlet: 'Sky Report',
      date: '2025-01-30',
      language: 'en',
      body:
        'An amateur astronomer has found a comet. Ana Roth spotted it on March 3 with a telescope near Oban.\n\n' +
        'The comet is now about 450 million kilometres from the Sun.\n\n' +
        'The comet will make its closest approach to the Sun in June. "If the comet survives its pass by the Sun, ' +
        'it will be bright," an astronomer said.\n\n' +
        'Roth, a 61-year-old teacher, has watched the sky for decades.',
    },
    dierenpark: {
      title: 'Zeehond geboren',
      outlet: 'De Krant',
      date: '2025-06-01',
      language: 'nl',
      body: 'In het dierenpark is een zeehond geboren. Moeder Nora, een zeehond van 19 jaar, maakt het goed.',
    },
  });

  it('reads a distance with a scale word between number and unit as a distance', () => {
    expect(givesMeasure('The comet is about 450 million kilometres away.', 'en', 'distance')).toBe(true);
    expect(givesMeasure('De komeet staat 2,5 miljoen kilometer van de aarde.', 'nl', 'distance')).toBe(true);
    expect(givesMeasure('The comet was seen by 450 million people.', 'en', 'distance')).toBe(false);
  });

  it('answers "how old" with an age, not a date without a year, and "how far" with a distance in millions', async () => {
    await expectFirstQuotes(engine(), [
      ['How old is Ana Roth?', /61-year-old/],
      ['Hoe oud is moeder Nora?', /van 19 jaar/],
      ['How far is the comet from the Sun?', /450 million kilometres/],
    ]);
  });
});

describe('a place in a ranking the question states: "Who finished third?" over the second', () => {
  const engine = engineWith('bron-placing-', {
    run: {
      title: 'Berg wins the Lakeside 10K',
      outlet: 'Runners Daily',
      date: '2025-05-04',
      language: 'en',
      body: 'Anna Berg won the Lakeside 10K on Sunday in 33 minutes. Eva Lind finished second, ten seconds behind.',
    },
    loop: {
      title: 'Jansen wint Merenloop',
      outlet: 'De Krant',
      date: '2025-05-04',
      language: 'nl',
      body: 'Piet Jansen won zondag de Merenloop in Veldhoven. Karel Smit eindigde als tweede, vlak achter Jansen.',
    },
  });

  it('refuses a place no unit gives, and answers the one a unit gives', async () => {
    for (const q of ['Who finished third in the Lakeside 10K?', 'Wie eindigde als derde in de Merenloop?']) {
      const a = await engine().ask(q);
      expect(a.grounded, `${q} → ${a.answer}`).toBe(false);
    }
    await expectFirstQuotes(engine(), [
      ['Who finished second in the Lakeside 10K?', /Eva Lind/],
      ['Wie eindigde als tweede in de Merenloop?', /Karel Smit/],
    ]);
  });
});

describe('a preposition asks nothing: "tijdens", "tussen", "along", "despite"', () => {
  it("leaves the prepositions Orama lacks out of the question's words, in a corpus of both languages", () => {
    const stats = CorpusStats.fromArticles([
      { id: 'a', language: 'en', body: 'Temperatures of 11 degrees.' },
      { id: 'b', language: 'nl', body: 'Het pact werd in juni getekend.' },
    ]);
    const ids = (q: string) => analyse(q, stats).groups.map((g) => g.id);
    expect(ids('Wat was de temperatuur tijdens de marathon?')).toEqual(['temperatuur', 'marathon']);
    expect(ids('Wat staat er in het pact tussen de twee landen?')).not.toContain('tussen');
    expect(ids('What was the temperature during the marathon?')).toEqual(['temperature', 'marathon']);
    // English prepositions Orama lacks beside "during" ("which villages" asks a place: "lie" says where, as "ligt").
    expect(ids('Which villages lie along the river despite the floods?')).toEqual(['villages', 'river', 'floods']);
  });
});

describe('a reason asked of a speaker: "Waarom …, volgens X?" is answered by the reason X gives', () => {
  const engine = engineWith('bron-speaker-reason-', {
    'brug-a': {
      title: 'Burgemeester waarschuwt voor sluiting brug',
      outlet: 'De Krant',
      date: '2024-05-01',
      language: 'nl',
      body:
        'Burgemeester Okoro waarschuwde maandag dat de brug over de Estmar een jaar lang dicht gaat. ' +
        'Okoro sprak in een volle raadszaal in Valdorije over de sluiting van de brug.',
    },
    'brug-b': {
      title: 'Brug gaat dicht',
      outlet: 'Het Dagblad',
      date: '2024-05-02',
      language: 'nl',
      body: 'Volgens Okoro is de oorzaak roest in het staal van de brug over de Estmar.',
    },
  });

  it('puts the reason before the speaker’s fuller sentence that gives none', async () => {
    // The speaker's units used to be re-sorted by score, undoing the reason that had been put first.
    await expectFirstQuotes(engine(), [
      ['Waarom gaat de brug over de Estmar dicht, volgens Okoro?', /de oorzaak roest/],
    ]);
  });
});

describe('an English question over a Dutch article, in a word FreeDict lacks: "brewery"', () => {
  const engine = engineWith('bron-wordnet-word-', {
    brouwerij: {
      title: 'Brouwerij sluit',
      outlet: 'De Krant',
      date: '2024-06-01',
      language: 'nl',
      body:
        'De brouwerij in Estmar sluit eind dit jaar haar deuren. Er verliezen 35 mensen hun baan.\n\n' +
        'Het gemeentehuis van Estmar krijgt een nieuw dak.',
    },
    bakkerij: {
      title: 'Bakkerij verhuist',
      outlet: 'De Krant',
      date: '2024-06-02',
      language: 'nl',
      body: 'De bakkerij in Morland verhuist naar een groter pand aan de Kerkstraat. Volgens de eigenaar is er te weinig ruimte.',
    },
  });

  it('is answered through WordNet’s Dutch for it', async () => {
    await expectFirstQuotes(engine(), [
      ['When does the brewery close?', /brouwerij in Estmar sluit eind dit jaar/],
      ['How many people lose their job at the brewery?', /35 mensen/],
    ]);
  });
});

describe('a count in a compound: "vier windturbines" counts turbines, and wind turbines', () => {
  const engine = engineWith('bron-compound-count-', {
    windpark: {
      title: 'Raad stemt in met windpark',
      outlet: 'De Krant',
      date: '2025-09-26',
      language: 'nl',
      body:
        'De gemeenteraad van Valdorije heeft donderdagavond ingestemd met de bouw van een windpark met vier ' +
        'windturbines langs de A28. De turbines worden 200 meter hoog.',
    },
    marathon: {
      title: 'Marathon van Morland',
      outlet: 'De Krant',
      date: '2025-10-12',
      language: 'nl',
      body: 'Ongeveer 18.000 lopers gingen zondag van start in de marathon van Morland.',
    },
  });

  it('gives the compound’s number for its last part, with or without its first', async () => {
    for (const q of ['How many wind turbines will be built?', 'How many turbines will be built?']) {
      const a = await engine().ask(q);
      expect(
        a.figures?.map((f) => f.value),
        q,
      ).toEqual([4]);
    }
  });

  it('does not give it for another kind of the same thing', async () => {
    const a = await engine().ask('How many gas turbines will be built?');
    expect(a.figures?.map((f) => f.value) ?? []).not.toContain(4);
  });
});

describe('a count that changed: "van vijf naar vier zetels" counts four seats now', () => {
  const engine = engineWith('bron-changed-count-', {
    uitslag: {
      title: 'Uitslag raadsverkiezing Valdorije',
      outlet: 'De Krant',
      date: '2026-03-19',
      language: 'nl',
      body:
        'De Valdorijse Partij bleef gelijk op zes zetels. De Morlandse Lijst ging van vijf naar twee zetels. ' +
        'De opkomst was 52 procent.',
    },
    council: {
      title: 'Estmar council result',
      outlet: 'The Paper',
      date: '2026-03-20',
      language: 'en',
      body: 'The Estmar Greens went from 3 to 7 seats on the council of Estmar.',
    },
  });

  it('gives the count after the change, not the one before it', async () => {
    const nl = await engine().ask('Hoeveel zetels heeft de Morlandse Lijst?');
    expect(nl.figures?.map((f) => f.value) ?? []).not.toContain(5);
    const en = await engine().ask('How many seats do the Estmar Greens have?');
    expect(en.figures?.map((f) => f.value)).toEqual([7]);
  });
});

describe('people counted by what happened to them: "three arrests" for "how many people were arrested"', () => {
  const engine = engineWith('bron-event-count-', {
    derby: {
      title: 'Estmar derby passes peacefully',
      outlet: 'The Paper',
      date: '2025-05-19',
      language: 'en',
      body:
        'A crowd of 30,000 watched the derby in Estmar on Sunday. Police said the day passed peacefully, with ' +
        'three arrests for public order offences.',
    },
  });

  it('counts the arrests as the people arrested, in either language', async () => {
    for (const q of ['How many people were arrested?', 'Hoeveel mensen werden gearresteerd?']) {
      const a = await engine().ask(q);
      expect(
        a.figures?.map((f) => f.value),
        q,
      ).toEqual([3]);
    }
  });

  it('leaves a question that says more of them to the noun', async () => {
    const a = await engine().ask('How many people were arrested in Morland?');
    expect(a.figures?.map((f) => f.value) ?? []).not.toContain(3);
  });
});

describe('a Dutch plural with an apostrophe counts its noun: "9.000 auto\'s"', () => {
  const engine = engineWith('bron-apostrophe-count-', {
    brug: {
      title: 'Brug in Valdorije dicht',
      outlet: 'De Krant',
      date: '2025-11-03',
      language: 'nl',
      body: "De brug in Valdorije gaat maandag dicht. Dagelijks rijden er zo'n 9.000 auto's over de brug.",
    },
  });

  it('gives the figure, as for a plural without one', async () => {
    const a = await engine().ask("Hoeveel auto's rijden er dagelijks over de brug?");
    expect(a.figures?.map((f) => f.value)).toEqual([9000]);
  });
});

describe('a verb in "-eren" meets its noun in "-atie", asked in either language', () => {
  const engine = engineWith('bron-nominal-ending-', {
    sluis: {
      title: 'Sluis in Valdorije maanden dicht',
      outlet: 'De Krant',
      date: '2025-11-03',
      language: 'nl',
      body:
        'De sluis in Valdorije is vanaf maandag dicht. Bij een inspectie zijn scheuren gevonden. ' +
        'De reparatie kost volgens de provincie ongeveer 2,4 miljoen euro.\n\n' +
        'De provincie wil de sluis vanaf maart evacueren en renoveren.',
    },
  });

  it('answers "de renovatie" with "renoveren"', async () => {
    const a = await engine().ask('Wanneer is de renovatie van de sluis?');
    expect(a.citations[0]?.quote).toContain('vanaf maart');
  });

  it('answers "repareren" and "repair" with "de reparatie"', async () => {
    for (const q of ['Hoeveel kost het repareren van de sluis?', 'How much will the repair cost?']) {
      const a = await engine().ask(q);
      expect(a.citations[0]?.quote, q).toContain('2,4 miljoen euro');
    }
  });
});

describe('two sources in one sentence: "police estimated …, while the organisers said …"', () => {
  const engine = engineWith('bron-disputed-clauses-', {
    mars: {
      title: 'Thousands march in Estmar',
      outlet: 'The Paper',
      date: '2026-04-12',
      language: 'en',
      body:
        'Thousands of people marched through Estmar on Saturday against the closure of a hospital ward. Police ' +
        'estimated the crowd at 4,000, while the organisers said more than 9,000 people took part.',
    },
  });

  it('keeps both figures and says the sources differ, though only one clause says "took part"', async () => {
    const a = await engine().ask('How many people took part in the march?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([
      [4000, 'Police'],
      [9000, 'the organisers'],
    ]);
    expect(a.answer.split('\n')[0]).toBe(pack('en').text.differ);
  });
});

describe('a figure in a relative clause is said by the one that clause names', () => {
  const engine = engineWith('bron-relative-source-', {
    board: {
      title: 'Board stands by hospital plans',
      outlet: 'The Paper',
      date: '2026-04-13',
      language: 'en',
      body:
        'The health board of Estmar said on Sunday it would not change its plans after the protest march, which ' +
        'police said drew about 5,000 people.',
    },
  });

  it('attributes "about 5,000 people" to the police, not to the board', async () => {
    const a = await engine().ask('How many people did the protest march draw?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([[5000, 'police']]);
  });
});

describe('who does a verb, said by its noun: "Who leads the campaign?" over "campaign leader Okoro"', () => {
  const engine = engineWith('bron-role-noun-', {
    campaign: {
      title: 'March in Estmar',
      outlet: 'The Paper',
      date: '2026-04-12',
      language: 'en',
      body:
        'Thousands marched through Estmar on Saturday. The march ended outside the town hall, where campaign ' +
        'leader Ada Okoro addressed the crowd.',
    },
  });

  it('answers with the sentence that names the leader', async () => {
    const a = await engine().ask('Who leads the campaign?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('campaign leader Ada Okoro');
  });
});

describe('people counted as residents, in either language: "1.200 inwoners geëvacueerd" beside "2,000 people"', () => {
  const engine = engineWith('bron-people-kinds-', {
    regio: {
      title: 'Dijk bezwijkt bij Lindwerf',
      outlet: 'Regio Nieuws',
      date: '2025-02-10',
      language: 'nl',
      body:
        'De dijk bij Lindwerf is zondagnacht bezweken. Volgens de gemeente zijn 1.200 inwoners van de wijk ' +
        'Noordpolder geëvacueerd.',
    },
    coastal: {
      title: 'Dike breach floods Lindwerf',
      outlet: 'Coastal Times',
      date: '2025-02-11',
      language: 'en',
      body: 'A dike near Lindwerf gave way on Sunday night. Around 2,000 people were evacuated, the Red Cross said.',
    },
  });

  it('gives both figures, each with its source, asked in English or in Dutch', async () => {
    for (const q of ['How many people were evacuated?', 'Hoeveel mensen werden geëvacueerd?']) {
      const a = await engine().ask(q);
      expect(
        a.figures?.map((f) => f.value).sort((x, y) => x - y),
        q,
      ).toEqual([1200, 2000]);
    }
  });
});

describe('a company that announces its own figure, and the union that gives another, in two languages', () => {
  const engine = engineWith('bron-own-announcement-', {
    daily: {
      title: 'Lindor to cut jobs at Eindhoven plant',
      outlet: 'Tech Daily',
      date: '2025-06-03',
      language: 'en',
      body: 'Lindor said on Tuesday it would cut 450 jobs at its plant in Eindhoven, as demand for its chips slumped.',
    },
    post: {
      title: 'Vakbond: Lindor schrapt meer banen',
      outlet: 'Brabant Post',
      date: '2025-06-04',
      language: 'nl',
      body: 'Volgens vakbond FNV schrapt chipmaker Lindor 600 banen, omdat ook uitzendkrachten hun werk verliezen.',
    },
  });

  it('gives the company\'s figure beside the union\'s: "on Tuesday" and "in Eindhoven" own no figure', async () => {
    const a = await engine().ask('How many jobs will Lindor cut?');
    expect(a.figures?.map((f) => f.value).sort((x, y) => x - y)).toEqual([450, 600]);
  });
});

describe('a figure corrected in the same breath: "niet 450 maar 600 banen"', () => {
  const engine = engineWith('bron-corrected-figure-', {
    post: {
      title: 'Lindor schrapt 600 banen',
      outlet: 'Brabant Post',
      date: '2025-06-04',
      language: 'nl',
      body:
        'Bij chipmaker Lindor verdwijnen volgens vakbond FNV niet 450 maar 600 banen, omdat ook uitzendkrachten hun ' +
        'werk verliezen.',
    },
  });

  it('counts the second number only, by the source of both', async () => {
    const a = await engine().ask('Hoeveel banen verdwijnen bij Lindor?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([[600, 'vakbond FNV']]);
  });
});

describe('two sources in one sentence, the second figure said without its noun', () => {
  const engine = engineWith('bron-second-clause-', {
    march: {
      title: 'March through Lindwerf',
      outlet: 'The Paper',
      date: '2025-05-01',
      language: 'en',
      body:
        'Police said 5,000 people marched through Lindwerf on Saturday, but organisers claimed 8,000.\n\n' +
        'Police said 300 people marched through Osdorp, while organisers said 900 people marched.',
    },
  });

  it('gives the second clause\'s number and its source: "but organisers claimed 8,000"', async () => {
    const a = await engine().ask('How many people marched through Lindwerf?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([
      [5000, 'Police'],
      [8000, 'organisers'],
    ]);
  });

  it('reads "while organisers said" as the second figure\'s source', async () => {
    const a = await engine().ask('How many people marched through Osdorp?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([
      [300, 'Police'],
      [900, 'organisers'],
    ]);
  });
});

describe('who does a Latin verb, and a later claim with its own source: "telde 5.000 demonstranten, de organisatie …"', () => {
  const engine = engineWith('bron-agent-ending-', {
    demo: {
      title: 'Demonstratie in Lindwerf',
      outlet: 'Regio Nieuws',
      date: '2025-05-01',
      language: 'nl',
      body: 'De politie telde zaterdag 5.000 demonstranten in Lindwerf, de organisatie sprak van 8.000.',
    },
  });

  it('counts "demonstranten" for "mensen demonstreerden", and gives the figure no source the next claim names', async () => {
    const a = await engine().ask('Hoeveel mensen demonstreerden in Lindwerf?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([[5000, undefined]]);
  });
});

describe('a price asked without the word "money": "Hoeveel kost de brug?"', () => {
  const engine = engineWith('bron-price-figures-', {
    regio: {
      title: 'Nieuwe brug over de Lede',
      outlet: 'Regio Nieuws',
      date: '2025-03-01',
      language: 'nl',
      body: 'De nieuwe brug over de Lede kost 40 miljoen euro, zegt de gemeente. De bouw begint in 2026.',
    },
    daily: {
      title: 'Bridge over the Lede to cost more',
      outlet: 'The Daily',
      date: '2025-04-01',
      language: 'en',
      body: 'The new bridge over the Lede will cost 62 million euros, the engineering firm said on Monday.',
    },
  });

  it('lists every source\'s sum, as for "how much money"', async () => {
    for (const q of ['Hoeveel kost de nieuwe brug?', 'How much will the new bridge cost?']) {
      const a = await engine().ask(q);
      expect(
        a.figures?.map((f) => f.value).sort((x, y) => x - y),
        q,
      ).toEqual([40_000_000, 62_000_000]);
    }
  });
});

describe('a source put first, as Dutch puts it: "Volgens de politie kwamen er 5.000 mensen"', () => {
  const engine = engineWith('bron-fronted-source-', {
    optocht: {
      title: 'Optocht in Lindwerf',
      outlet: 'Regio Nieuws',
      date: '2025-05-01',
      language: 'nl',
      body: 'Volgens de lokale politie kwamen er zaterdag 5.000 mensen naar de optocht in Lindwerf.',
    },
  });

  it('ends the source before the verb', async () => {
    const a = await engine().ask('Hoeveel mensen kwamen naar de optocht in Lindwerf?');
    expect(a.figures?.map((f) => [f.value, f.attribution])).toEqual([[5000, 'lokale politie']]);
  });
});

describe('a sentence that points back: "The last two are considered her best work."', () => {
  const engine = engineWith('bron-points-back-', {
    author: {
      title: 'Mira Castell',
      outlet: 'Encyclopedia',
      date: '2020-01-01',
      language: 'en',
      body:
        'Mira Castell was a novelist from the coastal town of Varden. ' +
        'During her last years, living in a small house by the harbour with her sister and two dogs, she wrote and ' +
        'published "Red Sky", "Blue Harbour" and "Green Hill" with a printer in the old town. ' +
        'The last two are considered her best work. She died in Varden in 1931.',
    },
    schrijver: {
      title: 'Jan Duinmaat',
      outlet: 'Encyclopedie',
      date: '2020-01-01',
      language: 'nl',
      body:
        'Jan Duinmaat was een schrijver uit Zeestad. In zijn laatste jaren, toen hij met zijn zus en twee honden in een ' +
        'klein huis bij de haven woonde, schreef en publiceerde hij Zeewind, Duinroos en Strandgoed bij een drukker. ' +
        'De laatste twee gelden als zijn beste werk. Hij overleed in 1950.',
    },
  });

  it('quotes it with the sentence that names what it speaks of', async () => {
    await expectFirstQuotes(engine(), [
      ['Which stories are considered her best work?', /Green Hill.*The last two/s],
      ['Welke romans gelden als het beste werk van Duinmaat?', /Strandgoed.*De laatste twee/s],
    ]);
  });
});

describe('a life span in the opening of the article about the person asked', () => {
  const later = Array.from(
    { length: 6 },
    (_, i) =>
      `In ${1880 + i}, after the death of a friend, Mira Castell wrote that Castell's letters ` +
      `from that year were the work of Castell at her best.`,
  );
  const engine = engineWith('bron-life-lead-', {
    castell: {
      title: 'Mira Castell',
      outlet: 'Encyclopedia',
      date: '2020-01-01',
      language: 'en',
      body: `Mira Castell (/ k(ə)ˈstɛl /; 3 March 1850 – 9 June 1931) was a novelist.\n\n${later.join('\n\n')}`,
    },
  });

  it('answers when she died from it, though retrieval found other passages about her', async () => {
    const a = await engine().ask('When did Mira Castell die?', { k: 1 });
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('9 June 1931');
  });
});

describe('a question for a name over a sentence that gives it without "called"', () => {
  const engine = engineWith('bron-name-shape-', {
    berg: {
      title: 'Otto Berg',
      outlet: 'Encyclopedia',
      date: '2020-01-01',
      language: 'en',
      body:
        'Otto Berg was a Danish linguist. In 1927 Berg published his own artificial language, Novial.\n\n' +
        'His grammar describes words in ranks. This rank is qualified by a further concept called a junction.',
    },
  });

  it('quotes the sentence with the name, not a later one that calls something else something', async () => {
    await expectFirstQuotes(engine(), [["What is the name of Berg's artificial language?", /Novial/]]);
  });
});

describe('a count asked for one year: "How many houses were destroyed in the 1995 flood?"', () => {
  const engine = engineWith('bron-year-asked-', {
    flood: {
      title: 'Floods on the Varde',
      outlet: 'Riverside Post',
      date: '2021-07-20',
      language: 'en',
      body:
        'The flood destroyed 120 houses along the Varde this week, the council said. ' +
        'This was not the worst: in the 1995 flood, 300 houses were destroyed in the valley.',
    },
  });

  it("gives the figure of that year's flood only", async () => {
    const a = await engine().ask('How many houses were destroyed in the 1995 flood?');
    expect(a.figures?.map((f) => f.value)).toEqual([300]);
  });
});

describe('a photo caption with its credit: "… Image: Twitter / Barack Obama."', () => {
  const engine = engineWith('bron-caption-', {
    harbour: {
      title: 'Harbour to reopen',
      outlet: 'Varden Post',
      date: '2024-03-01',
      language: 'en',
      body:
        'The harbour has been closed since the storm.\n\n' +
        'Mayor Ria Vos tweet to dock workers Image: Twitter / Ria Vos.\n\n' +
        'Mayor Ria Vos tweeted using her account:\n\n' +
        '"The harbour will reopen in May. We will be ready."',
    },
  });

  it('is no claim: the words said come first', async () => {
    await expectFirstQuotes(engine(), [['What did Ria Vos tweet to dock workers?', /reopen in May/]]);
  });
});

describe('a caption that shares only names with the question: "Anna Berg. Image: Berg for Mayor."', () => {
  const engine = engineWith('bron-caption-names-', {
    race: {
      title: 'Varden elects a mayor',
      outlet: 'Varden Post',
      date: '2024-03-01',
      language: 'en',
      body:
        'Varden Post interviews Anna Berg, candidate for mayor of Varden, on Saturday, October 19, 2024\n\n' +
        'Anna Berg. Image: Berg for Mayor.\n\n' +
        "With the Post, Berg discusses her background, views on the last mayor's term, keys to campaign success, " +
        'her plans for the harbour and the schools, and the former mayor she most admires.',
    },
  });

  it('says nothing asked: it is not quoted', async () => {
    const a = await engine().ask("What is Anna Berg's background?");
    expect(a.citations[0]?.quote).toMatch(/her background/);
    expect(a.citations.map((c) => c.quote).join(' ')).not.toMatch(/Image:/);
  });
});

describe('an overview of a news body that opens with its headline', () => {
  const engine = engineWith('bron-headline-lead-', {
    court: {
      title: 'Varden court rules the old harbour festival may return',
      outlet: 'Varden Post',
      date: '2024-03-01',
      language: 'en',
      body:
        'Varden court rules the old harbour festival may return next summer\n\n' +
        'A Varden court has ruled that the harbour festival, banned since 2019, may be held again next summer. ' +
        'The council had argued that the festival was unsafe.',
    },
  });

  it('quotes the lead, not the headline line: "What\'s the story about the Varden court?"', async () => {
    const a = await engine().ask("What's the story about the Varden court and the festival?");
    expect(a.answer).toContain('What the articles are about');
    expect(a.citations[0]?.quote).toMatch(/^A Varden court has ruled/);
  });
});

describe('a date as precise as asked', () => {
  const engine = engineWith('bron-date-precision-', {
    radio: {
      title: 'Pupil praised for homemade radio',
      outlet: 'Varden Post',
      date: '2024-03-12',
      language: 'en',
      body:
        'Tomas Berg, who brings a radio to school, has won praise from engineers last week.\n\n' +
        'Tomas Berg took the homemade radio he built to school on March 3, and a teacher thought it was a bomb.',
    },
    brug: {
      title: 'Brug Marlo gesloopt',
      outlet: 'De Krant',
      date: '2024-06-03',
      language: 'nl',
      body:
        'De sloop van de brug over de Marlo begon vorige maand, meldt de gemeente Dorpstad.\n\n' +
        'De oude brug over de Marlo ging op dinsdag 14 mei tegen de vlakte, na tien dagen sloopwerk.',
    },
  });

  it("knows a date's precision from its words, in both languages", () => {
    for (const [text, lang, shape, gives] of [
      ['He came on September 14, 2015.', 'en', 'day', true],
      ['He came last week.', 'en', 'day', false],
      ['The talks ended on Tuesday.', 'en', 'day', true],
      ['Zij kwam op 3 maart.', 'nl', 'day', true],
      ['Zij kwam in maart.', 'nl', 'day', false],
      ['Zij kwam in maart.', 'nl', 'month', true],
      ['The bridge was built in 1998.', 'en', 'month', false],
      ['The bridge was built in 1998.', 'en', 'year', true],
      ['The bridge was built in March.', 'en', 'year', false],
    ] as const)
      expect(givesShape(text, lang, shape), `${text} ${shape}`).toBe(gives);
    expect(analyse('In what year was the bridge built?', CorpusStats.fromArticles([])).shape).toBe('year');
    expect(analyse('Op welke datum ging de brug open?', CorpusStats.fromArticles([])).shape).toBe('day');
  });

  it('"what day" is answered by a date, not by "last week"', async () => {
    await expectFirstQuotes(engine(), [['What day did Tomas Berg bring his homemade radio to school?', /March 3/]]);
  });

  it('"op welke dag" too, in Dutch', async () => {
    await expectFirstQuotes(engine(), [['Op welke dag begon de sloop van de oude brug over de Marlo?', /14 mei/]]);
  });
});

describe('a yes/no question answered by the sentence that says its verb', () => {
  const engine = engineWith('bron-yesno-verb-', {
    ferry: {
      title: 'Former crew member sues ferry company',
      outlet: 'Harbour Post',
      date: '2025-03-02',
      language: 'en',
      body:
        'Mara Velt, a former crew member of the Norbridge Ferry Company, has claimed that the Norbridge Ferry ' +
        'Company kept her aboard its ship Seabird for two years without pay.\n\nIn a statement to the ' +
        'press, the Norbridge company denied these allegations. She later moved to Lisbon.',
    },
  });

  it('quotes first the unit that says the asked verb: "Did X deny …" → "… denied these allegations"', async () => {
    await expectFirstQuotes(engine(), [
      ["Did the Norbridge Ferry Company deny Mara Velt's allegations?", /denied these allegations/],
    ]);
  });
});

describe('a yes/no question whose verb after a pronoun is none of its words', () => {
  const post = (title: string, date: string, body: string) => ({
    title,
    outlet: 'Harbour Post',
    date,
    language: 'en',
    body,
  });
  const ferry = (day: number) =>
    post(
      `Harbour news ${day}`,
      `2025-04-0${day}`,
      `The ferry to the island left late on day ${day} because of fog. The harbour master said the fog would lift.`,
    );
  const engine = engineWith('bron-yesno-pronoun-', {
    shop: post(
      'An interview with the owner of a bicycle shop',
      '2025-04-10',
      'Do you ask applicants for references?\n\nNo, we never call the references that applicants give us: most ' +
        'applicants have no references.\n\nHow long have you run the shop?\n\nTwelve years now.',
    ),
    fair: post(
      'Harbour hall fair',
      '2025-04-11',
      'The spring fair in the harbour hall on Saturday offered music, food, games and a corner where visitors could ' +
        'talk about a job or their references.',
    ),
    f1: ferry(1),
    f2: ferry(2),
    f3: ferry(3),
  });

  it('"Do they ask job applicants …": no noun after the pronoun stands in for the verb', async () => {
    await expectFirstQuotes(engine(), [['Do they ask job applicants for references?', /never call the references/]]);
  });
});

describe('the item a stated ordinal asks of a list: "What was the second reason …?"', () => {
  const engine = engineWith('bron-enumerated-', {
    bakery: {
      title: 'Why a village bakery bakes at night',
      outlet: 'Food Weekly',
      date: '2024-03-12',
      language: 'en',
      body: [
        'The baker Ada Lind has baked at night for twenty years. Lind gave three reasons for working at night.',
        'First, the ovens are cheaper to run after midnight. Second, customers find fresh loaves when the shop opens ' +
          'at seven. Third, the streets are quiet for the delivery van.',
        'The bakery sells some 400 loaves a day, most of them rye.',
      ].join('\n\n'),
    },
  });

  it('quotes the unit the list marks with that ordinal first', async () => {
    await expectFirstQuotes(engine(), [['What was the second reason Lind gave for working at night?', /fresh loaves/]]);
  });
});

describe('a sample’s size in statistical notation: "the control group (n = 40)"', () => {
  const engine = engineWith('bron-sample-size-', {
    trial: {
      title: 'Reading games in Kestrel schools',
      outlet: 'Journal of Play',
      date: '2024-02-01',
      language: 'en',
      body:
        'Pupils of two Kestrel schools took part. The first class (n = 31) played the reading games daily, while ' +
        'the control group (n = 40) only sat the reading tests.',
    },
  });

  it('counts the noun before the bracket', async () => {
    const a = await engine().ask('How big was the control group?');
    expect(a.figures?.map((f) => f.value)).toEqual([40]);
  });
});

describe('a figure whose noun has every counted word: "the control group (n = 40)" before "two groups"', () => {
  const engine = engineWith('bron-sample-whole-', {
    trial: {
      title: 'Reading games in Kestrel schools',
      outlet: 'Journal of Play',
      date: '2024-02-01',
      language: 'en',
      body:
        'The sample was 71 pupils of two Kestrel schools, divided into two groups: players and control. The players ' +
        '(n = 31) played the reading games daily, the control group (n = 40) only sat the reading tests.',
    },
  });

  it('lists the figure of the whole noun first', async () => {
    const a = await engine().ask('How big was the control group?');
    expect(a.figures?.[0]?.value).toBe(40);
  });
});

describe('a paper’s byline: "N S Andres and R T Ponce", then where they work', () => {
  const engine = engineWith('bron-byline-', {
    paper: {
      title: 'Lighting in lecture halls',
      outlet: 'Conference Series',
      date: '2024-02-01',
      language: 'en',
      body:
        'M T Velder and J Ostrand\n\nm.velder@example.org\n\nPhysics Department, Norrvik State University, Norrvik\n\n' +
        'Abstract\n\nThe lecture halls were lit with lamps of three kinds. Students rated each kind for comfort.',
    },
  });

  it('quotes the line after the names, past a mail address', async () => {
    const a = await engine().ask('Which university are Velder and Ostrand from?');
    expect(a.citations[0]?.quote).toContain('Norrvik State University');
  });
});

describe('a span of time asked in one unit and given in another: "for how many weeks" over "30 days"', () => {
  const engine = engineWith('bron-time-units-', {
    visa: {
      title: 'Visiting the island',
      outlet: 'Travel Guide',
      date: '2025-04-02',
      language: 'en',
      body:
        'Visitors need a tourist card to enter the island.\n\n' +
        'The tourist card is valid for 30 days and can be extended once at any immigration office.',
    },
    staking: {
      title: 'Buschauffeurs staken',
      outlet: 'De Krant',
      date: '2025-07-01',
      language: 'nl',
      body: 'De buschauffeurs legden het werk neer.\n\nAls zij hun zin niet krijgen, staken de chauffeurs over twee weken weer.',
    },
  });

  it('reads a number before any unit of time as counting the unit asked', () => {
    const stats = CorpusStats.fromArticles([{ id: 'v', language: 'en', body: 'The card is valid for weeks.' }]);
    const q = analyse('For how many weeks is the card valid?', stats);
    expect(q.counted.map((g) => g.id)).toEqual(['weeks']);
    expect(countsInOtherWords('The card is valid for 30 days.', 'en', q)).toBe(true);
    expect(countsInOtherWords('The card costs 30 dollars.', 'en', q)).toBe(false);
  });

  it('answers with the span in the article’s unit, in English and Dutch', async () => {
    await expectFirstQuotes(engine(), [
      ['For how many weeks is the tourist card valid?', /valid for 30 days/],
      ['Over hoeveel dagen staken de buschauffeurs weer?', /over twee weken weer/],
    ]);
  });
});
