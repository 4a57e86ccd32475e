import type { Answer } from '../answer/types';
import type { ReloadReport } from '../knowledge/store';
import type { KnowledgeIndex } from '../search/knowledge-index';

/** Option types, as Discord names them. */
export type OptionType = 'string' | 'boolean' | 'user' | 'integer';

/** One option of a command, declared once for Discord, the console and `/help`. */
export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  /** Suggest values as the user types (string options only). */
  readonly autocomplete?: boolean;
  /** Longest accepted value (string options); Discord enforces it, the console trims to it. */
  readonly maxLength?: number;
}

/** Parsed arguments of a command, by option name. */
export type CommandArgs = Readonly<Record<string, string | boolean | number | undefined>>;

/** What a handler can read: the immutable index of every briefing, and the commands built from it. */
export interface CommandContext {
  readonly index: KnowledgeIndex;
  /** Every command of the registry (for `/help`). */
  readonly commands: readonly CommandSpec[];
  /** Reloads the knowledge folder, where the front end watches one (for `/reload`). */
  readonly reload?: () => ReloadReport;
  /** The same reload with the heavy work in a worker thread, for front ends that must stay responsive. */
  readonly reloadInBackground?: () => Promise<ReloadReport>;
}

/** How a front end reloads the knowledge folder for `/reload`. */
export interface Reloaders {
  readonly reload: () => ReloadReport;
  readonly reloadInBackground?: () => Promise<ReloadReport>;
}

/** Who may use a command. `manage-server`: members with the Manage Server permission (admins). */
export type CommandPermission = 'everyone' | 'manage-server';

/** An autocomplete suggestion: what the user sees and the value filled in. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/**
 * Which common options the registry adds to a command: every command takes `briefing` and `hide`;
 * search commands also take `mention`.
 */
export type CommandGroup = 'search' | 'brief' | 'meta';

/** A command: plain data plus a pure handler. One registry feeds every front end. */
export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly group: CommandGroup;
  /** Who may use it (default `everyone`); Discord hides admin commands from others, and the bot checks again on receipt. */
  readonly permission?: CommandPermission;
  /** `chat` (slash command, default) or `message` (a message context-menu command). */
  readonly type?: 'chat' | 'message';
  /** The command's own options; the registry appends the common ones. */
  readonly options: readonly OptionSpec[];
  /** May take over a second: front ends that can answer later (Discord) defer the reply first. */
  readonly slow?: boolean;
  /** Answers the command. Throws {@link UserError} for the user's mistakes. */
  run(args: CommandArgs, ctx: CommandContext): Answer;
  /** The same answer without blocking, where the work can leave the main thread (front ends prefer it). */
  runAsync?(args: CommandArgs, ctx: CommandContext): Promise<Answer>;
  /** Suggestions for an autocomplete option, best first (at most 25; names at most 100 characters). */
  autocomplete?(option: string, value: string, args: CommandArgs, ctx: CommandContext): readonly Choice[];
}
