/**
 * Word and punctuation tokens with character offsets, for the statement rules. Quotations can be
 * folded into a single `quote` token so that the rules see `QUOTE , said Fidan .`. Works on
 * characters only: no user input reaches a RegExp.
 */

import { ABBREVIATIONS } from './sentences';

/** What a token is: a word, a punctuation mark, or a whole quotation folded into one token. */
export type TokenKind = 'word' | 'punct' | 'quote';

/** A token of a text, with `[start, end)` offsets in that text. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Lowercased text, with curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** For `quote` tokens: the index of the quotation in the list given to {@link tokenize}. */
  readonly quote?: number;
}

/** A range of the text to fold into one `quote` token. */
export interface FoldRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Abbreviations that the sentence splitter knows but the tokenizer keeps as plain words: weekdays and
 * short forms that are also words ("Sun", "Wed", "Art", "Op", "v"), and forms never part of a name.
 */
// prettier-ignore
const WORDS_NOT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'al', 'approx', 'art', 'ave', 'blvd', 'bros', 'ch', 'est', 'fig', 'fri', 'messrs', 'mon', 'nos', 'op', 'para', 'rd', 'sat', 'sun', 'thu', 'thur', 'thurs', 'tue', 'tues', 'univ', 'v', 'vol', 'wed'
]);

/** Abbreviations whose full stop belongs to the word ("Mr.", "Gov.", "Jan."). */
const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...ABBREVIATIONS].filter((word) => !WORDS_NOT_ABBREVIATIONS.has(word)),
);

const isLetter = (ch: string | undefined): boolean => {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return ch.toLowerCase() !== ch.toUpperCase();
};
const isDigit = (ch: string | undefined): boolean => !!ch && ch >= '0' && ch <= '9';
const isWordChar = (ch: string | undefined): boolean => isLetter(ch) || isDigit(ch);
const isSpace = (ch: string | undefined): boolean => !!ch && ch.trim() === '';
/** Characters that join two word parts: `U.S`, `don't`, `al-Sisi`, `AT&T`, `60.5`. */
const JOINERS = new Set(['.', "'", '’', '-', '&', '‑']);

/** Whether a comma at `i` separates thousands ("4,000", "1,250,000"): digits before, three digits after. */
function isThousands(text: string, i: number): boolean {
  if (!isDigit(text[i - 1])) return false;
  for (let k = 1; k <= 3; k++) if (!isDigit(text[i + k])) return false;
  return !isDigit(text[i + 4]);
}

/**
 * Whether an apostrophe at `i` closes a plural possessive ("Commuters' Association", "workers'
 * pay"): after an "s", before a space and a word, and not where a folded quotation starts.
 */
function isPluralPossessive(text: string, i: number, foldStart: number | undefined): boolean {
  const c = text[i];
  if ((c !== "'" && c !== '’') || foldStart === i) return false;
  const prev = text[i - 1];
  if (prev !== 's' && prev !== 'S') return false;
  if (text[i + 1] !== ' ') return false;
  return isLetter(text[i + 2]);
}

/** Whether a word is a U.S. party-and-state tag cut short ("D-Mass", "R-Tenn"): its dot belongs to it. */
function isPartyTagWord(word: string): boolean {
  const party = word[0] ?? '';
  const state = word[2] ?? '';
  return (
    (party === 'D' || party === 'R' || party === 'I') &&
    word[1] === '-' &&
    isLetter(state) &&
    state === state.toUpperCase() &&
    word.length <= 8
  );
}

/** Whether a word made of single letters and dots is a dotted acronym ("U.S", "a.m"). */
function isDottedAcronym(word: string): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  if (!bare.includes('.')) return false;
  // "U.S", "a.m", and with a hyphen "D-N.M" (a U.S. party-and-state tag)
  return bare
    .split('.')
    .flatMap((part) => part.split('-'))
    .every((part) => part.length === 1 && isLetter(part));
}

const lowerOf = (text: string): string => {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.split('’').join("'") : lower;
};

/**
 * Splits `text[from, to)` into tokens. Ranges in `fold` (sorted, non-overlapping) become single
 * `quote` tokens carrying their index in `fold`.
 */
export function tokenize(text: string, from = 0, to = text.length, fold: readonly FoldRange[] = []): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let f = 0;
  while (i < to) {
    while (f < fold.length && (fold[f]?.end ?? 0) <= i) f++;
    const range = fold[f];
    if (range && range.start <= i) {
      const end = Math.min(range.end, to);
      tokens.push({
        kind: 'quote',
        text: text.slice(i, end),
        lower: lowerOf(text.slice(i, end)),
        start: i,
        end,
        quote: f,
      });
      i = end;
      f++;
      continue;
    }
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < to) {
        const c = text[j];
        if (isWordChar(c)) j++;
        else if (
          c !== undefined &&
          JOINERS.has(c) &&
          isWordChar(text[j + 1]) &&
          !(range && range.start === j + 1)
        )
          j++;
        else if (c === ',' && isThousands(text, j))
          j++; // 4,000
        else if (c === ':' && isDigit(text[j - 1]) && isDigit(text[j + 1]) && isDigit(text[j + 2]))
          j++; // 11:30
        else if (isPluralPossessive(text, j, range?.start)) {
          j++; // "the Commuters' Association"
          break;
        } else break;
      }
      let word = text.slice(i, j);
      if (
        text[j] === '.' &&
        j < to &&
        (isDottedAcronym(word + '.') || DOTTED_ABBREVIATIONS.has(word.toLowerCase()) || isPartyTagWord(word))
      ) {
        j++;
        word += '.';
      }
      // "OPEC+", "Disney+": a plus sign closing a name belongs to it
      if (text[j] === '+' && j < to && !isWordChar(text[j + 1]) && opensWithCapital(word)) {
        j++;
        word += '+';
      }
      tokens.push({ kind: 'word', text: word, lower: lowerOf(word), start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch ?? '', lower: ch ?? '', start: i, end: i + 1 });
    i++;
  }
  return tokens;
}

/**
 * Lowercase particles joined to a capitalised surname by a hyphen or apostrophe ("al-Harbi",
 * "el-Sayed", "bin-Talal", "d'Estaing"): the whole word is a name word.
 */
const JOINED_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'bin',
  'ibn',
  'd',
]);

/** Whether a word opens with a capital letter. */
const opensWithCapital = (text: string): boolean => {
  const first = text[0] ?? '';
  return isLetter(first) && first === first.toUpperCase();
};

/** Whether a word is a lowercase particle joined to a capitalised name ("al-Harbi"). */
function isParticleName(text: string): boolean {
  for (let i = 1; i < text.length && i <= 3; i++) {
    const c = text[i];
    if (c === '-' || c === "'" || c === '’')
      return JOINED_PARTICLES.has(text.slice(0, i)) && opensWithCapital(text.slice(i + 1));
    if (!isLetter(c)) return false;
  }
  return false;
}

/**
 * Whether a token is a word starting with a capital letter (or a digit-free dotted acronym), or a
 * surname with a lowercase particle ("al-Harbi").
 */
export const isCapitalised = (token: Token | undefined): boolean => {
  if (!token || token.kind !== 'word') return false;
  return opensWithCapital(token.text) || isParticleName(token.text);
};

/** Whether a token is the given punctuation mark. */
export const isPunct = (token: Token | undefined, ...marks: string[]): boolean =>
  !!token && token.kind === 'punct' && (marks.length === 0 || marks.includes(token.text));

/** Whether a token is one of the given (lowercase) words. */
export const isWord = (token: Token | undefined, words: ReadonlySet<string>): boolean =>
  !!token && token.kind === 'word' && words.has(token.lower);

/** The word without a possessive ending ("Netanyahu's" → "Netanyahu"). */
export function withoutPossessive(word: string): string {
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  if ((word.endsWith("s'") || word.endsWith('s’')) && word.length > 2) return word.slice(0, -1);
  return word;
}

/** Whether a word ends with a possessive ("Netanyahu's", "officials'"). */
export const isPossessive = (word: string): boolean => withoutPossessive(word) !== word;
