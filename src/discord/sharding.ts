/**
 * Sharding: Discord splits a bot's guilds over gateway connections (shards); shard `i` of `n`
 * receives the events of the guilds with `(guild_id >> 22) % n === i`. Discord requires sharding
 * from 2,500 guilds. The bot holds only a read-only index, so scaling out is running more copies:
 *
 * - `briefing-bot start --shards auto|N`: discord.js's ShardingManager on one machine spawns one
 *   process per shard (`auto`: as many as Discord recommends in `GET /gateway/bot`).
 * - `SHARD_COUNT=N SHARD_IDS=0,1 briefing-bot start`: this process runs exactly those shards, so
 *   shards can be spread over machines. Adding `--shards` runs them as one process each.
 *
 * Every log line of a shard process carries its shard ids.
 */
import { nextShutdownSignal } from '../lifecycle';
import { ShardingManager, type Shard } from 'discord.js';
import { ConfigError, type Config } from '../config';
import { createLogger } from '../logger';

/** Behaviour of the sharding manager. */
export const SHARDING_DEFAULTS = Object.freeze({
  /**
   * Discord lets a bot start one session per 5 seconds in each of `max_concurrency` buckets:
   * shards are spawned this far apart, divided by `max_concurrency`.
   */
  identifyIntervalMs: 5_500,
  /** How long one shard may take to become ready. */
  readyTimeoutMs: 60_000,
  /** How long shutdown waits for the shard processes to exit. */
  exitTimeoutMs: 10_000,
  /** Signals that stop the manager and its shards. */
});

/** Texts of the sharding errors. */
export const SHARDING_TEXTS = Object.freeze({
  badShards: (value: string) => `--shards must be "auto" or a whole number of at least 1, got "${value}"`,
  needsToken: '--shards needs DISCORD_TOKEN: sharding is for the Discord bot.',
  conflict: (shards: number, count: number) =>
    `--shards ${shards} disagrees with SHARD_COUNT=${count}: give one total, or use --shards auto with SHARD_COUNT.`,
  gatewayFailed: (status: number) =>
    `Discord did not say how many shards to run (GET /gateway/bot answered ${status}); check DISCORD_TOKEN or pass --shards N.`,
});

/** Which shards one bot process runs, when it runs a subset. */
export interface ShardAssignment {
  readonly ids: readonly number[];
  readonly count: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The shards this process runs: `SHARD_IDS` of `SHARD_COUNT`, or the one a sharding manager gave
 * it (discord.js passes `SHARDS` and `SHARD_COUNT` to the processes it spawns). Undefined when the
 * process runs every shard itself.
 */
export function processShards(
  config: Pick<Config, 'shardIds' | 'shardCount'>,
  env: Env = process.env,
): ShardAssignment | undefined {
  if (config.shardIds && config.shardCount) return { ids: config.shardIds, count: config.shardCount };
  if (env.SHARDING_MANAGER && env.SHARDS !== undefined && config.shardCount) {
    const ids = String(env.SHARDS)
      .split(',')
      .map((id) => Number(id.replace(/[[\]\s]/g, '')))
      .filter((id) => Number.isInteger(id) && id >= 0);
    if (ids.length > 0) return { ids, count: config.shardCount };
  }
  return undefined;
}

/** Log fields naming this process's shards (empty when it runs them all). */
export function shardLogFields(
  config: Pick<Config, 'shardIds' | 'shardCount'>,
  env: Env = process.env,
): Record<string, unknown> | undefined {
  const shards = processShards(config, env);
  return shards ? { shards: [...shards.ids], shardCount: shards.count } : undefined;
}

/**
 * The value of `--shards`: `auto` or a number.
 * @throws ConfigError for anything else.
 */
export function parseShards(value: string | boolean | undefined): 'auto' | number {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === 'auto') return 'auto';
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1) throw new ConfigError(SHARDING_TEXTS.badShards(text));
  return Number(text);
}

/** What `GET /gateway/bot` says about sharding. */
export interface GatewayAdvice {
  readonly shards: number;
  readonly maxConcurrency: number;
}

/** Asks Discord (at DISCORD_API_URL) how many shards to run and how many may start at once. */
export async function fetchGatewayAdvice(
  config: Pick<Config, 'discordApiUrl' | 'discordToken'>,
): Promise<GatewayAdvice> {
  const response = await fetch(`${config.discordApiUrl}/v10/gateway/bot`, {
    headers: { authorization: `Bot ${config.discordToken ?? ''}` },
  });
  if (!response.ok) throw new ConfigError(SHARDING_TEXTS.gatewayFailed(response.status));
  const body = (await response.json()) as {
    shards?: unknown;
    session_start_limit?: { max_concurrency?: unknown };
  };
  const shards = typeof body.shards === 'number' && body.shards >= 1 ? body.shards : 1;
  const concurrency = body.session_start_limit?.max_concurrency;
  return { shards, maxConcurrency: typeof concurrency === 'number' && concurrency >= 1 ? concurrency : 1 };
}

/** The plan of a sharding manager: how many shards in all, and which of them to spawn here. */
export interface ShardPlan {
  readonly totalShards: number;
  readonly shardList: readonly number[];
  readonly spawnDelayMs: number;
}

/**
 * Works out the plan from `--shards`, SHARD_COUNT/SHARD_IDS and Discord's advice.
 * @throws ConfigError when `--shards N` and SHARD_COUNT disagree.
 */
export function shardPlan(
  shards: 'auto' | number,
  config: Pick<Config, 'shardIds' | 'shardCount'>,
  advice: GatewayAdvice,
): ShardPlan {
  if (typeof shards === 'number' && config.shardCount !== undefined && config.shardCount !== shards) {
    throw new ConfigError(SHARDING_TEXTS.conflict(shards, config.shardCount));
  }
  const totalShards = typeof shards === 'number' ? shards : (config.shardCount ?? advice.shards);
  const shardList = config.shardIds ? [...config.shardIds] : [...Array(totalShards).keys()];
  return {
    totalShards,
    shardList,
    spawnDelayMs: Math.ceil(SHARDING_DEFAULTS.identifyIntervalMs / advice.maxConcurrency),
  };
}

/** Stops one shard process: SIGTERM (it finishes its answers), and waits for it to exit. */
function stopShard(shard: Shard, timeoutMs: number): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    shard.kill();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    shard.kill(); // removes the respawn listener, then sends SIGTERM
  });
}

/**
 * `briefing-bot start --shards auto|N`: spawns one bot process per shard (this same CLI, verb
 * `start`), respawns a shard whose process dies, and on SIGINT/SIGTERM stops them all and exits 0.
 * Resolves with the exit code: 1 when a shard could not start.
 */
export async function runShardManager(
  config: Config,
  values: Readonly<Record<string, unknown>>,
  script: string = require.main?.filename ?? process.argv[1] ?? '',
): Promise<number> {
  if (!config.discordToken) throw new ConfigError(SHARDING_TEXTS.needsToken);
  const shards = parseShards(values.shards as string | boolean | undefined);
  const logger = createLogger(config, { base: { role: 'shard-manager' } });
  const advice =
    shards === 'auto' || config.shardCount === undefined
      ? await fetchGatewayAdvice(config)
      : { shards: config.shardCount, maxConcurrency: 1 };
  const plan = shardPlan(shards, config, advice);
  const manager = new ShardingManager(script, {
    totalShards: plan.totalShards,
    shardList: [...plan.shardList],
    token: config.discordToken,
    mode: 'process',
    respawn: true,
    shardArgs: ['start', '--knowledge', config.knowledgeDir],
    execArgv: [...process.execArgv],
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    // A shard process takes the shard the manager gives it, never this machine's SHARD_IDS.
    delete (shard.env as Record<string, string | undefined>).SHARD_IDS;
    shard.on('spawn', () => {
      logger.info({ shard: shard.id, pid: shard.process?.pid }, 'shard process started');
      if (stopping) void stopShard(shard, SHARDING_DEFAULTS.exitTimeoutMs);
    });
    shard.on('ready', () => logger.info({ shard: shard.id }, 'shard ready'));
    shard.on('death', (child) =>
      logger.warn(
        { shard: shard.id, code: 'exitCode' in child ? child.exitCode : undefined },
        'shard process exited',
      ),
    );
    shard.on('error', (error) => logger.error({ err: error, shard: shard.id }, 'shard error'));
  });
  logger.info(
    { totalShards: plan.totalShards, shards: plan.shardList, delayMs: plan.spawnDelayMs },
    'spawning shards',
  );
  const signal = nextShutdownSignal(logger);
  const spawned = manager
    .spawn({ amount: plan.totalShards, delay: plan.spawnDelayMs, timeout: SHARDING_DEFAULTS.readyTimeoutMs })
    .then(
      () => 'ready' as const,
      (error: unknown) => {
        logger.error({ err: error }, 'a shard could not start');
        return 'failed' as const;
      },
    );
  const first = await Promise.race([spawned, signal]);
  if (first === 'ready') {
    logger.info({ shards: manager.shards.size }, 'all shards ready');
    await signal;
  }
  stopping = true;
  logger.info({ shards: manager.shards.size }, 'stopping shards');
  await Promise.all(
    [...manager.shards.values()].map((shard) => stopShard(shard, SHARDING_DEFAULTS.exitTimeoutMs)),
  );
  logger.info('stopped');
  logger.flush();
  return first === 'failed' ? 1 : 0;
}
