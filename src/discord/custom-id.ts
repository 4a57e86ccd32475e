/**
 * Button state kept in the button's `custom_id` (at most 100 characters), so that a click can be
 * answered by any process, after a restart, without a session store:
 *
 * - page turn:      `pg|<page>|<asker>|<issued>|<command>|<name>=<typed value>|…`
 * - show paragraph: `sp|<paragraph>|<article slug>`
 * - post publicly:  `pc|<asker>|<target message id>` (a private check, posted as a reply to the message)
 *
 * `<issued>` is the time the answer was given (seconds, base 36), for expiry. Values are typed by
 * their first character (`s` string, `b` boolean, `n` number) and `%`/`|` in them are
 * percent-encoded. When the arguments of a page turn do not fit, they are parked in a small
 * in-memory store and the id carries `@<key>` instead; such a button expires with the process.
 */
import type { CommandArgs } from '../commands/types';
import { CUSTOM_ID_MAX } from '../render/limits';

/** The state of a "Back"/"More" button. */
export interface PageState {
  readonly kind: 'page';
  /** 0-based page to show. */
  readonly page: number;
  /** The user who asked; only they may turn the pages. */
  readonly user: string;
  /** When the answer was given, in whole seconds since the epoch. */
  readonly issued: number;
  readonly command: string;
  readonly args: CommandArgs;
}

/** The state of a "Show paragraph" button. */
export interface ParagraphState {
  readonly kind: 'paragraph';
  readonly article: string;
  readonly paragraph: number;
}

/** The state of a "Post in channel" button under a private check of a message. */
export interface PublishState {
  readonly kind: 'publish';
  /** The user who asked; only they may post their check. */
  readonly user: string;
  /** The checked message, which the public post replies to. */
  readonly message: string;
}

/** What a button's custom_id says. */
export type ButtonState = PageState | ParagraphState | PublishState;

/** Tuning of the codec. */
export const CUSTOM_ID_DEFAULTS = Object.freeze({
  /** Page-turn arguments parked in memory at most (oldest dropped first). */
  storeSize: 5_000,
});

const SEPARATOR = '|';
const PAGE_PREFIX = 'pg';
const PARAGRAPH_PREFIX = 'sp';
const PUBLISH_PREFIX = 'pc';
/** Users and messages are Discord snowflakes. */
const SNOWFLAKE = /^\d{17,20}$/;
const STORE_MARK = '@';

/** Arguments parked in memory when they do not fit in a custom_id. Insertion-ordered for eviction. */
export class ArgsStore {
  private readonly entries = new Map<string, CommandArgs>();
  private counter = 0;
  constructor(private readonly capacity: number = CUSTOM_ID_DEFAULTS.storeSize) {}

  /** Parks `args` and returns a short key for them. */
  put(args: CommandArgs): string {
    this.counter += 1;
    const key = this.counter.toString(36);
    this.entries.set(key, args);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return key;
  }

  get(key: string): CommandArgs | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

function encodeValue(value: string | boolean | number): string {
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  if (typeof value === 'number') return 'n' + String(value);
  return 's' + value.replace(/%/g, '%25').replace(/\|/g, '%7C');
}

function decodeValue(text: string): string | boolean | number | undefined {
  const type = text[0];
  const body = text.slice(1);
  if (type === 'b') return body === '1';
  if (type === 'n') {
    const n = Number(body);
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === 's') return body.replace(/%7C/g, '|').replace(/%25/g, '%');
  return undefined;
}

/**
 * The custom_id of a page-turn button. Arguments that would push it past 100 characters are
 * parked in `store` (when given); without a store, or when even the key does not fit, returns
 * undefined (no button).
 */
export function encodePageState(state: Omit<PageState, 'kind'>, store?: ArgsStore): string | undefined {
  const head = [PAGE_PREFIX, String(state.page), state.user, state.issued.toString(36), state.command].join(
    SEPARATOR,
  );
  const args = Object.entries(state.args)
    .filter((entry): entry is [string, string | boolean | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeValue(value)}`);
  const inline = [head, ...args].join(SEPARATOR);
  if (inline.length <= CUSTOM_ID_MAX) return inline;
  if (!store) return undefined;
  const parked = `${head}${SEPARATOR}${STORE_MARK}${store.put(state.args)}`;
  return parked.length <= CUSTOM_ID_MAX ? parked : undefined;
}

/** The custom_id of a "Show paragraph" button, or undefined when the slug is too long to fit. */
export function encodeParagraphState(article: string, paragraph: number): string | undefined {
  const id = [PARAGRAPH_PREFIX, String(paragraph), article].join(SEPARATOR);
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** Whether a custom_id is a "Show paragraph" button's (a button anyone may use, on any copy of the answer). */
export function isParagraphButton(customId: string): boolean {
  return customId.startsWith(PARAGRAPH_PREFIX + SEPARATOR);
}

/** Whether a custom_id is a "Post in channel" button's. */
export function isPublishButton(customId: string): boolean {
  return customId.startsWith(PUBLISH_PREFIX + SEPARATOR);
}

/** The custom_id of a "Post in channel" button, or undefined when the ids are not snowflakes. */
export function encodePublishState(user: string, message: string): string | undefined {
  if (!SNOWFLAKE.test(user) || !SNOWFLAKE.test(message)) return undefined;
  return [PUBLISH_PREFIX, user, message].join(SEPARATOR);
}

/** Why a custom_id could not be read back. */
export type DecodeFailure = 'unknown' | 'expired';

/**
 * Reads a custom_id back. `unknown`: not one of ours (or damaged); `expired`: its parked
 * arguments are gone (the process restarted or the store overflowed).
 */
export function decodeButtonState(customId: string, store?: ArgsStore): ButtonState | DecodeFailure {
  const parts = customId.split(SEPARATOR);
  if (parts[0] === PARAGRAPH_PREFIX && parts.length >= 3) {
    const paragraph = Number(parts[1]);
    const article = parts.slice(2).join(SEPARATOR);
    if (!Number.isInteger(paragraph) || paragraph < 1 || !article) return 'unknown';
    return { kind: 'paragraph', article, paragraph };
  }
  if (parts[0] === PUBLISH_PREFIX) {
    const [, user, message] = parts;
    if (parts.length !== 3 || !SNOWFLAKE.test(user ?? '') || !SNOWFLAKE.test(message ?? '')) return 'unknown';
    return { kind: 'publish', user: user!, message: message! };
  }
  if (parts[0] !== PAGE_PREFIX || parts.length < 5) return 'unknown';
  const [, pageText, user, issuedText, command, ...rest] = parts;
  const page = Number(pageText);
  const issued = parseInt(issuedText ?? '', 36);
  if (!Number.isInteger(page) || page < 0 || !user || !command || !Number.isFinite(issued)) return 'unknown';
  let args: CommandArgs;
  if (rest.length === 1 && rest[0]?.startsWith(STORE_MARK)) {
    const parked = store?.get(rest[0].slice(STORE_MARK.length));
    if (!parked) return 'expired';
    args = parked;
  } else {
    const decoded: Record<string, string | boolean | number> = {};
    for (const pair of rest) {
      const eq = pair.indexOf('=');
      if (eq <= 0) return 'unknown';
      const value = decodeValue(pair.slice(eq + 1));
      if (value === undefined) return 'unknown';
      decoded[pair.slice(0, eq)] = value;
    }
    args = decoded;
  }
  return { kind: 'page', page, user, issued, command, args };
}
