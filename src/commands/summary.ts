import { buildSummary } from '../briefs/summary';
import type { CommandSpec } from './types';

/** `/summary` — a short cited summary: lead facts and each principal speaker's main position. */
export const summaryCommand: CommandSpec = Object.freeze<CommandSpec>({
  name: 'summary',
  description: 'A short cited summary: the lead facts and what each main speaker said',
  group: 'brief' as const,
  options: [],
  run(args, { index }) {
    return buildSummary(index.scope(typeof args.briefing === 'string' ? args.briefing : undefined));
  },
});
