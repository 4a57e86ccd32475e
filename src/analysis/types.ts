import type { Briefing } from '../knowledge/types';

/** A sentence of a paragraph, with its character offsets in the paragraph text. */
export interface Sentence {
  /** 1-based paragraph number. */
  readonly paragraph: number;
  /** 0-based position of the sentence in its paragraph. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * How a statement is quoted: `direct` (whole sentences in quotation marks), `partial` (quoted words
 * inside reported speech) or `reported` (no quotation marks).
 */
export type StatementKind = 'direct' | 'partial' | 'reported';

/** What kind of thing a speaker is. `unnamed` speakers are named by their description. */
export type SpeakerKind = 'person' | 'organisation' | 'outlet' | 'unnamed';

/** A person, group or outlet quoted in a briefing, merged over all its mentions. */
export interface Speaker {
  /** Stable id within the briefing, e.g. `hakan-fidan`. */
  readonly id: string;
  /** Canonical name: the fullest name the article uses, or the description of an unnamed speaker. */
  readonly name: string;
  /** Other ways the article refers to the speaker ("Fidan", "Turkish Foreign Minister Hakan Fidan"). */
  readonly aliases: readonly string[];
  /** Title or appositive ("Turkish Foreign Minister", "senior Hamas leader"), when the text gives one. */
  readonly description?: string;
  readonly kind: SpeakerKind;
}

/** A quoted or reported statement, attributed to a speaker. */
export interface Statement {
  /** Slug of the briefing. */
  readonly article: string;
  readonly paragraph: number;
  /** Index of the sentence within the paragraph where the statement is. */
  readonly sentence: number;
  /** Canonical speaker name (never a pronoun, never empty). */
  readonly speaker: string;
  /** Id of the speaker entity in {@link AnalysedBriefing.speakers}. */
  readonly speakerId: string;
  readonly kind: StatementKind;
  /** The statement's words: the quotation, or the reported clause. */
  readonly text: string;
  /** The outlet or audience addressed ("Al Jazeera", "reporters"), when the text says. */
  readonly to?: string;
  /** The time phrase as written ("on Tuesday"). */
  readonly when?: string;
  /** The resolved date of `when` (YYYY-MM-DD, or YYYY-MM for a month), when `published` allows. */
  readonly date?: string;
  /** The speech verb or cue that introduced it ("said", "told", "according to"). */
  readonly cue?: string;
}

/** A dated event for the timeline. */
export interface TimelineEvent {
  readonly paragraph: number;
  readonly sentence: number;
  /** The time phrase as written ("Tuesday night", "Last month"). */
  readonly phrase: string;
  /** Resolved date: YYYY-MM-DD, YYYY-MM or YYYY, when `published` allows. */
  readonly date?: string;
  /** A sortable day number (days since 1970-01-01) for ordering; undefined when unresolved. */
  readonly sortKey?: number;
  /** The sentence (or its trimmed clause) that says what happened. */
  readonly text: string;
  /** Who said it, when the event is someone's statement. */
  readonly speaker?: string;
}

/** A briefing with everything the analysis found in it. Immutable once built. */
export interface AnalysedBriefing {
  readonly briefing: Briefing;
  /** Sentences per paragraph: `sentences[n - 1]` holds paragraph n's sentences. */
  readonly sentences: readonly (readonly Sentence[])[];
  readonly speakers: readonly Speaker[];
  /** Statements in paragraph and sentence order. */
  readonly statements: readonly Statement[];
  readonly events: readonly TimelineEvent[];
}
