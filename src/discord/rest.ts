import { DiscordAPIError, REST, Routes } from 'discord.js';

/** A REST client for Discord or, with DISCORD_API_BASE, for a Discord-compatible server (tests use a local fake). */
export function restClient(token: string, apiBase?: string): REST {
  return new REST(apiBase ? { api: apiBase } : {}).setToken(normaliseToken(token));
}

/** Tokens pasted with a "Bot " prefix work as they do in discord.js. */
export function normaliseToken(token: string): string {
  return token.trim().replace(/^(Bot|Bearer)\s+/i, '');
}

export class DiscordSetupError extends Error {
  override name = 'DiscordSetupError';
}

const TOKEN_REJECTED =
  'Discord rejected DISCORD_TOKEN (401 Unauthorized); copy the token again from the developer portal (Bot tab)';

/** One clear sentence for the REST errors a person setting up the bot can fix; undefined for anything else. */
export function explainRestError(err: unknown, what: { guildId?: string; clientId?: string } = {}): string | undefined {
  const status = (err as { status?: number }).status;
  const code = err instanceof DiscordAPIError ? err.code : undefined;
  if (status === 401) return TOKEN_REJECTED;
  if (status === 403 || code === 50001) {
    return what.guildId
      ? `Discord refused access to server ${what.guildId} (403): ` +
          'invite the bot there with the applications.commands scope (see src/discord/README.md)'
      : 'Discord refused access (403): check that DISCORD_CLIENT_ID belongs to this bot token';
  }
  if (status === 404 && what.clientId)
    return `Discord does not know application ${what.clientId} (404): check DISCORD_CLIENT_ID`;
  return undefined;
}

/** Checks the token with one cheap request, so a bad token fails at once instead of after the index loads. */
export async function checkToken(token: string, apiBase?: string): Promise<void> {
  try {
    await restClient(token, apiBase).get(Routes.gatewayBot());
  } catch (err) {
    const explained = explainRestError(err);
    if (explained) throw new DiscordSetupError(explained);
    const reason = (err as Error).message ?? String(err);
    throw new DiscordSetupError(`cannot reach Discord${apiBase ? ` at ${apiBase}` : ''}: ${reason}`);
  }
}
