import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import { autocomplete, validateArgs } from '../../src/commands/registry';
import { UserError } from '../../src/errors';

const knowledge = loadKnowledgeDir(join(__dirname, '../../knowledge'));
const { registry, context } = knowledge;

describe('the command registry', () => {
  it('lists the built-in commands, the topic command and the message commands', () => {
    expect(registry.commands.map((c) => c.name)).toEqual([
      'ask',
      'who-said',
      'quotes',
      'speakers',
      'summary',
      'timeline',
      'topic',
      'check',
      'isf-status',
      'help',
      'reload',
      'Who said this?',
      'Find in briefings',
    ]);
  });

  it('appends the common options by group', () => {
    const names = (command: string) => registry.get(command)!.options.map((o) => o.name);
    expect(names('ask')).toEqual(['question', 'briefing', 'hide', 'mention']);
    expect(names('isf-status')).toEqual(['briefing', 'hide']);
    expect(names('help')).toEqual(['hide']);
    expect(names('Who said this?')).toEqual(['text']);
  });

  it('rejects an unknown option, a missing one and a bad boolean with what to do', () => {
    const ask = registry.get('ask')!;
    expect(() => validateArgs(ask, { query: 'x' })).toThrow(
      new UserError('/ask has no option "query"; its options are: question, briefing, hide, mention.'),
    );
    expect(() => validateArgs(ask, {})).toThrow(
      new UserError('/ask needs the option "question", e.g. /ask question: <text>.'),
    );
    expect(() => validateArgs(ask, { question: '   ' })).toThrow(
      new UserError('The option "question" of /ask is empty: write some words after "question:".'),
    );
    expect(() => validateArgs(ask, { question: 'x', hide: 'maybe' })).toThrow(
      new UserError('The option "hide" takes true or false, not "maybe".'),
    );
  });

  it("trims text to the option's max length", () => {
    const ask = registry.get('ask')!;
    expect(validateArgs(ask, { question: 'a'.repeat(600) }).question).toHaveLength(
      ask.options[0]!.maxLength!,
    );
  });

  it('suggests briefings for the briefing option of any command, newest first when empty', () => {
    expect(autocomplete(registry, 'ask', 'briefing', '', {}, context)).toEqual([
      { name: knowledge.index.briefings[0]!.briefing.title, value: 'gaza-stabilization-force' },
    ]);
  });

  it('gives no suggestions for an unknown command', () => {
    expect(autocomplete(registry, 'nope', 'briefing', '', {}, context)).toEqual([]);
  });
});
