import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationSupport } from '../../eval/evaluate.js';
import { findAttribution } from '../../src/answer/attribution.js';
import { type AnswerContext, type Candidate, fieldLabel, pairedTerm } from '../../src/answer/candidates.js';
import { defines, titles } from '../../src/answer/features.js';
import {
  answerNearAsked,
  answersNearAsked,
  hasKind,
  looksLikeDay,
  looksLikeYear,
  namesCurrency,
} from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { spokenBy } from '../../src/answer/speech.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { sentenceStems } from '../../src/answer/text-view.js';
import { loadAliases } from '../../src/corpus/aliases.js';
import type { Article } from '../../src/corpus/article.js';
import { pack } from '../../src/lang/index.js';
import { baseLexicon } from '../../src/lang/lexicon.js';
import { ABBREVIATION_MARK, stem, words } from '../../src/text/analyze.js';
import { expandQuery } from '../../src/text/expand.js';
import { findNumbers, joinedToLetters } from '../../src/text/numbers.js';
import { engineOver, engineWith, expectFirstQuotes, tempDir, writeArticle } from '../support/engine.js';
import { groupForms } from '../support/question-forms.js';

/** The answerer's steps on small hand-made texts, in both languages: nothing here is about the seed corpus. */
const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body: 'Martin Luther was born in Eisleben. Luther wrote many letters. Luther spoke with Calvin.',
  },
  {
    id: 'b',
    language: 'nl',
    body: 'President Poetin sprak in Moskou. Later sprak president Poetin opnieuw in Koersk.',
  },
]);

describe('reading the question', () => {
  const kind = (q: string) => analyse(q, stats).kind;

  it('reads the kind of answer the wording asks for, in English and Dutch', () => {
    expect(kind('How many letters did Luther write?')).toBe('count');
    expect(kind('Hoeveel brieven schreef Luther?')).toBe('count');
    // "hoeveel" asks how much of a singular noun, how many of a plural or a unit of counting.
    expect(kind('Hoeveel schade heeft de storm veroorzaakt?')).toBe('amount');
    expect(kind('Hoeveel water stond er in de kelder?')).toBe('amount');
    expect(kind('Hoeveel nieuwe woningen komen er?')).toBe('count');
    expect(kind('Hoeveel keer won Luther?')).toBe('count');
    expect(kind('Hoeveel jaar duurde de oorlog?')).toBe('count');
    expect(kind('When was Luther born?')).toBe('time');
    expect(kind('In what year did the war end?')).toBe('time');
    expect(kind('Wanneer werd Luther geboren?')).toBe('time');
    // The question word that opens the question asks, not one in a clause after it.
    expect(kind('Why did Luther write his letters where he could?')).toBe('reason');
    expect(kind('Why did Luther stay at home when it rained?')).toBe('reason');
    expect(kind('Waarom schreef Luther brieven waar hij kon?')).toBe('reason');
    // A span of time, asked in the plural or as a period.
    expect(kind('During which years was Isfahan the capital of Persia?')).toBe('time');
    expect(kind('In welke periode behoorde de stad tot de grootste?')).toBe('time');
    expect(analyse('What happened in the harbour?', stats).overview).toBe(true);
    expect(analyse('Wat is er gebeurd?', stats).overview).toBe(true);
    expect(analyse('What happened in 1905?', stats).overview).toBe(false); // one event, not the articles' gist
    // What happened to a thing is a question about it; what happened to a name alone is the overview of it.
    expect(analyse('What happened to the shares?', stats).overview).toBe(false);
    expect(analyse('Wat is er gebeurd met het oude zwembad?', stats).overview).toBe(false);
    expect(analyse('What happened to Marvona?', stats).overview).toBe(true);
    // Between two points, during a stretch: one stretch of events, no gist of the articles.
    expect(analyse('In the harbour diagram, what happened between the two stops?', stats).overview).toBe(false);
    expect(analyse('Wat gebeurde er tijdens de storm in de haven?', stats).overview).toBe(false);
    expect(kind('How far is the lighthouse from the harbour?')).toBe('amount');
    expect(kind('How big is the province?')).toBe('amount');
    expect(kind('Hoe groot is de provincie?')).toBe('amount');
    // A name asked for is no definition, nor a manner.
    expect(kind('What is the beetle called?')).toBe('other');
    expect(kind('Hoe heet de kever?')).toBe('other');
    expect(analyse('Hoe heet de kever?', stats).shape).toBe('name');
    expect(analyse('What is the beetle called in Dutch?', stats).shape).toBe('name');
    // A name of one kind is a name: "What is the Dutch name of …", "Wat is de Engelse naam van …".
    expect(analyse('What is the Dutch name of the beetle?', stats).shape).toBe('name');
    expect(analyse('Wat is de Engelse naam van de kever?', stats).shape).toBe('name');
    // A real name is the one behind another: more than a naming word says it.
    expect(analyse('Wat was de echte naam van de schrijfster?', stats).shape).toBeUndefined();
    // What someone calls a thing is its name ("known as Eboracum by the Romans").
    expect(analyse('What did the farmers call the beetle?', stats).shape).toBe('name');
    const called = analyse('Hoe noemden de boeren de kever?', stats);
    expect(called.shape).toBe('name');
    expect(called.groups.map((g) => g.id)).not.toContain('noemden'); // as "heet" in "Hoe heet de kever?"
    // A work's title is its name: "I called it …" gives it.
    expect(analyse('What was the title of her talk at the conference?', stats).shape).toBe('name');
    expect(analyse('Wat was de titel van haar lezing?', stats).shape).toBe('name');
    expect(analyse('What was her first novel titled?', stats).shape).toBe('name');
    expect(kind('Hoe hoog is de toren?')).toBe('amount');
    // An abbreviation in capitals is not the question word it folds to.
    expect(kind('What does the WHO recommend for hand hygiene?')).not.toBe('person');
    expect(kind('Does the WHO recommend masks?')).toBe('yesno');
    expect(kind('Who leads the WHO?')).toBe('person');
    expect(kind('WHO WROTE THE LETTERS?')).toBe('person'); // typed in capitals throughout
    expect(kind('Where was Luther born?')).toBe('place');
    expect(kind('Waar werd Luther geboren?')).toBe('place');
    expect(kind('Why did Luther write letters?')).toBe('reason');
    // "now" asks nothing an answer must write, as Dutch "nu": not the relation a question for a person asks.
    const now = analyse('Who is now the youngest member of the council?', stats);
    expect(now.groups.map((g) => g.id)).not.toContain('now');
    expect(now.relation?.id).toBe('youngest');
    // Asked for a cause in other words than "why".
    for (const q of [
      'Waardoor komt de hitte?',
      'Hoe kwam het dat de brieven verdwenen?',
      'Wat is de oorzaak van de brand?',
      'How come Luther wrote letters?',
      'What was the cause of the fire?',
      // A cause asked through what brought it about.
      'What made the crane topple over?',
      'What set off the stampede?',
      'Wat leidde tot de brand?',
      'Wat zorgde ervoor dat de brug dichtging?',
      // The cause of a death.
      'What did Luther die of?',
      'Waaraan overleed Luther?',
    ])
      expect(kind(q), q).toBe('reason');
    // A question of degree asks a quantity: "hoe warm", "how fast".
    for (const q of ['Hoe warm werd het in de stad?', 'How hot did it get?', 'How fast does the train go?'])
      expect(kind(q), q).toBe('amount');
    // … in the units of what it measures, the adjective no word an answer must say.
    for (const [q, measure] of [
      ['How heavy is the bell?', 'weight'],
      ['Hoe zwaar is de klok?', 'weight'],
      ['How hot did it get?', 'temperature'],
      ['Hoe ver is de vuurtoren?', 'distance'],
    ] as const) {
      const asked = analyse(q, stats);
      expect(asked.measure, q).toBe(measure);
      expect(
        asked.groups.map((g) => g.id),
        q,
      ).not.toContain(words(q)[1]);
    }
    expect(kind('Who is Martin Luther?')).toBe('definition');
    expect(kind('Who is Martin Luther married to?')).toBe('person');
    expect(kind("Who was Martin Luther's father?")).toBe('person');
    expect(kind('Wat is solfège?')).toBe('definition');
    expect(kind('Who applies cost estimates?')).toBe('person');
    // No name to define: who did it, not who someone is.
    expect(kind('Who was responsible for the letters?')).toBe('person');
    expect(kind('Wie was verantwoordelijk voor de brieven?')).toBe('person');
    expect(kind('Wie is Luther?')).toBe('definition');
    expect(kind('Om hoe laat sprak Poetin?')).toBe('time');
    expect(kind('What was the reason for the letters?')).toBe('reason');
    expect(kind('Did Luther write letters?')).toBe('yesno');
    expect(kind('How old was Luther?')).toBe('age');
    // "or" between two verbs of one question asks yes or no; between two short answers it offers a choice.
    expect(kind('Was anyone hurt or killed in the fire at the harbour?')).toBe('yesno');
    expect(kind('Werd er iemand gewond of gedood bij de brand in de haven?')).toBe('yesno');
    expect(kind('Did Luther write letters or books?')).not.toBe('yesno');
  });

  it('reads the relation a question for a person asks: its verb, the role after a copula, past a light verb', () => {
    const known = CorpusStats.fromArticles([
      { id: 'a', language: 'en', body: 'Anna Berg won the prize. The mayor spoke.' },
      {
        id: 'b',
        language: 'nl',
        body: 'Berg heeft de prijs gewonnen. Sem maakte het doelpunt. De burgemeester sprak.',
      },
    ]);
    const relation = (q: string) => analyse(q, known).relation?.id;
    expect(relation('Who won the prize in 2003?')).toBe('won');
    expect(relation('Who has won the prize?')).toBe('won'); // English: the verb follows the auxiliary
    expect(relation('Wie heeft de prijs in 2003 gewonnen?')).toBe('gewonnen'); // Dutch: it closes the clause
    expect(relation('Wie is de burgemeester van Lindeveld?')).toBe('burgemeester');
    expect(relation('Door wie werd de prijs gewonnen?')).toBe('gewonnen'); // a passive's participle closes it
    expect(relation('By whom was the prize won?')).toBe('won');
    expect(relation('Wie maakte het doelpunt?')).toBe('doelpunt'); // a light verb says little
    // A word the articles never write: no unit can say it in their language; across languages a translation may lack.
    expect(relation('Who founded the prize?')).toBe('founded');
    const dutch = CorpusStats.fromArticles([{ id: 'b', language: 'nl', body: 'Berg heeft de prijs gewonnen.' }]);
    expect(analyse('Who founded the prize?', dutch).relation).toBeUndefined();
    expect(analyse('Who won the prize?', dutch).relation?.id).toBe('won');
    expect(relation('Where did Anna Berg win the prize?')).toBeUndefined(); // no question for a person
    // An adverb before the verb says how or how often: the verb says the relation.
    expect(relation('Who usually won the prize?')).toBe('won');
    expect(relation('Who really won the prize?')).toBe('won');
    // The verb that stands for any other asks no relation a unit must say ("to do something like this").
    expect(relation('Who had done something like the prize?')).toBeUndefined();
    // A verb that takes the next bare ("helped put together") asks that next verb's relation.
    expect(relation('Who helped win the prize?')).toBe('win');
    // A role named by a copula, which an adjective of another place may give to another ("De Morlandse president").
    expect(analyse('Wie is de burgemeester van Lindeveld?', known).role).toBe(true);
    expect(analyse('Who is the president of Lindeveld?', known).role).toBe(true);
    expect(analyse('Who won the prize?', known).role).toBe(false);
    expect(analyse('Door wie werd de prijs gewonnen?', known).role).toBe(false);
  });

  it('meets every word of dying with a phrase of dying the question says: "verongelukte", "kwam om het leven"', () => {
    const soft = (q: string, id: string) => [
      ...(analyse(q, stats)
        .groups.find((g) => g.id === id)
        ?.soft.get('nl') ?? []),
    ];
    for (const w of ['stierf', 'stierven', 'overleed'])
      for (const [q, id] of [
        ['Waar verongelukte Poetin?', 'verongelukte'],
        ['Wanneer kwam Poetin om het leven?', 'leven'],
      ] as const)
        expect(soft(q, id), `${q} ${w}`).toContain(stem(w, 'nl'));
    expect(soft('Hoe lang leven zeeschildpadden?', 'leven')).not.toContain(stem('stierf', 'nl'));
  });

  it('knows a compound the articles never write by the parts they do: "mobielverbod"', () => {
    const school = CorpusStats.fromArticles([
      {
        id: 'a',
        language: 'nl',
        body: 'Leerlingen mogen hun mobiele telefoon niet gebruiken. Het verbod geldt overal.',
      },
    ]);
    const g = analyse('Wanneer gaat het mobielverbod in?', school).groups.find((x) => x.id === 'mobielverbod');
    expect(g?.known).toBe(true);
    expect([...(g?.soft.get('nl') ?? [])]).toEqual(
      expect.arrayContaining([stem('verbod', 'nl'), stem('mobiel', 'nl')]),
    );
    // A part alone is no compound: "telefoonverbod" over articles without "telefoon" is not known.
    const ban = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body: 'Het verbod geldt overal.' }]);
    expect(analyse('Wanneer gaat het telefoonverbod in?', ban).groups[0]?.known).toBe(false);
  });

  it('finds an irregular verb\'s forms from a regular form the table does not list: "leads" finds "led"', () => {
    const led = CorpusStats.fromArticles([
      { id: 'a', language: 'en', body: 'The company will be led by Anders Lind. She is leading the talks.' },
    ]);
    const forms = (q: string, id: string) => [
      ...(analyse(q, led)
        .groups.find((g) => g.id === id)
        ?.forms.get('en') ?? []),
    ];
    expect(forms('Who leads the company?', 'leads')).toContain('led');
    expect(forms('Who is leading the company?', 'leading')).toContain('led');
  });

  it('reads "which sea", "welk eiland": a geographic feature asked by name, as a place question', () => {
    expect(kind('Under the ice of which sea was the unknown ecosystem discovered?')).toBe('place');
    expect(kind('Which rivers did Luther cross?')).toBe('place');
    expect(kind('Op welk eiland schreef Luther de brieven?')).toBe('place');
    expect(kind('Onder het ijs van welke zee werd het leven ontdekt?')).toBe('place');
    // The place only qualifies what is asked: the ruler is a person.
    expect(kind("Who was the ruler of which island's fleet?")).not.toBe('place');
  });

  it('reads a mistyped question word that is a word itself from the verb after it: "were did" is "where did"', () => {
    expect(kind('were did Luther write letters?')).toBe('place');
    expect(kind('Were there letters?')).toBe('yesno');
    expect(kind('Was is een brief?')).toBe('definition');
    expect(kind('Was Luther in Eisleben?')).toBe('yesno');
  });

  it('reads "the number of" as a count only when no other question word asks first', () => {
    expect(kind('What was the number of letters?')).toBe('count');
    expect(kind('Wat is het aantal brieven?')).toBe('count');
    expect(kind('Why did the number of letters fall?')).toBe('reason');
    expect(kind('When did the number of letters fall?')).toBe('time');
    expect(kind('Op welke eilanden werd het aantal landingen beperkt?')).not.toBe('count');
    expect(kind('Wanneer daalde het aantal brieven?')).toBe('time');
    expect(kind('Over welke aantallen brieven berichten de bronnen?')).toBe('count');
    // "a (large) number of" says "several"; it asks no count.
    expect(kind('What did Luther work as for a number of years?')).not.toBe('count');
    expect(kind('What caused a large number of letters?')).not.toBe('count');
  });

  it('sets a leading subordinate clause aside: "When a plant is injured, what …" asks what', () => {
    expect(analyse('When a plant is injured, what does it release?', stats).kind).not.toBe('time');
    // A relative clause between commas is no leading clause: this asks when.
    expect(analyse('When did Luther learn that Calvin, who lived in Geneva, was ill?', stats).kind).toBe('time');
  });

  it('finds the counted noun phrase, also when the question checks a stated figure', () => {
    const counted = (q: string) => analyse(q, stats).counted.map((g) => g.id);
    expect(counted('How many letters did Luther write?')).toEqual(['letters']);
    expect(counted('Hoeveel Oekraïense soldaten vechten er?')).toEqual(['oekraiense', 'soldaten']);
    expect(counted('Hoeveel procent steunt windmolens?')).toEqual(['procent']);
    // A verb after the noun ends the phrase: "verloren" looks like a plural noun but is a past tense.
    expect(counted('Hoeveel geld verloren de slachtoffers?')).toEqual(['geld']);
    // So does a regular English past tense, before a function word as before a name, though the articles write it
    // after a number ("4,000 people lived there"), which makes it look like something counted.
    const town = CorpusStats.fromArticles([
      { id: 't', language: 'en', body: 'In 1500, 4,000 people lived in Eisleben. By 1600, 6,000 lived there.' },
    ]);
    expect(analyse('How many people lived in Eisleben before the war?', town).counted.map((g) => g.id)).toEqual([
      'people',
    ]);
    // A present tense after the plural ends it too, though the articles write it after a number ("40 live there").
    const island = CorpusStats.fromArticles([
      { id: 'i', language: 'en', body: 'About 40 live on the small island. Some 600 live on the main island.' },
    ]);
    expect(analyse('How many people live on the small island?', island).counted.map((g) => g.id)).toEqual(['people']);
    // A verb right after "how much": the amount of what happened, no noun counted.
    expect(counted('By how much did the vaccine cut malaria?')).toEqual([]);
    expect(counted('Hoeveel zijn er omgekomen bij de brand?')).toEqual([]);
    // A word with an article after it is the verb: how much the thing grew, no noun counted.
    expect(counted('Hoeveel groeide het alcoholvrije bier?')).toEqual([]);
    expect(counted('Hoeveel steeg de huur in Lindeveld?')).toEqual([]);
    expect(counted('How many of the letters did Luther write?')).toEqual(['letters']);
    const stated = analyse('Did Luther write 300 letters?', stats);
    expect(stated.kind).toBe('count');
    expect(stated.stated).toBe(true);
    expect(stated.counted.map((g) => g.id)).toEqual(['letters']);
    // A year before a singular noun says which one: "her 1998 study" states no count of studies.
    const year = analyse('What did his 1521 letter show?', stats);
    expect([year.kind, year.stated]).toEqual(['other', false]);
    expect(analyse('Did Luther write 1521 letters?', stats).stated).toBe(true);
    // So does any number before a singular noun ("the echovirus 30 genome"), but a unit stays singular after its number.
    const named = analyse('What is the GC content of the echovirus 30 genome?', stats);
    expect([named.kind, named.stated]).toEqual(['other', false]);
    expect(analyse('Klopt het dat Luther 30 jaar in Eisleben woonde?', stats).stated).toBe(true);
    expect(analyse('Klopt het dat de brief 50 euro kostte?', stats).stated).toBe(true);
    // Numbers joined by a slash are a date or a rate: "the 9/11 attacks" states no count of attacks.
    const slashed = analyse('What did Luther do after the 9/11 letters?', stats);
    expect([slashed.kind, slashed.stated]).toEqual(['other', false]);
  });

  it('reads a question word with one typo as that word, but never a word of its own', () => {
    expect(analyse('hoevel brieven schreef Luther?', stats).kind).toBe('count');
    expect(analyse('Wanner werd Luther geboren?', stats).kind).toBe('time');
    expect(analyse('Were there 300 letters?', stats).kind).not.toBe('place'); // "were" is a word, not "where"
  });

  it('reads "take place", "vindt … plaats" in a when-question as happening, no word to find', () => {
    const ids = (q: string) => analyse(q, stats).groups.map((g) => g.id);
    expect(ids('When will the letters take place?')).toEqual(['letters']);
    expect(ids('Wanneer vindt de brievenactie plaats?')).toEqual(['brievenactie']);
  });

  it('reads a dictionary word beside a name as the name’s mistyped other word: "simon lichen"', () => {
    const body = 'The academic Simon Ličen joined the university. Ličen is originally from Slovenia.';
    const people = CorpusStats.fromArticles([{ id: 'l', language: 'en', body }]);
    const q = analyse('where is simon lichen originally from', people);
    expect(groupForms(q, 'lichen', 'en')).toContain(stem('licen', 'en'));
    expect(q.groups.find((g) => g.id === 'lichen')?.name).toBe(true);
    // Not beside a name, the word is what it says.
    expect(groupForms(analyse('where do lichen grow', people), 'lichen', 'en')).not.toContain(stem('licen', 'en'));
  });

  it('reads a mistyped name as the name the articles write, one edit away: "Scientolgy"', () => {
    const church = CorpusStats.fromArticles([
      { id: 's', language: 'en', body: 'The Church of Scientology denied it. Later Scientology spoke again.' },
    ]);
    const q = analyse('Did the Church of Scientolgy deny it?', church);
    expect(q.strangers).toEqual([]);
    expect(groupForms(q, 'scientolgy', 'en')).toContain(stem('scientology', 'en'));
  });

  it('counts the noun after two stated figures, not the second figure', () => {
    const q = analyse('Schreef Luther 30 of 300 brieven?', stats);
    expect(q.stated).toBe(true);
    expect(q.counted.map((g) => g.id)).toEqual(['brieven']);
    // "Gaat het om …" asks which figure it is, as "klopt het dat" asks to check one: no verb to find in an answer.
    const which = analyse('Gaat het om 30 of om 300 brieven?', stats);
    expect(which.stated).toBe(true);
    expect(which.groups.map((g) => g.id)).not.toContain('gaat');
  });

  it('leaves the count phrase’s own words out of what the answer must say', () => {
    const ids = (q: string) => analyse(q, stats).groups.map((g) => g.id);
    expect(ids('What is the number of letters Luther wrote?')).not.toContain('number');
    expect(ids('Wat is de omvang van de brieven van Luther?')).not.toContain('omvang');
    // "telt" says "has this many", as "have" does; outside a count question it is a word like any other.
    expect(ids('Hoeveel inwoners telt Eisleben?')).toEqual(['inwoners', 'eisleben']);
    expect(ids('Wie telt de stemmen in Eisleben?')).toContain('telt');
    // "How long did it take": "take" is the question's form; "What did Luther take" asks what he took.
    expect(ids('How long did it take Luther to write the letters?')).not.toContain('take');
    expect(ids('What did Luther take to Eisleben?')).toContain('take');
    // … also with its subject before it: "How long did the journey to Eisleben take?".
    expect(ids('How long did the journey to Eisleben take?')).toEqual(['journey', 'eisleben']);
    // "last" closing a question of time is its form too; before a noun it says which one ("the last journey").
    expect(ids('How long will the journey to Eisleben last?')).toEqual(['journey', 'eisleben']);
    expect(ids('How long did the last journey to Eisleben take?')).toContain('last');
  });

  it('reads whose words are asked for', () => {
    const speakers = (q: string) => analyse(q, stats).speakers.map((g) => g.id);
    expect(speakers('What did Luther say about Calvin?')).toEqual(['luther']);
    expect(speakers('Wat zei Poetin over Moskou?')).toEqual(['poetin']);
    expect(speakers('Why did he write, according to Luther?')).toEqual(['luther']);
  });

  it('keeps a run of capitalised words as one name, and a hyphenated name whole', () => {
    expect(analyse('What did Martin Luther write?', stats).names).toEqual([[['martin'], ['luther']]]);
    expect(analyse('Wie is de president van Zuid-Korea?', stats).names).toEqual([[['zuid', 'korea']]]);
    // A name after an elided article is a name the asker capitalised.
    const elided = analyse("What was the profession of L'Enfant's father?", stats);
    expect(elided.groups.find((g) => g.id === 'enfant')?.name).toBe(true);
    // A number joined to a name is part of the name, not something else the question asks.
    const numbered = analyse('What are the symptoms of COVID-19?', stats);
    expect(numbered.names).toEqual([[['covid', '19']]]);
    expect(numbered.groups.find((g) => g.id === '19')?.name).toBe(true);
  });

  it('makes "killed or wounded" one word either of which answers', () => {
    const q = analyse('How many soldiers were killed or wounded?', stats);
    expect(q.groups.map((g) => g.id)).toEqual(['soldiers', 'killed']);
  });

  it('meets a name spelt another language’s way: Putin finds Poetin, Kursk finds Koersk', () => {
    const forms = (q: string, id: string) => groupForms(analyse(q, stats), id, 'nl');
    expect(forms('What did Putin say?', 'putin')).toContain('poetin');
    expect(forms('What happened in Kursk?', 'kursk')).toContain('koersk');
  });

  it('joins spellings of a name, not two names a stemmer folds together: Goode is no God, Rome no room', () => {
    const corpus = CorpusStats.fromArticles([
      {
        id: 'e',
        language: 'en',
        body: "Then Goode met God in Rome, near the Room of Chaos. Later Goode and Chao spoke of Byron and of Byron's letters.",
      },
    ]);
    expect(corpus.variantsOf('goode')).not.toContain('god');
    expect(corpus.variantsOf('rome')).not.toContain('room');
    expect(corpus.variantsOf('chao')).not.toContain('chaos');
    // "Byron's" is "byron" and "s", as a question's words are: no name of its own to join.
    expect(corpus.isNameWord('byron')).toBe(true);
    expect(corpus.variantsOf('byron').filter((v) => v !== 'byron' && v.startsWith('byron'))).toEqual([]);
  });

  it('translates a phrase word for word when the words agree in number: "South Korean" → "Zuid-Koreaans"', () => {
    // Phrases of a corpus's glossary, over the shipped lexicon.
    const glossary = new Map([
      ['south korean', ['zuid-koreaanse', 'zuid-koreaans']],
      ['satellite images', ['satellietbeelden']],
    ]);
    const lexicon = baseLexicon().with(glossary);
    const terms = (q: string, group: string) =>
      expandQuery(q, 'en', ['nl'], { lexicon })
        .filter((t) => t.group === group && t.weight < 1)
        .map((t) => t.term);
    expect(terms('What did South Korean intelligence reveal?', 'south')).toEqual(['zuid', 'zuid']);
    expect(terms('What did South Korean intelligence reveal?', 'korean')).not.toContain('zuid');
    expect(terms('How many satellite images?', 'images')).toEqual(['satellietbeelden']); // one word for two
    // A name gives no phrase ("Groot-Mokum") whose every word stands for it; its one-word translation stays.
    expect(terms('Who won the Amsterdam Marathon?', 'amsterdam')).toContain('mokum');
    expect(terms('Who won the Amsterdam Marathon?', 'amsterdam')).not.toContain('groot');
    // … nor when it has none: the ship "Gannet" is no "jan-van-gent" (the bird), whose "jan" names any Jan.
    expect(terms('How old is the Gannet?', 'gannet')).toEqual([]);
    expect(terms('How many gannets nest there?', 'gannets')).toContain('jan'); // the bird, not a name
  });

  it("gives a word the lexicon lacks its base form in the articles' other language, for the question only", () => {
    // Neither FreeDict nor WordNet knows "podcasts".
    const terms = (q: string, cognates: boolean) =>
      expandQuery(q, 'nl', ['en'], { cognates })
        .filter((t) => t.group === 'podcasts')
        .map((t) => t.term);
    expect(terms('Hoeveel podcasts maakte ze?', true)).toContain('podcast');
    // The embedder expands a query for every language: the same word's base form would only blur it.
    expect(terms('Hoeveel podcasts maakte ze?', false)).toEqual(['podcasts']);
    expect(expandQuery('What do ribozymes lack?', 'en').map((t) => t.term)).not.toContain('ribozyme');
  });

  it('looks for a borrowed word as the other language writes it, unless the lexicon knows that form otherwise', () => {
    const terms = (q: string, group: string, from = 'en', to = 'nl') =>
      expandQuery(q, from, [to], { cognates: true })
        .filter((t) => t.group === group)
        .map((t) => t.term);
    // Neither FreeDict nor WordNet translates "historical" or "dramatisch".
    expect(terms('Which historical buildings burned?', 'historical')).toContain('historisch');
    expect(terms('Hoe dramatisch was de val?', 'dramatisch', 'nl', 'en')).toContain('dramatic');
    expect(terms('Which communications failed?', 'communications')).toContain('communicatie');
    // "directie" is the management: no translation of it opens as "direction" does.
    expect(terms('In which direction did it go?', 'direction')).not.toContain('directie');
    expect(terms('In which direction did it go?', 'direction', 'en', 'en')).toEqual(['direction']);
  });

  it('asks nothing with a form of a light verb the stop words list in another form ("doet" of "doen")', () => {
    const groups = (q: string) => [...new Set(expandQuery(q, 'nl', ['nl']).map((t) => t.group))];
    expect(groups('Wat doet men op Lichtjesdag?')).toEqual(['lichtjesdag']);
    expect(groups('Wat hebben ze gedaan in Brugge?')).toEqual(['brugge']);
    // "wees" is a stop word ("be!") and a form of "wijzen": a homograph does not make "wijst" light.
    expect(groups('Waar wijst de wegwijzer naar?')).toEqual(['wijst', 'wegwijzer']);
  });

  it('asks nothing with "ligt" of "waar ligt X" when the articles never write it, and keeps it where they do', () => {
    const ids = (q: string, body: string) =>
      analyse(q, CorpusStats.fromArticles([{ id: 'k', language: 'nl', body }])).groups.map((g) => g.id);
    expect(ids('Waar ligt het kasteel?', 'Het kasteel is een waterburcht in Gelderland.')).toEqual(['kasteel']);
    expect(ids('Waar ligt het kasteel?', 'Het kasteel ligt in Gelderland.')).toEqual(['ligt', 'kasteel']);
    expect(ids('Wat ligt er op tafel?', 'Het kasteel is een waterburcht.')).toContain('ligt');
  });

  it('translates only into the articles’ other languages: an English question on English text is not expanded', () => {
    const en = CorpusStats.fromArticles([{ id: 'x', language: 'en', body: 'The element carbon is common.' }]);
    expect(analyse('What is the element carbon?', en).retrieval.every((t) => t.weight === 1 || t.term !== 'punt')).toBe(
      true,
    );
    expect(analyse('What is the element carbon?', en).groups.every((g) => [...g.forms.keys()].join() === 'en')).toBe(
      true,
    );
  });

  it('reads "what does X think", "wat vindt X" as asking for X’s words, in whatever verb the articles use', () => {
    const ids = (q: string) => analyse(q, stats).groups.map((g) => g.id);
    expect(ids('What does Luther think?')).toEqual(['luther']);
    expect(ids('Wat vindt Poetin?')).toEqual(['poetin']);
    expect(ids('What does Luther think about Calvin?')).toEqual(['luther', 'calvin']);
    // What someone asks or demands is in their words too.
    expect(ids('Wat vraagt Poetin van Moskou?')).toEqual(['poetin', 'moskou']);
    expect(analyse('What did Luther demand of Calvin?', stats).kind).toBe('speech');
    // What a paper writes or reports is its words too; a report that says something is what the question is about.
    expect(ids('What does Luther write about Calvin?')).toEqual(['luther', 'calvin']);
    expect(ids('Wat schrijft Poetin over Moskou?')).toEqual(['poetin', 'moskou']);
    expect(ids('What did the report say about Luther?')).toEqual(['report', 'luther']);
    // Chat spelling: "whats X saying" is "what is X saying", which asks for X's words as "what did X say" does.
    expect(analyse('whats Luther saying about Calvin', stats).kind).toBe('speech');
    // A question word inside what was said asks nothing itself; a tweet is said too.
    for (const q of [
      'What did Luther say about how much the letters cost?',
      'What did Luther say about why he left?',
      'Wat zei Luther over hoeveel brieven er waren?',
      'What did Luther tweet to Calvin?',
    ])
      expect(analyse(q, stats).kind, q).toBe('speech');
    expect(ids('whats Luther saying about Calvin')).toEqual(['luther', 'calvin']);
    expect(analyse('wheres Luther born', stats).kind).toBe('place');
    // "erover", "daarvan": a pronoun joined to a preposition points back, it is nothing to find.
    expect(ids('Wat zegt Poetin erover?')).toEqual(['poetin']);
    expect(ids('Wat vindt Poetin daarvan?')).toEqual(['poetin']);
  });

  it('reads "tell me about X", "vertel eens over X" as asking who or what X is, the request’s words as form', () => {
    const read = (q: string) => {
      const a = analyse(q, stats);
      return [a.kind, ...a.groups.map((g) => g.id)];
    };
    expect(read('Tell me about Martin Luther')).toEqual(['definition', 'martin', 'luther']);
    expect(read('What do you know about Luther?')).toEqual(['definition', 'luther']);
    expect(read('Vertel eens over Poetin')).toEqual(['definition', 'poetin']);
    expect(read('Wat weet je over Poetin?')).toEqual(['definition', 'poetin']);
    expect(read('Tell me about the letters Luther wrote to Calvin in the winter')[0]).not.toBe('definition');
  });

  it('reads a chat question from its question word: greetings, "can you tell me", "weet jij" ask nothing', () => {
    const read = (q: string) => {
      const a = analyse(q, stats);
      return [a.kind, ...a.groups.map((g) => g.id)];
    };
    expect(read('hey, can you tell me how many letters Luther wrote?')).toEqual([
      'count',
      'letters',
      'luther',
      'wrote',
    ]);
    expect(read('Do you know when Luther was born?')).toEqual(['time', 'luther', 'born']);
    expect(read('hoi, weet jij hoeveel brieven Luther schreef? bedankt!')).toEqual([
      'count',
      'brieven',
      'luther',
      'schreef',
    ]);
    expect(read('Kun je me vertellen wanneer Luther werd geboren?')).toEqual(['time', 'luther', 'geboren']);
    expect(read('Can you tell me about Luther?')).toEqual(['definition', 'luther']);
    expect(read('Kun je me iets vertellen over Luther?')).toEqual(['definition', 'luther']);
  });

  it('reads an agent noun as its verb too, and "Name the X" as "what are the X"', () => {
    const corpus = CorpusStats.fromArticles([
      { id: 'e', language: 'en', body: 'Philips was founded by Gerard Philips in 1891.' },
      { id: 'n', language: 'nl', body: 'Jaarlijks bezoeken veel toeristen het Philips Museum.' },
    ]);
    const soft = (q: string, id: string, lang: string) => [
      ...(analyse(q, corpus)
        .groups.find((g) => g.id === id)
        ?.soft.get(lang) ?? []),
    ];
    expect(soft('Who were the founders of Philips?', 'founders', 'en')).toContain(stem('founded', 'en'));
    expect(soft('Wie zijn de bezoekers van het Philips Museum?', 'bezoekers', 'nl')).toContain(stem('bezoeken', 'nl'));
    const named = analyse('Name the founders of Philips', corpus);
    expect(named.groups.map((g) => g.id)).toEqual(['founders', 'philips']);
    expect(analyse('Noem de oprichters van Philips', corpus).groups.map((g) => g.id)).toEqual([
      'oprichters',
      'philips',
    ]);
  });

  it('translates a Dutch verb joined to the particle closing the question: "riep … terug" is "recall"', () => {
    const corpus = CorpusStats.fromArticles([
      { id: 'e', language: 'en', body: 'In 2021 Philips recalled millions of machines.' },
    ]);
    const q = analyse('Waarom riep Philips de apparaten terug?', corpus);
    expect(groupForms(q, 'riep', 'en')).toContain(stem('recalled', 'en'));
    expect(q.groups.map((g) => g.id)).not.toContain('terug');
  });

  it('leaves out an asked word the articles’ language says with a stop word: "want" is "wil" in Dutch', () => {
    const nl = CorpusStats.fromArticles([{ id: 'x', language: 'nl', body: 'Jansen wil een nieuwe brug bouwen.' }]);
    const en = CorpusStats.fromArticles([{ id: 'y', language: 'en', body: 'Jansen does want a new bridge.' }]);
    const ids = (q: string, s: CorpusStats) => analyse(q, s).groups.map((g) => g.id);
    expect(ids('What does Jansen want?', nl)).toEqual(['jansen']);
    expect(ids('Wat wil Jansen?', nl)).toEqual(['jansen']);
    expect(ids('What does Jansen want?', en)).toEqual(['jansen', 'want']); // a content word in its own language
  });

  it('leaves out an asked word that is a stop word as written in the articles’ language: "The Harbour" in Dutch', () => {
    const body = 'Rules are printed in The Harbour Times. Anna wrote for The Harbour Times.';
    const en = CorpusStats.fromArticles([{ id: 'y', language: 'en', body }]);
    const ids = (q: string) => analyse(q, en).groups.map((g) => g.id);
    expect(ids('Heeft The Harbour Times vaste regels over de grappen die ze niet maken?')).not.toContain('the');
    expect(ids('Heeft The Harbour Times vaste regels over de grappen die ze niet maken?')).toContain('harbour');
  });
});

describe('stemming', () => {
  it('an English verb and its past tense share a stem, so "when did X die" meets "X died"', () => {
    const en = pack('en');
    expect(new Set(['die', 'died', 'dies', 'dying'].map((w) => en.stem(w))).size).toBe(1);
    expect(en.stem('caught')).not.toBe(en.stem('catch')); // irregular forms are the lexicon's, not the stemmer's
    expect(en.stem('pachomius')).toBe('pachomius'); // a name ending in -us keeps its ending
  });

  it('reads a compound written with a hyphen as the compound written without, not a number joined to a name', () => {
    expect(sentenceStems('Zij kreeg de Gezelle-prijs.', 'nl').has(stem('gezelleprijs', 'nl'))).toBe(true);
    expect(sentenceStems('An e-mail came.', 'en').has(stem('email', 'en'))).toBe(true);
    expect(sentenceStems('COVID-19 spread.', 'en').has(stem('covid19', 'en'))).toBe(false);
  });

  it("drops only the stop words of a text's own language: another's may be its words", () => {
    // Dutch "met" (with), "men" (one), "die" (that) are English words; English "as" is Dutch for ash.
    expect([...sentenceStems('In 1833 she met Babbage; the men did not die.', 'en')]).toEqual(
      expect.arrayContaining(['met', 'man', 'die']),
    );
    expect(sentenceStems('Een kruis van as.', 'nl').has('as')).toBe(true);
    expect(sentenceStems('Een kruis met as.', 'nl').has('met')).toBe(false);
  });

  it('reads letters glued after a number ("33rd", "21ste", "5km") as no word of their own', () => {
    expect(words('the 33rd festival, 1st and 2nd, de 21ste en 3e editie, 5km')).toEqual([
      'the',
      '33',
      'festival',
      '1',
      'and',
      '2',
      'de',
      '21',
      'en',
      '3',
      'editie',
      '5',
    ]);
    expect(words('COVID19 and the RD')).toEqual(['covid', '19', 'and', 'the', 'rd']); // letters before a number stay
  });

  it('reads an identifier of a few letters and digits as one word: "X2", "A12", "H5N1", "HCoV-OC43"', () => {
    expect(words('The Lumo X2, the A12, H5N1 and HCoV-OC43')).toEqual([
      'the',
      'lumo',
      'x2',
      'the',
      'a12',
      'h5n1',
      'and',
      'hcov',
      'oc43',
    ]);
  });
});

describe("a verb's forms the stemmer leaves apart", () => {
  const corpus = CorpusStats.fromArticles([
    { id: 'e', language: 'nl', body: 'De eerste krant werd gedrukt op 8000 exemplaren. De fabriek maakte stoelen.' },
    { id: 'f', language: 'nl', body: 'De stad heeft een haven. Wie drukken wil, koopt papier.' },
    { id: 'g', language: 'nl', body: 'Hij heeft lang in de stad gewoond. Zij hebben de prijs gewonnen.' },
  ]);
  const forms = (q: string, word: string, lang: string) => groupForms(analyse(q, corpus), word, lang);
  const nl = pack('nl');

  it('finds the participle and the past tense the articles write, from any form, across languages', () => {
    expect(forms('Wanneer drukt men de krant?', 'drukt', 'nl')).toContain(nl.stem('gedrukt'));
    expect(forms('Wat werd er gedrukt?', 'gedrukt', 'nl')).toContain(nl.stem('drukken'));
    expect(forms('How many copies were printed?', 'printed', 'nl')).toContain(nl.stem('gedrukt'));
    expect(forms('Wat gaan ze maken?', 'maken', 'nl')).toContain(nl.stem('maakte'));
  });

  it('adds no form the articles never write, and does not join a short stem to another word', () => {
    expect(forms('Wat gaan ze maken?', 'maken', 'nl')).not.toContain('gemaakt');
    expect(forms('Waar staat de fabriek?', 'staat', 'nl')).not.toContain(nl.stem('stad'));
  });

  it('reads an irregular past as its own verb’s, not as a regular verb’s it looks like: "won" is no "gewoond"', () => {
    expect(forms('Wie won de prijs?', 'won', 'nl')).toContain(nl.stem('gewonnen'));
    expect(forms('Wie won de prijs?', 'won', 'nl')).not.toContain(nl.stem('gewoond'));
  });

  it('finds a participle the stemmer reads as a present one: "ondertekend" of "ondertekenen"', () => {
    const signed = CorpusStats.fromArticles([
      { id: 'o', language: 'nl', body: 'In juni hebben de twee landen een verdrag ondertekend. Het verdrag is kort.' },
    ]);
    expect(nl.stem('ondertekend')).not.toBe(nl.stem('ondertekenen'));
    const asked = (q: string, word: string) => groupForms(analyse(q, signed), word, 'nl');
    expect(asked('Wanneer ondertekenen de landen het verdrag?', 'ondertekenen')).toContain(nl.stem('ondertekend'));
  });

  it('finds the noun an English phrasal verb makes, where the articles write it: "turned out" → "turnout"', () => {
    const news = CorpusStats.fromArticles([
      { id: 'h', language: 'en', body: 'Turnout reached 68 percent. The yard announced 400 layoffs and a takeover.' },
    ]);
    const en = pack('en');
    const asked = (q: string, word: string) => groupForms(analyse(q, news), word, 'en');
    expect(asked('How many people turned out?', 'turned')).toContain(en.stem('turnout'));
    expect(asked('How many workers were laid off?', 'laid')).toContain(en.stem('layoffs'));
    expect(asked('Who took over the yard?', 'took')).toContain(en.stem('takeover'));
    expect(asked('Who turned the yard over?', 'turned')).not.toContain(en.stem('turnout'));
  });
});

describe('compounds the articles never write', () => {
  const corpus = CorpusStats.fromArticles([
    { id: 'h', language: 'nl', body: 'Het verdrag over defensie werd in juni getekend. De haven ligt aan de rivier.' },
    { id: 'i', language: 'en', body: 'The treaty on defence was signed in June.' },
  ]);
  const soft = (q: string, word: string) => [
    ...(analyse(q, corpus)
      .groups.find((g) => g.id === word)
      ?.soft.get('nl') ?? []),
  ];

  it('a Dutch compound finds its head where the articles write both parts', () => {
    expect(soft('Wanneer werd het defensieverdrag getekend?', 'defensieverdrag')).toContain(pack('nl').stem('verdrag'));
    expect(soft('Waar ligt de rivierhaven?', 'rivierhaven')).toContain(pack('nl').stem('haven'));
  });

  it('where the articles write only a long head, by it alone, though the compound stays unknown', () => {
    // "springruiters" over "ruiters", "oefenwedstrijd" over "wedstrijd": the modifier is a word of the language.
    expect(soft('Wanneer werd het handelsverdrag getekend?', 'handelsverdrag')).toEqual([pack('nl').stem('verdrag')]);
    const nl = CorpusStats.fromArticles([{ id: 'h', language: 'nl', body: 'Het verdrag werd in juni getekend.' }]);
    const q = analyse('Wanneer werd het handelsverdrag getekend?', nl);
    expect(q.groups.find((g) => g.id === 'handelsverdrag')?.soft.get('nl')).toContain(pack('nl').stem('verdrag'));
    expect(q.groups.find((g) => g.id === 'handelsverdrag')?.known).toBe(false);
    // A short head is too often another word's ending: "zeehaven" over "haven" without "zee" is not split.
    expect(soft('Waar ligt de zeehaven?', 'zeehaven')).toEqual([]);
    // Nor a modifier that is no word: "qzxhandelsverdrag" is no compound of the language.
    expect(soft('Waar ligt het qzxverdrag?', 'qzxverdrag')).toEqual([]);
  });

  it('a compound of three words, by the parts the articles write: "minimumjeugdloon"', () => {
    const pay = CorpusStats.fromArticles([
      { id: 'p', language: 'nl', body: 'Het loon is een minimum dat geldt voor de jeugd.' },
    ]);
    const g = analyse('Wie krijgt het minimumjeugdloon?', pay).groups.find((x) => x.id === 'minimumjeugdloon');
    expect(g?.known).toBe(true);
    const nl = pack('nl');
    expect([...(g?.soft.get('nl') ?? [])]).toEqual(
      expect.arrayContaining([nl.stem('loon'), nl.stem('jeugd'), nl.stem('minimum')]),
    );
    // All three parts must be written: without "jeugd" the compound stays unknown.
    const bare = CorpusStats.fromArticles([{ id: 'p', language: 'nl', body: 'Het loon is een minimum.' }]);
    expect(analyse('Wie krijgt het minimumjeugdloon?', bare).groups[0]?.known).toBe(false);
  });

  it('a modifier the articles write only to open a compound of theirs: "horecaboete" over "Horecawet"', () => {
    const fine = CorpusStats.fromArticles([{ id: 'f', language: 'nl', body: 'De boete staat in de Horecawet.' }]);
    const g = analyse('Hoe hoog is de horecaboete?', fine).groups.find((x) => x.id === 'horecaboete');
    expect(g?.known).toBe(true);
    expect([...(g?.soft.get('nl') ?? [])]).toContain(pack('nl').stem('boete'));
    // The short head alone is no proof: without a word that opens with "horeca" the compound stays unknown.
    const bare = CorpusStats.fromArticles([{ id: 'f', language: 'nl', body: 'De boete is hoog.' }]);
    expect(analyse('Hoe hoog is de horecaboete?', bare).groups[0]?.known).toBe(false);
  });

  it('finds a longer stem of the articles by its opening, and only a longer one', () => {
    const s = CorpusStats.fromArticles([
      { id: 'v', language: 'nl', body: 'De horecawet en de horde, bij de horecazaak.' },
    ]);
    expect(s.opensLongerStem('horeca')).toBe(true);
    expect(s.opensLongerStem('hor')).toBe(true);
    // The stem itself is no longer word; a prefix past every stem or between two finds nothing.
    expect(s.opensLongerStem(s.vocabulary().find((v) => v.startsWith('horde'))!)).toBe(false);
    expect(s.opensLongerStem('zzz')).toBe(false);
    expect(s.opensLongerStem('horb')).toBe(false);
  });

  it('an activity the articles never write, by its doers: "wielrennen" over "renners"', () => {
    const race = CorpusStats.fromArticles([{ id: 'r', language: 'nl', body: 'De renners reden door de stad.' }]);
    const group = (q: string, word: string) => analyse(q, race).groups.find((g) => g.id === word);
    const nl = pack('nl');
    expect([...(group('Waar was het wielrennen?', 'wielrennen')?.soft.get('nl') ?? [])]).toContain(nl.stem('renner'));
    expect(group('Waar was het wielrennen?', 'wielrennen')?.known).toBe(true);
    // No doer the articles write ("zwemmers"), no activity found: "wielzwemmen" stays unknown.
    expect(group('Waar was het wielzwemmen?', 'wielzwemmen')?.known).toBe(false);
  });

  it('not in English, which writes compounds apart', () => {
    expect(
      analyse('When was the defencetreaty signed?', corpus)
        .groups.find((g) => g.id === 'defencetreaty')
        ?.soft.get('en'),
    ).not.toContain('treati');
  });
});

describe('names and the words one letter from them', () => {
  const corpus = CorpusStats.fromArticles([
    {
      id: 'g',
      language: 'en',
      body: 'Chao met Mary in Boston. Mary taught music there. In 1920 Chao was marrying the physician Yang. Then Tchaikovskiy came.',
    },
  ]);

  it('a word the articles write as asked stays a word, though a name is one letter from it', () => {
    const q = analyse('Who did Chao marry?', corpus);
    expect(q.groups.find((g) => g.id === 'marry')?.name).toBe(false);
    expect(q.groups.find((g) => g.id === 'chao')?.name).toBe(true);
    // A word the articles never write, a spelling of a name they do: the name.
    expect(analyse('when did tchaikovsky come?', corpus).groups.find((g) => g.id === 'tchaikovsky')?.name).toBe(true);
  });
});

describe('names of places and their people', () => {
  const corpus = CorpusStats.fromArticles([
    { id: 'c', language: 'en', body: 'The Chinese engineers built the bridge. In March Belgium sent two ships.' },
    { id: 'd', language: 'nl', body: 'De Amerikaanse ingenieurs bouwden de brug. Ook België stuurde schepen.' },
    { id: 'e', language: 'nl', body: 'Het Libanese dorp werd beschoten. De Marokkaanse ploeg won.' },
  ]);
  const forms = (q: string, word: string, lang: string) => groupForms(analyse(q, corpus), word, lang);

  it('finds "Chinese" for "China", "Belgium" for "Belgian", in the articles\' languages', () => {
    expect(forms('What did China build?', 'china', 'en')).toContain(pack('en').stem('chinese'));
    expect(forms('Why did the Belgian navy send ships?', 'belgian', 'en')).toContain(pack('en').stem('belgium'));
    expect(forms('Wat bouwde Amerika?', 'amerika', 'nl')).toContain(pack('nl').stem('amerikaanse'));
    // A place's ending dropped before its people's: "Libanon" / "Libanese", "Marokko" / "Marokkaanse".
    expect(forms('Welk dorp in Libanon werd beschoten?', 'libanon', 'nl')).toContain(pack('nl').stem('libanese'));
    expect(forms('Wie won in Marokko?', 'marokko', 'nl')).toContain(pack('nl').stem('marokkaanse'));
  });

  it('adds only names the articles write, from a stem long enough to mean one place', () => {
    expect(forms('What did China build?', 'china', 'en')).not.toContain(pack('en').stem('chin'));
    expect(forms('Who is Ian?', 'ian', 'en')).toEqual([pack('en').stem('ian')]);
  });
});

describe('abbreviations in capitals', () => {
  it('keeps "US" and "WHO" as words of their own, apart from "us" and "who"', () => {
    const ws = words('Chicago reported a second US case, the WHO said. Let us see who knows.');
    expect(ws).toContain(`us${ABBREVIATION_MARK}`);
    expect(ws).toContain(`who${ABBREVIATION_MARK}`);
    expect(ws.filter((w) => w === 'us' || w === 'who')).toEqual(['us', 'who']);
  });

  it('finds a name by its initials only where the articles write them standing alone', () => {
    const corpus = CorpusStats.fromArticles([
      { id: 'p', language: 'nl', body: 'De deputatie telt leden van CD&V en Groen. Hij schreef over Karel Dekker.' },
      { id: 'u', language: 'en', body: 'The US sent engineers. Karel Dekker wrote about Anna Visser.' },
    ]);
    const forms = (q: string, id: string, lang = 'nl') => groupForms(analyse(q, corpus), id, lang);
    expect(forms('Wat schreef Karel Dekker?', 'karel')).not.toContain('kd');
    expect(forms('Wat schreef Charles Dekker?', 'charles')).not.toContain('cd');
    expect(forms('What did the United States send?', 'united', 'en')).toContain(`us${ABBREVIATION_MARK}`);
    // "AD" stands alone ("347 AD") but is no name's initials the lexicon knows: "ad" would meet "added".
    const years = CorpusStats.fromArticles([
      { id: 'y', language: 'en', body: 'Born around 347 AD. He added a verse.' },
    ]);
    expect(groupForms(analyse('When did Antonín Dvořák die?', years), 'antonin', 'en')).not.toContain('ad');
  });

  it('leaves words alone in a line typed in capitals, or two in a row', () => {
    expect(words('DE HAVEN GAAT DICHT IN DE NACHT')).toContain('in');
    expect(words('Volgens de krant: IN DE HAVEN gaat alles mis')).toEqual(expect.arrayContaining(['in', 'de']));
  });
});

describe('answer kinds in a sentence', () => {
  const has = (text: string, q: string, lang = 'en') => {
    const question = analyse(q, stats);
    return hasKind(text, question.kind, question, pack(lang));
  };

  it('no person in a headline whose only new capitals are a weekday and a month', () => {
    const q = 'Who is the head of the Guild of Millers?';
    expect(has('Wikinews interviews head of the Guild of Millers Wednesday, October 9, 2013', q)).toBe(false);
    expect(has('Wikinews spoke with Piet Smit, head of the Guild of Millers.', q)).toBe(true);
    expect(has('Het hoofd van de gilde sprak op Dinsdag 9 Oktober.', 'Wie is het hoofd van de gilde?', 'nl')).toBe(
      false,
    );
  });

  it('an age written after a name, as news writes one: "Jan de Vries (34)", "Piet Jansen, 71,"', () => {
    expect(has('De bestuurder, Jan de Vries (34) uit Tilburg, raakte gewond.', 'Hoe oud is Jan de Vries?', 'nl')).toBe(
      true,
    );
    expect(has('A cyclist, Piet Jansen, 71, was hit in Breda.', 'How old is Piet Jansen?')).toBe(true);
    // "een vrouw van 52 die …": news writes a person's age after "van", without "jaar"; a weight is no age.
    expect(has('Het slachtoffer is een vrouw van 52 die in Breda woont.', 'Hoe oud is de vrouw?', 'nl')).toBe(true);
    expect(has('Het is een vrouw van 52 kilo.', 'Hoe oud is de vrouw?', 'nl')).toBe(false);
    // "when Ada was eight", "toen ze 8 jaar oud was": an age said of a moment, in words or digits.
    const father = 'How old was Ada when her father died?';
    expect(has('He died in Greece in 1824, when Ada was eight.', father)).toBe(true);
    expect(has('He died in 1824, when Ada was forty-two.', father)).toBe(true);
    expect(has('He died in Greece in 1824, when Ada was away.', father)).toBe(false);
    expect(has('Hij stierf in 1824, toen Ada 8 jaar oud was.', 'Hoe oud was Ada toen haar vader stierf?', 'nl')).toBe(
      true,
    );
    // "at the age of fourteen", "op veertienjarige leeftijd": the number written out.
    expect(has('At the age of fourteen he joined a monastery.', 'How old was he when he joined?')).toBe(true);
    expect(has('He was eight years old then.', 'How old was he?')).toBe(true);
    expect(has('Op veertienjarige leeftijd ging hij het klooster in.', 'Hoe oud was hij?', 'nl')).toBe(true);
    expect(has('Hij trouwde op de leeftijd van twintig.', 'Hoe oud was hij?', 'nl')).toBe(true);
    expect(has('It was hot when it was 30 degrees.', 'How old was the man?')).toBe(false);
    expect(has('The Harbour Choir (40 singers) met in Breda.', 'How old is the choir?')).toBe(false); // a count
    // A century dates a thing as a year does, written in words too.
    expect(has('Het museum zit in een koopmanshuis uit de veertiende eeuw.', 'How old is the museum?', 'nl')).toBe(
      true,
    );
    expect(has('The hall dates from the fourteenth century.', 'How old is the hall?')).toBe(true);
  });

  it('answers "how old is X" with an age now: not one at a moment gone by, nor any year', () => {
    const q = 'How old is Piet Jansen?';
    expect(has('I signed my first autograph when I was 25 years old.', q)).toBe(false);
    expect(has('Piet Jansen: An Interview Wednesday, October 3, 2007', q)).toBe(false);
    expect(has('The band he started in 1993 was born out of the spoken word scene.', q)).toBe(false);
    expect(has('Piet Jansen was born on 9 August 1929 in Breda.', q)).toBe(true);
    expect(has('A cyclist, Piet Jansen, 71, was hit in Breda.', q)).toBe(true);
    const nu = 'Hoe oud is Piet Jansen?';
    expect(has('Piet Jansen is zaterdag op 77-jarige leeftijd overleden.', nu, 'nl')).toBe(false);
    expect(has('Piet Jansen werd in 1950 geboren in Breda.', nu, 'nl')).toBe(true);
    expect(has('Piet Jansen speelde in 1950 in Breda, waar zijn dochter werd geboren.', nu, 'nl')).toBe(false);
    expect(has('De 71-jarige Piet Jansen woont in Breda.', nu, 'nl')).toBe(true);
  });

  it('answers "hoe laat", "what time" only with a time of day', () => {
    const late = 'Hoe laat begint de vergadering?';
    expect(has('De vergadering wordt morgen gehouden.', late, 'nl')).toBe(false);
    expect(has('De vergadering begint morgen om 14.00 uur.', late, 'nl')).toBe(true);
    expect(has('The meeting is held on Tuesday.', 'At what time does the meeting start?')).toBe(false);
    expect(has('The meeting starts at 3pm on Tuesday.', 'At what time does the meeting start?')).toBe(true);
    expect(has('The meeting is held on Tuesday.', 'When does the meeting start?')).toBe(true);
    // A time of day in words answers too.
    expect(has('De winkel sluit om zes uur.', 'Hoe laat sluit de winkel?', 'nl')).toBe(true);
    expect(has('Het geluid mag niet na middernacht.', 'Hoe laat moet het stil zijn?', 'nl')).toBe(true);
    expect(has('Het concert begint ’s avonds.', 'Hoe laat begint het concert?', 'nl')).toBe(true);
    expect(has('The gates close at sunset.', 'What time do the gates close?')).toBe(true);
    // "what time of year" asks a season or month, not the hour.
    expect(has('The gardens are best in May.', 'What time of year are the gardens best?')).toBe(true);
  });

  it('an age at an event wants an age or a life span, not the years of something else', () => {
    const q = 'How old was Piet Jansen when he left Breda?';
    expect(has('Piet Jansen moved to Breda in September 1803.', q)).toBe(false);
    expect(has('Piet Jansen (1788–1824) left Breda.', q)).toBe(true);
    expect(has('Piet Jansen left Breda aged 36.', q)).toBe(true);
    expect(has('In 1801 Piet Jansen went to Breda, where he stayed until 1805.', q)).toBe(false);
    expect(
      has('Piet Jansen verhuisde in 1803 naar Breda.', 'Hoe oud was Piet Jansen toen hij Breda verliet?', 'nl'),
    ).toBe(false);
  });

  it('a time: any year, date, century, decade or span, not only months and this century', () => {
    // The next school year, a holiday: times said as what the calendar holds, not as dates.
    expect(has('Vanaf het nieuwe schooljaar mag het niet meer.', 'Wanneer gaat het verbod in?', 'nl')).toBe(true);
    expect(has('Na de zomervakantie mag het niet meer.', 'Wanneer gaat het verbod in?', 'nl')).toBe(true);
    expect(has('The ban starts after the summer holidays.', 'When does the ban start?')).toBe(true);
    expect(has('From the new season it is banned.', 'When does the ban start?')).toBe(true);
    expect(has('Zij kocht de nieuwe auto.', 'Wanneer kocht zij de auto?', 'nl')).toBe(false);
    expect(has('He lived at Fort St. Louis until 1769.', 'When did he live there?')).toBe(true);
    expect(has('The church was built in 1530.', 'When was the church built?')).toBe(true);
    expect(has('It dates from the sixteenth century.', 'When was it built?')).toBe(true);
    expect(has('It happened on 31 October 2024.', 'When did it happen?')).toBe(true);
    expect(has('Het offensief duurt inmiddels drie maanden.', 'Hoe lang duurt het offensief?', 'nl')).toBe(true);
    expect(has('The church is large and old.', 'When was the church built?')).toBe(false);
    // The date parser's day abbreviations are mostly other words: "sat", "sun", Dutch "zo" (so), "zat" (sat).
    expect(has('We sat in the sun.', 'When did we sit there?')).toBe(false);
    expect(has('Zo zat hij in de kerk.', 'Wanneer zat hij in de kerk?', 'nl')).toBe(false);
    expect(has('Hij zat op zaterdag in de kerk.', 'Wanneer zat hij in de kerk?', 'nl')).toBe(true);
    expect(has('The war ended in 1918.', 'What happened in 1918?')).toBe(true); // not a time question
    expect(has('The war ended in 1918.', 'When did the war of 1918 end?')).toBe(false); // the question's own year
  });

  it('a span answers "how long", and "when" only when it counts back ("three days later")', () => {
    expect(has('The strike lasted two days.', 'When was the strike?')).toBe(false);
    expect(has('The strike lasted two days.', 'How long did the strike last?')).toBe(true);
    expect(has('The government fell three days later.', 'When did the government fall?')).toBe(true);
    expect(has('De staking duurt 24 uur.', 'Wanneer is de staking?', 'nl')).toBe(false);
    expect(has('Het kabinet viel drie dagen geleden.', 'Wanneer viel het kabinet?', 'nl')).toBe(true);
    // A word between the number and its unit: "twenty working days", "drie hele weken".
    const back = 'How long do they have to send the form back?';
    expect(has('It must be returned within twenty working days.', back)).toBe(true);
    expect(has('Het formulier moet binnen drie hele weken terug.', 'Hoe lang hebben ze?', 'nl')).toBe(true);
  });

  it('"how long" wants a span or a start and an end: one year, or a number in a name, says no duration', () => {
    const q = 'How long did the strike last?';
    expect(has('The strike of Union-2 was called in 2019.', q)).toBe(false);
    expect(has('The strike lasted from 1919 to 1921.', q)).toBe(true);
    expect(has('De staking duurde van mei tot september.', 'Hoe lang duurde de staking?', 'nl')).toBe(true);
    expect(has('The strike went on for several years.', q)).toBe(true);
    expect(has('The strike went on for months.', q)).toBe(true);
    expect(has('De staking duurde anderhalf jaar.', 'Hoe lang duurde de staking?', 'nl')).toBe(true);
    expect(has('Er werd jarenlang gestaakt.', 'Hoe lang duurde de staking?', 'nl')).toBe(true);
    expect(has('De staking duurt tot 2030.', 'Hoe lang duurt de staking?', 'nl')).toBe(true);
    expect(has('De chauffeurs staken sinds 2019.', 'Hoe lang staken de chauffeurs al?', 'nl')).toBe(true);
    // "How long is the river?" asks a length: any number answers.
    expect(has('De rivier is 966 kilometer.', 'Hoe lang is de rivier?', 'nl')).toBe(true);
  });

  it('a season said as a time ("in the autumn", "in het najaar"), not the verb "fall"', () => {
    expect(has('The merger is expected to close in the autumn.', 'When will the merger close?')).toBe(true);
    expect(has('De fabriek sluit in het najaar.', 'Wanneer sluit de fabriek?', 'nl')).toBe(true);
    expect(has('Shares fall when rates rise.', 'When do shares fall?')).toBe(false);
  });

  it('a weekday or month closing a sentence is no place near the asked words ("in Breda on Friday.")', () => {
    const places = (text: string, q: string, lang = 'en') => answersNearAsked(text, lang, analyse(q, stats));
    expect(places('The choir performed in Breda on Friday.', 'Where did the choir perform?')).toEqual(['breda']);
    expect(places('Het koor trad op in Breda in maart.', 'Waar trad het koor op?', 'nl')).toEqual(['breda']);
  });

  it('a stretch between two places is a place: "tussen Tiel en Ochten", "between Breda and Tilburg"', () => {
    expect(has('Het waterschap versterkt de dijk tussen Tiel en Ochten.', 'Waar wordt de dijk versterkt?', 'nl')).toBe(
      true,
    );
    expect(has('The road between Breda and Tilburg will be widened.', 'Where will the road be widened?')).toBe(true);
    expect(has('The road will be widened next year.', 'Where will the road be widened?')).toBe(false);
  });

  it('a name the "of" of a place phrase ends is a place, as near the asked words as its preposition', () => {
    const buried = 'Vos was buried in a simple grave of the Eastfield Cemetery near the old church.';
    expect(has(buried.replace(' near the old church', ''), 'Where was Vos buried?')).toBe(true);
    expect(has('Vos was a member of the Royal Society.', 'Where was Vos buried?')).toBe(false);
    const places = (text: string, q: string, lang = 'en') => answersNearAsked(text, lang, analyse(q, stats));
    expect(places(buried, 'Where was Vos buried?')).toEqual(['eastfield', 'cemetery']);
    expect(
      places('Vos werd begraven in een eenvoudig graf van de Oosterbegraafplaats.', 'Waar werd Vos begraven?', 'nl'),
    ).toEqual(['oosterbegraafplaats']);
  });

  it('the unit of time a "when" question names is its form, not a word to find', () => {
    const q = analyse('In what year did the epidemic occur?', stats);
    expect(q.kind).toBe('time');
    expect(q.groups.map((g) => g.id)).not.toContain('year');
    expect(analyse('Op welke dag sprak de burgemeester?', stats).groups.map((g) => g.id)).not.toContain('dag');
    expect(analyse('How many years did the war last?', stats).groups.map((g) => g.id)).toContain('years');
  });

  it('a year of three digits after a word that marks a year, not a count after it', () => {
    expect(has('In 348 Pachomius died, naming his successor.', 'When did Pachomius die?')).toBe(true);
    expect(has('Sinds 711 is de stad bewoond.', 'Sinds wanneer is de stad bewoond?', 'nl')).toBe(true);
    expect(has('in 711 the Moors crossed the strait.', 'When did the Moors cross?')).toBe(true);
    expect(has('The virus was found in 300 patients.', 'When was the virus found?')).toBe(false);
    expect(has('Het museum telt sinds kort 250 schilderijen.', 'Wanneer opende het museum?', 'nl')).toBe(false);
  });

  it('an approximate number of three digits closing a sentence dates it; one before what it counts does not', () => {
    expect(has('He quickly joined the guild at Velden around 328.', 'When did he join the guild?')).toBe(true);
    expect(has('Hij werd lid van het gilde te Velden, circa 328.', 'Wanneer werd hij lid?', 'nl')).toBe(true);
    expect(has('The guild at Velden had about 300 members.', 'When did he join the guild?')).toBe(false);
    expect(has('The guild at Velden had nearly 400 of them.', 'When did he join the guild?')).toBe(false);
  });

  it('a rate or a share asks for a figure; a year that cites a work is none', () => {
    expect(analyse('What was the fatality rate for SARS?', stats).kind).toBe('amount');
    expect(analyse('What share of the area is forest?', stats).kind).toBe('amount');
    expect(analyse('Welk deel van het land is bos?', stats).kind).toBe('amount');
    expect(analyse('What was the rate limiter called?', stats).kind).not.toBe('amount');
    expect(has('At least 8,098 cases, with a fatality rate of 9.6%.', 'What was the fatality rate?')).toBe(true);
    expect(has('SARS is caused by a virus (Drosten et al., 2003; Peiris, 2003).', 'What was the fatality rate?')).toBe(
      false,
    );
    expect(has('The virus was described in 2003 (Peiris, 2003).', 'How many cases were there?')).toBe(false);
    expect(has('The report counts 1500 cases (WHO).', 'How many cases were there?')).toBe(true);
  });

  it('a year that cites a work dates no event; a year in brackets alone still does', () => {
    const meteor = 'Amino acids were found on the meteorite (Meierhenrich, 2008) .';
    expect(has(meteor, 'When did the meteorite fall?')).toBe(false);
    expect(has('SARS is caused by a virus (Drosten et al., 2003; Peiris, 2003).', 'When was SARS found?')).toBe(false);
    expect(has('It was found in 1998 (Smith and Jones, 1999a).', 'When was it found?')).toBe(true);
    expect(has('The film Parasite (2019) won the prize.', 'When was Parasite released?')).toBe(true);
  });

  it('a span joined to its noun says how long; "a day" after a number is a rate', () => {
    expect(has('Bus drivers began a 48-hour strike on Wednesday.', 'How long does the strike last?')).toBe(true);
    expect(has('Het was een 48-uursstaking.', 'Hoe lang duurt de staking?', 'nl')).toBe(true);
    expect(has('The strike costs the company 600,000 euros a day.', 'How long does the strike last?')).toBe(false);
    expect(has('The strike lasted a day.', 'How long did the strike last?')).toBe(true);
  });

  it('"since" and "after" give a cause, unless a date follows them', () => {
    expect(has('They struck since the offer was too low.', 'Why did they strike?')).toBe(true);
    expect(has('The firm has run the line since 2019.', 'Why did they strike?')).toBe(false);
    expect(has('It was cancelled after the weather service issued a warning.', 'Why was it cancelled?')).toBe(true);
    expect(has('It was cancelled after March 3.', 'Why was it cancelled?')).toBe(false);
    expect(has('Nothing has changed since then.', 'Why did nothing change?')).toBe(false);
  });

  it('a length answers "how long" too, when it is not a span of time', () => {
    expect(has('De rivier is 857 km lang.', 'Hoe lang is de rivier?', 'nl')).toBe(true);
    expect(has('The bridge is 1,200 metres long.', 'How long is the bridge?')).toBe(true);
    expect(has('The bridge is very long.', 'How long is the bridge?')).toBe(false);
    expect(has('The bridge has 1,200 lamps.', 'When was the bridge built?')).toBe(false);
  });

  it('a count: a number or a number word other than the question’s own', () => {
    expect(has('About 20,000 people attended.', 'How many people attended?')).toBe(true);
    expect(has('Tientallen mensen kwamen.', 'Hoeveel mensen kwamen?', 'nl')).toBe(true);
    expect(has('Many people attended.', 'How many people attended?')).toBe(false);
    // A day of the month dates: "closed on 28 May 1932" says no height, no count.
    expect(has('The dam was closed on 28 May 1932.', 'How tall is the monument?')).toBe(false);
    expect(has('The dam was closed on May 28, 1932.', 'How many monuments are there?')).toBe(false);
    expect(has('Op 28 mei kwamen 300 mensen.', 'Hoeveel mensen kwamen er?', 'nl')).toBe(true);
  });

  it('thousands set apart by a space are one number, a year before a number is not', () => {
    const values = (t: string) => findNumbers(t).map((n) => n.value);
    expect(values('Over 250 000 deaths are reported every year.')).toEqual([250000]);
    expect(values('Er kwamen 1\u00a0000\u00a0000 bezoekers.')).toEqual([1000000]);
    expect(values('In 2019 300 people came, 41 of them on foot.')).toEqual([2019, 300, 41]);
  });

  it('digits written onto letters name a thing and count nothing: "COVID-19", "G20", "A12"', () => {
    const values = (t: string) => findNumbers(t).map((n) => n.value);
    expect(values('COVID-19 and SARS-CoV-2 reached the G20 and the A12.')).toEqual([]);
    expect(values('The F-16 jets won 2-1; mid-2020 there were 5.000 cases.')).toEqual([2, 1, 5000]);
    expect(has('SARS-CoV-2 spread through the G20.', 'How many people died?')).toBe(false);
  });

  it('a currency\'s code written onto the digits is money: "IRR200,000", "CHF30", "20USD"', () => {
    const values = (t: string) => findNumbers(t).map((n) => n.value);
    expect(values('A cab costs c. IRR200,000, a meal CHF30 and a room 20USD.')).toEqual([200000, 30, 20]);
    const room = 'A room costs 20USD.';
    expect(joinedToLetters(findNumbers(room)[0]!, room)).toBe(false);
    expect(namesCurrency('A cab costs c. IRR200,000.')).toBe(true);
    expect(namesCurrency('A room costs 20USD.')).toBe(true);
    // Only an ISO code, in capitals, is money: other letters on digits still name a thing.
    expect(values('The ABC200 and the irr200 ran.')).toEqual([]);
    expect(namesCurrency('The ABC200 ran.')).toBe(false);
  });

  it('a scale written short after a number multiplies it: "2 mln", "1,5 mrd", "$3 bn"', () => {
    const values = (t: string) => findNumbers(t).map((n) => n.value);
    expect(values('Er wonen 2 mln mensen; de bouw kost 1,5 mrd euro.')).toEqual([2_000_000, 1_500_000_000]);
    expect(values('They raised $3 bn for 4 mln. people.')).toEqual([3_000_000_000, 4_000_000]);
    expect(values('The BN reactor and the mln line')).toEqual([]);
  });

  it('a day of the month is part of a date, not a count', () => {
    const day = (text: string, n: string) => looksLikeDay(text, text.indexOf(n), text.indexOf(n) + n.length, n);
    expect(day('Josephine-Charlotte van Luxemburg (11 oktober 1927)', '11')).toBe(true);
    expect(day('It opened on October 11, 1927.', '11')).toBe(true);
    expect(day('It opened on 3 May.', '3')).toBe(true);
    expect(day('The council has 11 members.', '11')).toBe(false);
    expect(day('It has 45 seats in May.', '45')).toBe(false); // no month has a 45th
  });

  it('a four-digit number after "of" is a year, unless a plural noun it counts follows', () => {
    const year = (text: string, n: string) => looksLikeYear(text, text.indexOf(n), n);
    expect(year('A survey of 1709 schoolchildren was carried out.', '1709')).toBe(false);
    expect(year('Een enquête van 1709 scholieren werd gehouden.', '1709')).toBe(false);
    expect(year('In the summer of 1999 the mill closed.', '1999')).toBe(true);
    expect(year('The winter of 1999 was harsh.', '1999')).toBe(true);
    expect(year('In 1999 students protested.', '1999')).toBe(true);
  });

  it('a four-digit number after a possessive is a year, unless a plural noun it counts follows', () => {
    const year = (text: string, n: string) => looksLikeYear(text, text.indexOf(n), n);
    expect(year("The government's 1829 abolition of slavery angered them.", '1829')).toBe(true);
    expect(year('The council’s 2011 report was late.', '2011')).toBe(true);
    expect(year("The firm's 1500 workers went on strike.", '1500')).toBe(false);
    expect(year('The firm has 1500 staff.', '1500')).toBe(false);
  });

  it('a place or name within a few words of the question’s words answers where or who, one clauses away does not', () => {
    const q = analyse('Where did the company move its shipyard?', stats);
    expect(answerNearAsked('Last year the company moved its shipyard to Noordhaven.', 'en', q)).toBe(true);
    const far =
      'In Westerhaven the old walls, the quiet streets and the summer visitors are famous; ' +
      'the company moves its shipyard.';
    expect(answerNearAsked(far, 'en', q)).toBe(false);
    expect(answerNearAsked('The company moved its shipyard last year.', 'en', q)).toBe(false); // no place at all
    // Nor across a sentence end, nor a capital that opens the next sentence after "at Harvard.".
    const born = analyse('Where was Lensey born?', stats);
    expect(answerNearAsked('She taught music at Harvard. His daughter Lensey was born in 1929.', 'en', born)).toBe(
      false,
    );
    expect(answerNearAsked('His daughter Lensey was born in Tianjin.', 'en', born)).toBe(true);
    const who = analyse('Who founded the shipyard?', stats);
    expect(answerNearAsked('The shipyard was founded in 1901 by Pieter Smit.', 'en', who)).toBe(true);
    const other =
      'The shipyard was founded in 1901, long before the war, the floods and the strikes that Pieter Smit led.';
    expect(answerNearAsked(other, 'en', who)).toBe(false);
  });

  it('a place: a name after a preposition of place', () => {
    expect(has('Luther was born in Eisleben.', 'Where was Luther born?')).toBe(true);
    expect(has('Luther was born early.', 'Where was Luther born?')).toBe(false);
    // "aan", as English "to": "een bezoek aan Maastricht", "aan de kust".
    expect(has('Tijdens een bezoek aan Maastricht sprak Luther.', 'Waar sprak Luther?', 'nl')).toBe(true);
  });
});

describe('a line that labels its value', () => {
  it('has a label before a colon or a dash, but a span of two numbers is no label', () => {
    expect(fieldLabel('Hoofdplaats: Brugge')).toBe('Hoofdplaats');
    expect(fieldLabel('1997 – Leonard Nolens')).toBe('1997');
    expect(fieldLabel('Years active 1947 – 2012')).toBeUndefined();
    expect(fieldLabel('1914-1918')).toBeUndefined();
  });

  it("pairs a term with a term in a list's item, but a definition is no pair", () => {
    expect(pairedTerm('b. burgemeester: gezaghebber.')).toBe('burgemeester');
    expect(pairedTerm('1°. gemeenteraad: eilandraad;')).toBe('gemeenteraad');
    expect(pairedTerm('b. donorformulier: het donorformulier, bedoeld in artikel 10 van de wet;')).toBeUndefined();
    expect(pairedTerm('burgemeester: gezaghebber.')).toBeUndefined();
  });
});

describe('a unit that says what its subject is', () => {
  const says = (text: string, leading: boolean) =>
    defines({ unit: { text }, article: { language: 'en' } } as Candidate, analyse('What is Luther?', stats), leading);

  it('in any of its sentences, or only in its first when the answer should open with it', () => {
    const second = 'Many letters came from Luther. Luther is a German reformer.';
    expect(says(second, false)).toBe(true);
    expect(says(second, true)).toBe(false);
    expect(says('Luther is a German reformer. He wrote letters.', true)).toBe(true);
  });

  it('with an article after a comma only when the subject stands before the comma', () => {
    expect(says('Luther, a German reformer, wrote letters.', false)).toBe(true);
    expect(says('However, a young Luther has not yet been studied in this field.', false)).toBe(false);
  });

  it('with a role of something set after its name, not another name', () => {
    expect(says('He was a lifelong friend of Luther, the leader of the reform movement.', false)).toBe(true);
    expect(says('The town belongs to Luther, the province Calvin to Geneva.', false)).toBe(false);
    expect(says('Many letters went from the town to Luther, the abbot and the monks of the order.', false)).toBe(false);
  });

  it('in a noun phrase just before its name: "aboard the cruise ship, Luther."', () => {
    expect(says('She lived for years aboard the church-owned cruise ship, Luther.', false)).toBe(true);
    expect(says('She lived for years aboard the ship, Luther said later.', false)).toBe(false);
  });

  it('past a bracket with an abbreviation in it, and not in a continuous tense', () => {
    expect(says('Luther (c. 1483 – 1546), also known as Martin, was a German reformer. He wrote.', true)).toBe(true);
    expect(says('After Luther had been assisting the abbot for years he fell ill.', false)).toBe(false);
    expect(says('While Luther was in Rome he wrote letters.', false)).toBe(false);
  });

  it('past what commas set between its name and the copula', () => {
    const set = 'Luther (1483 – 1546), self-identified as Martin while living in Rome, was a German reformer.';
    expect(says(set, true)).toBe(true);
    expect(says('Luther, in his last years in Rome, was awarded a prize.', true)).toBe(false);
    expect(says('Luther, who wrote in Rome for many years of his life there, was a reformer.', true)).toBe(true);
  });

  it('not when it says what the subject is not', () => {
    expect(says('Luther itself is not sufficient to explain the schism.', false)).toBe(false);
    expect(says('Luther was never a monk of that order.', false)).toBe(false);
    expect(says('Luther itself is a German reformer.', false)).toBe(true);
  });
});

describe('a role written before a name', () => {
  const titled = (text: string, lang: string, question: string) =>
    titles({ unit: { text }, article: { language: lang } } as Candidate, analyse(question, stats));

  it('reads "de Russische president Poetin", "FIFA-baas Poetin" as saying who he is', () => {
    expect(titled('Vorige week zei de Russische president Poetin dat het zijn zaak is.', 'nl', 'Wie is Poetin?')).toBe(
      true,
    );
    expect(titled('FIFA-baas Poetin waarschuwde voor escalatie.', 'nl', 'Wie is Poetin?')).toBe(true);
    expect(titled('The German reformer Martin Luther wrote many letters.', 'en', 'Who is Luther?')).toBe(true);
  });

  it('not a verb, a preposition or another name before it', () => {
    expect(titled('Het bewind van Poetin duurt voort.', 'nl', 'Wie is Poetin?')).toBe(false);
    expect(titled('date 2024-10 ANP Poetin', 'nl', 'Wie is Poetin?')).toBe(false);
    expect(titled('Gisteren zei Poetin dat het zijn zaak is.', 'nl', 'Wie is Poetin?')).toBe(false);
    expect(titled('Calvin met with Martin Luther in the town.', 'en', 'Who is Luther?')).toBe(false);
  });
});

describe('who speaks in a unit', () => {
  const people = CorpusStats.fromArticles([
    { id: 'q', language: 'en', body: 'Kuipers runs the port. Dekker is the mayor of the town.' },
    { id: 'k', language: 'nl', body: 'Kuipers leidt de haven. Dekker is burgemeester.' },
  ]);
  const speaks = (text: string, lang: string, question: string, outlet = '') => {
    const q = analyse(question, people);
    const article = { id: 'x', language: lang, body: text } as Article;
    const unit = { articleId: 'x', start: 0, end: text.length, text, index: 0 };
    const c = { unit, article, stems: sentenceStems(text, lang) } as Candidate;
    const view = { outletStems: () => [...sentenceStems(outlet, lang)] } as unknown as AnswerContext['view'];
    return spokenBy(c, q.speakers[0]!, { stats: people, view });
  };

  it('hears an outlet in every unit it published: "according to the Courant", "wat schrijft de Courant"', () => {
    const text = 'The quay must be raised before winter.';
    expect(speaks(text, 'en', 'According to the Courant, what must be done?', 'Courant')).toBe(true);
    expect(speaks(text, 'en', 'According to the Courant, what must be done?', 'Gazette')).toBe(false);
    expect(speaks('De kade moet omhoog.', 'nl', 'Wat schrijft de Courant over de kade?', 'De Courant')).toBe(true);
  });

  it('hears a speaker after "according to", "volgens" and beside a verb like "remarked" or "merkte"', () => {
    expect(speaks('According to Kuipers, the quay must be raised.', 'en', 'What does Kuipers say?')).toBe(true);
    expect(speaks('Volgens Kuipers moet de kade omhoog.', 'nl', 'Wat zegt Kuipers?')).toBe(true);
    expect(speaks('Dekker remarked that the town has no money.', 'en', 'What did Dekker say?')).toBe(true);
    expect(speaks('Burgemeester Dekker merkte op dat er geen geld is.', 'nl', 'Wat zei Dekker?')).toBe(true);
    expect(speaks('Kuipers is the harbour master of the town.', 'en', 'What does Kuipers say?')).toBe(false);
  });

  it('hears no one addressed at the head of a quote: "said, \'Kuipers, …\'", "say, \'Hey Kuipers, …\'"', () => {
    const q = 'Does Kuipers call himself a poet?';
    expect(speaks("The letter said, 'Kuipers, thank you for your work.'", 'en', q)).toBe(false);
    expect(speaks('Fans come up and say, “Hey Kuipers, my name is John.”', 'en', q)).toBe(false);
    expect(speaks("Kuipers said, 'I never called myself a poet.'", 'en', q)).toBe(true);
    expect(speaks("'I never called myself a poet,' said Kuipers.", 'en', q)).toBe(true);
  });
});

describe('who reports a figure', () => {
  it('reads the attribution as the article words it, cut at its last name', () => {
    const nl = pack('nl');
    const en = pack('en');
    expect(
      findAttribution('Volgens het Amerikaanse ministerie van Defensie bevinden zich 10.000 militairen.', nl),
    ).toBe('het Amerikaanse ministerie van Defensie');
    expect(findAttribution('Er zijn volgens Washington zo’n 10.000.', nl)).toBe('Washington');
    expect(findAttribution('Dit volgt op rapporten uit de Verenigde Staten waarin wordt gezegd dat …', nl)).toBe(
      'rapporten uit de Verenigde Staten',
    );
    expect(findAttribution('About 12,000 people came, according to the police.', en)).toBe('police');
    expect(findAttribution('The mayor said 20,000 people came.', en)).toBe('The mayor');
    expect(findAttribution('About 20,000 people came, the organisers said.', en)).toBe('the organisers');
    expect(findAttribution('20,000 people came.', en)).toBeUndefined();
    // The comma inside "18,5" sets no clause apart.
    expect(findAttribution('Het zwembad kost 18,5 miljoen euro, zegt het college.', nl)).toBe('college');
    expect(findAttribution('Mayor Jones said 20,000 people came.', en)).toBe('Mayor Jones');
  });

  it('reads who says it after a comma: "…, police said", "…, meldt de politie", but no pronoun', () => {
    const nl = pack('nl');
    const en = pack('en');
    expect(findAttribution('Three were killed and 27 injured, police said.', en)).toBe('police');
    expect(findAttribution('Twee reizigers kwamen om, meldt de politie.', nl)).toBe('politie');
    expect(findAttribution('Het kost 18 miljoen, zegt wethouder Ingrid de Boer.', nl)).toBe('wethouder Ingrid de Boer');
    expect(findAttribution('Het kost 18 miljoen, zei hij.', nl)).toBeUndefined();
    expect(findAttribution('It will cost $2 million, he said.', en)).toBeUndefined();
    // After the verb comes what is said, not who says it, when an auxiliary follows: the opening name says it.
    const lumo = 'Lumo, which was founded in Shenzhen in 2018, says the X2 will receive four years of updates.';
    expect(findAttribution(lumo, en)).toBe('Lumo');
    expect(findAttribution('The plant, he says, will create 900 jobs.', en)).toBeUndefined();
  });

  it('reads a pronoun after a colon as the name the sentence opens with, and a name only', () => {
    const nl = pack('nl');
    const en = pack('en');
    const ggz = 'De bond GGZ Nederland komt op een hoger aantal: zij schat dat ruim 100.000 mensen te lang wachten.';
    expect(findAttribution(ggz, nl)).toBe('De bond GGZ Nederland');
    expect(findAttribution('De politie is voorzichtig: zij schat dat 300 mensen meededen.', nl)).toBeUndefined();
    expect(findAttribution('The union disagrees: it says 2,000 jobs will go.', en)).toBeUndefined();
  });

  it('reads the whole source up to a punctuation mark, and "Dat meldt X" as X', () => {
    const en = pack('en');
    const nl = pack('nl');
    const killed = 'The toll has risen to 512, according to Turkish officials, as teams pulled more bodies out.';
    expect(findAttribution(killed, en)).toBe('Turkish officials');
    expect(findAttribution('De communicatie liet te wensen over, erkent Huisinga tevens.', nl)).toBe('Huisinga');
    expect(findAttribution('Dat meldt de Turkse rampenbestrijdingsdienst AFAD.', nl)).toBe(
      'de Turkse rampenbestrijdingsdienst AFAD',
    );
    expect(findAttribution('Er vielen 120 doden. Dat meldt de dienst AFAD.', nl)).toBe('de dienst AFAD');
    // Before an apposition set off by commas.
    const organisers = 'The organisers, the housing movement Casa Para Todos, said 80,000 people took part.';
    expect(findAttribution(organisers, en)).toBe('The organisers');
  });

  it('reads no source before a participle: "the current estimated rate", "the category reported by"', () => {
    const en = pack('en');
    const rate = 'The current estimated case fatality rate seems to be around 3%.';
    expect(findAttribution(rate, en)).toBeUndefined();
    expect(findAttribution('We use the racial category reported by the respondent in 2001.', en)).toBeUndefined();
    // A finite verb still has its subject as the source, before a number or a determiner.
    expect(findAttribution('The regional office estimated 3,000 people.', en)).toBe('The regional office');
    expect(findAttribution('The regional office estimated the number at 3,000.', en)).toBe('The regional office');
    // Before an auxiliary, the word of saying is a noun: "The 131-page report was found".
    expect(findAttribution('The 131-page report was found on Orwell Road by a passerby.', en)).toBeUndefined();
    expect(findAttribution('The regional office reports that 3,000 people left.', en)).toBe('The regional office');
  });

  it('reads a source of four words, and the one who puts a count at a number', () => {
    const en = pack('en');
    expect(findAttribution('The county fire service said 2,300 people had left.', en)).toBe('The county fire service');
    expect(findAttribution('The regional authority put the number at 3,100.', en)).toBe('The regional authority');
    expect(findAttribution('De gemeente hield het aantal op 650.', pack('nl'))).toBe('De gemeente');
    // "the number of" counts; it puts no size to anyone's name.
    expect(findAttribution('Unfortunately, the number of templates is limited [37].', en)).toBeUndefined();
  });

  it('reads a name after a preposition as no speaker: "In Veldhaven schatte de politie …"', () => {
    const nl = pack('nl');
    expect(findAttribution('Bij de betoging in Veldhaven schatte de politie de menigte op 5.000.', nl)).toMatch(
      /politie$/,
    );
    expect(findAttribution('Op het hoofdkwartier in Brussel waarschuwde Rutte voor escalatie.', nl)).toBe('Rutte');
  });

  it('reads no capitalised word inside a sentence as a verb of saying: "the United States" says nothing', () => {
    const en = pack('en');
    expect(findAttribution('The firm sent data of 300 drivers to servers in the United States.', en)).toBeUndefined();
    expect(findAttribution('Officials in the United States said 300 people died.', en)).toBe(
      'Officials in the United States',
    );
  });
});

describe('what the corpus teaches', () => {
  it('learns names from how words are written, not from stems', () => {
    const s = CorpusStats.fromArticles([
      {
        id: 'x',
        language: 'en',
        body: 'The World Health Organization met. Each organ of the body works. The organ was ill.',
      },
    ]);
    expect(s.isNameWord('organization')).toBe(true);
    expect(s.isNameWord('organ')).toBe(false);
  });

  it('learns no name from a word written as often with a capital as without ("Tulsa Metro", "metro area")', () => {
    const s = CorpusStats.fromArticles([
      {
        id: 'x',
        language: 'en',
        body: 'Buses serve the Tulsa Metro area. The metro area grew. Mayor Vos opened the line.',
      },
      {
        id: 'y',
        language: 'en',
        body: 'The city and its metro area had 900 people. The Lakeland Metro runs at night.',
      },
    ]);
    expect(s.isNameWord('metro')).toBe(false);
    expect(s.isNameWord('tulsa')).toBe(true);
  });

  it("learns a name written only opening sentences from the article's title", () => {
    const s = CorpusStats.fromArticles([
      {
        id: 'x',
        language: 'nl',
        title: 'Wendela van Rijn',
        body: 'Wendela Maria van Rijn (1901-1960) was schilder. Wendela trouwde in 1925. Schilder werd zij in Delft.',
      },
    ]);
    expect(s.isNameWord('wendela')).toBe(true);
    // A sentence's first word is otherwise no name for being capitalised.
    expect(s.isNameWord('schilder')).toBe(false);
  });

  it('learns the words of a name as a question splits them: "L\'Enfant" is the name word "enfant"', () => {
    const s = CorpusStats.fromArticles([
      { id: 'x', language: 'en', body: "The plan of L'Enfant was bold. Later L'Enfant left the city." },
    ]);
    expect(s.isNameWord('enfant')).toBe(true);
  });

  it('learns no name from a word whose inflections are written in lower case', () => {
    const s = CorpusStats.fromArticles([
      {
        id: 'x',
        language: 'en',
        body: 'Then Anna wrote "Child\'s Play" and "Play On". He plays chess. They played well. We are playing.',
      },
    ]);
    expect(s.isNameWord('play')).toBe(false);
    expect(s.isName('play')).toBe(false);
    expect(s.isNameWord('anna')).toBe(true);
  });

  it('learns a title that stands for one person, but not one given to two, nor a word before a name once', () => {
    const s = CorpusStats.fromArticles([
      {
        id: 'x',
        language: 'nl',
        body:
          'Toen sprak NAVO-chef Rutte. Daarna sprak president Poetin. Ook sprak president Zelensky. ' +
          'Later waarschuwde NAVO-chef Rutte opnieuw. In die periode Jansen sprak ook.',
      },
      // A word mostly written elsewhere ("bezoek") or a photo credit ("beeld ANP") is no title either.
      {
        id: 'y',
        language: 'nl',
        body:
          'In maart een bezoek Berlijn. In mei weer een bezoek Berlijn. Het bezoek duurde lang. Een bezoek kost geld. ' +
          'Dat bezoek was kort. Foto: beeld ANP. Ook hier beeld ANP.',
      },
    ]);
    const titles = new Map(s.titles());
    expect(titles.get('navo chef')).toBe('rut');
    expect(titles.has('president')).toBe(false);
    expect(titles.has('period')).toBe(false);
    expect(titles.has('bezoek')).toBe(false);
    // "zowel Berlijn als Parijs": a conjunction before a name is no title, however often.
    expect(
      new Map(
        CorpusStats.fromArticles([
          { id: 'z', language: 'nl', body: 'Hij bezocht zowel Berlijn als Parijs. Ze noemde zowel Berlijn als Rome.' },
        ]).titles(),
      ).has('zowel'),
    ).toBe(false);
    expect(titles.has('beeld')).toBe(false);
  });

  it('reads corpus/aliases.yaml, and says what is wrong with a bad one by file and entry', async () => {
    const tmp = tempDir('bron-aliases-');
    try {
      expect(await loadAliases(tmp.dir)).toEqual({ aliases: [], errors: [] });
      writeFileSync(join(tmp.dir, 'aliases.yaml'), 'Kyiv: [Kiev, Kiew]\nInfantino: FIFA-baas\n');
      expect((await loadAliases(tmp.dir)).aliases).toEqual([
        { name: 'Kyiv', aliases: ['Kiev', 'Kiew'] },
        { name: 'Infantino', aliases: ['FIFA-baas'] },
      ]);
      writeFileSync(join(tmp.dir, 'aliases.yaml'), '- Kyiv\n- Kiev\n');
      expect((await loadAliases(tmp.dir)).errors[0]?.message).toMatch(/must map each name to its aliases/);
      writeFileSync(join(tmp.dir, 'aliases.yaml'), 'Kyiv: []\n');
      expect((await loadAliases(tmp.dir)).errors[0]?.message).toMatch(/Kyiv: must list at least one alias/);
      writeFileSync(join(tmp.dir, 'aliases.yaml'), 'Kyiv: [Kiev\n');
      expect((await loadAliases(tmp.dir)).errors[0]?.message).toMatch(/not valid YAML/);
    } finally {
      tmp.cleanup();
    }
  });

  it('stores as plain JSON and loads back the same, aliases applied on top', () => {
    const data = stats.toJSON();
    const copy = new CorpusStats(JSON.parse(JSON.stringify(data)));
    expect(copy.toJSON()).toEqual(data);
    for (const w of ['luther', 'poetin', 'eisleben']) expect(copy.isNameWord(w)).toBe(stats.isNameWord(w));
    expect(copy.idf('luther')).toBe(stats.idf('luther'));
    expect(copy.variantsOf('putin')).toEqual(stats.variantsOf('putin'));
  });

  it('makes one-word aliases spellings of the name: a question saying "Kiev" finds "Kyiv"', () => {
    const s = new CorpusStats(CorpusStats.combine([]), [{ name: 'Kyiv', aliases: ['Kiev'] }]);
    expect(s.variantsOf('kiev')).toContain('kyiv');
  });

  it('takes aliases from corpus/aliases.yaml: one-word aliases are spellings, longer ones titles', () => {
    const s = new CorpusStats(CorpusStats.combine([]), [
      { name: 'Rutte', aliases: ['Mark Rutte', 'secretaris-generaal van de NAVO'] },
    ]);
    expect([...s.titles()].some(([title, name]) => title.includes('navo') && name === 'rut')).toBe(true);
  });
});

describe('the answerer on a corpus it was never tuned on', () => {
  const engine = engineOver('bron-steps-', (corpus) => {
    const article = (id: string, title: string, outlet: string, date: string, body: string) =>
      writeArticle(corpus, { id, title, outlet, date, language: 'en', body });
    article(
      'festival-herald',
      'Record crowd at the 38th river festival',
      'The Herald',
      '2025-06-02',
      'The river festival drew a record crowd on Saturday.\n\nAbout 20,000 people attended the festival, the organisers said. ' +
        'The first festival was held in 1987 in the old harbour.',
    );
    article(
      'festival-post',
      'Police count fewer visitors',
      'The Post',
      '2025-06-03',
      'Police estimated that 12,000 people attended the festival on Saturday. ' +
        'The mayor, Anna Visser, praised the volunteers who cleaned the harbour afterwards.',
    );
    article(
      'quay',
      'Quay inspected',
      'The Herald',
      '2025-06-12',
      '12 June 2025 09:15\n\ndate 2025-06 ANP Dirk Maas\n\nDirk Maas inspected the quay on Monday. Dirk Maas will inspect the quay again in July. ' +
        'Repairs were ordered by the harbour master Dirk Maas.',
    );
    article(
      'library',
      'City library reopens',
      'The Herald',
      '2025-05-20',
      'The city library reopened on Monday after a renovation that took two years. It now opens on Sundays.',
    );
    article(
      'ferry',
      'Harbour ferry adds boats',
      'The Post',
      '2025-06-10',
      'The harbour ferry now runs six boats. About 300 Belgian tourists used the new ferry on its first day.',
    );
    article(
      'survey',
      'Town survey on cycling',
      'The Herald',
      '2025-04-02',
      'The town counts 8,000 residents. A survey found that 40 percent of the residents own a bike.',
    );
    article(
      'choir',
      'Harbour Choir opens the season',
      'The Post',
      '2025-03-01',
      'The Harbour Choir sang at the opening of the season on Friday. Members of the Harbour Choir rehearse ' +
        'every week in the library. The Harbour Choir is an amateur choir of singers from the old town.',
    );
    article(
      'storm',
      'Storm hits the park',
      'The Herald',
      '2025-02-11',
      'The storm felled thousands of trees in the city park on Tuesday. The park keeper said the paths reopen soon.',
    );
    article(
      'painter',
      'Maria Hendriks, painter of the harbour',
      'The Post',
      '2025-01-15',
      'Maria Hendriks (Leiden, 3 May 1901 – Haarlem, 9 March 1980) was a Dutch painter of harbour scenes.\n\n' +
        'Hendriks was born into a family of fishermen, and she painted the harbour from 1920 until her death.',
    );
    article(
      'clinic',
      'Harbour clinic report',
      'The Herald',
      '2025-02-20',
      'Tuberculosis (TB) is a disease of the lungs. The clinic treated 120 new TB patients last year.',
    );
    article(
      'province',
      'Noordmark, a coastal province',
      'The Post',
      '2025-01-05',
      'Noordmark is a coastal province with many islands and old harbours.\n\nCapital: Westerhaven\n' +
        'Patron saint: Saint Olaf\nIslands: 14\n\nThe provincial council of Noordmark has 45 seats.',
    );
    article(
      'province-south',
      'Zuidmark, an inland province',
      'The Post',
      '2024-01-05',
      'Zuidmark is an inland province south of Noordmark.\n\nThe provincial council of Zuidmark has 60 seats.',
    );
    article(
      'market',
      'Spring market dates',
      'The Herald',
      '2025-01-03',
      'The spring market fills the old harbour every year.\n\nMarket days\n2024: 9 March\n2025: 15 March',
    );
    article(
      'bridge',
      'Council argues over the bridge',
      'The Herald',
      '2024-02-01',
      'Smit calls the bridge “a burden for the town” | Photo ANP, Kees Jansen\n\n' +
        'Alderman Pieter Smit warned the council about the cost of the new bridge on Monday. ' +
        'But who will pay for the bridge that Smit warned about? ' +
        'Smit said: “The province must pay for it, not the town.”',
    );
    article(
      'aid',
      'Engineers arrive at the harbour',
      'The Post',
      '2024-03-01',
      'The US sent 300 engineers to rebuild the harbour in March. Let us hope they finish soon, the mayor said.',
    );
    article(
      'lake-district',
      'North Lakeland',
      'The Post',
      '2024-05-01',
      'The district of North Lakeland has forests and lakes. In North Lakeland live 3,000 inhabitants.',
    );
    article(
      'lake-district-west',
      'West Lakeland',
      'The Herald',
      '2023-05-01',
      'The district of West Lakeland lies along the border. In West Lakeland live 5,000 inhabitants.',
    );
    article(
      'town-brakel',
      'Brakel',
      'The Post',
      '2024-08-01',
      'The bay of Brakel is wide. The town has 41,000 inhabitants.',
    );
    article(
      'sailor',
      'Captain Jan Vos',
      'The Herald',
      '2024-08-03',
      'Captain Jan Vos sailed the northern seas for twenty years.\n\n' +
        'The harbour museum opened in 1950. Vos lost his life in a storm at the age of 47.',
    );
    article(
      'village-linden',
      'Lindendorp',
      'The Herald',
      '2024-08-02',
      'The hills around Lindendorp are green. The village has 2,300 inhabitants.',
    );
    article(
      'province-east',
      'Oostmark',
      'The Post',
      '2024-07-01',
      'The Lange river runs through the capital of Oostmark and past the old harbour of the capital.\n\n' +
        'Capital: Oosterburg\nArea: 2,100 km²',
    );
    article(
      'botanist',
      'Pieter Holm',
      'The Herald',
      '2024-06-01',
      'Jens Pieter Holm or Pieter Holm (Danish: [holm]; 1 May 1860 – 2 June 1943) was a Danish botanist who studied ' +
        'mosses.\n\nPieter Holm was born in Aarhus in Jutland. He was inspired by the mosses of the harbour walls.',
    );
    article(
      'composer',
      'Anton Veld',
      'The Herald',
      '2024-08-01',
      'Anton Veld wrote four operas. In his career, Veld made nine invited visits to Italy, often conducting.\n\n' +
        'Veld first visited Italy in 1880, with two friends from Leiden.',
    );
    article(
      'balloonist',
      'Karel Vos',
      'The Post',
      '2024-09-01',
      'Karel Dries baron Vos (Zandvoorde 21 March 1941) was the first Flemish balloonist.\n\nCareer\n\n' +
        '1959 - diploma from the secondary school in Ghent\n1977 - first flight over the North Sea in a balloon\n' +
        '1985 - honorary doctorate from the university in Leuven',
    );
    article(
      'prize',
      'Linde Prize',
      'The Herald',
      '2024-10-01',
      'The Linde Prize is a literary prize awarded every five years since 1941 for a collection of poems written ' +
        'in Dutch.\n\nWinners\n\n2002 - Piet Kaas for De bomen\n1997 - Anna Berg for Moedertaal\n' +
        '1992 - Joris Veld for Mei',
    );
    article(
      'ridge',
      'Traders dress as Vellari',
      'The Herald',
      '2024-11-01',
      '‘Traders dress as Vellari’\n\nThe valley traders sold wool in spring. On the market they posed as Vellari: a ' +
        'mountain people from the northern ridge with a dialect of their own.',
    );
    article(
      'strike',
      'Dockers stop work',
      'The Post',
      '2023-05-02',
      'The port was quiet on Monday.\n\nThe role of the union in the strike\n\nLeaders of the union defended the ' +
        'strike in a joint press meeting, and described it as a last resort for the dockers.',
    );
    article(
      'buses',
      'Bus company buys electric buses',
      'The Post',
      '2025-02-01',
      'The Post • today, 09:12 • Updated today, 10:05 Coach operator Vlug orders electric coaches for the airport\n\n' +
        'The coaches will replace the diesel fleet next spring.',
    );
    article(
      'museum',
      'Museum gets lottery grant',
      'The Herald',
      '2023-06-01',
      'The maritime museum received 250,000 dollars from the lottery fund. It will restore two old ships.',
    );
    article(
      'flu-ward',
      'Flu ward cures patients',
      'The Post',
      '2021-02-01',
      'Doctors at the flu ward cured [7] 12 flu patients this week, and the HX-44 flu patients went home.',
    );
    article(
      'lighthouse',
      'Lighthouse restored',
      'The Post',
      '2021-03-01',
      'The old lighthouse was restored in May. A sign at its door carries these words:\n\n' +
        '"Keep the light burning for every sailor!"\n\nVisitors may climb it on Sundays.',
    );
    article(
      'consulate',
      'Consulate counts Belgian visitors',
      'The Post',
      '2023-07-01',
      'The Belgian consulate said that 320 tourists made the trip on the harbour ferry that day.',
    );
    article(
      'dalmark-choir',
      'Choir tours Dalmark',
      'The Post',
      '2022-05-01',
      'Dalmark has many choirs. The national choir performed in Kessel on Sunday. Its members sang for two hours. ' +
        'The national choir performed in Dalmark on Friday. Dalmark pays the choir. The schools of Dalmark train its singers.',
    );
    article(
      'dalmark-rail',
      'Dalmark builds a railway',
      'The Post',
      '2022-06-01',
      'Dalmark opened a railway. Trains in Dalmark run every hour. Dalmark paid for the tracks.',
    );
    article(
      'cycling-study',
      'Cycling study',
      'The Post',
      '2022-03-01',
      'The study, run at five widely spread sites, found that cyclists were injured less often on quiet roads.',
    );
    article(
      'dam-rescue',
      'Hikers rescued at the dam',
      'The Post',
      '2022-08-02',
      'Firefighters rescued 40 hikers near the reservoir dam on Monday.',
    );
    article(
      'dam-walk',
      'Dam walk draws crowds',
      'The Herald',
      '2022-08-01',
      'About 300 hikers walked to the reservoir dam on Monday.',
    );
    article(
      'lantern-day',
      'Lantern Day',
      'The Almanac',
      '2021-01-05',
      'Lantern Day is the evening when the villages of the valley light paper lanterns along the river.\n\n' +
        'Dates:\n\n2019: 4 March\n\n2020: 26 February\n\n2021: 16 February',
    );
    article(
      'passenger-counts',
      'Ferry line counts its passengers',
      'The Post',
      '2021-04-12',
      'As of 2 April, the island ferry had carried 4,100 passengers this spring. ' +
        'The ferry line estimated that 5,600 passengers had crossed on the island ferry by 9 April.',
    );
    article(
      'comet-survey',
      'Comets of the inner orbit',
      'The Almanac',
      '2024-05-02',
      'Members of the comet family are icy bodies with tails ranging from 10-40 km. ' +
        'Six comets are known to cross the inner orbit. The 2024 Great Comet crossed the inner orbit in spring.',
    );
    article(
      'bank-merger',
      'Two regional banks merge',
      'The Post',
      '2024-03-05',
      'The combined bank will have about 1.8 million customers and 320 branches. ' +
        'The garrison sent a battalion of 600 soldiers to guard the vaults.',
    );
    article(
      'orchard-pests',
      'Orchard pests',
      'The Almanac',
      '2023-07-01',
      'Growers in the valley gave examples of the damage orchard pests did this year.\n\n' +
        'The worst orchard pests, including codling moths and aphids, cost growers millions.',
    );
    article(
      'council-vote',
      'Greens win council vote',
      'The Herald',
      '2024-05-03',
      'The Green Party took 14 of the 45 seats in the city council election.',
    );
  });

  it('counts no number with a noun of its own as the noun before it, unless that is a body of them', async () => {
    const customers = await engine().ask('How many customers will the combined bank have?');
    expect(customers.figures?.map((f) => f.value)).toEqual([1_800_000]);
    const branches = await engine().ask('How many branches will the combined bank have?');
    expect(branches.figures?.map((f) => f.value)).toEqual([320]);
    const battalion = await engine().ask('How big is the battalion sent to guard the vaults?');
    expect(battalion.figures?.map((f) => f.value)).toEqual([600]);
  });

  it('answers "what are examples of X" with the unit that lists some ("X, including …") first', async () => {
    const a = await engine().ask('What are examples of orchard pests?');
    expect(a.citations[0]?.quote).toContain('including codling moths and aphids');
  });

  it('says the sources differ only when two articles do, not when one gives two figures', async () => {
    const a = await engine().ask('How many seats did the Green Party take in the council election?');
    expect(a.figures?.map((f) => f.value)).toEqual([14, 45]);
    expect(a.answer.split('\n')[0]).toBe(pack('en').text.several);
  });

  it('counts with no number that measures ("10-40 km") or names in the singular ("the 2024 Great Comet")', async () => {
    const a = await engine().ask('How many comets are known to cross the inner orbit?');
    expect(a.figures?.map((f) => f.value)).toEqual([6]);
  });

  it('quotes a line of a list of dates ("2020: 26 February") for when only, not for what happens', async () => {
    const what = await engine().ask('What happens on Lantern Day?');
    expect(what.citations[0]?.quote).toMatch(/^Lantern Day is the evening/);
    expect(what.citations.map((c) => c.quote)).not.toContain('2019: 4 March');
    const when = await engine().ask('When was Lantern Day in 2020?');
    expect(when.citations[0]?.quote).toBe('2020: 26 February');
  });

  it('answers "where" with the place the articles name least, not the one they all name', async () => {
    const a = await engine().ask('Where did the national choir perform?');
    expect(a.citations[0]?.quote).toContain('performed in Kessel');
    expect(a.citations[1]?.quote).toContain('performed in Dalmark');
  });

  it('counts nothing with a number that has a noun of its own a few words on ("five widely spread sites")', async () => {
    const a = await engine().ask('How many cyclists were injured?');
    expect(a.figures?.map((f) => f.value) ?? []).not.toContain(5);
  });

  it('says one figure is reported when the others only count the same people, listed apart', async () => {
    const a = await engine().ask('How many hikers were rescued near the reservoir dam?');
    expect(a.figures?.map((f) => [f.value, !!f.related])).toEqual([
      [40, false],
      [300, true],
    ]);
    expect(a.answer.split('\n')[0]).toBe('One figure is reported:');
  });

  it('takes a figure dated to another day than the one asked for a count at another time', async () => {
    const dated = await engine().ask('How many passengers had the island ferry carried by 9 April?');
    expect(dated.figures?.map((f) => f.value)).toEqual([5600]);
    const any = await engine().ask('How many passengers did the island ferry carry?');
    expect(any.figures?.map((f) => f.value).sort()).toEqual([4100, 5600]);
  });

  it('counts no reference mark ("[7]") nor a number joined to a name ("HX-44") as a figure', async () => {
    const a = await engine().ask('How many flu patients did the doctors cure?');
    expect(a.figures?.map((f) => f.value)).toEqual([12]);
  });

  it('quotes what a sentence ending in a colon announces on the next line, on one line', async () => {
    const a = await engine().ask('Which words does the sign at the lighthouse carry?');
    expect(a.citations[0]?.quote).toMatch(/carries these words:\n\n"Keep the light burning for every sailor!"$/);
    expect(a.answer).toContain('these words: "Keep the light');
    const [ok, total] = citationSupport(engine(), a);
    expect(ok).toBe(total);
  });

  it('counts a body of people by its members, as the question qualifies it ("Belgian group": "Belgian tourists")', async () => {
    // The consulate counts the same tourists without the qualifier, in an article that names whose they are.
    const a = await engine().ask('What was the size of the Belgian group on the ferry?');
    expect(a.figures?.map((f) => f.value).sort()).toEqual([300, 320]);
    const big = await engine().ask('How big was the Belgian group on the ferry?');
    expect(big.figures?.map((f) => f.value).sort()).toEqual([300, 320]);
  });

  it('counts money in a currency ("how much money": "250,000 dollars")', async () => {
    const a = await engine().ask('How much money did the maritime museum receive?');
    expect(a.figures?.map((f) => f.value)).toEqual([250000]);
  });

  it('answers "what did X say" with a statement, not a heading that names the subject', async () => {
    const a = await engine().ask('What did the union say about the strike?');
    expect(a.citations[0]?.quote).toContain('last resort');
  });

  it('puts a speaker’s quoted words first only when their words are asked for, not their reasons', async () => {
    const why = await engine().ask('Why did Smit warn the council?');
    expect(why.citations[0]?.quote).toContain('the cost of the new bridge');
    const said = await engine().ask('What did Smit say about the bridge?');
    expect(said.citations[0]?.quote).toContain('“The province must pay for it, not the town.”');
  });

  it('refuses "what did X say" when no unit that names X reports anyone’s words', async () => {
    // Hendriks and Piet Kaas are in the articles, but no unit that names them reports words.
    expect((await engine().ask('What did Hendriks say about the bridge?')).grounded).toBe(false);
    expect((await engine().ask('What did Piet Kaas say about the new bridge?')).grounded).toBe(false);
    expect((await engine().ask('What did Smit say about the bridge?')).grounded).toBe(true);
  });

  it('answers "who is X" with the role an article writes before the name, when none says what X is', async () => {
    const a = await engine().ask('Who is Dirk Maas?');
    expect(a.citations[0]?.quote).toContain('the harbour master Dirk Maas');
    // A photo caption names him and says nothing of him: it is no first quote for any question about him.
    for (const q of ['Who is Dirk Maas?', 'What did Dirk Maas do?', 'Tell me about Dirk Maas'])
      expect((await engine().ask(q)).citations[0]?.quote).not.toBe('date 2025-06 ANP Dirk Maas');
  });

  it('reads "lost his life" as dying, though no word of it is "die"', async () => {
    const a = await engine().ask('How old was Jan Vos when he died?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('lost his life');
  });

  it('quotes no dateline as an answer: it says when the page was written, nothing asked', async () => {
    const a = await engine().ask('What did Dirk Maas do in June 2025?');
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(c.quote).not.toBe('12 June 2025 09:15');
  });

  it('reads an outlet the question names as the one whose words are asked for', async () => {
    // The mayor's praise is in The Post only: The Herald's articles do not answer, though another outlet's does.
    expect((await engine().ask('According to The Herald, what did the mayor praise?')).grounded).toBe(false);
    const post = await engine().ask('According to The Post, what did the mayor praise?');
    expect(post.citations[0]?.quote).toContain('praised the volunteers');
    const written = await engine().ask('What does The Post write about the harbour?');
    expect(written.citations.length).toBeGreaterThan(0);
    for (const c of written.citations) expect(c.outlet).toBe('The Post');
  });

  it('quotes a headline without the byline a scraped page runs into it', async () => {
    const a = await engine().ask('Did coach operator Vlug order electric coaches?');
    expect(a.citations.map((c) => c.quote)).toContain('Coach operator Vlug orders electric coaches for the airport');
    for (const c of a.citations) expect(c.quote).not.toContain('•');
  });

  it('reads an apposition anywhere as a definition: "… posed as Vellari: a mountain people"', async () => {
    const a = await engine().ask('Who are the Vellari?');
    expect(a.citations[0]?.quote).toContain('a mountain people');
  });

  it('reads a list line ("1997 - Anna Berg for Moedertaal") as a field of the article’s subject', async () => {
    const a = await engine().ask('Who won the Linde Prize in 1997?');
    expect(a.citations[0]?.quote).toBe('1997 - Anna Berg for Moedertaal');
  });

  it('reads a birthplace from the brackets after the subject’s name, over list lines naming other places', async () => {
    const a = await engine().ask('Where was Karel Vos born?');
    expect(a.citations[0]?.quote).toContain('(Zandvoorde 21 March 1941)');
  });

  it('counts the event a "how many times" question asks about: "nine visits" answers it', async () => {
    const a = await engine().ask('How many times did Veld visit Italy?');
    expect(a.grounded).toBe(true);
    expect(a.figures?.map((f) => f.value)).toEqual([9]);
  });

  it('answers "who was X" with what X was, past a long name and its brackets, not with where X was born', async () => {
    const a = await engine().ask('Who was Pieter Holm?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('was a Danish botanist');
  });

  it('counts for the whole name asked about, not for another name sharing one of its words', async () => {
    const a = await engine().ask('How many inhabitants does North Lakeland have?');
    expect(a.figures?.map((f) => f.value)).toEqual([3000]);
    expect((await engine().ask('How many inhabitants does West Lakeland have?')).figures?.map((f) => f.value)).toEqual([
      5000,
    ]);
  });

  it('reads a figure in a sentence that names no one as its article’s subject’s', async () => {
    const brakel = await engine().ask('How many inhabitants does Brakel have?');
    expect(brakel.figures?.map((f) => f.value)).toEqual([41000]);
    const linden = await engine().ask('How many inhabitants does Lindendorp have?');
    expect(linden.figures?.map((f) => f.value)).toEqual([2300]);
  });

  it('gives every figure the articles report for any quantity, each with who reports it, oldest first', async () => {
    const a = await engine().ask('How many people attended the festival?');
    expect(a.grounded).toBe(true);
    expect(a.figures?.map((f) => f.value)).toEqual([20000, 12000]);
    expect(a.answer).toMatch(/different figures/);
    expect(a.figures?.map((f) => f.attribution)).toEqual(['the organisers', 'Police']);
  });

  it('counts with a number word too, and quotes a count worded otherwise when it qualifies alike', async () => {
    expect((await engine().ask('How many boats does the ferry run?')).figures?.map((f) => f.value)).toEqual([6]);
    const other = await engine().ask('What is the number of Belgian travellers on the new ferry on its first day?');
    expect(other.grounded).toBe(true);
    expect(other.citations[0]?.quote).toContain('300 Belgian tourists');
    // "300 Belgian tourists" does not count German ones, in the asker's words or otherwise.
    expect((await engine().ask('How many German tourists used the ferry?')).grounded).toBe(false);
  });

  it('quotes an indefinite quantity when that is all the articles say: "thousands of trees"', async () => {
    const a = await engine().ask('How many trees did the storm fell?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('thousands of trees');
    expect((await engine().ask('How many cars did the storm damage?')).grounded).toBe(false);
  });

  it('reads an abbreviation an article defines as the word it stands for', async () => {
    const a = await engine().ask('How many new tuberculosis patients did the clinic treat?');
    expect(a.figures?.map((f) => f.value)).toEqual([120]);
  });

  it('quotes a labelled line of its own ("Capital: Westerhaven") as a fact, though short', async () => {
    const quotes = async (q: string) => (await engine().ask(q)).citations.map((c) => c.quote).join(' | ');
    expect(await quotes('What is the capital of Noordmark?')).toContain('Capital: Westerhaven');
    expect(await quotes('Who is the patron saint of Noordmark?')).toContain('Patron saint: Saint Olaf');
    expect(await quotes('When was the spring market in 2025?')).toContain('2025: 15 March');
    // The line speaks of what its article is about: it answers first, though it does not say "coastal province".
    expect((await engine().ask('What is the capital of the coastal province?')).citations[0]?.quote).toBe(
      'Capital: Westerhaven',
    );
    // Its label is the asked word, so it leads where a longer sentence says the question's words too.
    expect((await engine().ask('What is the capital of Oostmark?')).citations[0]?.quote).toBe('Capital: Oosterburg');
  });

  it('reads a life span after a name as when and where someone was born and died', async () => {
    const quotes = async (q: string) => (await engine().ask(q)).citations.map((c) => c.quote).join(' | ');
    expect(await quotes('Where did Hendriks die?')).toContain('Haarlem, 9 March 1980');
    expect(await quotes('When was Hendriks born?')).toContain('3 May 1901');
  });

  it('answers "what did X say" with their own words first, not a question the article asks nor a caption', async () => {
    const a = await engine().ask('What did Smit say about the bridge?');
    expect(a.citations[0]?.quote).toContain('The province must pay for it');
  });

  it('finds "the United States" written "US", an abbreviation that is no stop word', async () => {
    const a = await engine().ask('How many engineers did the United States send?');
    expect(a.figures?.map((f) => f.value)).toEqual([300]);
    expect((await engine().ask('How many engineers did the US send?')).figures?.map((f) => f.value)).toEqual([300]);
  });

  it('answers "what is X" with the sentence that opens with X and says what it is', async () => {
    expect((await engine().ask('What is the Harbour Choir?')).citations[0]?.quote).toContain('is an amateur choir');
  });

  it('counts for the name asked about, not for another name in an article that mentions it', async () => {
    const a = await engine().ask('How many seats does the provincial council of Noordmark have?');
    expect(a.figures?.map((f) => f.value)).toEqual([45]);
  });

  it('takes a share for a count only when the question asks for one', async () => {
    expect((await engine().ask('How many residents does the town have?')).figures?.map((f) => f.value)).toEqual([8000]);
    const share = await engine().ask('What percentage of the residents own a bike?');
    expect(share.grounded).toBe(true);
    expect(share.citations[0]?.quote).toContain('40 percent');
  });

  it('answers when, where and how long with the sentence that says it', async () => {
    const quote = async (q: string) => (await engine().ask(q)).citations[0]?.quote ?? '';
    expect(await quote('When was the first festival held?')).toContain('1987');
    expect(await quote('Where was the first festival held?')).toContain('harbour');
    expect(await quote('How long did the renovation of the library take?')).toContain('two years');
  });

  it('gives an overview of the articles, each line backed by its quote (titles are not claims)', async () => {
    const a = await engine().ask('What are these articles about?');
    expect(a.grounded).toBe(true);
    expect(a.citations.length).toBe(4); // at most four articles, the most recent
    const [ok, total] = citationSupport(engine(), a);
    expect(ok).toBe(total);
  });

  it('sums up only the articles that name the subject an overview asks about, and none when no article does', async () => {
    const a = await engine().ask('Summarize the news about the library');
    expect(a.grounded).toBe(true);
    const bodies = a.citations.map((c) => engine().snapshotInfo.articles.get(c.articleId)?.body ?? '');
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).toMatch(/librar/i);
    expect((await engine().ask('Summarize the news about Atlantis')).grounded).toBe(false);
  });

  it('reads a subject written inside the overview phrase: "Vat het artikel over X samen", "the article on X about"', async () => {
    for (const [q, heading] of [
      ['Vat het artikel over het festival samen', 'Waar de artikelen over gaan'],
      ['What is the article on the library about?', 'What the articles are about'],
    ] as const) {
      const a = await engine().ask(q);
      expect(a.answer, q).toContain(heading);
      const bodies = a.citations.map((c) => engine().snapshotInfo.articles.get(c.articleId)?.body ?? '');
      expect(bodies.length, q).toBeGreaterThan(0);
      for (const body of bodies) expect(body, q).toMatch(q.includes('festival') ? /festival/i : /librar/i);
    }
  });

  it('refuses what the articles do not say, and questions about other things', async () => {
    for (const q of [
      'How many books does the library have?',
      'Who won the election in Peru?',
      'Why did the mayor resign?',
    ])
      expect((await engine().ask(q)).grounded, q).toBe(false);
  });
});

describe('a Dutch verb and the particle it sheds', () => {
  const corpus = CorpusStats.fromArticles([
    {
      id: 's',
      language: 'nl',
      body: 'De minister heeft de maatregel gisteren aangekondigd. De boeren willen meevechten.',
    },
  ]);
  const nl = pack('nl');

  it('joins a particle ending the question to its verb, as the articles write it, and drops it as a word', () => {
    const q = analyse('Wanneer kondigde de minister de maatregel aan?', corpus);
    expect(groupForms(q, 'kondigde', 'nl')).toContain(nl.stem('aangekondigd'));
    const mee = analyse('Vechten de boeren mee?', corpus);
    expect(mee.groups.map((g) => g.id)).not.toContain('mee');
    // A particle no verb of the question joins stays a word: "mee" with "gaat" makes nothing the articles write.
    expect(analyse('Wie gaat er mee?', corpus).groups.map((g) => g.id)).toContain('mee');
  });

  it('finds a strong verb\'s participle joined to its particle, past a voiced consonant ("geeft … uit": "uitgegeven")', () => {
    const strong = CorpusStats.fromArticles([
      { id: 'u', language: 'nl', body: 'De krant wordt uitgegeven door een groot bedrijf. Het gebied is groot.' },
    ]);
    expect(groupForms(analyse('Wie geeft de krant uit?', strong), 'geeft', 'nl')).toContain(nl.stem('uitgegeven'));
    // Without a particle, "ge" + a stem is left alone: "biedt" does not meet "gebied".
    expect(groupForms(analyse('Wat biedt de krant?', strong), 'biedt', 'nl')).not.toContain(nl.stem('gebied'));
  });
});

describe('a Dutch verb the articles write apart from its particle', () => {
  const corpus = CorpusStats.fromArticles([
    {
      id: 'k',
      language: 'nl',
      body: 'De minister kondigde de maatregel gisteren aan. De politie hield 25 supporters aan.',
    },
  ]);
  const nl = pack('nl');

  it('joins a particle closing a clause to the verb it left, not to the other words', () => {
    const stems = sentenceStems('De politie hield 25 supporters aan.', 'nl');
    expect(stems).toContain(nl.stem('aanhield'));
    expect(stems).not.toContain(nl.stem('aansupporters'));
    // Before what follows the verb's end: a clause ("aan dat …") or a phrase ("bij in de regio").
    expect(sentenceStems('De minister kondigde gisteren aan dat de regel vervalt.', 'nl')).toContain(
      nl.stem('aankondigde'),
    );
    expect(sentenceStems('Er kwamen vijftien wolven bij in de regio.', 'nl')).toContain(nl.stem('bijkwamen'));
  });

  it('meets a question that writes the verb joined ("aangekondigd", "aangehouden")', () => {
    const q = analyse('Wie heeft de maatregel aangekondigd?', corpus);
    expect(groupForms(q, 'aangekondigd', 'nl')).toContain(nl.stem('aankondigde'));
    expect(groupForms(analyse('Hoeveel supporters werden aangehouden?', corpus), 'aangehouden', 'nl')).toContain(
      nl.stem('aanhield'),
    );
  });
});

describe('irregular verbs', () => {
  const corpus = CorpusStats.fromArticles([
    {
      id: 'v',
      language: 'nl',
      body:
        'Bij de brand zijn twaalf doden gevallen. De partij is twee jaar geleden ontstaan. Hij werd geprezen. ' +
        'Het huis stond er al.',
    },
    { id: 'w', language: 'en', body: 'Luther went to Rome and caught a fever there.' },
  ]);
  const [nl, en] = [pack('nl'), pack('en')];

  it('finds the forms the articles write of a verb whose vowel changes, also with a prefix', () => {
    expect(groupForms(analyse('Wanneer vielen de doden?', corpus), 'vielen', 'nl')).toContain(nl.stem('gevallen'));
    expect(groupForms(analyse('Wanneer ontstond de partij?', corpus), 'ontstond', 'nl')).toContain(nl.stem('ontstaan'));
    expect(groupForms(analyse('Where did Luther go?', corpus), 'go', 'en')).toContain(en.stem('went'));
    expect(groupForms(analyse('What did Luther catch?', corpus), 'catch', 'en')).toContain(en.stem('caught'));
  });

  it('does not read a form that is also another word as the verb ("leden" are members, not "geleden")', () => {
    expect(groupForms(analyse('Hoeveel leden heeft de partij?', corpus), 'leden', 'nl')).not.toContain(
      nl.stem('geleden'),
    );
    expect(groupForms(analyse('Welke prijzen won de partij?', corpus), 'prijzen', 'nl')).not.toContain(
      nl.stem('geprezen'),
    );
    expect(groupForms(analyse('Wat zegt de staat?', corpus), 'staat', 'nl')).not.toContain(nl.stem('stond'));
  });
});

describe('derived words the stemmer leaves apart', () => {
  it('meets a stem the articles extend by a letter or two ("drama" → "dramatic"), not a shorter one', () => {
    const corpus = CorpusStats.fromArticles([
      {
        id: 'd',
        language: 'en',
        body: 'She studied at the Academy of Dramatic Art. The nation voted. A nationalist spoke.',
      },
    ]);
    expect(corpus.extensionsOf(stem('drama', 'en'), 2)).toEqual([stem('dramatic', 'en')]);
    const soft = (q: string, word: string) => [
      ...(analyse(q, corpus)
        .groups.find((g) => g.id === word)
        ?.soft.get('en') ?? []),
    ];
    expect(soft('Which drama school did she attend?', 'drama')).toContain(stem('dramatic', 'en'));
    // "nationalist" adds more than two letters to "nation"; "dramatic" asked does not meet a shorter "drama".
    expect(soft('Which nation voted?', 'nation')).not.toContain(stem('nationalist', 'en'));
  });
});

describe("an article's title", () => {
  it('makes its words known, as one more sentence, without making a headline’s capitals names', () => {
    const titled = CorpusStats.fromArticles([
      { id: 't', language: 'en', title: 'Yuen Ren Chao Marries', body: 'Chao married in 1920. He taught at Harvard.' },
    ]);
    const untitled = CorpusStats.fromArticles([
      { id: 't', language: 'en', body: 'Chao married in 1920. He taught at Harvard.' },
    ]);
    expect(titled.knows(stem('yuen', 'en'))).toBe(true);
    expect(untitled.knows(stem('yuen', 'en'))).toBe(false);
    expect(titled.df(stem('married', 'en'))).toBe(2);
    expect(titled.total).toBe(untitled.total + 1);
    expect(titled.isNameWord('marries')).toBe(false);
    const known = (s: CorpusStats) => analyse('Who did Yuen Ren Chao marry?', s).groups.filter((g) => g.known).length;
    expect(known(titled)).toBeGreaterThan(known(untitled));
  });
});

describe('a Dutch verb over English articles is no compound', () => {
  const english = CorpusStats.fromArticles([
    { id: 'e', language: 'en', body: 'Hobhouse initiated him into the club, which he would honour all his life.' },
  ]);

  it('"introduceerde" is not "introduc" + "eerde" (honoured): a past tense ends it, no head noun', () => {
    const q = analyse('Wie introduceerde Byron bij de club?', english);
    const g = q.groups.find((x) => x.id === 'introduceerde');
    expect([...(g?.soft.get('en') ?? [])]).not.toContain(stem('honour', 'en'));
    // Unknown, it names no relation a unit must say, so the unit that names who did is not refused for lacking it.
    expect(q.relation).toBeUndefined();
  });
});

describe('a relation the unit denies', () => {
  const engine = engineWith('bron-denied-relation-', {
    abbey: {
      title: 'Abbot Aldric',
      outlet: 'Encyclopedia',
      date: '2024-01-01',
      language: 'en',
      body:
        'Abbot Aldric became very ill and seemed to be near death. Aldric had not named a successor, and the monks ' +
        'pleaded with Brother Oswin to lead the abbey when the sick man died.\n\n' +
        'In 1120 Aldric died, naming the monk Wendel as his successor rather than Oswin.',
    },
    abdij: {
      title: 'Abt Aldric',
      outlet: 'Encyclopedie',
      date: '2024-01-01',
      language: 'nl',
      body:
        'Abt Aldric werd ernstig ziek. Aldric had geen opvolger gekozen, en de monniken smeekten broeder Oswin de ' +
        'abdij te leiden als de zieke man stierf.\n\n' +
        'In 1120 stierf Aldric, die de monnik Wendel als zijn opvolger koos in plaats van Oswin.',
    },
  });

  it('"had not named a successor" does not answer whom he named; the unit that names him does', async () => {
    await expectFirstQuotes(engine(), [['Whom did Aldric name as his successor?', /Wendel/]]);
  });

  it('nor does "had geen opvolger gekozen" in Dutch', async () => {
    await expectFirstQuotes(engine(), [['Wie koos Aldric als zijn opvolger?', /Wendel/]]);
  });
});

describe("a price written with its currency's code on the digits", () => {
  const engine = engineWith('bron-glued-code-', {
    dorvel: {
      title: 'Visiting Dorvel',
      outlet: 'Guide',
      date: '2024-01-01',
      language: 'en',
      body:
        'Get in\n\nDorvel Airport has daily flights to the coast. ' +
        'From the airport you can take a cab for IRR200,000 to the city centre.\n\n' +
        'The old bridge of Dorvel was built in the 1600s.',
    },
  });

  it('answers what the cab costs with "IRR200,000"', async () => {
    const a = await engine().ask('How much does a cab from Dorvel airport to the city centre cost?');
    expect(a.figures?.map((f) => f.value)).toContain(200000);
  });

  it('and in Dutch', async () => {
    await expectFirstQuotes(engine(), [
      ['Hoeveel kost een cab van het vliegveld van Dorvel naar het centrum?', /IRR200,000/],
    ]);
  });
});

describe('an amount in a currency written as its code', () => {
  const engine = engineWith('bron-currency-code-', {
    marvona: {
      title: 'Visiting Marvona',
      outlet: 'Guide',
      date: '2024-01-01',
      language: 'en',
      body:
        'Get in\n\nA Marvona tourist card is needed by most visitors. This card costs between 15 - 25 CUC, ' +
        'depending on where it is bought.\n\n' +
        'Without a card, the airline would otherwise get a $ 1,000 fine from the Marvona immigration authorities.',
    },
  });

  it('knows "CUC", "USD" as currencies in capitals only', () => {
    expect(namesCurrency('It costs 25 CUC.')).toBe(true);
    expect(namesCurrency('It costs USD 25.')).toBe(true);
    expect(namesCurrency('All 25 rooms are booked.')).toBe(false);
  });

  it('gives "15 - 25 CUC" for what the card costs: the code is money, and no other name', async () => {
    const a = await engine().ask('How much does the Marvona tourist card cost?');
    expect(a.figures?.map((f) => f.value)).toContain(15);
    // The range is one figure: its second number is no figure of its own, which would read as a differing source.
    expect(a.figures?.map((f) => f.value)).not.toContain(25);
  });
});

describe('the sentence after the best quote that goes on with a pronoun', () => {
  const engine = engineWith('bron-continued-quote-', {
    velmar: {
      title: 'Visiting Velmar',
      outlet: 'Guide',
      date: '2024-01-01',
      language: 'en',
      body:
        'See\n\nThe curious traveller can take a ferry north along the coast and come to Velmar Harbour. The odd mix ' +
        'of old sheds, smart cafes and historic landmarks of the waterfront makes the Harbour a fine place to visit. ' +
        "It's the home of the steamer Albatross and of a small museum.\n\n" +
        'Eat\n\nThe market hall sells fish and bread every morning.',
    },
  });

  it('is quoted with it: what it says of the place the quote names', async () => {
    await expectFirstQuotes(engine(), [['What historic ship can you see at Velmar Harbour?', /Albatross/]]);
  });
});
