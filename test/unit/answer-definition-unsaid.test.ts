import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

/** "What is Duo Quill?": a unit that names the thing in passing says nothing of what it is. */
describe('a definition asked of a name the articles only mention', () => {
  const engine = engineWith('bron-definition-unsaid-', {
    tamsin: {
      title: 'Tamsin Orr wins again',
      outlet: 'Campus Post',
      date: '2026-02-11',
      language: 'en',
      body:
        'In 2019, Tamsin Orr and her partner Ivo Lenk won the national championship in Duo Quill. ' +
        'Orr later studied law at Harwick and won the Brand Medal in 2021 for her thesis.',
    },
    medal: {
      title: 'The Brand Medal',
      outlet: 'Campus Post',
      date: '2026-03-02',
      language: 'en',
      body:
        'The Brand Medal, a prize for the best thesis in law, is given each spring at Harwick. ' +
        'Orr won the Brand Medal in 2021.',
    },
    garden: {
      title: 'A garden by the coast',
      outlet: 'Campus Post',
      date: '2026-05-14',
      language: 'en',
      body:
        'Orr grows marrowcress, a bitter herb of the coast, in her garden at Harwick. ' +
        'Her brother caught brindlepox on the trip to the coast and stayed home for a week. ' +
        "Orr's quillrot was so severe that she missed the spring term. " +
        'Pupils are listed in the Harwick pupil register, which the school keeps. ' +
        'The fair was held at Dorran Hall, during a week of storms. ' +
        'The hill holds the last stand of kelvoak, or salt oaks planted by the first farmers.',
    },
    survey: {
      title: 'Pupils short of salt',
      outlet: 'Campus Post',
      date: '2026-04-09',
      language: 'en',
      body:
        'The survey of pupils was published in the Quarterly Ledger of Brevia this week. ' +
        'Tolvia was excluded from the survey of pupils. ' +
        'Pupils in Dunmore, Brevia, ate the least salt, the survey of pupils found. ' +
        'The theft of the survey - probably by the Corvan Front - was the last of many incidents.',
    },
  });

  it('refuses when no unit says what it is', async () => {
    const a = await engine().ask('What is Duo Quill?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it('answers with the unit that sets the name off', async () => {
    const a = await engine().ask('What is the Brand Medal?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/a prize for the best thesis/);
  });

  it('refuses when only a word of the name is set off, or the name is followed by a passive', async () => {
    const ledger = await engine().ask('What is the Quarterly Ledger of Brevia?');
    expect(ledger.grounded, ledger.answer).toBe(false);
    const excluded = await engine().ask('What is Tolvia?');
    expect(excluded.grounded, excluded.answer).toBe(false);
  });

  it('refuses when the name only ends an insertion between dashes', async () => {
    const a = await engine().ask('What is the Corvan Front?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it("refuses a term met only as someone's case of it or as the end of a name", async () => {
    const owned = await engine().ask('What is quillrot?');
    expect(owned.grounded, owned.answer).toBe(false);
    const named = await engine().ask('What is the pupil register?');
    expect(named.grounded, named.answer).toBe(false);
  });

  it('refuses a name a comma only ends a clause after, and answers a gloss after "or"', async () => {
    const hall = await engine().ask('What is Dorran Hall?');
    expect(hall.grounded, hall.answer).toBe(false);
    const gloss = await engine().ask('What is kelvoak?');
    expect(gloss.grounded, gloss.answer).toBe(true);
    expect(gloss.answer).toMatch(/salt oaks/);
  });

  it('refuses a common term the articles only mention, and answers one they define', async () => {
    const mentioned = await engine().ask('What is brindlepox?');
    expect(mentioned.grounded, mentioned.answer).toBe(false);
    const defined = await engine().ask('What is marrowcress?');
    expect(defined.grounded, defined.answer).toBe(true);
    expect(defined.answer).toMatch(/a bitter herb of the coast/);
  });
});
