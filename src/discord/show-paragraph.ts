/**
 * "Show paragraph": the whole cited paragraph as an answer, so the reader can check the snippet in
 * its context. Built from the index's public look-ups (paragraph text and citation) only.
 */
import type { Answer } from '../answer/types';
import { UserError } from '../errors';
import type { KnowledgeIndex } from '../search/knowledge-index';

/** The command name paragraph answers are rendered under (its colour). */
export const PARAGRAPH_COMMAND = 'paragraph';

/**
 * The full paragraph `number` of briefing `article`.
 * @throws UserError when the briefing or paragraph is gone (e.g. the knowledge was reloaded).
 */
export function paragraphAnswer(index: KnowledgeIndex, article: string, number: number): Answer {
  const analysed = index.get(article);
  const paragraph = index.paragraph(article, number);
  if (!analysed || !paragraph) {
    throw new UserError(
      `Paragraph ¶${number} of "${article}" is no longer in the briefings (they were updated). Ask again to get fresh citations.`,
    );
  }
  const citation = index.citation(article, number);
  const { briefing } = analysed;
  return {
    command: PARAGRAPH_COMMAND,
    title: `¶${number} · ${briefing.title}`,
    results: [{ text: paragraph.text, article, paragraph: number, citation }],
    footer: [briefing.title, briefing.source].filter(Boolean).join(' · '),
  };
}
