import { buildTimeline } from '../briefs/timeline';
import type { CommandSpec } from './types';

/** `/timeline` — every dated event in time order, dates resolved from each briefing's `published`. */
export const timelineCommand: CommandSpec = Object.freeze<CommandSpec>({
  name: 'timeline',
  description: 'Dated events in time order, with dates resolved from the publication date',
  group: 'brief' as const,
  options: [],
  run(args, { index }) {
    return buildTimeline(index.scope(typeof args.briefing === 'string' ? args.briefing : undefined));
  },
});
