import type { Briefing } from '../knowledge/types';
import { findTimePhrases, resolveDate, resolvePhrase } from './dates';
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
  const statements = found.map((s) => withDate(s, sentences, briefing.published));
  const events = extractEvents(briefing, sentences, statements);
  return Object.freeze({ briefing, sentences, speakers, statements, events });
}

/**
 * Resolves a statement's time phrase with the tense of its own sentence ("will meet on Monday" is
 * the next Monday, "met on Monday" the last one).
 */
function withDate(
  statement: Statement,
  sentences: readonly (readonly Sentence[])[],
  published?: string,
): Statement {
  if (statement.date || !statement.when) return statement;
  const sentence = sentences[statement.paragraph - 1]?.[statement.sentence];
  const wanted = statement.when.toLowerCase();
  const found = sentence
    ? findTimePhrases(sentence.text).find((p) => p.phrase.toLowerCase() === wanted)
    : undefined;
  const { date } = found ? resolvePhrase(found, published) : resolveDate(statement.when, published);
  return date ? { ...statement, date } : statement;
}
