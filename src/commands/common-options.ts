import type { CommandGroup, OptionSpec } from './types';

/** Longest text accepted in a string option (Discord enforces it; the console trims to it). */
export const MAX_TEXT_OPTION_LENGTH = 500;

/** `briefing`: limits a command to one briefing (all briefings, newest first, when omitted). */
export const BRIEFING_OPTION: OptionSpec = Object.freeze({
  name: 'briefing',
  description: 'Only this briefing (default: all, newest first)',
  type: 'string',
  autocomplete: true,
  maxLength: 200,
});

/** `hide`: reply only to the asker. */
export const HIDE_OPTION: OptionSpec = Object.freeze({
  name: 'hide',
  description: 'Show the answer only to you',
  type: 'boolean',
});

/** `mention`: a user to point the answer at; the only user the reply may ping. */
export const MENTION_OPTION: OptionSpec = Object.freeze({
  name: 'mention',
  description: 'Point the answer at this member (the only one pinged)',
  type: 'user',
});

/**
 * The options the registry appends to a command: every slash command takes `briefing` and `hide`,
 * search commands also `mention`; `meta` commands (help, reload) only `hide`; message commands none
 * (Discord gives them no options).
 */
export function commonOptions(group: CommandGroup, type: 'chat' | 'message' = 'chat'): readonly OptionSpec[] {
  if (type === 'message') return [];
  if (group === 'meta') return [HIDE_OPTION];
  return group === 'search' ? [BRIEFING_OPTION, HIDE_OPTION, MENTION_OPTION] : [BRIEFING_OPTION, HIDE_OPTION];
}
