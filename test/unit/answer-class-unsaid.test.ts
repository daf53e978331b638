import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWordnetTerms, TERMS_OUTPUT } from '../../scripts/build-wordnet-terms.js';
import { WORDNET_DIR } from '../../scripts/wordnet.js';
import { isTermNoun } from '../../src/answer/classes.js';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Harbour Gazette', date: '2024-01-01', language: 'en' };

describe('a "which N" question whose best units name no N', () => {
  const engine = engineWith('bron-class-unsaid-', {
    pumps: {
      ...ARTICLE,
      title: 'The harbour pumps',
      body:
        'Diesel bilge pumps have been used by the coastal navy for decades, and the sailors trust them.\n\n' +
        'The new harbour cranes are built by Harwick, whose yard stands beside the old docks.\n\n' +
        'The old harbour master caught pneumonia during the long winter of the flood.',
    },
    pompen: {
      ...ARTICLE,
      language: 'nl',
      title: 'De pompen van de haven',
      body:
        'Zware dieselpompen worden al tientallen jaren door de marine gebruikt, en de matrozen vertrouwen ze.\n\n' +
        'De nieuwe kranen in de haven worden gebouwd door Harwick, naast de oude dokken.\n\n' +
        'Het beroep tegen de beslissing van de havenraad moet binnen een maand worden ingesteld.',
    },
  });

  it('refuses when no unit names anything the question does not, nor writes N', async () => {
    const a = await engine().ask('Which company makes the diesel bilge pumps used by the navy?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('unsaid');
  });

  it('refuses in Dutch too', async () => {
    const a = await engine().ask('Welk bedrijf maakte de dieselpompen die de marine gebruikt?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('unsaid');
  });

  it('answers with a name that is not headed by N', async () => {
    const a = await engine().ask('Which company builds the new harbour cranes?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('Harwick');
  });

  it('answers a class of spans with a span ("binnen welke termijn")', async () => {
    const a = await engine().ask('Binnen welke termijn moet het beroep tegen de havenraad worden ingesteld?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('een maand');
  });

  it('leaves a class answered in common words alone', async () => {
    const a = await engine().ask('What disease did the old harbour master catch?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('pneumonia');
  });
});

describe('nouns for things common words name', () => {
  it('knows them from WordNet, a Dutch word through its translations', () => {
    expect(isTermNoun('disease', 'en')).toBe(true);
    expect(isTermNoun('reasons', 'en')).toBe(true);
    expect(isTermNoun('redenen', 'nl')).toBe(true);
    expect(isTermNoun('company', 'en')).toBe(false);
    expect(isTermNoun('uitgeverij', 'nl')).toBe(false);
  });

  it.skipIf(!existsSync(`${WORDNET_DIR}/index.noun`))('is exactly what scripts/build-wordnet-terms.ts builds', () => {
    expect(buildWordnetTerms().text === readFileSync(TERMS_OUTPUT, 'utf8'), 'wordnet-terms-en.tsv is stale').toBe(true);
  });
});

describe('a "which N" question about a name, whose N only an article that never names it gives', () => {
  const engine = engineWith('bron-class-named-', {
    tamsin: {
      ...ARTICLE,
      title: 'Orla Tamsin charts the reefs',
      body:
        'Orla Tamsin has spent ten summers charting the reefs around the Tern Islands for the harbour board.\n\n' +
        'Her charts show the channels the ferries use in winter.',
    },
    vale: {
      ...ARTICLE,
      title: 'A new chair of marine biology',
      body: 'Edric Vale teaches marine biology at the University of Marlow, where he studies the reef corals.',
    },
  });

  it('refuses when only another article, about someone else, names one of the class', async () => {
    const a = await engine().ask('Which university does Orla Tamsin teach at?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('unsaid');
  });

  it('answers from the article that names the one asked about', async () => {
    const a = await engine().ask('Which university does Edric Vale teach at?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('University of Marlow');
  });
});

describe('a "which N" question about a code, whose N only an article that never writes it gives', () => {
  const engine = engineWith('bron-class-coded-', {
    poster: {
      ...ARTICLE,
      title: 'A course for harbour pilots',
      body:
        'The poster at HX2021 will present the curriculum of the harbour pilot course and its lessons.\n\n' +
        'We welcome discussion about the harbour pilot course and its use in other ports.',
    },
    lamps: {
      ...ARTICLE,
      title: 'Testing harbour lamps',
      body:
        'Lighting Department, Northfield State University, 2100, Westbrook City, Norland\n\n' +
        'The conference on harbour lamps was held in the great hall of the university last winter.',
    },
  });

  it('refuses when only another article, which never writes the code, names one of the class', async () => {
    const a = await engine().ask('In which city was the HX2021 conference held?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('unsaid');
  });
});
