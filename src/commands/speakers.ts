import type { Speaker, Statement } from '../analysis/types';
import type { Answer, AnswerResult } from '../answer/types';
import type { CommandSpec } from './types';

interface Tally {
  readonly speaker: Speaker;
  readonly first: Statement;
  count: number;
}

/** `/speakers` — everyone quoted in the briefings, with their description and how often. */
export const speakersCommand: CommandSpec = {
  name: 'speakers',
  description: 'Everyone quoted in the briefings, with who they are and how often they speak',
  group: 'search',
  options: [],
  run(args, { index }): Answer {
    const scope = index.scope(args.briefing as string | undefined);
    const tallies = new Map<string, Tally>();
    for (const briefing of scope) {
      const byId = new Map(briefing.speakers.map((s) => [s.id, s]));
      for (const statement of briefing.statements) {
        const key = statement.speaker.toLowerCase();
        const tally = tallies.get(key);
        if (tally) tally.count++;
        else {
          const speaker = byId.get(statement.speakerId);
          if (speaker) tallies.set(key, { speaker, first: statement, count: 1 });
        }
      }
    }
    const results: AnswerResult[] = [...tallies.values()].map(({ speaker, first, count }) => {
      const times = `${count} statement${count === 1 ? '' : 's'}`;
      return {
        text: times,
        article: first.article,
        paragraph: first.paragraph,
        citation: index.citation(first.article, first.paragraph),
        speaker: speaker.name,
        ...(speaker.description ? { description: speaker.description } : {}),
      };
    });
    return {
      command: 'speakers',
      title: 'Who is quoted',
      intro: `${results.length} speaker${results.length === 1 ? '' : 's'}, in order of first appearance; /quotes speaker: lists what each said.`,
      results,
      empty: 'Nobody is quoted in these briefings.',
    };
  },
};
