import type { Answer, AnswerResult } from '../answer/types';

/** One result in the JSON contract of DESIGN.md (extra fields welcome). */
function resultJson(result: AnswerResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    text: result.text,
    article: result.article,
    paragraph: result.paragraph,
  };
  const optional = [
    'speaker',
    'description',
    'kind',
    'to',
    'when',
    'date',
    'label',
    'verdict',
    'diff',
    'score',
  ] as const;
  for (const key of optional) if (result[key] !== undefined) out[key] = result[key];
  out.citation = result.citation;
  return out;
}

/** The object `ask --json` prints: `{ command, results, … }`. */
export function answerJson(answer: Answer): Record<string, unknown> {
  const out: Record<string, unknown> = { command: answer.command, title: answer.title };
  if (answer.intro) out.intro = answer.intro;
  out.results = answer.results.map(resultJson);
  if (answer.items) out.items = answer.items;
  if (answer.results.length === 0 && answer.empty) out.empty = answer.empty;
  if (answer.suggestions && answer.suggestions.length > 0) out.suggestions = answer.suggestions;
  return out;
}

/** The object printed on stdout for an error with `--json`. */
export const errorJson = (message: string, suggestions: readonly string[] = []): Record<string, unknown> =>
  suggestions.length > 0 ? { error: message, suggestions } : { error: message };
