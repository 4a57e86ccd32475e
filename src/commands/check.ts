import type { Answer } from '../answer/types';
import { checkMessage } from '../check/check';
import { UserError, messages } from '../errors';
import { STRING_OPTION_LENGTH_MAX } from '../render/limits';
import type { CommandArgs, CommandContext, CommandSpec } from './types';

/** The articles in scope, or undefined for all of them. */
export function scopeArticles(args: CommandArgs, ctx: CommandContext): ReadonlySet<string> | undefined {
  const scope = ctx.index.scope(args.briefing as string | undefined);
  return scope.length === ctx.index.briefings.length ? undefined : new Set(scope.map((a) => a.briefing.slug));
}

function runCheck(command: string, option: string) {
  return (args: CommandArgs, ctx: CommandContext): Answer => {
    const text = String(args[option] ?? '');
    if (!text.trim()) throw new UserError(messages.emptyOption(command, option));
    return checkMessage(ctx.index, text, scopeArticles(args, ctx));
  };
}

/** `/check text:` — checks every quotation in a pasted message (the twin of "Who said this?"). */
export const checkCommand: CommandSpec = {
  name: 'check',
  description: 'Check every quotation in a pasted message: who really said it, exact or close',
  group: 'search',
  options: [
    {
      name: 'text',
      description: 'The message to check, quotation marks and all',
      type: 'string',
      required: true,
      maxLength: STRING_OPTION_LENGTH_MAX,
    },
  ],
  run: runCheck('check', 'text'),
};

/** Message command "Who said this?": a verdict for each quotation in the target message. */
export const whoSaidThisCommand: CommandSpec = {
  name: 'Who said this?',
  description: 'Check who really said the quotations in this message',
  group: 'search',
  type: 'message',
  options: [{ name: 'text', description: 'The message text', type: 'string', required: true }],
  run: runCheck('Who said this?', 'text'),
};

/** Message command "Find in briefings": the target message as an `/ask` question. */
export const findInBriefingsCommand: CommandSpec = {
  name: 'Find in briefings',
  description: 'Find what the briefings say about this message',
  group: 'search',
  type: 'message',
  options: [{ name: 'question', description: 'The message text', type: 'string', required: true }],
  run: (args, ctx) => {
    const ask = ctx.commands.find((c) => c.name === 'ask');
    if (!ask) throw new UserError(messages.unknownCommand('ask'));
    return ask.run({ question: String(args.question ?? '').slice(0, 500), briefing: args.briefing }, ctx);
  },
};
