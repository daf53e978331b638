import { type ChatInputCommandInteraction, Events, MessageFlags } from 'discord.js';
import { log } from '../../log.js';
import { onFeedbackButton } from '../components/feedback.js';
import type { BotEvent, BotRuntime } from '../context.js';
import { COLORS, infoEmbed, NO_PINGS } from '../formatters/text.js';
import { askerOfInteraction, checkAll } from '../preconditions/index.js';

const privately = { flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;

/** Slash commands (after their preconditions), their autocomplete, and the feedback buttons. */
export const interactionCreate: BotEvent<Events.InteractionCreate> = {
  name: Events.InteractionCreate,
  async execute(rt, interaction) {
    if (interaction.isAutocomplete()) {
      const cmd = rt.commands.get(interaction.commandName);
      await (cmd?.autocomplete?.(interaction, rt) ?? interaction.respond([]));
      return;
    }
    if (!rt.accepting) {
      if (interaction.isRepliable())
        await interaction.reply({ content: 'Bron is restarting; please try again in a minute.', ...privately });
      return;
    }
    if (interaction.isButton()) {
      await onFeedbackButton(interaction, rt);
      return;
    }
    if (interaction.isChatInputCommand()) await runCommand(rt, interaction);
  },
};

async function runCommand(rt: BotRuntime, interaction: ChatInputCommandInteraction): Promise<void> {
  const cmd = rt.commands.get(interaction.commandName);
  if (!cmd) {
    await interaction.reply({
      content: `Unknown command /${interaction.commandName}; run npm run deploy-commands.`,
      ...privately,
    });
    return;
  }
  const verdict = checkAll(cmd.preconditions ?? [], askerOfInteraction(interaction), rt);
  if (!verdict.ok) {
    await interaction.reply({ content: verdict.notice, ...privately });
    return;
  }
  try {
    await cmd.execute(interaction, rt);
  } catch (err) {
    rt.stats.recordError();
    log.error({ err, command: interaction.commandName }, 'command failed');
    const embed = infoEmbed(
      'Something went wrong',
      `/${interaction.commandName} failed. Please try again in a moment.`,
      COLORS.warn,
    );
    const reply = { embeds: [embed], allowedMentions: NO_PINGS };
    if (interaction.deferred || interaction.replied) await interaction.editReply(reply).catch(() => undefined);
    else await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral }).catch(() => undefined);
  }
}
