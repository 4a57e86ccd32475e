import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexFilePath, loadOrBuildSearch } from '../../src/search/index-file';
import { seedDocs } from './seed-docs';

describe('the persisted search index', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-index-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is built and saved on first start, then loaded while the paragraphs are the same', () => {
    const docs = seedDocs();
    const first = loadOrBuildSearch(dir, docs);
    expect(first.source).toBe('built');
    expect(readdirSync(join(dir, '.index'))).toEqual(['paragraphs.bin']);
    const second = loadOrBuildSearch(dir, docs);
    expect(second.source).toBe('loaded');
    expect(second.search.search('When will the ISF be deployed?')).toEqual(
      first.search.search('When will the ISF be deployed?'),
    );
  });

  it('is rebuilt when a paragraph changed', () => {
    const docs = seedDocs();
    loadOrBuildSearch(dir, docs);
    const changed = docs.map((d, i) =>
      i === 3 ? { ...d, text: 'Netanyahu will not travel after all.' } : d,
    );
    const again = loadOrBuildSearch(dir, changed);
    expect(again.source).toBe('built');
    expect(again.note).toBe('the index file is stale (other paragraphs or another version)');
    expect(loadOrBuildSearch(dir, changed).source).toBe('loaded');
  });

  it('is rebuilt when the file is damaged', () => {
    const docs = seedDocs();
    loadOrBuildSearch(dir, docs);
    writeFileSync(indexFilePath(dir), 'garbage');
    expect(loadOrBuildSearch(dir, docs).source).toBe('built');
  });

  it('still answers when the folder cannot be written', () => {
    const result = loadOrBuildSearch(join(dir, 'missing', '\u0000bad'), seedDocs());
    expect(result.source).toBe('built');
    expect(result.note).toMatch(/could not save the index/);
    expect(result.search.size).toBe(21);
  });
});
