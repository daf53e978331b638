import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from './context.js';

export class CommandLoadError extends Error {
  override name = 'CommandLoadError';
}

/** The repository's commands/ folder, found from this file so it works from any working directory. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

const isCommandFile = (f: string) =>
  /\.(ts|mts|js|mjs)$/.test(f) && !/\.(d|test|spec)\.[cm]?[tj]s$/.test(f) && !basename(f).startsWith('_');

/** Finds every command file in `dir` (readdir + dynamic import), checks its shape, and returns them by name. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter(isCommandFile).sort();
  } catch (err) {
    throw new CommandLoadError(`cannot read the commands folder ${dir}: ${(err as Error).message}`);
  }
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Partial<Command>;
    const name = mod.data?.name;
    if (typeof name !== 'string' || typeof mod.data?.toJSON !== 'function' || typeof mod.execute !== 'function') {
      throw new CommandLoadError(
        `${file} must export \`data\` (a SlashCommandBuilder) and an \`execute(interaction, ctx)\` function`,
      );
    }
    if (commands.has(name)) throw new CommandLoadError(`two command files define /${name} (the second is ${file})`);
    if (basename(file, extname(file)) !== name)
      throw new CommandLoadError(`${file} defines /${name}; name the file ${name}${extname(file)}`);
    commands.set(name, mod as Command);
  }
  if (commands.size === 0) throw new CommandLoadError(`no command files in ${dir}`);
  return commands;
}

/** The JSON Discord's "overwrite application commands" endpoint takes. */
export function commandsJson(commands: Map<string, Command>): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [...commands.values()].map((c) => c.data.toJSON());
}
