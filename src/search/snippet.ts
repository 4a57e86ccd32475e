/**
 * Snippets: the best sentence(s) of a paragraph for a question, with the matched words marked as
 * `[start, end)` offsets into the snippet. A sentence scores by the weight of the distinct question
 * words it contains, and a little more when they stand together.
 */
import { forEachToken } from './normalise';
import { isStopWord, termOf } from './terms';
import type { DocSentence } from './types';

/** Tuning of snippets, in one frozen object. */
export const SNIPPET_DEFAULTS = Object.freeze({
  /** A best sentence shorter than this is joined by its neighbour with the next most matches. */
  shortSentence: 90,
  /** Longest snippet; longer sentences are cut around the matched words with an ellipsis. */
  maxLength: 360,
});

/** A snippet and its highlights. */
export interface Snippet {
  readonly text: string;
  readonly highlights: [number, number][];
}

interface SentenceMatch {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** Matched words, offsets into the paragraph. */
  readonly spans: readonly (readonly [number, number])[];
}

/** Characters that may stand between two matched words of one highlighted run. */
const isJoiner = (text: string): boolean => {
  for (const ch of text) if (ch !== ' ' && ch !== '-' && ch !== '\u00a0' && ch !== '–') return false;
  return true;
};

function matchSentence(
  paragraph: string,
  sentence: DocSentence,
  weights: ReadonlyMap<string, number>,
): SentenceMatch {
  const spans: [number, number][] = [];
  const found = new Set<string>();
  let score = 0;
  let lastMatchIndex = -10;
  let index = 0;
  forEachToken(sentence.text, (token) => {
    if (!isStopWord(token.word, token.allCaps)) {
      const term = termOf(token.word);
      const weight = weights.get(term);
      if (weight !== undefined) {
        spans.push([sentence.start + token.start, sentence.start + token.end]);
        if (!found.has(term)) {
          found.add(term);
          score += weight;
          if (index - lastMatchIndex <= 2) score += weight * 0.25;
        }
        lastMatchIndex = index;
      }
    }
    index++;
  });
  return { start: sentence.start, end: sentence.end, score, spans };
}

/** Joins neighbouring highlight spans separated only by spaces or hyphens into one run. */
export function mergeSpans(text: string, spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && (s <= last[1] || isJoiner(text.slice(last[1], s)))) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The best sentence(s) of a paragraph for the given term weights (index term → weight), with
 * highlight offsets into the snippet.
 */
export function bestSnippet(
  paragraph: string,
  sentences: readonly DocSentence[],
  weights: ReadonlyMap<string, number>,
): Snippet {
  const list = sentences.length > 0 ? sentences : [{ start: 0, end: paragraph.length, text: paragraph }];
  const matches = list.map((s) => matchSentence(paragraph, s, weights));
  let best = 0;
  matches.forEach((m, i) => {
    if (m.score > matches[best]!.score) best = i;
  });
  let first = best;
  let last = best;
  const length = (): number => matches[last]!.end - matches[first]!.start;
  if (length() < SNIPPET_DEFAULTS.shortSentence) {
    const before = matches[best - 1];
    const after = matches[best + 1];
    const pick = before && (!after || before.score > after.score) ? best - 1 : after ? best + 1 : best;
    const candidate = matches[pick]!;
    const joined =
      Math.max(candidate.end, matches[best]!.end) - Math.min(candidate.start, matches[best]!.start);
    if (joined <= SNIPPET_DEFAULTS.maxLength) {
      first = Math.min(first, pick);
      last = Math.max(last, pick);
    }
  }
  let start = matches[first]!.start;
  let end = matches[last]!.end;
  const spans = matches.slice(first, last + 1).flatMap((m) => m.spans);
  let prefix = '';
  let suffix = '';
  if (end - start > SNIPPET_DEFAULTS.maxLength) {
    // cut around the matched words: from a word boundary before the first match
    const firstMatch = spans[0]?.[0] ?? start;
    let from = Math.max(start, firstMatch - 60);
    if (from > start) {
      const space = paragraph.lastIndexOf(' ', from);
      from = space > start ? space + 1 : from;
    }
    let to = Math.min(end, from + SNIPPET_DEFAULTS.maxLength);
    if (to < end) {
      const space = paragraph.lastIndexOf(' ', to);
      to = space > from ? space : to;
    }
    if (from > start) prefix = '… ';
    if (to < end) suffix = ' …';
    start = from;
    end = to;
  }
  const body = paragraph.slice(start, end);
  const text = prefix + body + suffix;
  const inside = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start + prefix.length, e - start + prefix.length] as const);
  return { text, highlights: mergeSpans(text, inside) };
}
