import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { splitArticle } from '../../src/ingest/passages.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const { articles } = await loadCorpus('corpus');

describe('passages and sentences', () => {
  it('every passage maps back to the verbatim article text by its offsets, with overlap between neighbours', async () => {
    for (const a of articles) {
      const passages = await splitArticle(a);
      expect(passages.length).toBeGreaterThan(1);
      for (const p of passages) {
        expect(a.body.slice(p.metadata.start, p.metadata.end)).toBe(p.pageContent);
        expect(p.pageContent.length).toBeLessThanOrEqual(600);
        expect(p.metadata.articleId).toBe(a.id);
      }
      // Together the passages cover every sentence of the article.
      for (const s of splitSentences(a)) {
        expect(
          passages.some((p) => p.metadata.start <= s.start && p.metadata.end >= s.end) || s.text.length > 600,
        ).toBe(true);
      }
      const overlaps = passages.slice(1).filter((p, i) => p.metadata.start < passages[i]!.metadata.end);
      expect(overlaps.length).toBeGreaterThan(0);
    }
  });

  it('sentences are verbatim, trimmed and in order', () => {
    for (const a of articles) {
      const sentences = splitSentences(a);
      let last = -1;
      for (const s of sentences) {
        expect(a.body.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.start).toBeGreaterThan(last);
        last = s.start;
      }
    }
    const rd = articles.find((a) => a.id === 'rd-ferme-taal')!;
    expect(splitSentences(rd).map((s) => s.text)).toContain('Inmiddels zijn het er volgens Washington zo’n 10.000.');
  });
});

describe('sentence segmentation', () => {
  const texts = (body: string, language = 'en') => splitSentences({ id: 'x', body, language }).map((s) => s.text);

  it('does not end a sentence at an abbreviation or an initial of the language', () => {
    expect(texts('He lived at Fort St. Louis until 1769. The U.S. Army came. John F. Kennedy spoke.')).toEqual([
      'He lived at Fort St. Louis until 1769.',
      'The U.S. Army came.',
      'John F. Kennedy spoke.',
    ]);
    expect(texts('Het gebeurde o.a. in Rusland. Het kost ca. 3000 euro.', 'nl')).toEqual([
      'Het gebeurde o.a. in Rusland.',
      'Het kost ca. 3000 euro.',
    ]);
    // The next word is read past an opening bracket or quotation mark.
    expect(texts('It has the second largest arts center in the U.S. (Playhouse Square), a zoo. It rained.')).toEqual([
      'It has the second largest arts center in the U.S. (Playhouse Square), a zoo.',
      'It rained.',
    ]);
  });

  it('still ends a sentence at an abbreviation when the next one opens with a function word', () => {
    expect(texts('The troops left the U.S. The war went on.')).toEqual([
      'The troops left the U.S.',
      'The war went on.',
    ]);
  });

  it('never ends one at a title before a name, though a function word follows', () => {
    expect(texts('Dhr. De Vries en mevr. van Dijk waren er. Het regende.', 'nl')).toEqual([
      'Dhr. De Vries en mevr. van Dijk waren er.',
      'Het regende.',
    ]);
    expect(texts('Het kostte 2 mln. De raad betaalde.', 'nl')).toEqual(['Het kostte 2 mln.', 'De raad betaalde.']);
  });

  it("goes on after a paper's references to sections, equations and figures", () => {
    expect(texts('See Sect. 3.2 for details. It follows from Eq. 3. Figs. 4 and 5 show it.')).toEqual([
      'See Sect. 3.2 for details.',
      'It follows from Eq. 3.',
      'Figs. 4 and 5 show it.',
    ]);
    expect(texts('Zie art. 5 van de wet. Het staat in hfst. 2.', 'nl')).toEqual([
      'Zie art. 5 van de wet.',
      'Het staat in hfst. 2.',
    ]);
  });

  it('goes on after a question mark before a lower-case word, not after an exclamation mark', () => {
    expect(texts('Recall the book What is Culture? by Mead. This is called learning. Why? It works.')).toEqual([
      'Recall the book What is Culture? by Mead.',
      'This is called learning.',
      'Why?',
      'It works.',
    ]);
    expect(texts('It towers over the sea! some old farms remain.')).toHaveLength(2);
  });

  it('does not end a sentence at an ellipsis set apart by a space, only at one after a word', () => {
    expect(texts('She won for Seven Days ... Seven Nights (1960). He left... Then it rained.')).toEqual([
      'She won for Seven Days ... Seven Nights (1960).',
      'He left...',
      'Then it rained.',
    ]);
  });

  it('keeps a quotation of several sentences whole, with who said it, up to the line’s end', () => {
    expect(texts('Jansen is blij. "Zwemles is geen luxe. Dit bad gaat lang mee", zei ze. Toen ging ze.', 'nl')).toEqual(
      ['Jansen is blij.', '"Zwemles is geen luxe. Dit bad gaat lang mee", zei ze.', 'Toen ging ze.'],
    );
    expect(texts('“We go. We stay. Never.” He said it. Then he left.')).toEqual([
      '“We go. We stay. Never.”',
      'He said it.',
      'Then he left.',
    ]);
    // A quotation mark the line never closes, or closes on the next line, keeps no sentence together.
    expect(texts('"It never closes. Next one.\nA line " here.')).toEqual([
      '"It never closes.',
      'Next one.',
      'A line " here.',
    ]);
  });

  it('goes on past a line broken mid-sentence, but not past a headline, a full stop or two blank lines', () => {
    expect(texts('Additionally, we found HCoV-OC43\n\nto be the most common species. It was mild.')).toEqual([
      'Additionally, we found HCoV-OC43\n\nto be the most common species.',
      'It was mild.',
    ]);
    expect(texts('Storm hits coast\nThe storm hit the coast.')).toHaveLength(2);
    expect(texts('It ended.\nand then it began.')).toHaveLength(2);
    expect(texts('We found it\n\n\nto be rare.')).toHaveLength(2);
  });

  it('goes on past no line to a line of one word: a name and the e-mail address under it are two lines', () => {
    expect(texts('Anna Verbeek\n\nanna.verbeek@uni.example\n\nHarbour Institute')).toEqual([
      'Anna Verbeek',
      'anna.verbeek@uni.example',
      'Harbour Institute',
    ]);
    expect(texts('It was found\nnow.')).toHaveLength(1);
  });

  it('ends every line, and splits a 1 MB single-line article into all its sentences with exact offsets', () => {
    expect(texts('Headline without a dot\nFirst sentence. Second one.')).toEqual([
      'Headline without a dot',
      'First sentence.',
      'Second one.',
    ]);
    const body = 'Dit is zin nummer een. '.repeat(45_000);
    const sentences = splitSentences({ id: 'big', body, language: 'nl' });
    expect(sentences).toHaveLength(45_000);
    for (const s of [sentences[0]!, sentences[22_222]!, sentences.at(-1)!]) {
      expect(body.slice(s.start, s.end)).toBe('Dit is zin nummer een.');
    }
  });
});
