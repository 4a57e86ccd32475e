/**
 * Time phrases of news copy as written ("on Tuesday night", "Last month", "earlier this week",
 * "on Dec. 5", "two days ago"), found in a token list. Dates are resolved elsewhere.
 */
import type { Token } from './tokens';
import { wordSet as set } from './word-lists';

/** Weekday names (lowercase). */
export const WEEKDAYS = set('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
const DAY_PARTS = set('morning', 'afternoon', 'evening', 'night', 'overnight');
const RELATIVE = set('last', 'this', 'next', 'past');
const SHIFT = set('earlier', 'later', 'late', 'early');
const UNITS = set(
  'week',
  'month',
  'year',
  'weekend',
  'summer',
  'winter',
  'spring',
  'fall',
  'autumn',
  'decade',
);
const PLURAL_UNITS = set('days', 'weeks', 'months', 'years', 'hours', 'minutes', 'decades');
/** Month names and their dotted abbreviations (lowercase). */
export const MONTHS = set(
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
);
const DEICTIC = set('yesterday', 'today', 'tonight');
const COUNTS = set(
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'few',
);
const LEAD_PREPOSITIONS = set('on', 'in', 'since');

const isNumber = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && [...t.text].every((c) => c >= '0' && c <= '9');
const word = (t: Token | undefined): string => (t && t.kind === 'word' ? t.lower : '');
const capitalised = (t: Token | undefined): boolean =>
  !!t && (t.text[0] ?? '') !== (t.text[0] ?? '').toLowerCase();

/** Length in tokens of the time phrase starting at `i`, without a leading preposition (0 when none). */
function phraseAt(tokens: readonly Token[], i: number): number {
  const w = word(tokens[i]);
  const next = word(tokens[i + 1]);
  const dayPart = (k: number): number => (DAY_PARTS.has(word(tokens[k])) ? 1 : 0);
  if (WEEKDAYS.has(w)) return 1 + dayPart(i + 1);
  if (DEICTIC.has(w)) return 1 + dayPart(i + 1);
  if (RELATIVE.has(w) && (UNITS.has(next) || WEEKDAYS.has(next) || MONTHS.has(next)))
    return 2 + dayPart(i + 2);
  if (SHIFT.has(w)) {
    if (RELATIVE.has(next) && (UNITS.has(word(tokens[i + 2])) || WEEKDAYS.has(word(tokens[i + 2])))) return 3;
    if (WEEKDAYS.has(next) || DEICTIC.has(next)) return 2 + dayPart(i + 2);
    // "late on Sunday", "early on Monday morning"
    if (next === 'on' && WEEKDAYS.has(word(tokens[i + 2]))) return 3 + dayPart(i + 3);
    if (
      next === 'in' &&
      word(tokens[i + 2]) === 'the' &&
      (UNITS.has(word(tokens[i + 3])) || word(tokens[i + 3]) === 'day')
    )
      return 4;
  }
  if (MONTHS.has(w) && capitalised(tokens[i])) {
    let n = 1;
    if (isNumber(tokens[i + 1])) n++;
    if (tokens[i + n]?.text === ',' && isNumber(tokens[i + n + 1])) n += 2;
    else if (isNumber(tokens[i + n]) && (tokens[i + n]?.text.length ?? 0) === 4) n++;
    return n;
  }
  if (
    (COUNTS.has(w) || isNumber(tokens[i])) &&
    (PLURAL_UNITS.has(next) || UNITS.has(next) || next === 'day') &&
    word(tokens[i + 2]) === 'ago'
  )
    return 3;
  return 0;
}

/** A time phrase found in a token list: `[start, end)` token indices. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/** Every time phrase of a token list, with its leading preposition ("on", "in") when it has one. */
export function findTimeSpans(tokens: readonly Token[]): TimeSpan[] {
  const spans: TimeSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const lead = LEAD_PREPOSITIONS.has(word(tokens[i])) ? 1 : 0;
    const n = phraseAt(tokens, i + lead);
    if (n > 0) {
      // "in May" needs its preposition or a day number: a bare "May" is a modal verb too
      const w = word(tokens[i + lead]);
      if (MONTHS.has(w) && n === 1 && !lead) {
        i++;
        continue;
      }
      spans.push({ start: i, end: i + lead + n });
      i += lead + n;
    } else i++;
  }
  return spans;
}

/** The text of a time span as written in `text`. */
export const timeText = (text: string, tokens: readonly Token[], span: TimeSpan): string =>
  text.slice(tokens[span.start]?.start ?? 0, tokens[span.end - 1]?.end ?? 0);
