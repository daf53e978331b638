import { PermissionFlagsBits } from 'discord.js';
import type { Precondition } from '../context.js';
import { messages, uiLang } from '../i18n.js';

/**
 * Manage Server, checked when the command runs. Default member permissions only hide a command and server admins
 * can change who sees it, so it is checked again here, against the member's permissions in this channel (overwrites
 * included), as Discord computes them for the interaction.
 */
export function admin(action: { en: string; [lang: string]: string }): Precondition {
  return {
    name: 'admin',
    check(asker) {
      if (asker.inGuild && asker.permissions?.has(PermissionFlagsBits.ManageGuild)) return { ok: true };
      const what = action[uiLang(asker.lang)] ?? action.en;
      return { ok: false, notice: messages(asker.lang).adminOnly(what) };
    },
  };
}
