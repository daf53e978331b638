import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { formatStats } from '../src/discord/formatters/stats.js';
import { NO_PINGS } from '../src/discord/formatters/text.js';
import { collectShardStats, mergeShardStats } from '../src/discord/shards.js';

export const data = new SlashCommandBuilder()
  .setName('stats')
  .setDescription('Questions answered, refusals, latency, feedback and index size.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const snap = ctx.engine.snapshotInfo;
  // Sharded (npm run start:sharded): every shard's counters, summed; alone: this process's.
  const { shards, missing } = await collectShardStats(interaction.client, ctx);
  const merged = mergeShardStats(shards);
  const here = interaction.client.shard?.ids ?? [];
  const embed = formatStats({
    ...merged,
    passages: snap.passages.size,
    articles: snap.articles.size,
    indexBuiltAt: snap.manifest.builtAt,
    indexAgeMs: Date.now() - Date.parse(snap.manifest.builtAt),
    ...(interaction.client.shard
      ? {
          shards: shards.map((s) => ({
            ids: s.ids,
            guilds: s.guilds,
            questions: s.questions,
            current: s.ids.some((id) => here.includes(id)),
          })),
          partial: missing,
        }
      : {}),
  });
  await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
}
