import { config as loadDotenv } from 'dotenv';

/** pino's levels, lowest to highest. */
export const LOG_LEVELS = Object.freeze([
  'trace',
  'debug',
  'info',
  'warn',
  'error',
  'fatal',
  'silent',
] as const);
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The validated configuration. The one place environment names and defaults live. */
export interface Config {
  /** Bot token; without it `start` runs the local console. Never logged. */
  readonly discordToken?: string;
  readonly discordClientId?: string;
  readonly discordGuildId?: string;
  /** REST base URL, e.g. `https://discord.com/api`. */
  readonly discordApiUrl: string;
  readonly discordPublicKey?: string;
  readonly knowledgeDir: string;
  readonly logLevel: LogLevel;
  readonly announceChannelId?: string;
  readonly shardCount?: number;
  readonly shardIds?: readonly number[];
  /** Seconds a user waits between two commands (0 turns the cooldown off). */
  readonly cooldownSeconds: number;
}

/** Defaults for every optional setting. */
export const CONFIG_DEFAULTS = Object.freeze({
  discordApiUrl: 'https://discord.com/api',
  knowledgeDir: './knowledge',
  logLevel: 'info' as LogLevel,
  cooldownSeconds: 3,
});

/** A configuration value that is not what it should be: names the variable and what is expected. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const isSnowflake = (value: string): boolean =>
  value.length >= 17 && value.length <= 20 && [...value].every((c) => c >= '0' && c <= '9');
const isWholeNumber = (value: string): boolean =>
  value.length > 0 && [...value].every((c) => c >= '0' && c <= '9');

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates the configuration from an environment (`process.env` after dotenv).
 * @throws ConfigError naming the variable and what is expected.
 */
export function loadConfig(env: Env, overrides: { knowledgeDir?: string } = {}): Config {
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const snowflake = (name: string): string | undefined => {
    const value = text(name);
    if (value !== undefined && !isSnowflake(value)) {
      throw new ConfigError(`${name} must be a Discord id (17 to 20 digits), got "${value.slice(0, 40)}"`);
    }
    return value;
  };
  const token = text('DISCORD_TOKEN');
  if (token !== undefined && (token.length < 20 || /\s/.test(token))) {
    throw new ConfigError(
      'DISCORD_TOKEN does not look like a bot token (copy it from the Bot page of your Discord application)',
    );
  }
  const apiUrl = text('DISCORD_API_URL') ?? CONFIG_DEFAULTS.discordApiUrl;
  try {
    const url = new URL(apiUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(
      `DISCORD_API_URL must be an http(s) URL such as ${CONFIG_DEFAULTS.discordApiUrl}, got "${apiUrl}"`,
    );
  }
  const level = (text('LOG_LEVEL') ?? CONFIG_DEFAULTS.logLevel).toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  }
  const publicKey = text('DISCORD_PUBLIC_KEY');
  if (
    publicKey !== undefined &&
    !(publicKey.length === 64 && [...publicKey.toLowerCase()].every((c) => '0123456789abcdef'.includes(c)))
  ) {
    throw new ConfigError(
      "DISCORD_PUBLIC_KEY must be the 64 hexadecimal characters shown on your application's General Information page",
    );
  }
  const shardCountText = text('SHARD_COUNT');
  if (shardCountText !== undefined && (!isWholeNumber(shardCountText) || Number(shardCountText) < 1)) {
    throw new ConfigError(`SHARD_COUNT must be a whole number of at least 1, got "${shardCountText}"`);
  }
  const shardCount = shardCountText === undefined ? undefined : Number(shardCountText);
  const shardIdsText = text('SHARD_IDS');
  let shardIds: number[] | undefined;
  if (shardIdsText !== undefined) {
    const parts = shardIdsText.split(',').map((p) => p.trim());
    if (shardCount === undefined)
      throw new ConfigError('SHARD_IDS needs SHARD_COUNT (the total number of shards)');
    if (!parts.every((p) => isWholeNumber(p) && Number(p) < shardCount)) {
      throw new ConfigError(
        `SHARD_IDS must be a comma-separated list of shard ids below SHARD_COUNT (${shardCount}), got "${shardIdsText}"`,
      );
    }
    shardIds = parts.map(Number);
  }
  const cooldownText = text('COOLDOWN_SECONDS');
  if (cooldownText !== undefined && !(Number.isFinite(Number(cooldownText)) && Number(cooldownText) >= 0)) {
    throw new ConfigError(`COOLDOWN_SECONDS must be a number of seconds (0 or more), got "${cooldownText}"`);
  }
  return Object.freeze({
    discordToken: token,
    discordClientId: snowflake('DISCORD_CLIENT_ID'),
    discordGuildId: snowflake('DISCORD_GUILD_ID'),
    discordApiUrl: apiUrl.replace(/\/+$/, ''),
    discordPublicKey: publicKey?.toLowerCase(),
    knowledgeDir: overrides.knowledgeDir ?? text('KNOWLEDGE_DIR') ?? CONFIG_DEFAULTS.knowledgeDir,
    logLevel: level as LogLevel,
    announceChannelId: snowflake('ANNOUNCE_CHANNEL_ID'),
    shardCount,
    shardIds,
    cooldownSeconds: cooldownText === undefined ? CONFIG_DEFAULTS.cooldownSeconds : Number(cooldownText),
  });
}

/** Loads `.env` (if present) into `process.env` without overriding variables already set. */
export function loadDotenvFile(path?: string): void {
  loadDotenv({ path, quiet: true });
}
