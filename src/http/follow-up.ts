/**
 * Follow-ups over REST for answers that were deferred: the edit of the original response
 * (`PATCH /webhooks/{application}/{token}/messages/@original`) and a follow-up message
 * (`POST /webhooks/{application}/{token}`). Both are authorised by the interaction token in the
 * path, not by the bot token, so the HTTP endpoint needs no bot token at all. discord.js's REST
 * client does the rate limits (429 with Retry-After) and retries of server errors.
 */
import { REST, Routes } from 'discord.js';
import type { ChannelMessageBody, ReplyBody } from '../render/reply';

/** Settings of the follow-up client. */
export const FOLLOW_UP_DEFAULTS = Object.freeze({
  /** Give up on one REST request after this long. */
  timeoutMs: 10_000,
  /**
   * An edit can reach Discord a moment before Discord has taken in the deferred response it
   * edits (it then answers 10008 Unknown Message): retry this many times, this far apart.
   */
  unknownMessageRetries: 3,
  unknownMessageDelayMs: 150,
});

/** Discord's error code for an unknown message. */
const ERROR_UNKNOWN_MESSAGE = 10008;

/** Sends what a deferred interaction still owes. */
export interface FollowUpClient {
  /** Replaces the deferred response with the answer. */
  editOriginal(applicationId: string, token: string, body: ReplyBody): Promise<void>;
  /** Sends an extra message (ephemeral when the body's flags say so). */
  send(applicationId: string, token: string, body: ReplyBody): Promise<void>;
}

/**
 * The body of an edit: the reply without `flags`, which an edit cannot change (whether the
 * message is private was decided when the answer was deferred).
 */
export function editBody(body: ReplyBody): Omit<ReplyBody, 'flags'> {
  const { flags: _flags, ...rest } = body;
  return rest;
}

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | undefined)?.code;

/** A follow-up client on Discord's REST API at `apiUrl` (e.g. `https://discord.com/api`). */
export function restFollowUps(apiUrl: string): FollowUpClient {
  const rest = new REST({ api: apiUrl, timeout: FOLLOW_UP_DEFAULTS.timeoutMs });
  return {
    async editOriginal(applicationId, token, body) {
      const route = Routes.webhookMessage(applicationId, token, '@original');
      for (let attempt = 0; ; attempt += 1) {
        try {
          await rest.patch(route, { body: editBody(body), auth: false });
          return;
        } catch (error) {
          if (
            codeOf(error) !== ERROR_UNKNOWN_MESSAGE ||
            attempt >= FOLLOW_UP_DEFAULTS.unknownMessageRetries
          ) {
            throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_DEFAULTS.unknownMessageDelayMs));
        }
      }
    },
    async send(applicationId, token, body) {
      await rest.post(Routes.webhook(applicationId, token), { body, auth: false });
    },
  };
}

/**
 * Posts messages in channels with the bot token (`POST /channels/{id}/messages`), for the buttons
 * that share a private answer in the channel. Only available when DISCORD_TOKEN is set.
 */
export function restChannelPoster(
  apiUrl: string,
  token: string,
): (channelId: string, body: ChannelMessageBody) => Promise<unknown> {
  const rest = new REST({ api: apiUrl, timeout: FOLLOW_UP_DEFAULTS.timeoutMs }).setToken(token);
  return (channelId, body) => rest.post(Routes.channelMessages(channelId), { body });
}
