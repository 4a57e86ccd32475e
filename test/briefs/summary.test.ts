import { join } from 'node:path';
import { analyseBriefing } from '../../src/analysis/analyse';
import { buildSummary, SUMMARY_DEFAULTS } from '../../src/briefs/summary';
import { loadKnowledge } from '../../src/knowledge/load';
import { renderDiscordPages, embedCharacters } from '../../src/render/discord';
import { EMBEDS_TOTAL_CHARACTERS_MAX } from '../../src/render/limits';
import { seedWithGold } from './seed-with-gold';

const seed = seedWithGold();
const fixtures = loadKnowledge(join(__dirname, '../fixtures/briefings'))
  .briefings.map(analyseBriefing)
  .sort((a, b) => b.briefing.published!.localeCompare(a.briefing.published!));

describe('summary of the seed', () => {
  const summary = buildSummary([seed]);

  it('opens with the lead fact, then the main position of each principal speaker, in reading order', () => {
    expect(summary.results.map((r) => `¶${r.paragraph} ${r.speaker ?? '-'}`)).toEqual([
      '¶1 U.S. official',
      '¶2 U.S. official',
      '¶5 Benjamin Netanyahu',
      '¶7 Turkish security sources',
      '¶16 Hakan Fidan',
      '¶20 Khaled Meshaal',
    ]);
    expect(summary.results[0]!.text).toBe(
      'The International Stabilization Force (ISF) will be sent to Gaza at the start of 2026.',
    );
  });

  it('names every principal speaker (quoted at least twice) once', () => {
    const principal = [
      'U.S. official',
      'Benjamin Netanyahu',
      'Turkish security sources',
      'Hakan Fidan',
      'Khaled Meshaal',
    ];
    const named = new Set(summary.results.map((r) => r.speaker));
    const covered = principal.filter((p) => named.has(p));
    console.log(`summary names ${covered.length}/${principal.length} principal speakers`);
    expect(covered).toEqual(principal);
  });

  it('gives a quotation as the speaker’s words, without its attribution or quotation marks', () => {
    expect(summary.results[5]!.text).toBe(
      'We reject all forms of guardianship over Gaza; the Palestinians are the ones who govern themselves.',
    );
  });

  it('has at most six cited bullets that fit one Discord embed', () => {
    expect(summary.results.length).toBeLessThanOrEqual(SUMMARY_DEFAULTS.maxBullets);
    for (const r of summary.results) {
      expect(r.text.length).toBeLessThanOrEqual(SUMMARY_DEFAULTS.maxSnippet);
      expect(r.citation.paragraph).toBe(r.paragraph);
    }
    const pages = renderDiscordPages(summary, { resultsPerPage: SUMMARY_DEFAULTS.maxBullets });
    expect(pages).toHaveLength(1);
    expect(embedCharacters(pages[0]!.embed)).toBeLessThanOrEqual(EMBEDS_TOTAL_CHARACTERS_MAX);
  });
});

describe('summary of several briefings', () => {
  it('shares the six bullets between the briefings, newest first, each citing its own', () => {
    const [harbor, river] = fixtures;
    const summary = buildSummary([harbor!, seed, river!]);
    expect(summary.title).toBe('Summary of 3 briefings');
    const articles = summary.results.map((r) => r.article);
    expect(articles).toEqual([
      'harbor-bridge-closure',
      'harbor-bridge-closure',
      'gaza-stabilization-force',
      'gaza-stabilization-force',
      'river-valley-water',
      'river-valley-water',
    ]);
    // each briefing opens with its lead; the seed's second bullet is its most quoted speaker
    expect(summary.results.filter((_, i) => i % 2 === 0).map((r) => r.paragraph)).toEqual([1, 1, 1]);
    expect(summary.results[3]).toMatchObject({ paragraph: 7, speaker: 'Turkish security sources' });
    for (const r of summary.results) {
      const briefing = [harbor!, seed, river!].find((a) => a.briefing.slug === r.article)!.briefing;
      expect(r.citation.title).toBe(briefing.title);
      expect(briefing.paragraphs[r.paragraph - 1]!.text).toContain(r.text.replace(/…$/, '').slice(1, 40));
    }
  });

  it('summarises one unseen briefing from its lead and central sentences', () => {
    const river = fixtures.find((a) => a.briefing.slug === 'river-valley-water')!;
    const summary = buildSummary([river]);
    expect(summary.title).toBe('Summary: River Valley water restrictions tighten as reservoir falls');
    expect(summary.results[0]!.paragraph).toBe(1);
    expect(summary.results.length).toBeGreaterThanOrEqual(4);
    expect(summary.results.length).toBeLessThanOrEqual(6);
  });
});
