import type { Precondition } from '../context.js';
import { messages } from '../i18n.js';

/** ALLOWED_CHANNELS: questions are answered only there; a thread counts as its parent channel. */
export const allowedChannel: Precondition = {
  name: 'allowed channel',
  check(asker, ctx) {
    const allowed = ctx.config.ALLOWED_CHANNELS;
    if (!allowed?.length) return { ok: true };
    if (allowed.includes(asker.channelId) || (asker.parentId !== null && allowed.includes(asker.parentId)))
      return { ok: true };
    // A mention elsewhere stays unanswered (a public reply would answer there after all); a slash command is told.
    const where = allowed.map((id) => `<#${id}>`).join(', ');
    return { ok: false, notice: messages(asker.lang).onlyIn(where), quiet: true };
  },
};
