/**
 * Builds corpus/*.md from the raw seed texts in ../shared/corpus-raw/.
 * The metadata below was read off each text by hand (see `note` where something was inferred);
 * the body is copied byte for byte, because citations must quote it verbatim.
 * Usage: npx tsx scripts/import-raw.ts [rawDir] [corpusDir]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

interface Meta {
  raw: string;
  id: string;
  title: string;
  outlet: string;
  date: string;
  language: string;
  url?: string;
  author?: string;
  note?: string;
}

const META: Meta[] = [
  {
    raw: '000_8e15b0e31f1bc4f3.txt',
    id: 'poetin-onze-zaak',
    title: 'Poetin: inzet Noord-Koreaanse troepen is een zaak van Rusland',
    outlet: 'unknown',
    date: '2024-10',
    language: 'nl',
    note: 'The text names no title, outlet or date; title written by the Bron editors, month from the seed set (October 2024).',
  },
  {
    raw: '001_ff49d228fd3bb7de.txt',
    id: 'zelenskiy-bezorgd',
    title: 'Zelenskiy bezorgd over rol Noord-Korea in conflict met Rusland',
    outlet: 'unknown',
    date: '2024-10',
    language: 'nl',
    note: 'The text names no title, outlet or date (it refers readers to Reuters); title written by the Bron editors.',
  },
  {
    raw: '002_d6c1e722ad05e968.txt',
    id: 'nos-rutte-koersk',
    title: 'NAVO-baas Rutte: Noord-Koreaanse troepen in Russische grensregio Koersk',
    outlet: 'NOS Nieuws',
    date: '2024-10',
    language: 'nl',
    note: 'Title and outlet from the text ("NOS Nieuws • vandaag, 17:21"); the text dates itself only as 2024-10.',
  },
  {
    raw: '003_801a791e984a6b70.txt',
    id: 'rd-ferme-taal',
    title: 'Ferme taal tegen Poetin werkt niet',
    outlet: 'RD.nl',
    date: '2024-10-31',
    language: 'nl',
    author: 'Hoofdredactie',
    note: 'Opinion (Commentaar); date from the text ("31 October 2024 13:37").',
  },
  {
    raw: '004_01cd016f944f0796.txt',
    id: 'dvhn-boerjaten',
    title: 'De Noord-Koreaanse soldaten doen zich voor als Boerjaten',
    outlet: 'Dvhn',
    date: '2024-10',
    language: 'nl',
    note: 'Outlet from the text ("Bron: Dvhn"); title is the text\'s own intertitle; no date in the text.',
  },
];

const rawDir = resolve(process.argv[2] ?? '../shared/corpus-raw');
const corpusDir = resolve(process.argv[3] ?? 'corpus');
mkdirSync(corpusDir, { recursive: true });
for (const { raw, ...meta } of META) {
  const body = readFileSync(join(rawDir, raw), 'utf8');
  const front = stringify(
    { ...meta, raw: `shared/corpus-raw/${raw}` },
    { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 },
  );
  const file = join(corpusDir, `${raw.slice(0, 3)}-${meta.id}.md`);
  writeFileSync(file, `---\n${front}---\n${body}`);
  console.log(`wrote ${file}`);
}
