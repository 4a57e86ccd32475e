import type { Answer, AnswerResult } from '../answer/types';
import { UserError, messages } from '../errors';
import { MAX_TEXT_OPTION_LENGTH } from './common-options';
import type { CommandSpec } from './types';

/** How many paragraphs `/ask` returns at most. */
export const ASK_DEFAULTS = Object.freeze({ limit: 5 });

/** `/ask question:` — the paragraphs that answer a question, best first, as cited snippets. */
export const askCommand: CommandSpec = {
  name: 'ask',
  description: 'Ask the briefings a question; get the paragraphs that answer it, cited',
  group: 'search',
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. When will the ISF be deployed?',
      type: 'string',
      required: true,
      maxLength: MAX_TEXT_OPTION_LENGTH,
    },
  ],
  run(args, { index }): Answer {
    const question = String(args.question ?? '');
    if (!question.trim()) throw new UserError(messages.emptyOption('ask', 'question'));
    const scope = index.scope(args.briefing as string | undefined);
    const articles =
      scope.length === index.briefings.length ? undefined : new Set(scope.map((a) => a.briefing.slug));
    const hits = index.paragraphs.search(question, { articles, limit: ASK_DEFAULTS.limit });
    const results: AnswerResult[] = hits.map((hit) => ({
      text: hit.snippet,
      highlights: hit.highlights,
      article: hit.article,
      paragraph: hit.paragraph,
      score: Math.round(hit.score * 1000) / 1000,
      citation: index.citation(hit.article, hit.paragraph, hit.snippet),
    }));
    return {
      command: 'ask',
      title: question.length > 200 ? `${question.slice(0, 199)}…` : question,
      results,
      empty: 'Nothing in the briefings answers that. Try other words, or /summary for an overview.',
    };
  },
};
