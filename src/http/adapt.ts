/**
 * Raw interaction JSON (as Discord posts it to an interactions endpoint) → the router's view of
 * an interaction ({@link InteractionLike}), answered through an {@link InteractionExchange}.
 * Reads only what the router needs and checks it, since the body comes from the network.
 */
import { PermissionFlagsBits, type APIEmbed } from 'discord.js';
import type { CommandArgs } from '../commands/types';
import type { InteractionLike } from '../discord/interactions';
import type { ChannelMessageBody } from '../render/reply';
import type { Deferral, InteractionExchange } from './exchange';

/** Discord's numbers for interaction types. */
export const INTERACTION_TYPES = Object.freeze({
  ping: 1,
  command: 2,
  component: 3,
  autocomplete: 4,
  modalSubmit: 5,
} as const);

/** Discord's numbers for the kinds used here. */
const COMMAND_TYPE_CHAT = 1;
const COMMAND_TYPE_MESSAGE = 3;
const COMPONENT_BUTTON = 2;
const OPTION_SUBCOMMAND = 1;
const OPTION_SUBCOMMAND_GROUP = 2;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The fields every interaction carries. */
export interface InteractionEnvelope {
  readonly id: string;
  readonly applicationId: string;
  readonly type: number;
  readonly token: string;
  readonly data: Json;
  /** The member's user in a guild, the user in a DM. */
  readonly userId: string;
  /** The channel the interaction comes from. */
  readonly channelId?: string;
  /** The member's permissions in the channel (a bitfield as a decimal string); absent in DMs. */
  readonly memberPermissions?: string;
  /** The message a component sits on. */
  readonly message?: Json;
}

/**
 * The envelope of a posted interaction, or undefined when the body is not an interaction
 * (PINGs carry no user or data: they are read with `type` alone).
 */
export function readEnvelope(body: unknown): InteractionEnvelope | undefined {
  if (!isObject(body)) return undefined;
  const id = text(body.id);
  const applicationId = text(body.application_id);
  const token = text(body.token);
  const type = body.type;
  if (!id || !applicationId || !token || typeof type !== 'number') return undefined;
  const member = isObject(body.member) ? body.member : undefined;
  const user = isObject(member?.user) ? member.user : isObject(body.user) ? body.user : undefined;
  const channel = isObject(body.channel) ? body.channel : undefined;
  const channelId = text(body.channel_id) ?? text(channel?.id);
  const memberPermissions = text(member?.permissions);
  return {
    id,
    applicationId,
    type,
    token,
    data: isObject(body.data) ? body.data : {},
    userId: text(user?.id) ?? '',
    ...(channelId ? { channelId } : {}),
    ...(memberPermissions ? { memberPermissions } : {}),
    ...(isObject(body.message) ? { message: body.message } : {}),
  };
}

/**
 * Whether the member may manage the server (Manage Server, or Administrator, which implies every
 * permission). False in DMs and for anything unreadable.
 */
export function canManageServer(permissions: string | undefined): boolean {
  if (!permissions || !/^\d{1,40}$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}

/** Embeds and buttons of the message a component sits on (API JSON, as Discord sent them). */
function messageParts(message: Json | undefined): {
  embeds: readonly APIEmbed[];
  components: readonly unknown[];
} {
  return {
    embeds: Array.isArray(message?.embeds) ? (message.embeds as APIEmbed[]) : [],
    components: Array.isArray(message?.components) ? message.components : [],
  };
}

/** What the endpoint can do beyond answering the interaction. */
export interface AdaptOptions {
  /** Posts a message in a channel (needs the bot token; absent without one). */
  readonly postInChannel?: (channelId: string, body: ChannelMessageBody) => Promise<unknown>;
}

/** Option values as command arguments; subcommand options are flattened, user options give the id. */
export function optionArgs(options: unknown): Record<string, string | boolean | number> {
  const args: Record<string, string | boolean | number> = {};
  if (!Array.isArray(options)) return args;
  for (const option of options) {
    if (!isObject(option) || typeof option.name !== 'string') continue;
    if (option.type === OPTION_SUBCOMMAND || option.type === OPTION_SUBCOMMAND_GROUP) {
      Object.assign(args, optionArgs(option.options));
      continue;
    }
    const value = option.value;
    if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') {
      args[option.name] = value;
    }
  }
  return args;
}

/** The focused option of an autocomplete request (its value is whatever has been typed so far). */
function focusedOption(options: unknown): { name: string; value: string } | undefined {
  if (!Array.isArray(options)) return undefined;
  for (const option of options) {
    if (!isObject(option)) continue;
    if (option.focused === true && typeof option.name === 'string') {
      return { name: option.name, value: option.value === undefined ? '' : String(option.value) };
    }
    const nested = focusedOption(option.options);
    if (nested) return nested;
  }
  return undefined;
}

/** The content of the message a message command was used on. */
function targetMessageText(data: Json): string {
  const id = text(data.target_id);
  const resolved = isObject(data.resolved) ? data.resolved : undefined;
  const messages = isObject(resolved?.messages) ? resolved.messages : undefined;
  const message = id && messages && isObject(messages[id]) ? messages[id] : undefined;
  return text(message?.content) ?? '';
}

/**
 * How the answer to this interaction is deferred when it is late. A command's "thinking…" is
 * private when its answer will be (the `hide` option; message commands answer privately unless
 * `hide` is false), because an edit cannot make a message private afterwards.
 */
export function deferralFor(interaction: InteractionLike): Deferral {
  if (interaction.kind === 'autocomplete') return { kind: 'never' };
  if (interaction.kind === 'button') return { kind: 'update' };
  const ephemeral = interaction.fromMessage
    ? interaction.args.hide !== false
    : interaction.args.hide === true;
  return { kind: 'message', ephemeral };
}

/**
 * The router's view of an interaction, answering through `exchange`; undefined for kinds the bot
 * does not handle (PING is answered before this; modals, user commands and select menus are not
 * used by the bot).
 */
export function adaptInteraction(
  envelope: InteractionEnvelope,
  exchange: Pick<InteractionExchange, 'reply' | 'update' | 'respond'>,
  options: AdaptOptions = {},
): InteractionLike | undefined {
  const { id, data, userId } = envelope;
  const commandName = text(data.name);
  if (envelope.type === INTERACTION_TYPES.autocomplete && commandName) {
    const focused = focusedOption(data.options);
    if (!focused) return undefined;
    const args: CommandArgs = optionArgs(data.options);
    return {
      id,
      kind: 'autocomplete',
      commandName,
      userId,
      focused,
      args,
      respond: (choices) => exchange.respond(choices),
    };
  }
  if (envelope.type === INTERACTION_TYPES.command && commandName) {
    const commandType = data.type ?? COMMAND_TYPE_CHAT;
    if (commandType === COMMAND_TYPE_CHAT) {
      return {
        id,
        kind: 'command',
        commandName,
        userId,
        args: optionArgs(data.options),
        canManageServer: canManageServer(envelope.memberPermissions),
        reply: (body) => exchange.reply(body),
      };
    }
    if (commandType === COMMAND_TYPE_MESSAGE) {
      return {
        id,
        kind: 'command',
        commandName,
        userId,
        args: { message: targetMessageText(data) },
        fromMessage: true,
        ...(text(data.target_id) ? { targetMessageId: text(data.target_id) } : {}),
        canManageServer: canManageServer(envelope.memberPermissions),
        reply: (body) => exchange.reply(body),
      };
    }
    return undefined;
  }
  const customId = text(data.custom_id);
  if (envelope.type === INTERACTION_TYPES.component && data.component_type === COMPONENT_BUTTON && customId) {
    return {
      id,
      kind: 'button',
      customId,
      userId,
      message: messageParts(envelope.message),
      reply: (body) => exchange.reply(body),
      update: (body) => exchange.update(body),
      ...(options.postInChannel && envelope.channelId
        ? { postInChannel: (body: ChannelMessageBody) => options.postInChannel!(envelope.channelId!, body) }
        : {}),
    };
  }
  return undefined;
}
