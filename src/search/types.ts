/** A sentence of a paragraph: `[start, end)` offsets into the paragraph text, and its text. */
export interface DocSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One paragraph as the paragraph search sees it. */
export interface ParagraphDoc {
  /** Briefing slug. */
  readonly article: string;
  /** 1-based paragraph number. */
  readonly paragraph: number;
  readonly text: string;
  /** The paragraph's sentences in order; when empty the whole paragraph counts as one sentence. */
  readonly sentences: readonly DocSentence[];
  /**
   * Canonical names of the people quoted in the paragraph, when the analysis knows them. They are
   * searched as if the paragraph named them, so that "What did Meshaal propose?" finds "Instead, he
   * proposed …".
   */
  readonly speakers?: readonly string[];
  /** Its briefing's title, when known: the title's words name the story, as words used all through it do. */
  readonly title?: string;
  /** The day its briefing was published (`YYYY-MM-DD`), when known: newer briefings win close calls. */
  readonly published?: string;
}

/** A paragraph that answers a question, with its best sentence(s) as the snippet. */
export interface ParagraphHit {
  readonly article: string;
  readonly paragraph: number;
  /** Relevance, higher is better; comparable within one search only. */
  readonly score: number;
  /** The best sentence(s) of the paragraph, plain text. */
  readonly snippet: string;
  /** Matched words in `snippet`: sorted, non-overlapping `[start, end)` offsets. */
  readonly highlights: [number, number][];
}

/** Options of one search. */
export interface SearchOptions {
  /** Only these briefings (slugs); all when undefined. */
  readonly articles?: ReadonlySet<string>;
  /** Most hits returned (default {@link SEARCH_DEFAULTS.limit}). */
  readonly limit?: number;
}

/** What kind of answer a question asks for, from its question words. */
export type QuestionIntent = 'time' | 'person' | 'number' | 'place' | 'reason' | 'condition';

/** How one word of the question was understood. */
export interface QueryWord {
  /** The word as folded from the question. */
  readonly word: string;
  /** Known words searched for it: itself, other spellings of a name, or corrections of a misspelling. */
  readonly matches: readonly { readonly word: string; readonly term: string; readonly weight: number }[];
  /** Whether the word was unknown and replaced by a correction. */
  readonly corrected: boolean;
  /** For words the question did not write: the acronym or long form they stand for. */
  readonly from?: string;
}

/** How a question was understood: its intent and its words. Useful for "searched for …" lines. */
export interface QueryPlan {
  readonly intents: readonly QuestionIntent[];
  readonly words: readonly QueryWord[];
  /** What "how many" or "how much" counts: the first word after it ("troops" in "How many troops …"). */
  readonly counted?: string;
}
