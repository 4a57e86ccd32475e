/**
 * The checks every hostile case must pass, on what the bot would send:
 *
 * - Discord accepts the body: the e2e fake's rules (Discord's published zod schemas plus the
 *   6000-character rule, non-empty fields, custom_id limits …) for the callback type used;
 * - nobody can be pinged: `allowed_mentions.parse` is empty, the only user listed is the one given
 *   in a valid `mention` option, and the message content is nothing but that mention;
 * - text cannot format or ping: outside the renderer's own markup (bold highlights, struck-through
 *   diffs, `> ` before a quoted snippet on the first line, code spans around suggestions, the
 *   cooldown's timestamp and citation links to http(s) pages) no markdown, mention, masked link or
 *   `@everyone`/`@here` survives unescaped.
 */
import type { APIEmbed } from 'discord.js';
import type { ReplyBody } from '../../src/render/reply';
import { checkInteractionCallback, INTERACTION_TYPES, mentionProblems } from '../e2e/discord-rules';
import { MARKUP_FRAGMENTS } from './arbitraries';
import type { Sent } from './discord-path';

/** Mass mentions as Discord parses them (it ignores other capitalisations). */
const MASS_MENTION = /@(everyone|here)/;
/** Any escaped character: a backslash and what follows it. */
const ESCAPED = /\\[\s\S]/g;
/** The renderer's citation link `[¶14 · title](https://…)`, once escapes are neutralised. */
const CITATION_LINK = /\[¶\d+ · [^[\]\n]*\]\(https?:\/\/[^\s()<>]+\)/g;
/** A Discord timestamp the bot writes itself (the cooldown's "try again <t:…:R>"). */
const TIMESTAMP = /<t:\d+:[tTdDfFR]>/g;
/** The renderer's code spans (suggestions). */
const CODE_SPAN = /`[^`\n]*`/g;
/** Characters that format, hide, link or mention anywhere in a line. */
const INLINE_MARKUP = /[*_~`|[\]<]/;
/** A line that Discord would turn into a heading, list, quote or subtext. */
const LINE_START_MARKUP = /^\s*(#|>|-#|[-+*]\s|\d+\.\s)/;

/**
 * The hostile fragments with inline markup or a mass mention; escaped, none of them can appear as
 * typed. (Line-start markup such as `# ` is harmless mid-line and is checked per line instead.)
 */
const RAW_FRAGMENTS = MARKUP_FRAGMENTS.filter(
  (f) => /[*_~`|[\]<]|@everyone|@here/.test(f) && !/^[#>\-\d\\]/.test(f) && !f.includes('\n'),
);
/** The renderer's comparison line may bold or strike words the user typed (escaped first). */
const DIFF_LINE = 'Compared: ';
/** Canary words of the hostile fragments: never in a briefing, so never in a highlight. */
const CANARY_IN_BOLD = /\*\*[^*]*zqx[^*]*\*\*/;

/** What is wrong with one piece of embed text. Empty when it shows exactly as plain text. */
export function markupProblems(text: string, where: string): string[] {
  const problems: string[] = [];
  const mass = MASS_MENTION.exec(text);
  if (mass) problems.push(`${where}: "${mass[0]}" would ping`);
  const neutral = text.replace(ESCAPED, 'x');
  for (const line of neutral.split('\n')) {
    if (line.startsWith(DIFF_LINE)) continue;
    const raw = RAW_FRAGMENTS.find((fragment) => line.includes(fragment));
    if (raw) problems.push(`${where}: ${JSON.stringify(raw)} appears as typed`);
    if (CANARY_IN_BOLD.test(line)) problems.push(`${where}: typed text in bold`);
  }
  const bold = neutral.split('**').length - 1;
  if (bold % 2 !== 0) problems.push(`${where}: unbalanced "**"`);
  const lines = neutral
    .replace(CITATION_LINK, 'link')
    .replace(TIMESTAMP, 'time')
    .replace(CODE_SPAN, 'code')
    .replace(/\*\*/g, '')
    .replace(/~~/g, '')
    .split('\n')
    .map((line, i) => (i === 0 ? line.replace(/^> /, '') : line));
  for (const line of lines) {
    const inline = INLINE_MARKUP.exec(line);
    if (inline) problems.push(`${where}: unescaped "${inline[0]}" in ${JSON.stringify(line.slice(0, 120))}`);
    if (LINE_START_MARKUP.test(line))
      problems.push(`${where}: line starts with markup: ${JSON.stringify(line.slice(0, 60))}`);
  }
  return problems;
}

/** Markup problems of every text of an embed that Discord renders as markdown (not the footer). */
export function embedMarkupProblems(embed: APIEmbed, where: string): string[] {
  const problems: string[] = [];
  if (embed.title) problems.push(...markupProblems(embed.title, `${where}.title`));
  if (embed.description) problems.push(...markupProblems(embed.description, `${where}.description`));
  for (const [i, field] of (embed.fields ?? []).entries()) {
    problems.push(...markupProblems(field.name, `${where}.fields.${i}.name`));
    problems.push(...markupProblems(field.value, `${where}.fields.${i}.value`));
  }
  // Footers show no markdown and never mention; they only must not ping by text either.
  if (embed.footer && MASS_MENTION.test(embed.footer.text)) problems.push(`${where}.footer: mass mention`);
  return problems;
}

const SNOWFLAKE = /^\d{17,20}$/;

/** Mentions: nothing parsed from text; at most the valid `mention` user; content only that mention. */
export function pingProblems(body: ReplyBody, mention: unknown): string[] {
  const problems = mentionProblems(body, 'body');
  const allowed = typeof mention === 'string' && SNOWFLAKE.test(mention) ? mention : undefined;
  const users = body.allowed_mentions.users ?? [];
  if (users.some((user) => user !== allowed)) problems.push(`body: pings ${JSON.stringify(users)}`);
  if (body.content !== undefined && body.content !== `<@${allowed}>`) {
    problems.push(`body: content ${JSON.stringify(body.content.slice(0, 80))} is not the mention`);
  }
  return problems;
}

/** Every problem of what the bot sent for one interaction. */
export function sentProblems(sent: readonly Sent[], mention?: unknown): string[] {
  const problems: string[] = [];
  if (sent.length !== 1) problems.push(`sent ${sent.length} responses, expected exactly 1`);
  for (const one of sent) {
    if (one.how === 'autocomplete') {
      problems.push(
        ...checkInteractionCallback(
          { type: 8, data: { choices: one.choices } },
          INTERACTION_TYPES.autocomplete,
        ),
      );
      continue;
    }
    const body = one.body!;
    const callback =
      one.how === 'update'
        ? checkInteractionCallback({ type: 7, data: body }, INTERACTION_TYPES.component)
        : checkInteractionCallback({ type: 4, data: body }, INTERACTION_TYPES.command);
    problems.push(...callback, ...pingProblems(body, mention));
    for (const [i, embed] of (body.embeds ?? []).entries()) {
      problems.push(...embedMarkupProblems(embed, `embeds.${i}`));
    }
  }
  return problems;
}
