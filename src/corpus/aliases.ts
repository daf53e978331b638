import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ArticleError } from './article.js';
import { yamlError } from './yaml-error.js';

/** A name and the other words the articles use for it: spellings ("Oezbekistan") or titles ("de FIFA-baas"). */
export interface AliasSpec {
  name: string;
  aliases: string[];
}

/** The optional file in the corpus folder where admins list aliases the answerer cannot learn by itself. */
export const ALIASES_FILE = 'aliases.yaml';

const word = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const schema = z.record(word, z.union([word, z.array(word).min(1, 'must list at least one alias')]));

/**
 * Reads `<corpus>/aliases.yaml`: a mapping of a name to one alias or a list of them, e.g.
 *   Infantino: [FIFA-baas, FIFA-voorzitter]
 *   Kyiv: [Kiev, Kiew]
 * A missing file means no aliases; a malformed one is reported by file and entry and ignored, like a bad article.
 */
export async function loadAliases(
  dir: string,
  root = process.cwd(),
): Promise<{ aliases: AliasSpec[]; errors: ArticleError[] }> {
  const path = join(resolve(root, dir), ALIASES_FILE);
  const file = relative(root, path) || ALIASES_FILE;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { aliases: [], errors: [] };
    return { aliases: [], errors: [{ file, message: `cannot be read: ${(err as Error).message}` }] };
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    return { aliases: [], errors: [{ file, message: `is not valid YAML: ${yamlError(err, text)}` }] };
  }
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => {
      const wrongShape = i.message === 'Expected object, received array';
      const what = wrongShape ? 'must map each name to its aliases (Name: [alias, alias])' : i.message;
      return { file, message: `${i.path.join('.') || 'the file'}: ${what}` };
    });
    return { aliases: [], errors };
  }
  const aliases = Object.entries(parsed.data).map(([name, a]) => ({ name, aliases: typeof a === 'string' ? [a] : a }));
  return { aliases, errors: [] };
}
