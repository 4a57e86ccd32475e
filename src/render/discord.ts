/**
 * Answer → Discord embeds, one embed per page. Pure: no discord.js at run time, no I/O.
 *
 * Layout of a page: the title; the intro (and, when nothing was found, the "empty" text and the
 * suggestions) as the description; one field per result — a heading (verdict, speaker, addressee,
 * date or the answer's label), the snippet with its highlights in bold, the comparison for close
 * matches and the citation `¶N · title`, linked to the original page when the briefing has a URL;
 * then one field per listing item; a footer with the briefing, its source and the page number.
 * Every piece of answer text is escaped first: user text echoed back cannot format or ping.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, AnswerItem, AnswerResult, Citation, DiffPart, Verdict } from '../answer/types';
import {
  escapeDiscordText,
  escapeToFit,
  formatHighlighted,
  safeLinkUrl,
  truncateText,
} from './discord-markdown';
import {
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_TEXT_MAX,
  EMBED_TITLE_MAX,
  EMBED_URL_MAX,
  EMBEDS_TOTAL_CHARACTERS_MAX,
} from './limits';

/** How Discord answers are laid out. */
export const DISCORD_RENDER_DEFAULTS = Object.freeze({
  /** Cited results on one page: a whole status brief (7 bullets) or summary fits one embed. */
  resultsPerPage: 7,
  /** Listing items on one page. */
  itemsPerPage: 12,
  /** Characters of the 6000-character embed budget left unused on every page, as a safety margin. */
  safetyMargin: 200,
  /** Longest description (intro, empty text, suggestions). */
  descriptionMax: 1500,
  /** Longest snippet inside a field, before the comparison and the citation. */
  snippetMax: 700,
  /** Suggestions listed at most. */
  suggestionsMax: 10,
  /** Colour of commands not listed in {@link COMMAND_COLOURS} (topic status briefs). */
  defaultColour: 0x2f80ed,
  /** Colour of error replies. */
  errorColour: 0xd64545,
});

/** A colour per command, so a glance tells which command answered. */
export const COMMAND_COLOURS: Readonly<Record<string, number>> = Object.freeze({
  ask: 0x3b82f6,
  'who-said': 0xf59e0b,
  quotes: 0xa855f7,
  speakers: 0x14b8a6,
  topic: 0x2f80ed,
  summary: 0x22c55e,
  timeline: 0x64748b,
  check: 0xef4444,
  help: 0x94a3b8,
  paragraph: 0x0ea5e9,
});

const VERDICT_MARKS: Readonly<Record<Verdict, string>> = Object.freeze({
  exact: '✅ Exact',
  close: '≈ Close',
  'not-found': '✗ Not in the briefings',
  misattributed: '⚠ Misattributed',
});

const SEPARATOR = ' · ';

/** One page of a rendered answer. */
export interface DiscordPage {
  readonly embed: APIEmbed;
  /** The citations shown on this page, in order, without duplicates ("Show paragraph" buttons). */
  readonly citations: readonly Citation[];
}

/** Options of {@link renderDiscordPages}. */
export interface DiscordRenderOptions {
  /** Override the layout defaults (tests; narrower pages). */
  readonly resultsPerPage?: number;
  readonly itemsPerPage?: number;
}

/** The colour of a command's embeds. */
export function commandColour(command: string): number {
  return COMMAND_COLOURS[command] ?? DISCORD_RENDER_DEFAULTS.defaultColour;
}

/**
 * Renders an answer as pages of one embed each. There is always at least one page; every page
 * fits Discord's limits with {@link DISCORD_RENDER_DEFAULTS.safetyMargin} characters to spare.
 */
export function renderDiscordPages(answer: Answer, options: DiscordRenderOptions = {}): DiscordPage[] {
  const resultsPerPage = Math.max(1, options.resultsPerPage ?? DISCORD_RENDER_DEFAULTS.resultsPerPage);
  const itemsPerPage = Math.max(1, options.itemsPerPage ?? DISCORD_RENDER_DEFAULTS.itemsPerPage);
  const title = escapeToFit(answer.title, EMBED_TITLE_MAX);
  const description = describe(answer);
  const colour = commandColour(answer.command);
  const blocks: Block[] = [
    ...answer.results.map((result): Block => ({
      field: resultField(result),
      citation: result.citation,
      kind: 'result',
    })),
    ...(answer.items ?? []).map((item): Block => ({ field: itemField(item), kind: 'item' })),
  ];
  const budget = EMBEDS_TOTAL_CHARACTERS_MAX - DISCORD_RENDER_DEFAULTS.safetyMargin;
  const footerRoom = (answer.footer?.length ?? 0) + 20;
  const pages: Block[][] = [];
  let current: Block[] = [];
  let used = title.length + (description?.length ?? 0) + footerRoom;
  for (const block of blocks) {
    const size = block.field.name.length + block.field.value.length;
    const results = current.filter((b) => b.kind === 'result').length;
    const items = current.length - results;
    const full =
      current.length >= EMBED_FIELDS_MAX ||
      used + size > budget ||
      (block.kind === 'result' && results >= resultsPerPage) ||
      (block.kind === 'item' && items >= itemsPerPage);
    if (current.length > 0 && full) {
      pages.push(current);
      current = [];
      used = title.length + (description?.length ?? 0) + footerRoom;
    }
    current.push(block);
    used += size;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages.map((page, index) => ({
    embed: pageEmbed(answer, { title, description, colour, page, index, count: pages.length }),
    citations: uniqueCitations(page),
  }));
}

interface Block {
  readonly field: APIEmbedField;
  readonly citation?: Citation;
  readonly kind: 'result' | 'item';
}

function pageEmbed(
  answer: Answer,
  page: { title: string; description?: string; colour: number; page: Block[]; index: number; count: number },
): APIEmbed {
  const embed: APIEmbed = { title: page.title, color: page.colour };
  if (page.description) embed.description = page.description;
  if (page.page.length > 0) embed.fields = page.page.map((block) => block.field);
  const pageNote = page.count > 1 ? `Page ${page.index + 1}/${page.count}` : undefined;
  const footer = [answer.footer ? cleanFooter(answer.footer) : undefined, pageNote]
    .filter(Boolean)
    .join(SEPARATOR);
  if (footer) embed.footer = { text: truncateText(footer, EMBED_FOOTER_TEXT_MAX) };
  return embed;
}

/** Footers are not markdown in Discord, so they are shown as cleaned plain text. */
function cleanFooter(text: string): string {
  return escapeDiscordText(text).replace(/\\(.)/g, '$1');
}

function describe(answer: Answer): string | undefined {
  const max = Math.min(EMBED_DESCRIPTION_MAX, DISCORD_RENDER_DEFAULTS.descriptionMax);
  // An intro keeps its line breaks (one line per checked quotation, source then hint), never blank lines.
  const intro = answer.intro ? introLines(answer.intro) : '';
  const nothing = answer.results.length === 0 && (answer.items?.length ?? 0) === 0;
  const empty = nothing
    ? escapeToFit(answer.empty ?? 'Nothing found.', DISCORD_RENDER_DEFAULTS.descriptionMax / 2)
    : undefined;
  const suggestions = (answer.suggestions ?? [])
    .slice(0, DISCORD_RENDER_DEFAULTS.suggestionsMax)
    .map((s) => '`' + (truncateText(s.replace(/`/g, "'").replace(/\s+/g, ' ').trim(), 100) || ' ') + '`');
  const compose = (introMax: number, shown: readonly string[]) =>
    [
      intro ? escapeToFit(intro, introMax, true) : undefined,
      empty,
      shown.length > 0 ? `Did you mean: ${shown.join(', ')}?` : undefined,
    ]
      .filter((part): part is string => part !== undefined && part.length > 0)
      .join('\n\n');
  // Too long: fewer suggestions first, then a shorter intro; every piece stays escaped exactly once.
  let shown = suggestions;
  let text = compose(max, shown);
  while (text.length > max && shown.length > 0) {
    shown = shown.slice(0, -1);
    text = compose(max, shown);
  }
  if (text.length > max)
    text = compose(Math.max(20, max - (text.length - Math.min(intro.length, max)) - 4), shown);
  return text.length > 0 ? text.slice(0, max) : undefined;
}

/** The intro's non-blank lines, each with its whitespace folded. */
function introLines(intro: string): string {
  return intro
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The heading of a result: its verdict, then its label or who said it to whom and when. */
export function resultHeading(result: AnswerResult): string {
  const parts: string[] = [];
  if (result.verdict) parts.push(VERDICT_MARKS[result.verdict]);
  if (result.label) parts.push(result.label);
  else if (result.speaker) {
    let who = result.speaker;
    if (result.to) who += ` → ${result.to}`;
    parts.push(who);
    const when = [result.when, result.date && result.date !== result.when ? `(${result.date})` : undefined]
      .filter(Boolean)
      .join(' ');
    if (when) parts.push(when);
  }
  if (parts.length === 0) parts.push(`¶${result.paragraph}`);
  return parts.join(SEPARATOR);
}

/** The citation `¶N · title`, a masked link to the original page when the briefing has a URL. */
export function citationMarkdown(citation: Citation, max = 300): string {
  const prefix = `¶${citation.paragraph}${SEPARATOR}`;
  const title = escapeToFit(citation.title, Math.max(10, max - prefix.length - EMBED_URL_MAX / 8));
  const url = safeLinkUrl(citation.url, Math.max(0, max - prefix.length - title.length - 4));
  return url ? `[${prefix}${title}](${url})` : `${prefix}${title}`;
}

function resultField(result: AnswerResult): APIEmbedField {
  const name = escapeToFit(resultHeading(result), EMBED_FIELD_NAME_MAX);
  const citation = citationMarkdown(result.citation, EMBED_FIELD_VALUE_MAX / 2);
  const diff = result.diff && result.diff.length > 0 ? diffMarkdown(result.diff) : undefined;
  const room = EMBED_FIELD_VALUE_MAX - citation.length - (diff ? diff.length + 1 : 0) - 4;
  const quoted = result.kind !== undefined;
  const snippetMax = Math.min(DISCORD_RENDER_DEFAULTS.snippetMax, room - (quoted ? 2 : 0));
  const snippet = formatHighlighted(result.text, result.highlights, Math.max(20, snippetMax));
  const lines = [(quoted ? '> ' : '') + snippet];
  if (diff && room > 0) lines.push(diff);
  lines.push(citation);
  return { name, value: fitValue(lines.join('\n'), snippet, citation) };
}

/** Guards the field limit even for extreme inputs: drops the snippet before the citation. */
function fitValue(value: string, snippet: string, citation: string): string {
  if (value.length <= EMBED_FIELD_VALUE_MAX) return value;
  const short = escapeToFit(snippet.replace(/\\(.)/g, '$1').replace(/\*\*/g, ''), 200);
  const fallback = `${short}\n${citation}`;
  return fallback.length <= EMBED_FIELD_VALUE_MAX ? fallback : citation.slice(0, EMBED_FIELD_VALUE_MAX);
}

/** Words asked about beside the real words: missing words struck through, real words in bold. */
export function diffMarkdown(diff: readonly DiffPart[], max = 300): string {
  let out = 'Compared: ';
  for (const part of diff) {
    const text = escapeDiscordText(part.text);
    if (!text) continue;
    const piece = part.op === 'same' ? text : part.op === 'removed' ? `~~${text}~~` : `**${text}**`;
    const joined = out.endsWith(' ') ? piece : ' ' + piece;
    if (out.length + joined.length > max - 1) return out.trimEnd() + ' …';
    out += joined;
  }
  return out;
}

function itemField(item: AnswerItem): APIEmbedField {
  return {
    name: escapeToFit(item.name || '—', EMBED_FIELD_NAME_MAX),
    value: escapeToFit(item.value || '—', EMBED_FIELD_VALUE_MAX, true),
  };
}

function uniqueCitations(page: readonly Block[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const block of page) {
    if (!block.citation) continue;
    const key = `${block.citation.article}\u0000${block.citation.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(block.citation);
  }
  return out;
}

/** Characters of an embed as Discord counts them against the 6000 limit. */
export function embedCharacters(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}
