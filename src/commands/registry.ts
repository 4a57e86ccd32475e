import type { Answer } from '../answer/types';
import { UserError, messages } from '../errors';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX } from '../render/limits';
import type { KnowledgeIndex } from '../search/knowledge-index';
import { askCommand } from './ask';
import { checkCommand, findInBriefingsCommand, whoSaidThisCommand } from './check';
import { closestCommands } from './closest';
import { commonOptions } from './common-options';
import { helpCommand } from './help';
import { quotesCommand } from './quotes';
import { reloadCommand } from './reload';
import { speakersCommand } from './speakers';
import { summaryCommand } from './summary';
import { timelineCommand } from './timeline';
import { topicCommand } from './topic';
import { topicCommands } from './topic-status';
import type { Choice, CommandArgs, CommandContext, CommandSpec, Reloaders } from './types';
import { whoSaidCommand } from './who-said';

/** The command set of one knowledge index: the built-in commands and one per topic. */
export interface Registry {
  readonly commands: readonly CommandSpec[];
  get(name: string): CommandSpec | undefined;
}

/** Built-in commands in the order `/help` lists them. `help` is added last (it lists the registry). */
const BUILT_IN: readonly CommandSpec[] = [
  askCommand,
  whoSaidCommand,
  quotesCommand,
  speakersCommand,
  summaryCommand,
  timelineCommand,
  topicCommand,
  checkCommand,
];

/** Message context-menu commands (right-click a message → Apps). */
const MESSAGE_COMMANDS: readonly CommandSpec[] = [whoSaidThisCommand, findInBriefingsCommand];

const withCommonOptions = (spec: CommandSpec): CommandSpec =>
  Object.freeze({
    ...spec,
    options: Object.freeze([...spec.options, ...commonOptions(spec.group, spec.type)]),
  });

/**
 * Builds the registry for an index: built-in commands, a status command per topic (no code change
 * to add one: a briefing's front matter declares it), and `/help`. Every command gets the common
 * options of its group.
 */
export function buildRegistry(index: KnowledgeIndex): Registry {
  const builtInNames = new Set([...BUILT_IN, helpCommand, reloadCommand].map((c) => c.name));
  const topics = topicCommands(index).filter((c) => !builtInNames.has(c.name));
  const commands = [...BUILT_IN, ...topics, helpCommand, reloadCommand, ...MESSAGE_COMMANDS].map(
    withCommonOptions,
  );
  const byName = new Map(commands.map((c) => [c.name, c]));
  return Object.freeze({ commands: Object.freeze(commands), get: (name: string) => byName.get(name) });
}

/**
 * Checks the arguments against the command's options: unknown options, missing or empty required
 * ones, wrong booleans; trims text to its `maxLength`.
 * @throws UserError saying what is wrong.
 */
export function validateArgs(spec: CommandSpec, args: CommandArgs): CommandArgs {
  const out: Record<string, string | boolean | number | undefined> = {};
  const known = new Set(spec.options.map((o) => o.name));
  for (const name of Object.keys(args)) {
    if (!known.has(name)) throw new UserError(messages.unknownOption(spec.name, name, [...known]));
  }
  for (const option of spec.options) {
    let value = args[option.name];
    if (typeof value === 'string') {
      value = value.trim();
      if (option.maxLength && value.length > option.maxLength) value = value.slice(0, option.maxLength);
      if (value === '') value = undefined;
      if (option.type === 'boolean' && typeof value === 'string') {
        const lower = value.toLowerCase();
        if (!['true', 'false', 'yes', 'no'].includes(lower))
          throw new UserError(messages.badBoolean(option.name, value));
        value = lower === 'true' || lower === 'yes';
      }
    }
    if (value === undefined && option.required) {
      const given = args[option.name];
      throw new UserError(
        given === undefined
          ? messages.missingOption(spec.name, option.name)
          : messages.emptyOption(spec.name, option.name),
      );
    }
    if (value !== undefined) out[option.name] = value;
  }
  return Object.freeze(out);
}

/**
 * Runs a command by name: validates its arguments, then calls its handler.
 * @throws UserError for an unknown command or bad arguments, or from the handler.
 */
export function runCommand(registry: Registry, name: string, args: CommandArgs, ctx: CommandContext): Answer {
  const spec = registry.get(name);
  if (!spec) throw new UserError(messages.unknownCommand(name), closestCommands(registry.commands, name));
  return spec.run(validateArgs(spec, args), ctx);
}

/**
 * Runs a command for a front end that can wait: the command's `runAsync` where it has one (its heavy
 * work off the main thread), else `run`.
 * @throws UserError as {@link runCommand} does.
 */
export async function runCommandAsync(
  registry: Registry,
  name: string,
  args: CommandArgs,
  ctx: CommandContext,
): Promise<Answer> {
  const spec = registry.get(name);
  if (!spec?.runAsync) return runCommand(registry, name, args, ctx);
  return spec.runAsync(validateArgs(spec, args), ctx);
}

/** Cuts a choice to Discord's limits. */
const fitChoice = (choice: Choice): Choice => ({
  name: choice.name.length > CHOICE_NAME_MAX ? `${choice.name.slice(0, CHOICE_NAME_MAX - 1)}…` : choice.name,
  value: choice.value.slice(0, CHOICE_VALUE_MAX),
});

/**
 * Autocomplete suggestions for an option of a command, best first, within Discord's limits.
 * Never throws: a bad state gives no suggestions.
 */
export function autocomplete(
  registry: Registry,
  name: string,
  option: string,
  value: string,
  args: CommandArgs,
  ctx: CommandContext,
): Choice[] {
  const spec = registry.get(name);
  if (!spec) return [];
  let choices: readonly Choice[] = [];
  try {
    if (option === 'briefing') choices = ctx.index.suggestBriefings(value.slice(0, 200));
    else if (spec.autocomplete) choices = spec.autocomplete(option, value.slice(0, 200), args, ctx);
  } catch {
    choices = [];
  }
  const seen = new Set<string>();
  const unique: Choice[] = [];
  for (const choice of choices) {
    const fitted = fitChoice(choice);
    if (seen.has(fitted.value) || fitted.name.trim() === '') continue;
    seen.add(fitted.value);
    unique.push(fitted);
    if (unique.length === AUTOCOMPLETE_CHOICES_MAX) break;
  }
  return unique;
}

/** The context handlers run in: the index and the registry's commands. */
export function commandContext(
  index: KnowledgeIndex,
  registry: Registry,
  reloaders?: Reloaders,
): CommandContext {
  return Object.freeze({ index, commands: registry.commands, ...reloaders });
}
