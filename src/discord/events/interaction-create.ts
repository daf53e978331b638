import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Events,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { log } from '../../log.js';
import { onFeedbackButton } from '../components/feedback.js';
import { parseComponentId } from '../components/ids.js';
import type { BotEvent, BotRuntime, Command } from '../context.js';
import { COLORS, infoEmbed, NO_PINGS } from '../formatters/text.js';
import { messages } from '../i18n.js';
import { askerOfInteraction, checkAll } from '../preconditions/index.js';

const privately = { flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;

type Routed = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** Slash commands, their buttons and modals (each after the command's preconditions), autocomplete, feedback. */
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
        await interaction.reply({ content: messages(interaction.locale).restarting, ...privately });
      return;
    }
    if (interaction.isButton() && (await onFeedbackButton(interaction, rt))) return;
    if (interaction.isChatInputCommand()) {
      await route(rt, interaction, interaction.commandName, (cmd) => cmd.execute(interaction, rt));
      return;
    }
    if (!interaction.isButton() && !interaction.isModalSubmit()) return;
    const parsed = parseComponentId(interaction.customId);
    if (!parsed) return;
    await route(rt, interaction, parsed.command, (cmd) =>
      interaction.isButton()
        ? cmd.button?.(interaction, rt, parsed.args)
        : cmd.modal?.(interaction as ModalSubmitInteraction, rt, parsed.args),
    );
  },
};

/** Finds the command, checks its preconditions, runs the handler; a failure is logged and told privately. */
async function route(
  rt: BotRuntime,
  interaction: Routed,
  name: string,
  run: (cmd: Command) => Promise<void> | undefined,
): Promise<void> {
  const cmd = rt.commands.get(name);
  const m = messages(interaction.locale);
  if (!cmd) {
    await interaction.reply({ content: m.unknownCommand(name), ...privately });
    return;
  }
  const verdict = checkAll(cmd.preconditions ?? [], askerOfInteraction(interaction), rt);
  if (!verdict.ok) {
    await interaction.reply({ content: verdict.notice, ...privately });
    return;
  }
  try {
    await run(cmd);
  } catch (err) {
    rt.stats.recordError();
    log.error({ err, command: name }, 'command failed');
    const embed = infoEmbed(m.wentWrong, m.commandFailed(name), COLORS.warn);
    const reply = { embeds: [embed], allowedMentions: NO_PINGS };
    if (interaction.deferred || interaction.replied) await interaction.editReply(reply).catch(() => undefined);
    else await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral }).catch(() => undefined);
  }
}
