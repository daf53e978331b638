import { describe, expect, it } from 'vitest';
import { stem } from '../../src/text/analyze.js';

describe('stemming a word as its other forms are stemmed', () => {
  it('stems an irregular plural as its singular, in Dutch and English', () => {
    const same = (lang: 'nl' | 'en', a: string, b: string) => expect(stem(a, lang), `${a} / ${b}`).toBe(stem(b, lang));
    same('nl', 'leden', 'lid');
    same('nl', 'steden', 'stad');
    same('nl', 'kinderen', 'kind');
    same('en', 'women', 'woman');
    same('en', 'spokesmen', 'spokesman');
    same('en', 'crises', 'crisis');
    same('en', 'wolves', 'wolf');
    // Also plurals of other words: left to the stemmer.
    expect(stem('bases', 'en')).toBe(stem('base', 'en'));
  });

  it('stems a Dutch compound ending in a long irregular plural with its singular, and no word a short one ends', () => {
    expect(stem('containerschepen', 'nl')).toBe(stem('containerschip', 'nl'));
    expect(stem('containerschepen', 'nl').endsWith(stem('schepen', 'nl'))).toBe(true);
    expect(stem('schoolkinderen', 'nl')).toBe(stem('schoolkind', 'nl'));
    // "overleden" (died), "aanbesteden" (put out to tender) hold no "leden", "steden".
    expect(stem('overleden', 'nl')).toBe(stem('overleed', 'nl'));
    expect(stem('aanbesteden', 'nl')).not.toMatch(/stad$/);
  });

  it('reads a Dutch stem closing in a doubled consonant as one: "stemmen" is "stem", "zwemmen" "zwem"', () => {
    expect(stem('stemmen', 'nl')).toBe(stem('stem', 'nl'));
    expect(stem('ballen', 'nl')).toBe(stem('bal', 'nl'));
    expect(stem('zwemmen', 'nl')).toBe('zwem');
    // Vowels stay doubled: "zee" is no "ze".
    expect(stem('zee', 'nl')).toBe('zee');
  });
});

describe('stemming a form as its base where Snowball leaves them apart', () => {
  const same = (lang: 'nl' | 'en', a: string, b: string) => expect(stem(a, lang), `${a} / ${b}`).toBe(stem(b, lang));

  it('removes the -s of a Dutch plural in "-es" and "-ens"', () => {
    same('nl', 'formules', 'formule');
    same('nl', 'provincies', 'provincie');
    same('nl', 'gemeentes', 'gemeente');
    same('nl', 'huisjes', 'huisje');
    same('nl', 'wapens', 'wapen');
    same('nl', 'hectares', 'hectare');
  });

  it('stems a Dutch singular in -s as its plural in "-sen", which Snowball left the s', () => {
    same('nl', 'bromfietsen', 'bromfiets');
    same('nl', 'kansen', 'kans');
    same('nl', 'mensen', 'mens');
    same('nl', 'plaatsen', 'plaats');
    // A short word keeps it, as Snowball does; an s after a vowel is the word's own.
    expect(stem('als', 'nl')).toBe('als');
    expect(stem('bussen', 'nl')).toBe('bus');
    expect(stem('kassen', 'nl')).not.toBe(stem('ka', 'nl'));
  });

  it('keeps the own s of a Dutch word stressed on "-es" and of a short or "-ees" word', () => {
    same('nl', 'processen', 'proces');
    same('nl', 'adressen', 'adres');
    same('nl', 'zangeressen', 'zangeres');
    same('nl', 'prinsessen', 'prinses');
    expect(stem('prinses', 'nl')).not.toBe(stem('prins', 'nl'));
    expect(stem('les', 'nl')).not.toBe(stem('le', 'nl'));
    expect(stem('vlees', 'nl')).not.toBe(stem('vlee', 'nl'));
  });

  it('stems the English "-ed", "-ing" form of a verb in "-ence" as the verb', () => {
    same('en', 'experienced', 'experience');
    same('en', 'evidenced', 'evidence');
    same('en', 'referencing', 'reference');
    same('en', 'danced', 'dance');
  });
});
