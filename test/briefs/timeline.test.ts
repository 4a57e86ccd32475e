import { join } from 'node:path';
import { analyseBriefing } from '../../src/analysis/analyse';
import { buildTimeline, eventLabel } from '../../src/briefs/timeline';
import { loadKnowledge } from '../../src/knowledge/load';
import { renderDiscordPages, embedCharacters } from '../../src/render/discord';
import { EMBEDS_TOTAL_CHARACTERS_MAX } from '../../src/render/limits';
import { seedWithGold } from './seed-with-gold';

const seed = seedWithGold();
const fixtures = loadKnowledge(join(__dirname, '../fixtures/briefings'))
  .briefings.map(analyseBriefing)
  .sort((a, b) => b.briefing.published!.localeCompare(a.briefing.published!));

describe('timeline of the seed', () => {
  const timeline = buildTimeline([seed]);

  it('lists every dated event in time order, labelled with the resolved date and the phrase', () => {
    expect(timeline.results.map((r) => `${r.label} ¶${r.paragraph}`)).toEqual([
      '2025-11 · Last month ¶9',
      'before 2025-12-10 · recently ¶5',
      '2025-12-06 · On Saturday ¶10',
      '2025-12-06 · on Saturday ¶20',
      '2025-12-07 · On Sunday ¶21',
      '2025-12-09 · On Tuesday ¶7',
      '2025-12-09 · on Tuesday ¶18',
      '2025-12-09 · on Tuesday night ¶1',
      'after 2025-12-25 · after Christmas ¶4',
      'by 2025-12 · before the end of the year ¶1',
      '2026-01 · at the start of 2026 ¶1',
    ]);
  });

  it('shows 2025-12-09 for "Tuesday night" and 2025-12-06 for "On Saturday", with who said it', () => {
    expect(timeline.results.find((r) => r.when === 'on Tuesday night')).toMatchObject({
      date: '2025-12-09',
      speaker: 'U.S. official',
      paragraph: 1,
    });
    expect(timeline.results.find((r) => r.when === 'On Saturday')).toMatchObject({
      date: '2025-12-06',
      speaker: 'Hakan Fidan',
      text: 'On Saturday, Turkish Foreign Minister Hakan Fidan also told Reuters that Washington was pressing Israel to acquiesce to a Turkish presence.',
    });
  });

  it('cites every event, linking to its sentence', () => {
    const p16 = timeline.results.find((r) => r.paragraph === 20)!;
    expect(p16.citation.url).toMatch(/#:~:text=This%20comes%20after%20he%20told%20a%20conference$/);
    for (const r of timeline.results) expect(r.citation.paragraph).toBe(r.paragraph);
  });

  it('fits Discord’s limits on every page', () => {
    for (const page of renderDiscordPages(timeline)) {
      expect(embedCharacters(page.embed)).toBeLessThanOrEqual(EMBEDS_TOTAL_CHARACTERS_MAX);
    }
  });

  it('says the dates come from the publication date', () => {
    expect(timeline.intro).toBe('Dates resolved from the publication date, 2025-12-10.');
  });
});

describe('timeline of several briefings', () => {
  it('interleaves the events of all briefings by date, each citing its own briefing', () => {
    const timeline = buildTimeline([...fixtures, seed]);
    const keys = timeline.results.map((r) => r.date ?? '');
    const dated = keys.filter((k) => k !== '');
    expect(dated.slice(0, 3)).toEqual(['2024', '2025-03', '2025-06']);
    expect(timeline.results.at(-1)).toMatchObject({ article: 'harbor-bridge-closure', date: '2027-06' });
    for (const r of timeline.results) {
      const analysed = [...fixtures, seed].find((a) => a.briefing.slug === r.article)!;
      expect(r.citation.title).toBe(analysed.briefing.title);
      expect(analysed.briefing.paragraphs[r.paragraph - 1]!.text).toContain(r.when);
    }
  });

  it('labels a deadline "by" and an opening "after", with the date the event resolved in its tense', () => {
    expect(
      eventLabel(
        { paragraph: 1, sentence: 0, phrase: 'before Monday', date: '2024-09-30', text: 'x' },
        '2024-09-26',
      ),
    ).toBe('by 2024-09-30 · before Monday');
    expect(
      eventLabel(
        { paragraph: 1, sentence: 0, phrase: 'after Christmas', date: '2025-12-25', text: 'x' },
        '2025-12-10',
      ),
    ).toBe('after 2025-12-25 · after Christmas');
  });

  it('labels an event of a briefing without a publication date "undated"', () => {
    expect(eventLabel({ paragraph: 1, sentence: 0, phrase: 'on Tuesday', text: 'x' })).toBe(
      'undated · on Tuesday',
    );
  });
});
