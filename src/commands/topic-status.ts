import type { Answer } from '../answer/types';
import { buildStatusBrief } from '../briefs/status';
import type { TopicDefinition } from '../knowledge/types';
import type { KnowledgeIndex } from '../search/knowledge-index';
import type { CommandArgs, CommandContext, CommandSpec } from './types';

/** Discord's longest command description. */
const DESCRIPTION_MAX = 100;

export const TOPIC_STATUS_DEFAULTS = Object.freeze({
  /**
   * Unscoped, a status brief reads the newest briefings that declare the topic, at most this many:
   * where a story stands is in its latest reports, and the brief stays fast with thousands of briefings.
   */
  maxBriefings: 10,
});

/** The briefings a status brief reads: the one asked for, else the newest that declare the topic. */
function briefScope(index: KnowledgeIndex, command: string, briefing: string | undefined) {
  if (briefing) return index.scope(briefing);
  const declaring = new Set(index.topics.filter((e) => e.topic.command === command).map((e) => e.briefing));
  return index.briefings.filter((a) => declaring.has(a)).slice(0, TOPIC_STATUS_DEFAULTS.maxBriefings);
}

/**
 * The topic a command name stands for, as the briefings declare it: the definition of the scoped
 * briefing when it declares one, else of the newest briefing that does, with the terms of every
 * briefing that declares the same command (so each briefing's own wording is found).
 */
export function topicFor(
  index: KnowledgeIndex,
  command: string,
  scopeSlugs?: ReadonlySet<string>,
): TopicDefinition | undefined {
  const entries = index.topics.filter((e) => e.topic.command === command);
  const preferred = entries.find((e) => scopeSlugs?.has(e.briefing.briefing.slug)) ?? entries[0];
  if (!preferred) return undefined;
  const terms = [...new Set(entries.flatMap((e) => e.topic.terms))];
  return { ...preferred.topic, terms };
}

/**
 * Answers a topic's status brief over the briefings in scope: the newest briefings that declare the
 * topic, unless `briefing` names one.
 */
export function runTopicStatus(
  command: string,
  args: CommandArgs,
  { index }: CommandContext,
  answerAs = command,
): Answer {
  const scope = briefScope(index, command, typeof args.briefing === 'string' ? args.briefing : undefined);
  const topic = topicFor(index, command, new Set(scope.map((a) => a.briefing.slug)));
  if (!topic)
    return {
      command: answerAs,
      title: command,
      results: [],
      empty: `No briefing declares the topic /${command}.`,
    };
  return buildStatusBrief(scope, topic, { command: answerAs });
}

/**
 * One status command per distinct topic command name across the briefings (`/isf-status` for the
 * seed): a briefing's front matter declares it, no code change needed.
 */
export function topicCommands(index: KnowledgeIndex): CommandSpec[] {
  const seen = new Map<string, TopicDefinition>();
  for (const { topic } of index.topics) if (!seen.has(topic.command)) seen.set(topic.command, topic);
  return [...seen.values()].map((topic) => {
    const description = `Where it stands: ${topic.title}`;
    return Object.freeze({
      name: topic.command,
      description:
        description.length > DESCRIPTION_MAX ? `${description.slice(0, DESCRIPTION_MAX - 1)}…` : description,
      group: 'brief' as const,
      options: [],
      run: (args: CommandArgs, ctx: CommandContext) => runTopicStatus(topic.command, args, ctx),
    });
  });
}
