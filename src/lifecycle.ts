import { problemText } from './app';
import { KnowledgeStore } from './knowledge/store';
import type { Logger } from './logger';

/** Signals that stop a long-running process (bot, shard manager, HTTP endpoint) cleanly. */
export const SHUTDOWN_SIGNALS = Object.freeze(['SIGINT', 'SIGTERM'] as const);

/** Resolves on the first shutdown signal, then stops listening for them. */
export function nextShutdownSignal(logger: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handlers = SHUTDOWN_SIGNALS.map((signal) => {
      const handler = (): void => {
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
 * Loads the knowledge folder for a long-running front end: logs the rejected files, logs every
 * reload (or why it was refused), and watches the folder. The store loads the folder itself, so
 * that `/reload` works from the first snapshot on. Call `stop()` on the store when done.
 */
export function watchedKnowledge(dir: string, logger: Logger): KnowledgeStore {
  const store = new KnowledgeStore(dir);
  for (const problem of store.knowledge.problems) logger.warn({ file: problem.file }, problemText(problem));
  for (const warning of store.openReport.warnings) logger.warn(warning);
  const { warnings: _warnings, ...opened } = store.openReport;
  logger.info(opened, 'knowledge opened');
  store.onReload((report) => {
    if (report.swapped) logger.info({ ...report, problems: report.problems.length }, 'knowledge reloaded');
    else
      logger.warn(
        { reason: report.keptBecause },
        'knowledge reload rejected; keeping the previous briefings',
      );
  });
  store.watch();
  return store;
}
