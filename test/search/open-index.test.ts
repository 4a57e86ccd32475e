import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseBriefing } from '../../src/analysis/analyse';
import { loadKnowledge } from '../../src/knowledge/load';
import { parseBriefing } from '../../src/knowledge/parse';
import type { Briefing } from '../../src/knowledge/types';
import { decodeAnalysis, encodeAnalysis } from '../../src/search/analysis-file';
import { analysisFilePath, indexFilePath, quotesFilePath } from '../../src/search/index-file';
import { KnowledgeIndex } from '../../src/search/knowledge-index';
import { openIndex } from '../../src/search/open-index';

const ROOT = join(__dirname, '..', '..');
const ARTICLES = join(ROOT, 'test', 'fixtures', 'articles');

/** Every briefing the tests know: the knowledge folder's and the held-out articles. */
function allBriefings(): Briefing[] {
  const articles = readdirSync(ARTICLES)
    .filter((name) => name.endsWith('.md'))
    .map((name) => parseBriefing(name, readFileSync(join(ARTICLES, name), 'utf8')));
  return [...loadKnowledge(join(ROOT, 'knowledge')).briefings, ...articles];
}

/** A knowledge folder with the seed briefing and three held-out articles. */
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-open-'));
  cpSync(join(ROOT, 'knowledge'), dir, { recursive: true, filter: (src) => !src.includes('/.') });
  for (const name of ['dam-talks.md', 'coral-study.md', 'border-bill.md'])
    cpSync(join(ARTICLES, name), join(dir, name));
  return dir;
}

describe('the persisted analysis', () => {
  it('gives back exactly what the analysis found, for every known article (key order included)', () => {
    const briefings = allBriefings();
    expect(briefings.length).toBeGreaterThan(20);
    for (const briefing of briefings) {
      const analysed = analyseBriefing(briefing);
      const stored = JSON.parse(JSON.stringify(encodeAnalysis(analysed))) as ReturnType<
        typeof encodeAnalysis
      >;
      expect(JSON.stringify(decodeAnalysis(briefing, stored))).toBe(JSON.stringify(analysed));
    }
  });

  it('keeps texts of the paragraph as offsets, not copies', () => {
    const [seed] = loadKnowledge(join(ROOT, 'knowledge')).briefings;
    const record = encodeAnalysis(analyseBriefing(seed!));
    const asText = record.statements.filter((s) => typeof s.text === 'string');
    expect(record.statements.length).toBeGreaterThan(10);
    expect(asText.length / record.statements.length).toBeLessThan(0.2);
  });

  it('refuses a record that does not fit the briefing', () => {
    const [seed] = loadKnowledge(join(ROOT, 'knowledge')).briefings;
    const record = encodeAnalysis(analyseBriefing(seed!));
    expect(() => decodeAnalysis(seed!, { ...record, sentences: record.sentences.slice(1) })).toThrow(
      'the sentences do not fit the paragraphs',
    );
    const statements = record.statements.map((s) => ({ ...s, text: [0, 100_000] as const }));
    expect(() => decodeAnalysis(seed!, { ...record, statements })).toThrow(
      'a text offset lies outside its paragraph',
    );
  });
});

describe('openIndex (the index persisted next to the knowledge)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempFolder();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const open = (options: Parameters<typeof openIndex>[2] = {}) =>
    openIndex(dir, loadKnowledge(dir).briefings, options);

  it('analyses and saves on the first start, then loads everything and answers the same', () => {
    const first = open();
    expect(first.report).toMatchObject({
      briefings: 4,
      analysed: 4,
      restored: 0,
      search: 'built',
      saved: ['analysis', 'search', 'quotes'],
    });
    expect(readdirSync(join(dir, '.index')).sort()).toEqual([
      'analysis.json',
      'paragraphs.bin',
      'quotes.bin',
    ]);
    const second = open();
    expect(second.report).toMatchObject({ analysed: 0, restored: 4, search: 'loaded', saved: [], notes: [] });
    const built = KnowledgeIndex.build(loadKnowledge(dir).briefings);
    expect(JSON.stringify(second.index.briefings)).toBe(JSON.stringify(built.briefings));
    const question = 'When will the ISF be deployed?';
    expect(second.index.paragraphs.search(question)).toEqual(built.paragraphs.search(question));
    for (const quote of [
      'huge failure',
      'disarming the factions is like separating them from their sool',
      'Fidan',
    ])
      expect(second.index.quotes.find(quote, { closest: true })).toEqual(
        built.quotes.find(quote, { closest: true }),
      );
    expect(second.index.quotes.suggestSpeakers('me')).toEqual(built.quotes.suggestSpeakers('me'));
  });

  it('analyses only the briefing that changed, and saves it', () => {
    open();
    const file = join(dir, 'dam-talks.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('broke down on Wednesday', 'broke down on Thursday'),
    );
    const again = open();
    expect(again.report).toMatchObject({
      analysed: 1,
      restored: 3,
      search: 'built',
      saved: ['analysis', 'search', 'quotes'],
    });
    expect(open().report).toMatchObject({ analysed: 0, restored: 4, search: 'loaded' });
  });

  it('reuses the previous index analyses for unchanged briefings (the same objects)', () => {
    const first = open({ save: false });
    const file = join(dir, 'coral-study.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more paragraph was added on Friday.\n`);
    const second = open({ previous: first.index, save: false });
    expect(second.report).toMatchObject({ analysed: 1, reused: 3, restored: 0 });
    const unchanged = second.index.get('dam-talks');
    expect(unchanged).toBe(first.index.get('dam-talks'));
    expect(second.index.get('coral-study')).not.toBe(first.index.get('coral-study'));
  });

  it('ignores damaged files with a note and analyses again', () => {
    open();
    writeFileSync(analysisFilePath(dir), '{"format": 1, "code": "');
    writeFileSync(indexFilePath(dir), 'garbage');
    const quotes = readFileSync(quotesFilePath(dir));
    writeFileSync(quotesFilePath(dir), quotes.subarray(0, quotes.length - 4));
    const again = open();
    expect(again.report.analysed).toBe(4);
    expect(again.report.search).toBe('built');
    const damaged = [
      'the analysis file is damaged',
      'the index file is damaged',
      'the quotes file is damaged',
    ];
    expect(again.report.notes).toEqual(damaged);
    expect(again.report.warnings).toEqual(damaged);
    expect(open().report).toMatchObject({ analysed: 0, search: 'loaded' });
  });

  it('ignores a file written by another version of the code', () => {
    open();
    const file = JSON.parse(readFileSync(analysisFilePath(dir), 'utf8')) as { code: string };
    writeFileSync(analysisFilePath(dir), JSON.stringify({ ...file, code: 'another' }));
    const again = open({ save: false });
    expect(again.report.analysed).toBe(4);
    expect(again.report.notes).toContain('the analysis file was written by another version');
    expect(again.report.warnings).toEqual([]);
  });

  it('still answers when the index folder cannot be written', () => {
    writeFileSync(join(dir, '.index'), 'a file where the folder should be');
    const result = open();
    expect(result.report.analysed).toBe(4);
    expect(result.report.saved).toEqual([]);
    expect(result.report.warnings).toHaveLength(3);
    expect(result.report.warnings.every((n) => n.startsWith('could not save the index: '))).toBe(true);
    expect(result.index.paragraphs.search('When will the ISF be deployed?').length).toBeGreaterThan(0);
  });

  it('is not read as a briefing by the loader', () => {
    open();
    expect(loadKnowledge(dir)).toMatchObject({ problems: [] });
    expect(loadKnowledge(dir).briefings).toHaveLength(4);
  });
});
