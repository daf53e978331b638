/**
 * How encyclopedias and textbooks say what a term is: the whole term before a copula (not a larger name that opens
 * with one of its words), a bracket that glosses the term, a name whose brackets nest.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { defines } from '../../src/answer/features.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body:
      'The Northern Region is a part of Lindby. The province Northern-Vale belongs to the Northern Region. ' +
      'Moral realists hold a view. Karel Vos was a painter. Many rhythmic drills exist.',
  },
  { id: 'b', language: 'nl', body: 'Het Noordelijk Gewest is een deel van Lindby. De provincie hoort erbij.' },
]);
/** Whether a unit of this text says what the question's term is, the question read over `over`'s articles. */
const definesOver =
  (over: CorpusStats) =>
  (question: string, text: string, language = 'en') =>
    defines({ unit: { text }, article: { language } } as Candidate, analyse(question, over));
const says = definesOver(stats);

describe('a unit that says what a term of more than one word is', () => {
  it('when its opening names the term, not a larger name sharing a word with it', () => {
    expect(says('What is the Northern Region?', 'The Northern Region is a part of Lindby.')).toBe(true);
    expect(says('What is the Northern Region?', 'The Northern-Vale province is, like the rest, a part.')).toBe(false);
    const nl = 'De provincie Noordelijk-Brabant behoort tot het Noordelijk Gewest, de provincie Zuid tot het zuiden.';
    expect(says('Wat is het Noordelijk Gewest?', nl, 'nl')).toBe(false);
  });

  it('in a bracket right after the whole term, not after a larger term', () => {
    const realists = 'If facts are redundant, indeed, moral realists (those who believe in moral facts) need a reason.';
    expect(says('What is a moral realist?', realists)).toBe(true);
    expect(says('What are drills?', 'There are rhythmic drills (the writing of a rhythm) in class.')).toBe(false);
  });

  it('past nested brackets between a name and its copula', () => {
    const nested = 'Karel Vos (/ v(ə)s /; Dutch: [ˈkaːrəl]; 1841 – 1904) was a Dutch painter.';
    expect(says('Who was Karel Vos?', nested)).toBe(true);
  });
});

const named = CorpusStats.fromArticles([
  {
    id: 'c',
    language: 'en',
    body:
      'A gloss is a note. The predictor Zentor-Drug ranks drugs. Marra called on him to preach. Marra was a monk. ' +
      'The protein XQ7 binds. Vale Press prints books.',
  },
  { id: 'd', language: 'nl', body: 'Een glosse is een notitie. De Volkspartij werd groot. Trafo kocht de krant.' },
]);
const names = definesOver(named);

describe('a unit that gives the term as the name of what it speaks of', () => {
  it('"also known as", "called", "the term X refers to", "so-called"', () => {
    expect(names('What is XQ7?', 'Biliary protein, also known as XQ7, is expressed in cells.')).toBe(true);
    expect(names('What is XQ7?', 'The protein XQ7, also known as BGP, is expressed in cells.')).toBe(true);
    expect(names('What is Zentor-Drug?', 'Here we developed a predictor called Zentor-Drug that ranks drugs.')).toBe(
      true,
    );
    expect(names('What is a gloss?', 'In linguistics and in philology, the term gloss refers to a note.')).toBe(true);
    expect(names('What is a gloss?', 'He wrote a so-called gloss in the margin.')).toBe(true);
    expect(names('What is a gloss?', 'He wrote a gloss in the margin of the book.')).toBe(false);
  });

  it('Dutch "ook wel X genoemd", "het zogenaamde X"', () => {
    expect(names('Wat is een glosse?', 'Een korte notitie, ook wel glosse genoemd, verklaart een woord.', 'nl')).toBe(
      true,
    );
    expect(names('Wat is een glosse?', 'Men schreef het zogenaamde glosse in de marge.', 'nl')).toBe(true);
    expect(names('Wat is een glosse?', 'Men schreef een glosse in de marge.', 'nl')).toBe(false);
  });

  it('not a use of "called" after the name as a verb of its own', () => {
    expect(names('Who was Marra?', 'Finally, Marra called on him to preach to the brothers.')).toBe(false);
    expect(names('Who was Marra?', 'Finally, Marra was a monk of the order.')).toBe(true);
  });

  it('a role without an article after a comma, not "instead of"', () => {
    expect(names('What is Vale Press?', 'Books came from Vale Press, publisher of the Daily News.')).toBe(true);
    expect(names('What is Vale Press?', 'Books came from Vale Press, instead of the Daily News.')).toBe(false);
    expect(names('Wat is Trafo?', 'De krant ging naar NV Trafo, uitgever van het Dagblad.', 'nl')).toBe(true);
    expect(names('Wat is Trafo?', 'De krant ging naar NV Trafo, in plaats van het Dagblad.', 'nl')).toBe(false);
  });

  it('not in a Dutch clause whose verb stands last', () => {
    expect(names('Wat is de Volkspartij?', 'Toen de Volkspartij werd groot, kwam er meer geld.', 'nl')).toBe(false);
    expect(names('Wat is de Volkspartij?', 'De Volkspartij werd een grote partij.', 'nl')).toBe(true);
  });
});

describe('a gloss after a comma', () => {
  it('not after a web address that ends in the term', () => {
    const url = 'Compared with others, it is served at http://example.org/Zentor-Drug/, which is useful for most.';
    expect(names('What is Zentor-Drug?', url)).toBe(false);
    expect(names('What is a gloss?', 'They wrote a gloss, which is a note on a word.')).toBe(true);
  });
});
