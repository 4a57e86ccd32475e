import type { Answer, AnswerItem } from '../answer/types';
import { UserError } from '../errors';
import type { ReloadReport } from '../knowledge/store';
import type { CommandSpec } from './types';

const NOT_AVAILABLE = 'Reloading is not available here: this front end does not watch a knowledge folder.';

const list = (slugs: readonly string[]): string => slugs.join(', ') || 'none';

/** What a reload changed, as an answer. */
function reloadAnswer(report: ReloadReport): Answer {
  const items: AnswerItem[] = [
    { name: 'Added', value: list(report.added) },
    { name: 'Changed', value: list(report.changed) },
    { name: 'Removed', value: list(report.removed) },
    ...report.problems.map((p) => ({
      name: `Rejected: ${p.file}${p.line ? `:${p.line}` : ''}`,
      value: p.message,
    })),
  ];
  return {
    command: 'reload',
    title: report.swapped ? 'Briefings reloaded' : 'Briefings not reloaded',
    intro: report.swapped
      ? `${report.briefings} briefing${report.briefings === 1 ? '' : 's'} loaded.`
      : `The previous briefings are still served: ${report.keptBecause ?? 'the folder could not be read'}.`,
    results: [],
    items,
  };
}

/**
 * `/reload` (Manage Server only) — reloads the knowledge folder and reports what changed. Front ends
 * that can wait run it in the background (a worker thread builds the new index) and defer the reply.
 */
export const reloadCommand: CommandSpec = {
  name: 'reload',
  description: 'Reload the briefings from the knowledge folder and say what changed (admins)',
  group: 'meta',
  permission: 'manage-server',
  slow: true,
  options: [],
  run(_args, ctx): Answer {
    if (!ctx.reload) throw new UserError(NOT_AVAILABLE);
    return reloadAnswer(ctx.reload());
  },
  async runAsync(_args, ctx): Promise<Answer> {
    if (!ctx.reloadInBackground) {
      if (!ctx.reload) throw new UserError(NOT_AVAILABLE);
      return reloadAnswer(ctx.reload());
    }
    return reloadAnswer(await ctx.reloadInBackground());
  },
};
