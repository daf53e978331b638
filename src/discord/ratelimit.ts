/**
 * A sliding-window counter: at most `limit` events per key in any `windowMs`. No rate-limiting library is installed
 * (rate-limiter-flexible is not a dependency), and this is all the bot needs: in memory, one process.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    if (limit < 1) throw new RangeError('limit must be at least 1');
  }

  private recent(key: string, now: number): number[] {
    const list = this.hits.get(key);
    if (!list) return [];
    const from = now - this.windowMs;
    let i = 0;
    while (i < list.length && list[i]! <= from) i++;
    if (i > 0) list.splice(0, i);
    if (list.length === 0) this.hits.delete(key);
    return list;
  }

  /** Whether one more event for `key` would be allowed now, without recording it. */
  allows(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length < this.limit;
  }

  /** Records an event for `key`. */
  record(key: string, now = Date.now()): void {
    const list = this.recent(key, now);
    list.push(now);
    this.hits.set(key, list);
  }

  /** Records and returns true when allowed; returns false (recording nothing) when over the limit. */
  take(key: string, now = Date.now()): boolean {
    if (!this.allows(key, now)) return false;
    this.record(key, now);
    return true;
  }

  /** Milliseconds until `key` may have one more event (0 if it may now). */
  retryAfter(key: string, now = Date.now()): number {
    const list = this.recent(key, now);
    if (list.length < this.limit) return 0;
    return list[list.length - this.limit]! + this.windowMs - now;
  }

  /** Drops keys with no recent events (call now and then so memory stays bounded). */
  sweep(now = Date.now()): void {
    for (const key of [...this.hits.keys()]) this.recent(key, now);
  }
}

export type LimitVerdict =
  | { ok: true }
  | { ok: false; scope: 'user' | 'channel'; retryAfterMs: number; notify: boolean };

/**
 * The bot's question limits: per user and per channel, per minute. A refused question is not counted. `notify` is
 * true at most once per window per user, so a user who keeps asking gets one friendly notice, not one per message.
 */
export class QuestionLimiter {
  private readonly users: SlidingWindow;
  private readonly channels: SlidingWindow;
  private readonly notified = new Map<string, number>();

  constructor(
    perUser: number,
    perChannel: number,
    readonly windowMs = 60_000,
  ) {
    this.users = new SlidingWindow(perUser, windowMs);
    this.channels = new SlidingWindow(perChannel, windowMs);
  }

  check(userId: string, channelId: string, now = Date.now()): LimitVerdict {
    let scope: 'user' | 'channel' | undefined;
    let retryAfterMs = 0;
    if (!this.users.allows(userId, now)) {
      scope = 'user';
      retryAfterMs = this.users.retryAfter(userId, now);
    } else if (!this.channels.allows(channelId, now)) {
      scope = 'channel';
      retryAfterMs = this.channels.retryAfter(channelId, now);
    }
    if (!scope) {
      this.users.record(userId, now);
      this.channels.record(channelId, now);
      return { ok: true };
    }
    const last = this.notified.get(userId);
    const notify = last === undefined || now - last >= this.windowMs;
    if (notify) this.notified.set(userId, now);
    return { ok: false, scope, retryAfterMs, notify };
  }

  sweep(now = Date.now()): void {
    this.users.sweep(now);
    this.channels.sweep(now);
    for (const [k, t] of this.notified) if (now - t >= this.windowMs) this.notified.delete(k);
  }
}
