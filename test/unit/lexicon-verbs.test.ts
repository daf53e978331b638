/**
 * A Dutch verb's inflected form is read through the right infinitive and that infinitive's English verb: FreeDict lists
 * a Dutch word's English words in key order ("schrijven": compose, letter, write) and may give the verb only as a later
 * translation ("sit": broeden, broeden op, zitten).
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/lang/lexicon.js';

describe('Dutch verb forms', () => {
  const lexicon = new Lexicon(
    new Map([
      ['breed', ['telen', 'kweken']],
      ['compose', ['componeren', 'schrijven']],
      ['count', ['tellen', 'graaf']],
      ['drunk', ['dronken', 'zat']],
      ['excavate', ['winnen', 'rooien']],
      ['letter', ['brief', 'schrijven']],
      ['line', ['lijn', 'schreef']],
      ['cause', ['oorzaak', 'reden']],
      ['far', ['ver', 'verre']],
      ['pose', ['poseren', 'maniertje', 'zitten']],
      ['ride', ['rijden', 'berijden']],
      ['sit', ['broeden', 'broeden op', 'zitten']],
      ['win', ['winnen', 'gewonnen']],
      ['write', ['schrijven', 'neerschrijven']],
    ]),
    new Map([['zitten', ['pose']]]),
  );
  const english = (w: string) => lexicon.translateTerm(w, 'nl', 'en');

  it('gives an irregular past its English verb that gives the infinitive first: "schreef" is written', () => {
    expect(english('schreef')).toContain('write');
    expect(english('schreef')).not.toContain('compose');
  });

  it('prefers an English irregular verb, even listed late: "zat" is sat, "zitten" sit', () => {
    expect(english('zat')).toContain('sit');
    expect(english('zitten')[0]).toBe('sit');
  });

  it('reads an irregular verb\'s infinitive as its verb first: "won" is won, not excavated', () => {
    expect(english('won')[0]).toBe('win');
    expect(english('winnen')[0]).toBe('win');
  });

  it('reads a short vowel\'s stem as the doubled infinitive first: "telt" is "tellen" (count), not "telen"', () => {
    expect(english('telt')[0]).toBe('count');
    expect(english('telde')[0]).toBe('count');
  });

  it('reads a prefixed irregular verb\'s form nothing knows as its verb: "verreden" is ridden', () => {
    expect(english('verreden')).toEqual(['ride']);
    expect(english('verreed')).toEqual(['ride']);
    // A compound of words is still split at its head: no verb's form.
    expect(english('verreoorzaak')).toContain('cause');
  });
});
