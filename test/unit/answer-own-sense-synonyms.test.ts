/**
 * "Where did they meet?" over "The competition from the World Cup …": the round trip through the lexicon reaches
 * "competition" from "meeting", another word of the stem "meet", not from "meet" itself. What another word of the
 * stem means is searched for, but does not count as saying the asked word.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { baseLexicon } from '../../src/lang/lexicon.js';

const BODY =
  'The competition from the World Cup was hard for the league.\n\n' +
  'The reporter caught up with the coach at a small cafe in the harbour district.';

describe("synonyms through the asked word's own sense", () => {
  it('reaches "competition" only through "meeting", another word of the stem', () => {
    expect(baseLexicon().synonyms('meet', 'en')).toContain('competit');
    expect(baseLexicon().synonyms('meet', 'en', { ownSense: true })).not.toContain('competit');
    expect(baseLexicon().synonyms('meet', 'en', { ownSense: true })).toContain('encount');
  });

  it('keeps every word of the stem for a form the lexicon does not have', () => {
    expect(baseLexicon().synonyms('meetings', 'en', { ownSense: true })).toContain('competit');
  });

  it('searches for the loose synonym but does not count it as the asked word', () => {
    const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: BODY }]);
    const q = analyse('Where did the reporter meet the coach?', stats);
    const meet = q.groups.find((g) => g.id === 'meet');
    expect([...(meet?.soft.get('en') ?? [])]).not.toContain('competit');
    expect([...(meet?.soft.get('en') ?? [])]).toContain('encount');
    expect(q.retrieval.some((t) => t.group === 'meet' && t.term === 'competit')).toBe(true);
  });
});
