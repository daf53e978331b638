/**
 * Where Princeton WordNet 3.0 lives (Debian's `wordnet-base`) and its tagged-corpus counts (cntlist.rev), read once
 * here for every build script that ranks senses or lemmas by use. No imports from the build scripts, so each can use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORDNET_DIR = process.env.WORDNET_DIR ?? '/usr/share/wordnet';

/** One line of cntlist.rev: a lemma as written (lowercase, `_` for spaces), its part of speech, sense number, count. */
export interface TaggedSense {
  lemma: string;
  /** ss_type 3 (adjective) and 5 (satellite) are both index.adj's "a". */
  pos: 'n' | 'v' | 'a' | 'r';
  sense: number;
  count: number;
}

const SS_TYPE = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' } as const;

/** cntlist.rev's lines (`lemma%ss_type:… sense_number count`); none without the file. */
export function* taggedSenses(dir = WORDNET_DIR): Generator<TaggedSense> {
  const path = join(dir, 'cntlist.rev');
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, 'latin1').split('\n')) {
    const [key, n, count] = line.split(' ');
    const m = /^([^%]+)%(\d)/.exec(key ?? '');
    const pos = SS_TYPE[m?.[2] as keyof typeof SS_TYPE];
    if (!m || !pos || !n || !count) continue;
    yield { lemma: m[1]!, pos, sense: Number(n), count: Number(count) };
  }
}
