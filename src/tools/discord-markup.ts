/**
 * Discord markdown → HTML, for pictures of the bot's replies (the README screenshot).
 *
 * Shows a message the way a Discord client would: `**bold**`, `*italic*`/`_italic_`,
 * `__underline__`, `~~strike~~`, `||spoiler||`, `` `code` ``, `[masked](https://links)`, `> quotes`
 * at the start of a line, mentions (`<@id>`) and timestamps (`<t:…>`); a backslash before a
 * punctuation mark shows the mark itself. Everything else is text: every character that means
 * something in HTML is escaped, so nothing in a message can add markup, scripts or styles.
 * A plain character scanner: no text ever becomes a RegExp.
 */

/** How a few Discord-only constructs are shown. */
export const DISCORD_MARKUP_DEFAULTS = Object.freeze({
  /** Name shown for a mentioned user the picture has no name for. */
  unknownUser: 'unknown-user',
  /** Locale and zone of `<t:…>` timestamps (a fixed zone keeps pictures reproducible). */
  locale: 'en-GB',
  timeZone: 'UTC',
});

/** Display names of mentioned users, by user id. */
export type MentionNames = Readonly<Record<string, string>>;

/** Options of {@link discordMarkdownToHtml}. */
export interface MarkupOptions {
  /** Names for `<@id>` mentions. */
  readonly users?: MentionNames;
  /** The moment `<t:…:R>` timestamps are relative to, in seconds since the epoch. */
  readonly now?: number;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

/** Text → HTML text: `& < > " '` become entities. Safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  let out = '';
  for (const ch of text) out += HTML_ESCAPES[ch] ?? ch;
  return out;
}

/** Punctuation a backslash makes literal, as in Discord (ASCII punctuation). */
function isEscapable(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** Paired delimiters, longest first, and the element each one makes. */
const SPANS: readonly { readonly mark: string; readonly open: string; readonly close: string }[] = [
  { mark: '**', open: '<strong>', close: '</strong>' },
  { mark: '__', open: '<u>', close: '</u>' },
  { mark: '~~', open: '<s>', close: '</s>' },
  { mark: '||', open: '<span class="spoiler">', close: '</span>' },
  { mark: '*', open: '<em>', close: '</em>' },
  { mark: '_', open: '<em>', close: '</em>' },
];

/**
 * Discord markdown → HTML. Block quotes become `<blockquote>`, lines are joined with `<br>`.
 */
export function discordMarkdownToHtml(markdown: string, options: MarkupOptions = {}): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let quote: string[] | undefined;
  const flushQuote = () => {
    if (quote) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = undefined;
  };
  for (const line of lines) {
    const quoted = quotedLine(line);
    if (quoted !== undefined) {
      (quote ??= []).push(inlineToHtml(quoted, options));
      continue;
    }
    flushQuote();
    out.push(inlineToHtml(line, options));
  }
  flushQuote();
  // A block quote already ends its line: no <br> right after it.
  let html = '';
  out.forEach((piece, i) => {
    if (i > 0 && !out[i - 1]!.startsWith('<blockquote>')) html += '<br>';
    html += piece;
  });
  return html;
}

/** The text of a `> ` quote line, or undefined when the line is not a quote. */
function quotedLine(line: string): string | undefined {
  if (line.startsWith('> ')) return line.slice(2);
  if (line === '>') return '';
  return undefined;
}

/** Inline markdown → HTML. */
export function inlineToHtml(text: string, options: MarkupOptions = {}): string {
  return new InlineScanner(text, options).render(0, text.length);
}

class InlineScanner {
  constructor(
    private readonly text: string,
    private readonly options: MarkupOptions,
  ) {}

  /** Renders `text[from, to)`. */
  render(from: number, to: number): string {
    let out = '';
    let i = from;
    while (i < to) {
      const ch = this.text[i]!;
      if (ch === '\\' && i + 1 < to && isEscapable(this.text[i + 1])) {
        out += escapeHtml(this.text[i + 1]!);
        i += 2;
        continue;
      }
      if (ch === '`') {
        const end = this.text.indexOf('`', i + 1);
        if (end > i + 1 && end < to) {
          out += `<code>${escapeHtml(this.text.slice(i + 1, end))}</code>`;
          i = end + 1;
          continue;
        }
      }
      if (ch === '[') {
        const link = this.maskedLink(i, to);
        if (link) {
          out += link.html;
          i = link.end;
          continue;
        }
      }
      if (ch === '<') {
        const tag = this.angleTag(i, to);
        if (tag) {
          out += tag.html;
          i = tag.end;
          continue;
        }
      }
      const span = this.span(i, to);
      if (span) {
        out += span.html;
        i = span.end;
        continue;
      }
      out += escapeHtml(ch);
      i += 1;
    }
    return out;
  }

  /** A paired delimiter starting at `i` whose closing mark is found before `to`. */
  private span(i: number, to: number): { html: string; end: number } | undefined {
    for (const { mark, open, close } of SPANS) {
      if (!this.text.startsWith(mark, i)) continue;
      const innerStart = i + mark.length;
      const closing = this.findMark(mark, innerStart, to);
      if (closing === undefined || closing === innerStart) continue;
      return { html: open + this.render(innerStart, closing) + close, end: closing + mark.length };
    }
    return undefined;
  }

  /** The next unescaped `mark` in `[from, to)`, skipping code spans. */
  private findMark(mark: string, from: number, to: number): number | undefined {
    let i = from;
    while (i < to) {
      const ch = this.text[i];
      if (ch === '\\' && isEscapable(this.text[i + 1])) {
        i += 2;
        continue;
      }
      if (ch === '`') {
        const end = this.text.indexOf('`', i + 1);
        if (end > i && end < to) {
          i = end + 1;
          continue;
        }
      }
      if (this.text.startsWith(mark, i) && i + mark.length <= to) {
        // A single-character mark must not be half of a doubled one (`*` inside `**`).
        const doubled = mark.length === 1 && this.text[i + 1] === mark;
        if (!doubled) return i;
        i += 2;
        continue;
      }
      i += 1;
    }
    return undefined;
  }

  /** `[text](http…)` starting at `i`. */
  private maskedLink(i: number, to: number): { html: string; end: number } | undefined {
    const close = this.findMark(']', i + 1, to);
    if (close === undefined || this.text[close + 1] !== '(') return undefined;
    const urlEnd = this.text.indexOf(')', close + 2);
    if (urlEnd < 0 || urlEnd >= to) return undefined;
    const url = this.text.slice(close + 2, urlEnd);
    if (!isWebUrl(url)) return undefined;
    const label = this.render(i + 1, close);
    return { html: `<a href="${escapeHtml(url)}">${label}</a>`, end: urlEnd + 1 };
  }

  /** Mentions, channels, roles and timestamps: `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `<t:…>`. */
  private angleTag(i: number, to: number): { html: string; end: number } | undefined {
    const end = this.text.indexOf('>', i + 1);
    if (end < 0 || end >= to) return undefined;
    const inner = this.text.slice(i + 1, end);
    const users = this.options.users ?? {};
    let html: string | undefined;
    if (inner.startsWith('@!') || inner.startsWith('@&')) {
      const id = inner.slice(2);
      if (isDigits(id))
        html = mention(inner[1] === '&' ? 'role' : (users[id] ?? DISCORD_MARKUP_DEFAULTS.unknownUser));
    } else if (inner.startsWith('@')) {
      const id = inner.slice(1);
      if (isDigits(id)) html = mention(users[id] ?? DISCORD_MARKUP_DEFAULTS.unknownUser);
    } else if (inner.startsWith('#')) {
      if (isDigits(inner.slice(1))) html = `<span class="mention">#channel</span>`;
    } else if (inner.startsWith('t:')) {
      html = this.timestamp(inner.slice(2));
    }
    return html === undefined ? undefined : { html, end: end + 1 };
  }

  private timestamp(spec: string): string | undefined {
    const [seconds, style = 'f'] = spec.split(':');
    if (seconds === undefined || !isDigits(seconds)) return undefined;
    const at = Number(seconds);
    let shown: string;
    if (style === 'R') {
      const now = this.options.now ?? Math.floor(Date.now() / 1000);
      const delta = at - now;
      const size = Math.abs(delta);
      const amount =
        size < 60
          ? `${size} seconds`
          : size < 3600
            ? `${Math.round(size / 60)} minutes`
            : `${Math.round(size / 3600)} hours`;
      shown = delta >= 0 ? `in ${amount}` : `${amount} ago`;
    } else {
      shown = new Date(at * 1000).toLocaleString(DISCORD_MARKUP_DEFAULTS.locale, {
        timeZone: DISCORD_MARKUP_DEFAULTS.timeZone,
        dateStyle: 'long',
        timeStyle: 'short',
      });
    }
    return `<span class="timestamp">${escapeHtml(shown)}</span>`;
  }
}

function mention(name: string): string {
  return `<span class="mention">@${escapeHtml(name)}</span>`;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (const ch of text) if (ch < '0' || ch > '9') return false;
  return true;
}

/** Only http(s) URLs become links; anything else stays text. */
export function isWebUrl(url: string): boolean {
  if (!url.startsWith('https://') && !url.startsWith('http://')) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
