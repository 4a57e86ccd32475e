import { BRIEFING_FILES, botWith } from './brief-fixtures';

/** Three briefings, as a server following three stories would have them. */
const bot = botWith([BRIEFING_FILES.seed, BRIEFING_FILES.bridge, BRIEFING_FILES.water]);
const SLUGS = ['gaza-stabilization-force', 'harbor-bridge-closure', 'river-valley-water'];

/** A command line for every command that takes `briefing`, with words that occur in all three briefings. */
const COMMANDS: [string, Record<string, string>][] = [
  ['ask', { question: 'What did officials say on Monday?' }],
  ['who-said', { quote: 'we are not going' }],
  ['speakers', {}],
  ['summary', {}],
  ['timeline', {}],
  ['check', { text: '"We reject all forms of guardianship"' }],
];

describe('with three briefings loaded', () => {
  it('orders the briefings newest first', () => {
    expect(bot.index.briefings.map((a) => a.briefing.slug)).toEqual([
      'harbor-bridge-closure',
      'gaza-stabilization-force',
      'river-valley-water',
    ]);
  });

  describe.each(SLUGS)('briefing: %s', (slug) => {
    it('scopes /quotes to that briefing', () => {
      const speaker = {
        'gaza-stabilization-force': 'Fidan',
        'harbor-bridge-closure': 'Okafor',
        'river-valley-water': 'Natarajan',
      }[slug]!;
      const answer = bot.run('quotes', { speaker, briefing: slug });
      expect(answer.results.length).toBeGreaterThan(0);
      expect(answer.results.every((r) => r.article === slug)).toBe(true);
    });

    it.each(COMMANDS)('scopes /%s to that briefing', (command, args) => {
      const answer = bot.run(command, { ...args, briefing: slug });
      for (const result of answer.results) {
        expect(result.article).toBe(slug);
        expect(result.citation.article).toBe(slug);
      }
    });
  });

  it('cites the right briefing for each snippet of an unscoped answer', () => {
    const titles = new Map(bot.index.briefings.map((a) => [a.briefing.slug, a.briefing.title]));
    const answers = [
      bot.run('ask', { question: 'When will the bridge reopen?' }),
      bot.run('ask', { question: 'Will the ISF go into Hamas-held areas?' }),
      bot.run('ask', { question: 'What fines do households face for breaking the water rules?' }),
      bot.run('summary'),
      bot.run('timeline'),
    ];
    const cited = new Set<string>();
    for (const answer of answers) {
      for (const result of answer.results) {
        expect(result.citation.title).toBe(titles.get(result.article));
        cited.add(result.article);
      }
    }
    expect([...cited].sort()).toEqual([...SLUGS].sort());
    expect(answers[0]!.results[0]!.article).toBe('harbor-bridge-closure');
    expect(answers[1]!.results[0]).toMatchObject({ article: 'gaza-stabilization-force', paragraph: 2 });
    expect(answers[2]!.results[0]).toMatchObject({ article: 'river-valley-water', paragraph: 4 });
  });

  it('accepts a briefing by its title as well as its slug, and refuses an unknown one with suggestions', () => {
    expect(
      bot
        .run('summary', { briefing: 'River Valley water restrictions tighten as reservoir falls' })
        .results.every((r) => r.article === 'river-valley-water'),
    ).toBe(true);
    expect(() => bot.run('summary', { briefing: 'moon landing' })).toThrow(
      'No briefing is called "moon landing"',
    );
  });
});
