import { type ChatInputCommandInteraction, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { answerPayload, type BotContext, NO_PINGS } from '../src/discord/context.js';
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

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const question = interaction.options.getString('question', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const channel = interaction.channel;
  const parentId = channel?.isThread() ? channel.parentId : null;
  if (!ctx.channelAllowed(interaction.channelId, parentId)) {
    const where = (ctx.config.ALLOWED_CHANNELS ?? []).map((id) => `<#${id}>`).join(', ');
    await interaction.reply({
      content: `I only answer questions in ${where}.`,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  const verdict = ctx.limiter.check(interaction.user.id, interaction.channelId);
  if (!verdict.ok) {
    const s = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    const content =
      verdict.scope === 'user'
        ? `You're asking faster than I can keep up with — please wait about ${s} s.`
        : `Lots of questions in this channel right now — please wait about ${s} s.`;
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
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
