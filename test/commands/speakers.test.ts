import { knowledgeFromIndex } from '../../src/app';
import { generateCorpus } from '../../src/bench/corpus';
import { loadKnowledge } from '../../src/knowledge/load';
import { KnowledgeIndex } from '../../src/search/knowledge-index';
import { renderText } from '../../src/render/text';
import { BRIEFING_FILES, botWith } from './brief-fixtures';

const bot = botWith([BRIEFING_FILES.seed]);

describe('/speakers', () => {
  it('lists the seven speakers of the seed with their descriptions and statement counts, in order of appearance', () => {
    const answer = bot.run('speakers');
    expect(answer.results.map((r) => [r.speaker, r.description, r.text, r.paragraph])).toEqual([
      ['U.S. official', 'unnamed U.S. official', '3 statements', 1],
      ['Benjamin Netanyahu', 'Israeli Prime Minister', '2 statements', 5],
      ['Turkish security sources', 'security sources cited by Turkish media', '5 statements', 7],
      ['Kan News', undefined, '1 statement', 9],
      ['Hakan Fidan', 'Turkish Foreign Minister', '5 statements', 10],
      ['Khaled Meshaal', 'senior Hamas leader', '3 statements', 18],
      ['Bassem Naim', 'Hamas official', '1 statement', 21],
    ]);
  });

  it("cites each speaker's first statement", () => {
    const text = renderText(bot.run('speakers'));
    expect(text).toContain('Hakan Fidan (Turkish Foreign Minister)');
    expect(text).toContain('¶10 · ');
  });
});

describe('/speakers over many briefings', () => {
  it('lists the 50 most quoted, most quoted first, and says how many there are', () => {
    const seedBriefing = loadKnowledge(`${__dirname}/../../knowledge`).briefings[0]!;
    const { briefings } = generateCorpus({ briefings: 40, seedBriefing });
    const k = knowledgeFromIndex('corpus', KnowledgeIndex.build(briefings));
    const answer = k.registry.get('speakers')!.run({}, k.context);
    expect(answer.results).toHaveLength(50);
    expect(answer.intro).toMatch(
      /^The 50 most quoted of \d+ speakers; name a briefing to see everyone in it\./,
    );
    const counts = answer.results.map((r) => Number.parseInt(r.text, 10));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
});

describe('/speakers: unnamed sources of different briefings', () => {
  const briefing = (title: string, published: string, lead: string, quote: string): string =>
    `---\ntitle: ${title}\npublished: ${published}\n---\n\n${lead}, officials said.\n\n"${quote}," a council spokesman said.\n`;

  it('lists "a council spokesman" of each briefing on its own, each citing its briefing', () => {
    const two = botWith([
      [
        'pool.md',
        briefing(
          'Pool closes for repairs',
          '2026-01-05',
          'The town pool will close for six weeks',
          'The roof is leaking',
        ),
      ],
      [
        'library.md',
        briefing(
          'Library opens on Sundays',
          '2026-02-05',
          'The library will open on Sundays',
          'Readers asked for it',
        ),
      ],
    ]);
    const answer = two.run('speakers');
    expect(answer.results.map((r) => [r.speaker, r.article, r.text])).toEqual([
      ['officials', 'library', '1 statement'],
      ['council spokesman', 'library', '1 statement'],
      ['officials', 'pool', '1 statement'],
      ['council spokesman', 'pool', '1 statement'],
    ]);
  });

  it('counts a named speaker once over all briefings', () => {
    const named = (title: string, published: string, words: string): string =>
      `---\ntitle: ${title}\npublished: ${published}\n---\n\n"${words}," Mayor Ana Ruiz said.\n`;
    const answer = botWith([
      ['pool.md', named('Pool closes for repairs', '2026-01-05', 'The roof is leaking')],
      ['library.md', named('Library opens on Sundays', '2026-02-05', 'Readers asked for it')],
    ]).run('speakers');
    expect(answer.results.map((r) => [r.speaker, r.text])).toEqual([['Ana Ruiz', '2 statements']]);
  });
});
