/**
 * Hostile input while typing: autocomplete for every autocomplete option of every command (and
 * for options and commands that have none), answered within Discord's limits and quickly.
 */
import fc from 'fast-check';
import type { CommandSpec } from '../../src/commands/types';
import { hostileText } from './arbitraries';
import { commandArgs } from './command-args';
import { DiscordPath, knowledge, Timings } from './discord-path';
import { sentProblems } from './reply-checks';

const RUNS = 500;
const P99_MS = 100;
const MAX_MS = 1_500;

const { registry } = knowledge();
const chatCommands = registry.commands.filter((c) => c.type !== 'message');
const hasBriefing = (spec: CommandSpec): boolean =>
  spec.options.some((o) => o.name === 'briefing' && o.autocomplete === true);
/** The command-specific autocomplete options (the common `briefing` option is tested once for all). */
const focusable = chatCommands.flatMap((spec) =>
  spec.options
    .filter((o) => o.autocomplete && o.name !== 'briefing')
    .map((o) => [spec.name, o.name] as const),
);
const timings = new Timings();

afterAll(() => console.log(timings.summary('hostile autocomplete')));

describe('hostile autocomplete', () => {
  it('suggests briefings for any text typed into the briefing option of every command that has it', async () => {
    expect(chatCommands.filter(hasBriefing).length).toBeGreaterThan(0);
    const path = new DiscordPath();
    let offered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...chatCommands.filter(hasBriefing)),
        hostileText,
        async (spec, value) => {
          const routed = await path.autocomplete(spec.name, 'briefing', value);
          timings.add(routed.ms);
          expect(routed.faults).toEqual([]);
          expect(sentProblems(routed.sent)).toEqual([]);
          if ((routed.sent[0]?.choices?.length ?? 0) > 0) offered += 1;
          expect(routed.ms).toBeLessThan(MAX_MS);
        },
      ),
      { numRuns: RUNS },
    );
    expect(offered).toBeGreaterThan(0);
  });

  it.each(focusable.map(([command, option]) => [command, option] as const))(
    '/%s %s: suggestions for any typed text are valid choices, sent once, quickly',
    async (command, option) => {
      const path = new DiscordPath();
      const spec = registry.get(command)!;
      let offered = 0;
      await fc.assert(
        fc.asyncProperty(hostileText, commandArgs(spec), async (value, args) => {
          const routed = await path.autocomplete(command, option, value, args);
          timings.add(routed.ms);
          expect(routed.faults).toEqual([]);
          expect(sentProblems(routed.sent)).toEqual([]);
          if ((routed.sent[0]?.choices?.length ?? 0) > 0) offered += 1;
          expect(routed.ms).toBeLessThan(MAX_MS);
        }),
        { numRuns: RUNS },
      );
      expect(offered).toBeGreaterThan(0);
    },
  );

  it('answers with no suggestions, not an error, for unknown commands and options', async () => {
    const path = new DiscordPath();
    const names = registry.commands.map((c) => c.name);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...names), hostileText),
        fc.oneof(fc.constantFrom('question', 'quote', 'hide', 'mention', 'zqx'), hostileText),
        hostileText,
        async (command, option, value) => {
          const routed = await path.autocomplete(command, option, value);
          timings.add(routed.ms);
          expect(routed.faults).toEqual([]);
          expect(sentProblems(routed.sent)).toEqual([]);
          const known = registry.get(command)?.options.find((o) => o.name === option)?.autocomplete;
          if (!known) expect(routed.sent[0]?.choices).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('keeps p99 of every suggestion under 100 ms', () => {
    expect(timings.quantile(0.99)).toBeLessThan(P99_MS);
  });
});
