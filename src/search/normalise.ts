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
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

const isUpperCase = (s: string): boolean => s !== s.toLowerCase() && s === s.toUpperCase();

/**
 * Calls `visit` for every word of `text`, in order. The callback form keeps index building free of
 * intermediate arrays; {@link tokenize} collects the same tokens into an array.
 */
export function forEachToken(text: string, visit: (token: Token) => void): void {
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
    while (end < n) {
      if (isWordChar(text, end)) {
        end++;
        continue;
      }
      const ch = text[end] ?? '';
      const nextIsWord = end + 1 < n && isWordChar(text, end + 1);
      // inner apostrophe: don't, Netanyahu's, O’Brien
      if (APOSTROPHES.has(ch) && nextIsWord && end > start) {
        end++;
        continue;
      }
      // numbers with separators: 60.5, 1,000
      if ((ch === '.' || ch === ',') && nextIsWord) {
        const before = text.charCodeAt(end - 1);
        const after = text.charCodeAt(end + 1);
        if (isAsciiDigit(before) && isAsciiDigit(after)) {
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
    // the final dot of an acronym belongs to it ("U.S." → end after the dot is not needed for the word)
    const raw = text.slice(start, end);
    let word = raw;
    let tokenEnd = end;
    // possessive 's and plain apostrophes
    const last2 = word.slice(-2);
    if (word.length > 2 && APOSTROPHES.has(last2[0] ?? '') && (last2[1] === 's' || last2[1] === 'S')) {
      word = word.slice(0, -2);
      tokenEnd -= 2;
    }
    let folded = foldCase(word);
    if (folded.includes("'") || folded.includes('’') || folded.includes('ʼ') || folded.includes('‘')) {
      folded = folded.replace(/['’ʼ‘]/g, '');
    }
    if (dotted) folded = folded.replace(/\./g, '');
    else if (folded.includes(',')) folded = folded.replace(/,/g, '');
    const letters = dotted ? raw.replace(/\./g, '') : word;
    if (folded.length > 0) {
      visit({
        start,
        end: dotted && text[end] === '.' ? end + 1 : tokenEnd,
        word: folded,
        allCaps: letters.length >= 2 && isUpperCase(letters),
        capitalised: isUpperCase(raw[0] ?? ''),
      });
    }
    i = dotted && text[end] === '.' ? end + 1 : end;
  }
}

/** The words of `text`, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (token) => tokens.push(token));
  return tokens;
}
