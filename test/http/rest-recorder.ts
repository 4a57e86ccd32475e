/**
 * Discord's REST routes that the HTTP endpoint calls (webhook edits and follow-ups with the
 * interaction token, channel messages with the bot token), recording every call and checking its
 * body with Discord's schemas and the house rules on mentions.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkChannelMessage, checkFollowUp, checkWebhookEdit, mentionProblems } from '../e2e/discord-rules';

type Json = Record<string, unknown>;

/** One REST request the endpoint made. */
export interface RestCall {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body: Json;
  /** What Discord would have refused (an empty list: accepted). */
  readonly problems: readonly string[];
}

/** The bot token the recorder accepts on channel routes. */
export const RECORDER_TOKEN = 'recorder.bot.token-0123456789abcdef';

function problemsOf(method: string, path: string, body: Json, authorization: string | undefined): string[] {
  if (path.includes('/channels/')) {
    return [
      ...checkChannelMessage(body),
      ...mentionProblems(body, path),
      ...(authorization === `Bot ${RECORDER_TOKEN}` ? [] : ['channel messages need the bot token']),
    ];
  }
  const edit = method === 'PATCH' && path.endsWith('/messages/@original');
  return [
    ...(edit ? checkWebhookEdit(body) : checkFollowUp(body)),
    ...mentionProblems(body, path),
    ...(authorization ? ['webhook requests carry no bot token'] : []),
  ];
}

/** A local stand-in for Discord's REST API. */
export class RestRecorder {
  readonly calls: RestCall[] = [];
  private waiters: (() => void)[] = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<RestRecorder> {
    const server = createServer();
    const recorder = new RestRecorder(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Json;
        const method = req.method ?? '';
        const authorization = req.headers.authorization;
        const problems = problemsOf(method, path, body, authorization);
        recorder.calls.push({ method, path, authorization, body, problems });
        res.writeHead(problems.length > 0 ? 400 : 200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            problems.length > 0
              ? { code: 50035, message: 'Invalid Form Body', errors: problems }
              : { id: '9234567890123456789', channel_id: '3234567890123456789', ...body },
          ),
        );
        for (const wake of recorder.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return recorder;
  }

  /** The REST base to give the endpoint (DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Resolves with the first call whose path contains `part`. */
  async callFor(part: string, timeoutMs = 5_000): Promise<RestCall> {
    const started = Date.now();
    for (;;) {
      const found = this.calls.find((c) => c.path.includes(part));
      if (found) return found;
      if (Date.now() - started > timeoutMs) throw new Error(`no REST call for ${part}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
