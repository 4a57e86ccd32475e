import type { Briefing } from '../knowledge/types';
import type { Sentence, Speaker, Statement } from './types';

/** Statements and speakers of one briefing. (Placeholder while the extractor lands.) */
export function extractStatements(
  _briefing: Briefing,
  _sentences: readonly (readonly Sentence[])[],
): { speakers: Speaker[]; statements: Statement[] } {
  return { speakers: [], statements: [] };
}
