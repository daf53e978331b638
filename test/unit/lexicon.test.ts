import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  DICT_DIR,
  DUTCH_OUTPUT,
  dropMisspellings,
  dutchEntry,
  englishKey,
  GENERAL,
  MAX_TRANSLATIONS,
  OUTPUT,
  readGeneral,
  splitGluedKeys,
  WORD_LIST,
} from '../../scripts/build-lexicon.js';
import {
  buildWordnetLexicon,
  OMW_DIR,
  sensesFollowed,
  WORDNET_DUTCH_OUTPUT,
  WORDNET_OUTPUT,
} from '../../scripts/build-wordnet-lexicon.js';
import { WORDNET_DIR } from '../../scripts/wordnet-tags.js';
import { parseGlossary } from '../../src/corpus/glossary.js';
import { pack } from '../../src/lang/index.js';
import {
  baseLexicon,
  DUTCH_LEXICON_PATH,
  englishToDutch,
  LEXICON_PATH,
  Lexicon,
  lexiconSize,
  translateQuery,
  translateTerm,
  WORDNET_PATHS,
} from '../../src/lang/lexicon.js';

/** Measured at the last build: 15,003 entries. */
const SIZE_FLOOR = 12_000;
const dictionariesInstalled =
  existsSync(`${DICT_DIR}/freedict-eng-nld.index`) &&
  existsSync(`${DICT_DIR}/freedict-nld-eng.index`) &&
  existsSync(WORD_LIST);

const wordnetInstalled = existsSync(`${WORDNET_DIR}/index.noun`) && existsSync(`${OMW_DIR}/wns/nld/wn-data-nld.tab`);

/** The seed corpus's lexicon: the shipped one with corpus/glossary.tsv laid over it, as the engine does. */
const seed = baseLexicon().with(parseGlossary(readFileSync('corpus/glossary.tsv', 'utf8')).glossary);

describe('English→Dutch lexicon', () => {
  it("translates the seed corpus's subject words through its glossary, and only there", () => {
    expect(seed.englishToDutch('troops')).toContain('troepen');
    expect(seed.englishToDutch('soldiers')).toContain('soldaten');
    expect(seed.englishToDutch('deployed')).toContain('ingezet');
    expect(seed.englishToDutch('buryats')).toEqual(['boerjaten']);
    expect(seed.englishToDutch('north korean')).toContain('noord-koreaanse');
    expect(seed.englishToDutch('satellite images')).toEqual(['satellietbeelden']);
    // The shipped lexicon holds no subject's words: a corpus on anything else never meets them.
    expect(englishToDutch('troops')).not.toContain('troepen');
    expect(englishToDutch('satellite images')).toEqual([]);
    // General words are the shipped lexicon's (general.tsv over FreeDict), for every corpus.
    expect(englishToDutch('sent')).toEqual(expect.arrayContaining(['gestuurd', 'gezonden']));
    expect(englishToDutch('villages')).toEqual(['dorpen']);
    expect(englishToDutch('secretary general')).toEqual(['secretaris-generaal']);
    // FreeDict's first sense is a rare one: "score" music ("orkestreren"), "held" a ship's hold, "joint" a knot.
    expect(englishToDutch('score')).toContain('scoren');
    expect(translateTerm('scoorde', 'nl', 'en')).toContain('scored');
    expect(translateTerm('doelpunt', 'nl', 'en')).toContain('goal');
    expect(englishToDutch('held')[0]).toBe('gehouden');
    expect(englishToDutch('joint')[0]).toBe('gezamenlijk');
    // FreeDict lacks the usual sense: "sell" without "verkopen", "rules" only "reglement", no "municipal".
    expect(englishToDutch('selling')).toContain('verkopen');
    expect(englishToDutch('rules')).toContain('regels');
    expect(englishToDutch('municipal')).toContain('gemeentelijk');
    expect(translateTerm('minderjarige', 'nl', 'en')).toContain('minor');
    // FreeDict's "leave" and "depart" lack "verlaten" and "vertrekken", whose own entries read "forsake", "fly away".
    expect(translateTerm('vertrok', 'nl', 'en')).toEqual(expect.arrayContaining(['leave', 'depart']));
    expect(translateTerm('verliet', 'nl', 'en')[0]).toBe('leave');
    expect(englishToDutch('leaving')).toEqual(expect.arrayContaining(['verlaten', 'vertrekken']));
    expect(englishToDutch('departed')).toContain('vertrokken');
    // FreeDict has no "propose": "ten huwelijk vragen" never reached "proposed".
    expect(translateTerm('ten huwelijk', 'nl', 'en')).toEqual(['propose']);
    expect(englishToDutch('proposed')).toContain('voorgesteld');
    // FreeDict's "chair" is furniture, "fine" an adjective, "decree" no "besluit"; it has no "designate" or "protester".
    expect(englishToDutch('chairs')).toEqual(expect.arrayContaining(['voorzitten', 'voorgezeten']));
    expect(englishToDutch('fine')[0]).toBe('boete');
    expect(englishToDutch('decree')[0]).toBe('besluit');
    expect(englishToDutch('designated')).toContain('aangewezen');
    expect(englishToDutch('refrain')).toContain('onthouden');
    expect(englishToDutch('come into force')).toContain('inwerkingtreding');
    // Dutch→English reads them back: "demonstranten" was "style, manner", "betekent" "signify", "halfzus" "stepsister".
    expect(translateTerm('demonstranten', 'nl', 'en')).toContain('protester');
    expect(translateTerm('betekent', 'nl', 'en')).toContain('mean');
    expect(translateTerm('halfzus', 'nl', 'en')[0]).toBe('half sister');
    // A word put third keeps its own readings: "opgericht" is still "establish", and "veroverden" still "conquer".
    expect(translateTerm('opgericht', 'nl', 'en')).toEqual(expect.arrayContaining(['establish', 'founded']));
    expect(translateTerm('veroverden', 'nl', 'en')).toEqual(expect.arrayContaining(['capture', 'conquer']));
    // FreeDict's "page" was first a card's knave ("boer"), which a round trip read back as "farmer".
    expect(englishToDutch('page')[0]).toBe('bladzijde');
    expect(baseLexicon().synonyms('pages', 'en')).not.toContain('farmer');
    expect(englishToDutch('opportunity')[0]).toBe('gelegenheid');
  });

  it('translates general vocabulary from FreeDict (both directions)', () => {
    expect(englishToDutch('war')).toContain('oorlog'); // supplement
    expect(englishToDutch('army')).toContain('leger'); // reversed nld-eng only
    expect(englishToDutch('weapon')).toContain('wapen');
    expect(englishToDutch('village')).toContain('dorp');
    expect(englishToDutch('capital')).toContain('hoofdstad');
    expect(englishToDutch('knife')).toEqual(['mes']); // eng-nld
  });

  it('returns [] for unknown words, stop phrases and same-in-Dutch words', () => {
    expect(englishToDutch('xyzzyq')).toEqual([]);
    expect(englishToDutch('')).toEqual([]);
    expect(englishToDutch('how many')).toEqual([]);
    // Nor from WordNet, which has "many" ("hartelijk", a sense of an adjective no question means).
    expect(englishToDutch('many')).toEqual([]);
    expect(englishToDutch('the')).toEqual([]);
    expect(englishToDutch('president')).toEqual([]);
    // nld-eng's run-together "put in" must not become a key.
    expect(englishToDutch('putin')).toEqual([]);
  });

  it('reads nld-eng\'s run-together phrases as their words: "fightagainst" is "fight against"', () => {
    expect(englishToDutch('fightagainst')).toEqual([]);
    expect(englishToDutch('fight against')).toContain('bestrijden');
    expect(translateTerm('bestrijden', 'nl', 'en')).toContain('fight against');
  });

  it('gives a Dutch word its first sense with English words, and a later common one when that sense is rare', () => {
    const words = new Set([
      'aerodrome',
      'airdrome',
      'airfield',
      'airport',
      'dispose',
      'of',
      'sell',
      'common',
      'general',
      'lens',
    ]);
    const counts = new Map([
      ['aerodrome', 0],
      ['airdrome', 0],
      ['airfield', 0],
      ['airport', 4],
      ['sell', 96],
      ['common', 72],
      ['general', 133],
      ['lens', 5],
    ]);
    // A first sense the tagged corpus never saw is a rare one: the commonest word of a later sense joins it.
    expect(dutchEntry('vliegveld', [['aerodrome', 'airfield'], ['airport']], words, counts)).toEqual([
      'aerodrome',
      'airfield',
      'airport',
    ]);
    const many = [['aerodrome', 'airfield', 'airdrome'], ['airport']];
    expect(dutchEntry('vliegveld', many, words, counts)).toEqual(['aerodrome', 'airfield', 'airport']);
    // A first sense of no English word ("transactmoney") gives way to the next one.
    expect(dutchEntry('verkopen', [['transactmoney'], ['dispose of', 'sell']], words, counts)).toEqual([
      'dispose of',
      'sell',
    ]);
    // A first sense it saw stays alone; a first sense that is the Dutch word's own spelling still counts as one.
    expect(dutchEntry('algemeen', [['common'], ['general']], words, counts)).toEqual(['common']);
    expect(dutchEntry('lens', [['lens'], ['general']], words, counts)).toEqual([]);
    // A word WordNet does not list ("of", a preposition) may be common: no sign of a rare sense.
    expect(dutchEntry('van', [['of'], ['general']], words, counts)).toEqual(['of']);
    // The shipped file.
    expect(translateTerm('vliegveld', 'nl', 'en')).toContain('airport');
    expect(translateTerm('verkopen', 'nl', 'en')).toContain('sell');
  });

  it("writes eng-nld's glued headwords as their phrase, so they do not crowd a Dutch word's English", () => {
    const words = new Set(['have', 'effect', 'work', 'money', 'borrow', 'accept', 'seagull']);
    const entries = new Map([
      ['haveeffect', ['werken']],
      ['borrowmoneyon', ['lenen op']],
      ['acceptor', ['acceptant']],
      ['seagull', ['meeuw']],
      ['work', ['werken']],
    ]);
    expect(splitGluedKeys(entries, words)).toBe(2);
    expect([...entries.keys()].sort()).toEqual(['acceptor', 'borrow money on', 'have effect', 'seagull', 'work']);
    // The shipped file: "werken" was only "beeffective", "ferment", "have effect" and "haveeffect".
    expect(englishToDutch('haveeffect')).toEqual([]);
    expect(englishToDutch('have effect')).toContain('werken');
    expect(translateTerm('werken', 'nl', 'en').filter((e) => /^(?:be|have)ef/.test(e))).toEqual([]);
  });

  it('drops a key that misspells a word with the same translation: "genuinly" beside "genuinely"', () => {
    const words = new Set(['genuinely', 'behaviour', 'conduct']);
    const entries = new Map([
      ['genuinely', ['echt']],
      ['genuinly', ['echt', 'werkelijk']],
      ['behavior', ['gedrag']],
      ['conduct', ['gedrag']],
      ['behaviour', ['houding']],
    ]);
    expect(dropMisspellings(entries, words)).toBe(1);
    // "behavior" is no word of this list, but it shares no translation with "behaviour": kept.
    expect([...entries.keys()]).toEqual(['genuinely', 'behavior', 'conduct', 'behaviour']);
    expect(translateTerm('echte', 'nl', 'en')).not.toContain('genuinly');
  });

  it('writes a verb glued to "across", "behind" or "forward" as its phrase: "runacross", "leave be hind"', () => {
    expect(englishToDutch('run across').length).toBeGreaterThan(0);
    expect(englishToDutch('runacross')).toEqual([]);
    expect(englishToDutch('leave be hind')).toEqual([]);
    expect(englishToDutch('put forward').length).toBeGreaterThan(0);
  });

  it('adds WordNet\'s senses to FreeDict\'s rare first one: "hoogleraar" is a professor, "beroep" a profession', () => {
    expect(translateTerm('hoogleraar', 'nl', 'en')).toEqual(['academic', 'professor', 'prof']);
    expect(translateTerm('beroep', 'nl', 'en')).toContain('profession');
    // FreeDict gives "goed" and "weer" only as nouns ("clothes", "estate"; "defence"): WordNet's first sense joins.
    expect(translateTerm('goed', 'nl', 'en')).toContain('good');
    expect(translateTerm('weer', 'nl', 'en')).toContain('weather');
  });

  it('gives a word that is also a form of an irregular verb its verb\'s sense: "overleden" is dead and died', () => {
    expect(translateTerm('overleden', 'nl', 'en')).toContain('dead');
    expect(translateTerm('overleden', 'nl', 'en')).toContain('die');
    // "leden" (members) is marked as no key of "lijden" in the verb table: no verb sense.
    expect(translateTerm('leden', 'nl', 'en')).not.toContain('suffer');
  });

  it('gives a Dutch word\'s English words before phrases: "werken" is "work", "sterven" no "march off"', () => {
    expect(translateTerm('werken', 'nl', 'en')).toContain('work');
    expect(translateTerm('sterven', 'nl', 'en')[0]).toBe('die');
    expect(translateTerm('stierf', 'nl', 'en')).not.toContain('march off');
    expect(translateTerm('afgelasten', 'nl', 'en')).toContain('cancel');
  });

  it('normalises case, hyphens and diacritics, and reduces inflected forms', () => {
    expect(seed.englishToDutch('North-Korean')).toContain('noord-koreaanse');
    expect(englishToDutch('Secretary-General')).toEqual(['secretaris-generaal']);
    expect(englishToDutch('invading')).toEqual(englishToDutch('invade')); // -ing + e
    expect(englishToDutch('boxes')).toEqual(englishToDutch('box')); // -es
    expect(englishToDutch('stopped')).toEqual(englishToDutch('stop')); // doubled consonant
    expect(englishToDutch('invading').length).toBeGreaterThan(0);
    // An irregular past or participle, by the pack's irregular verbs: translated as its infinitive.
    expect(englishToDutch('bought')).toEqual(englishToDutch('buy'));
    expect(englishToDutch('fled')).toContain('vluchten');
  });

  it('hands out copies, so callers cannot change the lexicon', () => {
    const first = seed.englishToDutch('troops');
    first.push('kapot');
    expect(seed.englishToDutch('troops')).not.toContain('kapot');
  });

  it('translates a tokenised query, phrases before single words', () => {
    const out = seed.translateQuery(['north', 'korean', 'troops', 'deployed', 'valdorije']);
    expect(out.map((t) => t.source)).toEqual(['north korean', 'troops', 'deployed']);
    expect(out[0]!.targets).toContain('noord-koreaanse');
    expect(out[1]!.targets).toContain('troepen');
    expect(seed.translateQuery(['satellite', 'images'])).toEqual([
      { source: 'satellite images', targets: ['satellietbeelden'] },
    ]);
    expect(seed.translateQuery(['artillery', 'shells', 'ballistic', 'missiles']).map((t) => t.source)).toEqual([
      'artillery shells',
      'ballistic missiles',
    ]);
    // A repeated word is listed once; unknown words are left out.
    expect(seed.translateQuery(['troops', 'xyzzyq', 'troops']).map((t) => t.source)).toEqual(['troops']);
    expect(seed.translateQuery([])).toEqual([]);
  });

  it('ships a well-formed TSV of useful size', () => {
    expect(LEXICON_PATH).toBe(OUTPUT);
    const lines = readFileSync(LEXICON_PATH, 'utf8').split('\n');
    expect(lines.pop()).toBe(''); // ends with a newline
    const keys: string[] = [];
    const bad: string[] = [];
    for (const line of lines) {
      const [en = '', nl = '', ...extra] = line.split('\t');
      const dutch = nl.split('|');
      const ok =
        extra.length === 0 &&
        en.length > 0 &&
        en === englishKey(en) &&
        dutch.length <= MAX_TRANSLATIONS &&
        new Set(dutch).size === dutch.length &&
        dutch.every((d) => d.length > 0 && d === d.trim() && d === d.toLowerCase());
      if (!ok) bad.push(line);
      keys.push(en);
    }
    expect(bad).toEqual([]);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(lexiconSize()).toBe(keys.length);
    expect(lexiconSize()).toBeGreaterThan(SIZE_FLOOR);
  });

  it('carries every general.tsv entry into the TSV', () => {
    const general = readGeneral(GENERAL);
    expect(general.size).toBeGreaterThan(300);
    // `english<TAB>=` (same in Dutch) leaves no entry, and no base form to fall back on either.
    // A noun in "-ing" is its verb's Dutch verbs too, after the entry ("warning": "waarschuwen").
    for (const [en, dutch] of general) expect(englishToDutch(en).slice(0, dutch.length), en).toEqual(dutch);
    expect(englishToDutch('president')).toEqual([]);
  });

  it.skipIf(!dictionariesInstalled)(
    'is exactly what scripts/build-lexicon.ts builds from the installed FreeDict packages',
    () => {
      const { text, dutchText, stats } = buildLexicon();
      expect(stats.entries).toBe(lexiconSize());
      expect(
        text === readFileSync(OUTPUT, 'utf8'),
        'data/lexicon/en-nl.tsv is stale: run npx tsx scripts/build-lexicon.ts',
      ).toBe(true);
      expect(
        dutchText === readFileSync(DUTCH_OUTPUT, 'utf8'),
        'data/lexicon/nl-en.tsv is stale: run npx tsx scripts/build-lexicon.ts',
      ).toBe(true);
    },
  );
});

describe('the lexicon both ways, and synonyms by a round trip', () => {
  it('translates Dutch to English through the first translations of its entries', () => {
    expect(seed.translateTerm('soldaten', 'nl', 'en')).toContain('soldiers');
    expect(seed.translateTerm('soldiers', 'en', 'nl')).toContain('soldaten');
    expect(seed.translateTerm('soldiers', 'en', 'fr')).toEqual([]);
  });

  it('translates a Dutch word its entries lack through nld-eng, and inflected forms through their base form', () => {
    // Not among any English word's first two Dutch translations: nld-eng's first sense gives it.
    expect(translateTerm('rechter', 'nl', 'en')).toEqual(['judge']);
    // Plurals (open syllables double their vowel again), a regular past tense.
    expect(translateTerm('aandelen', 'nl', 'en')[0]).toBe('share'); // then WordNet's "stock"
    expect(translateTerm('rechters', 'nl', 'en')).toEqual(['judge']);
    expect(translateTerm('vrachtwagens', 'nl', 'en')).toContain('truck');
    // A past tense that is also an adjective's form: "ontwikkelde" of "ontwikkeld" (educated) and "ontwikkelen".
    expect(translateTerm('ontwikkelde', 'nl', 'en')).toContain('develop');
    // A noun in "-e" takes only "-n": "verpleegkundigen" of "verpleegkundige".
    expect(translateTerm('verpleegkundigen', 'nl', 'en')).toEqual(['nurse']);
    expect(translateTerm('werkte', 'nl', 'en')).toContain('work');
    // Participles: a stem ending in its own t ("afgelast" of "afgelasten"); a separable particle before "ge".
    expect(translateTerm('afgelast', 'nl', 'en')).toContain('cancel');
    expect(translateTerm('opgericht', 'nl', 'en')).toContain('establish');
    expect(translateTerm('aangekondigd', 'nl', 'en')).toContain('announce');
    // The stem writes unvoiced what the infinitive voices: "gereisd" of "reizen", "verhuisd" of "verhuizen".
    expect(translateTerm('gereisd', 'nl', 'en')).toContain('travelling');
    expect(translateTerm('verhuisd', 'nl', 'en')).toContain('move');
    // An irregular verb behind a prefix: "overleed" of "overlijden".
    expect(translateTerm('overleed', 'nl', 'en')).toContain('die');
    // Its participle, where the prefix leaves no room for "ge": "onderbroken" of "onderbreken" (gebroken).
    expect(translateTerm('onderbroken', 'nl', 'en')).toEqual(translateTerm('onderbreken', 'nl', 'en'));
    expect(translateTerm('onderbroken', 'nl', 'en').length).toBeGreaterThan(0);
    // A plural the endings do not make: "kinderen" of "kind".
    expect(translateTerm('kinderen', 'nl', 'en')).toContain('child');
    // An adjective's degree: "grotere", "groter" of "groot"; "nieuwste" of "nieuw"; "bredere" of "breed".
    expect(translateTerm('grotere', 'nl', 'en')).toContain('big');
    expect(translateTerm('nieuwste', 'nl', 'en')).toContain('new');
    expect(translateTerm('bredere', 'nl', 'en')).toEqual(['broad']);
  });

  it('adds nld-eng\'s first sense to what the entries give: "oorzaak" is a cause, not only a reason', () => {
    // en-nl lists "oorzaak" only as "reason"'s second word.
    expect(translateTerm('oorzaak', 'nl', 'en')).toEqual(['reason', 'cause']);
  });

  it('looks a name up only as written: "Lode" is no plural of "lood"', () => {
    expect(translateQuery(['lode'], 'nl', 'en').length).toBeGreaterThan(0);
    expect(translateQuery(['lode'], 'nl', 'en', new Set(['lode']))).toEqual([]);
  });

  it('ships a well-formed Dutch→English TSV: folded keys, a few lowercase translations of at most three words', () => {
    expect(DUTCH_LEXICON_PATH).toBe(DUTCH_OUTPUT);
    const lines = readFileSync(DUTCH_LEXICON_PATH, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(15_000);
    const bad = lines.filter((line) => {
      const [nl = '', en = '', ...extra] = line.split('\t');
      const english = en.split('|');
      return (
        extra.length > 0 ||
        nl.length === 0 ||
        nl !== englishKey(nl) ||
        english.length > 3 ||
        !english.every((e) => /^[a-z][a-z' ]*$/.test(e) && e.split(' ').length <= 3)
      );
    });
    expect(bad).toEqual([]);
  });

  it('finds same-language synonyms (as stems) through the other language, from any form of the word', () => {
    expect(seed.synonyms('soldaten', 'nl')).toEqual(expect.arrayContaining(['militair', 'troep']));
    expect(seed.synonyms('soldaten', 'nl')).not.toContain('soldat');
    expect(seed.synonyms('soldaat', 'nl')).toEqual(seed.synonyms('soldaten', 'nl'));
    expect(seed.synonyms('soldiers', 'fr')).toEqual([]);
  });

  it('gives an ordinal no synonyms: "eerste" is no "priemgetal", "second" no "seconde"', () => {
    const ordinal = new Lexicon(
      new Map([
        ['first', ['eerste', 'eerst']],
        ['prime', ['eerste', 'priemgetal']],
        ['initial', ['aanvankelijk', 'eerste']],
      ]),
      new Map(),
    );
    expect(ordinal.synonyms('eerste', 'nl')).toEqual([]);
    // Another word of the same translations still has its round trip.
    expect(ordinal.synonyms('aanvankelijk', 'nl')).toContain(pack('nl').stem('eerste'));
  });
});

describe('WordNet: the words FreeDict does not know', () => {
  const freedict = (file: string, word: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${word}\t`));

  it("follows a tagged word's first senses, and every sense of a word the tagged corpus never saw", () => {
    const synsets = ['1-n', '2-n', '3-n'];
    expect(sensesFollowed(synsets, 3).map((s) => [s.synset, s.rank])).toEqual([
      ['1-n', 0],
      ['2-n', 1],
    ]);
    expect(sensesFollowed(synsets, 1).map((s) => s.synset)).toEqual(['1-n']);
    // Untagged: WordNet's order says nothing of frequency, so no sense ranks before another.
    expect(sensesFollowed(synsets, 0).map((s) => [s.synset, s.rank])).toEqual([
      ['1-n', 0],
      ['2-n', 0],
      ['3-n', 0],
    ]);
    // The shipped files: "precipitation" was never tagged; its third sense (rain, snow) is "neerslag".
    expect(englishToDutch('precipitation')).toContain('neerslag');
    expect(translateTerm('neerslag', 'nl', 'en')[0]).toBe('precipitation');
  });

  it('gives a Dutch word the English words whose cut list left it out, unless it is sure or a name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bron-wordnet-'));
    try {
      const wn = join(dir, 'wn');
      mkdirSync(wn);
      const index = ['runway n 1 0 1 0 00000001', 'airstrip n 1 0 1 0 00000002', 'queen n 1 0 1 1 00000003'];
      index.push('princess n 1 0 1 0 00000004', 'america n 1 0 1 0 00000005', 'usa n 1 0 1 0 00000006');
      writeFileSync(join(wn, 'index.noun'), `${index.join('\n')}\n`);
      for (const pos of ['verb', 'adj', 'adv']) writeFileSync(join(wn, `index.${pos}`), '');
      const tab = (rows: string[][]) => rows.map(([id, lemma]) => `${id}-n\tnld:lemma\t${lemma}`).join('\n');
      const odwn = [
        ['00000001', 'startbaan'],
        ['00000001', 'landingsbaan'],
        ['00000002', 'landingsbaan'],
      ];
      odwn.push(['00000003', 'koningin'], ['00000004', 'prinses'], ['00000004', 'koningin']);
      odwn.push(['00000005', 'Amerika'], ['00000006', 'VS'], ['00000006', 'Amerika']);
      const wikt = [
        ['00000001', 'startbaan'],
        ['00000002', 'landingsbaan'],
        ['00000003', 'koningin'],
      ];
      wikt.push(['00000004', 'prinses'], ['00000006', 'VS']);
      writeOmw(join(dir, 'omw'), tab(odwn), tab(wikt));
      const lines = buildWordnetLexicon(wn, join(dir, 'omw')).dutchText.split('\n');
      // "runway" keeps "startbaan" only; "landingsbaan" is still "runway", after "airstrip", whose first it is.
      expect(lines).toContain('landingsbaan\tairstrip|runway');
      // "queen", a tagged word, gives "koningin" first: "princess"'s cut "koningin" is left out; "Amerika" is a name.
      expect(lines).toContain('koningin\tqueen');
      expect(lines).toContain('amerika\tamerica');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ranks a Dutch word's English words by how often the tagged corpus used each sense", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bron-wordnet-'));
    try {
      const wn = join(dir, 'wn');
      mkdirSync(wn);
      // "sheet"'s bed-linen sense is its third, past the two followed; "bedding" gives "laken" first.
      const index = ['sheet n 3 0 3 3 00000011 00000012 00000013', 'bedding n 1 0 1 1 00000014'];
      // "king" was seen once as a magnate: no "king" first for "magnaat".
      index.push('king n 2 0 2 2 00000016 00000015', 'mogul n 1 0 1 0 00000015');
      writeFileSync(join(wn, 'index.noun'), `${index.join('\n')}\n`);
      for (const pos of ['verb', 'adj', 'adv']) writeFileSync(join(wn, `index.${pos}`), '');
      const counts = ['sheet%1:17:00:: 1 12', 'sheet%1:10:00:: 2 11', 'sheet%1:06:00:: 3 3', 'bedding%1:06:00:: 1 1'];
      counts.push('king%1:18:00:: 1 19', 'king%1:18:01:: 2 1');
      writeFileSync(join(wn, 'cntlist.rev'), `${counts.join('\n')}\n`);
      const tab = (rows: string[][]) => rows.map(([id, lemma]) => `${id}-n\tnld:lemma\t${lemma}`).join('\n');
      const odwn = [
        ['00000011', 'blad'],
        ['00000012', 'vel'],
        ['00000013', 'laken'],
        ['00000014', 'laken'],
        ['00000016', 'koning'],
      ];
      const wikt = [
        ['00000013', 'laken'],
        ['00000015', 'magnaat'],
        ['00000016', 'koning'],
      ];
      writeOmw(join(dir, 'omw'), tab(odwn), tab(wikt));
      const lines = buildWordnetLexicon(wn, join(dir, 'omw')).dutchText.split('\n');
      expect(lines).toContain('laken\tsheet|bedding');
      expect(lines).toContain('magnaat\tmogul|king');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The shipped files: "laken" is "sheet", which FreeDict's "cloth" lacks.
    expect(translateTerm('laken', 'nl', 'en')).toContain('sheet');
  });

  it('translates an English word FreeDict lacks, in any form, and the Dutch word back', () => {
    expect(freedict(LEXICON_PATH, 'brewery')).toBeUndefined();
    expect(englishToDutch('brewery')).toContain('brouwerij');
    expect(englishToDutch('breweries')).toContain('brouwerij');
    expect(freedict(DUTCH_LEXICON_PATH, 'brouwerij')).toBeUndefined();
    expect(translateTerm('brouwerij', 'nl', 'en')).toContain('brewery');
    expect(translateTerm('brouwerijen', 'nl', 'en')).toContain('brewery');
  });

  it("keeps FreeDict's entry where it has one, and a glossary's over both", () => {
    // WordNet gives "turnover" "omzet|verloop"; FreeDict's ranking was built and checked with general.tsv.
    expect(englishToDutch('turnover')).toEqual(freedict(LEXICON_PATH, 'turnover')?.split('\t')[1]?.split('|'));
    // FreeDict knows "bron" (source, fountain, spring): WordNet's "informant" is not added to it.
    expect(translateTerm('bron', 'nl', 'en')).toContain('source');
    expect(translateTerm('bron', 'nl', 'en')).not.toContain('informant');
    const glossed = baseLexicon().with(new Map([['brewery', ['bierbrouwerij']]]));
    expect(glossed.translateTerm('brewery', 'en', 'nl')).toEqual(['bierbrouwerij']);
  });

  it('ships two well-formed TSVs of useful size', () => {
    for (const [path, floor] of [
      [WORDNET_PATHS.en, 30_000],
      [WORDNET_PATHS.nl, 20_000],
    ] as const) {
      const lines = readFileSync(path, 'utf8').split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.length, path).toBeGreaterThan(floor);
      const bad = lines.filter((line) => {
        const [from = '', to = '', ...extra] = line.split('\t');
        const words = to.split('|');
        return extra.length > 0 || from !== englishKey(from) || words.length > MAX_TRANSLATIONS || words.includes('');
      });
      expect(bad, path).toEqual([]);
    }
  });

  it.skipIf(!wordnetInstalled)('is exactly what scripts/build-wordnet-lexicon.ts builds', () => {
    const built = buildWordnetLexicon();
    expect(WORDNET_PATHS).toEqual({ en: WORDNET_OUTPUT, nl: WORDNET_DUTCH_OUTPUT });
    expect(built.text === readFileSync(WORDNET_OUTPUT, 'utf8'), 'wordnet-en-nl.tsv is stale').toBe(true);
    expect(built.dutchText === readFileSync(WORDNET_DUTCH_OUTPUT, 'utf8'), 'wordnet-nl-en.tsv is stale').toBe(true);
  });
});

/** A tiny Open Multilingual Wordnet folder: Open Dutch WordNet's and Wiktionary's Dutch lemmas, as the build reads them. */
function writeOmw(omw: string, odwn: string, wikt: string): void {
  for (const [source, text] of [
    ['nld/wn-data-nld.tab', odwn],
    ['wikt/wn-wikt-nld.tab', wikt],
  ] as const) {
    mkdirSync(join(omw, 'wns', source.split('/')[0]!), { recursive: true });
    writeFileSync(join(omw, 'wns', source), text);
  }
}
