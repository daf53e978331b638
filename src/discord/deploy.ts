import { Routes } from 'discord.js';
import { commandsJson, loadCommands } from './commands.js';
import { DiscordSetupError, explainRestError, restClient } from './rest.js';

export interface DeployOptions {
  token: string;
  clientId: string;
  /** Register in this server only (takes effect at once); without it, globally (can take up to an hour). */
  guildId?: string;
  apiBase?: string;
  commandsDir?: string;
}

/** Registers (overwrites) the slash commands of commands/ with Discord. */
export async function deployCommands(opts: DeployOptions): Promise<{ names: string[]; scope: string }> {
  const commands = await loadCommands(opts.commandsDir);
  const body = commandsJson(commands);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.clientId, opts.guildId)
    : Routes.applicationCommands(opts.clientId);
  try {
    await restClient(opts.token, opts.apiBase).put(route, { body });
  } catch (err) {
    const explained = explainRestError(err, opts);
    throw new DiscordSetupError(explained ?? `registering the commands failed: ${(err as Error).message}`);
  }
  return {
    names: body.map((c) => c.name),
    scope: opts.guildId ? `server ${opts.guildId}` : 'all servers (global; may take up to an hour to appear)',
  };
}
