import type { Briefing } from '../knowledge/types';
import type { Citation } from './types';

/** Defaults of citation links. */
export const CITATION_DEFAULTS = Object.freeze({
  /** How many first words of the cited sentence the text fragment carries. */
  fragmentWords: 7,
  /** Fewest words worth a fragment; a shorter run stops at the first quotation mark anyway. */
  minFragmentWords: 3,
});

/** Quotation marks: pages and files disagree on straight or curly ones, so fragments avoid them. */
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'"]);
/** Punctuation trimmed from the ends of the fragment. */
const EDGE_PUNCTUATION = new Set([
  ...QUOTE_MARKS,
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '…',
  '–',
  '—',
  '-',
]);

const trimEdges = (word: string): string => {
  let start = 0;
  let end = word.length;
  while (start < end && EDGE_PUNCTUATION.has(word[start] ?? '')) start++;
  while (end > start && EDGE_PUNCTUATION.has(word[end - 1] ?? '')) end--;
  return word.slice(start, end);
};

/**
 * The first words of a sentence for a text fragment: up to {@link CITATION_DEFAULTS.fragmentWords}
 * words, stopping before a word that carries a quotation mark inside it (the page may use the other
 * kind), without leading or trailing punctuation.
 */
export function fragmentWords(sentence: string, count: number = CITATION_DEFAULTS.fragmentWords): string {
  const words = sentence
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const chosen: string[] = [];
  for (const [i, raw] of words.entries()) {
    if (chosen.length >= count) break;
    // an opening quotation mark on the first word is dropped; elsewhere a quote mark ends the run
    const word = i === 0 ? trimLeadingQuotes(raw) : raw;
    if ([...word].some((ch) => QUOTE_MARKS.has(ch) && ch !== '’' && ch !== "'")) {
      if (chosen.length >= CITATION_DEFAULTS.minFragmentWords) break;
      chosen.push(word);
      break;
    }
    chosen.push(word);
  }
  return trimEdges(chosen.join(' '));
}

const trimLeadingQuotes = (word: string): string => {
  let start = 0;
  while (start < word.length && QUOTE_MARKS.has(word[start] ?? '')) start++;
  return word.slice(start);
};

/**
 * Percent-encodes a text-fragment value per the Text Fragments spec: everything
 * `encodeURIComponent` escapes, plus `-` (which would read as a prefix/suffix marker); `&` and `,`
 * are escaped by `encodeURIComponent` already.
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** `url#:~:text=<first words>`, replacing any fragment the url already has. */
export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.split('#')[0] ?? url;
  const words = fragmentWords(sentence);
  return words ? `${base}#:~:text=${encodeFragmentText(words)}` : base;
}

/**
 * The citation of a paragraph of a briefing (`¶14 · <title>`). When the briefing has a `url`, the
 * citation links to the original page with a text fragment made of the first words of the cited
 * sentence (or of the paragraph when no sentence is given), so the reader lands on those words.
 */
export function citationFor(briefing: Briefing, paragraph: number, sentenceText?: string): Citation {
  const base = { article: briefing.slug, title: briefing.title, paragraph };
  if (!briefing.url) return base;
  const anchorText = sentenceText ?? briefing.paragraphs.find((p) => p.number === paragraph)?.text ?? '';
  return { ...base, url: anchorText ? textFragmentUrl(briefing.url, anchorText) : briefing.url };
}
