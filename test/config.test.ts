import { ConfigError, CONFIG_DEFAULTS, loadConfig } from '../src/config';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fake-token-for-tests-only';

describe('configuration', () => {
  it('runs with nothing set: console mode and the defaults', () => {
    expect(loadConfig({})).toEqual({
      discordToken: undefined,
      discordClientId: undefined,
      discordGuildId: undefined,
      discordApiUrl: CONFIG_DEFAULTS.discordApiUrl,
      discordPublicKey: undefined,
      knowledgeDir: './knowledge',
      logLevel: 'info',
      announceChannelId: undefined,
      shardCount: undefined,
      shardIds: undefined,
      cooldownSeconds: 3,
    });
  });

  it('reads every variable of the contract', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      KNOWLEDGE_DIR: '/srv/knowledge',
      LOG_LEVEL: 'DEBUG',
      ANNOUNCE_CHANNEL_ID: '323456789012345678',
      SHARD_COUNT: '4',
      SHARD_IDS: '0, 2',
      DISCORD_PUBLIC_KEY: 'A'.repeat(64),
      COOLDOWN_SECONDS: '0',
    });
    expect(config).toMatchObject({
      discordToken: TOKEN,
      discordApiUrl: 'http://127.0.0.1:9999/api',
      knowledgeDir: '/srv/knowledge',
      logLevel: 'debug',
      shardCount: 4,
      shardIds: [0, 2],
      discordPublicKey: 'a'.repeat(64),
      cooldownSeconds: 0,
    });
  });

  it('lets --knowledge override KNOWLEDGE_DIR', () => {
    expect(loadConfig({ KNOWLEDGE_DIR: 'a' }, { knowledgeDir: 'b' }).knowledgeDir).toBe('b');
  });

  it.each([
    [{ DISCORD_CLIENT_ID: 'abc' }, 'DISCORD_CLIENT_ID must be a Discord id (17 to 20 digits), got "abc"'],
    [
      { DISCORD_API_URL: 'not a url' },
      'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, got "not a url"',
    ],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, got "loud"',
    ],
    [{ SHARD_COUNT: '0' }, 'SHARD_COUNT must be a whole number of at least 1, got "0"'],
    [{ SHARD_IDS: '0' }, 'SHARD_IDS needs SHARD_COUNT (the total number of shards)'],
    [
      { SHARD_COUNT: '2', SHARD_IDS: '0,2' },
      'SHARD_IDS must be a comma-separated list of shard ids below SHARD_COUNT (2), got "0,2"',
    ],
    [{ COOLDOWN_SECONDS: '-1' }, 'COOLDOWN_SECONDS must be a number of seconds (0 or more), got "-1"'],
  ])('rejects %j with the variable name and what is expected', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('never echoes a malformed token in its error', () => {
    const bad = 'secret with spaces but long enough';
    let thrown: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: bad });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).not.toContain(bad);
  });
});
