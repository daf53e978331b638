import { OAuth2Scopes, PermissionFlagsBits as P, PermissionsBitField } from 'discord.js';

/** The channel permissions Bron needs, and nothing more (no Administrator, no Mention Everyone). */
export const BOT_PERMISSIONS = new PermissionsBitField([
  P.ViewChannel,
  P.SendMessages,
  P.SendMessagesInThreads,
  P.CreatePublicThreads,
  P.EmbedLinks,
  P.ReadMessageHistory,
]);

export const BOT_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands];

/** The URL a server admin opens to add the bot with its slash commands. */
export function inviteUrl(clientId: string): string {
  const q = new URLSearchParams({
    client_id: clientId,
    scope: BOT_SCOPES.join(' '),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${q.toString().replace(/\+/g, '%20')}`;
}
