import type { Briefing } from '../knowledge/types';
import { resolveDate } from './dates';
import { splitSentences } from './sentences';
import { extractStatements } from './statements';
import { extractEvents } from './timeline';
import type { AnalysedBriefing, Sentence, Statement } from './types';

/** Splits every paragraph of a briefing into sentences. */
export function briefingSentences(briefing: Briefing): Sentence[][] {
  return briefing.paragraphs.map((p) =>
    splitSentences(p.text).map((span, index) => ({ paragraph: p.number, index, ...span })),
  );
}

/**
 * Runs the whole analysis of one briefing: sentences, then speakers and statements, then the dates
 * of statements and the timeline. Pure: the same briefing always gives the same result.
 */
export function analyseBriefing(briefing: Briefing): AnalysedBriefing {
  const sentences = briefingSentences(briefing);
  const { speakers, statements: found } = extractStatements(briefing, sentences);
  const statements: Statement[] = found.map((s) => {
    if (s.date || !s.when) return s;
    const { date } = resolveDate(s.when, briefing.published);
    return date ? { ...s, date } : s;
  });
  const events = extractEvents(briefing, sentences, statements);
  return Object.freeze({ briefing, sentences, speakers, statements, events });
}
