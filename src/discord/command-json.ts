/**
 * The command registry → Discord application-command JSON (the body of the bulk PUT that
 * deploy-commands sends). Chat commands become type 1 with typed options (`max_length` on string
 * options, required options first, as Discord demands); message commands become type 3, which
 * Discord shows in a message's Apps menu and which carry no description or options.
 */
import type { CommandSpec, OptionSpec, OptionType } from '../commands/types';
import {
  CHAT_COMMAND_NAME_PATTERN,
  CHAT_COMMANDS_PER_SCOPE_MAX,
  COMMAND_COMBINED_CHARACTERS_MAX,
  COMMAND_DESCRIPTION_MAX,
  COMMAND_NAME_MAX,
  COMMAND_OPTIONS_MAX,
  MESSAGE_COMMANDS_PER_SCOPE_MAX,
  STRING_OPTION_LENGTH_MAX,
} from '../render/limits';

/** Discord's numbers for command types. */
export const APPLICATION_COMMAND_TYPES = Object.freeze({ chat: 1, user: 2, message: 3 } as const);

/** Discord's numbers for option types. */
export const OPTION_TYPES: Readonly<Record<OptionType, number>> = Object.freeze({
  string: 3,
  integer: 4,
  boolean: 5,
  user: 6,
});

/** One option as Discord's API takes it. */
export interface ApplicationCommandOptionJSON {
  readonly type: number;
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly max_length?: number;
  readonly min_length?: number;
}

/** One command as Discord's API takes it (`PUT /applications/{app}/commands` body element). */
export interface ApplicationCommandJSON {
  readonly type: number;
  readonly name: string;
  readonly description: string;
  readonly options?: readonly ApplicationCommandOptionJSON[];
  /** Permission bits a member needs to see and use the command. */
  readonly default_member_permissions?: number;
}

/** Discord's Manage Server permission bit (`MANAGE_GUILD`); the create-command schema takes it as a number. */
export const MANAGE_GUILD_PERMISSION = 1 << 5;

/** Why a command cannot be registered with Discord. */
export class CommandJsonError extends Error {
  override readonly name = 'CommandJsonError';
}

/** Converts one option; throws {@link CommandJsonError} when Discord would reject it. */
export function optionJSON(command: string, option: OptionSpec): ApplicationCommandOptionJSON {
  checkChatName(`option "${option.name}" of /${command}`, option.name);
  checkDescription(`option "${option.name}" of /${command}`, option.description);
  const json: { -readonly [K in keyof ApplicationCommandOptionJSON]: ApplicationCommandOptionJSON[K] } = {
    type: OPTION_TYPES[option.type],
    name: option.name,
    description: option.description,
  };
  if (option.required) json.required = true;
  if (option.type === 'string') {
    if (option.autocomplete) json.autocomplete = true;
    json.max_length = Math.min(option.maxLength ?? STRING_OPTION_LENGTH_MAX, STRING_OPTION_LENGTH_MAX);
    if (option.required) json.min_length = 1;
  }
  return json;
}

/** Converts one command; throws {@link CommandJsonError} when Discord would reject it. */
export function commandJSON(spec: CommandSpec): ApplicationCommandJSON {
  if (spec.type === 'message') {
    if (spec.name.trim().length === 0 || spec.name.length > COMMAND_NAME_MAX) {
      throw new CommandJsonError(
        `The message command "${spec.name}" needs a name of 1 to ${COMMAND_NAME_MAX} characters.`,
      );
    }
    return { type: APPLICATION_COMMAND_TYPES.message, name: spec.name, description: '' };
  }
  checkChatName(`/${spec.name}`, spec.name);
  checkDescription(`/${spec.name}`, spec.description);
  if (spec.options.length > COMMAND_OPTIONS_MAX) {
    throw new CommandJsonError(
      `/${spec.name} has ${spec.options.length} options; Discord allows ${COMMAND_OPTIONS_MAX}.`,
    );
  }
  const names = new Set<string>();
  for (const option of spec.options) {
    if (names.has(option.name))
      throw new CommandJsonError(`/${spec.name} declares the option "${option.name}" twice.`);
    names.add(option.name);
  }
  // Discord requires every required option to come before the optional ones.
  const ordered = [...spec.options.filter((o) => o.required), ...spec.options.filter((o) => !o.required)];
  const options = ordered.map((option) => optionJSON(spec.name, option));
  const json: ApplicationCommandJSON = {
    type: APPLICATION_COMMAND_TYPES.chat,
    name: spec.name,
    description: spec.description,
    ...(options.length > 0 ? { options } : {}),
    ...(spec.permission === 'manage-server' ? { default_member_permissions: MANAGE_GUILD_PERMISSION } : {}),
  };
  const combined = combinedCharacters(json);
  if (combined > COMMAND_COMBINED_CHARACTERS_MAX) {
    throw new CommandJsonError(
      `/${spec.name} has ${combined} characters of names and descriptions; Discord allows ${COMMAND_COMBINED_CHARACTERS_MAX}.`,
    );
  }
  return json;
}

/** The whole registry as the body of Discord's bulk overwrite, in registry order. */
export function commandsJSON(commands: readonly CommandSpec[]): ApplicationCommandJSON[] {
  const json = commands.map(commandJSON);
  const seen = new Set<string>();
  for (const command of json) {
    const key = `${command.type}:${command.name}`;
    if (seen.has(key)) throw new CommandJsonError(`Two commands are called "${command.name}".`);
    seen.add(key);
  }
  const chat = json.filter((c) => c.type === APPLICATION_COMMAND_TYPES.chat).length;
  const message = json.length - chat;
  if (chat > CHAT_COMMANDS_PER_SCOPE_MAX) {
    throw new CommandJsonError(`${chat} slash commands; Discord allows ${CHAT_COMMANDS_PER_SCOPE_MAX}.`);
  }
  if (message > MESSAGE_COMMANDS_PER_SCOPE_MAX) {
    throw new CommandJsonError(
      `${message} message commands; Discord allows ${MESSAGE_COMMANDS_PER_SCOPE_MAX}.`,
    );
  }
  return json;
}

function checkChatName(what: string, name: string): void {
  if (!CHAT_COMMAND_NAME_PATTERN.test(name)) {
    throw new CommandJsonError(
      `The name of ${what} must be 1 to ${COMMAND_NAME_MAX} lowercase letters, digits, "-" or "_"; "${name}" is not.`,
    );
  }
}

function checkDescription(what: string, description: string): void {
  if (description.length < 1 || description.length > COMMAND_DESCRIPTION_MAX) {
    throw new CommandJsonError(
      `The description of ${what} must have 1 to ${COMMAND_DESCRIPTION_MAX} characters; it has ${description.length}.`,
    );
  }
}

function combinedCharacters(json: ApplicationCommandJSON): number {
  let total = json.name.length + json.description.length;
  for (const option of json.options ?? []) total += option.name.length + option.description.length;
  return total;
}
