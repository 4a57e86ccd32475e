import { generateCorpus } from '../../src/bench/corpus';
import { formatTable, runBench, type BenchReport } from '../../src/bench/run';
import { parseBriefing } from '../../src/knowledge/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedBriefing = parseBriefing(
  'seed-article.txt',
  readFileSync(join(__dirname, '..', 'fixtures', 'seed-article.txt'), 'utf8'),
);

describe('benchmark corpus', () => {
  it('is the same for the same seed and puts the seed briefing inside', () => {
    const a = generateCorpus({ briefings: 12, seedBriefing, seed: 7 });
    const b = generateCorpus({ briefings: 12, seedBriefing, seed: 7 });
    expect(a.briefings).toHaveLength(12);
    expect(a.briefings.map((x) => x.paragraphs.map((p) => p.text))).toEqual(
      b.briefings.map((x) => x.paragraphs.map((p) => p.text)),
    );
    expect(a.briefings.filter((x) => x === seedBriefing)).toHaveLength(1);
    expect(a.seedSlug).toBe('seed-article');
  });

  it('grows its vocabulary with the number of briefings and keeps quotations', () => {
    const small = generateCorpus({ briefings: 10, seedBriefing });
    const large = generateCorpus({ briefings: 100, seedBriefing });
    expect(large.vocabularySize).toBeGreaterThan(small.vocabularySize + 400);
    const generated = large.briefings.filter((x) => x !== seedBriefing).flatMap((x) => x.paragraphs);
    expect(generated.some((p) => p.text.includes('"'))).toBe(true);
    expect(generated.some((p) => seedBriefing.paragraphs.some((s) => s.text === p.text))).toBe(false);
  });
});

describe('briefing-bot bench', () => {
  let printed = '';
  let report: BenchReport;

  beforeAll(async () => {
    report = await runBench({
      briefings: 20,
      json: true,
      peerBudgetMs: 300,
      write: (text) => (printed = text),
    });
  });

  it('prints the JSON shape of the performance issue', () => {
    const json = JSON.parse(printed) as BenchReport;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'briefings',
        'paragraphs',
        'build_ms',
        'rss_mb',
        'commands',
        'peers',
        'relevance',
      ]),
    );
    expect(json.briefings).toBe(20);
    expect(json.paragraphs).toBeGreaterThan(300);
    expect(Object.keys(json.commands).sort()).toEqual([
      'ask',
      'autocomplete',
      'quotes',
      'status',
      'who-said',
    ]);
    expect(Object.keys(json.peers).sort()).toEqual(['flexsearch', 'fuse-tuned', 'minisearch']);
    expect(json.relevance.of).toBe(40);
  });

  it('times at least 200 queries and every peer', () => {
    expect(report.queries.total).toBeGreaterThanOrEqual(200);
    expect(report.commands.ask.queries).toBeGreaterThanOrEqual(100);
    for (const peer of Object.values(report.peers)) expect(peer.p95_ms).toBeGreaterThanOrEqual(0);
    console.log(formatTable(report));
  });

  it('loads the persisted index of the corpus folder whole, and reopens it after a change analysing one briefing', () => {
    expect(report.persisted).toMatchObject({
      briefings: 20,
      all_loaded: true,
      reload_analysed: 1,
      measured: 'in-process',
    });
    expect(report.load_ms).toBe(report.persisted?.load_ms);
    expect(report.persisted?.files_mb.search).toBeGreaterThan(0);
  });

  it('samples a peer that would take too long, and says so', () => {
    expect(report.peers['fuse-tuned'].sampled).toMatch(/^\d+ of \d+ queries$/);
    expect(report.notes.some((n) => n.startsWith('fuse-tuned sampled'))).toBe(true);
  });
});
