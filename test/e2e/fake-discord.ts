/**
 * A local Discord for end-to-end tests: REST (`/api/v10/…`) and the gateway (WebSocket) on
 * 127.0.0.1, as strict as the real one. Every request body is checked with Discord's published
 * schemas plus the rules they lack (see discord-rules.ts); a body Discord would reject gets the
 * same 400 and is recorded in {@link FakeDiscord.problems}. Interaction callbacks after 3 seconds
 * get 404 10062, a second callback 400 40060, as on Discord.
 *
 * Fault injection (for the error-path tests and the later load and fault tests): {@link FakeDiscord.inject}
 * makes the next matching REST requests fail with a chosen status, body and headers;
 * {@link FakeDiscord.gatewayReconnect} sends op 7, {@link FakeDiscord.gatewayDrop} closes the socket.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { channelMessageJson } from '../helpers/discord-json';
import {
  type Checks,
  checkChannelMessage,
  checkCommandsBulk,
  checkFollowUp,
  checkWebhookEdit,
  interactionCallbackChecks,
  issueProblems,
  runChecks,
  type SchemaIssue,
  INTERACTION_TYPES,
  mentionProblems,
} from './discord-rules';

type Json = Record<string, unknown>;

/** Discord's epoch, for snowflakes. */
const DISCORD_EPOCH = 1420070400000n;
const CALLBACK_DEADLINE_MS = 3_000;
/** A plain member's permissions in the fake guild (no Manage Server). */
const MEMBER_PERMISSIONS = '2248473465835073';

/** One REST request as the fake saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
  readonly status: number;
  readonly problems: readonly string[];
  readonly at: number;
}

/** A callback (or the edit that completed a deferred one) that answered an interaction. */
export interface InteractionAnswer {
  readonly interactionId: string;
  /** 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete result. */
  readonly type: number;
  /** The message data, the update, or the autocomplete choices. */
  readonly data: Json;
  /** Milliseconds from dispatch to the callback. */
  readonly latencyMs: number;
  /** The message the answer created or changed (types 4, 5 + edit, 7). */
  readonly message?: FakeMessage;
}

/** A message the bot posted (interaction replies included). */
export interface FakeMessage {
  readonly id: string;
  readonly channel_id: string;
  content: string;
  embeds: Json[];
  components: Json[];
  flags: number;
  readonly interactionId?: string;
  readonly allowed_mentions?: unknown;
  /** The message this one replies to (channel posts). */
  readonly message_reference?: unknown;
}

/** A user of the fake guild. */
export interface FakeUser {
  readonly id: string;
  readonly username: string;
}

/** A REST fault to inject. */
export interface Fault {
  /** Which requests: matched against `METHOD /path` (e.g. `POST /api/v10/interactions/`). */
  readonly match: (method: string, path: string) => boolean;
  /** The status to answer with; `'hang'` never answers (a REST timeout on the bot's side). */
  readonly status: number | 'hang';
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

interface PendingInteraction {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  /** `performance.now()` just before the frame went out. */
  readonly dispatchedAt: number;
  answered: boolean;
  deferred: boolean;
  message?: FakeMessage;
  readonly resolve: (answer: InteractionAnswer) => void;
}

interface GatewaySession {
  readonly id: string;
  seq: number;
  socket?: WebSocket;
  /** Dispatches sent, for replay on RESUME. */
  readonly sent: { s: number; frame: string }[];
  /** Dispatches waiting for a socket. */
  readonly queued: Json[];
}

/** Options of {@link FakeDiscord.start}. */
export interface FakeDiscordOptions {
  readonly token?: string;
  /** Heartbeat interval the gateway asks for. */
  readonly heartbeatIntervalMs?: number;
  /**
   * Shards `GET /gateway/bot` recommends (default 1). With more than one, the fake holds a guild
   * on every shard ({@link FakeDiscord.guildOnShard}) and sends each guild's events, interactions
   * included, to the session of its shard, as Discord does.
   */
  readonly shards?: number;
  /**
   * Check interaction callbacks against Discord's schemas in a worker thread (for load runs), so
   * that the checks do not hold up the fake's event loop. Every body is still checked, and a
   * body Discord would reject is still answered with 400.
   */
  readonly schemaWorker?: boolean;
}

let snowflakeCounter = 0n;
/** A snowflake with the current time (or `agoMs` earlier), like Discord's ids. */
export function snowflake(agoMs = 0): string {
  snowflakeCounter = (snowflakeCounter + 1n) % 4096n;
  return (((BigInt(Date.now() - agoMs) - DISCORD_EPOCH) << 22n) | snowflakeCounter).toString();
}

const sendJson = (
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
};

/** The local Discord. */
export class FakeDiscord {
  readonly token: string;
  readonly applicationId = '1234567890123456789';
  readonly guildId = '2234567890123456789';
  readonly channelId = '3234567890123456789';
  readonly bot: FakeUser = { id: this.applicationId, username: 'briefing-bot' };
  /** Every REST request, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Every rule a request broke (Discord would have answered 400). Tests expect it to stay empty. */
  readonly problems: string[] = [];
  /** Houses rules broken (e.g. a reply without `allowed_mentions.parse: []`). */
  readonly mentionProblems: string[] = [];
  /** Messages the bot posted, by id. */
  readonly messages = new Map<string, FakeMessage>();
  /** Messages members posted (the targets of message commands), by id. */
  readonly memberMessages = new Map<string, Json>();
  /** The id of the message the last message command was used on. */
  lastTargetMessageId?: string;
  /** Application commands registered by deploy-commands, by route. */
  readonly commands = new Map<string, unknown[]>();
  /** Gateway frames received from the bot (op codes), for assertions on IDENTIFY/RESUME. */
  readonly gatewayOps: number[] = [];
  /** Shards recommended by `GET /gateway/bot`. */
  readonly shardCount: number;
  /** The `shard` of every IDENTIFY, in order: `[id, count]`. */
  readonly identified: (readonly [number, number])[] = [];
  private readonly shardSessions = new Map<number, GatewaySession>();
  private readonly faults: Fault[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pending = new Map<string, PendingInteraction>();
  private readonly sessions = new Map<string, GatewaySession>();
  private readonly sockets = new Set<WebSocket>();
  private session?: GatewaySession;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private port = 0;
  private readonly heartbeatIntervalMs: number;
  private readonly schemaWorker?: Worker;
  private workerRequests = 0;
  private readonly workerWaiting = new Map<number, (issues: SchemaIssue[]) => void>();

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake.bot.token-0123456789abcdef';
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.shardCount = options.shards ?? 1;
    if (options.schemaWorker) {
      this.schemaWorker = new Worker(join(__dirname, 'schema-worker.mjs'));
      this.schemaWorker.on('message', ({ id, issues }: { id: number; issues: SchemaIssue[] }) => {
        const resolve = this.workerWaiting.get(id);
        this.workerWaiting.delete(id);
        resolve?.(issues);
      });
    }
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws));
    });
  }

  /** Starts the fake on a free port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base to give the bot as DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Stops the fake: closes sockets and the server. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    await this.schemaWorker?.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── fault injection ─────────────────────────────────────────────────────────────────────────

  /** Makes the next matching REST requests fail. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  /** Sends op 7 RECONNECT: the client must reconnect and RESUME. */
  gatewayReconnect(): void {
    this.session?.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /**
   * Forgets every gateway session, as Discord does when a session expires: the next RESUME is
   * answered with op 9 (invalid session) and the bot must IDENTIFY again.
   */
  invalidateSessions(): void {
    this.sessions.clear();
  }

  /** Closes the gateway socket abruptly (a network drop). */
  gatewayDrop(code = 4000): void {
    this.session?.socket?.close(code, 'dropped by the fake');
  }

  /** Resolves when the bot holds an open, identified (or resumed) gateway session. */
  async waitForGateway(timeoutMs = 20_000): Promise<void> {
    const started = Date.now();
    while (!(this.session?.socket && this.session.socket.readyState === 1 && this.sessionReady)) {
      if (Date.now() - started > timeoutMs) throw new Error('the bot did not connect to the gateway');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private sessionReady = false;

  // ── shards ──────────────────────────────────────────────────────────────────────────────────

  /** The shard that receives a guild's events: `(guild_id >> 22) % shards`. */
  shardOf(guildId: string): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount));
  }

  /** A guild of the fake on `shard`: the main guild when it is there, else one next to it. */
  guildOnShard(shard: number): string {
    let id = BigInt(this.guildId);
    while (this.shardOf(id.toString()) !== shard) id += 1n << 22n;
    return id.toString();
  }

  /** Resolves when `count` shards hold open, identified sessions. */
  async waitForShards(count = this.shardCount, timeoutMs = 30_000): Promise<void> {
    const started = Date.now();
    const open = () => [...this.shardSessions.values()].filter((s) => s.socket?.readyState === 1).length;
    while (open() < count) {
      if (Date.now() - started > timeoutMs) throw new Error(`only ${open()} of ${count} shards connected`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** The session that receives a guild's events. */
  private sessionFor(guildId: unknown): GatewaySession | undefined {
    if (this.shardCount === 1 || typeof guildId !== 'string') return this.session;
    return this.shardSessions.get(this.shardOf(guildId)) ?? this.session;
  }

  // ── interactions ────────────────────────────────────────────────────────────────────────────

  /** The requests made for one interaction's callback, in order. */
  requestsFor(interactionId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/interactions/${interactionId}/`));
  }

  /** A user of the fake guild (a new one per name). */
  user(name = 'reader', id?: string): FakeUser {
    return { id: id ?? snowflake(), username: name };
  }

  /**
   * Age the next interaction already has when it is dispatched (its id's timestamp is that much
   * older), as when Discord delivers late or replays after a RESUME. Reset after one use.
   */
  nextInteractionAgeMs = 0;

  /** The permissions of the member in the next interactions (default: a member without Manage Server). */
  memberPermissions = MEMBER_PERMISSIONS;

  /** A plain member's permissions, as Discord writes them (no Manage Server). */
  static readonly MEMBER_PERMISSIONS = MEMBER_PERMISSIONS;
  /** The same with Manage Server (`1 << 5`), what admins have. */
  static readonly ADMIN_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | 32n);

  private base(type: number, user: FakeUser, guildId = this.guildId): Json & { id: string; token: string } {
    const id = snowflake(this.nextInteractionAgeMs);
    this.nextInteractionAgeMs = 0;
    return {
      id,
      application_id: this.applicationId,
      type,
      token: `itoken-${id}-${Math.random().toString(36).slice(2)}`,
      version: 1,
      guild_id: guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: guildId, name: 'news' },
      guild: { id: guildId, locale: 'en-US', features: [] },
      member: {
        user: this.userJson(user),
        roles: [],
        permissions: this.memberPermissions,
        joined_at: '2025-01-01T00:00:00.000000+00:00',
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
        communication_disabled_until: null,
      },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: 8388608,
    };
  }

  private userJson(user: FakeUser): Json {
    return {
      id: user.id,
      username: user.username,
      discriminator: '0',
      global_name: user.username,
      avatar: null,
      public_flags: 0,
      flags: 0,
      bot: user.id === this.bot.id,
    };
  }

  /** Slash-command options as Discord sends them: strings, booleans, integers and users. */
  private commandOptions(
    options: Readonly<Record<string, string | boolean | number | FakeUser>>,
    focused?: string,
  ) {
    const list: Json[] = [];
    const users: Record<string, Json> = {};
    for (const [name, value] of Object.entries(options)) {
      if (typeof value === 'object') {
        list.push({ name, type: 6, value: value.id });
        users[value.id] = this.userJson(value);
      } else {
        const type = typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3;
        list.push({ name, type, value, ...(name === focused ? { focused: true } : {}) });
      }
    }
    return { list, resolved: Object.keys(users).length > 0 ? { users } : undefined };
  }

  /**
   * Dispatches a slash command; resolves with the answer (the callback, or the edit that completes
   * a deferred reply).
   */
  command(
    name: string,
    options: Readonly<Record<string, string | boolean | number | FakeUser>> = {},
    user: FakeUser = this.user(),
    guildId: string = this.guildId,
  ): Promise<InteractionAnswer> {
    const interaction = this.base(INTERACTION_TYPES.command, user, guildId);
    const { list, resolved } = this.commandOptions(options);
    interaction.data = {
      id: snowflake(),
      name,
      type: 1,
      guild_id: guildId,
      options: list,
      ...(resolved ? { resolved } : {}),
    };
    return this.dispatch(interaction);
  }

  /** Dispatches an autocomplete request for option `focused` of a command. */
  autocomplete(
    name: string,
    focused: string,
    options: Readonly<Record<string, string | boolean | number>>,
    user: FakeUser = this.user(),
    guildId: string = this.guildId,
  ): Promise<InteractionAnswer> {
    const interaction = this.base(INTERACTION_TYPES.autocomplete, user, guildId);
    const { list } = this.commandOptions(options, focused);
    interaction.data = { id: snowflake(), name, type: 1, guild_id: guildId, options: list };
    return this.dispatch(interaction);
  }

  /** Dispatches a message context-menu command on a message with `content`. */
  messageCommand(name: string, content: string, user: FakeUser = this.user()): Promise<InteractionAnswer> {
    const target = this.memberMessage(content);
    const interaction = this.base(INTERACTION_TYPES.command, user);
    interaction.data = {
      id: snowflake(),
      name,
      type: 3,
      guild_id: this.guildId,
      target_id: target.id,
      resolved: { messages: { [target.id as string]: target } },
    };
    return this.dispatch(interaction);
  }

  /** The messages the bot posted in a channel on its own (not interaction replies), oldest first. */
  channelPosts(channelId: string = this.channelId): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && !m.interactionId);
  }

  /** A message a member posts in the news channel (what message commands are used on). */
  memberMessage(content: string, author: FakeUser = this.user('poster')): Json {
    const target: Json = channelMessageJson({
      id: snowflake(),
      channel_id: this.channelId,
      author: this.userJson(author),
      content,
    });
    this.memberMessages.set(target.id as string, target);
    this.lastTargetMessageId = target.id as string;
    return target;
  }

  /** Clicks a button (by custom_id) on a message the bot posted. */
  click(message: FakeMessage, customId: string, user: FakeUser): Promise<InteractionAnswer> {
    const interaction = this.base(INTERACTION_TYPES.component, user);
    interaction.data = { custom_id: customId, component_type: 2 };
    interaction.message = this.messageJson(message);
    return this.dispatch(interaction, message);
  }

  /** The custom_ids of a message's buttons, with their labels. */
  buttons(message: FakeMessage | undefined): { label: string; custom_id: string }[] {
    const out: { label: string; custom_id: string }[] = [];
    for (const row of message?.components ?? []) {
      for (const component of (row.components as Json[] | undefined) ?? []) {
        out.push({ label: String(component.label ?? ''), custom_id: String(component.custom_id ?? '') });
      }
    }
    return out;
  }

  private messageJson(message: FakeMessage): Json {
    return {
      id: message.id,
      channel_id: message.channel_id,
      author: this.userJson(this.bot),
      content: message.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      type: message.interactionId ? 20 : message.message_reference ? 19 : 0,
      ...(message.message_reference ? { message_reference: message.message_reference } : {}),
      flags: message.flags,
      application_id: this.applicationId,
      webhook_id: this.applicationId,
    };
  }

  /** How long a dispatched interaction waits for its answer before the promise rejects. */
  answerTimeoutMs = 10_000;

  private dispatch(
    interaction: Json & { id: string; token: string },
    message?: FakeMessage,
  ): Promise<InteractionAnswer> {
    return new Promise((resolveAnswer, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`no answer to interaction ${interaction.id} within ${this.answerTimeoutMs} ms`)),
        this.answerTimeoutMs,
      );
      const resolve = (answer: InteractionAnswer) => {
        clearTimeout(timer);
        this.timers.delete(timer);
        resolveAnswer(answer);
      };
      this.timers.add(timer);
      this.pending.set(interaction.id, {
        id: interaction.id,
        token: interaction.token,
        type: interaction.type as number,
        dispatchedAt: performance.now(),
        answered: false,
        deferred: false,
        message,
        resolve,
      });
      this.sendDispatch('INTERACTION_CREATE', interaction, this.sessionFor(interaction.guild_id));
    });
  }

  // ── gateway ─────────────────────────────────────────────────────────────────────────────────

  private sendDispatch(event: string, data: unknown, session = this.session): void {
    if (!session) throw new Error('no gateway session: start the bot first');
    const ready = session === this.session ? this.sessionReady : true;
    if (!session.socket || session.socket.readyState !== 1 || !ready) {
      session.queued.push({ t: event, d: data });
      return;
    }
    session.seq += 1;
    const frame = JSON.stringify({ op: 0, t: event, s: session.seq, d: data });
    session.sent.push({ s: session.seq, frame });
    if (session.sent.length > 5_000) session.sent.splice(0, 1_000);
    session.socket.send(frame);
  }

  private flushQueued(session: GatewaySession): void {
    const queued = session.queued.splice(0);
    for (const item of queued) this.sendDispatch(String(item.t), item.d);
  }

  private onGatewayConnection(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      if (this.session?.socket === ws) this.sessionReady = false;
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    ws.on('message', (raw) => {
      let frame: { op?: number; d?: Json | null; s?: number };
      try {
        frame = JSON.parse(String(raw)) as typeof frame;
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.gatewayOps.push(frame.op ?? -1);
      switch (frame.op) {
        case 1:
          ws.send(JSON.stringify({ op: 11 }));
          break;
        case 2:
          this.identify(ws, frame.d ?? {});
          break;
        case 6:
          this.resume(ws, frame.d ?? {});
          break;
        default:
          break;
      }
    });
  }

  private identify(ws: WebSocket, data: Json): void {
    if (data.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    if (typeof data.intents !== 'number' || (data.intents & 1) !== 1) {
      this.problems.push(`gateway: IDENTIFY without the Guilds intent (${String(data.intents)})`);
    }
    const requested = Array.isArray(data.shard) ? data.shard.map(Number) : [0, 1];
    const shard = [requested[0] ?? 0, requested[1] ?? 1] as const;
    this.identified.push(shard);
    const session: GatewaySession = {
      id: `session-${snowflake()}`,
      seq: 0,
      socket: ws,
      sent: [],
      queued: [],
    };
    this.sessions.set(session.id, session);
    this.shardSessions.set(shard[0], session);
    const guilds = [...Array(this.shardCount).keys()]
      .map((i) => this.guildOnShard(i))
      .filter((id) => this.shardCount === 1 || this.shardOf(id) === shard[0]);
    this.session = session;
    this.sessionReady = true;
    this.sendDispatch('READY', {
      v: 10,
      user: { ...this.userJson(this.bot), bot: true, verified: true, mfa_enabled: false },
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      user_settings: {},
      _trace: ['fake-discord'],
    });
    for (const id of guilds) this.sendDispatch('GUILD_CREATE', this.guildJson(id));
  }

  private guildJson(guildId = this.guildId): Json {
    return {
      id: guildId,
      name: 'Newsroom',
      icon: null,
      owner_id: '4234567890123456789',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          position: 0,
          permissions: '2248473465835073',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
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
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [
        {
          id: this.channelId,
          type: 0,
          name: 'news',
          position: 0,
          permission_overwrites: [],
          guild_id: guildId,
        },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private resume(ws: WebSocket, data: Json): void {
    const session = typeof data.session_id === 'string' ? this.sessions.get(data.session_id) : undefined;
    if (!session || data.token !== this.token) {
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.socket = ws;
    this.session = session;
    const from = typeof data.seq === 'number' ? data.seq : 0;
    for (const item of session.sent) if (item.s > from) ws.send(item.frame);
    this.sessionReady = true;
    this.sendDispatch('RESUMED', { _trace: ['fake-discord'] });
    this.flushQueued(session);
  }

  // ── REST ────────────────────────────────────────────────────────────────────────────────────

  private readBody(req: IncomingMessage): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('error', reject);
      req.on('end', () => {
        if (chunks.length === 0) return resolve(undefined);
        const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
        try {
          resolve(JSON.parse(text) as unknown);
        } catch {
          resolve({ __unparseable: text });
        }
      });
    });
  }

  private record(
    req: IncomingMessage,
    path: string,
    query: string,
    body: unknown,
    status: number,
    problems: string[],
  ) {
    this.requests.push({ method: req.method ?? '', path, query, body, status, problems, at: Date.now() });
    this.problems.push(...problems.map((p) => `${req.method} ${path}: ${p}`));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Latency is measured to the moment the request reaches the fake, before its body is read
    // and checked: the fake's own work never counts against the bot.
    const arrived = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    const body = await this.readBody(req);
    const fault = this.faults.find((f) => (f.times ?? 0) > 0 && f.match(method, path));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      this.requests.push({
        method,
        path,
        query: url.search,
        body,
        status: fault.status === 'hang' ? 0 : fault.status,
        problems: [],
        at: Date.now(),
      });
      if (fault.status === 'hang') return; // the connection stays open until the bot gives up
      sendJson(res, fault.status, fault.body, { ...(fault.headers ?? {}) });
      return;
    }
    const reply = (status: number, payload?: unknown, problems: string[] = []) => {
      this.record(req, path, url.search, body, status, problems);
      if (problems.length > 0) {
        sendJson(res, 400, { code: 50035, message: 'Invalid Form Body', errors: problems });
        return;
      }
      sendJson(res, status, payload);
    };
    const parts = path.split('/').filter(Boolean); // api, v10, ...
    if (parts[0] !== 'api' || parts[1] !== 'v10') {
      reply(404, { code: 0, message: '404: Not Found' }, []);
      return;
    }
    const route = parts.slice(2);
    const authorised = req.headers.authorization === `Bot ${this.token}`;

    if (method === 'GET' && route.join('/') === 'gateway/bot') {
      if (!authorised) return reply(401, { code: 0, message: '401: Unauthorized' });
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && route[0] === 'interactions' && route[3] === 'callback') {
      return this.callback(
        route[1] ?? '',
        route[2] ?? '',
        body,
        url.searchParams.get('with_response') === 'true',
        reply,
        arrived,
      );
    }
    if (route[0] === 'webhooks' && route[1] === this.applicationId) {
      return this.webhook(method, route.slice(2), body, reply);
    }
    if (method === 'PUT' && route[0] === 'applications' && route[1] === this.applicationId) {
      if (!authorised) return reply(401, { code: 0, message: '401: Unauthorized' });
      const problems = checkCommandsBulk(body);
      const list = Array.isArray(body) ? body : [];
      const registered = list.map((command: Json) => ({
        id: snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        default_member_permissions: null,
        type: 1,
        ...command,
        ...(route[2] === 'guilds' ? { guild_id: route[3] } : {}),
      }));
      if (problems.length === 0) this.commands.set(path, registered);
      return reply(200, registered, problems);
    }
    if (method === 'POST' && route[0] === 'channels' && route[2] === 'messages') {
      if (!authorised) return reply(401, { code: 0, message: '401: Unauthorized' });
      const channel = route[1] ?? '';
      if (channel !== this.channelId) return reply(404, { code: 10003, message: 'Unknown Channel' });
      const problems = [...checkChannelMessage(body), ...this.referenceProblems(channel, body)];
      this.mentionProblems.push(...mentionProblems(body, `message to ${channel}`));
      if (problems.length > 0) return reply(400, undefined, problems);
      const message = this.storeMessage(channel, body as Json);
      return reply(200, this.messageJson(message));
    }
    reply(404, { code: 0, message: '404: Not Found' });
  }

  /** A reply must point at a message of the same channel, unless it may go out without the reference. */
  private referenceProblems(channel: string, body: unknown): string[] {
    const reference = (body as Json | undefined)?.message_reference as Json | undefined;
    if (!reference || typeof reference !== 'object') return [];
    const target =
      this.memberMessages.get(String(reference.message_id)) ??
      this.messages.get(String(reference.message_id));
    const sameChannel = target !== undefined && target.channel_id === channel;
    if (sameChannel || reference.fail_if_not_exists === false) return [];
    return [`message: message_reference: Unknown message ${String(reference.message_id)}`];
  }

  private storeMessage(channel: string, data: Json | undefined, interactionId?: string): FakeMessage {
    const message: FakeMessage = {
      id: snowflake(),
      channel_id: channel,
      content: typeof data?.content === 'string' ? data.content : '',
      embeds: (data?.embeds as Json[] | undefined) ?? [],
      components: (data?.components as Json[] | undefined) ?? [],
      flags: typeof data?.flags === 'number' ? data.flags : 0,
      interactionId,
      allowed_mentions: data?.allowed_mentions,
      ...(data?.message_reference ? { message_reference: data.message_reference } : {}),
    };
    this.messages.set(message.id, message);
    return message;
  }

  private applyUpdate(message: FakeMessage, data: Json | undefined): void {
    if (!data) return;
    if (typeof data.content === 'string') message.content = data.content;
    if (Array.isArray(data.embeds)) message.embeds = data.embeds as Json[];
    if (Array.isArray(data.components)) message.components = data.components as Json[];
  }

  private callback(
    id: string,
    token: string,
    body: unknown,
    withResponse: boolean,
    reply: (status: number, payload?: unknown, problems?: string[]) => void,
    arrived: number,
  ): Promise<void> | void {
    const pending = this.pending.get(id);
    if (!pending || pending.token !== token)
      return reply(404, { code: 10062, message: 'Unknown interaction' });
    const latencyMs = arrived - pending.dispatchedAt;
    if (latencyMs > CALLBACK_DEADLINE_MS) return reply(404, { code: 10062, message: 'Unknown interaction' });
    if (pending.answered) {
      return reply(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
    }
    const checks = interactionCallbackChecks(body, pending.type);
    if (!this.schemaWorker) {
      const problems = runChecks(checks, body);
      if (problems.length > 0) return reply(400, undefined, problems);
      return this.accept(pending, body, withResponse, reply, latencyMs);
    }
    // Checked beside the event loop: the interaction counts as answered meanwhile (a second
    // callback gets 40060), and again as unanswered when the body is rejected.
    pending.answered = true;
    return this.workerProblems(checks, body).then((problems) => {
      if (problems.length === 0) return this.accept(pending, body, withResponse, reply, latencyMs);
      pending.answered = false;
      reply(400, undefined, problems);
    });
  }

  /** Problems of `checks` on `body`, with the schema checks done by the worker thread. */
  private async workerProblems(checks: Checks, body: unknown): Promise<string[]> {
    const worker = this.schemaWorker!;
    const schemaProblems = await Promise.all(
      checks.schemas.map(
        ([schema, where]) =>
          new Promise<string[]>((resolve) => {
            const id = (this.workerRequests += 1);
            this.workerWaiting.set(id, (issues) => resolve(issueProblems(issues, where)));
            worker.postMessage({ id, schema, body });
          }),
      ),
    );
    return [...schemaProblems.flat(), ...checks.problems];
  }

  /** Records a valid callback: the answer, the message it creates or changes. */
  private accept(
    pending: PendingInteraction,
    body: unknown,
    withResponse: boolean,
    reply: (status: number, payload?: unknown, problems?: string[]) => void,
    latencyMs: number,
  ): void {
    const id = pending.id;
    const callback = body as { type: number; data?: Json };
    // Defers (5, 6) and autocomplete results (8) carry no text that could ping.
    if (callback.type === 4 || callback.type === 7) {
      this.mentionProblems.push(...mentionProblems(callback.data, `callback ${callback.type}`));
    }
    pending.answered = true;
    let message: FakeMessage | undefined;
    if (callback.type === 4 || callback.type === 5) {
      message = this.storeMessage(
        this.channelId,
        callback.type === 4 ? callback.data : { flags: callback.data?.flags },
        id,
      );
      pending.message = message;
    } else if (callback.type === 7 && pending.message) {
      this.applyUpdate(pending.message, callback.data);
      message = pending.message;
    }
    if (callback.type === 5) pending.deferred = true;
    const answer: InteractionAnswer = {
      interactionId: id,
      type: callback.type,
      data: callback.data ?? {},
      latencyMs,
      message,
    };
    if (callback.type !== 5) pending.resolve(answer);
    reply(
      withResponse ? 200 : 204,
      withResponse
        ? {
            interaction: {
              id,
              type: pending.type,
              response_message_loading: callback.type === 5,
              response_message_ephemeral: false,
            },
            ...(message ? { resource: { type: callback.type, message: this.messageJson(message) } } : {}),
          }
        : undefined,
    );
  }

  private webhook(
    method: string,
    route: string[],
    body: unknown,
    reply: (status: number, payload?: unknown, problems?: string[]) => void,
  ): void {
    const token = route[0] ?? '';
    const pending = [...this.pending.values()].find((p) => p.token === token);
    if (!pending) return reply(404, { code: 10015, message: 'Unknown Webhook' });
    if (performance.now() - pending.dispatchedAt > 15 * 60_000)
      return reply(401, { code: 50027, message: 'Invalid Webhook Token' });
    const original = route[1] === 'messages' && route[2] === '@original';
    if (method === 'PATCH' && original) {
      if (!pending.message) return reply(404, { code: 10008, message: 'Unknown Message' });
      const problems = checkWebhookEdit(body);
      this.mentionProblems.push(...mentionProblems(body, 'edit'));
      if (problems.length === 0) this.applyUpdate(pending.message, body as Json);
      if (pending.deferred && problems.length === 0) {
        pending.deferred = false;
        pending.resolve({
          interactionId: pending.id,
          type: 5,
          data: body as Json,
          latencyMs: performance.now() - pending.dispatchedAt,
          message: pending.message,
        });
      }
      return reply(200, this.messageJson(pending.message), problems);
    }
    if (method === 'GET' && original && pending.message) return reply(200, this.messageJson(pending.message));
    if (method === 'POST' && route.length === 1) {
      const problems = checkFollowUp(body);
      this.mentionProblems.push(...mentionProblems(body, 'follow-up'));
      const message = this.storeMessage(this.channelId, body as Json, pending.id);
      return reply(200, this.messageJson(message), problems);
    }
    reply(404, { code: 0, message: '404: Not Found' });
  }
}
