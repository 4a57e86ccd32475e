/**
 * Discord's limits, all in one place. Every renderer, the reply module, the command JSON builder
 * and the test fake read them from here, so a limit is changed (or checked) in exactly one spot.
 *
 * Figures are Discord's published limits for API v10. Lengths count UTF-16 code units, as
 * JavaScript's `String.length` does (Discord counts characters; staying under both is safe because
 * a code-unit count is never smaller than a character count).
 */

// ── Messages ────────────────────────────────────────────────────────────────────────────────────

/** Characters in a message's `content`. */
export const MESSAGE_CONTENT_MAX = 2000;
/** Embeds in one message. */
export const MESSAGE_EMBEDS_MAX = 10;
/** Top-level components (action rows) in one message. */
export const MESSAGE_ACTION_ROWS_MAX = 5;
/** Users that `allowed_mentions.users` may list. */
export const ALLOWED_MENTIONS_USERS_MAX = 100;

// ── Embeds ──────────────────────────────────────────────────────────────────────────────────────

/** Characters of all embeds of one message together (title, description, fields, footer, author). */
export const EMBEDS_TOTAL_CHARACTERS_MAX = 6000;
/** Characters in an embed title. */
export const EMBED_TITLE_MAX = 256;
/** Characters in an embed description. */
export const EMBED_DESCRIPTION_MAX = 4096;
/** Fields in one embed. */
export const EMBED_FIELDS_MAX = 25;
/** Characters in a field name. */
export const EMBED_FIELD_NAME_MAX = 256;
/** Characters in a field value. */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** Characters in the footer text. */
export const EMBED_FOOTER_TEXT_MAX = 2048;
/** Characters in the author name. */
export const EMBED_AUTHOR_NAME_MAX = 256;
/** Characters in any URL of an embed (title link, images). */
export const EMBED_URL_MAX = 2048;
/** Largest embed colour (24-bit RGB). */
export const EMBED_COLOR_MAX = 0xffffff;

// ── Components ──────────────────────────────────────────────────────────────────────────────────

/** Characters in a component's `custom_id`, which is where the bot keeps button state. */
export const CUSTOM_ID_MAX = 100;
/** Buttons in one action row. */
export const ACTION_ROW_BUTTONS_MAX = 5;
/** Characters in a button label. */
export const BUTTON_LABEL_MAX = 80;

// ── Application commands ────────────────────────────────────────────────────────────────────────

/** Characters in a command or option name. */
export const COMMAND_NAME_MAX = 32;
/** Characters in a command or option description (chat commands; context-menu commands have none). */
export const COMMAND_DESCRIPTION_MAX = 100;
/** Options of one command. */
export const COMMAND_OPTIONS_MAX = 25;
/** Characters of a command's names, descriptions and choice values together. */
export const COMMAND_COMBINED_CHARACTERS_MAX = 4000;
/** Largest `max_length` a string option may declare (and longest value Discord sends). */
export const STRING_OPTION_LENGTH_MAX = 6000;
/** Chat-input commands per scope (global, or one guild). */
export const CHAT_COMMANDS_PER_SCOPE_MAX = 100;
/** Message context-menu commands per scope. */
export const MESSAGE_COMMANDS_PER_SCOPE_MAX = 5;
/** Chat-input command and option names: lowercase letters, digits, `-` and `_` (Discord's rule). */
export const CHAT_COMMAND_NAME_PATTERN = /^[-_\p{Ll}\p{N}]{1,32}$/u;

// ── Autocomplete ────────────────────────────────────────────────────────────────────────────────

/** Choices in one autocomplete answer. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
/** Characters in a choice's name (what the user sees). */
export const CHOICE_NAME_MAX = 100;
/** Characters in a string choice's value. */
export const CHOICE_VALUE_MAX = 100;

// ── Interactions ────────────────────────────────────────────────────────────────────────────────

/** Time to send the initial response (reply, defer or autocomplete result) to an interaction. */
export const INTERACTION_RESPONSE_DEADLINE_MS = 3_000;
/** Lifetime of an interaction token: edits and follow-ups after this fail. */
export const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;
/** Requests per second a bot may make across all routes (interaction callbacks are exempt). */
export const GLOBAL_REQUESTS_PER_SECOND = 50;

// ── Flags and codes ─────────────────────────────────────────────────────────────────────────────

/** Message flag: only the user who invoked the interaction sees the reply. */
export const MESSAGE_FLAG_EPHEMERAL = 64;
/** Message flag: no link previews. */
export const MESSAGE_FLAG_SUPPRESS_EMBEDS = 4;
/** API error: the interaction is unknown or its 3-second window has passed. */
export const ERROR_UNKNOWN_INTERACTION = 10062;
/** API error: the interaction was already answered. */
export const ERROR_INTERACTION_ALREADY_ACKNOWLEDGED = 40060;
/** API error: the bot cannot see the channel (View Channel missing). */
export const ERROR_MISSING_ACCESS = 50001;
/** API error: the bot lacks a permission for the request (e.g. Send Messages). */
export const ERROR_MISSING_PERMISSIONS = 50013;
