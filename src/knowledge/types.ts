/** A status topic declared in a briefing's front matter; each becomes a slash command. */
export interface TopicDefinition {
  /** Slash-command name, lowercase, at most 32 characters (e.g. `isf-status`). */
  readonly command: string;
  /** Human title shown in the status brief (e.g. "International Stabilization Force"). */
  readonly title: string;
  /** Words and phrases that refer to the topic (e.g. "ISF", "the force"). */
  readonly terms: readonly string[];
}

/** One paragraph of a briefing body, numbered from 1 in file order. */
export interface Paragraph {
  /** 1-based paragraph number, as cited (`¶N`). */
  readonly number: number;
  /** The paragraph text, whitespace-normalised. */
  readonly text: string;
  /** 1-based line of the file where the paragraph starts (for error messages). */
  readonly line: number;
}

/** A validated news briefing: one file of the knowledge folder. */
export interface Briefing {
  /** Identifier: the file name without extension. */
  readonly slug: string;
  readonly title: string;
  /** The outlet that published it. */
  readonly source?: string;
  /** The original page, used for citation links. */
  readonly url?: string;
  /** ISO date (YYYY-MM-DD) of publication; resolves relative dates such as "on Tuesday". */
  readonly published?: string;
  readonly credits: readonly string[];
  readonly topics: readonly TopicDefinition[];
  readonly paragraphs: readonly Paragraph[];
  /** File name relative to the knowledge folder. */
  readonly file: string;
}

/** Why a knowledge file was rejected: the file, the line when known, and what is wrong. */
export interface KnowledgeProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

/** What loading a knowledge folder produced: the good briefings and the problems of the others. */
export interface KnowledgeLoad {
  readonly briefings: readonly Briefing[];
  readonly problems: readonly KnowledgeProblem[];
}
