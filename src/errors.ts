/**
 * Every error the user can cause, in one place. A {@link UserError} is the user's to fix (exit
 * code 2, an ephemeral explanation in Discord); anything else is a fault (exit code 1, "something
 * went wrong" and an error log).
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** Close alternatives to offer ("did you mean"). */
  readonly suggestions: readonly string[];
  constructor(message: string, suggestions: readonly string[] = []) {
    super(message);
    this.suggestions = suggestions;
  }
}

export const isUserError = (error: unknown): error is UserError => error instanceof UserError;

/** Message builders: what was wrong and what to do. */
export const messages = {
  unknownCommand: (name: string) => `Unknown command "/${name}". Type /help to see the commands.`,
  missingOption: (command: string, option: string) =>
    `/${command} needs the option "${option}", e.g. /${command} ${option}: <text>.`,
  emptyOption: (command: string, option: string) =>
    `The option "${option}" of /${command} is empty: write some words after "${option}:".`,
  unknownOption: (command: string, option: string, known: readonly string[]) =>
    `/${command} has no option "${option}"; its options are: ${known.join(', ') || 'none'}.`,
  badBoolean: (option: string, value: string) =>
    `The option "${option}" takes true or false, not "${value}".`,
  notACommand: (line: string) =>
    `"${line}" is not a command: commands start with "/", e.g. /ask question: When will the ISF deploy?`,
  unknownBriefing: (name: string) =>
    `No briefing is called "${name}". Use /help or \`briefing-bot check\` to list the briefings.`,
  unknownSpeaker: (name: string) => `Nobody called "${name}" is quoted in the briefings.`,
  unknownTopic: (name: string) => `No topic is called "${name}".`,
  noBriefings: (dir: string) =>
    `The knowledge folder "${dir}" has no briefings. Add a .md or .txt file (see the README) or pass --knowledge DIR.`,
  unreadableKnowledge: (dir: string, reason: string) =>
    `Cannot read the knowledge folder "${dir}": ${reason}. Pass --knowledge DIR or set KNOWLEDGE_DIR.`,
  needsManageServer: (command: string) =>
    `/${command} is for server admins: it needs the Manage Server permission.`,
} as const;
