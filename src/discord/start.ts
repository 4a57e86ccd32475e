/**
 * The command-line entry points of the Discord front end: `briefing-bot start` with a token and
 * `briefing-bot deploy-commands`.
 */
import { nextShutdownSignal, watchedKnowledge } from '../lifecycle';
import { Routes } from 'discord.js';
import { loadKnowledgeDir } from '../app';
import type { Config } from '../config';
import { AnnouncedLog } from '../knowledge/announced';
import { createLogger } from '../logger';
import { Announcer } from './announce';
import { startBot } from './bot';
import { deployCommands } from './deploy';
import { processShards, runShardManager, shardLogFields } from './sharding';

/** Shutdown settings of `briefing-bot start`. */
export const START_DEFAULTS = Object.freeze({
  /**
   * After the bot stopped (answers drained, client destroyed, logs flushed), the process exits
   * this soon even if a library still holds a handle (e.g. a REST connection that never answered).
   */
  exitAfterStopMs: 250,
});

/**
 * `briefing-bot start` with DISCORD_TOKEN: loads and watches the knowledge folder, logs in, answers
 * until SIGINT or SIGTERM, then finishes answers in flight and exits 0.
 */
export async function startFromCli(
  config: Config,
  values: Readonly<Record<string, unknown>> = {},
): Promise<number> {
  if (values.shards !== undefined) return runShardManager(config, values);
  // A process that runs some of the shards says which in every log line.
  const logger = createLogger(config, { base: shardLogFields(config) });
  const store = watchedKnowledge(config.knowledgeDir, logger);
  // New briefings (hot reload; those present at startup are not new) are announced once, by the
  // process that runs shard 0 (or the only process), so that shard processes do not all post.
  const shards = processShards(config);
  const channelId = config.announceChannelId;
  const announcer =
    channelId !== undefined && (!shards || shards.ids.includes(0))
      ? new Announcer({
          channelId,
          log: new AnnouncedLog(config.knowledgeDir),
          logger,
        })
      : undefined;
  if (announcer) {
    store.onReload((report, knowledge) => {
      if (report.swapped && report.added.length > 0) void announcer.announce(report.added, knowledge);
    });
  }
  const signal = nextShutdownSignal(logger);
  const bot = await startBot(config, store, logger);
  announcer?.attach((channelId, body) => bot.client.rest.post(Routes.channelMessages(channelId), { body }));
  await signal;
  store.stop();
  await bot.stop(announcer?.idle());
  // Anything a library left running must not keep a stopped bot alive.
  setTimeout(() => process.exit(process.exitCode ?? 0), START_DEFAULTS.exitAfterStopMs).unref();
  return 0;
}

/** `briefing-bot deploy-commands [--json]`. */
export async function deployFromCli(config: Config, json = false): Promise<number> {
  const logger = createLogger(config);
  const knowledge = loadKnowledgeDir(config.knowledgeDir);
  const lines: string[] = [];
  const report = await deployCommands(config, knowledge.registry, logger, (line) => lines.push(line));
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${lines.join('\n')}\n`);
  return 0;
}
