import type { CommandSpec } from '../../src/commands/types';
import { CommandJsonError, commandJSON, commandsJSON } from '../../src/discord/command-json';
import { checkCommandsBulk } from '../e2e/discord-rules';

const answer = () => ({ command: 'x', title: 'x', results: [] });

const quotes: CommandSpec = {
  name: 'quotes',
  description: 'Everything a speaker said, in order',
  group: 'search',
  options: [
    {
      name: 'briefing',
      description: 'Only this briefing',
      type: 'string',
      autocomplete: true,
      maxLength: 200,
    },
    {
      name: 'speaker',
      description: 'Who',
      type: 'string',
      required: true,
      autocomplete: true,
      maxLength: 100,
    },
    { name: 'hide', description: 'Show the answer only to you', type: 'boolean' },
    { name: 'mention', description: 'Point the answer at this member', type: 'user' },
  ],
  run: answer,
};

const whoSaidThis: CommandSpec = {
  name: 'Who said this?',
  description: 'Checks every quotation in the message',
  group: 'search',
  type: 'message',
  options: [],
  run: answer,
};

describe('command JSON', () => {
  it('turns a chat command into type 1 with typed options, required first, max_length on strings', () => {
    expect(commandJSON(quotes)).toEqual({
      type: 1,
      name: 'quotes',
      description: 'Everything a speaker said, in order',
      options: [
        {
          type: 3,
          name: 'speaker',
          description: 'Who',
          required: true,
          autocomplete: true,
          max_length: 100,
          min_length: 1,
        },
        { type: 3, name: 'briefing', description: 'Only this briefing', autocomplete: true, max_length: 200 },
        { type: 5, name: 'hide', description: 'Show the answer only to you' },
        { type: 6, name: 'mention', description: 'Point the answer at this member' },
      ],
    });
  });

  it('turns a message command into type 3 without description or options', () => {
    expect(commandJSON(whoSaidThis)).toEqual({ type: 3, name: 'Who said this?', description: '' });
  });

  it('produces a bulk body that passes Discord’s schema', () => {
    expect(checkCommandsBulk(commandsJSON([quotes, whoSaidThis]))).toEqual([]);
  });

  it('rejects what Discord would reject, saying what is wrong', () => {
    expect(() => commandJSON({ ...quotes, name: 'Quotes' })).toThrow(
      'The name of /Quotes must be 1 to 32 lowercase letters, digits, "-" or "_"; "Quotes" is not.',
    );
    expect(() => commandJSON({ ...quotes, description: 'd'.repeat(101) })).toThrow(CommandJsonError);
    expect(() => commandsJSON([quotes, quotes])).toThrow('Two commands are called "quotes".');
  });

  it('the fake’s checker catches the same mistakes', () => {
    expect(checkCommandsBulk([{ type: 1, name: 'Quotes', description: 'x' }])).toEqual([
      'commands.0: "Quotes" is not a valid slash-command name',
    ]);
    expect(
      checkCommandsBulk([
        {
          type: 1,
          name: 'q',
          description: 'x',
          options: [
            { type: 5, name: 'a', description: 'a' },
            { type: 3, name: 'b', description: 'b', required: true },
          ],
        },
      ]),
    ).toEqual(['commands.0: required option "b" after an optional one']);
  });
});
