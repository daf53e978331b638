/** "waak- of heemhond": a part left open by a hyphen before a joining word is read with the closing word's head. */
import { describe, expect, it } from 'vitest';
import { CorpusStats } from '../../src/answer/stats.js';
import { fold, stem } from '../../src/text/analyze.js';
import { ellipticStems, ellipticWords } from '../../src/text/elliptic.js';

/** The whole words a text writes elliptically. */
const whole = (text: string) => [...ellipticWords(fold(text)).values()];

describe('completing an elliptic coordination', () => {
  it('keys the whole word by where its open part starts', () => {
    const text = 'het houden van een waak- of heemhond';
    expect([...ellipticWords(text)]).toEqual([[text.indexOf('waak'), 'waakhond']]);
  });

  it("completes every open part of a list with the last word's head", () => {
    expect(whole('Directie Arbeidsvoorwaarden-, Inkomens- en Vermogensbeleid')).toEqual([
      'arbeidsvoorwaardenbeleid',
      'inkomensbeleid',
    ]);
  });

  it('takes the head after the modifier, not a shorter or longer word inside it', () => {
    expect(whole('maand- en weekbedragen')).toEqual(['maandbedragen']);
    expect(whole('een studie- en drukkingsgroep')).toEqual(['studiegroep']);
    expect(whole('wacht- en doorlooptijd')).toEqual(['wachttijd']);
  });

  it('lets a particle open the head only where the open part is one too', () => {
    expect(whole('de in- en uitvoer')).toEqual(['invoer']);
  });

  it('reads the joining words of each pack', () => {
    expect(whole('zowel groot- als kleinhandel')).toEqual(['groothandel']);
    expect(whole('pre- and postwar')).toEqual(['prewar']);
  });

  it('completes nothing without a joining word, a closing word with a head, or for a dash', () => {
    for (const t of [
      'waak- heemhond',
      'land- en gespecialiseerde tuinbouw',
      'de hond - en de kat',
      'noord-zuid en oost',
    ])
      expect(whole(t)).toEqual([]);
  });

  it('gives a sentence the stems of the whole words, in its language', () => {
    expect(ellipticStems('Het houden van een waak- of heemhond.', 'nl')).toEqual([stem('waakhond', 'nl')]);
    expect(ellipticStems('Het houden van een waakhond.', 'nl')).toEqual([]);
  });

  it('makes the statistics know a whole word the articles write only elliptically, as such', () => {
    const decree = { id: 'a', language: 'nl', body: 'Het houden van een waak- of heemhond.' };
    const only = CorpusStats.fromArticles([decree]);
    expect(only.knows(stem('waakhond', 'nl'))).toBe(true);
    expect(only.writesOnlyElliptically(stem('waakhond', 'nl'))).toBe(true);
    expect(only.writesOnlyElliptically(stem('heemhond', 'nl'))).toBe(false);
    const news = { id: 'b', language: 'nl', body: 'De waakhond blafte.' };
    expect(CorpusStats.fromArticles([decree, news]).writesOnlyElliptically(stem('waakhond', 'nl'))).toBe(false);
  });
});
