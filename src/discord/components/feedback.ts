import { type ButtonInteraction, MessageFlags } from 'discord.js';
import type { BotContext } from '../context.js';
import { parseFeedbackId } from '../formatters/buttons.js';
import { NO_PINGS } from '../formatters/text.js';
import { messages } from '../i18n.js';

/**
 * 👍/👎 under an answer: one vote per user per answer, thanked privately. Returns false when the button is not a
 * feedback button, so the caller can try the next handler.
 */
export async function onFeedbackButton(interaction: ButtonInteraction, ctx: BotContext): Promise<boolean> {
  const parsed = parseFeedbackId(interaction.customId);
  if (!parsed) return false;
  const result = await ctx.feedback.vote(parsed.answerId, interaction.user.id, parsed.vote);
  const emoji = parsed.vote === 'up' ? '👍' : '👎';
  // In the clicker's own Discord language: the thanks is shown to them alone.
  const m = messages(interaction.locale);
  const content = result === 'changed' ? m.voteChanged(emoji) : result === 'same' ? m.voteSame(emoji) : m.thanks(emoji);
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  return true;
}
