/** A question word only one short title says ("Besluit geluid bromfietsen") is every unit's context in that article. */
import { describe, expect, it } from 'vitest';
import { match } from '../../src/answer/evidence.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import { titleNamed } from '../../src/answer/titled.js';
import type { Article } from '../../src/corpus/article.js';
import { stem, words } from '../../src/text/analyze.js';

const decree =
  'Met betrekking tot bromfietsen die voor het in werking treden van dit besluit waren toegelaten, ' +
  'geldt het verbod.\n' +
  'Dit besluit treedt in werking met ingang van de zevende kalendermaand.';
const other = 'Dit besluit treedt in werking met ingang van de dag na de uitgifte. De hond moet een hok hebben.';
const news = 'De fabriek van bromfietsen sloot gisteren. Het besluit viel in de raad.';
const article = (id: string, title: string, text: string) =>
  ({ id, title, language: 'nl', body: text, outlet: 'test', file: `${id}.md` }) as unknown as Article;
const stems = (text: string) => new Set(words(text).map((w) => stem(w, 'nl')));

function named(articles: Article[], question: string) {
  const stats = CorpusStats.fromArticles(articles.map((a) => ({ id: a.id, language: 'nl', body: a.body })));
  const q = analyse(question, stats);
  return { q, names: titleNamed(q, new TextView(new Map(articles.map((a) => [a.id, a])))) };
}

describe('titleNamed: the words a short title alone says', () => {
  const asked = 'Wanneer trad het Besluit geluid bromfietsen in werking?';

  it('gives the decree whose title alone says "bromfietsen" that word, and no other article any', () => {
    const { names } = named(
      [article('b', 'Besluit geluid bromfietsen', decree), article('h', 'Hondenbesluit', other)],
      asked,
    );
    expect([...(names.get('b') ?? [])]).toContain('bromfietsen');
    expect(names.get('h')).toBeUndefined();
  });

  it('lets the commencement clause, which says "dit besluit" only, count the named word as context', () => {
    const { q, names } = named(
      [article('b', 'Besluit geluid bromfietsen', decree), article('h', 'Hondenbesluit', other)],
      asked,
    );
    const clause = 'Dit besluit treedt in werking met ingang van de zevende kalendermaand.';
    const title = {
      stems: stems('Besluit geluid bromfietsen'),
      body: stems(decree),
      lang: 'nl',
      names: names.get('b'),
    };
    const bare = match(q, stems(clause), 'nl', true, undefined, { ...title, names: undefined });
    const titled = match(q, stems(clause), 'nl', true, undefined, title);
    expect(titled.coverage).toBeGreaterThan(bare.coverage);
    expect(titled.strict).toBe(bare.strict);
  });

  it('gives nothing when two titles say the word, or when the one title is a headline', () => {
    const two = [article('b', 'Besluit geluid bromfietsen', decree), article('c', 'Wet op bromfietsen', other)];
    const { names } = named(two, asked);
    expect([...(names.get('b') ?? [])]).toEqual(['geluid']);
    expect(names.get('c')).toBeUndefined();
    const headline = article('n', 'De fabriek van bromfietsen in Zwolle sloot gisteren haar deuren', news);
    expect(named([headline, article('h', 'Hondenbesluit', other)], asked).names.size).toBe(0);
  });
});
