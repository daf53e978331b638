import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { formatProgress, formatReindex, type ProgressView } from '../src/discord/formatters/reindex.js';
import { COLORS, infoEmbed, NO_PINGS } from '../src/discord/formatters/text.js';
import { admin } from '../src/discord/preconditions/admin.js';
import { refreshOtherShards } from '../src/discord/shards.js';
import { log, publicText } from '../src/log.js';

export const data = new SlashCommandBuilder()
  .setName('reindex')
  .setDescription('Re-read the corpus and update the index (Manage Server only). Questions keep working meanwhile.')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

const BUSY =
  'A reindex is already running; its result will be posted where it was started. ' +
  'Questions keep being answered meanwhile.';

export const preconditions = [admin({ en: 'reindex', nl: 'herindexeren' })];

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  if (ctx.engine.isReindexing) {
    await interaction.reply({ content: BUSY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
    return;
  }
  await interaction.deferReply();

  const { onProgress, settled } = progressReply(interaction, ctx.progressIntervalMs);
  let r: Awaited<ReturnType<BotContext['engine']['reindex']>>;
  try {
    r = await ctx.engine.reindex({ onProgress });
  } catch (err) {
    await settled();
    // By name: importing the engine here would load it for `deploy-commands` too.
    if ((err as Error)?.name === 'ReindexBusyError') {
      await interaction.editReply({ content: BUSY, allowedMentions: NO_PINGS });
      return;
    }
    log.warn({ err }, 'reindex failed');
    // The reply is public: the reason without secrets or the server's file paths.
    const why = publicText((err as Error).message);
    await interaction.editReply({
      content: '',
      embeds: [infoEmbed('Reindex failed', `${why}\nThe previous index is still in use.`, COLORS.warn)],
      allowedMentions: NO_PINGS,
    });
    return;
  }
  // From here the new index is live: nothing below may report the reindex as failed.
  ctx.stats.recordReindex();
  // Sharded: the other shard processes switch to the new index too before the result is shown.
  await refreshOtherShards(interaction.client).catch((err: unknown) =>
    log.warn({ err }, 'could not tell the other shards to load the new index'),
  );
  await settled();
  await postReport(interaction, r);
}

/** Progress in the deferred reply, throttled; edits are chained, so they arrive in order and before the result. */
function progressReply(
  interaction: ChatInputCommandInteraction,
  intervalMs: number,
): { onProgress: (p: ProgressView) => void; settled: () => Promise<unknown> } {
  let edits: Promise<unknown> = Promise.resolve();
  let last = 0;
  const show = (p: ProgressView | undefined) => {
    edits = edits
      .then(() => interaction.editReply({ content: formatProgress(p), allowedMentions: NO_PINGS }))
      .catch(() => undefined);
  };
  show(undefined);
  const onProgress = (p: ProgressView) => {
    const now = Date.now();
    if (now - last < intervalMs && p.done !== p.total) return;
    last = now;
    show(p);
  };
  return { onProgress, settled: () => edits };
}

/** The reindex's report in the reply; when Discord refuses that edit, a one-line version wherever it can go. */
async function postReport(
  interaction: ChatInputCommandInteraction,
  r: Awaited<ReturnType<BotContext['engine']['reindex']>>,
): Promise<void> {
  const report = formatReindex({
    mode: r.mode,
    embedded: r.embedded,
    removed: r.removed,
    passages: r.passages,
    rejected: r.corpusErrors.map((e) => ({ ...e, message: publicText(e.message) })),
    ms: r.ms,
  });
  try {
    await interaction.editReply({ content: '', embeds: [report], allowedMentions: NO_PINGS });
  } catch (err) {
    // The report could not be shown (Discord refused the edit, or the interaction expired): say the short version.
    log.warn({ err }, 'could not show the reindex report; the new index is live');
    const short = `Reindex finished: ${r.mode}, ${r.passages} passages. New questions use the new index.`;
    await interaction
      .editReply({ content: short, embeds: [], allowedMentions: NO_PINGS })
      .catch(() => interaction.followUp({ content: short, allowedMentions: NO_PINGS }))
      .catch((e: unknown) => log.warn({ err: e }, 'could not post the reindex result at all'));
  }
}
