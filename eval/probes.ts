import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

/**
 * A probe: questions written over development articles before Bron was run on them, by someone who had not read the
 * answerer's output — the nearest thing to a corpus nobody has tuned on. Unlike a corpus's questions.json a probe has
 * no split and no ids, and it never lends out-of-corpus questions to the eval, so adding one moves no eval figure.
 */
export const PROBES_DIR = 'eval/probes';

const probeQuestion = z.object({
  question: z.string().min(3),
  /** Verbatim text of one of the corpus's articles; any one found in the answer or a quote counts. */
  answers: z.array(z.string().min(1)),
  answerable: z.boolean(),
});
export type ProbeQuestion = z.infer<typeof probeQuestion>;

/** Questions by the eval corpus (eval/corpora/<name>) whose articles they are asked over. */
const probeFile = z.record(z.string().regex(/^[\w-]+$/), z.array(probeQuestion).min(1));
export type Probe = { name: string; byCorpus: Record<string, ProbeQuestion[]> };

export function loadProbe(file: string): Probe {
  const parsed = probeFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: expected {"<corpus>": [{question, answers, answerable}]}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  for (const [corpus, qs] of Object.entries(parsed.data))
    for (const q of qs)
      if (q.answerable !== q.answers.length > 0)
        throw new Error(`${file}: ${corpus}: "${q.question}" needs answers exactly when it is answerable`);
  return { name: basename(file, '.json'), byCorpus: parsed.data };
}

/** Every probe file of the folder, by name. */
export function probeFiles(dir = PROBES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}
