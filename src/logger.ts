import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** Paths pino replaces with "[redacted]" wherever they appear in a log line. */
export const REDACTED_PATHS = Object.freeze([
  'token',
  'discordToken',
  '*.token',
  '*.discordToken',
  'config.discordToken',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
]);

/**
 * Creates the logger: pretty output on a TTY, JSON lines otherwise, to stderr so that stdout stays
 * free for answers. The token is redacted by path, and any string equal to it is masked as a
 * last line of defence.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'discordToken'>,
  options: { pretty?: boolean; destination?: NodeJS.WritableStream; base?: Record<string, unknown> } = {},
): Logger {
  const pretty = options.pretty ?? (process.stderr.isTTY === true && !options.destination);
  const token = config.discordToken;
  const scrub = (value: unknown): unknown => (typeof value === 'string' && token && value.includes(token) ? value.split(token).join('[redacted]') : value);
  const settings: pino.LoggerOptions = {
    level: config.logLevel,
    base: options.base ?? null,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map(scrub) as Parameters<typeof method>);
      },
    },
    formatters: {
      log(object) {
        if (!token) return object;
        return JSON.parse(JSON.stringify(object, (_k, v: unknown) => scrub(v))) as Record<string, unknown>;
      },
    },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  };
  if (pretty) {
    return pino(settings, pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname' } }));
  }
  return pino(settings, (options.destination as pino.DestinationStream | undefined) ?? pino.destination({ dest: 2, sync: true }));
}
