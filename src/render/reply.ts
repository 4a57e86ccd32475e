/**
 * The one reply module: every message the bot sends to Discord is built here, so every message gets
 * the same safe defaults.
 *
 * - `allowed_mentions: { parse: [] }` on every reply: nobody is pinged by text in a reply, whatever
 *   it contains (`@everyone`, `<@&role>`, `<@user>`). Only the user given in the `mention` option
 *   may be pinged, through `allowed_mentions.users`.
 * - `hide` → the ephemeral flag (only the asker sees the reply).
 * - Errors are always ephemeral: a user error says what was wrong and suggests what to try; a fault
 *   says something went wrong, without details.
 *
 * Bodies are Discord API JSON (snake_case), so the same body can be checked against Discord's schema.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';
import type { Choice } from '../commands/types';
import { DISCORD_RENDER_DEFAULTS } from './discord';
import { escapeToFit, truncateText } from './discord-markdown';
import {
  AUTOCOMPLETE_CHOICES_MAX,
  CHOICE_NAME_MAX,
  CHOICE_VALUE_MAX,
  EMBED_DESCRIPTION_MAX,
  MESSAGE_EMBEDS_MAX,
  MESSAGE_FLAG_EPHEMERAL,
} from './limits';

/** `allowed_mentions` of a reply: never parses mentions from text; may list the one user to ping. */
export interface AllowedMentions {
  readonly parse: readonly [];
  readonly users?: readonly string[];
}

/** A message body for an interaction reply, an update or an edit (Discord API JSON). */
export interface ReplyBody {
  readonly content?: string;
  /** Left out only in updates that keep the message's embeds. */
  readonly embeds?: readonly APIEmbed[];
  readonly components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
  readonly allowed_mentions: AllowedMentions;
  readonly flags?: number;
}

/** `allowed_mentions` of a message the bot posts in a channel: nobody pinged, not even the replied-to author. */
export interface ChannelAllowedMentions {
  readonly parse: readonly [];
  readonly replied_user: false;
}

/**
 * A message the bot posts in a channel on its own (`POST /channels/{id}/messages`): an
 * announcement, or a check made public as a reply to the message it checks.
 */
export interface ChannelMessageBody {
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
  readonly allowed_mentions: ChannelAllowedMentions;
  /** The message this one replies to; when it is gone, the post goes out without the reference. */
  readonly message_reference?: { readonly message_id: string; readonly fail_if_not_exists: false };
}

/** Options common to replies that carry an answer. */
export interface ReplyOptions {
  /** Only the asker sees the reply (the `hide` option). */
  readonly hide?: boolean;
  /** A user id to point the answer at (the `mention` option): the only user that may be pinged. */
  readonly mention?: string;
  readonly components?: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** Texts of the bot's own notices. */
export const REPLY_TEXTS = Object.freeze({
  fault: 'Something went wrong while answering. The error has been logged; please try again in a moment.',
  faultTitle: 'Something went wrong',
  userErrorTitle: 'Cannot answer that',
  suggestionsLead: 'Did you mean: ',
  cooldownTitle: 'One moment',
  cooldown: 'You are sending commands quickly. Try again',
  published: 'Posted in the channel as a reply to the message.',
});

/** A Discord snowflake: what the `mention` option carries. Anything else is never put in a mention. */
const SNOWFLAKE = /^\d{17,20}$/;

/** The safe default: no mention of any kind is parsed from the text. */
export const NO_MENTIONS: AllowedMentions = Object.freeze({ parse: [] as [] });

/** A reply carrying one page of an answer. */
export function answerReply(embed: APIEmbed, options: ReplyOptions = {}): ReplyBody {
  const mention =
    options.mention !== undefined && SNOWFLAKE.test(options.mention) ? options.mention : undefined;
  return {
    ...(mention ? { content: `<@${mention}>` } : {}),
    embeds: [embed],
    components: options.components ?? [],
    allowed_mentions: mention ? { parse: [], users: [mention] } : NO_MENTIONS,
    ...(options.hide ? { flags: MESSAGE_FLAG_EPHEMERAL } : {}),
  };
}

/** An update of a paged message: new embed and buttons; content, mentions and flags stay as they were. */
export function pageUpdate(
  embed: APIEmbed,
  components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[],
): ReplyBody {
  return { embeds: [embed], components, allowed_mentions: NO_MENTIONS };
}

/** An update that only removes a message's buttons (they expired); the embeds stay. */
export function removeButtonsUpdate(): ReplyBody {
  return { components: [], allowed_mentions: NO_MENTIONS };
}

/** The safe default of channel posts: no mention of any kind, no ping of the replied-to author. */
export const NO_CHANNEL_MENTIONS: ChannelAllowedMentions = Object.freeze({
  parse: [] as [],
  replied_user: false as const,
});

/**
 * A check made public: the asker's private answer (its embeds, and the buttons anyone may use)
 * posted in the channel as a reply to the checked message, pinging nobody.
 */
export function publicReplyBody(
  embeds: readonly APIEmbed[],
  targetMessageId: string,
  components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[] = [],
): ChannelMessageBody {
  return {
    embeds: embeds.slice(0, MESSAGE_EMBEDS_MAX),
    components,
    allowed_mentions: NO_CHANNEL_MENTIONS,
    message_reference: { message_id: targetMessageId, fail_if_not_exists: false },
  };
}

/** An announcement of a new briefing, posted in the announcement channel, pinging nobody. */
export function announcementBody(
  embed: APIEmbed,
  components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[] = [],
): ChannelMessageBody {
  return { embeds: [embed], components, allowed_mentions: NO_CHANNEL_MENTIONS };
}

/**
 * The update of a private check after it was posted publicly: a short note, the same embeds,
 * and the remaining buttons (the "post" button is gone, so it cannot be posted twice).
 */
export function publishedUpdate(
  components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[],
): ReplyBody {
  return { content: REPLY_TEXTS.published, components, allowed_mentions: NO_MENTIONS };
}

/** The ephemeral explanation of a user error, with its suggestions. */
export function userErrorReply(message: string, suggestions: readonly string[] = []): ReplyBody {
  let description = escapeToFit(message, EMBED_DESCRIPTION_MAX / 2);
  const shown = suggestions.slice(0, DISCORD_RENDER_DEFAULTS.suggestionsMax);
  if (shown.length > 0) {
    description += '\n\n' + REPLY_TEXTS.suggestionsLead + shown.map(codeSpan).join(', ') + '?';
  }
  return noticeBody(REPLY_TEXTS.userErrorTitle, description, DISCORD_RENDER_DEFAULTS.errorColour);
}

/** The ephemeral reply to a fault: no details (they are in the log). */
export function faultReply(): ReplyBody {
  return noticeBody(REPLY_TEXTS.faultTitle, REPLY_TEXTS.fault, DISCORD_RENDER_DEFAULTS.errorColour);
}

/**
 * The ephemeral answer to a user who asks again before their cooldown ends: "try again" with a
 * Discord timestamp (`<t:…:R>`, shown as "in 3 seconds" in the reader's own clock).
 * @param retryAtSeconds when the user may ask again, in seconds since the epoch (rounded up).
 */
export function cooldownReply(retryAtSeconds: number): ReplyBody {
  const when = Number.isFinite(retryAtSeconds) ? Math.max(0, Math.ceil(retryAtSeconds)) : 0;
  return noticeBody(
    REPLY_TEXTS.cooldownTitle,
    `${REPLY_TEXTS.cooldown} <t:${when}:R>.`,
    DISCORD_RENDER_DEFAULTS.defaultColour,
  );
}

/** A short ephemeral notice from the bot itself (expired buttons, someone else's buttons). */
export function noticeReply(title: string, text: string): ReplyBody {
  return noticeBody(
    title,
    escapeToFit(text, EMBED_DESCRIPTION_MAX / 2),
    DISCORD_RENDER_DEFAULTS.defaultColour,
  );
}

function noticeBody(title: string, description: string, color: number): ReplyBody {
  return {
    embeds: [{ title: escapeToFit(title, 200), description, color }],
    components: [],
    allowed_mentions: NO_MENTIONS,
    flags: MESSAGE_FLAG_EPHEMERAL,
  };
}

/** Inline code shows any text literally; backticks inside are replaced so the span cannot close early. */
function codeSpan(text: string): string {
  const clean = truncateText(text.replace(/`/g, "'").replace(/\s+/g, ' ').trim(), 100);
  return '`' + (clean || ' ') + '`';
}

/**
 * Autocomplete choices as Discord accepts them: at most 25, names and values at most 100
 * characters, no empty names, no duplicate values, order kept (best first).
 */
export function autocompleteChoices(choices: readonly Choice[]): Choice[] {
  const out: Choice[] = [];
  const values = new Set<string>();
  for (const choice of choices) {
    if (out.length >= AUTOCOMPLETE_CHOICES_MAX) break;
    const name = truncateText(choice.name.replace(/\s+/g, ' ').trim(), CHOICE_NAME_MAX);
    const value =
      choice.value.length <= CHOICE_VALUE_MAX ? choice.value : cutAtWord(choice.value, CHOICE_VALUE_MAX);
    if (!name || !value || values.has(value)) continue;
    values.add(value);
    out.push({ name, value });
  }
  return out;
}

/** The longest prefix of `text` of at most `max` characters that ends at a word (for choice values). */
function cutAtWord(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max);
  const cut = space > max / 2 ? space : max;
  const code = text.charCodeAt(cut - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut).trimEnd();
}
