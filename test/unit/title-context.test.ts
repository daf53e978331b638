/** A question word only an article's title says, inside its compound ("Wrakkenwet"), counts as the unit's context. */
import { describe, expect, it } from 'vitest';
import { match } from '../../src/answer/evidence.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import { titledUnits } from '../../src/answer/titled.js';
import type { Article } from '../../src/corpus/article.js';
import { stem, words } from '../../src/text/analyze.js';

const body =
  'Het is verboden van het vaartuig zaken te verwijderen zonder vergunning van de beheerder.\n' +
  'De beheerder mag het geborgene verkopen. De formule van de winkel is nieuw.';
const other = 'De winkel verkoopt fietsen. Een vergunning is nodig voor de verkoop van loten.';
const article = (id: string, title: string, text: string) =>
  ({ id, title, language: 'nl', body: text, outlet: 'test', file: `${id}.md` }) as unknown as Article;
const articles = [article('w', 'Wrakkenwet', body), article('k', 'Kansspelbesluit over de formule', other)];
const stats = CorpusStats.fromArticles(articles.map((a) => ({ id: a.id, language: 'nl', body: a.body })));
const stems = (text: string) => new Set(words(text).map((w) => stem(w, 'nl')));
const unit = 'Het is verboden van het vaartuig zaken te verwijderen zonder vergunning van de beheerder.';

describe('the title as context for the words only it says', () => {
  const q = analyse('Wat is verboden zonder vergunning op een wrak?', stats);
  const title = (t: string, b: string) => ({ stems: stems(t), body: stems(b), lang: 'nl' });

  it('counts "wrak" in the title "Wrakkenwet", less than the unit saying it', () => {
    const bare = match(q, stems(unit), 'nl', true);
    const titled = match(q, stems(unit), 'nl', true, undefined, title('Wrakkenwet', body));
    const own = match(q, stems(`${unit} Het wrak.`), 'nl', true);
    expect(titled.coverage).toBeGreaterThan(bare.coverage);
    expect(titled.coverage).toBeLessThan(own.coverage);
    expect(titled.strict).toBe(bare.strict);
    expect(titled.near).toContain('wrak');
  });

  it('does not count a title word the body writes itself', () => {
    const f = analyse('Welke formule heeft de winkel?', stats);
    const u = 'De winkel verkoopt fietsen.';
    const t = title('Konmarformule', `${other} De formule.`);
    expect(match(f, stems(u), 'nl', true, undefined, t).coverage).toBe(match(f, stems(u), 'nl', true).coverage);
  });

  it('gathers the units of the one article whose title says the word', () => {
    const got = titledUnits(q, new TextView(new Map(articles.map((a) => [a.id, a]))));
    expect(got.map((u) => u.article.id)).toEqual(['w']);
    expect(got.map((u) => u.sentence.text)).toContain(unit);
  });

  it('gathers nothing when two titles say the word, and finds it written whole or inside a compound', () => {
    const twice = [...articles, article('v', 'Besluit over wrakken', 'De beheerder ruimt het vaartuig op.')];
    expect(titledUnits(q, new TextView(new Map(twice.map((a) => [a.id, a]))))).toEqual([]);
    const whole = [article('v', 'Besluit over het wrak', body), articles[1]!];
    expect(titledUnits(q, new TextView(new Map(whole.map((a) => [a.id, a])))).map((u) => u.article.id)).toContain('v');
  });

  it('gathers nothing by an English title', () => {
    const text = 'It is forbidden to remove goods from the vessel without a permit. The manager may sell them.';
    const en = article('e', 'Shipwreck act', text);
    Object.assign(en, { language: 'en' });
    const both = CorpusStats.fromArticles(
      [...articles, en].map((a) => ({ id: a.id, language: a.language, body: a.body })),
    );
    const asked = analyse('What is forbidden without a permit on a shipwreck?', both);
    expect(titledUnits(asked, new TextView(new Map([[en.id, en]])))).toEqual([]);
  });
});
