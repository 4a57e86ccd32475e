import { balanceQuotes, tightenSentence, type Span } from '../analysis/clauses';
import type { AnalysedBriefing, Sentence, Statement } from '../analysis/types';
import { citationFor } from '../answer/citation';
import type { AnswerResult } from '../answer/types';
import { STOP_WORDS, words } from './topic-match';

/** Shared pieces of the brief builders: statements of a sentence, attributed snippets, near duplicates. */

/** The statements made in a sentence, longest words first (the one that covers most of it). */
export function statementsIn(analysed: AnalysedBriefing, sentence: Sentence): Statement[] {
  return analysed.statements
    .filter((s) => s.paragraph === sentence.paragraph && s.sentence === sentence.index)
    .sort((a, b) => b.text.length - a.text.length);
}

const OPENING_QUOTES = new Set(['"', '“', '‘']);
const CLOSING_QUOTES = new Set(['"', '”', '’']);

/** Whether the sentence is all quotation (a direct statement without attribution inside it). */
const isAllQuotation = (text: string): boolean => {
  const t = text.trim();
  const inner = t.replace(/^["“]/, '').replace(/["”]$/, '');
  return (
    (OPENING_QUOTES.has(t[0] ?? '') || CLOSING_QUOTES.has(t[t.length - 1] ?? '')) && !/["“”]/.test(inner)
  );
};

const stripEdgeQuotes = (text: string): string =>
  text.replace(/^["“]/, '').replace(/([.!?…]?)["”]([.!?…]?)$/, (_m, a: string, b: string) => a || b);

/** The words that may name a statement's speaker in an attribution: name, aliases, description. */
export function speakerWords(analysed: AnalysedBriefing, statement: Statement): string[] {
  const speaker = analysed.speakers.find((s) => s.id === statement.speakerId);
  return [
    statement.speaker,
    ...(speaker?.aliases ?? []),
    ...(speaker?.description ? [speaker.description] : []),
  ];
}

/** An attributed snippet of a sentence. */
export interface Snippet {
  readonly text: string;
  /** The speaker, when the snippet is their words. */
  readonly statement?: Statement;
}

/**
 * Makes a snippet of a sentence: tightened (see `tightenSentence`), attributed when it is a statement
 * whose attribution could be lifted out ("the official said the ISF …" → "U.S. official: the ISF …"),
 * or when the whole sentence is a direct quotation.
 */
export function snippetOf(
  analysed: AnalysedBriefing,
  sentence: Sentence,
  options: { keep?: readonly Span[]; maxLength?: number; statement?: Statement } = {},
): Snippet {
  const statement = options.statement ?? statementsIn(analysed, sentence)[0];
  const tightened = tightenSentence(sentence.text, {
    ...(options.keep ? { keep: options.keep } : {}),
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    dropAttribution: statement !== undefined,
    ...(statement ? { speakerWords: speakerWords(analysed, statement) } : {}),
  });
  let text = balanceQuotes(tightened.text);
  const quoted = statement?.kind === 'direct' && isAllQuotation(sentence.text);
  // the speaker's own words, whole: the label says who, so the quotation marks can go
  if (quoted || (tightened.attributionDropped && isAllQuotation(text))) text = stripEdgeQuotes(text);
  const attributed = statement && (tightened.attributionDropped || quoted);
  return attributed ? { text, statement } : { text };
}

/** The result of a snippet: citation, attribution and date fields filled in. */
export function resultOf(
  analysed: AnalysedBriefing,
  sentence: Sentence,
  snippet: Snippet,
  extra: Partial<AnswerResult> = {},
): AnswerResult {
  const { briefing } = analysed;
  const s = snippet.statement;
  const speaker = s ? analysed.speakers.find((sp) => sp.id === s.speakerId) : undefined;
  return {
    text: snippet.text,
    article: briefing.slug,
    paragraph: sentence.paragraph,
    citation: citationFor(briefing, sentence.paragraph, sentence.text),
    ...(s
      ? {
          speaker: s.speaker,
          label: s.speaker,
          kind: s.kind,
          ...(speaker?.description ? { description: speaker.description } : {}),
          ...(s.to ? { to: s.to } : {}),
          ...(s.when ? { when: s.when } : {}),
          ...(s.date ? { date: s.date } : {}),
        }
      : {}),
    ...extra,
  };
}

/** The content words of a text in base form, for near-duplicate checks. */
export function contentWords(text: string): Set<string> {
  return new Set(
    words(text)
      .map((w) => w.word.replace(/['’]s$/, '').replace(/(?<=\w{3})s$/, ''))
      .filter((w) => !STOP_WORDS.has(w) && w.length > 1),
  );
}

/** Fewest shared content words for two sentences to count as saying the same thing. */
const MIN_SHARED_FOR_DUPLICATE = 4;

/**
 * Overlap of two word sets: shared words over the smaller set (1 = one says nothing new); 0 when they
 * share too few words to tell ("There will be no shutdown." repeats no other sentence).
 */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared < MIN_SHARED_FOR_DUPLICATE ? 0 : shared / Math.min(a.size, b.size);
}
