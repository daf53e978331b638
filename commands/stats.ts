import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { NO_PINGS, type BotContext } from '../src/discord/context.js';
import { formatStats } from '../src/discord/format.js';

export const data = new SlashCommandBuilder().setName('stats').setDescription('Questions answered, refusals, latency, feedback and index size.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const snap = ctx.engine.snapshotInfo;
  const s = ctx.stats.view;
  const { up, down } = ctx.feedback.counts;
  const embed = formatStats({
    ...s,
    up,
    down,
    passages: snap.passages.size,
    articles: snap.articles.size,
    indexBuiltAt: snap.manifest.builtAt,
    indexAgeMs: Date.now() - Date.parse(snap.manifest.builtAt),
    reindexing: ctx.engine.isReindexing,
  });
  await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
}
