import type { StatementKind } from '../analysis/types';

/** Where a snippet comes from: the briefing and the paragraph (`¶14 · <title>`). */
export interface Citation {
  /** Briefing slug. */
  readonly article: string;
  /** Briefing title. */
  readonly title: string;
  readonly paragraph: number;
  /** Link to the original page with a text fragment that scrolls to the cited words, when known. */
  readonly url?: string;
}

/** A run of words in a snippet that matched the question: `[start, end)` character offsets. */
export type Highlight = readonly [start: number, end: number];

/** One part of a word-level comparison between the words asked about and the real words. */
export interface DiffPart {
  readonly op: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** How the words asked about compare with the briefing's statement. */
export type Verdict = 'exact' | 'close' | 'not-found' | 'misattributed';

/** A cited snippet. Renderers decide how highlights, labels and citations look. */
export interface AnswerResult {
  /** The snippet, plain text (no markup). */
  readonly text: string;
  /** Briefing slug. */
  readonly article: string;
  readonly paragraph: number;
  readonly citation: Citation;
  /** Matched words in `text`, sorted, non-overlapping. */
  readonly highlights?: readonly Highlight[];
  /** A short lead shown before the snippet ("2025-12-09 · Tuesday night", "U.S. official"). */
  readonly label?: string;
  readonly speaker?: string;
  readonly description?: string;
  readonly kind?: StatementKind;
  readonly to?: string;
  readonly when?: string;
  /** Resolved date of `when`. */
  readonly date?: string;
  readonly verdict?: Verdict;
  /** For close matches: the words asked about beside the real words. */
  readonly diff?: readonly DiffPart[];
  /** A relevance score, higher is better (search commands only). */
  readonly score?: number;
}

/** A listing line without a citation (e.g. `/help`, speakers' descriptions). */
export interface AnswerItem {
  readonly name: string;
  readonly value: string;
}

/** The answer to one command: data, not text. Renderers turn it into Discord, terminal or JSON output. */
export interface Answer {
  /** Command name without the slash. */
  readonly command: string;
  /** Heading of the reply. */
  readonly title: string;
  /** A line under the heading (e.g. the question asked, a verdict summary). */
  readonly intro?: string;
  /** Cited results, best first (search) or in reading order (briefs). */
  readonly results: readonly AnswerResult[];
  /** Uncited listing lines. */
  readonly items?: readonly AnswerItem[];
  /** What to say when there are no results. */
  readonly empty?: string;
  /** "Did you mean" suggestions. */
  readonly suggestions?: readonly string[];
  /** Footer text (e.g. the briefing and its source). */
  readonly footer?: string;
}
