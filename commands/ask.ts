import { type ChatInputCommandInteraction, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { answerPayload } from '../src/discord/formatters/answer.js';
import { NO_PINGS } from '../src/discord/formatters/text.js';
import { withoutMarkup } from '../src/discord/mentions.js';
import { allowedChannel } from '../src/discord/preconditions/allowed-channel.js';
import { rateLimit } from '../src/discord/preconditions/rate-limit.js';
import { QuestionError } from '../src/text/sanitize.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question; the answer quotes the articles verbatim.')
  .addStringOption((o) =>
    o.setName('question').setDescription('Your question, in English or Dutch').setRequired(true).setMaxLength(1000),
  )
  .addBooleanOption((o) =>
    o.setName('private').setDescription('Only you see the answer (default: everyone in the channel)'),
  );

/** Where questions may be asked, and how often; the same checks as a mention's. */
export const preconditions = [allowedChannel, rateLimit];

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const question = withoutMarkup(interaction.options.getString('question', true));
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const received = performance.now();
  // Answers usually take well under a second, but a queue (MAX_CONCURRENT_ANSWERS) can pass Discord's 3-second limit.
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  try {
    const produced = await ctx.produce(question);
    await interaction.editReply(answerPayload(produced));
    ctx.stats.recordAnswer(performance.now() - received, produced.answer.grounded);
  } catch (err) {
    if (!(err instanceof QuestionError)) throw err;
    await interaction.editReply({ content: err.message, allowedMentions: NO_PINGS });
  }
}
