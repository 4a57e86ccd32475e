import type { Briefing } from '../knowledge/types';
import { fitLength, leadInContaining, tightenSentence } from './clauses';
import { findTimePhrases, resolvePhrase, type TimePhrase } from './dates';
import type { Sentence, Statement, TimelineEvent } from './types';

/** Defaults of event extraction. */
export const TIMELINE_DEFAULTS = Object.freeze({
  /** Longest event text. */
  maxEventText: 240,
});

/** Words that make "since 1988" a record's benchmark ("the driest summer since 1988"), not an event. */
const SUPERLATIVE_MARKERS = new Set([
  'first',
  'most',
  'least',
  'best',
  'worst',
  'biggest',
  'largest',
  'highest',
  'lowest',
]);

/** Whether a "since …" phrase closes a superlative: a comparison with the past, not a dated event. */
export function isBenchmark(sentence: string, start: number, phrase: string): boolean {
  if (!/^since\s/i.test(phrase)) return false;
  const before =
    sentence
      .slice(0, start)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return before
    .slice(-6)
    .some((w) => SUPERLATIVE_MARKERS.has(w) || (w.length > 4 && w.endsWith('est') && !w.endsWith('nest')));
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The statement an event belongs to: the one whose time phrase is this phrase, else the one whose
 * words contain the phrase (a date inside the reported words), else none (the caller then falls back
 * to the sentence's only statement).
 */
function statementFor(found: TimePhrase, statements: readonly Statement[]): Statement | undefined {
  const phrase = normalise(found.phrase);
  return (
    statements.find((s) => s.when !== undefined && normalise(s.when) === phrase) ??
    statements.find((s) => normalise(s.text).includes(phrase))
  );
}

/**
 * Every dated event of a briefing: one per time phrase of each sentence ("on Tuesday night", "Last
 * month", "at the start of 2026") except the benchmarks of records ("the driest summer since 1988"), with the date resolved from `published`, the tightened sentence
 * that says what happened, and who said it when the phrase dates a statement, sits in its words, or
 * sits in a sentence holding just that one statement.
 * Events come in reading order; ordering by time is the timeline brief's job.
 */
export function extractEvents(
  briefing: Briefing,
  sentences: readonly (readonly Sentence[])[],
  statements: readonly Statement[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const paragraph of sentences) {
    for (const sentence of paragraph) {
      const phrases = findTimePhrases(sentence.text);
      if (phrases.length === 0) continue;
      const here = statements.filter(
        (s) => s.paragraph === sentence.paragraph && s.sentence === sentence.index,
      );
      for (const found of phrases) {
        if (isBenchmark(sentence.text, found.start, found.phrase)) continue;
        const resolved = resolvePhrase(found, briefing.published);
        const leadIn = leadInContaining(sentence.text, [found.start, found.end]);
        // the sentence's only statement owns a phrase outside the lead-in ("Netanyahu recently noted …")
        const statement = statementFor(found, here) ?? (here.length === 1 && !leadIn ? here[0] : undefined);
        const text = leadIn
          ? fitLength(leadIn, TIMELINE_DEFAULTS.maxEventText)
          : tightenSentence(sentence.text, {
              keep: [[found.start, found.end]],
              maxLength: TIMELINE_DEFAULTS.maxEventText,
            }).text;
        events.push({
          paragraph: sentence.paragraph,
          sentence: sentence.index,
          phrase: found.phrase,
          ...(resolved.date ? { date: resolved.date } : {}),
          ...(resolved.sortKey !== undefined ? { sortKey: resolved.sortKey } : {}),
          text,
          ...(statement ? { speaker: statement.speaker } : {}),
        });
      }
    }
  }
  return events;
}
