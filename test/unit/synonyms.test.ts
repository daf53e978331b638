import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWordnetDerivations, DERIVATIONS_OUTPUT } from '../../scripts/build-wordnet-derivations.js';
import { buildWordnetHypernyms, HYPERNYMS_OUTPUT } from '../../scripts/build-wordnet-hypernyms.js';
import { buildWordnetSynonyms, SYNONYMS_OUTPUT } from '../../scripts/build-wordnet-synonyms.js';
import { usualSenses, WORDNET_DIR } from '../../scripts/wordnet.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';
import { relatedByPart } from '../../src/lang/synonyms.js';
import { stem } from '../../src/text/analyze.js';

/** English synonyms by part of speech (Princeton WordNet), chosen by the part of speech a question's word has. */
describe('synonyms by part of speech', () => {
  const guess = pack('en').partsOfSpeech!;
  const at = (question: string, word: string) => {
    const ws = question.split(' ');
    return guess(ws, ws.indexOf(word));
  };

  it('guesses where a question word is a verb, a noun or an adjective', () => {
    expect(at('which role did goode play in watchmen', 'play')).toEqual(['v']);
    expect(at('which team plays its home games here', 'plays')).toEqual(['v']);
    expect(at('what made the crane topple over', 'topple')).toEqual(['v']);
    expect(at('why is the street grid tilted', 'tilted')).toEqual(['v', 'a']);
    expect(at('was anyone hurt or killed', 'hurt')).toEqual(['n', 'a']);
    expect(at('what is the capital of tonga', 'capital')).toEqual(['n', 'a']);
  });

  it("gives the word's synonyms in that part of speech only, through its base form", () => {
    expect(relatedByPart('synonyms', 'tilted', 'en', ['v', 'a'])).toContain('slant');
    expect(relatedByPart('synonyms', 'play', 'en', ['n', 'a'])).toContain('drama');
    expect(relatedByPart('synonyms', 'play', 'en', ['v'])).not.toContain('drama');
    // A synonym of many senses says too much else: "home" is no "place".
    expect(relatedByPart('synonyms', 'home', 'en', ['n', 'a'])).not.toContain('place');
    expect(relatedByPart('synonyms', 'tilted', 'nl', ['v'])).toEqual([]);
  });

  it('lets "tilted" in a question meet "slanted" in an article, and not "play" meet "drama"', () => {
    const stats = CorpusStats.fromArticles([
      { id: 't', language: 'en', body: 'The old town is slanted. The drama club plays there.' },
    ]);
    const soft = (q: string, id: string) => [
      ...(analyse(q, stats)
        .groups.find((g) => g.id === id)
        ?.soft.get('en') ?? []),
    ];
    expect(soft('Why is the street grid of the old town tilted?', 'tilted')).toContain(stem('slanted', 'en'));
    expect(soft('Which role did Goode play in the old town?', 'play')).not.toContain(stem('drama', 'en'));
  });

  it("takes every sense the tagged corpus saw in a tenth of a word's uses, not only the most frequent", () => {
    const entry = { lemma: 'compare', senses: 4, tagged: 3, synsets: ['1v', '2v', '3v', '4v'] };
    expect(usualSenses(entry, [57, 12, 9], 0.1)).toEqual(['1v', '2v', '3v']);
    expect(usualSenses(entry, [57, 12, 4], 0.1)).toEqual(['1v', '2v']);
    expect(usualSenses(entry, undefined, 0.1)).toEqual(['1v']);
    expect(usualSenses({ ...entry, tagged: 0 }, undefined, 0.1)).toEqual([]);
  });

  it('lets "compared" in a question meet "likened" in an article, a usual sense but not the most frequent', () => {
    expect(relatedByPart('synonyms', 'compared', 'en', ['v'])).toContain('liken');
    const stats = CorpusStats.fromArticles([
      { id: 't', language: 'en', body: 'The editor likened the meeting to a quiet wine tasting in the town.' },
    ]);
    const group = analyse('Who compared the meeting to wine tasting?', stats).groups.find((g) => g.id === 'compared');
    expect([...(group?.soft.get('en') ?? [])]).toContain(stem('likened', 'en'));
  });

  it('lets a phrasal verb ("thrown away") meet its synonym ("discarded"), through verb and particle', () => {
    expect(relatedByPart('synonyms', 'throw away', 'en', ['v'])).toContain('discard');
    const stats = CorpusStats.fromArticles([
      {
        id: 't',
        language: 'en',
        body: 'Much of the old harbour data was discarded. Part of the crew took a boat away.',
      },
    ]);
    const soft = (q: string, id: string) => [
      ...(analyse(q, stats)
        .groups.find((g) => g.id === id)
        ?.soft.get('en') ?? []),
    ];
    const discarded = stem('discarded', 'en');
    expect(soft('Why was the old harbour data thrown away?', 'thrown')).toContain(discarded);
    expect(soft('Why was the old harbour data thrown away?', 'away')).toContain(discarded);
    // "part" of "took part" is a noun of its own, which "participated" does not say.
    expect(soft('How many took part in the harbour crew?', 'part')).not.toContain(stem('participated', 'en'));
  });

  it('gives the words derived from a word that the stemmer leaves apart, and no attribute', () => {
    expect(relatedByPart('derivations', 'buried', 'en', ['v'])).toContain('burial');
    expect(relatedByPart('derivations', 'died', 'en', ['v'])).toContain('death');
    // The stemmer joins "treats" and "treating" already; "new" has the attribute "age", no derivation.
    expect(relatedByPart('derivations', 'treat', 'en', ['v'])).not.toContain('treating');
    expect(relatedByPart('derivations', 'new', 'en', ['a'])).not.toContain('age');
  });

  it('gives an adjective the noun it says "of", and the noun its adjective, in senses the tagged corpus saw', () => {
    expect(relatedByPart('derivations', 'lunar', 'en', ['a'])).toContain('moon');
    expect(relatedByPart('derivations', 'moon', 'en', ['n'])).toContain('lunar');
    expect(relatedByPart('derivations', 'tooth', 'en', ['n'])).toContain('dental');
    // "anticancer" is a word the tagged corpus never saw: a question about cancer is not about it.
    expect(relatedByPart('derivations', 'cancer', 'en', ['n'])).not.toContain('anticancer');
  });

  it("gives a verb's more general verbs, not a noun's, and none that stands over too many", () => {
    expect(relatedByPart('hypernyms', 'toppled', 'en', ['v'])).toContain('fall');
    expect(relatedByPart('hypernyms', 'murdered', 'en', ['v'])).toContain('kill');
    expect(relatedByPart('hypernyms', 'crane', 'en', ['n'])).toEqual([]);
    // "walk" stands under "travel", "go", "move", which stand over hundreds of verbs: too general to say it.
    expect(relatedByPart('hypernyms', 'walk', 'en', ['v'])).toEqual([]);
  });

  it('lets "topple" in a question meet "fall" in an article', () => {
    const stats = CorpusStats.fromArticles([
      { id: 't', language: 'en', body: 'Strong winds led the crane to fall on the square.' },
    ]);
    const group = analyse('Why did the crane topple?', stats).groups.find((g) => g.id === 'topple');
    expect([...(group?.soft.get('en') ?? [])]).toContain(stem('fall', 'en'));
  });

  it('lets "buried" in a question meet "burial" in an article', () => {
    const stats = CorpusStats.fromArticles([
      { id: 't', language: 'en', body: 'Her burial was held at the old cemetery in the town.' },
    ]);
    const group = analyse('Where was the poet buried?', stats).groups.find((g) => g.id === 'buried');
    expect([...(group?.soft.get('en') ?? [])]).toContain(stem('burial', 'en'));
  });

  it('lets a name meet the names WordNet makes from it: "Aristotle" finds "Aristotelian", "democracies" no party', () => {
    const stats = CorpusStats.fromArticles([
      { id: 't', language: 'en', body: 'The Aristotelian view held sway. Aristotle taught. The Democratic Party won.' },
    ]);
    const forms = (q: string, id: string) => [
      ...(analyse(q, stats)
        .groups.find((g) => g.id === id)
        ?.forms.get('en') ?? []),
    ];
    expect(forms("How long did Aristotle's view stay dominant?", 'aristotle')).toContain(stem('aristotelian', 'en'));
    expect(forms('Why are the states no direct democracies?', 'democracies')).not.toContain(stem('democratic', 'en'));
  });

  it.skipIf(!existsSync(`${WORDNET_DIR}/index.noun`))(
    'is exactly what scripts/build-wordnet-{synonyms,derivations,hypernyms}.ts build',
    () => {
      expect(buildWordnetSynonyms().text === readFileSync(SYNONYMS_OUTPUT, 'utf8'), 'the file is stale').toBe(true);
      expect(buildWordnetDerivations().text === readFileSync(DERIVATIONS_OUTPUT, 'utf8'), 'stale').toBe(true);
      expect(buildWordnetHypernyms().text === readFileSync(HYPERNYMS_OUTPUT, 'utf8'), 'stale').toBe(true);
    },
  );
});
