import { isUserError } from '../../src/errors';
import { embedCharacters, renderDiscordPages } from '../../src/render/discord';
import { EMBEDS_TOTAL_CHARACTERS_MAX } from '../../src/render/limits';
import { runCli } from '../helpers/run-cli';
import { threeBriefings } from './brief-fixtures';

const bot = threeBriefings();

/** Whether every word of a result comes from the paragraph it cites. */
const citesItsOwnWords = (r: { article: string; paragraph: number; text: string }) => {
  const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const paragraph = new Set(wordsOf(bot.index.paragraph(r.article, r.paragraph)!.text));
  return wordsOf(r.text).every((w) => paragraph.has(w));
};

describe('/summary', () => {
  it('ask "/summary" gives a cited answer', () => {
    const run = runCli(['ask', '--json', '/summary']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      command: string;
      results: { paragraph: number; speaker?: string }[];
    };
    expect(json.command).toBe('summary');
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.results.length).toBeLessThanOrEqual(6);
    expect(json.results[0]).toMatchObject({ paragraph: 1, speaker: 'U.S. official' });
  });

  it('with three briefings, draws on all of them, newest first, each snippet citing its own briefing', () => {
    const summary = bot.run('summary');
    expect(summary.title).toBe('Summary of 3 briefings');
    expect([...new Set(summary.results.map((r) => r.article))]).toEqual([
      'harbor-bridge-closure',
      'gaza-stabilization-force',
      'river-valley-water',
    ]);
    for (const r of summary.results) {
      expect(r.citation.title).toBe(bot.index.get(r.article)!.briefing.title);
      expect(citesItsOwnWords(r)).toBe(true);
    }
  });

  it('is scoped by briefing, by slug or by title', () => {
    const bySlug = bot.run('summary', { briefing: 'river-valley-water' });
    const byTitle = bot.run('summary', {
      briefing: 'River Valley water restrictions tighten as reservoir falls',
    });
    expect(bySlug.title).toBe('Summary: River Valley water restrictions tighten as reservoir falls');
    expect(byTitle.results).toEqual(bySlug.results);
    expect(new Set(bySlug.results.map((r) => r.article))).toEqual(new Set(['river-valley-water']));
  });

  it('names the seed’s principal speakers when scoped to it', () => {
    const summary = bot.run('summary', { briefing: 'gaza-stabilization-force' });
    const speakers = summary.results.flatMap((r) => (r.speaker ? [r.speaker] : []));
    expect(speakers).toEqual(
      expect.arrayContaining(['U.S. official', 'Hakan Fidan', 'Turkish security sources']),
    );
    expect(summary.results.length).toBeLessThanOrEqual(6);
  });

  it('says which briefings exist when the briefing is unknown', () => {
    let error: unknown;
    try {
      bot.run('summary', { briefing: 'no such thing at all' });
    } catch (e) {
      error = e;
    }
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain('No briefing is called "no such thing at all"');
  });

  it('fits one Discord embed', () => {
    for (const briefing of [undefined, 'gaza-stabilization-force']) {
      const pages = renderDiscordPages(bot.run('summary', briefing ? { briefing } : {}), {
        resultsPerPage: 6,
      });
      expect(pages).toHaveLength(1);
      expect(embedCharacters(pages[0]!.embed)).toBeLessThanOrEqual(EMBEDS_TOTAL_CHARACTERS_MAX);
    }
  });
});
