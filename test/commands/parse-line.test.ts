import { parseCommandLine } from '../../src/commands/parse-line';
import type { Registry } from '../../src/commands/registry';
import type { CommandSpec } from '../../src/commands/types';
import { UserError } from '../../src/errors';

const spec = (name: string, options: CommandSpec['options']): CommandSpec => ({
  name,
  description: name,
  group: 'search',
  options: [
    ...options,
    { name: 'briefing', description: 'b', type: 'string' },
    { name: 'hide', description: 'h', type: 'boolean' },
  ],
  run: () => ({ command: name, title: name, results: [] }),
});

const commands = [
  spec('who-said', [{ name: 'quote', description: 'q', type: 'string', required: true }]),
  spec('speakers', []),
];
const registry: Registry = { commands, get: (name) => commands.find((c) => c.name === name) };

describe('parseCommandLine (console and CLI syntax)', () => {
  it('reads options written as in Discord', () => {
    expect(parseCommandLine('/who-said quote: huge failure briefing: gaza hide: true', registry)).toEqual({
      name: 'who-said',
      args: { quote: 'huge failure', briefing: 'gaza', hide: 'true' },
    });
  });

  it('fills the first required string option with text that has no option name', () => {
    expect(parseCommandLine('/who-said huge failure', registry)).toEqual({
      name: 'who-said',
      args: { quote: 'huge failure' },
    });
  });

  it('keeps colons that are not option names inside the text', () => {
    expect(parseCommandLine('/who-said quote: they said: "no" to:them', registry).args).toEqual({
      quote: 'they said: "no" to:them',
    });
  });

  it('only treats an option name at the start of a word as an option', () => {
    expect(parseCommandLine('/who-said quote: misquote: yes', registry).args).toEqual({
      quote: 'misquote: yes',
    });
  });

  it('takes regex metacharacters literally', () => {
    expect(parseCommandLine('/who-said quote: (.*)+[a-z]{2,}$^', registry).args).toEqual({
      quote: '(.*)+[a-z]{2,}$^',
    });
  });

  it('is case-insensitive for the command name', () => {
    expect(parseCommandLine('  /SPEAKERS  ', registry)).toEqual({ name: 'speakers', args: {} });
  });

  it('suggests the closest command for a typo', () => {
    expect(() => parseCommandLine('/who-sed quote: x', registry)).toThrow(UserError);
    try {
      parseCommandLine('/who-sed quote: x', registry);
    } catch (error) {
      expect((error as UserError).message).toBe(
        'Unknown command "/who-sed". Type /help to see the commands.',
      );
      expect((error as UserError).suggestions).toEqual(['/who-said']);
    }
  });

  it('rejects a line that is not a command', () => {
    expect(() => parseCommandLine('hello', registry)).toThrow('"hello" is not a command');
  });

  it('rejects loose text for a command without a text option', () => {
    expect(() => parseCommandLine('/speakers everyone', registry)).toThrow(/has no option "everyone"/);
  });
});
