import { createInterface } from 'node:readline';
import type { Knowledge } from '../app';
import { parseCommandLine } from '../commands/parse-line';
import { runCommand } from '../commands/registry';
import { isUserError } from '../errors';
import { COLOUR_STYLE, PLAIN_STYLE, renderErrorText, renderText } from '../render/text';

/** Streams the console talks to. */
export interface ConsoleStreams {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream & { isTTY?: boolean };
  readonly errors: NodeJS.WritableStream;
  /** Say that the console runs because no Discord token is set (from `start`). */
  readonly notice?: boolean;
}

export const CONSOLE_DEFAULTS = Object.freeze({
  prompt: 'briefing> ',
  historySize: 200,
  exitWords: Object.freeze(['exit', 'quit', '/exit', '/quit']),
});

/** Answers one console line; returns the text to print and whether it was an error. */
export function answerLine(
  knowledge: Knowledge,
  line: string,
  colour: boolean,
): { text: string; error: boolean } {
  const trimmed = line.trim();
  const command = trimmed.startsWith('/')
    ? trimmed
    : trimmed.toLowerCase() === 'help'
      ? '/help'
      : `/ask ${trimmed}`;
  try {
    const { name, args } = parseCommandLine(command, knowledge.registry);
    const answer = runCommand(knowledge.registry, name, args, knowledge.context);
    return { text: renderText(answer, colour ? COLOUR_STYLE : PLAIN_STYLE), error: false };
  } catch (error) {
    if (isUserError(error)) return { text: renderErrorText(error.message, error.suggestions), error: true };
    return { text: `Something went wrong: ${(error as Error).message}`, error: true };
  }
}

/** Tab completion of command names: `/wh` → `/who-said `. */
export function completeCommand(knowledge: Knowledge, line: string): [string[], string] {
  if (!line.startsWith('/') || line.includes(' ')) return [[], line];
  const names = knowledge.registry.commands
    .filter((c) => (c.type ?? 'chat') === 'chat')
    .map((c) => `/${c.name} `);
  const hits = names.filter((name) => name.startsWith(line));
  return [hits.length > 0 ? hits : names, line];
}

function banner(knowledge: Knowledge, colour: boolean): string {
  const style = colour ? COLOUR_STYLE : PLAIN_STYLE;
  const count = knowledge.index.briefings.length;
  const newest = knowledge.index.briefings[0]?.briefing.title;
  return [
    style.title('briefing-bot console'),
    `${count} briefing${count === 1 ? '' : 's'} loaded${newest ? ` (newest: ${newest})` : ''}.`,
    'Type a command as in Discord, e.g. /ask question: When will the ISF be deployed?',
    '/help lists the commands (Tab completes them); plain text is asked as a question; exit or Ctrl-D leaves.',
    '',
  ].join('\n');
}

/**
 * Runs the console. On a TTY: a banner, a prompt with history, colour. Otherwise one command per
 * input line, each answer followed by a blank line, until the input ends. `source` may be a
 * getter, so that a reloaded index serves the next line.
 * @returns the exit code (0).
 */
export function runConsole(source: Knowledge | (() => Knowledge), streams: ConsoleStreams): Promise<number> {
  const current = typeof source === 'function' ? source : () => source;
  const knowledge = current();
  const interactive = streams.input.isTTY === true && streams.output.isTTY === true;
  const colour = interactive;
  if (streams.notice) {
    streams.errors.write(
      'No DISCORD_TOKEN set: running the local console. Put DISCORD_TOKEN=<bot token> in .env to start the Discord bot.\n',
    );
  }
  if (knowledge.index.briefings.length === 0) {
    streams.errors.write(
      `The knowledge folder "${knowledge.dir}" has no briefings yet: add one (see the README).\n`,
    );
  }
  const rl = createInterface({
    input: streams.input,
    output: interactive ? streams.output : undefined,
    terminal: interactive,
    historySize: CONSOLE_DEFAULTS.historySize,
    prompt: CONSOLE_DEFAULTS.prompt,
    completer: interactive ? (line: string) => completeCommand(current(), line) : undefined,
  });
  if (interactive) {
    streams.output.write(banner(knowledge, colour));
    rl.prompt();
  }
  return new Promise((resolve) => {
    let leaving = false;
    rl.on('line', (line) => {
      if (leaving) return; // lines already read after "exit"
      const trimmed = line.trim();
      if (CONSOLE_DEFAULTS.exitWords.includes(trimmed.toLowerCase())) {
        leaving = true;
        rl.close();
        return;
      }
      if (trimmed) {
        const { text, error } = answerLine(current(), trimmed, colour);
        (error && !interactive ? streams.errors : streams.output).write(`${text}\n\n`);
      }
      if (interactive) rl.prompt();
    });
    rl.on('close', () => {
      if (interactive) streams.output.write('\n');
      resolve(0);
    });
  });
}
