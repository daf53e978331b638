import type { Interaction, Message } from 'discord.js';
import type { Asker, BotContext, Precondition, Verdict } from '../context.js';

/** The asker of a slash command, button or modal. */
export function askerOfInteraction(interaction: Interaction): Asker {
  const channel = interaction.channel;
  return {
    userId: interaction.user.id,
    channelId: interaction.channelId ?? '',
    parentId: channel?.isThread() ? channel.parentId : null,
    inGuild: interaction.inGuild(),
    permissions: interaction.memberPermissions,
  };
}

/** The asker of a message that mentions the bot (or follows up in its thread). */
export function askerOfMessage(message: Message<true>): Asker {
  const channel = message.channel;
  return {
    userId: message.author.id,
    channelId: channel.id,
    parentId: channel.isThread() ? channel.parentId : null,
    inGuild: true,
    permissions: null,
  };
}

/** Runs the checks in order and returns the first refusal, or ok. */
export function checkAll(list: readonly Precondition[], asker: Asker, ctx: BotContext): Verdict {
  for (const p of list) {
    const verdict = p.check(asker, ctx);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}
