/**
 * A local, in-process stand-in for Discord: REST API v10 over HTTP and the gateway over a websocket, both on
 * 127.0.0.1 only. The real discord.js client connects to it with `rest: { api: fake.apiBase }`; it reads the gateway
 * URL from GET /gateway/bot like it does from Discord. Every REST call is recorded for tests to assert on.
 *
 * Protocol facts this relies on (discord.js 14.28, @discordjs/ws): plain JSON frames (no zlib unless zlib-sync is
 * installed); `ready` fires only after a GUILD_CREATE for every guild listed unavailable in READY; a 204 reply must
 * carry no JSON content-type; resumes connect to READY's `resume_gateway_url` and send op 6.
 *
 * Sharding: GET /gateway/bot recommends `shards` (default 1). An IDENTIFY with shard [i, n] gets a READY (and
 * GUILD_CREATEs) listing only the guilds with (guild_id >> 22) % n == i, and every dispatch for a guild goes to the
 * session of the shard that serves it, as Discord routes them. With `guilds: 2, shards: 2` each shard serves one guild.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  status: number;
  at: number;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

const ALL_PERMISSIONS = (1n << 50n) - 1n;
export const PERM = {
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ReadMessageHistory: 1n << 16n,
  EmbedLinks: 1n << 14n,
};
const MEMBER_PERMS = PERM.ViewChannel | PERM.SendMessages | PERM.ReadMessageHistory | PERM.EmbedLinks;

let counter = 0n;
/** Snowflake-shaped ids, increasing, unique per process. */
export function snowflake(): string {
  counter += 1n;
  return String(((BigInt(Date.now()) - 1420070400000n) << 22n) + counter);
}

/** A snowflake whose guild shard, (id >> 22) % shardCount, is `shard`: Discord's routing of a guild to a shard. */
export function snowflakeOnShard(shard: number, shardCount: number): string {
  counter += 1n;
  const count = BigInt(shardCount);
  const base = BigInt(Date.now()) - 1420070400000n;
  const ts = base + ((BigInt(shard) - (base % count) + count) % count);
  return String((ts << 22n) + counter);
}

/** The shard a guild's events go to with `shardCount` shards. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A server the bot is in: its id, the Admin role (Manage Server) and two text channels. */
export interface FakeGuild {
  id: string;
  name: string;
  adminRoleId: string;
  channels: { general: string; other: string };
}

function user(username: string, bot = false): FakeUser {
  return {
    id: snowflake(),
    username,
    global_name: username,
    discriminator: '0',
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

interface Session {
  ws: WebSocket;
  id: string;
  seq: number;
  shard: [number, number];
  /** Dispatches sent on this session, for replay on resume. */
  sent: { s: number; t: string; d: unknown }[];
  identified: boolean;
}

interface Pending429 {
  matcher: (method: string, path: string) => boolean;
  retryAfter: number;
}

export interface CommandOptions {
  name: string;
  /** Options as Discord sends them; a subcommand is { name, type: 1, options: [...] }. */
  options?: any[];
  /** Objects the options refer to, e.g. { attachments: { [id]: attachment } } for an attachment option. */
  resolved?: any;
  user?: FakeUser;
  channelId?: string;
  /** The member's permissions in the channel, as Discord computes them (roles + channel overwrites). */
  memberPermissions?: bigint;
  type?: 2 | 4;
  /** The Discord client's language of the user (default en-US). */
  locale?: string;
}

export interface InteractionHandle {
  id: string;
  token: string;
  payload: any;
  /** The interaction callback (POST /interactions/{id}/{token}/callback). */
  callback: (timeoutMs?: number) => Promise<RecordedRequest>;
  /** The last edit of the original response (PATCH /webhooks/{app}/{token}/messages/@original), after `after`. */
  edit: (predicate?: (r: RecordedRequest) => boolean, timeoutMs?: number) => Promise<RecordedRequest>;
  followUp: (timeoutMs?: number) => Promise<RecordedRequest>;
}

export class FakeDiscord {
  readonly botUser = user('Bron', true);
  readonly applicationId = snowflake();
  /**
   * The servers the bot is in. Guild i lives on shard i % shardCount (its id is chosen so), so with as many guilds as
   * shards every shard serves one. The first guild's ids are also `guildId`, `adminRoleId` and `channels`.
   */
  readonly guilds: FakeGuild[];
  readonly guildId: string;
  readonly users = { member: user('member'), admin: user('admin'), otherBot: user('otherbot', true) };
  readonly adminRoleId: string;
  readonly channels: { general: string; other: string };
  readonly requests: RecordedRequest[] = [];
  /** Messages and threads the bot created, by channel id. */
  readonly created = new Map<string, any[]>();
  readonly threads = new Map<string, any>();
  /** Files users attached, served at their URL like Discord's CDN serves them. */
  readonly attachments = new Map<string, { body: Buffer; contentType: string }>();
  identifyCount = 0;
  resumeCount = 0;
  invalidTokens = new Set<string>();
  private readonly sessions = new Map<string, Session>();
  private live = new Set<Session>();
  private readonly pending429: Pending429[] = [];
  private readonly pendingFailures: {
    matcher: (method: string, path: string, body: any) => boolean;
    status: number;
  }[] = [];
  private readonly waiters = new Set<() => void>();
  private http!: Server;
  private wss!: WebSocketServer;
  private port = 0;
  private closed = false;

  constructor(
    readonly shardCount = 1,
    guildCount = 1,
  ) {
    this.guilds = Array.from({ length: guildCount }, (_, i) => ({
      id: snowflakeOnShard(i % shardCount, shardCount),
      name: i === 0 ? 'Bron test server' : `Bron test server ${i + 1}`,
      adminRoleId: snowflake(),
      channels: { general: snowflake(), other: snowflake() },
    }));
    const first = this.guilds[0]!;
    this.guildId = first.id;
    this.adminRoleId = first.adminRoleId;
    this.channels = first.channels;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    this.http = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.live) s.ws.terminate();
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    for (const w of this.waiters) w();
  }

  // ---------------------------------------------------------------- guild data

  guildPayload(guildId = this.guildId): any {
    const g = this.guild(guildId);
    const everyone = {
      id: g.id,
      name: '@everyone',
      permissions: String(MEMBER_PERMS),
      position: 0,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    };
    const admin = {
      id: g.adminRoleId,
      name: 'Admin',
      permissions: String(MEMBER_PERMS | PERM.ManageGuild),
      position: 1,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    };
    const channel = (id: string, name: string, position: number) => ({
      id,
      type: 0,
      name,
      guild_id: g.id,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      rate_limit_per_user: 0,
      last_message_id: null,
    });
    const member = (u: FakeUser, roles: string[]) => ({
      user: u,
      roles,
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
      communication_disabled_until: null,
    });
    return {
      id: g.id,
      name: g.name,
      icon: null,
      owner_id: this.users.admin.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [everyone, admin],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 4,
      voice_states: [],
      members: [
        member(this.botUser, []),
        member(this.users.member, []),
        member(this.users.admin, [g.adminRoleId]),
        member(this.users.otherBot, []),
      ],
      channels: [
        channel(g.channels.general, 'general', 0),
        channel(g.channels.other, 'other', 1),
        ...[...this.threads.values()].filter((t) => t.guild_id === g.id),
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  private channelPayload(id: string): any | undefined {
    if (this.threads.has(id)) return this.threads.get(id);
    return this.guildPayload(this.guildOf(id).id).channels.find((c: any) => c.id === id);
  }

  private guild(id: string): FakeGuild {
    const g = this.guilds.find((x) => x.id === id);
    if (!g) throw new Error(`fake Discord: no guild ${id}`);
    return g;
  }

  /** The guild a channel or thread belongs to (the first guild for a channel it does not know). */
  guildOf(channelId: string): FakeGuild {
    const thread = this.threads.get(channelId);
    if (thread) return this.guild(thread.guild_id);
    return (
      this.guilds.find((g) => g.channels.general === channelId || g.channels.other === channelId) ?? this.guilds[0]!
    );
  }

  /** Whether a session identified as shard [id, count] serves this guild. */
  private serves(session: Session, guildId: string): boolean {
    return shardOfGuild(guildId, session.shard[1]) === session.shard[0];
  }

  // ---------------------------------------------------------------- gateway

  private onSocket(ws: WebSocket): void {
    let session: Session | undefined;
    const heartbeat = 45_000;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: heartbeat }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: any };
      switch (msg.op) {
        case 1: // heartbeat
          ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2: {
          // identify
          if (this.invalidTokens.has(msg.d.token)) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          this.identifyCount++;
          const shard = (msg.d.shard ?? [0, 1]) as [number, number];
          session = { ws, id: snowflake(), seq: 0, shard, sent: [], identified: true };
          this.sessions.set(session.id, session);
          this.live.add(session);
          const guilds = this.guilds
            .filter((g) => this.serves(session!, g.id))
            .map((g) => ({ id: g.id, unavailable: true }));
          this.dispatch(session, 'READY', {
            v: 10,
            user: this.botUser,
            guilds,
            session_id: session.id,
            resume_gateway_url: this.gatewayUrl,
            application: { id: this.applicationId, flags: 0 },
            shard,
            user_settings: {},
            relationships: [],
            private_channels: [],
            presences: [],
            geo_ordered_rtc_regions: [],
          });
          for (const g of guilds) this.dispatch(session, 'GUILD_CREATE', this.guildPayload(g.id));
          break;
        }
        case 6: {
          // resume
          const old = this.sessions.get(msg.d.session_id);
          if (!old) {
            ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
            return;
          }
          this.resumeCount++;
          old.ws = ws;
          session = old;
          this.live.add(old);
          for (const p of old.sent) if (p.s > msg.d.seq) ws.send(JSON.stringify({ op: 0, ...p }));
          this.dispatch(old, 'RESUMED', {});
          break;
        }
        default:
          break;
      }
    });
    ws.on('close', () => {
      if (session && session.ws === ws) this.live.delete(session);
    });
  }

  private dispatch(session: Session, t: string, d: unknown): void {
    session.seq++;
    const payload = { s: session.seq, t, d };
    session.sent.push(payload);
    if (session.sent.length > 500) session.sent.shift();
    if (session.ws.readyState === session.ws.OPEN) session.ws.send(JSON.stringify({ op: 0, ...payload }));
  }

  /** Sends a dispatch to the session of the shard that serves its guild (`d.guild_id`, else the first guild). */
  broadcast(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: string } | null)?.guild_id ?? this.guildId;
    for (const s of this.live) if (this.serves(s, guildId)) this.dispatch(s, t, d);
  }

  /** Waits until a shard session is connected (after a drop, the client reconnects by itself). */
  async connected(timeoutMs = 10_000): Promise<void> {
    await this.until(
      () => [...this.live].some((s) => s.ws.readyState === s.ws.OPEN),
      timeoutMs,
      'a connected gateway session',
    );
  }

  /** The shard ids [id, count] of the sessions connected now. */
  connectedShards(): [number, number][] {
    return [...this.live].filter((s) => s.ws.readyState === s.ws.OPEN).map((s) => [...s.shard]);
  }

  /** Waits until every shard 0…shardCount-1 has a connected session. */
  async allShardsConnected(timeoutMs = 10_000): Promise<void> {
    await this.until(
      () =>
        Array.from({ length: this.shardCount }, (_, i) => i).every((i) =>
          this.connectedShards().some(([id, n]) => id === i && n === this.shardCount),
        ),
      timeoutMs,
      `sessions for all ${this.shardCount} shards`,
    );
  }

  /** Closes the gateway socket abruptly, as a network drop would; the client resumes on its own. */
  dropConnection(code = 4000): void {
    for (const s of this.live) s.ws.close(code, 'dropped by test');
  }

  /** Tells the client its session is invalid (op 9); resumable or not. */
  invalidateSession(resumable: boolean): void {
    for (const s of this.live) {
      s.ws.send(JSON.stringify({ op: 9, d: resumable, s: null, t: null }));
      if (!resumable) this.sessions.delete(s.id);
    }
  }

  // ---------------------------------------------------------------- test actions

  message(channelId: string, author: FakeUser, content: string, extra: Record<string, unknown> = {}): any {
    const thread = this.threads.get(channelId);
    const guild = this.guildOf(channelId);
    return {
      id: snowflake(),
      channel_id: channelId,
      guild_id: guild.id,
      author,
      member: {
        roles: author.id === this.users.admin.id ? [guild.adminRoleId] : [],
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...(thread ? { position: 0 } : {}),
      ...extra,
    };
  }

  /** A user posts in a channel: MESSAGE_CREATE, with the bot in `mentions` when it is mentioned. */
  sendMessage(opts: {
    channelId?: string;
    author?: FakeUser;
    content: string;
    mentionBot?: boolean;
    mentionEveryone?: boolean;
    webhookId?: string;
  }): any {
    const author = opts.author ?? this.users.member;
    const content = opts.mentionBot ? `<@${this.botUser.id}> ${opts.content}` : opts.content;
    const msg = this.message(opts.channelId ?? this.channels.general, author, content, {
      mentions: opts.mentionBot ? [this.botUser] : [],
      mention_everyone: opts.mentionEveryone ?? false,
      ...(opts.webhookId ? { webhook_id: opts.webhookId } : {}),
    });
    this.broadcast('MESSAGE_CREATE', msg);
    return msg;
  }

  private interaction(
    type: number,
    data: any,
    u: FakeUser,
    channelId: string,
    permissions: bigint,
    extra: Record<string, unknown> = {},
    locale = 'en-US',
  ): InteractionHandle {
    const id = snowflake();
    const token = `itoken-${id}`;
    const guild = this.guildOf(channelId);
    const payload = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      guild_id: guild.id,
      channel_id: channelId,
      channel: this.channelPayload(channelId),
      member: {
        user: u,
        roles: u.id === this.users.admin.id ? [guild.adminRoleId] : [],
        permissions: String(permissions),
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
      },
      app_permissions: String(ALL_PERMISSIONS),
      locale,
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: guild.id },
      context: 0,
      data,
      ...extra,
    };
    const since = this.requests.length;
    const after = (r: RecordedRequest) => this.requests.indexOf(r) >= since;
    this.broadcast('INTERACTION_CREATE', payload);
    return {
      id,
      token,
      payload,
      callback: (timeoutMs = 10_000) =>
        this.waitForRequest(
          (r) => after(r) && r.method === 'POST' && r.path === `/interactions/${id}/${token}/callback`,
          timeoutMs,
        ),
      edit: (predicate = () => true, timeoutMs = 10_000) =>
        this.waitForRequest(
          (r) =>
            after(r) &&
            r.method === 'PATCH' &&
            r.path === `/webhooks/${this.applicationId}/${token}/messages/@original` &&
            predicate(r),
          timeoutMs,
        ),
      followUp: (timeoutMs = 10_000) =>
        this.waitForRequest(
          (r) => after(r) && r.method === 'POST' && r.path === `/webhooks/${this.applicationId}/${token}`,
          timeoutMs,
        ),
    };
  }

  /** A slash command (INTERACTION_CREATE type 2), or an autocomplete request (type 4). */
  sendCommand(opts: CommandOptions): InteractionHandle {
    const u = opts.user ?? this.users.member;
    const perms =
      opts.memberPermissions ?? (u.id === this.users.admin.id ? MEMBER_PERMS | PERM.ManageGuild : MEMBER_PERMS);
    return this.interaction(
      opts.type ?? 2,
      {
        id: snowflake(),
        name: opts.name,
        type: 1,
        options: opts.options ?? [],
        ...(opts.resolved ? { resolved: opts.resolved } : {}),
      },
      u,
      opts.channelId ?? this.channels.general,
      perms,
      {},
      opts.locale,
    );
  }

  /** A button click (INTERACTION_CREATE type 3) on a message the bot sent. */
  clickButton(opts: {
    message: any;
    customId: string;
    user?: FakeUser;
    locale?: string;
    memberPermissions?: bigint;
  }): InteractionHandle {
    const u = opts.user ?? this.users.member;
    const perms =
      opts.memberPermissions ?? (u.id === this.users.admin.id ? MEMBER_PERMS | PERM.ManageGuild : MEMBER_PERMS);
    return this.interaction(
      3,
      { custom_id: opts.customId, component_type: 2 },
      u,
      opts.message.channel_id,
      perms,
      { message: opts.message },
      opts.locale,
    );
  }

  /** A file a user attaches to a slash command: the attachment object, its URL served by this fake. */
  addAttachment(filename: string, content: string | Buffer, contentType = 'text/plain; charset=utf-8'): any {
    const id = snowflake();
    const body = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    this.attachments.set(id, { body, contentType });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: body.length, url, proxy_url: url, content_type: contentType };
  }

  /** A user submits a modal the bot showed (INTERACTION_CREATE type 5), with one text input per field. */
  submitModal(opts: {
    customId: string;
    fields: Record<string, string>;
    user?: FakeUser;
    channelId?: string;
    memberPermissions?: bigint;
    locale?: string;
  }): InteractionHandle {
    const u = opts.user ?? this.users.member;
    const perms =
      opts.memberPermissions ?? (u.id === this.users.admin.id ? MEMBER_PERMS | PERM.ManageGuild : MEMBER_PERMS);
    const components = Object.entries(opts.fields).map(([custom_id, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id, value }],
    }));
    return this.interaction(
      5,
      { custom_id: opts.customId, components },
      u,
      opts.channelId ?? this.channels.general,
      perms,
      {},
      opts.locale,
    );
  }

  messagesIn(channelId: string): any[] {
    return this.created.get(channelId) ?? [];
  }

  /** The next REST call that matches (method, path, JSON body) fails with `status` and Discord's error body. */
  failNext(matcher: (method: string, path: string, body: any) => boolean, status = 400): void {
    this.pendingFailures.push({ matcher, status });
  }

  /** The next REST call that matches gets a 429 with `retry_after`, as Discord's rate limiter answers. */
  rateLimitNext(matcher: (method: string, path: string) => boolean, retryAfterSeconds: number): void {
    this.pending429.push({ matcher, retryAfter: retryAfterSeconds });
  }

  async waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    await this.until(() => this.requests.some(predicate), timeoutMs, 'a matching REST request');
    return this.requests.find(predicate)!;
  }

  private until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(poll);
        reject(
          new Error(
            `fake Discord: timed out after ${timeoutMs} ms waiting for ${what}; requests: ${this.requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`,
          ),
        );
      }, timeoutMs);
      const poll = () => {
        if (this.closed || check()) {
          clearTimeout(timer);
          this.waiters.delete(poll);
          if (this.closed && !check()) reject(new Error('fake Discord closed'));
          else resolve();
        }
      };
      this.waiters.add(poll);
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  // ---------------------------------------------------------------- REST

  private async readBody(req: IncomingMessage): Promise<any> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (!raw) return undefined;
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const m = /name="payload_json"\r\n(?:Content-Type: [^\r\n]*\r\n)?\r\n([\s\S]*?)\r\n--/.exec(raw);
      return m ? JSON.parse(m[1]!) : { multipart: true };
    }
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    const body = await this.readBody(req);
    const record: RecordedRequest = { method, path, query: url.searchParams, body, status: 200, at: Date.now() };
    this.requests.push(record);
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (json === undefined) {
        res.writeHead(status, headers); // 204: no content-type, or discord.js tries to parse an empty body
        res.end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      }
      this.notify();
    };

    if (method === 'GET' && path.startsWith('/attachments/')) {
      const file = this.attachments.get(path.split('/')[2] ?? '');
      if (!file) return send(404, { message: 'Not Found', code: 0 });
      record.status = 200;
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length) });
      res.end(file.body);
      this.notify();
      return;
    }

    const auth = String(req.headers.authorization ?? '');
    if (auth.startsWith('Bot ') && this.invalidTokens.has(auth.slice(4)))
      return send(401, { message: '401: Unauthorized', code: 0 });

    const failure = this.pendingFailures.findIndex((p) => p.matcher(method, path, body));
    if (failure >= 0) {
      const { status } = this.pendingFailures.splice(failure, 1)[0]!;
      return send(status, { message: 'Invalid Form Body', code: 50035, errors: {} });
    }

    const limit = this.pending429.findIndex((p) => p.matcher(method, path));
    if (limit >= 0) {
      const { retryAfter } = this.pending429.splice(limit, 1)[0]!;
      return send(
        429,
        { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
        {
          'retry-after': String(Math.ceil(retryAfter)),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfter),
          'x-ratelimit-bucket': 'test-bucket',
          'x-ratelimit-scope': 'user',
        },
      );
    }

    let m = [] as unknown as RegExpExecArray;
    /** Matches the path against a route, keeping the match in `m` for the handler below it. */
    const route = (re: RegExp): boolean => {
      const found = re.exec(path);
      if (found) m = found;
      return found !== null;
    };
    if (method === 'GET' && path === '/gateway/bot') {
      return send(200, {
        url: this.gatewayUrl,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/gateway') return send(200, { url: this.gatewayUrl });
    if (method === 'GET' && path === '/users/@me') return send(200, this.botUser);
    if (method === 'GET' && path === '/applications/@me')
      return send(200, { id: this.applicationId, name: 'Bron', flags: 0, bot: this.botUser });
    if (route(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/)) {
      if (method === 'PUT')
        return send(
          200,
          (body as any[]).map((c) => ({
            ...c,
            id: snowflake(),
            application_id: m![1],
            version: snowflake(),
            ...(m![2] ? { guild_id: m![2] } : {}),
          })),
        );
      if (method === 'GET') return send(200, []);
    }
    if (route(/^\/channels\/(\d+)\/typing$/) && method === 'POST') return send(204);
    if (route(/^\/channels\/(\d+)\/messages$/) && method === 'POST') {
      const channelId = m[1]!;
      const msg = this.message(channelId, this.botUser, body?.content ?? '', {
        embeds: body?.embeds ?? [],
        components: body?.components ?? [],
        ...(body?.message_reference
          ? {
              message_reference: {
                ...body.message_reference,
                channel_id: channelId,
                guild_id: this.guildOf(channelId).id,
              },
              type: 19,
            }
          : {}),
        member: undefined,
      });
      delete msg.member;
      this.created.set(channelId, [...this.messagesIn(channelId), msg]);
      return send(200, msg);
    }
    if (route(/^\/channels\/(\d+)\/messages\/(\d+)$/) && method === 'PATCH') {
      return send(200, {
        ...this.message(m[1]!, this.botUser, body?.content ?? ''),
        id: m[2],
        embeds: body?.embeds ?? [],
        components: body?.components ?? [],
      });
    }
    if (route(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/) && method === 'POST') {
      const thread = {
        id: m[2],
        type: 11,
        guild_id: this.guildOf(m[1]!).id,
        parent_id: m[1],
        owner_id: this.botUser.id,
        name: body?.name ?? 'thread',
        last_message_id: null,
        message_count: 0,
        member_count: 1,
        rate_limit_per_user: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: body?.auto_archive_duration ?? 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
        total_message_sent: 0,
        flags: 0,
        permission_overwrites: [],
      };
      this.threads.set(thread.id!, thread);
      send(201, thread);
      this.broadcast('THREAD_CREATE', { ...thread, newly_created: true });
      return;
    }
    if (route(/^\/channels\/(\d+)$/) && method === 'GET') {
      const c = this.channelPayload(m[1]!);
      return c ? send(200, c) : send(404, { message: 'Unknown Channel', code: 10003 });
    }
    if (route(/^\/guilds\/(\d+)\/members\/(\d+)$/) && method === 'GET') {
      const member = this.guilds.some((g) => g.id === m![1])
        ? this.guildPayload(m[1]).members.find((x: any) => x.user.id === m![2])
        : undefined;
      return member ? send(200, member) : send(404, { message: 'Unknown Member', code: 10007 });
    }
    if (route(/^\/interactions\/(\d+)\/([^/]+)\/callback$/) && method === 'POST') {
      if (url.searchParams.get('with_response') === 'true')
        return send(200, { interaction: { id: m[1], type: 2 }, resource: { type: body?.type } });
      return send(204);
    }
    if (route(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/)) {
      if (method === 'PATCH' || method === 'GET') {
        return send(200, {
          ...this.message(this.channels.general, this.botUser, body?.content ?? ''),
          id: m[3] === '@original' ? snowflake() : m[3],
          embeds: body?.embeds ?? [],
          components: body?.components ?? [],
          webhook_id: m[1],
          application_id: m[1],
        });
      }
      if (method === 'DELETE') return send(204);
    }
    if (route(/^\/webhooks\/(\d+)\/([^/]+)$/) && method === 'POST') {
      return send(200, {
        ...this.message(this.channels.general, this.botUser, body?.content ?? ''),
        embeds: body?.embeds ?? [],
        components: body?.components ?? [],
        webhook_id: m[1],
        application_id: m[1],
      });
    }
    return send(404, { message: `404: Not Found (fake Discord has no route ${method} ${path})`, code: 0 });
  }
}

/** `shards`: what GET /gateway/bot recommends (default 1). `guilds`: servers the bot is in (default 1), guild i on shard i % shards. */
export async function startFakeDiscord(opts: { shards?: number; guilds?: number } = {}): Promise<FakeDiscord> {
  return new FakeDiscord(opts.shards ?? 1, opts.guilds ?? 1).start();
}
