import type { Client, Message } from 'discord.js';
import type { ThreadStore } from './threads.js';

/** The role Discord gives the bot in a server (a mention of it addresses the bot too). */
function botRoleId(client: Client<true>, guildId?: string | null): string | undefined {
  const guild = guildId ? client.guilds.cache.get(guildId) : undefined;
  return guild?.roles.cache.find((r) => r.tags?.botId === client.user.id)?.id;
}

/** Whether a message mentions the bot (user or managed role), and whether it is posted in a thread the bot started. */
export function addressed(
  client: Client<true>,
  message: Message<true>,
  threads: ThreadStore,
): { mentioned: boolean; ownThread: boolean } {
  const me = client.user.id;
  const roleId = botRoleId(client, message.guildId);
  const mentioned = message.mentions.users.has(me) || (roleId !== undefined && message.mentions.roles.has(roleId));
  const channel = message.channel;
  const ownThread = channel.isThread() && (threads.has(channel.id) || channel.ownerId === me);
  return { mentioned, ownThread };
}

/** Mentions of users, roles and channels, @everyone and @here (not inside "info@here.nl"), and custom emoji. */
export const MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|(?<![\w.-])@(?:everyone|here)(?![\w@]|\.\w)/g;

/**
 * The question without Discord's markup: the bot's mention and its role's, and any other user, role or channel
 * mention, @everyone, @here and custom emoji ("<@123>", "<#456>", "<:wave:789>"), whose ids and names would be read
 * as numbers and words of the question.
 */
export function stripMentions(client: Client<true>, message: Message<true>): string {
  let text = message.content.replace(new RegExp(`<@!?${client.user.id}>`, 'g'), ' ');
  const roleId = botRoleId(client, message.guildId);
  if (roleId) text = text.replace(new RegExp(`<@&${roleId}>`, 'g'), ' ');
  return withoutMarkup(text);
}

/** A question typed in Discord (a mention's text or /ask's option) without mentions, @everyone and custom emoji. */
export function withoutMarkup(text: string): string {
  return text.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
}
