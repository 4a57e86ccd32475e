/**
 * The command-line entry points of the Discord front end: `briefing-bot start` with a token and
 * `briefing-bot deploy-commands`.
 */
import { Routes } from 'discord.js';
import { loadKnowledgeDir, problemText } from '../app';
import type { Config } from '../config';
import { AnnouncedLog } from '../knowledge/announced';
import { KnowledgeStore } from '../knowledge/store';
import { createLogger, type Logger } from '../logger';
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

/** Signals that stop the bot cleanly. */
export const SHUTDOWN_SIGNALS = Object.freeze(['SIGINT', 'SIGTERM'] as const);

/** Resolves on the first shutdown signal. */
function shutdownSignal(logger: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handlers = SHUTDOWN_SIGNALS.map((signal) => {
      const handler = () => {
        for (const [s, h] of handlers) process.off(s, h);
        logger.info({ signal }, 'signal received');
        resolve(signal);
      };
      process.on(signal, handler);
      return [signal, handler] as const;
    });
  });
}

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
  // The store loads the folder itself, so that /reload can reload it from the first snapshot on.
  const store = new KnowledgeStore(config.knowledgeDir);
  for (const problem of store.knowledge.problems) logger.warn({ file: problem.file }, problemText(problem));
  store.onReload((report) => {
    if (report.swapped) logger.info({ ...report, problems: report.problems.length }, 'knowledge reloaded');
    else
      logger.warn(
        { reason: report.keptBecause },
        'knowledge reload rejected; keeping the previous briefings',
      );
  });
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
  store.watch();
  const signal = shutdownSignal(logger);
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
