/**
 * `briefing-bot serve-http --port P [--host H]`: the HTTP interactions endpoint as a process.
 * Loads and watches the knowledge folder, serves until SIGINT or SIGTERM, then lets answers in
 * flight finish and exits 0.
 */
import { nextShutdownSignal, watchedKnowledge } from '../lifecycle';
import { ConfigError, type Config } from '../config';
import { Cooldown } from '../discord/cooldown';
import { createLogger } from '../logger';
import { restChannelPoster, restFollowUps } from './follow-up';
import { createInteractionServer } from './server';

/** Where the endpoint listens unless told otherwise. */
export const SERVE_HTTP_DEFAULTS = Object.freeze({
  port: 8080,
  /** All interfaces: the endpoint normally sits behind a load balancer or reverse proxy. */
  host: '0.0.0.0',
});

/** Texts of the start-up errors. */
export const SERVE_HTTP_TEXTS = Object.freeze({
  noPublicKey:
    'serve-http needs DISCORD_PUBLIC_KEY: copy the Public Key from the General Information page of your ' +
    'Discord application into .env or the environment (Discord signs every request with its private key).',
  badPort: (value: string) => `--port must be a whole number from 0 to 65535, got "${value}"`,
});

/**
 * The port from `--port`, or the default.
 * @throws ConfigError when it is not a port number.
 */
export function parsePort(value: string | boolean | undefined): number {
  if (value === undefined) return SERVE_HTTP_DEFAULTS.port;
  const text = String(value).trim();
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65_535) throw new ConfigError(SERVE_HTTP_TEXTS.badPort(text));
  return port;
}

/**
 * Runs the endpoint until a shutdown signal.
 * @throws ConfigError without DISCORD_PUBLIC_KEY or with a bad port.
 */
export async function serveHttpFromCli(
  config: Config,
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (!config.discordPublicKey) throw new ConfigError(SERVE_HTTP_TEXTS.noPublicKey);
  const port = parsePort(values.port);
  const host =
    typeof values.host === 'string' && values.host.trim() ? values.host.trim() : SERVE_HTTP_DEFAULTS.host;
  const logger = createLogger(config);
  const store = watchedKnowledge(config.knowledgeDir, logger);
  const endpoint = createInteractionServer({
    publicKey: config.discordPublicKey,
    knowledge: () => store.knowledge,
    logger,
    followUps: restFollowUps(config.discordApiUrl),
    cooldown: Cooldown.fromConfig(config),
    // Answering needs no bot token; posting a private answer in the channel does.
    ...(config.discordToken
      ? { postInChannel: restChannelPoster(config.discordApiUrl, config.discordToken) }
      : {}),
  });
  const signal = nextShutdownSignal(logger);
  const address = await endpoint.listen(port, host);
  logger.info(
    {
      host: address.address,
      port: address.port,
      briefings: store.knowledge.index.briefings.length,
      commands: store.knowledge.registry.commands.length,
    },
    'listening',
  );
  await signal;
  logger.info({ inFlight: endpoint.inFlight() }, 'shutting down');
  store.stop();
  await endpoint.close();
  logger.info('stopped');
  logger.flush();
  return 0;
}
