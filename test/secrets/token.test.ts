/**
 * The bot token never leaves the process: not in logs (at debug level, whatever is logged: the
 * config, errors whose message or stack holds it, request headers, nested objects, child-logger
 * bindings, format arguments), not in replies (the fault reply of a handler that failed with the
 * token in its message), not in configuration errors; and `.env` is never committed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Knowledge } from '../../src/app';
import type { CommandSpec } from '../../src/commands/types';
import { loadConfig } from '../../src/config';
import { ArgsStore } from '../../src/discord/custom-id';
import { routeInteraction } from '../../src/discord/interactions';
import { createLogger } from '../../src/logger';
import { REPLY_TEXTS, type ReplyBody } from '../../src/render/reply';
import { knowledge } from '../hostile/discord-path';

/** Looks like a bot token (three dot-separated base64url parts); fake, of course. */
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GzAbCd.fake-token-for-tests_0123456789abcdefghij';
const ROOT = join(__dirname, '..', '..');

/** A debug-level logger with the token configured, writing JSON lines (or pretty text) to memory. */
function capturedLogger(pretty = false) {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'debug' });
  const logger = createLogger(config, { destination, pretty });
  return { logger, config, output: () => chunks.join('') };
}

/** The token and its secret part, the signature (a log might cut the token short). */
const FRAGMENTS = [TOKEN, TOKEN.split('.')[2]!];

function expectNoToken(text: string): void {
  for (const fragment of FRAGMENTS) expect(text).not.toContain(fragment);
}

describe('the token in logs', () => {
  it('is configured (the test would prove nothing otherwise)', () => {
    const { config } = capturedLogger();
    expect(config.discordToken).toBe(TOKEN);
  });

  it('never appears when the config object is logged, in any position', () => {
    const { logger, config, output } = capturedLogger();
    logger.debug({ config }, 'config');
    logger.debug(config, 'config spread');
    logger.info({ settings: { nested: { deeper: config } } }, 'nested config');
    logger.debug({ env: { DISCORD_TOKEN: TOKEN } }, 'environment');
    logger.debug({ list: [TOKEN, { token: TOKEN }] }, 'in arrays');
    expect(output().split('\n').filter(Boolean)).toHaveLength(5);
    expectNoToken(output());
  });

  it('never appears in errors whose message, stack, cause or fields hold it', () => {
    const { logger, output } = capturedLogger();
    const error = new Error(`401: Unauthorized for token ${TOKEN}`);
    const wrapped = new Error('login failed', { cause: error });
    const withFields = Object.assign(new Error('request failed'), {
      requestBody: { json: { token: TOKEN } },
      url: `https://discord.com/api/v10/gateway/bot?token=${TOKEN}`,
    });
    logger.error({ err: error }, 'login');
    logger.error(error);
    logger.error({ err: wrapped }, 'wrapped');
    logger.error({ error: withFields }, 'fields');
    logger.debug({ errors: [error, wrapped] }, 'several');
    logger.fatal(new AggregateError([error], `all failed ${TOKEN}`));
    expect(output()).toContain('"level":60');
    expect(output()).toContain('Unauthorized');
    expectNoToken(output());
  });

  it('keeps the message and stack of a logged error, with the token masked', () => {
    const { logger, output } = capturedLogger();
    logger.error({ err: new Error(`401: Unauthorized for token ${TOKEN}`) }, 'login');
    const line = JSON.parse(output()) as { err: { type: string; message: string; stack: string } };
    expect(line.err.type).toBe('Error');
    expect(line.err.message).toBe('401: Unauthorized for token [redacted]');
    expect(line.err.stack).toMatch(/^Error: 401: Unauthorized for token \[redacted\]\n\s+at /);
  });

  it('masks the secret part of the token even when a log shows the token cut short', () => {
    const { logger, output } = capturedLogger();
    const signature = TOKEN.split('.')[2]!;
    logger.warn({ tail: TOKEN.slice(TOKEN.indexOf(signature)) }, 'cut');
    expect(output()).toContain('"tail":"[redacted]"');
  });

  it('masks the token in pretty output too (the console on a terminal)', () => {
    const { logger, output } = capturedLogger(true);
    logger.error({ err: new Error(`bad ${TOKEN}`), headers: { Authorization: TOKEN } }, `login ${TOKEN}`);
    expect(output()).toContain('login [redacted]');
    expectNoToken(output());
  });

  it('never appears in request-like objects: authorization headers, any capitalisation', () => {
    const { logger, output } = capturedLogger();
    const authorization = `Bot ${TOKEN}`;
    logger.debug({ req: { method: 'GET', headers: { authorization } } }, 'request');
    logger.debug({ headers: { Authorization: authorization } }, 'request headers');
    logger.debug({ request: { options: { headers: { authorization } } } }, 'deep request');
    logger.debug({ response: { config: { headers: { AUTHORIZATION: authorization } } } }, 'response');
    expectNoToken(output());
  });

  it('never appears in messages, format arguments, child bindings or keys', () => {
    const { logger, output } = capturedLogger();
    logger.info(`logging in with ${TOKEN}`);
    logger.info('logging in with %s', TOKEN);
    logger.info({ a: 1 }, 'token %s and %o', TOKEN, { token: TOKEN });
    logger.child({ token: TOKEN, shard: 0 }).warn('child with a token binding');
    logger.child({ note: `uses ${TOKEN}` }).info('child with the token in a binding');
    logger.debug({ [TOKEN]: true }, 'token as a key');
    expect(output().split('\n').filter(Boolean)).toHaveLength(6);
    expectNoToken(output());
  });
});

describe('the token in replies', () => {
  it('is never shown when a handler fails with the token in its error: the fault reply says nothing', async () => {
    const { logger, output } = capturedLogger();
    const base = knowledge();
    const failing: CommandSpec = {
      name: 'boom',
      description: 'fails',
      group: 'meta',
      options: [],
      run: () => {
        throw new Error(`cannot reach Discord with token ${TOKEN}`);
      },
    };
    const withFailure: Knowledge = {
      ...base,
      registry: {
        commands: [...base.registry.commands, failing],
        get: (name) => (name === 'boom' ? failing : base.registry.get(name)),
      },
    };
    const replies: ReplyBody[] = [];
    await routeInteraction(
      {
        id: '1',
        kind: 'command',
        commandName: 'boom',
        userId: '111111111111111111',
        args: {},
        reply: async (body) => void replies.push(body),
      },
      { knowledge: () => withFailure, logger, store: new ArgsStore() },
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]?.embeds?.[0]?.description).toBe(REPLY_TEXTS.fault);
    expectNoToken(JSON.stringify(replies));
    expect(output()).toContain('interaction failed');
    expectNoToken(output());
  });

  it('is never echoed by a configuration error about the token', () => {
    for (const bad of [`${TOKEN} extra`, TOKEN.slice(0, 12)]) {
      expect(() => loadConfig({ DISCORD_TOKEN: bad })).toThrow(/DISCORD_TOKEN/);
      try {
        loadConfig({ DISCORD_TOKEN: bad });
      } catch (error) {
        expect((error as Error).message).not.toContain(bad.slice(0, 12));
      }
    }
  });
});

describe('.env', () => {
  it('is listed in .gitignore', () => {
    const lines = readFileSync(join(ROOT, '.gitignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('.env');
  });

  (existsSync(join(ROOT, '.git')) ? it : it.skip)('is ignored by git', () => {
    const check = spawnSync('git', ['check-ignore', '--quiet', '--no-index', '.env'], { cwd: ROOT });
    expect(check.status).toBe(0);
  });
});
