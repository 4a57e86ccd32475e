/**
 * Plain text → Discord markdown that shows exactly that text: no formatting, no masked links, no
 * mentions, no headings. Every string of an {@link Answer} is plain text (it may echo what a user
 * typed), so the Discord renderer passes all of it through {@link escapeDiscordText} and only then
 * adds its own markup (bold highlights, citation links).
 */
import type { Highlight } from '../answer/types';

/**
 * Characters with a meaning anywhere in a line: emphasis, code, spoilers, masked links (`[`, `]`
 * suffice to break them) and mentions, channels, emoji and timestamps (all open with `<`).
 */
const INLINE_SPECIALS = new Set(['\\', '*', '_', '~', '`', '|', '[', ']', '<']);
/** Characters with a meaning at the start of a line: headings, quotes, lists, subtext. */
const LINE_START_SPECIALS = new Set(['#', '>', '-', '+', '*']);
/** Mass mentions are also broken up with a zero-width space, in case a client ignores the escape. */
const MASS_MENTIONS = ['@everyone', '@here'] as const;
const ZERO_WIDTH_SPACE = '\u200b';
/** C0 control characters (tab and line feed aside) and DEL: never shown, sometimes rejected. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const WHITESPACE_RUN = /\s+/g;
/** A numbered list marker at the start of a line: "1. ". */
const ORDERED_LIST_START = /^(\s*\d+)\.(\s)/;
const ELLIPSIS = '…';

/** Tuning of the text helpers. */
export const DISCORD_MARKDOWN_DEFAULTS = Object.freeze({
  /** How far back (as a share of the limit) a cut may move to end on a word boundary. */
  wordBoundaryShare: 0.2,
  /** Attempts to fit escaped text into a limit before falling back to a hard cut. */
  fitAttempts: 4,
});

/** Removes control characters and, unless `multiline`, folds all whitespace runs into one space. */
export function cleanText(text: string, multiline = false): string {
  const noControls = text.replace(CONTROL_CHARACTERS, '');
  if (multiline) return noControls.replace(/\r\n?/g, '\n');
  return noControls.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Escapes text so that Discord shows it literally: markdown, masked links, spoilers, code,
 * headings, block quotes, lists, user/role/channel mentions, custom emoji, timestamps and
 * `@everyone`/`@here` all come out as typed. Control characters are removed.
 */
export function escapeDiscordText(text: string, multiline = false): string {
  const lines = cleanText(text, multiline).split('\n');
  return lines.map(escapeLine).join('\n');
}

function escapeLine(line: string): string {
  let out = '';
  let atLineStart = true;
  for (const ch of line) {
    if (atLineStart && ch.trim() !== '') {
      // any leading white space (no-break and ideographic spaces included) keeps us at the line start
      atLineStart = false;
      if (LINE_START_SPECIALS.has(ch)) {
        out += '\\' + ch;
        continue;
      }
    }
    out += INLINE_SPECIALS.has(ch) ? '\\' + ch : ch;
  }
  out = out.replace(ORDERED_LIST_START, '$1\\.$2');
  for (const mention of MASS_MENTIONS) {
    out = out.split(mention).join('@' + ZERO_WIDTH_SPACE + mention.slice(1));
  }
  return out;
}

/**
 * Shortens plain text to at most `max` characters, ending on a word boundary where one is near and
 * marking the cut with an ellipsis. Never splits a surrogate pair.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = safeCut(text, max - 1);
  const space = text.lastIndexOf(' ', cut);
  if (space > 0 && cut - space <= Math.ceil(max * DISCORD_MARKDOWN_DEFAULTS.wordBoundaryShare)) cut = space;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/** Largest cut position ≤ `at` that does not fall between the halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Escapes plain text and cuts it (before escaping, at a word) until the result fits `max`. */
export function escapeToFit(text: string, max: number, multiline = false): string {
  let budget = max;
  for (let attempt = 0; attempt < DISCORD_MARKDOWN_DEFAULTS.fitAttempts; attempt += 1) {
    const escaped = escapeDiscordText(truncateText(text, budget), multiline);
    if (escaped.length <= max) return escaped;
    budget = Math.min(budget - 1, Math.floor((budget * max) / escaped.length));
  }
  return escapeDiscordText(truncateText(text, Math.floor(max / 2)), multiline).slice(0, max);
}

/**
 * A snippet with its highlights in bold: the text is escaped piece by piece and each highlighted
 * run is wrapped in `**…**`. Highlights are trimmed to whole words (no bold around spaces), and the
 * result is cut to fit `max` without breaking an escape or leaving bold open.
 */
export function formatHighlighted(
  text: string,
  highlights: readonly Highlight[] | undefined,
  max: number,
): string {
  const clean = cleanText(text);
  // cleanText may shift offsets when the snippet has odd whitespace; highlights then fall back to none.
  const spans = clean === text ? normaliseHighlights(clean, highlights ?? []) : [];
  let budget = max;
  for (let attempt = 0; attempt < DISCORD_MARKDOWN_DEFAULTS.fitAttempts; attempt += 1) {
    const shown = truncateText(clean, budget);
    const visibleEnd =
      shown.endsWith(ELLIPSIS) && shown.length < clean.length ? shown.length - 1 : shown.length;
    const out = boldSpans(shown, spans, visibleEnd);
    if (out.length <= max) return out;
    budget = Math.min(budget - 1, Math.floor((budget * (max - 4)) / out.length));
  }
  return escapeToFit(clean, max);
}

/** Sorted, non-overlapping, in-range highlights trimmed of surrounding whitespace. */
function normaliseHighlights(text: string, highlights: readonly Highlight[]): Highlight[] {
  const spans: Highlight[] = [];
  const sorted = [...highlights].sort((a, b) => a[0] - b[0]);
  let lastEnd = 0;
  for (const [rawStart, rawEnd] of sorted) {
    let start = Math.max(rawStart, lastEnd, 0);
    let end = Math.min(rawEnd, text.length);
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (end <= start) continue;
    spans.push([start, end]);
    lastEnd = end;
  }
  return spans;
}

function boldSpans(shown: string, spans: readonly Highlight[], visibleEnd: number): string {
  let out = '';
  let position = 0;
  for (const [start, rawEnd] of spans) {
    if (start >= visibleEnd) break;
    const end = Math.min(rawEnd, visibleEnd);
    out += escapeSegment(shown.slice(position, start), position === 0);
    out += '**' + escapeSegment(shown.slice(start, end), start === 0) + '**';
    position = end;
  }
  return out + escapeSegment(shown.slice(position), position === 0);
}

/** Escapes a piece of an already cleaned line, keeping its spaces; line-start rules only at the start. */
function escapeSegment(segment: string, atLineStart: boolean): string {
  if (atLineStart) return escapeLine(segment);
  const escaped = escapeLine('x' + segment).slice(1);
  return escaped;
}

/**
 * A URL safe to put in a masked link `[text](url)`: http(s) only, no spaces, parentheses or angle
 * brackets left unencoded. Returns undefined for anything else.
 */
export function safeLinkUrl(url: string | undefined, max: number): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const encoded = parsed.href.replace(/[()<> ]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase());
  return encoded.length <= max ? encoded : undefined;
}
