import { type ButtonInteraction, MessageFlags } from 'discord.js';
import type { BotContext } from '../context.js';
import { parseFeedbackId } from '../formatters/buttons.js';
import { NO_PINGS } from '../formatters/text.js';

/** 👍/👎 under an answer: one vote per user per answer, thanked privately. False when the button is not ours. */
export async function onFeedbackButton(interaction: ButtonInteraction, ctx: BotContext): Promise<boolean> {
  const parsed = parseFeedbackId(interaction.customId);
  if (!parsed) return false;
  const result = await ctx.feedback.vote(parsed.answerId, interaction.user.id, parsed.vote);
  const emoji = parsed.vote === 'up' ? '👍' : '👎';
  const content =
    result === 'changed'
      ? `Thanks — I changed your vote to ${emoji}.`
      : result === 'same'
        ? `Thanks — you already voted ${emoji}.`
        : `Thanks for the feedback ${emoji}`;
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  return true;
}
