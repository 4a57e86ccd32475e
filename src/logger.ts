import pino, { type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import type { Config } from './config';

export type { Logger };

/** What replaces a secret in the logs. */
export const REDACTED = '[redacted]';

/** Paths pino replaces with "[redacted]" wherever they appear in a log line. */
export const REDACTED_PATHS = Object.freeze([
  'token',
  'discordToken',
  '*.token',
  '*.discordToken',
  'config.discordToken',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'req.headers.authorization',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
]);

/** Shortest token part masked on its own (the signature part of a bot token). */
const SECRET_PART_MIN_LENGTH = 20;

/**
 * The strings to mask for a token: the token, its JSON-escaped form, and its signature (the last
 * dot-separated part), so a log that cut the token before its end still shows no secret.
 */
export function secretForms(token: string | undefined): string[] {
  if (!token) return [];
  const forms = [token, JSON.stringify(token).slice(1, -1)];
  const signature = token.split('.').at(-1);
  if (signature && signature !== token && signature.length >= SECRET_PART_MIN_LENGTH) forms.push(signature);
  return [...new Set(forms)];
}

/** Masks every secret form in a string. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

type FlushableStream = pino.DestinationStream & { flush?(callback?: (error?: Error) => void): void };

/**
 * A stream that masks the secrets in every line before passing it on: the last line of defence,
 * whatever was logged (messages, format arguments, error messages and stacks, child bindings,
 * object keys). pino writes one whole line per call, so a secret is never split across writes.
 */
function maskingStream(target: FlushableStream, secrets: readonly string[]): FlushableStream {
  if (secrets.length === 0) return target;
  return {
    write: (line: string) => target.write(maskSecrets(line, secrets)),
    flush: (callback?: (error?: Error) => void) => {
      if (typeof target.flush === 'function') target.flush(callback);
      else callback?.();
    },
  };
}

/**
 * Creates the logger: pretty output on a TTY, JSON lines otherwise, to stderr so that stdout stays
 * free for answers. The token is redacted by path, and every line written is searched for it (and
 * for its signature part) and masked, so no way of logging it can leak it.
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'discordToken'>,
  options: { pretty?: boolean; destination?: NodeJS.WritableStream; base?: Record<string, unknown> } = {},
): Logger {
  const pretty = options.pretty ?? (process.stderr.isTTY === true && !options.destination);
  const settings: pino.LoggerOptions = {
    level: config.logLevel,
    base: options.base ?? null,
    redact: { paths: [...REDACTED_PATHS], censor: REDACTED },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  };
  const target: FlushableStream = pretty
    ? pinoPretty({
        destination: options.destination ?? 2,
        colorize: !options.destination,
        ignore: 'pid,hostname',
        sync: true,
      })
    : ((options.destination as FlushableStream | undefined) ?? pino.destination({ dest: 2, sync: true }));
  return pino(settings, maskingStream(target, secretForms(config.discordToken)));
}
