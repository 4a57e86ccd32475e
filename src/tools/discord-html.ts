/**
 * Reply bodies → a Discord-like HTML page (dark theme), for pictures of real answers.
 *
 * Each exchange shows the line Discord puts above an answer to a slash command ("Dana used
 * /who-said …"), then the bot's message: its content (a mention), its embeds (colour bar, title,
 * description, fields, footer) and its buttons, and for private replies the "Only you can see
 * this" note. Texts are taken from the bodies as they are and shown through
 * {@link discordMarkdownToHtml}; the page loads nothing from anywhere (no fonts, images or
 * scripts): avatars are drawn with CSS and an inline SVG of our own.
 */
import type { APIEmbed } from 'discord.js';
import type { ReplyBody } from '../render/reply';
import { MESSAGE_FLAG_EPHEMERAL } from '../render/limits';
import { discordMarkdownToHtml, escapeHtml, isWebUrl, type MentionNames } from './discord-markup';

/** Look of the page. */
export const DISCORD_HTML_DEFAULTS = Object.freeze({
  /** Width of the page in CSS pixels. */
  width: 760,
  botName: 'Briefing Bot',
  /** Colour of an embed without one (Discord's default grey). */
  embedColour: 0x1e1f22,
  /** The channel shown in the header bar. */
  channel: 'news-desk',
  fontStack: '"Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
  monoStack: '"Noto Sans Mono", "Liberation Mono", "DejaVu Sans Mono", monospace',
});

/** One command and the bot's answer to it. */
export interface ChatExchange {
  /** Display name of the user who ran the command. */
  readonly user: string;
  /** The command as typed, e.g. `/who-said quote: huge failure`. */
  readonly invocation: string;
  /** The body the bot sent in reply. */
  readonly body: ReplyBody;
}

/** Options of {@link chatPageHtml}. */
export interface ChatPageOptions {
  readonly botName?: string;
  readonly channel?: string;
  readonly width?: number;
  /** Names of mentioned users, by id. */
  readonly users?: MentionNames;
  /** The moment relative timestamps are shown against, in seconds since the epoch. */
  readonly now?: number;
  /**
   * Our own script that writes the page's height into the title once laid out (for the
   * measuring pass of the screenshot). Off by default: the page has no script at all.
   */
  readonly measureHeight?: boolean;
}

/** Discord's button styles → CSS class. */
const BUTTON_STYLES: Readonly<Record<number, string>> = Object.freeze({
  1: 'primary',
  2: 'secondary',
  3: 'success',
  4: 'danger',
  5: 'link',
  6: 'primary',
});

const BUTTON = 2;

/** A whole HTML document showing the exchanges one under the other. */
export function chatPageHtml(exchanges: readonly ChatExchange[], options: ChatPageOptions = {}): string {
  const width = Math.max(320, Math.round(options.width ?? DISCORD_HTML_DEFAULTS.width));
  const botName = options.botName ?? DISCORD_HTML_DEFAULTS.botName;
  const channel = options.channel ?? DISCORD_HTML_DEFAULTS.channel;
  const messages = exchanges.map((exchange) => exchangeHtml(exchange, botName, options)).join('\n');
  const measure = options.measureHeight
    ? '<script>document.title = String(Math.ceil(document.documentElement.getBoundingClientRect().height));</script>'
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${options.measureHeight ? "'unsafe-inline'" : "'none'"}">
<title>${escapeHtml(botName)}</title>
<style>${pageCss(width)}</style>
</head>
<body>
<div class="channel-bar"><span class="hash">#</span>${escapeHtml(channel)}</div>
<main>
${messages}
</main>
${measure}
</body>
</html>
`;
}

function exchangeHtml(exchange: ChatExchange, botName: string, options: ChatPageOptions): string {
  const { body } = exchange;
  const markup = { users: options.users, now: options.now };
  const ephemeral = ((body.flags ?? 0) & MESSAGE_FLAG_EPHEMERAL) !== 0;
  const content = body.content
    ? `<div class="content">${discordMarkdownToHtml(body.content, markup)}</div>`
    : '';
  const embeds = (body.embeds ?? []).map((embed) => embedHtml(embed, options)).join('');
  const rows = body.components
    .map((row) => {
      const buttons = row.components
        .filter((c) => c.type === BUTTON)
        .map((c) => buttonHtml(c as unknown as ButtonLike))
        .join('');
      return buttons ? `<div class="row">${buttons}</div>` : '';
    })
    .join('');
  const note = ephemeral
    ? `<div class="ephemeral">${EYE_ICON}<span>Only you can see this</span> · <span class="dismiss">Dismiss message</span></div>`
    : '';
  return `<section class="message">
<div class="invocation"><span class="spine"></span>${avatarHtml(exchange.user, 'small')}<span class="who">${escapeHtml(exchange.user)}</span><span class="used">used</span>${invocationHtml(exchange.invocation)}</div>
<div class="post">${BOT_AVATAR}<div class="post-body">
<div class="header"><span class="bot-name">${escapeHtml(botName)}</span><span class="app-tag">APP</span>${timeHtml(options.now)}</div>
${content}${embeds}${rows ? `<div class="components">${rows}</div>` : ''}${note}
</div></div>
</section>`;
}

/** "Today at 12:00" for the page's clock (UTC), when it has one. */
function timeHtml(now: number | undefined): string {
  if (now === undefined || !Number.isFinite(now)) return '';
  const at = new Date(now * 1000);
  const hh = String(at.getUTCHours()).padStart(2, '0');
  const mm = String(at.getUTCMinutes()).padStart(2, '0');
  return `<span class="time">Today at ${hh}:${mm}</span>`;
}

/** `/name option: value …`: the command name as a link-coloured chip, the options as typed. */
function invocationHtml(invocation: string): string {
  const text = invocation.trim();
  const space = text.indexOf(' ');
  const name = space < 0 ? text : text.slice(0, space);
  const rest = space < 0 ? '' : text.slice(space + 1);
  return `<span class="command">${escapeHtml(name)}</span>${rest ? `<span class="args">${escapeHtml(rest)}</span>` : ''}`;
}

function embedHtml(embed: APIEmbed, options: ChatPageOptions): string {
  const markup = { users: options.users, now: options.now };
  const colour = colourCss(embed.color ?? DISCORD_HTML_DEFAULTS.embedColour);
  const parts: string[] = [];
  if (embed.author?.name) parts.push(`<div class="embed-author">${escapeHtml(embed.author.name)}</div>`);
  if (embed.title) {
    const title = discordMarkdownToHtml(embed.title, markup);
    const linked =
      embed.url && isWebUrl(embed.url) ? `<a href="${escapeHtml(embed.url)}">${title}</a>` : title;
    parts.push(`<div class="embed-title">${linked}</div>`);
  }
  if (embed.description) {
    parts.push(`<div class="embed-description">${discordMarkdownToHtml(embed.description, markup)}</div>`);
  }
  const fields = (embed.fields ?? [])
    .map(
      (field) =>
        `<div class="field${field.inline ? ' inline' : ''}"><div class="field-name">${discordMarkdownToHtml(field.name, markup)}</div><div class="field-value">${discordMarkdownToHtml(field.value, markup)}</div></div>`,
    )
    .join('');
  if (fields) parts.push(`<div class="embed-fields">${fields}</div>`);
  // Footers are plain text in Discord: shown as they are, never as markdown.
  if (embed.footer?.text) parts.push(`<div class="embed-footer">${escapeHtml(embed.footer.text)}</div>`);
  return `<div class="embed" style="border-left-color:${colour}">${parts.join('')}</div>`;
}

interface ButtonLike {
  readonly style?: number;
  readonly label?: string;
  readonly url?: string;
  readonly disabled?: boolean;
}

function buttonHtml(button: ButtonLike): string {
  const style = BUTTON_STYLES[button.style ?? 2] ?? 'secondary';
  const label = escapeHtml(button.label ?? '');
  const link = style === 'link' ? LINK_ICON : '';
  return `<span class="button ${style}${button.disabled ? ' disabled' : ''}">${label}${link}</span>`;
}

/** `#rrggbb` for a Discord colour number. */
export function colourCss(colour: number): string {
  const value = Number.isInteger(colour) && colour >= 0 && colour <= 0xffffff ? colour : 0;
  return '#' + value.toString(16).padStart(6, '0');
}

/** A user's avatar: their initial on a colour picked from their name. */
function avatarHtml(name: string, size: 'small' | 'large'): string {
  const palette = ['#5865f2', '#3ba55c', '#faa61a', '#ed4245', '#eb459e', '#1abc9c'];
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const colour = palette[hash % palette.length] ?? palette[0]!;
  const initial = escapeHtml([...name.trim()][0]?.toUpperCase() ?? '?');
  return `<span class="avatar ${size}" style="background:${colour}">${initial}</span>`;
}

/** The bot's avatar: a folded newspaper on Discord blurple, drawn inline. */
const BOT_AVATAR = `<span class="avatar large bot"><svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="#fff" d="M4 5h13v13a1 1 0 0 0 1 1H5a1 1 0 0 1-1-1V5zm2 2v3h5V7H6zm7 0v1h2V7h-2zm0 2v1h2V9h-2zM6 12v1h9v-1H6zm0 2v1h9v-1H6zm12-6h2v10a1 1 0 0 1-2 0V8z"/></svg></span>`;

const EYE_ICON = `<svg class="eye" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M12 5C5.6 5 2 12 2 12s3.6 7 10 7 10-7 10-7-3.6-7-10-7zm0 11.5A4.5 4.5 0 1 1 12 7.5a4.5 4.5 0 0 1 0 9zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z"/></svg>`;

const LINK_ICON = `<svg class="link-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path fill="currentColor" d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"/></svg>`;

function pageCss(width: number): string {
  const font = DISCORD_HTML_DEFAULTS.fontStack;
  const mono = DISCORD_HTML_DEFAULTS.monoStack;
  return `
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #313338; }
body { width: ${width}px; color: #dbdee1; font-family: ${font}; font-size: 16px; line-height: 1.375;
  -webkit-font-smoothing: antialiased; text-rendering: optimizeLegibility; }
.channel-bar { height: 48px; display: flex; align-items: center; padding: 0 16px; color: #f2f3f5;
  font-weight: 600; font-size: 16px; border-bottom: 1px solid #26282c; box-shadow: 0 1px 0 rgba(4,4,5,.2); }
.channel-bar .hash { color: #80848e; font-size: 24px; font-weight: 400; margin-right: 8px; }
main { padding: 8px 0 20px; }
.message { position: relative; padding: 4px 48px 6px 72px; margin-top: 14px; }
.invocation { position: relative; display: flex; align-items: center; gap: 4px; height: 22px;
  font-size: 14px; color: #b5bac1; white-space: nowrap; }
.invocation .spine { position: absolute; left: -36px; top: 10px; width: 32px; height: 14px;
  border-left: 2px solid #4e5058; border-top: 2px solid #4e5058; border-top-left-radius: 6px; }
.invocation .who { color: #dbdee1; font-weight: 600; margin-left: 2px; }
.invocation .command { color: #00a8fc; font-weight: 500; margin-left: 2px; }
.invocation .args { color: #949ba4; margin-left: 6px; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.avatar { display: inline-flex; align-items: center; justify-content: center; border-radius: 50%;
  color: #fff; font-weight: 600; flex: none; }
.avatar.small { width: 16px; height: 16px; font-size: 10px; }
.avatar.large { position: absolute; left: 16px; top: 28px; width: 40px; height: 40px; font-size: 18px; }
.avatar.bot { background: #5865f2; }
.post-body { min-width: 0; }
.header { display: flex; align-items: center; gap: 4px; height: 22px; margin-top: 2px; }
.bot-name { color: #f2f3f5; font-weight: 600; font-size: 16px; }
.time { color: #949ba4; font-size: 12px; margin-left: 6px; }
.app-tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 600; line-height: 15px;
  padding: 0 4px; border-radius: 3px; margin-left: 2px; letter-spacing: .02em; }
.content { margin-top: 2px; }
.mention { background: rgba(88,101,242,.3); color: #c9cdfb; border-radius: 3px; padding: 0 2px; font-weight: 500; }
.timestamp { background: rgba(78,80,88,.48); border-radius: 3px; padding: 0 2px; }
.embed { margin-top: 4px; max-width: 520px; background: #2b2d31; border-left: 4px solid #1e1f22;
  border-radius: 4px; padding: 8px 16px 16px 12px; }
.embed-author { font-size: 14px; font-weight: 600; color: #f2f3f5; margin-top: 8px; }
.embed-title { font-size: 16px; font-weight: 600; color: #f2f3f5; margin-top: 8px; }
.embed-description { font-size: 14px; line-height: 1.125rem; margin-top: 8px; white-space: pre-wrap; }
.embed-fields { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-top: 8px; }
.field { flex: 1 1 100%; min-width: 0; }
.field.inline { flex: 1 1 150px; }
.field-name { font-size: 14px; font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }
.field-value { font-size: 14px; line-height: 1.125rem; white-space: pre-wrap; word-wrap: break-word; }
.embed-footer { font-size: 12px; color: #b5bac1; margin-top: 8px; font-weight: 500; }
a { color: #00a8fc; text-decoration: none; }
strong { font-weight: 700; color: inherit; }
blockquote { margin: 0; padding: 0 8px 0 12px; border-left: 4px solid #4e5058; border-radius: 2px; }
code { font-family: ${mono}; font-size: 85%; background: #1e1f22; border: 1px solid #232428;
  border-radius: 4px; padding: 0 .2em; }
.spoiler { background: #1e1f22; color: transparent; border-radius: 3px; }
.components { margin-top: 8px; display: flex; flex-direction: column; gap: 8px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; }
.button { display: inline-flex; align-items: center; gap: 6px; height: 32px; min-width: 60px; padding: 2px 16px;
  border-radius: 8px; font-size: 14px; font-weight: 500; color: #fff; justify-content: center; }
.button.primary { background: #5865f2; }
.button.secondary { background: #4e5058; }
.button.success { background: #248046; }
.button.danger { background: #da373c; }
.button.link { background: #4e5058; }
.button.disabled { opacity: .5; }
.ephemeral { display: flex; align-items: center; gap: 4px; margin-top: 6px; font-size: 12px; color: #949ba4; }
.ephemeral .eye { margin-right: 2px; }
.ephemeral .dismiss { color: #00a8fc; }
`;
}
