import { UserError, messages } from '../errors';
import type { Registry } from './registry';
import { closestCommands } from './closest';
import type { CommandArgs } from './types';

/** A command line split into the command name and its arguments. */
export interface ParsedLine {
  readonly name: string;
  readonly args: CommandArgs;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/**
 * Parses a command written as in Discord: `/who-said quote: huge failure briefing: gaza`. An option
 * starts where one of the command's option names is followed by `:` at the start of a word; text
 * after the command name before any option fills the first required string option
 * (`/who-said huge failure`). Plain string scanning: the input never becomes a RegExp.
 * @throws UserError when the line is not a command or names an unknown one.
 */
export function parseCommandLine(line: string, registry: Registry): ParsedLine {
  const text = line.trim();
  if (!text.startsWith('/')) throw new UserError(messages.notACommand(text));
  let nameEnd = 1;
  while (nameEnd < text.length && !isSpace(text[nameEnd])) nameEnd++;
  const name = text.slice(1, nameEnd).toLowerCase();
  const spec = registry.get(name);
  if (!spec) throw new UserError(messages.unknownCommand(name), closestCommands(registry.commands, name));

  const optionNames = spec.options.map((o) => o.name);
  const rest = text.slice(nameEnd);
  // find every "name:" that starts a word
  const marks: { name: string; start: number; valueStart: number }[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (i > 0 && !isSpace(rest[i - 1])) continue;
    for (const option of optionNames) {
      if (rest.startsWith(option, i) && rest[i + option.length] === ':') {
        marks.push({ name: option, start: i, valueStart: i + option.length + 1 });
        break;
      }
    }
  }
  const args: Record<string, string> = {};
  const leading = rest.slice(0, marks[0]?.start ?? rest.length).trim();
  if (leading) {
    const target =
      spec.options.find((o) => o.required && o.type === 'string') ??
      spec.options.find((o) => o.type === 'string' && o.name !== 'briefing');
    if (!target)
      throw new UserError(messages.unknownOption(spec.name, leading.split(' ')[0] ?? leading, optionNames));
    args[target.name] = leading;
  }
  marks.forEach((mark, i) => {
    const end = marks[i + 1]?.start ?? rest.length;
    args[mark.name] = rest.slice(mark.valueStart, end).trim();
  });
  return { name, args };
}
