import type { Precondition } from '../context.js';
import { messages } from '../i18n.js';

/**
 * RATE_LIMIT_USER_PER_MINUTE and RATE_LIMIT_CHANNEL_PER_MINUTE. A question that passes is counted. Over the limit,
 * one notice per window: later refusals are quiet, so a mention spammer gets silence instead of a reply each time.
 */
export const rateLimit: Precondition = {
  name: 'rate limit',
  check(asker, ctx) {
    const verdict = ctx.limiter.check(asker.userId, asker.channelId);
    if (verdict.ok) return { ok: true };
    const m = messages(asker.lang);
    const s = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    const notice = verdict.scope === 'user' ? m.tooFastUser(s) : m.tooFastChannel(s);
    return { ok: false, notice, quiet: !verdict.notify };
  },
};
