import { describeDate, resolveDate } from '../analysis/dates';
import type { AnalysedBriefing, TimelineEvent } from '../analysis/types';
import { citationFor } from '../answer/citation';
import type { Answer, AnswerResult } from '../answer/types';

/** Defaults of the timeline brief. */
export const TIMELINE_BRIEF_DEFAULTS = Object.freeze({
  /** Most events listed (the renderer pages them); the intro says when more were left out. */
  maxEvents: 60,
});

interface Placed {
  readonly analysed: AnalysedBriefing;
  readonly order: number;
  readonly event: TimelineEvent;
}

/** Orders events by date; undated ones keep reading order after the dated ones of their briefing. */
function byTime(a: Placed, b: Placed): number {
  const ka = a.event.sortKey;
  const kb = b.event.sortKey;
  if (ka !== undefined && kb !== undefined && ka !== kb) return ka - kb;
  if (ka === undefined && kb !== undefined) return 1;
  if (kb === undefined && ka !== undefined) return -1;
  return a.order - b.order || a.event.paragraph - b.event.paragraph || a.event.sentence - b.event.sentence;
}

/**
 * The label of an event: its resolved date (with "after"/"by" when the phrase says so) and the
 * phrase as written — "2025-12-09 · on Tuesday night", "after 2025-12-25 · after Christmas".
 */
export function eventLabel(event: TimelineEvent, published?: string): string {
  // the relation ("after", "by") comes from the phrase; the date from the event, which knew the tense
  const resolved = resolveDate(event.phrase, published);
  let when = 'undated';
  if (event.date) when = describeDate({ ...resolved, date: event.date });
  else if (published && resolved.relation === 'before') when = `before ${published}`;
  else if (published && resolved.relation === 'after') when = `after ${published}`;
  return `${when} · ${event.phrase}`;
}

/** The intro line: where dates come from, and how many events did not fit. */
function introOf(published: string | undefined, leftOut: number, total: number): { intro?: string } {
  const parts: string[] = [];
  if (published) parts.push(`Dates resolved from the publication date, ${published}.`);
  if (leftOut > 0)
    parts.push(`The first ${total - leftOut} of ${total} events; pick a briefing to see all of its own.`);
  return parts.length > 0 ? { intro: parts.join(' ') } : {};
}

/**
 * The timeline of the briefings: every dated event in time order (events without a resolvable date
 * last, in reading order), each with its date and phrase as the label, what happened, who said it,
 * and its citation.
 */
export function buildTimeline(briefings: readonly AnalysedBriefing[]): Answer {
  const placed: Placed[] = briefings.flatMap((analysed, order) =>
    analysed.events.map((event) => ({ analysed, order, event })),
  );
  const ordered = placed.sort(byTime).slice(0, TIMELINE_BRIEF_DEFAULTS.maxEvents);
  const leftOut = placed.length - ordered.length;
  const results: AnswerResult[] = ordered.map(({ analysed, event }) => {
    const sentence = analysed.sentences[event.paragraph - 1]?.[event.sentence];
    return {
      text: event.text,
      article: analysed.briefing.slug,
      paragraph: event.paragraph,
      citation: citationFor(analysed.briefing, event.paragraph, sentence?.text),
      label: eventLabel(event, analysed.briefing.published),
      when: event.phrase,
      ...(event.date ? { date: event.date } : {}),
      ...(event.speaker ? { speaker: event.speaker } : {}),
    };
  });
  const single = briefings.length === 1 ? briefings[0]?.briefing : undefined;
  return {
    command: 'timeline',
    title: single ? `Timeline: ${single.title}` : 'Timeline',
    ...introOf(single?.published, leftOut, placed.length),
    results,
    empty: 'No dated events in the briefings: they give no days, months or years to place on a timeline.',
    ...(single ? { footer: [single.title, single.source].filter(Boolean).join(' · ') } : {}),
  };
}
