import { findQuoteSpans } from '../analysis/quotes';

/** A quotation found in a pasted message, with the name the message gives it to, if any. */
export interface MessageQuotation {
  /** The quoted words (or the whole message when it has no quotation marks). */
  readonly text: string;
  /** Whether the words were in quotation marks. */
  readonly quoted: boolean;
  /** The name the message attributes the words to ("Meshaal said …", "Fidan: …"). */
  readonly claimedSpeaker?: string;
}

export const QUOTATION_DEFAULTS = Object.freeze({
  /** Quotations shorter than this (in words) are checked only when the message has nothing longer. */
  minWords: 2,
  /** At most this many quotations are checked per message. */
  maxQuotations: 5,
});

/** Words around a name that introduce a quotation ("said", "says", "told", "according to"). */
const CUE_WORDS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'adds',
  'claimed',
  'claims',
  'stated',
  'states',
  'declared',
  'insisted',
  'argued',
  'warned',
  'noted',
  'tweeted',
  'posted',
  'according',
  'to',
  'quoted',
  'by',
]);

/** Words that are capitalised but are not names at the start of a message. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'i',
  'the',
  'a',
  'an',
  'he',
  'she',
  'they',
  'we',
  'it',
  'this',
  'that',
  'so',
  'and',
  'but',
  'according',
  'apparently',
  'reportedly',
  'quote',
  'lol',
  'yes',
  'no',
  'wow',
  'well',
  'also',
  'then',
  'here',
  'there',
  'remember',
  'when',
]);

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const stripPunctuation = (word: string): string => {
  let start = 0;
  let end = word.length;
  const isLetter = (ch: string | undefined): boolean => !!ch && ch.toLowerCase() !== ch.toUpperCase();
  while (start < end && !isLetter(word[start])) start++;
  while (end > start && !isLetter(word[end - 1]) && word[end - 1] !== '.') end--;
  let bare = word.slice(start, end);
  if (bare.endsWith("'s") || bare.endsWith('’s')) bare = bare.slice(0, -2);
  return bare.endsWith('.') && bare.length > 2 ? bare.slice(0, -1) : bare;
};
const isCapitalised = (word: string): boolean => {
  const first = word[0];
  return !!first && first !== first.toLowerCase();
};

const endsClause = (word: string): boolean => [',', ';', ':', '.', '!', '?'].includes(word.slice(-1));
const isCue = (word: string): boolean => CUE_WORDS.has(stripPunctuation(word).toLowerCase());
const isNameWord = (word: string): boolean => {
  const bare = stripPunctuation(word);
  return bare.length > 0 && isCapitalised(bare) && !NOT_NAMES.has(bare.toLowerCase());
};

/** The capitalised words at the end of a list ("Hamas leader Khaled Meshaal" → "Khaled Meshaal"). */
function trailingName(words: readonly string[]): string | undefined {
  let start = words.length;
  while (
    start > 0 &&
    isNameWord(words[start - 1]!) &&
    !(start < words.length && endsClause(words[start - 1]!))
  )
    start--;
  return start < words.length ? words.slice(start).map(stripPunctuation).join(' ') : undefined;
}

/** The capitalised words at the start of a list. */
function leadingName(words: readonly string[]): string | undefined {
  let end = 0;
  while (end < words.length && isNameWord(words[end]!)) {
    end++;
    if (endsClause(words[end - 1]!)) break; // "According to Bassem Naim, Hamas …"
  }
  return end > 0 ? words.slice(0, end).map(stripPunctuation).join(' ') : undefined;
}

/**
 * The name a message gives a quotation to: `X said "…"`, `X: "…"`, `According to X, "…"`,
 * `"…" said X`, `"…", X said`.
 */
function claimedSpeaker(before: string, after: string): string | undefined {
  const beforeWords = wordsOf(before).slice(-8);
  const colon = before.trimEnd().endsWith(':');
  // drop the cue words between the name and the quotation: "Meshaal said" → "Meshaal"
  let end = beforeWords.length;
  while (end > 0 && isCue(beforeWords[end - 1]!)) end--;
  if (colon || end < beforeWords.length) {
    const name = trailingName(beforeWords.slice(0, end));
    if (name) return name;
  }
  const according = beforeWords.findIndex((w) => stripPunctuation(w).toLowerCase() === 'according');
  if (according >= 0) {
    const name = leadingName(beforeWords.slice(according + 2));
    if (name) return name;
  }
  const afterWords = wordsOf(after).slice(0, 8);
  let start = 0;
  while (start < afterWords.length && isCue(afterWords[start]!)) start++;
  if (start > 0) return leadingName(afterWords.slice(start));
  const name = leadingName(afterWords);
  if (name && afterWords[name.split(' ').length] && isCue(afterWords[name.split(' ').length]!)) return name;
  return undefined;
}

/**
 * Finds the quotations in a pasted message: its quoted passages (straight or curly quotation
 * marks), or the whole message when it has none, each with the name the message gives it to.
 */
export function findMessageQuotations(message: string): MessageQuotation[] {
  const text = message.trim();
  if (!text) return [];
  const spans = findQuoteSpans(text).filter((s) => s.text.length > 0);
  const long = spans.filter((s) => wordsOf(s.text).length >= QUOTATION_DEFAULTS.minWords);
  const chosen = (long.length > 0 ? long : spans).slice(0, QUOTATION_DEFAULTS.maxQuotations);
  if (chosen.length === 0) return [{ text, quoted: false }];
  return chosen.map((span, i) => {
    const previousEnd = i > 0 ? chosen[i - 1]!.end : 0;
    const nextStart = chosen[i + 1]?.start ?? text.length;
    const claimed = claimedSpeaker(text.slice(previousEnd, span.start), text.slice(span.end, nextStart));
    return claimed
      ? { text: span.text, quoted: true, claimedSpeaker: claimed }
      : { text: span.text, quoted: true };
  });
}
