import { join } from 'node:path';
import { analyseBriefing } from '../../src/analysis/analyse';
import { buildStatusBrief, STATUS_DEFAULTS } from '../../src/briefs/status';
import { loadKnowledge } from '../../src/knowledge/load';
import { parseBriefing } from '../../src/knowledge/parse';
import { seedWithGold } from './seed-with-gold';

const seed = seedWithGold();
const isf = seed.briefing.topics[0]!;
const fixtures = loadKnowledge(join(__dirname, '../fixtures/briefings')).briefings.map(analyseBriefing);

describe('status brief (/isf-status on the seed)', () => {
  const brief = buildStatusBrief([seed], isf);
  const paragraphs = brief.results.map((r) => r.paragraph);

  it('covers when the force deploys, where not, its size, Israel’s objection and who sends troops, in reading order', () => {
    const required = [1, 2, 3, 5, 6];
    const covered = required.filter((p) => paragraphs.includes(p));
    console.log(
      `status brief covers ${covered.length}/${required.length} required paragraphs: ¶${paragraphs.join(', ¶')}`,
    );
    expect(covered).toEqual(required);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(brief.results.length).toBeLessThanOrEqual(STATUS_DEFAULTS.maxBullets);
    expect(paragraphs).toEqual([1, 2, 3, 5, 6, 8, 9]);
  });

  it('lifts the attribution out into the label: "U.S. official: will not be deployed in areas controlled by Hamas"', () => {
    const [p1, p2, p3, p5] = brief.results;
    expect([p1!.label, p1!.text]).toEqual([
      'U.S. official',
      'The International Stabilization Force (ISF) will be sent to Gaza at the start of 2026.',
    ]);
    expect([p2!.label, p2!.text]).toEqual([
      'U.S. official',
      'The ISF "will not be deployed in areas controlled by Hamas in the Gaza Strip."',
    ]);
    expect(p3!.text).toBe(
      'The force is currently planned to comprise troops from one or two countries, while more countries could potentially join in the future.',
    );
    expect([p5!.speaker, p5!.text]).toEqual([
      'Benjamin Netanyahu',
      'Under the current plans, the ISF will not be able to carry out its "main" mission, which, from the Israeli perspective, is the demilitarization of the Gaza Strip.',
    ]);
  });

  it('leaves a sentence unattributed when its statement is only a quoted fragment of it', () => {
    const p6 = brief.results.find((r) => r.paragraph === 6)!;
    expect(p6.speaker).toBeUndefined();
    expect(p6.text.startsWith('Potential countries that could send troops have balked')).toBe(true);
  });

  it('cites each bullet with a link to its sentence', () => {
    for (const r of brief.results) {
      expect(r.citation).toMatchObject({ article: 'gaza-stabilization-force', paragraph: r.paragraph });
      expect(r.citation.url).toContain('#:~:text=');
    }
    expect(brief.results[0]!.citation.url).toMatch(
      /#:~:text=Amid%20reports%20that%20the%20United%20States%20plans$/,
    );
  });

  it('keeps bullets tight', () => {
    for (const r of brief.results) expect(r.text.length).toBeLessThanOrEqual(STATUS_DEFAULTS.maxSnippet);
  });

  it('takes its title from the topic', () => {
    expect(brief.title).toBe('International Stabilization Force: where it stands');
    expect(brief.command).toBe('isf-status');
  });
});

describe('status brief on unseen briefings', () => {
  it('finds the bridge facts of the Harbor Bridge briefing by its own terms, lifting out an attribution set off by commas', () => {
    const bridge = fixtures.find((a) => a.briefing.slug === 'harbor-bridge-closure')!;
    const brief = buildStatusBrief([bridge], bridge.briefing.topics[0]!);
    expect(brief.results.map((r) => r.paragraph)).toEqual([1, 2, 4, 6, 9]);
    expect(brief.results[0]!.text).toBe(
      "The Harbor Bridge will stay closed to all traffic until at least the end of May, after inspectors found corrosion in two of the span's main support cables.",
    );
  });

  it('merges near duplicates: a paragraph that repeats another adds no bullet', () => {
    const file = [
      '---',
      'title: Ferry service',
      'topics:',
      '  - command: ferry-status',
      '    title: Ferry service',
      '    terms: [ferry, ferries]',
      '---',
      '',
      'The island ferry will resume sailing on Monday after a two-week strike, the operator said.',
      '',
      'Crews voted to end the strike on Friday.',
      '',
      'The island ferry will resume sailing on Monday after the two-week strike, the operator confirmed.',
      '',
      'Fares on the ferry will rise by 5% in April.',
    ].join('\n');
    const analysed = analyseBriefing(parseBriefing('ferry.md', file));
    const brief = buildStatusBrief([analysed], analysed.briefing.topics[0]!);
    expect(brief.results.map((r) => r.paragraph)).toEqual([1, 4]);
  });

  it('keeps a short sentence that shares only the topic word with another', () => {
    const file = [
      '---',
      'title: Budget talks',
      'topics:',
      '  - command: shutdown-status',
      '    title: Government shutdown',
      '    terms: [shutdown, stopgap bill]',
      '---',
      '',
      'WASHINGTON — The Senate passed a stopgap bill on Wednesday night, averting a shutdown that had loomed for weeks.',
      '',
      '"This is a good outcome," the majority leader said. "There will be no shutdown."',
    ].join('\n');
    const analysed = analyseBriefing(parseBriefing('budget.md', file));
    const brief = buildStatusBrief([analysed], analysed.briefing.topics[0]!);
    expect(brief.results.map((r) => [r.paragraph, r.text])).toEqual([
      [
        1,
        'The Senate passed a stopgap bill on Wednesday night, averting a shutdown that had loomed for weeks.',
      ],
      [2, 'There will be no shutdown.'],
    ]);
  });

  it('answers with the empty message when no sentence mentions the topic', () => {
    const brief = buildStatusBrief([seed], {
      command: 'port-status',
      title: 'Port of Ashdod',
      terms: ['Ashdod port'],
    });
    expect(brief.results).toEqual([]);
    expect(brief.empty).toBe(
      'The briefings say nothing about Port of Ashdod yet. Try /summary for an overview.',
    );
  });

  it('draws on every briefing given, in the order given (newest first), each bullet citing its own briefing', () => {
    const newestFirst = [...fixtures].sort((a, b) =>
      b.briefing.published!.localeCompare(a.briefing.published!),
    );
    expect(newestFirst[0]!.briefing.slug).toBe('harbor-bridge-closure');
    const brief = buildStatusBrief(newestFirst, {
      command: 'closures',
      title: 'Closures and restrictions',
      terms: ['the bridge', 'restrictions'],
    });
    const articles = brief.results.map((r) => r.article);
    expect(articles).toEqual([
      'harbor-bridge-closure',
      'harbor-bridge-closure',
      'river-valley-water',
      'river-valley-water',
      'river-valley-water',
    ]);
    for (const r of brief.results) {
      const briefing = fixtures.find((a) => a.briefing.slug === r.article)!.briefing;
      expect(r.citation.title).toBe(briefing.title);
    }
    expect(new Set(articles)).toEqual(new Set(['harbor-bridge-closure', 'river-valley-water']));
  });
});
