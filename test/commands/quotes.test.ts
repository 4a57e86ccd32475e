import { autocomplete } from '../../src/commands/registry';
import { isUserError } from '../../src/errors';
import { BRIEFING_FILES, botWith } from './brief-fixtures';

const bot = botWith([BRIEFING_FILES.seed]);

describe('/quotes', () => {
  it("lists Fidan's statements of ¶10, ¶14, ¶15 and ¶16 in order under his full name", () => {
    const answer = bot.run('quotes', { speaker: 'Fidan' });
    expect(answer.title).toBe('What Hakan Fidan said');
    expect(answer.results.map((r) => r.paragraph)).toEqual([10, 14, 15, 15, 16]);
    expect(
      answer.results.every(
        (r) => r.speaker === 'Hakan Fidan' && r.description === 'Turkish Foreign Minister',
      ),
    ).toBe(true);
    expect(answer.results[0]).toMatchObject({ kind: 'reported', to: 'Reuters', when: 'On Saturday' });
  });

  it('finds a speaker by full name, alias, any case, or a typo', () => {
    for (const name of ['Hakan Fidan', 'turkish foreign minister hakan fidan', 'FIDAN', 'Fidn']) {
      expect(bot.run('quotes', { speaker: name }).title).toBe('What Hakan Fidan said');
    }
  });

  it('finds unnamed speakers by their description', () => {
    const answer = bot.run('quotes', { speaker: 'the sources' });
    expect(answer.title).toBe('What Turkish security sources said');
    expect(answer.results.map((r) => r.paragraph)).toEqual([7, 8, 11, 12, 13]);
  });

  it('says nobody of that name is quoted, and offers close names', () => {
    try {
      bot.run('quotes', { speaker: 'Donald Trump' });
      throw new Error('expected a UserError');
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toBe('Nobody called "Donald Trump" is quoted in the briefings.');
    }
  });

  it('autocompletes speakers and their aliases, with descriptions', () => {
    const choices = autocomplete(bot.registry, 'quotes', 'speaker', 'Mesh', {}, bot.ctx);
    expect(choices[0]).toEqual({ name: 'Khaled Meshaal — senior Hamas leader', value: 'Khaled Meshaal' });
    const all = autocomplete(bot.registry, 'quotes', 'speaker', '', {}, bot.ctx);
    expect(all.map((c) => c.value)).toHaveLength(7);
  });
});
