/**
 * Sentence splitting tuned for news copy: closing quotation marks after the full stop (`."`, `.”`),
 * abbreviations (U.S., Gov., Dr., Jan.), initials (J. R. R. Tolkien), decimal numbers (60.5),
 * ellipses and brackets. Works on characters only: no user input reaches a RegExp.
 */
import { speechVerbForm } from './speech-verbs';
import { SUBJECT_PRONOUNS } from './word-lists';

/** A sentence span within a text: `[start, end)` offsets and the trimmed text. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Abbreviations that do not end a sentence when followed by a capitalised word (lowercase, no dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'rep',
  'sen',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'amb',
  'st',
  'sr',
  'jr',
  'messrs',
  'fr',
  'sec',
  'atty',
  'det',
  'cpl',
  'pvt',
  'asst',
  'cllr',
  // U.S. states that are no English words ("Rep. Dana Cho, D-Calif.")
  'calif',
  'colo',
  'conn',
  'fla',
  'ariz',
  'okla',
  'tenn',
  'minn',
  'mich',
  'wis',
  'wyo',
  'nev',
  'neb',
  'mont',
  'ky',
  'md',
  'va',
  'vt',
  // months and days
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  // other
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'dept',
  'univ',
  'corp',
  'inc',
  'ltd',
  'co',
  'bros',
  'mt',
  'ft',
  'fig',
  'al',
  'op',
  'vol',
  'ch',
  'art',
  'para',
  'ave',
  'blvd',
  'rd',
]);

/** Abbreviations that may still end a sentence ("… in the U.S. The next …"). */
const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
]);

/** Words after a dotted acronym that show it ended the sentence ("… to the U.S. He said …"). */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  ...SUBJECT_PRONOUNS,
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'in',
  'on',
  'at',
  'but',
  'and',
  'however',
  'meanwhile',
  'there',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'last',
  'earlier',
  'later',
  'also',
  'still',
  'yet',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

const isUpper = (ch: string | undefined): boolean =>
  !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string | undefined): boolean => !!ch && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
const isLetter = (ch: string | undefined): boolean => !!ch && ch.toLowerCase() !== ch.toUpperCase();

/** The word (letters and inner dots) that ends just before `dot`, e.g. "U.S" or "Gov". */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && (isLetter(text[i]) || text[i] === '.')) i--;
  return text.slice(i + 1, dot);
}

/** The next word after position `from` (skipping spaces and opening punctuation). */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && (isSpace(text[i]) || OPENERS.has(text[i] ?? ''))) i++;
  const start = i;
  while (i < text.length && (isLetter(text[i]) || text[i] === "'" || text[i] === '’')) i++;
  return text.slice(start, i);
}

/** Whether a full stop at `dot` belongs to an abbreviation, an initial or a number, not a sentence end. */
function isNonFinalDot(text: string, dot: number, next: string): boolean {
  if (isDigit(text[dot - 1]) && isDigit(text[dot + 1])) return true; // 60.5
  const word = wordBefore(text, dot);
  if (word.length === 0) return false;
  const bare = word.toLowerCase();
  const nextLower = next.toLowerCase();
  if (word.includes('.')) {
    // dotted acronym (U.S., N.Y., a.m.): ends a sentence only when a typical sentence opener follows
    return !(SENTENCE_STARTERS.has(nextLower) && isUpper(next[0]));
  }
  if (word.length === 1 && isUpper(word)) return true; // initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(bare)) {
    if (SENTENCE_FINAL_ABBREVIATIONS.has(bare))
      return !(SENTENCE_STARTERS.has(nextLower) && isUpper(next[0]));
    return true;
  }
  return false;
}

/** Most words of a name and title before the speech verb of an attribution ("Deputy Mayor Ann Lee said"). */
const MAX_ATTRIBUTION_WORDS = 5;

/**
 * Whether the words at `from` are an attribution that ends the quotation's sentence: a few
 * capitalised words then a speech verb (`Smith asked.`), or a speech verb then a name
 * (`asked Smith.`), followed by the end of the sentence or a comma.
 */
function attributionFollows(text: string, from: number): boolean {
  const words: string[] = [];
  let i = from;
  while (i < text.length && words.length <= MAX_ATTRIBUTION_WORDS + 1) {
    while (i < text.length && isSpace(text[i])) i++;
    const start = i;
    while (
      i < text.length &&
      (isLetter(text[i]) || text[i] === '.' || text[i] === "'" || text[i] === '’' || text[i] === '-')
    )
      i++;
    if (i === start) break;
    let word = text.slice(start, i);
    const last = word[word.length - 1];
    if (last === '.' && !isNonFinalDot(text, i - 1, wordAfter(text, i))) word = word.slice(0, -1);
    words.push(word);
    if (word !== text.slice(start, i)) break; // the sentence ended on this word
    if (text[i] === ',' || text[i] === ';') break;
  }
  const verbAt = words.findIndex((w) => {
    const form = speechVerbForm(w.toLowerCase())?.form;
    return form === 'past' || form === 'present';
  });
  if (verbAt < 0) return false;
  const before = words.slice(0, verbAt);
  return (
    before.length <= MAX_ATTRIBUTION_WORDS && before.every((w) => isUpper(w[0]) || w === 'the' || w === 'a')
  );
}

/**
 * Splits a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any closing
 * quotation marks and brackets that follow) when the next word starts a new sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    // consume a run of terminators ("?!", "...") and closing marks
    let j = i;
    while (j < text.length && (TERMINATORS.has(text[j] ?? '') || text[j] === '.')) j++;
    while (j < text.length && CLOSERS.has(text[j] ?? '')) j++;
    if (j < text.length && !isSpace(text[j])) {
      i = j; // "U.S.-led", "60.5", "word.word": not a boundary
      continue;
    }
    const next = wordAfter(text, j);
    let k = j;
    while (k < text.length && isSpace(text[k])) k++;
    const nextChar = text[k];
    if (k >= text.length) {
      i = j;
      break;
    }
    const startsLikeSentence = isUpper(nextChar) || OPENERS.has(nextChar ?? '') || isDigit(nextChar);
    const isEllipsis = ch === '…' || (ch === '.' && text[i + 1] === '.');
    let boundary = startsLikeSentence;
    if (boundary && ch === '.' && !isEllipsis) boundary = !isNonFinalDot(text, i, next);
    if (boundary && isEllipsis) boundary = isUpper(next[0]);
    // a quotation that ends with "?" or "!" and goes on with the attribution: "Why?" Smith asked.
    if (
      boundary &&
      (ch === '?' || ch === '!') &&
      CLOSERS.has(text[j - 1] ?? '') &&
      attributionFollows(text, k)
    ) {
      boundary = false;
    }
    if (boundary) {
      push(j);
    }
    i = j;
  }
  push(text.length);
  return spans;
}
