/**
 * Interaction routing: slash commands, message commands, autocomplete and buttons, each answered
 * through the command registry (`runCommand`, `autocomplete`) and the one reply module. Works on
 * a small interface of what it needs from an interaction, so the routing is tested without
 * discord.js; `bot.ts` adapts discord.js interactions to it.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../answer/types';
import type { Knowledge } from '../app';
import { autocomplete, runCommand, runCommandAsync } from '../commands/registry';
import type { CommandArgs } from '../commands/types';
import { isUserError, messages, UserError } from '../errors';
import type { Logger } from '../logger';
import { renderDiscordPages, type DiscordPage } from '../render/discord';
import {
  answerReply,
  autocompleteChoices,
  type ChannelMessageBody,
  faultReply,
  noticeReply,
  pageUpdate,
  publicReplyBody,
  publishedUpdate,
  removeButtonsUpdate,
  type ReplyBody,
  userErrorReply,
} from '../render/reply';
import {
  ERROR_MISSING_ACCESS,
  ERROR_MISSING_PERMISSIONS,
  ERROR_UNKNOWN_INTERACTION,
  INTERACTION_TOKEN_LIFETIME_MS,
  MESSAGE_ACTION_ROWS_MAX,
} from '../render/limits';
import type { Choice } from '../commands/types';
import { whoSaidThisCommand } from '../commands/check';
import { pageComponents, publicButtons, publishRow, withoutPublishButton } from './components';
import type { AnswerCache } from './answer-cache';
import type { Cooldown } from './cooldown';
import { ArgsStore, decodeButtonState, type PageState, type PublishState } from './custom-id';
import { paragraphAnswer } from './show-paragraph';

/** Behaviour of the router. */
export const INTERACTION_DEFAULTS = Object.freeze({
  /** How long page buttons work after the answer (the interaction token's lifetime). */
  pageLifetimeMs: INTERACTION_TOKEN_LIFETIME_MS,
  /** Option that receives a message command's target text when the command declares no option. */
  messageTextOption: 'text',
});

/** Notices the router sends itself. */
export const INTERACTION_TEXTS = Object.freeze({
  expiredTitle: 'These buttons have expired',
  expired: (command: string) =>
    `This answer is too old to page through. Run /${command} again for a fresh one.`,
  notYoursTitle: 'Not your answer',
  notYours: (command: string) =>
    `Only the person who asked can turn these pages. Run /${command} yourself to get your own copy.`,
  unknownButtonTitle: 'Unknown button',
  unknownButton: 'This button is from an older version of the bot. Run the command again.',
  notYourCheck:
    'Only the person who checked this message can post the check. Use "Who said this?" on the message yourself.',
  cannotPostTitle: 'Cannot post here',
  cannotPost:
    'I could not post in this channel. Give me the Send Messages and Read Message History permissions here, or share the check yourself.',
  noPostingHere: 'Posting a check in the channel is not available here. Share the check yourself.',
});

/** Message commands whose private answer can be posted in the channel as a reply to the message. */
const PUBLISHABLE_MESSAGE_COMMANDS: ReadonlySet<string> = new Set([whoSaidThisCommand.name]);

/** What the router needs from a slash-command or message-command interaction. */
export interface CommandInteractionLike {
  readonly id: string;
  readonly kind: 'command';
  readonly commandName: string;
  readonly userId: string;
  readonly args: CommandArgs;
  /** True for message context-menu commands: their answers are private by default. */
  readonly fromMessage?: boolean;
  /** The message a message command was used on (its id), for a public reply to it. */
  readonly targetMessageId?: string;
  /** Whether the member has the Manage Server permission (checked again for admin commands). */
  readonly canManageServer?: boolean;
  reply(body: ReplyBody): Promise<unknown>;
}

/** What the router needs from an autocomplete interaction. */
export interface AutocompleteInteractionLike {
  readonly id: string;
  readonly kind: 'autocomplete';
  readonly commandName: string;
  readonly userId: string;
  readonly focused: { readonly name: string; readonly value: string };
  readonly args: CommandArgs;
  respond(choices: readonly Choice[]): Promise<unknown>;
}

/** What the router needs from a button click. */
export interface ButtonInteractionLike {
  readonly id: string;
  readonly kind: 'button';
  readonly customId: string;
  readonly userId: string;
  /** The message the button sits on: its embeds and its buttons (API JSON). */
  readonly message?: { readonly embeds: readonly APIEmbed[]; readonly components: readonly unknown[] };
  reply(body: ReplyBody): Promise<unknown>;
  update(body: ReplyBody): Promise<unknown>;
  /** Posts a message in the button's channel (absent where the front end cannot). */
  postInChannel?(body: ChannelMessageBody): Promise<unknown>;
}

export type InteractionLike = CommandInteractionLike | AutocompleteInteractionLike | ButtonInteractionLike;

/** What the router reads: the current knowledge (swapped on reload), a logger and the clock. */
export interface RouterDeps {
  knowledge(): Knowledge;
  readonly logger: Logger;
  readonly store: ArgsStore;
  /** Rendered answers remembered per knowledge snapshot (absent: every answer is computed). */
  readonly answers?: AnswerCache;
  /** The per-user cooldown (absent: none). Autocomplete and buttons are exempt. */
  readonly cooldown?: Cooldown;
  now?(): number;
}

/** Discord's error code on a rejected request, when there is one. */
export function discordErrorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Routes one interaction and answers it. Never rejects: user errors get an ephemeral
 * explanation, faults an ephemeral "something went wrong" and an error log, and an interaction
 * that expired before the answer arrived (10062) a warning.
 */
export async function routeInteraction(interaction: InteractionLike, deps: RouterDeps): Promise<void> {
  const command =
    interaction.kind === 'button' ? interaction.customId.split('|')[0] : interaction.commandName;
  const log = deps.logger.child({ interaction: interaction.id, kind: interaction.kind, command });
  try {
    const wait = deps.cooldown?.take(interaction.userId, interaction.kind);
    if (wait && interaction.kind !== 'autocomplete') {
      await interaction.reply(wait);
      return;
    }
    if (interaction.kind === 'autocomplete') await answerAutocomplete(interaction, deps);
    else if (interaction.kind === 'command') await answerCommand(interaction, deps);
    else await answerButton(interaction, deps);
  } catch (error) {
    if (discordErrorCode(error) === ERROR_UNKNOWN_INTERACTION) {
      log.warn({ code: ERROR_UNKNOWN_INTERACTION }, 'interaction expired before the answer was sent');
      return;
    }
    if (isUserError(error) && interaction.kind !== 'autocomplete') {
      await send(interaction, userErrorReply(error.message, error.suggestions), log);
      return;
    }
    log.error({ err: error }, 'interaction failed');
    if (interaction.kind !== 'autocomplete') await send(interaction, faultReply(), log);
  }
}

/** Sends an error reply; a failure to send is logged, never thrown. */
async function send(
  interaction: CommandInteractionLike | ButtonInteractionLike,
  body: ReplyBody,
  log: Logger,
) {
  try {
    await interaction.reply(body);
  } catch (error) {
    const code = discordErrorCode(error);
    if (code === ERROR_UNKNOWN_INTERACTION)
      log.warn({ code }, 'interaction expired before the answer was sent');
    else log.error({ err: error }, 'could not send the error reply');
  }
}

async function answerAutocomplete(interaction: AutocompleteInteractionLike, deps: RouterDeps): Promise<void> {
  const knowledge = deps.knowledge();
  const choices = autocomplete(
    knowledge.registry,
    interaction.commandName,
    interaction.focused.name,
    interaction.focused.value,
    interaction.args,
    knowledge.context,
  );
  await interaction.respond(autocompleteChoices(choices));
}

function messageCommandArgs(knowledge: Knowledge, name: string, text: string): CommandArgs {
  const spec = knowledge.registry.get(name);
  const option =
    spec?.options.find((o) => o.type === 'string')?.name ?? INTERACTION_DEFAULTS.messageTextOption;
  return { [option]: text };
}

async function answerCommand(interaction: CommandInteractionLike, deps: RouterDeps): Promise<void> {
  const knowledge = deps.knowledge();
  const args = interaction.fromMessage
    ? messageCommandArgs(knowledge, interaction.commandName, String(interaction.args.message ?? ''))
    : interaction.args;
  if (
    knowledge.registry.get(interaction.commandName)?.permission === 'manage-server' &&
    !interaction.canManageServer
  ) {
    throw new UserError(messages.needsManageServer(interaction.commandName));
  }
  // a command whose work can leave the main thread (/reload) is awaited; the others are answered from memory
  const pages = knowledge.registry.get(interaction.commandName)?.runAsync
    ? renderDiscordPages(
        await runCommandAsync(knowledge.registry, interaction.commandName, args, knowledge.context),
      )
    : answerPages(deps, knowledge, interaction.commandName, args);
  const issued = Math.floor((deps.now?.() ?? Date.now()) / 1000);
  const hide = interaction.fromMessage ? interaction.args.hide !== false : interaction.args.hide === true;
  const mention = typeof interaction.args.mention === 'string' ? interaction.args.mention : undefined;
  const page = renderPage(pages, 0, {
    command: interaction.commandName,
    args,
    user: interaction.userId,
    issued,
    store: deps.store,
  });
  const components = [...page.components];
  if (
    interaction.fromMessage &&
    hide &&
    interaction.targetMessageId &&
    PUBLISHABLE_MESSAGE_COMMANDS.has(interaction.commandName) &&
    components.length < MESSAGE_ACTION_ROWS_MAX
  ) {
    const row = publishRow(interaction.userId, interaction.targetMessageId);
    if (row) components.push(row);
  }
  await interaction.reply(answerReply(page.embed, { hide, mention, components }));
}

/**
 * The Discord pages of a command's answer: from the answer cache for queries of the index, made
 * afresh for commands outside it (`/help`, admin commands) or without a cache.
 */
function answerPages(
  deps: RouterDeps,
  knowledge: Knowledge,
  command: string,
  args: CommandArgs,
): readonly DiscordPage[] {
  const compute = (): Answer => runCommand(knowledge.registry, command, args, knowledge.context);
  const spec = knowledge.registry.get(command);
  const cacheable = spec !== undefined && spec.group !== 'meta' && spec.permission !== 'manage-server';
  if (!deps.answers || !cacheable) return renderDiscordPages(compute());
  return deps.answers.get(knowledge, command, args, compute).pages;
}

function renderPage(
  pages: readonly DiscordPage[],
  requested: number,
  state: { command: string; args: CommandArgs; user: string; issued: number; store: ArgsStore },
) {
  const index = Math.min(Math.max(0, requested), pages.length - 1);
  const page = pages[index] ?? pages[0]!;
  const components = pageComponents(
    { ...state, page: index, pageCount: pages.length, citations: page.citations },
    state.store,
  );
  return { embed: page.embed, components };
}

async function answerButton(interaction: ButtonInteractionLike, deps: RouterDeps): Promise<void> {
  const state = decodeButtonState(interaction.customId, deps.store);
  if (state === 'unknown') {
    await interaction.reply(
      noticeReply(INTERACTION_TEXTS.unknownButtonTitle, INTERACTION_TEXTS.unknownButton),
    );
    return;
  }
  const knowledge = deps.knowledge();
  if (state === 'expired') {
    const command = interaction.customId.split('|')[4] ?? 'ask';
    await interaction.reply(noticeReply(INTERACTION_TEXTS.expiredTitle, INTERACTION_TEXTS.expired(command)));
    return;
  }
  if (state.kind === 'publish') {
    await publishCheck(interaction, state, deps);
    return;
  }
  if (state.kind === 'paragraph') {
    const answer = paragraphAnswer(knowledge.index, state.article, state.paragraph);
    const [page] = renderDiscordPages(answer);
    await interaction.reply(answerReply(page!.embed, { hide: true }));
    return;
  }
  await turnPage(interaction, state, deps);
}

/**
 * Posts a private check in the channel as a reply to the checked message (no pings), then
 * removes the button from the private answer so it cannot be posted twice.
 */
async function publishCheck(
  interaction: ButtonInteractionLike,
  state: PublishState,
  deps: RouterDeps,
): Promise<void> {
  if (interaction.userId !== state.user) {
    await interaction.reply(noticeReply(INTERACTION_TEXTS.notYoursTitle, INTERACTION_TEXTS.notYourCheck));
    return;
  }
  const embeds = interaction.message?.embeds ?? [];
  if (!interaction.postInChannel || embeds.length === 0) {
    await interaction.reply(noticeReply(INTERACTION_TEXTS.cannotPostTitle, INTERACTION_TEXTS.noPostingHere));
    return;
  }
  const components = interaction.message?.components ?? [];
  try {
    await interaction.postInChannel(publicReplyBody(embeds, state.message, publicButtons(components)));
  } catch (error) {
    const code = discordErrorCode(error);
    if (code !== ERROR_MISSING_PERMISSIONS && code !== ERROR_MISSING_ACCESS) throw error;
    deps.logger.warn({ code, interaction: interaction.id }, 'no permission to post the check in the channel');
    await interaction.reply(noticeReply(INTERACTION_TEXTS.cannotPostTitle, INTERACTION_TEXTS.cannotPost));
    return;
  }
  await interaction.update(publishedUpdate(withoutPublishButton(components)));
}

async function turnPage(
  interaction: ButtonInteractionLike,
  state: PageState,
  deps: RouterDeps,
): Promise<void> {
  if (interaction.userId !== state.user) {
    await interaction.reply(
      noticeReply(INTERACTION_TEXTS.notYoursTitle, INTERACTION_TEXTS.notYours(state.command)),
    );
    return;
  }
  const now = deps.now?.() ?? Date.now();
  if (now - state.issued * 1000 > INTERACTION_DEFAULTS.pageLifetimeMs) {
    // Remove the dead buttons from the message and say why.
    await interaction.update(removeButtonsUpdate());
    return;
  }
  const knowledge = deps.knowledge();
  const pages = answerPages(deps, knowledge, state.command, state.args);
  const page = renderPage(pages, state.page, { ...state, store: deps.store });
  await interaction.update(pageUpdate(page.embed, page.components));
}
