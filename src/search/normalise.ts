/**
 * Text normalisation for search: one tokenizer for paragraphs and questions alike, so that both
 * sides of a match agree. Words are folded to lower case without accents; curly and straight
 * apostrophes are the same; possessives (`Netanyahu's`, `countries'`) lose their ending; dotted
 * acronyms (`U.S.`) become plain letters (`us`); hyphenated words (`Hamas-held`) are separate words;
 * numbers keep their inner separators (`60.5`, `1,000` → `1000`).
 */

/** A word of a text: its `[start, end)` offsets in the original text and its folded form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, no accents, no apostrophes, no possessive ending, no dots. */
  readonly word: string;
  /** Whether the original was written in capitals throughout (`ISF`, `WHO`, `U.S.`), two letters or more. */
  readonly allCaps: boolean;
  /** Whether the original started with a capital letter. */
  readonly capitalised: boolean;
}

const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘']);
const NON_ASCII_LETTER = /[\p{L}\p{M}\p{N}]/u;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the character at `i` belongs to a word (letters, digits, combining marks). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c);
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return false; // apostrophes
  return NON_ASCII_LETTER.test(text[i] ?? '');
}

/** Lower case without accents: `Erdoğan` → `erdogan`, `Ümit` → `umit`. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127)
      return lower.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  }
  return lower;
}

const isUpperCase = (s: string): boolean => s !== s.toLowerCase() && s === s.toUpperCase();

/** Whether `text[from, to)` is written in capitals throughout (ignoring dots); two letters or more. */
function isAllCaps(text: string, from: number, to: number): boolean {
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) continue; // dot of an acronym
    if (c >= 65 && c <= 90) letters++;
    else if (c < 128) return false;
    else {
      const ch = text[i] ?? '';
      if (!isUpperCase(ch)) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** Whether the character at `i` is a capital letter. */
function isCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpperCase(text[i] ?? '');
}

/** Token flag: written in capitals throughout (`ISF`, `U.S.`). */
export const ALL_CAPS = 1;
/** Token flag: starts with a capital letter. */
export const CAPITALISED = 2;
/** Token flag: plain ASCII letters and digits, so its folded form is its lower case. */
export const PLAIN = 4;
/** Token flag (internal): apostrophes or number separators inside. */
const MARKED = 8;
/** Token flag (internal): a dotted acronym. */
const DOTTED = 16;

/**
 * Calls `visit(start, wordEnd, tokenEnd, flags)` for every word of `text`, in order, without
 * making any string: `[start, wordEnd)` is the word without a possessive ending, `tokenEnd` the
 * end to highlight, and `flags` holds {@link ALL_CAPS}, {@link CAPITALISED} and {@link PLAIN}.
 * {@link foldToken} gives the folded word when it is needed.
 */
export function scanWords(
  text: string,
  visit: (start: number, wordEnd: number, tokenEnd: number, flags: number) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let dotted = false;
    let marked = false; // apostrophes or separators inside the word
    let ascii = true;
    let upper = 0;
    let lower = 0;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c < 128) {
        if (c >= 97 && c <= 122) {
          lower++;
          end++;
          continue;
        }
        if (c >= 65 && c <= 90) {
          upper++;
          end++;
          continue;
        }
        if (c >= 48 && c <= 57) {
          end++;
          continue;
        }
      } else if (isWordChar(text, end)) {
        ascii = false;
        end++;
        continue;
      }
      const ch = text[end] ?? '';
      const nextIsWord = end + 1 < n && isWordChar(text, end + 1);
      // inner apostrophe: don't, Netanyahu's, O’Brien
      if (nextIsWord && end > start && APOSTROPHES.has(ch)) {
        marked = true;
        end++;
        continue;
      }
      // numbers with separators: 60.5, 1,000
      if ((ch === '.' || ch === ',') && nextIsWord) {
        if (isAsciiDigit(text.charCodeAt(end - 1)) && isAsciiDigit(text.charCodeAt(end + 1))) {
          marked = true;
          end++;
          continue;
        }
      }
      // dotted acronyms: U.S., N.Y., a.m. (single letters separated by dots)
      if (ch === '.' && nextIsWord && (end - start === 1 || dotted) && text[end + 2] === '.') {
        dotted = true;
        end++;
        continue;
      }
      break;
    }
    let tokenEnd = end;
    let wordEnd = end;
    if (marked) {
      // possessive 's
      const s = text[end - 1];
      if (end - start > 2 && (s === 's' || s === 'S') && APOSTROPHES.has(text[end - 2] ?? '')) {
        wordEnd -= 2;
        tokenEnd -= 2;
        if (s === 'S') upper--;
        else lower--;
      }
    }
    const finalDot = dotted && text[end] === '.';
    let flags = 0;
    if (ascii && !marked && !dotted) {
      flags |= PLAIN;
      if (upper >= 2 && lower === 0) flags |= ALL_CAPS;
    } else if (isAllCaps(text, start, wordEnd)) flags |= ALL_CAPS;
    if (isCapital(text, start)) flags |= CAPITALISED;
    if (marked) flags |= MARKED;
    if (dotted) flags |= DOTTED;
    visit(start, wordEnd, finalDot ? end + 1 : tokenEnd, flags);
    i = finalDot ? end + 1 : end;
  }
}

/** The folded form of a word found by {@link scanWords} (may be empty for a word of marks only). */
export function foldToken(text: string, start: number, wordEnd: number, flags: number): string {
  const raw = text.slice(start, wordEnd);
  if (flags & PLAIN) return raw.toLowerCase();
  let folded = foldCase(raw);
  if (flags & MARKED) folded = folded.replace(INNER_MARKS, '');
  if (flags & DOTTED) folded = folded.replace(DOTS, '');
  return folded;
}

/**
 * Calls `visit(word, start, end, flags)` for every word of `text`, in order: the folded word, its
 * `[start, end)` offsets and {@link ALL_CAPS} / {@link CAPITALISED} flags; {@link tokenize}
 * collects the same tokens.
 */
export function forEachWord(
  text: string,
  visit: (word: string, start: number, end: number, flags: number) => void,
): void {
  scanWords(text, (start, wordEnd, tokenEnd, flags) => {
    const word = foldToken(text, start, wordEnd, flags);
    if (word.length > 0) visit(word, start, tokenEnd, flags);
  });
}

const INNER_MARKS = /['’ʼ‘,]/g;
const DOTS = /\./g;

/**
 * Calls `visit` for every word of `text`, in order, as a {@link Token}.
 */
export function forEachToken(text: string, visit: (token: Token) => void): void {
  forEachWord(text, (word, start, end, flags) =>
    visit({ start, end, word, allCaps: (flags & ALL_CAPS) !== 0, capitalised: (flags & CAPITALISED) !== 0 }),
  );
}

/** The words of `text`, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (token) => tokens.push(token));
  return tokens;
}
