/**
 * Time phrases in news copy ("on Tuesday night", "Last month", "at the start of 2026", "after
 * Christmas", "on Dec. 5") and their resolution against the briefing's publication date.
 *
 * Representation of a resolved date (see {@link ResolvedDate}):
 * - `date` is `YYYY-MM-DD` for a day, `YYYY-MM` for a month ("Last month", "the start of 2026" →
 *   `2026-01`), `YYYY` for a year or a vaguer part of it ("early 2026" → `2026`).
 * - `relation` says how the event relates to that date: `on` (default), `before` ("before the end of
 *   the year", "by March", "ahead of Christmas") or `after` ("after Christmas" → `2025-12-25`,
 *   relation `after`: from Christmas onwards).
 * - `sortKey` orders events: days since 1970-01-01 of the first day the phrase refers to ("the end of"
 *   → the last day), plus a fraction for the part of the day ("night" sorts after "morning"); half a
 *   day earlier for `before`, half a day later for `after`. Vague phrases ("recently") get no `date`
 *   but an approximate `sortKey` a week before publication, so that timelines can still place them.
 *
 * A month and day without a year ("on Dec. 20") is in the year of publication, as news style omits
 * only the current year, unless that is more than half a year away (across the year boundary).
 *
 * Tense: a bare weekday in past-tense copy is the most recent such day on or before publication;
 * in future-tense copy ("will meet on Monday") the next one. {@link findTimePhrases} reads the cue from
 * the verbs nearest the phrase; without a cue weekdays count as past (news convention) and months,
 * seasons and holidays resolve to the nearest occurrence.
 *
 * Every regular expression here is built from the constants of this module; no input text is ever
 * compiled into a RegExp.
 */

/** Which way a phrase points in time, read from the nearest verbs. */
export type Tense = 'past' | 'future';

/** How precise a resolved date is. */
export type DatePrecision = 'day' | 'month' | 'year';

/** How the event relates to the resolved date. */
export type DateRelation = 'on' | 'before' | 'after';

/** What kind of time phrase matched. */
export type TimePhraseKind =
  | 'date'
  | 'weekday'
  | 'month'
  | 'relative-day'
  | 'relative-period'
  | 'ago'
  | 'vague'
  | 'period-of'
  | 'year'
  | 'season'
  | 'holiday';

/** A time phrase found in a text: `[start, end)` offsets, the words, and the tense cue around them. */
export interface TimePhrase {
  /** The phrase as written, including its preposition ("on Tuesday night", "after Christmas"). */
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TimePhraseKind;
  /** The tense of the clause around the phrase, when a verb nearby says it. */
  readonly tense?: Tense;
}

/** A time phrase resolved against the publication date. All fields are absent when nothing is known. */
export interface ResolvedDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly date?: string;
  /** Days since 1970-01-01 (fractional), for ordering; see the module comment. */
  readonly sortKey?: number;
  readonly precision?: DatePrecision;
  readonly relation?: DateRelation;
}

/** Options of {@link resolveDate}. */
export interface ResolveOptions {
  /** The tense of the clause (from {@link TimePhrase.tense}); decides "on Monday" past or future. */
  readonly tense?: Tense;
}

/** Defaults of the date resolver. */
export const DATE_DEFAULTS = Object.freeze({
  /** How many words either side of a phrase are read for a tense cue. */
  tenseWindow: 12,
  /** Where "recently" and similar vague phrases sort: this many days before publication. */
  vagueDaysBefore: 7,
});

// ---------------------------------------------------------------------------------------------
// Lexicon

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const MONTHS: readonly (readonly string[])[] = [
  ['January', 'Jan.'],
  ['February', 'Feb.'],
  ['March', 'Mar.'],
  ['April', 'Apr.'],
  ['May'],
  ['June', 'Jun.'],
  ['July', 'Jul.'],
  ['August', 'Aug.'],
  ['September', 'Sept.', 'Sep.'],
  ['October', 'Oct.'],
  ['November', 'Nov.'],
  ['December', 'Dec.'],
];

// prettier-ignore
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, 'a few': 3, few: 3, 'a couple of': 2,
});

const DAY_PARTS: Readonly<Record<string, number>> = Object.freeze({
  morning: 0.2,
  afternoon: 0.5,
  evening: 0.7,
  night: 0.8,
});

/** Season → first month (northern hemisphere, as in most English-language news). */
const SEASONS: Readonly<Record<string, number>> = Object.freeze({
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
});

/** Prepositions that may open a time phrase, with how they relate the event to the date. */
const PREPOSITIONS: Readonly<Record<string, DateRelation>> = Object.freeze({
  on: 'on',
  at: 'on',
  in: 'on',
  during: 'on',
  around: 'on',
  'as of': 'on',
  throughout: 'on',
  over: 'on',
  by: 'before',
  before: 'before',
  until: 'before',
  till: 'before',
  'ahead of': 'before',
  'prior to': 'before',
  'in time for': 'before',
  through: 'before',
  'no later than': 'before',
  after: 'after',
  since: 'after',
  from: 'after',
  following: 'after',
});

/**
 * Verbs and words that put the clause in the future, including present-tense verbs of schedules
 * ("host Riverton on Wednesday", "the rules take effect on Monday").
 */
// prettier-ignore
const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', 'shall', "won't", 'wont', 'going', 'plans', 'plan', 'planned', 'planning', 'scheduled', 'expected',
  'due', 'upcoming', 'ahead', 'intends', 'intend', 'intended', 'aims', 'would', 'next', 'coming', 'set',
  'forthcoming', 'slated', 'hopes', 'proposed', 'expect', 'expects', 'effect', 'begins', 'starts', 'opens',
  'resumes', 'expires', 'tomorrow', 'host', 'hosts', 'face', 'faces', 'visit', 'visits', 'travel', 'travels',
  'meets', 'plays', 'heads', 'returns', 'closes', 'ends', 'convenes', 'reconvenes', 'kicks',
]);

/** Irregular past-tense verbs common in news copy (regular ones end in -ed). */
// prettier-ignore
const PAST_CUES: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'made', 'gave', 'took', 'went', 'came', 'saw', 'held',
  'spoke', 'wrote', 'sent', 'left', 'began', 'won', 'lost', 'got', 'found', 'felt', 'kept', 'knew', 'led',
  'put', 'ran', 'sat', 'stood', 'struck', 'thought', 'threw', 'understood', 'brought', 'bought', 'caught',
  'fought', 'taught', 'sought', 'broke', 'chose', 'drew', 'drove', 'fell', 'flew', 'forgot', 'grew', 'hit',
  'hid', 'hung', 'laid', 'meant', 'paid', 'quit', 'read', 'rose', 'shot', 'shut', 'sold', 'spent', 'split',
  'spread', 'swore', 'tore', 'wore', 'ago', 'last', 'previously', 'earlier', 'already',
]);

/**
 * Words after which a past-looking word is a participle, not a past tense: "will be sent", "has
 * completed", "will stay closed". The auxiliary itself is still read ("was sent" is past).
 */
// prettier-ignore
const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'is', 'are', 'am', 'was', 'were', 'has', 'have', 'had', 'stay', 'stays', 'remain',
  'remains', 'get', 'gets', 'become', 'becomes', 'seem', 'seems', 'keep', 'keeps',
]);

/** Words that end the clause a tense cue is read from. */
const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'but',
]);

// ---------------------------------------------------------------------------------------------
// Patterns (built from the lexicon only)

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `[Oo]n` for "on": prepositions may start a sentence. */
const anyInitial = (word: string): string => {
  const first = word[0] ?? '';
  return `[${first.toUpperCase()}${first.toLowerCase()}]${escape(word.slice(1))}`;
};
const alt = (words: readonly string[], initial = false): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (initial ? anyInitial(w) : escape(w)))
    .join('|');

const PREP = `(${alt(Object.keys(PREPOSITIONS), true)})\\s+`;
const WEEKDAY = `(${alt(WEEKDAYS)})`;
const MONTH = `(${alt(MONTHS.flat())})`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `((?:19|20)\\d{2})`;
const PART = `(${alt(Object.keys(DAY_PARTS))})`;
const END = `(?![\\w-])`;

interface Pattern {
  readonly kind: TimePhraseKind;
  readonly source: string;
}

/** The phrase patterns, most specific first. Capture groups are named per pattern below. */
// prettier-ignore
const PATTERNS: readonly Pattern[] = [
  // on Tuesday, Dec. 9, 2025 / Dec. 5 / December 5, 2025 / on the 5th of December
  { kind: 'date', source: `(?:${PREP})?(?:${WEEKDAY},?\\s+)?${MONTH}\\s?${DAY}(?:,?\\s+${YEAR})?${END}` },
  { kind: 'date', source: `(?:${PREP})?(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${END}` },
  { kind: 'date', source: `(?:${PREP})?${YEAR}-(\\d{2})-(\\d{2})${END}` },
  // on Tuesday night, last Friday, late Monday, late on Sunday
  {
    kind: 'weekday',
    source: `(?:${PREP})?(?:(${alt(['last', 'next', 'this', 'coming', 'early', 'late'], true)})\\s+(?:on\\s+)?)?${WEEKDAY}(?:\\s+${PART})?${END}`,
  },
  // in March, last May, March 2026, early December
  {
    kind: 'month',
    source: `(?:${PREP})?(?:(${alt(['last', 'next', 'this', 'early', 'late', 'mid-', 'mid'], true)})\\s*)?${MONTH}(?:,?\\s+${YEAR})?${END}`,
  },
  // yesterday, last night, this morning, earlier today
  {
    kind: 'relative-day',
    source: `(${alt(['yesterday', 'today', 'tomorrow', 'tonight', 'last night', 'earlier today', 'later today', 'this morning', 'this afternoon', 'this evening', 'the day before yesterday', 'the day after tomorrow'], true)})${END}`,
  },
  // last week, earlier this month, next year, over the weekend, the coming weeks
  {
    kind: 'relative-period',
    source: `(?:${PREP})?(${alt(['earlier this', 'later this', 'last', 'next', 'this', 'this past', 'the past', 'the last', 'the coming', 'the next', 'the previous', 'the following', 'the'], true)})\\s+(week|month|year|weekend)${END}`,
  },
  // two days ago, a week ago
  {
    kind: 'ago',
    source: `(${alt(Object.keys(NUMBER_WORDS), true)}|\\d+)\\s+(day|week|month|year)s?\\s+ago${END}`,
  },
  // recently, in recent days, in the coming weeks
  {
    kind: 'vague',
    source: `(${alt(['recently', 'in recent days', 'in recent weeks', 'in recent months', 'in the past few days', 'in the past few weeks', 'in the past week', 'in the past month', 'in the past year', 'in the coming days', 'in the coming weeks', 'in the coming months', 'soon'], true)})${END}`,
  },
  // at the start of 2026, before the end of the year, by the end of March
  {
    kind: 'period-of',
    source: `(?:${PREP})?the\\s+(start|beginning|end|middle|close|turn|first half|second half)\\s+of\\s+(?:(?:the|this)\\s+)?(?:(next|last|this|the)\\s+)?(?:(year|month|week)|${MONTH}(?:\\s+${YEAR})?|${YEAR})${END}`,
  },
  // early 2026, mid-2026, in 2026, by 2027
  {
    kind: 'year',
    source: `(?:${PREP})?(?:(${alt(['early', 'late', 'mid-', 'mid'], true)})\\s*)?${YEAR}${END}`,
  },
  // this summer, in the spring of 2026, last winter
  {
    kind: 'season',
    source: `(?:${PREP})?(?:(${alt(['last', 'next', 'this', 'the', 'early', 'late'], true)})\\s+)?(${alt(Object.keys(SEASONS))})(?:\\s+(?:of\\s+)?${YEAR})?${END}`,
  },
  // after Christmas, on New Year's Eve, ahead of Easter
  {
    kind: 'holiday',
    source: `(?:${PREP})?(Christmas Eve|Christmas Day|Christmas|New Year[’']s Eve|New Year[’']s Day|New Year|Thanksgiving|Easter|Halloween)${END}`,
  },
];

const GLOBAL_PATTERNS = PATTERNS.map((p) => ({
  kind: p.kind,
  re: new RegExp(`(?<![\\w-])(?:${p.source})`, 'g'),
}));
const ANCHORED_PATTERNS = PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`^(?:${p.source})$`) }));

/**
 * A digit or a word that every pattern above needs (a weekday, a month, a day part, a season, a
 * period, a holiday, "ago", "soon" …), in any case: a text without one holds no time phrase, and
 * most sentences are rejected by this one scan instead of one per pattern.
 */
// prettier-ignore
const MIGHT_HOLD_TIME = new RegExp(`\\d|\\b(?:${alt([
  ...WEEKDAYS, ...MONTHS.flat().map((m) => m.replace(/\.$/, '')), ...Object.keys(DAY_PARTS), ...Object.keys(SEASONS),
  'yesterday', 'today', 'tomorrow', 'tonight', 'week', 'weekend', 'month', 'year', 'ago', 'recently', 'recent',
  'past', 'coming', 'soon', 'start', 'beginning', 'end', 'middle', 'close', 'turn', 'half', 'Christmas', 'New Year',
  'Thanksgiving', 'Easter', 'Halloween',
])})\\b`, 'i');

// ---------------------------------------------------------------------------------------------
// Day arithmetic (UTC days since 1970-01-01)

const MS_PER_DAY = 86_400_000;
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY;
const fromDayNumber = (n: number): { y: number; m: number; d: number } => {
  const date = new Date(Math.floor(n) * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n);
  return `${y}-${pad(m)}-${pad(d)}`;
};
const isoMonth = (y: number, m: number): string => `${y}-${pad(m)}`;
/** Shifts a month by `delta` months: returns [year, month]. */
const addMonths = (y: number, m: number, delta: number): [number, number] => {
  const index = y * 12 + (m - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
};

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** The day of a holiday in year `y`. */
function holidayDay(name: string, y: number): number {
  const key = name.toLowerCase().replace('’', "'");
  if (key.startsWith('christmas eve')) return dayNumber(y, 12, 24);
  if (key.startsWith('christmas')) return dayNumber(y, 12, 25);
  if (key === "new year's eve") return dayNumber(y, 12, 31);
  if (key.startsWith('new year')) return dayNumber(y, 1, 1);
  if (key === 'halloween') return dayNumber(y, 10, 31);
  if (key === 'easter') return easter(y);
  // Thanksgiving (U.S.): the fourth Thursday of November
  const first = dayNumber(y, 11, 1);
  const weekday = (first + 4) % 7; // 1970-01-01 was a Thursday
  return first + ((4 - weekday + 7) % 7) + 21;
}

/** Day of the week (0 = Sunday) of a day number. */
const weekdayOf = (n: number): number => (((Math.floor(n) + 4) % 7) + 7) % 7;

/** Parses `YYYY-MM-DD` into a day number; undefined when it is not a real date. */
export function parseIsoDay(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayNumber(y, m, d);
}

/** Formats a sort key's day as `YYYY-MM-DD`. */
export const formatDay = (sortKey: number): string => isoDay(sortKey);

// ---------------------------------------------------------------------------------------------
// Finding phrases

const WORD_RE = /[A-Za-z][A-Za-z'’.-]*|[,;:()"“”–—]/g;

/** Words of `text` with their offsets (letters, apostrophes, inner dots), and clause punctuation. */
function tokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0].replace(/\.$/, '');
    out.push({ word: word.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isPunctuation = (word: string): boolean => /^[,;:()"“”–—]$/.test(word);

/** Classifies one word: a future cue, a past cue, or neither. */
function cueOf(word: string, previous: string | undefined): Tense | undefined {
  if (FUTURE_CUES.has(word) || word.endsWith("'ll") || word.endsWith('’ll')) return 'future';
  const pastLooking = PAST_CUES.has(word) || (word.length > 4 && word.endsWith('ed'));
  if (!pastLooking) return undefined;
  if (previous && PARTICIPLE_AUXILIARIES.has(previous)) return undefined; // "will be sent": a participle
  return 'past';
}

/**
 * The tense of the clause around `[start, end)`: the nearest cue to the left in the same clause, else
 * the nearest to the right ("On Saturday, Fidan told …").
 */
export function tenseAround(text: string, start: number, end: number): Tense | undefined {
  const words = tokens(text);
  const window = DATE_DEFAULTS.tenseWindow;
  const left = words.filter((t) => t.end <= start);
  for (let i = left.length - 1, seen = 0; i >= 0 && seen < window; i--, seen++) {
    const word = left[i]?.word ?? '';
    if (isPunctuation(word) || CLAUSE_BREAK_WORDS.has(word)) break;
    const cue = cueOf(word, left[i - 1]?.word);
    if (cue) return cue;
  }
  const right = words.filter((t) => t.start >= end);
  for (let i = 0, seen = 0; i < right.length && seen < window; i++, seen++) {
    const word = right[i]?.word ?? '';
    if (i === 0 && word === ',') continue;
    if (isPunctuation(word) || CLAUSE_BREAK_WORDS.has(word)) break;
    const cue = cueOf(word, right[i - 1]?.word);
    if (cue) return cue;
  }
  return undefined;
}

/** Whether a match is a real time phrase (a bare month or season name needs a preposition or a year). */
function acceptable(kind: TimePhraseKind, match: RegExpExecArray): boolean {
  const text = match[0];
  if (kind === 'month') {
    // "May" the modal, "March" the verb: only with a preposition, a modifier or a year
    const [, prep, modifier, , year] = match;
    return !!(prep || modifier || year);
  }
  if (kind === 'season') {
    const [, prep, modifier, , year] = match;
    return !!(modifier || year || (prep && prep.toLowerCase() !== 'from'));
  }
  if (kind === 'year') {
    const [, prep, modifier] = match;
    return !!(prep || modifier) && !/^(?:at|on|from|over|following)\s/i.test(text);
  }
  if (kind === 'relative-period') {
    const [, , which] = match;
    // "the week" alone is not a date; "over the weekend" is
    return !(which?.toLowerCase() === 'the' && !/weekend$/i.test(text));
  }
  return true;
}

/**
 * Finds the time phrases of a text (usually one sentence), left to right, without overlaps: where two
 * patterns match at the same place the longer phrase wins.
 */
export function findTimePhrases(text: string): TimePhrase[] {
  if (!MIGHT_HOLD_TIME.test(text)) return [];
  const found: { phrase: string; start: number; end: number; kind: TimePhraseKind; order: number }[] = [];
  GLOBAL_PATTERNS.forEach(({ kind, re }, order) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!acceptable(kind, m)) continue;
      found.push({ phrase: m[0], start: m.index, end: m.index + m[0].length, kind, order });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const result: TimePhrase[] = [];
  let reached = 0;
  for (const f of found) {
    if (f.start < reached) continue;
    const tense = tenseAround(text, f.start, f.end);
    result.push({ phrase: f.phrase, start: f.start, end: f.end, kind: f.kind, ...(tense ? { tense } : {}) });
    reached = f.end;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Resolving phrases

const monthNumber = (name: string): number => MONTHS.findIndex((forms) => forms.includes(name)) + 1;
const relationOf = (prep: string | undefined): DateRelation =>
  prep ? (PREPOSITIONS[prep.toLowerCase()] ?? 'on') : 'on';
const shift = (relation: DateRelation): number =>
  relation === 'before' ? -0.5 : relation === 'after' ? 0.5 : 0;

const day = (n: number, relation: DateRelation, part = 0): ResolvedDate => ({
  date: isoDay(n),
  sortKey: n + part + shift(relation),
  precision: 'day',
  relation,
});
const month = (y: number, m: number, relation: DateRelation, atEnd = false): ResolvedDate => ({
  date: isoMonth(y, m),
  sortKey: (atEnd ? dayNumber(y, m, daysInMonth(y, m)) : dayNumber(y, m, 1)) + shift(relation),
  precision: 'month',
  relation,
});
const year = (y: number, relation: DateRelation, startMonth = 1): ResolvedDate => ({
  date: String(y),
  sortKey: dayNumber(y, startMonth, 1) + shift(relation),
  precision: 'year',
  relation,
});

/**
 * Picks the occurrence of a yearly date closest in the direction the tense says: on or before
 * publication for the past, on or after for the future, the nearest without a cue.
 */
function occurrence(published: number, inYear: (y: number) => number, tense: Tense | undefined): number {
  const { y } = fromDayNumber(published);
  const candidates = [inYear(y - 1), inYear(y), inYear(y + 1)];
  if (tense === 'past') return Math.max(...candidates.filter((c) => c <= published));
  if (tense === 'future') return Math.min(...candidates.filter((c) => c >= published));
  return candidates.reduce((best, c) => (Math.abs(c - published) < Math.abs(best - published) ? c : best));
}

/**
 * A month and day without a year: news style gives the year only when it is not the year of
 * publication, so the same year — unless that is more than half a year away, which happens across
 * the year boundary ("on Dec. 28" in copy of Jan. 3): then the occurrence the tense points to, or the
 * nearest.
 */
function sameYearDate(published: number, inYear: (y: number) => number, tense: Tense | undefined): number {
  const candidate = inYear(fromDayNumber(published).y);
  return Math.abs(candidate - published) > 183 ? occurrence(published, inYear, tense) : candidate;
}

/**
 * Resolves a time phrase against the publication date (`YYYY-MM-DD`). Without `published` only
 * absolute phrases ("on Dec. 5, 2025", "in 2026") resolve. Unknown phrases resolve to `{}`.
 *
 * @example resolveDate('on Tuesday night', '2025-12-10') // { date: '2025-12-09', precision: 'day', … }
 * @example resolveDate('after Christmas', '2025-12-10') // { date: '2025-12-25', relation: 'after', … }
 */
export function resolveDate(phrase: string, published?: string, options: ResolveOptions = {}): ResolvedDate {
  const text = phrase.trim().replace(/\s+/g, ' ');
  const pub = parseIsoDay(published);
  for (const { kind, re } of ANCHORED_PATTERNS) {
    const m = re.exec(text);
    if (!m || !acceptable(kind, m)) continue;
    return resolveMatch(kind, m, pub, options.tense);
  }
  return {};
}

function resolveMatch(
  kind: TimePhraseKind,
  m: RegExpExecArray,
  pub: number | undefined,
  tense: Tense | undefined,
): ResolvedDate {
  const pubDate = pub === undefined ? undefined : fromDayNumber(pub);
  switch (kind) {
    case 'date': {
      const relation = relationOf(m[1]);
      if (m[0].match(/\d{4}-\d{2}-\d{2}/)) {
        const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(m[0]);
        const n = parseIsoDay(iso?.[0]);
        return n === undefined ? {} : day(n, relation);
      }
      // the two spoken forms differ in group order: month-first or day-first
      const groups = m.slice(1);
      const monthIndex = groups.findIndex((g) => g !== undefined && monthNumber(g) > 0);
      const monthName = groups[monthIndex];
      const numbers = groups.filter((g) => g !== undefined && /^\d+$/.test(g)).map(Number);
      const dayOfMonth = numbers.find((n) => n <= 31) ?? 0;
      const y = numbers.find((n) => n > 31);
      const mm = monthNumber(monthName ?? '');
      if (!mm || dayOfMonth < 1) return {};
      if (y !== undefined)
        return dayOfMonth <= daysInMonth(y, mm) ? day(dayNumber(y, mm, dayOfMonth), relation) : {};
      if (pub === undefined) return {};
      return day(
        sameYearDate(pub, (yy) => dayNumber(yy, mm, Math.min(dayOfMonth, daysInMonth(yy, mm))), tense),
        relation,
      );
    }
    case 'weekday': {
      if (pub === undefined) return {};
      const [, prep, modifier, name, part] = m;
      const relation = relationOf(prep);
      const target = WEEKDAYS.indexOf((name ?? '') as (typeof WEEKDAYS)[number]);
      const mod = modifier?.toLowerCase();
      const partShift = part
        ? (DAY_PARTS[part.toLowerCase()] ?? 0)
        : mod === 'late'
          ? 0.8
          : mod === 'early'
            ? 0.2
            : 0;
      const back = (weekdayOf(pub) - target + 7) % 7;
      const ahead = (target - weekdayOf(pub) + 7) % 7;
      let n: number;
      if (mod === 'last') n = pub - (back === 0 ? 7 : back);
      else if (mod === 'next') n = pub + (ahead === 0 ? 7 : ahead);
      else if (mod === 'coming' || tense === 'future') n = pub + ahead;
      else n = pub - back;
      return day(n, relation, partShift);
    }
    case 'month': {
      const [, prep, modifier, name, yearText] = m;
      const relation = relationOf(prep);
      const mm = monthNumber(name ?? '');
      const mod = modifier?.toLowerCase();
      const atEnd = mod === 'late';
      if (yearText) return month(Number(yearText), mm, relation, atEnd);
      if (!pubDate || pub === undefined) return {};
      const pubIndex = pubDate.y * 12 + pubDate.m - 1;
      const indexIn = (yy: number): number => yy * 12 + mm - 1;
      const years = [pubDate.y - 1, pubDate.y, pubDate.y + 1];
      let chosen: number;
      if (mod === 'last') chosen = Math.max(...years.filter((yy) => indexIn(yy) < pubIndex));
      else if (mod === 'next') chosen = Math.min(...years.filter((yy) => indexIn(yy) > pubIndex));
      else if (mod === 'this') chosen = pubDate.y;
      else chosen = fromDayNumber(occurrence(pub, (yy) => dayNumber(yy, mm, 15), tense)).y;
      return month(chosen, mm, relation, atEnd);
    }
    case 'relative-day': {
      if (pub === undefined) return {};
      const which = (m[1] ?? '').toLowerCase();
      const offsets: Record<string, [number, number]> = {
        yesterday: [-1, 0],
        today: [0, 0],
        tomorrow: [1, 0],
        tonight: [0, 0.8],
        'last night': [-1, 0.8],
        'earlier today': [0, 0],
        'later today': [0, 0.5],
        'this morning': [0, 0.2],
        'this afternoon': [0, 0.5],
        'this evening': [0, 0.7],
        'the day before yesterday': [-2, 0],
        'the day after tomorrow': [2, 0],
      };
      const [offset, part] = offsets[which] ?? [0, 0];
      return day(pub + offset, 'on', part);
    }
    case 'relative-period': {
      if (!pubDate || pub === undefined) return {};
      const [, prep, whichText, unitText] = m;
      const which = (whichText ?? '').toLowerCase();
      const unit = (unitText ?? '').toLowerCase();
      const relation = relationOf(prep);
      const direction = /next|coming|following/.test(which) ? 1 : /last|past|previous/.test(which) ? -1 : 0;
      if (unit === 'year') return year(pubDate.y + direction, relation);
      if (unit === 'month') {
        const [yy, mm] = addMonths(pubDate.y, pubDate.m, direction);
        return month(yy, mm, relation);
      }
      const monday = pub - ((weekdayOf(pub) + 6) % 7);
      if (unit === 'weekend') {
        // the weekend before publication unless the words point ahead; published on a weekend: that one
        const saturday = monday + 5;
        const n =
          direction > 0 || (direction === 0 && tense === 'future')
            ? saturday
            : pub >= saturday
              ? saturday
              : saturday - 7;
        return day(n, relation);
      }
      // a week: its Monday, or for "earlier this week" the vaguer "a few days before publication"
      if (which.startsWith('earlier')) return { sortKey: pub - 2, relation: 'before' };
      return day(monday + 7 * direction, relation);
    }
    case 'ago': {
      if (!pubDate || pub === undefined) return {};
      const amountText = (m[1] ?? '').toLowerCase();
      const amount = NUMBER_WORDS[amountText] ?? Number(amountText);
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'day') return day(pub - amount, 'on');
      if (unit === 'week') return day(pub - 7 * amount, 'on');
      if (unit === 'month') {
        const [yy, mm] = addMonths(pubDate.y, pubDate.m, -amount);
        return month(yy, mm, 'on');
      }
      return year(pubDate.y - amount, 'on');
    }
    case 'vague': {
      if (pub === undefined) return {};
      const which = (m[1] ?? '').toLowerCase();
      const ahead = /coming|soon/.test(which);
      return {
        sortKey: pub + (ahead ? DATE_DEFAULTS.vagueDaysBefore : -DATE_DEFAULTS.vagueDaysBefore),
        relation: ahead ? 'after' : 'before',
      };
    }
    case 'period-of': {
      const [, prep, partText, relative, unitText, monthName, monthYear, yearText] = m;
      const relation = relationOf(prep);
      const part = (partText ?? '').toLowerCase();
      const atEnd = part === 'end' || part === 'close' || part === 'second half';
      const middle = part === 'middle';
      const direction = relative === 'next' ? 1 : relative === 'last' ? -1 : 0;
      const unit = unitText?.toLowerCase();
      let y: number | undefined = yearText ? Number(yearText) : undefined;
      if (monthName) {
        const mm = monthNumber(monthName);
        if (monthYear) y = Number(monthYear);
        else if (pub !== undefined)
          y = fromDayNumber(occurrence(pub, (yy) => dayNumber(yy, mm, 15), tense)).y;
        if (y === undefined) return {};
        const d = atEnd ? daysInMonth(y, mm) : middle ? 15 : 1;
        return { ...day(dayNumber(y, mm, d), relation), date: isoMonth(y, mm), precision: 'month' };
      }
      if (unit === 'month') {
        if (!pubDate) return {};
        const [yy, mm] = addMonths(pubDate.y, pubDate.m, direction);
        return month(yy, mm, relation, atEnd);
      }
      if (unit === 'week') {
        if (pub === undefined) return {};
        const monday = pub - ((weekdayOf(pub) + 6) % 7) + 7 * direction;
        return day(atEnd ? monday + 4 : middle ? monday + 2 : monday, relation);
      }
      if (y === undefined) {
        if (!pubDate) return {};
        y = pubDate.y + direction;
      }
      // a part of a year resolves to its month: "the start of 2026" → 2026-01, "the end of the year" → 12
      if (part === 'turn') return { ...month(y, 1, relation), sortKey: dayNumber(y, 1, 1) + shift(relation) };
      const mm = atEnd ? 12 : middle ? 6 : part === 'second half' ? 7 : 1;
      return month(y, mm, relation, atEnd);
    }
    case 'year': {
      const [, prep, modifier, yearText] = m;
      const mod = modifier?.toLowerCase().replace('-', '');
      const startMonth = mod === 'mid' ? 7 : mod === 'late' ? 10 : 1;
      return year(Number(yearText), relationOf(prep), startMonth);
    }
    case 'season': {
      const [, prep, modifier, name, yearText] = m;
      const relation = relationOf(prep);
      const first = SEASONS[(name ?? '').toLowerCase()] ?? 1;
      const mod = modifier?.toLowerCase();
      const atEnd = mod === 'late';
      if (yearText) return month(Number(yearText), first, relation, atEnd);
      if (!pubDate || pub === undefined) return {};
      const startIn = (yy: number): number => dayNumber(yy, first, 1);
      const seasonEnd = (yy: number): number => startIn(yy) + 90;
      let chosenStart: number;
      if (mod === 'this') {
        const candidates = [startIn(pubDate.y - 1), startIn(pubDate.y), startIn(pubDate.y + 1)];
        chosenStart = candidates.find((c) => pub >= c && pub < c + 91) ?? occurrence(pub, startIn, tense);
      } else if (mod === 'last') {
        chosenStart = Math.max(
          ...[pubDate.y - 1, pubDate.y].filter((yy) => seasonEnd(yy) < pub).map(startIn),
        );
      } else if (mod === 'next') {
        chosenStart = Math.min(...[pubDate.y, pubDate.y + 1].filter((yy) => startIn(yy) > pub).map(startIn));
      } else chosenStart = occurrence(pub, startIn, tense);
      const { y, m: mm } = fromDayNumber(chosenStart);
      return month(y, mm, relation, atEnd);
    }
    case 'holiday': {
      if (pub === undefined) return {};
      const [, prep, name] = m;
      return day(
        occurrence(pub, (yy) => holidayDay(name ?? '', yy), tense),
        relationOf(prep),
      );
    }
  }
}

/** Convenience: a phrase found in a sentence, resolved with the sentence's tense cue. */
export function resolvePhrase(found: TimePhrase, published?: string): ResolvedDate {
  return resolveDate(found.phrase, published, found.tense ? { tense: found.tense } : {});
}

/**
 * How a resolved date reads to a person: "2025-12-09", "2025-11", "after 2025-12-25", "before 2025-12".
 * Empty when unresolved.
 */
export function describeDate(resolved: ResolvedDate): string {
  if (!resolved.date) return '';
  if (resolved.relation === 'after') return `after ${resolved.date}`;
  if (resolved.relation === 'before') return `by ${resolved.date}`;
  return resolved.date;
}
