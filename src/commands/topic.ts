import { UserError, messages } from '../errors';
import type { KnowledgeIndex } from '../search/knowledge-index';
import { editDistance } from '../search/edit-distance';
import { runTopicStatus } from './topic-status';
import type { Choice, CommandSpec } from './types';

/** Defaults of `/topic`. */
export const TOPIC_DEFAULTS = Object.freeze({
  /** Most "did you mean" topics offered. */
  suggestions: 3,
  /** Longest accepted topic name. */
  maxLength: 100,
});

/** Every distinct topic: its command name and title. */
function topicList(index: KnowledgeIndex): { command: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const { topic } of index.topics) if (!seen.has(topic.command)) seen.set(topic.command, topic.title);
  return [...seen.entries()].map(([command, title]) => ({ command, title }));
}

/** Finds a topic by command name ("isf-status", "/isf-status") or title, ignoring case. */
export function findTopic(index: KnowledgeIndex, name: string): string | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  return topicList(index).find((t) => t.command === wanted || t.title.toLowerCase() === wanted)?.command;
}

/** `/topic name:` — the status brief of any topic of any briefing. */
export const topicCommand: CommandSpec = Object.freeze<CommandSpec>({
  name: 'topic',
  description: 'The status brief of any topic the briefings declare',
  group: 'brief' as const,
  options: [
    {
      name: 'name',
      description: 'The topic, e.g. isf-status',
      type: 'string' as const,
      required: true,
      autocomplete: true,
      maxLength: TOPIC_DEFAULTS.maxLength,
    },
  ],
  run(args, ctx) {
    const name = String(args.name ?? '');
    const command = findTopic(ctx.index, name);
    if (!command) {
      const wanted = name.trim().replace(/^\//, '').toLowerCase();
      const suggestions = topicList(ctx.index)
        .map((t) => ({
          t,
          d: Math.min(editDistance(wanted, t.command), editDistance(wanted, t.title.toLowerCase())),
        }))
        .sort((a, b) => a.d - b.d)
        .slice(0, TOPIC_DEFAULTS.suggestions)
        .map(({ t }) => t.command);
      throw new UserError(messages.unknownTopic(name.trim()), suggestions);
    }
    return runTopicStatus(command, args, ctx, 'topic');
  },
  autocomplete(option, value, _args, ctx): readonly Choice[] {
    if (option !== 'name') return [];
    const typed = value.trim().replace(/^\//, '').toLowerCase();
    return topicList(ctx.index)
      .filter((t) => !typed || t.command.includes(typed) || t.title.toLowerCase().includes(typed))
      .map((t) => ({ name: `${t.title} (/${t.command})`, value: t.command }));
  },
});
