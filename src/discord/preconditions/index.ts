import type { Interaction, Message } from 'discord.js';
import { detectLanguage } from '../../lang/index.js';
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
    lang: interaction.locale,
  };
}

/** The asker of a message that mentions the bot (or follows up in its thread), in the language of the question. */
export function askerOfMessage(message: Message<true>, question: string): Asker {
  const channel = message.channel;
  return {
    userId: message.author.id,
    channelId: channel.id,
    parentId: channel.isThread() ? channel.parentId : null,
    inGuild: true,
    permissions: null,
    lang: question ? detectLanguage(question) : 'en',
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
