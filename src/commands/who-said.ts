import type { Answer, AnswerResult, Highlight } from '../answer/types';
import { UserError, messages } from '../errors';
import type { QuoteMatch } from '../search/quote-search';
import { MAX_TEXT_OPTION_LENGTH } from './common-options';
import { excerpt, scopeArticles, statementResult } from './statement-results';
import type { Choice, CommandSpec } from './types';

/** `/who-said` defaults. */
export const WHO_SAID_DEFAULTS = Object.freeze({
  /** Matches shown. */
  limit: 3,
  /** "Did you mean" suggestions when nothing matches. */
  suggestions: 3,
  /** Autocomplete choices. */
  choices: 25,
  /** Characters of a statement in a suggestion or a choice. */
  excerptLength: 80,
});

const highlightOf = (text: string, passage: string): Highlight[] => {
  const at = text.indexOf(passage);
  return at >= 0 && passage.length > 0 ? [[at, at + passage.length]] : [];
};

function matchResult(match: QuoteMatch, toResult: (m: QuoteMatch) => AnswerResult): AnswerResult {
  const base = toResult(match);
  return {
    ...base,
    verdict: match.verdict,
    score: match.score,
    highlights: highlightOf(base.text, match.passage),
    ...(match.verdict === 'close' ? { diff: match.diff } : {}),
  };
}

/** One line naming a statement: `"words…" — Speaker, ¶18`. */
const suggestionLine = (m: QuoteMatch): string =>
  `"${excerpt(m.statement.text, WHO_SAID_DEFAULTS.excerptLength)}" — ${m.statement.speaker}, ¶${m.statement.paragraph}`;

function intro(quote: string, best: QuoteMatch | undefined): string | undefined {
  if (!best) return undefined;
  const who = `${best.statement.speaker} (¶${best.statement.paragraph})`;
  if (best.verdict === 'exact') return `Exact words of ${who}.`;
  return `Not word for word: the closest is what ${who} said — differences marked.`;
}

/**
 * `/who-said quote:` — who said those words (quoted or reported), to whom and when, with the cited
 * snippet; a close misquote is shown beside the real words; nothing close → "did you mean".
 */
export const whoSaidCommand: CommandSpec = {
  name: 'who-said',
  description: 'Who said these words? Finds the speaker, to whom and when, and spots misquotes',
  group: 'search',
  options: [
    {
      name: 'quote',
      description: 'The words, as you remember them',
      type: 'string',
      required: true,
      autocomplete: true,
      maxLength: MAX_TEXT_OPTION_LENGTH,
    },
  ],
  run(args, { index }): Answer {
    const quote = String(args.quote ?? '').trim();
    if (!quote) throw new UserError(messages.emptyOption('who-said', 'quote'));
    const scope = index.scope(args.briefing as string | undefined);
    const articles = scopeArticles(index, scope);
    const matches = index.quotes.find(quote, { articles, limit: WHO_SAID_DEFAULTS.limit });
    const results = matches.map((m) => matchResult(m, (x) => statementResult(index, x.statement, x.speaker)));
    const title = `Who said "${excerpt(quote, 180)}"?`;
    if (results.length > 0) return { command: 'who-said', title, intro: intro(quote, matches[0]), results };
    const closest = index.quotes.find(quote, {
      articles,
      limit: WHO_SAID_DEFAULTS.suggestions,
      closest: true,
    });
    return {
      command: 'who-said',
      title,
      results: [],
      empty: `Nobody in the briefings said "${excerpt(quote, 120)}" or anything close. Try fewer words, or /quotes speaker: to list someone's statements.`,
      suggestions: closest.map(suggestionLine),
    };
  },
  autocomplete(option, value, args, { index }): readonly Choice[] {
    if (option !== 'quote') return [];
    const typed = value.trim();
    let articles: ReadonlySet<string> | undefined;
    try {
      articles = scopeArticles(index, index.scope(args.briefing as string | undefined));
    } catch {
      articles = undefined;
    }
    if (!typed) return [];
    return index.quotes
      .find(typed, { articles, limit: WHO_SAID_DEFAULTS.choices, closest: true })
      .map((m) => ({
        name: excerpt(`${m.statement.speaker}: ${m.passage}`, 100),
        value: excerpt(m.passage, MAX_TEXT_OPTION_LENGTH),
      }));
  },
};
