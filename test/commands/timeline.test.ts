import { embedCharacters, renderDiscordPages } from '../../src/render/discord';
import { EMBEDS_TOTAL_CHARACTERS_MAX } from '../../src/render/limits';
import { runCli } from '../helpers/run-cli';
import { threeBriefings } from './brief-fixtures';

const bot = threeBriefings();

describe('/timeline', () => {
  it('ask "/timeline" shows 2025-12-09 for "Tuesday night" and 2025-12-06 for "On Saturday"', () => {
    const run = runCli(['ask', '/timeline']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2025-12-09 · on Tuesday night');
    expect(run.stdout).toContain('2025-12-06 · On Saturday');
    expect(run.stdout).toContain('¶1 · Gaza stabilization force');
  });

  it('gives every event its date, phrase, speaker and citation in JSON', () => {
    const run = runCli(['ask', '--json', '/timeline']);
    const json = JSON.parse(run.stdout) as { results: Record<string, unknown>[] };
    expect(json.results.find((r) => r.when === 'on Tuesday night')).toMatchObject({
      article: 'gaza-stabilization-force',
      paragraph: 1,
      date: '2025-12-09',
      speaker: 'U.S. official',
      label: '2025-12-09 · on Tuesday night',
    });
  });

  it('with three briefings, puts all events in one time order, each citing its own briefing', () => {
    const timeline = bot.run('timeline');
    const dated = timeline.results.filter((r) => r.date !== undefined);
    const keys = dated.map((r) => r.date!);
    // dates of different precision compare by their first day: "2025-12" sorts with 2025-12-01
    const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    const sortedByDay = [...keys].sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
    expect(keys.filter((k) => k.length === 10)).toEqual(sortedByDay.filter((k) => k.length === 10));
    expect(new Set(timeline.results.map((r) => r.article))).toEqual(
      new Set(['gaza-stabilization-force', 'harbor-bridge-closure', 'river-valley-water']),
    );
    for (const r of timeline.results) {
      const briefing = bot.index.get(r.article)!.briefing;
      expect(r.citation.title).toBe(briefing.title);
      expect(briefing.paragraphs[r.paragraph - 1]!.text).toContain(r.when!);
    }
  });

  it('resolves each briefing’s phrases against its own publication date', () => {
    const timeline = bot.run('timeline');
    const onTuesday = timeline.results.filter((r) => r.when?.toLowerCase() === 'on tuesday');
    expect(onTuesday.map((r) => `${r.article} ${r.date}`)).toEqual([
      'gaza-stabilization-force 2025-12-09',
      'gaza-stabilization-force 2025-12-09',
      'harbor-bridge-closure 2026-03-03',
    ]);
  });

  it('is scoped by briefing', () => {
    const timeline = bot.run('timeline', { briefing: 'harbor-bridge-closure' });
    expect(timeline.title).toBe('Timeline: Harbor Bridge closure: repair schedule and detours');
    expect(timeline.results.map((r) => r.label)).toEqual([
      '2026-02-18 · Two weeks ago',
      '2026-02-23 · last week',
      '2026-02-27 · on Feb. 27',
      '2026-03-03 · on Tuesday',
      '2026-03-05 · on Thursday',
      '2026-03-09 · on Monday',
      '2026-05 · the end of May',
      '2026-06 · in early June',
      '2027-06 · the summer of 2027',
    ]);
  });

  it('fits Discord’s limits on every page', () => {
    for (const page of renderDiscordPages(bot.run('timeline'))) {
      expect(embedCharacters(page.embed)).toBeLessThanOrEqual(EMBEDS_TOTAL_CHARACTERS_MAX);
    }
  });
});
