/**
 * Plays Discord's part towards an HTTP interactions endpoint: builds interactions as Discord
 * posts them, signs them with an Ed25519 key pair made for the test (as Discord signs with the
 * application's private key), and posts them over real HTTP.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { request } from 'node:http';
import { publicKeyToHex } from '../../src/http/verify';
import { channelMessageJson } from '../helpers/discord-json';

type Json = Record<string, unknown>;

/** A key pair for one test run: the public half goes into DISCORD_PUBLIC_KEY. */
export interface TestKeys {
  readonly publicKeyHex: string;
  readonly privateKey: KeyObject;
}

export function makeKeys(): TestKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKeyHex: publicKeyToHex(publicKey), privateKey };
}

/** The headers Discord sends: the signature of timestamp + body. */
export function signatureHeaders(
  privateKey: KeyObject,
  body: string,
  timestamp: number,
): Record<string, string> {
  const stamp = String(timestamp);
  const signature = sign(null, Buffer.from(stamp + body, 'utf8'), privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': stamp };
}

/** An HTTP response as the test sees it. */
export interface HttpReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  readonly json: Json | undefined;
}

/** Sends one HTTP request and reads the whole response. */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Json | undefined;
        try {
          json = JSON.parse(text) as Json;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Options of one signed post. */
export interface PostOptions {
  /** Signature time in seconds (default: now). */
  readonly timestamp?: number;
  /** Sign with this key instead of the application's. */
  readonly signWith?: KeyObject;
  /** Change the body after signing. */
  readonly tamper?: (body: string) => string;
  /** Send without the signature headers. */
  readonly unsigned?: boolean;
}

/** Posts interactions to an endpoint, signed as Discord signs them. */
export class DiscordSigner {
  constructor(
    readonly endpoint: string,
    readonly keys: TestKeys,
  ) {}

  post(interaction: unknown, options: PostOptions = {}): Promise<HttpReply> {
    const body = JSON.stringify(interaction);
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers = options.unsigned
      ? {}
      : signatureHeaders(options.signWith ?? this.keys.privateKey, body, timestamp);
    const sent = options.tamper ? options.tamper(body) : body;
    return httpRequest(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
        ...headers,
      },
      body: sent,
    });
  }
}

// ── interactions as Discord posts them ──────────────────────────────────────────────────────

export const APPLICATION_ID = '1234567890123456789';
export const GUILD_ID = '2234567890123456789';
export const CHANNEL_ID = '3234567890123456789';

let counter = 0;
/** A fresh snowflake-shaped id. */
export function snowflake(): string {
  counter = (counter + 1) % 4096;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) | BigInt(counter)).toString();
}

/** A member of the test guild. */
export interface TestUser {
  readonly id: string;
  readonly username: string;
  /** The member's permissions bitfield (default: an ordinary member's, without Manage Server). */
  readonly permissions?: string;
}

/** An ordinary member's permissions: no Administrator, no Manage Server. */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** Manage Server (1 << 5) on top of an ordinary member's. */
export const MANAGER_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | 32n).toString();

export const reader = (): TestUser => ({ id: snowflake(), username: 'reader' });

function userJson(user: TestUser): Json {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.username,
    avatar: null,
  };
}

function envelope(type: number, user: TestUser, data?: Json): Json & { id: string; token: string } {
  const id = snowflake();
  return {
    id,
    application_id: APPLICATION_ID,
    type,
    token: `itoken-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'news' },
    member: {
      user: userJson(user),
      roles: [],
      permissions: user.permissions ?? MEMBER_PERMISSIONS,
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    ...(data ? { data } : {}),
  };
}

type OptionValue = string | boolean | number | TestUser;

function options(values: Readonly<Record<string, OptionValue>>, focused?: string) {
  const list: Json[] = [];
  const users: Record<string, Json> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'object') {
      list.push({ name, type: 6, value: value.id });
      users[value.id] = userJson(value);
    } else {
      const type = typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3;
      list.push({ name, type, value, ...(name === focused ? { focused: true } : {}) });
    }
  }
  return { list, resolved: Object.keys(users).length > 0 ? { users } : undefined };
}

/** The PING Discord sends when the endpoint URL is saved, and now and then after. */
export function pingInteraction(): Json {
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type: 1,
    token: `itoken-${snowflake()}`,
    version: 1,
  };
}

/** A slash command with its options. */
export function commandInteraction(
  name: string,
  values: Readonly<Record<string, OptionValue>> = {},
  user: TestUser = reader(),
) {
  const { list, resolved } = options(values);
  return envelope(2, user, {
    id: snowflake(),
    name,
    type: 1,
    guild_id: GUILD_ID,
    options: list,
    ...(resolved ? { resolved } : {}),
  });
}

/** An autocomplete request for option `focused`. */
export function autocompleteInteraction(
  name: string,
  focused: string,
  values: Readonly<Record<string, string | boolean | number>>,
  user: TestUser = reader(),
) {
  const { list } = options(values, focused);
  return envelope(4, user, { id: snowflake(), name, type: 1, guild_id: GUILD_ID, options: list });
}

/** A message context-menu command used on a message with `content`. */
export function messageCommandInteraction(name: string, content: string, user: TestUser = reader()) {
  const target = channelMessageJson({
    id: snowflake(),
    channel_id: CHANNEL_ID,
    author: userJson({ id: snowflake(), username: 'poster' }),
    content,
  });
  return envelope(2, user, {
    id: snowflake(),
    name,
    type: 3,
    guild_id: GUILD_ID,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
  });
}

/** A click on a button of a message the bot posted. */
export function buttonInteraction(customId: string, user: TestUser, message: Json = {}) {
  return {
    ...envelope(3, user, { custom_id: customId, component_type: 2 }),
    message: {
      id: snowflake(),
      channel_id: CHANNEL_ID,
      content: '',
      embeds: [],
      components: [],
      flags: 0,
      ...message,
    },
  };
}

/** The buttons of a message body, with their labels. */
export function buttonsOf(data: unknown): { label: string; custom_id: string }[] {
  const out: { label: string; custom_id: string }[] = [];
  const rows = (data as { components?: { components?: Json[] }[] } | undefined)?.components ?? [];
  for (const row of rows) {
    for (const component of row.components ?? []) {
      out.push({ label: String(component.label ?? ''), custom_id: String(component.custom_id ?? '') });
    }
  }
  return out;
}
