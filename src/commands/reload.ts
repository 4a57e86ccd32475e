import type { Answer, AnswerItem } from '../answer/types';
import { UserError } from '../errors';
import type { CommandSpec } from './types';

const list = (slugs: readonly string[]): string => slugs.join(', ') || 'none';

/** `/reload` (Manage Server only) — reloads the knowledge folder and reports what changed. */
export const reloadCommand: CommandSpec = {
  name: 'reload',
  description: 'Reload the briefings from the knowledge folder and say what changed (admins)',
  group: 'meta',
  permission: 'manage-server',
  options: [],
  run(_args, ctx): Answer {
    if (!ctx.reload)
      throw new UserError(
        'Reloading is not available here: this front end does not watch a knowledge folder.',
      );
    const report = ctx.reload();
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
  },
};
