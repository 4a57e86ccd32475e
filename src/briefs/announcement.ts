import type { AnalysedBriefing } from '../analysis/types';
import type { Answer } from '../answer/types';
import { buildSummary } from './summary';

/** The post that announces a new briefing: its title, source and date, and its summary. */
export function buildAnnouncement(analysed: AnalysedBriefing): Answer {
  const { briefing } = analysed;
  const summary = buildSummary([analysed]);
  const about = [briefing.source, briefing.published].filter(Boolean).join(' · ');
  return {
    ...summary,
    command: 'announce',
    title: `New briefing: ${briefing.title}`,
    intro: [about, `Ask about it with /ask, /who-said or /summary briefing: ${briefing.slug}`]
      .filter(Boolean)
      .join('\n'),
  };
}
