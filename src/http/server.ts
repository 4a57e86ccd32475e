/**
 * The HTTP interactions endpoint: Discord posts every interaction to it, signed with the
 * application's key, and reads the answer from the HTTP response. The endpoint keeps no state
 * between requests (the knowledge index is read-only), so any number of copies can run behind a
 * load balancer.
 *
 * - `POST /` or `POST /interactions`: verifies the Ed25519 signature (401 when it does not verify
 *   or the timestamp is more than five minutes off), answers PING with PONG, and answers commands,
 *   autocomplete and buttons through the same router, registry and reply module as the gateway
 *   bot. Answers that take too long are deferred and follow over REST.
 * - `GET /healthz`: 200 while serving, 503 while shutting down (so a load balancer drains it).
 * - Bodies over the size limit get 413; slow or stalled requests time out.
 * - `close()` stops accepting, lets answers in flight finish (bounded), then closes connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Knowledge } from '../app';
import { AnswerCache } from '../discord/answer-cache';
import type { Cooldown } from '../discord/cooldown';
import { ArgsStore } from '../discord/custom-id';
import { routeInteraction, type InteractionLike, type RouterDeps } from '../discord/interactions';
import type { Logger } from '../logger';
import { faultReply, type ChannelMessageBody } from '../render/reply';
import { INTERACTION_RESPONSE_DEADLINE_MS } from '../render/limits';
import { adaptInteraction, deferralFor, INTERACTION_TYPES, readEnvelope } from './adapt';
import { CALLBACK_TYPES, InteractionExchange, type InteractionCallback } from './exchange';
import type { FollowUpClient } from './follow-up';
import { publicKeyFromHex, SIGNATURE_HEADERS, verifyInteractionRequest, VERIFY_DEFAULTS } from './verify';

/** Settings of the endpoint. */
export const HTTP_DEFAULTS = Object.freeze({
  /** Paths that take interactions (configure one of them as the Interactions Endpoint URL). */
  interactionPaths: Object.freeze(['/', '/interactions']),
  healthPath: '/healthz',
  /** Largest request body accepted; Discord's interactions are far smaller. */
  maxBodyBytes: 256 * 1024,
  /** Defer an answer that is not ready this long after the request arrived (Discord waits 3 s). */
  deferAfterMs: INTERACTION_RESPONSE_DEADLINE_MS - 1_000,
  /** Time allowed for a whole request to arrive, and for its headers. */
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  /** How long `close()` waits for answers and follow-ups in flight. */
  drainTimeoutMs: 5_000,
  maxSkewSeconds: VERIFY_DEFAULTS.maxSkewSeconds,
});

/** Options of {@link createInteractionServer}. */
export interface InteractionServerOptions {
  /** The application's public key: 64 hex characters, or a key object. */
  readonly publicKey: string | KeyObject;
  /** The current knowledge (swapped on reload). */
  knowledge(): Knowledge;
  readonly logger: Logger;
  /** Where deferred answers follow up. */
  readonly followUps: FollowUpClient;
  /** The per-user cooldown (absent: none). Kept per process: each replica counts its own. */
  readonly cooldown?: Cooldown;
  /** Posts in a channel with the bot token ("Post in channel" buttons); absent without a token. */
  readonly postInChannel?: (channelId: string, body: ChannelMessageBody) => Promise<unknown>;
  readonly deferAfterMs?: number;
  readonly maxBodyBytes?: number;
  readonly drainTimeoutMs?: number;
  /** The clock in milliseconds (signature timestamps, button expiry). */
  now?(): number;
  /** The router (tests wrap it to make answers slow). */
  readonly route?: (interaction: InteractionLike, deps: RouterDeps) => Promise<void>;
}

/** A running endpoint. */
export interface InteractionServer {
  readonly server: Server;
  /** Starts listening; resolves with the bound address. */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Interactions being answered (follow-ups included). */
  inFlight(): number;
  /** Stops accepting, finishes answers in flight (bounded), closes every connection. */
  close(): Promise<void>;
}

/** A request body that is too large. */
class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Texts of the endpoint's own HTTP errors. */
export const HTTP_TEXTS = Object.freeze({
  badSignature: 'invalid request signature',
  notJson: 'the body is not JSON',
  notInteraction: 'the body is not an interaction',
  unsupported: 'this kind of interaction is not handled by this bot',
  tooLarge: 'the body is too large',
  notFound: 'not found: interactions are posted to / or /interactions, health is at /healthz',
  methodNotAllowed: 'method not allowed',
  stopping: 'shutting down',
});

/** Creates the endpoint (not yet listening). */
export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const key = typeof options.publicKey === 'string' ? publicKeyFromHex(options.publicKey) : options.publicKey;
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? HTTP_DEFAULTS.maxBodyBytes;
  const deferAfterMs = options.deferAfterMs ?? HTTP_DEFAULTS.deferAfterMs;
  const route = options.route ?? routeInteraction;
  const logger = options.logger;
  const store = new ArgsStore();
  const deps: RouterDeps = {
    knowledge: options.knowledge,
    logger,
    store,
    now,
    answers: new AnswerCache(),
    ...(options.cooldown ? { cooldown: options.cooldown } : {}),
  };
  const adaptOptions = options.postInChannel ? { postInChannel: options.postInChannel } : {};
  const inFlight = new Set<Promise<unknown>>();
  const startedAt = now();
  let stopping = false;

  const track = (task: Promise<unknown>) => {
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  };

  async function answer(envelopeBody: unknown): Promise<{ status: number; body: unknown }> {
    const envelope = readEnvelope(envelopeBody);
    if (!envelope) return { status: 400, body: { error: HTTP_TEXTS.notInteraction } };
    if (envelope.type === INTERACTION_TYPES.ping) return { status: 200, body: { type: CALLBACK_TYPES.pong } };
    // The exchange needs to know how the interaction defers, which the adapted interaction tells.
    const late: { exchange?: InteractionExchange } = {};
    const interaction = adaptInteraction(
      envelope,
      {
        reply: (body) => late.exchange!.reply(body),
        update: (body) => late.exchange!.update(body),
        respond: (choices) => late.exchange!.respond(choices),
      },
      adaptOptions,
    );
    if (!interaction) return { status: 400, body: { error: HTTP_TEXTS.unsupported } };
    const current = new InteractionExchange(
      { applicationId: envelope.applicationId, token: envelope.token },
      { deferral: deferralFor(interaction), deferAfterMs, followUps: options.followUps },
    );
    late.exchange = current;
    const routed = route(interaction, deps)
      .catch((error: unknown) => logger.error({ err: error, interaction: envelope.id }, 'interaction failed'))
      .then(async () => {
        // The router always answers; should it ever not, the user still gets a reply.
        if (current.responded) return;
        if (interaction.kind === 'autocomplete') await current.respond([]);
        else await current.reply(faultReply());
      })
      .finally(() => current.close());
    track(routed);
    const callback: InteractionCallback = await current.response;
    return { status: 200, body: callback };
  }

  async function handleInteraction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, { error: HTTP_TEXTS.tooLarge }, { connection: 'close' });
        return;
      }
      throw error;
    }
    const verdict = verifyInteractionRequest(
      key,
      header(req, SIGNATURE_HEADERS.signature),
      header(req, SIGNATURE_HEADERS.timestamp),
      raw,
      Math.floor(now() / 1000),
      HTTP_DEFAULTS.maxSkewSeconds,
    );
    if (!verdict.ok) {
      logger.warn({ reason: verdict.reason, remote: req.socket.remoteAddress }, 'request refused: signature');
      sendJson(res, 401, { error: HTTP_TEXTS.badSignature });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8')) as unknown;
    } catch {
      sendJson(res, 400, { error: HTTP_TEXTS.notJson });
      return;
    }
    const result = await answer(body);
    sendJson(res, result.status, result.body);
  }

  function handleHealth(res: ServerResponse): void {
    if (stopping) {
      sendJson(res, 503, { status: 'stopping' });
      return;
    }
    const knowledge = options.knowledge();
    sendJson(res, 200, {
      status: 'ok',
      briefings: knowledge.index.briefings.length,
      commands: knowledge.registry.commands.length,
      inFlight: inFlight.size,
      uptimeSeconds: Math.round((now() - startedAt) / 1000),
    });
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const task = (async () => {
      if (path === HTTP_DEFAULTS.healthPath) {
        if (req.method === 'GET' || req.method === 'HEAD') handleHealth(res);
        else sendJson(res, 405, { error: HTTP_TEXTS.methodNotAllowed }, { allow: 'GET, HEAD' });
        return;
      }
      if (!HTTP_DEFAULTS.interactionPaths.includes(path)) {
        sendJson(res, 404, { error: HTTP_TEXTS.notFound });
        return;
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, { error: HTTP_TEXTS.methodNotAllowed }, { allow: 'POST' });
        return;
      }
      if (stopping) {
        sendJson(res, 503, { error: HTTP_TEXTS.stopping }, { connection: 'close' });
        return;
      }
      await handleInteraction(req, res);
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      sendJson(res, 500, { error: 'internal error' });
    });
    track(task);
  });
  server.requestTimeout = HTTP_DEFAULTS.requestTimeoutMs;
  server.headersTimeout = HTTP_DEFAULTS.headersTimeoutMs;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    inFlight: () => inFlight.size,
    async close() {
      if (stopping) return;
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.drainTimeoutMs ?? HTTP_DEFAULTS.drainTimeoutMs);
      });
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
