/**
 * Quotation spans of news paragraphs: straight and curly double quotes, single quotes nested inside
 * them, the multi-paragraph convention (an unclosed quotation goes on in the next paragraph, which
 * opens with a quotation mark again), brackets inside quotes, and unbalanced marks handled without
 * giving up. Paragraphs that use no double quotes at all may use single quotes (British style).
 */

/** A quotation in a paragraph. Offsets are `[start, end)` in the paragraph text. */
export interface QuoteSpan {
  /** Offset of the opening mark (or of the paragraph start when the opening mark is missing). */
  readonly start: number;
  /** Offset just after the closing mark (or the paragraph end when the quotation is left open). */
  readonly end: number;
  /** Offsets of the quoted words, marks excluded. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** The quoted words, trimmed. */
  readonly text: string;
  /** Whether the opening mark is in the text (false when a stray closing mark implied it). */
  readonly opened: boolean;
  /** Whether the closing mark is in this paragraph (false: it goes on in the next paragraph). */
  readonly closed: boolean;
  /** Whether it continues a quotation left open at the end of the previous paragraph. */
  readonly continued: boolean;
}

/** Quotation marks and how they behave. */
export const QUOTE_MARKS = Object.freeze({
  doubleOpen: new Set(['“', '„', '«', '‟']),
  doubleClose: new Set(['”', '»']),
  doubleAmbiguous: new Set(['"', '″']),
  singleOpen: new Set(['‘', '‛', '‹']),
  singleClose: new Set(['’', '›']),
  singleAmbiguous: new Set(["'"]),
});

/** Characters before an ambiguous mark that make it an opening one. */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':']);
/** Characters after an ambiguous mark that make it a closing one. */
const CLOSING_CONTEXT = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '—', '–', '…']);

const isSpace = (ch: string | undefined): boolean => ch === undefined || ch.trim() === '';
const isLetterOrDigit = (ch: string | undefined): boolean =>
  !!ch && (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9'));

/** How a mark at `i` looks from its neighbours. */
function markContext(text: string, i: number): 'open' | 'close' | 'unclear' {
  const before = text[i - 1];
  const after = text[i + 1];
  const opensHere = (i === 0 || isSpace(before) || OPENING_CONTEXT.has(before ?? '')) && !isSpace(after);
  const closesHere =
    !isSpace(before) && (isSpace(after) || CLOSING_CONTEXT.has(after ?? '') || after === undefined);
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  return 'unclear';
}

/** Whether the text before a stray closing mark reads like the end of a quotation ("…ready,"). */
function looksLikeQuoteEnd(text: string, closeAt: number): boolean {
  const last = text.slice(0, closeAt).trimEnd().slice(-1);
  return [',', '.', '!', '?', '…'].includes(last);
}

function span(
  text: string,
  start: number,
  end: number,
  innerStart: number,
  innerEnd: number,
  flags: {
    opened: boolean;
    closed: boolean;
    continued: boolean;
  },
): QuoteSpan {
  return { start, end, innerStart, innerEnd, text: text.slice(innerStart, innerEnd).trim(), ...flags };
}

interface MarkSet {
  readonly open: ReadonlySet<string>;
  readonly close: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
  /** Any mark of the set (global, for finding the next one from `lastIndex`). */
  readonly anyMark: RegExp;
}

/** A character class of the marks (from our constants only), so that texts are scanned natively. */
const anyMarkOf = (...sets: ReadonlySet<string>[]): RegExp =>
  new RegExp(
    `[${sets
      .flatMap((set) => [...set])
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('')}]`,
    'g',
  );

const DOUBLE: MarkSet = {
  open: QUOTE_MARKS.doubleOpen,
  close: QUOTE_MARKS.doubleClose,
  ambiguous: QUOTE_MARKS.doubleAmbiguous,
  anyMark: anyMarkOf(QUOTE_MARKS.doubleOpen, QUOTE_MARKS.doubleClose, QUOTE_MARKS.doubleAmbiguous),
};
const SINGLE: MarkSet = {
  open: QUOTE_MARKS.singleOpen,
  close: QUOTE_MARKS.singleClose,
  ambiguous: QUOTE_MARKS.singleAmbiguous,
  anyMark: anyMarkOf(QUOTE_MARKS.singleOpen, QUOTE_MARKS.singleClose, QUOTE_MARKS.singleAmbiguous),
};

/** Where the next mark of the set is at or after `from`, or -1. */
function nextMark(text: string, marks: MarkSet, from: number): number {
  marks.anyMark.lastIndex = from;
  return marks.anyMark.exec(text)?.index ?? -1;
}

/** Whether a single mark at `i` is an apostrophe inside or at the end of a word (don't, Smiths'). */
function isApostrophe(text: string, i: number): boolean {
  return isLetterOrDigit(text[i - 1]) && (isLetterOrDigit(text[i + 1]) || text[i] !== '’');
}

/** Scans one paragraph with one family of marks (double, or single for British-style copy). */
function scan(text: string, marks: MarkSet, continuesOpen: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let opened = true;
  let continued = false;
  const single = marks === SINGLE;
  for (let i = nextMark(text, marks, 0); i >= 0; i = nextMark(text, marks, i + 1)) {
    const ch = text[i] ?? '';
    const isOpen = marks.open.has(ch);
    const isClose = marks.close.has(ch);
    const isAmbiguous = marks.ambiguous.has(ch);
    if (!isOpen && !isClose && !isAmbiguous) continue;
    if (single && (isClose || isAmbiguous) && openAt < 0 && isApostrophe(text, i)) continue;
    const context = markContext(text, i);
    let action: 'open' | 'close';
    if (isOpen) action = 'open';
    else if (isClose) action = 'close';
    else if (openAt >= 0) action = context === 'open' ? 'open' : 'close';
    else action = context === 'close' ? 'close' : 'open';
    if (single && action === 'close' && openAt >= 0 && isLetterOrDigit(text[i + 1])) continue; // "don't" inside
    if (action === 'open') {
      if (openAt >= 0) {
        // a new opening mark while one is open: the earlier quotation was never closed
        spans.push(span(text, openAt, i, openAt + 1, i, { opened, closed: false, continued }));
      }
      openAt = i;
      opened = true;
      continued = i === 0 && continuesOpen;
      continue;
    }
    if (openAt >= 0) {
      spans.push(span(text, openAt, i + 1, openAt + 1, i, { opened, closed: true, continued }));
      openAt = -1;
      continued = false;
    } else if (spans.length === 0 && looksLikeQuoteEnd(text, i)) {
      // a closing mark with no opening one: the quotation ran from the paragraph start
      spans.push(span(text, 0, i + 1, 0, i, { opened: false, closed: true, continued: continuesOpen }));
    }
  }
  if (openAt >= 0) {
    spans.push(
      span(text, openAt, text.length, openAt + 1, text.length, { opened, closed: false, continued }),
    );
  }
  return spans.filter((s) => s.text.length > 0);
}

function hasAny(text: string, marks: MarkSet): boolean {
  return nextMark(text, marks, 0) >= 0;
}

/** Whether a paragraph has single-quote quotations (and no double quotes): British style. */
function usesSingleQuotes(text: string): boolean {
  if (hasAny(text, DOUBLE)) return false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!(SINGLE.open.has(ch) || SINGLE.ambiguous.has(ch))) continue;
    if (markContext(text, i) === 'open' && !isApostrophe(text, i)) return true;
  }
  return false;
}

/**
 * The quotations of one paragraph. `continuesOpen` says that the previous paragraph left a
 * quotation open, so a quotation opening this paragraph continues it.
 */
export function findQuoteSpans(text: string, continuesOpen = false): QuoteSpan[] {
  if (hasAny(text, DOUBLE)) return scan(text, DOUBLE, continuesOpen);
  if (usesSingleQuotes(text)) return scan(text, SINGLE, continuesOpen).filter((s) => s.opened);
  return [];
}

/**
 * The quotations of every paragraph, in order: `result[n - 1]` holds paragraph n's quotations. A
 * paragraph that ends inside a quotation and is followed by one that opens with a quotation mark
 * makes that next quotation a continuation.
 */
export function findParagraphQuotes(paragraphs: readonly string[]): QuoteSpan[][] {
  const result: QuoteSpan[][] = [];
  let open = false;
  for (const text of paragraphs) {
    const spans = findQuoteSpans(text, open && startsWithQuoteMark(text));
    result.push(spans);
    const last = spans[spans.length - 1];
    open = !!last && !last.closed;
  }
  return result;
}

/** Whether a text opens with a quotation mark. */
export function startsWithQuoteMark(text: string): boolean {
  const first = text.trimStart()[0] ?? '';
  return (
    DOUBLE.open.has(first) ||
    DOUBLE.ambiguous.has(first) ||
    SINGLE.open.has(first) ||
    SINGLE.ambiguous.has(first)
  );
}
