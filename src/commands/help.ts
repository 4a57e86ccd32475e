import type { Answer } from '../answer/types';
import type { CommandSpec } from './types';

/** `/help` — the commands, generated from the registry. */
export const helpCommand: CommandSpec = {
  name: 'help',
  description: 'What this bot can do: every command and its options',
  group: 'meta',
  options: [],
  run(_args, { index, commands }): Answer {
    const items = commands
      .filter((c) => (c.type ?? 'chat') === 'chat')
      .map((c) => {
        const own = c.options.filter((o) => !['briefing', 'hide', 'mention'].includes(o.name));
        const usage = own.map((o) => (o.required ? `${o.name}:` : `[${o.name}:]`)).join(' ');
        return { name: `/${c.name}${usage ? ` ${usage}` : ''}`, value: c.description };
      });
    const messageCommands = commands
      .filter((c) => c.type === 'message')
      .map((c) => ({ name: `Apps → ${c.name}`, value: c.description }));
    return {
      command: 'help',
      title: 'briefing-bot commands',
      intro: `${index.briefings.length} briefing${index.briefings.length === 1 ? '' : 's'} loaded. Every command also takes briefing: (one briefing) and hide: (only you see the answer).`,
      results: [],
      items: [...items, ...messageCommands],
    };
  },
};
