/**
 * Option lengths: Discord enforces `max_length` on every string option; the console and the CLI
 * take any length, cut it to the same limit and answer as Discord's path would.
 */
import fc from 'fast-check';
import { runCommand } from '../../src/commands/registry';
import type { CommandArgs, CommandSpec } from '../../src/commands/types';
import { answerLine } from '../../src/console/console';
import { commandsJSON } from '../../src/discord/command-json';
import { STRING_OPTION_LENGTH_MAX } from '../../src/render/limits';
import { runCli } from '../helpers/run-cli';
import { hostileFragment, hostileText, longText } from './arbitraries';
import { knowledge, Timings } from './discord-path';

const RUNS = 500;
const P99_MS = 100;

const known = knowledge();
const { registry, context } = known;
const chatCommands = registry.commands.filter((c) => c.type !== 'message');
const timings = new Timings();

afterAll(() => console.log(timings.summary('hostile console lines')));

/** The answer, or the user error's message, of running a command. */
function outcome(name: string, args: CommandArgs): unknown {
  try {
    return runCommand(registry, name, args, context);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('max_length', () => {
  it('declares a max_length on every string option of every slash command', () => {
    const json = commandsJSON(chatCommands);
    for (const [i, command] of json.entries()) {
      const spec = chatCommands[i]!;
      for (const option of command.options ?? []) {
        if (option.type !== 3) continue;
        const declared = spec.options.find((o) => o.name === option.name)?.maxLength;
        expect({ command: command.name, option: option.name, declared: declared !== undefined }).toEqual({
          command: command.name,
          option: option.name,
          declared: true,
        });
        expect(option.max_length).toBe(declared);
        expect(option.max_length).toBeLessThanOrEqual(STRING_OPTION_LENGTH_MAX);
      }
    }
  });

  const stringOptions = chatCommands.flatMap((spec) =>
    spec.options
      .filter((o) => o.type === 'string' && o.maxLength !== undefined)
      .map((o) => ({ spec, option: o.name, max: o.maxLength! })),
  );

  it('answers text longer than max_length (console, CLI) exactly as the text cut to max_length', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stringOptions),
        fc.integer({ min: 1, max: 3_000 }).chain((extra) => fc.tuple(hostileFragment, longText(extra))),
        ({ spec, option, max }: { spec: CommandSpec; option: string; max: number }, [lead, tail]) => {
          const long = (lead.trim() || 'ISF') + ' ' + 'huge failure '.repeat(Math.ceil(max / 13)) + tail;
          expect(long.trim().length).toBeGreaterThan(max);
          const cut = long.trim().slice(0, max);
          expect(outcome(spec.name, { [option]: long })).toEqual(outcome(spec.name, { [option]: cut }));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('hostile console lines', () => {
  const names = registry.commands.map((c) => c.name);
  const optionNames = [...new Set(registry.commands.flatMap((c) => c.options.map((o) => o.name)))];
  const line = fc.oneof(
    hostileText,
    fc
      .tuple(
        fc.constantFrom(...names),
        fc.array(fc.tuple(fc.constantFrom(...optionNames, ''), hostileText), { maxLength: 4 }),
      )
      .map(([name, pairs]) => `/${name} ` + pairs.map(([o, v]) => (o ? `${o}: ${v}` : v)).join(' ')),
  );

  it('answers every line with an answer or a user error, never "Something went wrong"', () => {
    fc.assert(
      fc.property(line, (text) => {
        const start = performance.now();
        const answered = answerLine(known, text, false);
        timings.add(performance.now() - start);
        expect(answered.text).not.toMatch(/^Something went wrong/);
        expect(answered.text.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
    expect(timings.quantile(0.99)).toBeLessThan(P99_MS);
  });
});

describe('hostile CLI arguments', () => {
  const pasted =
    "@everyone **bold** <@&123> [x](https://evil.example) ||s|| ```\n``` 👨‍👩‍👧‍👦 \u202e (a+)+$ !^='| ";

  it('answers a 9,000-character question with exit code 0 and JSON on stdout', () => {
    const run = runCli(['ask', '--json', `/ask question: ${pasted.repeat(110).slice(0, 9_000)}`]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { command: string; results: unknown[] };
    expect(json.command).toBe('ask');
    expect(Array.isArray(json.results)).toBe(true);
  });

  it('answers an empty, a whitespace-only and a markup-only command with exit code 2 and a message', () => {
    for (const text of ['', '   ', '/who-said quote:    ', '/** @everyone']) {
      const run = runCli(['ask', '--json', text]);
      expect({ text, code: run.code }).toEqual({ text, code: 2 });
      expect((JSON.parse(run.stdout) as { error: string }).error.length).toBeGreaterThan(10);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
