import type { Precondition } from '../context.js';

export function rateNotice(scope: 'user' | 'channel', retryAfterMs: number): string {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return scope === 'user'
    ? `You're asking faster than I can keep up with — please wait about ${s} s and ask again.`
    : `Lots of questions in this channel right now — please wait about ${s} s and ask again.`;
}

/**
 * RATE_LIMIT_USER_PER_MINUTE and RATE_LIMIT_CHANNEL_PER_MINUTE. A question that passes is counted. Over the limit,
 * one notice per window: later refusals are quiet, so a mention spammer gets silence instead of a reply each time.
 */
export const rateLimit: Precondition = {
  name: 'rate limit',
  check(asker, ctx) {
    const verdict = ctx.limiter.check(asker.userId, asker.channelId);
    if (verdict.ok) return { ok: true };
    return { ok: false, notice: rateNotice(verdict.scope, verdict.retryAfterMs), quiet: !verdict.notify };
  },
};
