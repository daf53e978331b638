/** A list's item is read with the lead-in above it ("… moet voldoen aan de volgende eisen:" / "a. …;"). */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { listLeads } from '../../src/answer/list-items.js';
import { analyse } from '../../src/answer/question.js';
import { leadInBefore, leadInToFront, throughLeadIn } from '../../src/answer/select.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const nl =
  'Artikel 1\n\nDe bekendmaking van:\n\na. een vergunning voor een kraam;\n\nb. een ontheffing voor een terras,\n\n' +
  'geschiedt door plaatsing in het gemeenteblad.\n\nArtikel 2\n\n' +
  '1. De lijn, waaraan de boot is vastgemaakt, moet voldoen aan de volgende eisen:\n\n' +
  'a. de lengte moet ten minste 4 meter bedragen;\n\nb. het gewicht mag ten hoogste 200 gram per meter bedragen;\n\n' +
  'c. de knopen zijn van een door Ons goedgekeurd type:\n\n1°. een paalsteek;\n\n2°. een mastworp;\n\n' +
  'd. de lijn is van touw.\n2. De eigenaar controleert de lijn elke week.\n\n' +
  'In deze regeling wordt verstaan onder:\n\nkraam: verplaatsbare verkoopplaats;\n\nterras: buitenruimte van een café.\n\n' +
  'Op het eiland Saba wordt telkens gelezen voor:\n\na. gemeenteraad: eilandraad;\n\nb. burgemeester: gezaghebber.';
const en =
  'Permits\n\nA permit holder must meet the following conditions:\n\n- the fee is paid in advance;\n\n' +
  '- the holder is at least 21 years old.\n\nThe office opens at nine. Visitors queue outside.';

function article(id: string, body: string, language: string): Article {
  return { id, language, body, title: 'Regels', outlet: 'Blad', date: '2025-01-01' } as Article;
}

/** Each sentence that is an item, with the lead-in it is read with. */
function leads(a: Article): [string, string][] {
  const list = splitSentences(a);
  const at = listLeads(a.body, list);
  return list.flatMap((s) => (at[s.index]! >= 0 ? [[s.text, list[at[s.index]!]!.text] as [string, string]] : []));
}

describe('the lead-in of a list item', () => {
  const pairs = new Map(leads(article('nl', nl, 'nl')));

  it('is the line ending in a colon above the items marked as it is', () => {
    expect(pairs.get('b. het gewicht mag ten hoogste 200 gram per meter bedragen;')).toBe(
      'De lijn, waaraan de boot is vastgemaakt, moet voldoen aan de volgende eisen:',
    );
    expect(pairs.get('b. een ontheffing voor een terras,')).toBe('De bekendmaking van:');
    // Past a list nested in an item above, whose own lead-in is that item.
    expect(pairs.get('d. de lijn is van touw.')).toBe(pairs.get('a. de lengte moet ten minste 4 meter bedragen;'));
    expect(pairs.get('2°. een mastworp;')).toBe('c. de knopen zijn van een door Ons goedgekeurd type:');
  });

  it('leads in "term: definition;" lines', () => {
    expect(pairs.get('terras: buitenruimte van een café.')).toBe('In deze regeling wordt verstaan onder:');
  });

  it('leads in no line after a list that closed, nor an unmarked paragraph', () => {
    expect(pairs.has('2. De eigenaar controleert de lijn elke week.')).toBe(false);
    expect(pairs.has('geschiedt door plaatsing in het gemeenteblad.')).toBe(false);
    expect(pairs.has('Artikel 2')).toBe(false);
  });

  it('is found for bullets in English as well', () => {
    expect(new Map(leads(article('en', en, 'en'))).get('- the holder is at least 21 years old.')).toBe(
      'A permit holder must meet the following conditions:',
    );
  });
});

/** The units gathered for a question from one passage over [from, to) of an article, best first. */
function ranked(a: Article, question: string, from: number, to: number): string[] {
  const stats = CorpusStats.fromArticles([a]);
  const ctx = { view: new TextView(new Map([[a.id, a]])), stats };
  const passage: RetrievedPassage = {
    key: `${a.id}:0`,
    doc: new Document({
      pageContent: a.body.slice(from, to),
      metadata: { articleId: a.id, start: from, end: to, seq: 0 },
    }),
    score: 1,
  };
  return gather(analyse(question, stats), [passage], ctx).map((c) => c.unit.text);
}

describe('a list item read with its lead-in', () => {
  it('ranks above the bare lead-in when it says what is asked (Dutch)', () => {
    const a = article('nl', nl, 'nl');
    expect(ranked(a, 'Hoe zwaar mag de lijn van de boot per meter zijn?', 0, nl.length)[0]).toBe(
      'b. het gewicht mag ten hoogste 200 gram per meter bedragen;',
    );
  });

  it('is gathered when only its lead-in was retrieved (Dutch)', () => {
    const a = article('nl', nl, 'nl');
    const lead = nl.indexOf('In deze regeling');
    const end = lead + 'In deze regeling wordt verstaan onder:'.length;
    expect(ranked(a, 'Wat wordt verstaan onder een terras?', lead, end)).toContain(
      'terras: buitenruimte van een café.',
    );
  });

  it('is gathered however short it is (Dutch)', () => {
    const a = article('nl', nl, 'nl');
    const from = nl.indexOf('Op het eiland Saba');
    expect(ranked(a, 'Wie is op Saba de burgemeester?', from, nl.length)).toContain('b. burgemeester: gezaghebber.');
  });

  it('is gathered when only its lead-in was retrieved (English)', () => {
    const a = article('en', en, 'en');
    const lead = en.indexOf('A permit holder');
    const end = en.indexOf('conditions:') + 'conditions:'.length;
    expect(ranked(a, 'How old must a permit holder be?', lead, end)).toContain(
      '- the holder is at least 21 years old.',
    );
  });
});

describe('a list item quoted first', () => {
  const a = article('nl', nl, 'nl');
  const stats = CorpusStats.fromArticles([a]);
  const view = new TextView(new Map([[a.id, a]]));
  const quoted = (question: string, text: string) => {
    const q = analyse(question, stats);
    const passage: RetrievedPassage = {
      key: 'nl:0',
      doc: new Document({ pageContent: nl, metadata: { articleId: 'nl', start: 0, end: nl.length, seq: 0 } }),
      score: 1,
    };
    const c = gather(q, [passage], { view, stats }).find((x) => x.unit.text === text)!;
    return throughLeadIn(c, view, q, []).unit.text;
  };

  it('runs from its lead-in on when the lead-in says question words it lacks', () => {
    const text = quoted(
      'Hoe zwaar mag de lijn van de boot per meter zijn?',
      'b. het gewicht mag ten hoogste 200 gram per meter bedragen;',
    );
    expect(text.startsWith('1. De lijn, waaraan de boot is vastgemaakt')).toBe(true);
    expect(text.endsWith('b. het gewicht mag ten hoogste 200 gram per meter bedragen;')).toBe(true);
    expect(nl.includes(text)).toBe(true);
  });

  it("stays the item when it says the question's words itself", () => {
    expect(
      quoted(
        'Hoe zwaar mag het gewicht per meter zijn?',
        'b. het gewicht mag ten hoogste 200 gram per meter bedragen;',
      ),
    ).toBe('b. het gewicht mag ten hoogste 200 gram per meter bedragen;');
  });
});

describe("a list item's own words", () => {
  const a = article('nl', nl, 'nl');
  const stats = CorpusStats.fromArticles([a]);
  const view = new TextView(new Map([[a.id, a]]));
  const passage: RetrievedPassage = {
    key: 'nl:0',
    doc: new Document({ pageContent: nl, metadata: { articleId: 'nl', start: 0, end: nl.length, seq: 0 } }),
    score: 1,
  };
  const matched = (question: string, text: string) =>
    gather(analyse(question, stats), [passage], { view, stats }).find((x) => x.unit.text === text)?.m.matched;

  it("hold its lead-in's when it says a word of the question the lead-in does not", () => {
    const m = matched(
      'Hoe zwaar is het gewicht van de lijn van de boot?',
      'b. het gewicht mag ten hoogste 200 gram per meter bedragen;',
    );
    expect(m?.has('boot')).toBe(true);
    expect(m?.has('gewicht')).toBe(true);
  });

  it('hold its lead-in\'s when it says the question\'s bound in other words ("minimaal": "ten minste")', () => {
    const m = matched(
      'Hoe lang moet de lijn van de boot minimaal zijn?',
      'a. de lengte moet ten minste 4 meter bedragen;',
    );
    expect(m?.has('minimaal')).toBe(true);
    expect(m?.has('boot')).toBe(true);
  });

  it("leave its lead-in's out when it says nothing the question asks (a sibling of the item asked for)", () => {
    const m = matched(
      'Hoe zwaar is het gewicht van de lijn van de boot?',
      'a. de lengte moet ten minste 4 meter bedragen;',
    );
    expect(m?.has('boot') ?? false).toBe(false);
  });
});

describe('a lead-in too far above its item to quote through', () => {
  const long =
    'het varen op een rivier, een kanaal, een meer of een andere openbare vaarweg met een boot die niet is ' +
    'voorzien van een naambord, een registratienummer of een ander door Onze Minister voorgeschreven kenteken';
  const body =
    `Artikel 3\n\n1. Met hechtenis van ten hoogste een week wordt gestraft:\n\na. ${long};\n\n` +
    'b. het varen zonder vlag op de rivier.\n\nArtikel 4\n\nDe vlag is rood.';
  const a = article('st', body, 'nl');
  const stats = CorpusStats.fromArticles([a]);
  const view = new TextView(new Map([[a.id, a]]));
  const passage: RetrievedPassage = {
    key: 'st:0',
    doc: new Document({ pageContent: body, metadata: { articleId: 'st', start: 0, end: body.length, seq: 0 } }),
    score: 1,
  };
  const q = analyse('Welke straf staat op varen zonder vlag op de rivier?', stats);
  const pool = gather(q, [passage], { view, stats });
  const item = pool.find((c) => c.unit.text === 'b. het varen zonder vlag op de rivier.')!;

  it('is quoted on its own, from its marker on', () => {
    expect(leadInBefore(item, view, q, [])?.unit.text).toBe(
      '1. Met hechtenis van ten hoogste een week wordt gestraft:',
    );
  });

  it('goes before the item when it says the noun "welke N" asks for', () => {
    const lead = leadInBefore(item, view, q, [])!;
    expect(leadInToFront([item, lead], q, view).map((c) => c.unit.text)).toEqual([lead.unit.text, item.unit.text]);
  });

  it('stays after the item when the item says what is asked', () => {
    const other = analyse('Welk varen wordt met hechtenis gestraft?', stats);
    const lead = leadInBefore(item, view, q, [])!;
    expect(leadInToFront([item, lead], other, view)[0]).toBe(item);
  });
});

describe('a rule lead-in too far above its item to quote through', () => {
  const long =
    'hetzij is goedgekeurd bij een keuring, door de Dienst Vaarwegen of een andere door Onze Minister ' +
    'aangewezen instantie verricht aan de hand van de krachtens artikel 4 vastgestelde voorschriften over de romp';
  const body =
    'Artikel 2\n\nHet is verboden boten te bouwen, in voorraad te hebben, te koop aan te bieden of te verhuren, ' +
    `die niet behoren tot een type dat:\n\na. ${long};\n\nb. hetzij voldoet aan een richtlijn.\n\nArtikel 3\n\nDe vlag is rood.`;
  const a = article('bt', body, 'nl');
  const stats = CorpusStats.fromArticles([a]);
  const view = new TextView(new Map([[a.id, a]]));
  const passage: RetrievedPassage = {
    key: 'bt:0',
    doc: new Document({ pageContent: body, metadata: { articleId: 'bt', start: 0, end: body.length, seq: 0 } }),
    score: 1,
  };
  const q = analyse('Mag een winkel een boot verhuren die niet van een goedgekeurd type is?', stats);
  const pool = gather(q, [passage], { view, stats });
  const item = pool.find((c) => c.unit.text.startsWith('a. hetzij'))!;

  it('goes before the item when it forbids what a yes/no question asks may be done', () => {
    const lead = leadInBefore(item, view, q, [])!;
    expect(lead.unit.text).toMatch(/^Het is verboden/);
    expect(leadInToFront([item, lead], q, view).map((c) => c.unit.text)).toEqual([lead.unit.text, item.unit.text]);
  });

  it('stays after an item that states a rule itself', () => {
    const own = 'b. de romp moet van hout zijn en niet van staal, zoals de Dienst Vaarwegen die keurt en goedkeurt';
    const text = `Artikel 4\n\nDe boot mag uitsluitend dienen voor het vervoer van personen, en moet verder:\n\na. ${long};\n\n${own}.`;
    const b = article('bo', text, 'nl');
    const bview = new TextView(new Map([[b.id, b]]));
    const bstats = CorpusStats.fromArticles([b]);
    const pass: RetrievedPassage = {
      key: 'bo:0',
      doc: new Document({ pageContent: text, metadata: { articleId: 'bo', start: 0, end: text.length, seq: 0 } }),
      score: 1,
    };
    const asked = analyse('Mag de romp van mijn boot van staal zijn?', bstats);
    const found = gather(asked, [pass], { view: bview, stats: bstats }).find((c) =>
      c.unit.text.startsWith('b. de romp'),
    )!;
    const lead = leadInBefore(found, bview, asked, [])!;
    expect(lead.unit.text).toMatch(/uitsluitend/);
    expect(leadInToFront([found, lead], asked, bview)[0]).toBe(found);
  });

  it('stays after the item for a question that asks no rule', () => {
    const which = analyse('Welke instantie keurt het type van een boot?', stats);
    const lead = leadInBefore(item, view, q, [])!;
    expect(leadInToFront([item, lead], which, view)[0]).toBe(item);
  });
});
