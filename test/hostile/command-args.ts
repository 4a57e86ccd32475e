/**
 * Arbitrary arguments for a command of the registry, from its declared options: hostile text in
 * string options (and in every other option, as the console and CLI pass text), real briefing
 * slugs and titles now and then, and sometimes an option the command does not have.
 */
import fc from 'fast-check';
import type { CommandArgs, CommandSpec, OptionSpec } from '../../src/commands/types';
import { hostileText, snowflake } from './arbitraries';
import { knowledge } from './discord-path';

/** Real names a user would pick in the `briefing` option: slugs and titles. */
function briefingNames(): string[] {
  return knowledge().index.briefings.flatMap((a) => [a.briefing.slug, a.briefing.title]);
}

/** Values the command's own autocomplete offers for an option (real speakers, topics …). */
function offeredValues(spec: CommandSpec, option: OptionSpec): string[] {
  if (!option.autocomplete || !spec.autocomplete) return [];
  const { context } = knowledge();
  try {
    return spec.autocomplete(option.name, '', {}, context).map((choice) => choice.value);
  } catch {
    return [];
  }
}

function optionValue(spec: CommandSpec, option: OptionSpec): fc.Arbitrary<string | boolean | number> {
  switch (option.type) {
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: hostileText });
    case 'user':
      return fc.oneof({ weight: 4, arbitrary: snowflake }, { weight: 1, arbitrary: hostileText });
    case 'integer':
      return fc.oneof(fc.integer(), fc.double(), hostileText);
    case 'string':
      if (option.name === 'briefing') {
        return fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...briefingNames()) },
          { weight: 3, arbitrary: hostileText },
        );
      }
      {
        const offered = offeredValues(spec, option);
        if (offered.length === 0) return hostileText;
        return fc.oneof(
          { weight: 1, arbitrary: fc.constantFrom(...offered) },
          { weight: 2, arbitrary: hostileText },
        );
      }
  }
}

/** Arguments for `spec`: required options mostly given, optional ones sometimes, hostile values. */
export function commandArgs(spec: CommandSpec): fc.Arbitrary<CommandArgs> {
  const entries = spec.options.map((option) =>
    fc
      .option(optionValue(spec, option), { freq: option.required ? 12 : 2, nil: undefined })
      .map((value) => [option.name, value] as const),
  );
  const extra = fc.oneof(
    { weight: 15, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom('zqx', 'question', 'quote', 'speaker', 'name', 'text', '__proto__'),
        hostileText,
      ),
    },
  );
  return fc.tuple(fc.tuple(...entries), extra).map(([pairs, unknown]) => {
    const args: Record<string, string | boolean | number> = {};
    for (const [name, value] of pairs) if (value !== undefined) args[name] = value;
    if (unknown && !spec.options.some((o) => o.name === unknown[0])) {
      Object.defineProperty(args, unknown[0], { value: unknown[1], enumerable: true });
    }
    return args;
  });
}
