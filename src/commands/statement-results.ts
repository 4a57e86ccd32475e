import type { AnalysedBriefing, Speaker, Statement } from '../analysis/types';
import type { AnswerResult } from '../answer/types';
import type { KnowledgeIndex } from '../search/knowledge-index';

/** The slugs of the briefings in scope, or undefined when every briefing is (no filtering needed). */
export function scopeArticles(
  index: KnowledgeIndex,
  scope: readonly AnalysedBriefing[],
): ReadonlySet<string> | undefined {
  return scope.length === index.briefings.length ? undefined : new Set(scope.map((a) => a.briefing.slug));
}

/** The speaker entity of a statement. */
export function speakerOf(index: KnowledgeIndex, statement: Statement): Speaker | undefined {
  return index.get(statement.article)?.speakers.find((s) => s.id === statement.speakerId);
}

/**
 * A statement as a cited result: the words, who said them (with the description), the kind, to
 * whom and when, cited to its paragraph.
 */
export function statementResult(
  index: KnowledgeIndex,
  statement: Statement,
  speaker?: Speaker,
): AnswerResult {
  const who = speaker ?? speakerOf(index, statement);
  return {
    text: statement.text,
    article: statement.article,
    paragraph: statement.paragraph,
    citation: index.citation(statement.article, statement.paragraph, sentenceText(index, statement)),
    speaker: statement.speaker,
    ...(who?.description ? { description: who.description } : {}),
    kind: statement.kind,
    ...(statement.to ? { to: statement.to } : {}),
    ...(statement.when ? { when: statement.when } : {}),
    ...(statement.date ? { date: statement.date } : {}),
  };
}

/** The sentence a statement is in, for the citation's link to the cited words. */
function sentenceText(index: KnowledgeIndex, statement: Statement): string | undefined {
  return index.get(statement.article)?.sentences[statement.paragraph - 1]?.[statement.sentence]?.text;
}

/** Cuts a text to `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
