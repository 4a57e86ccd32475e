import type { Speaker, Statement } from '../analysis/types';
import type { Answer, AnswerResult } from '../answer/types';
import type { CommandSpec } from './types';

interface Tally {
  readonly speaker: Speaker;
  readonly first: Statement;
  count: number;
}

export const SPEAKERS_DEFAULTS = Object.freeze({
  /** Most speakers listed; beyond it, the most quoted are shown. */
  maxListed: 50,
});

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
        const speaker = byId.get(statement.speakerId);
        if (!speaker) continue;
        // a named speaker is the same across briefings; "officials" of two briefings are not
        const name = statement.speaker.toLowerCase();
        const key = speaker.kind === 'unnamed' ? `${briefing.briefing.slug}\u0000${name}` : name;
        const tally = tallies.get(key);
        if (tally) tally.count++;
        else tallies.set(key, { speaker, first: statement, count: 1 });
      }
    }
    const all = [...tallies.values()];
    // Over many briefings "everyone" is thousands of people: list the most quoted ones.
    const shown =
      all.length > SPEAKERS_DEFAULTS.maxListed
        ? [...all].sort((a, b) => b.count - a.count).slice(0, SPEAKERS_DEFAULTS.maxListed)
        : all;
    const results: AnswerResult[] = shown.map(({ speaker, first, count }) => {
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
      intro:
        shown.length < all.length
          ? `The ${shown.length} most quoted of ${all.length} speakers; name a briefing to see everyone in it. /quotes speaker: lists what each said.`
          : `${results.length} speaker${results.length === 1 ? '' : 's'}, in order of first appearance; /quotes speaker: lists what each said.`,
      results,
      empty: 'Nobody is quoted in these briefings.',
    };
  },
};
