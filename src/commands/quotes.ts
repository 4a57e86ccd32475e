import type { Answer, AnswerResult } from '../answer/types';
import { UserError, messages } from '../errors';
import { excerpt, scopeArticles, statementResult } from './statement-results';
import type { Choice, CommandSpec } from './types';

/** `/quotes` defaults. */
export const QUOTES_DEFAULTS = Object.freeze({
  /** Statements listed at most. */
  limit: 25,
  /** Speakers offered when the name is unknown. */
  suggestions: 5,
});

/** `/quotes speaker:` — everything a speaker said, in order, each cited to its paragraph. */
export const quotesCommand: CommandSpec = {
  name: 'quotes',
  description: 'Everything a speaker said in the briefings, in order',
  group: 'search',
  options: [
    {
      name: 'speaker',
      description: 'Who, e.g. Fidan or "U.S. official"',
      type: 'string',
      required: true,
      autocomplete: true,
      maxLength: 100,
    },
  ],
  run(args, { index }): Answer {
    const name = String(args.speaker ?? '').trim();
    if (!name) throw new UserError(messages.emptyOption('quotes', 'speaker'));
    const scope = index.scope(args.briefing as string | undefined);
    const articles = scopeArticles(index, scope);
    const speaker = index.quotes.findSpeaker(name, articles);
    if (!speaker) {
      const close = index.quotes.suggestSpeakers(name, articles).slice(0, QUOTES_DEFAULTS.suggestions);
      throw new UserError(
        messages.unknownSpeaker(name),
        close.map((s) => s.name),
      );
    }
    const wanted = speaker.name.toLowerCase();
    const results: AnswerResult[] = [];
    for (const briefing of scope) {
      const own = briefing.speakers.find((s) => s.name.toLowerCase() === wanted);
      for (const statement of briefing.statements) {
        if (statement.speaker.toLowerCase() === wanted) results.push(statementResult(index, statement, own));
      }
    }
    const shown = results.slice(0, QUOTES_DEFAULTS.limit);
    const more = results.length - shown.length;
    return {
      command: 'quotes',
      title: `What ${speaker.name} said`,
      intro: `${speaker.description ? `${speaker.description}. ` : ''}${results.length} statement${results.length === 1 ? '' : 's'}${more > 0 ? `, the first ${shown.length} shown` : ''}.`,
      results: shown,
      empty: `${speaker.name} has no statements in this briefing.`,
    };
  },
  autocomplete(option, value, args, { index }): readonly Choice[] {
    if (option !== 'speaker') return [];
    let articles: ReadonlySet<string> | undefined;
    try {
      articles = scopeArticles(index, index.scope(args.briefing as string | undefined));
    } catch {
      articles = undefined;
    }
    return index.quotes.suggestSpeakers(value, articles).map((s) => ({
      name: excerpt(s.description ? `${s.name} — ${s.description}` : s.name, 100),
      value: s.name,
    }));
  },
};
