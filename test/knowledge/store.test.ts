import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeStore, STORE_DEFAULTS, type ReloadReport } from '../../src/knowledge/store';
import { briefingFile, tempKnowledge } from '../helpers/temp-knowledge';

const first = briefingFile('title: First\npublished: 2025-01-01', 'The council voted on Monday.');
const second = briefingFile('title: Second\npublished: 2025-02-01', 'The mayor resigned on Friday.');

describe('hot reload (KnowledgeStore)', () => {
  it('reports an added briefing and swaps the new index in', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first });
    try {
      const store = new KnowledgeStore(dir);
      const before = store.knowledge;
      writeFileSync(join(dir, 'second.md'), second);
      const report = store.reload();
      expect(report).toEqual({ swapped: true, added: ['second'], removed: [], changed: [], problems: [], briefings: 2 });
      expect(store.knowledge).not.toBe(before);
      expect(store.knowledge.index.briefings.map((a) => a.briefing.slug)).toEqual(['second', 'first']);
      expect(before.index.briefings).toHaveLength(1); // the old index is untouched
    } finally {
      cleanup();
    }
  });

  it('reports a changed and a removed briefing', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first, 'second.md': second });
    try {
      const store = new KnowledgeStore(dir);
      writeFileSync(join(dir, 'first.md'), briefingFile('title: First\npublished: 2025-01-01', 'The council voted again.'));
      unlinkSync(join(dir, 'second.md'));
      expect(store.reload()).toMatchObject({ swapped: true, added: [], removed: ['second'], changed: ['first'] });
    } finally {
      cleanup();
    }
  });

  it('keeps the old index when a loaded briefing no longer validates, and says why', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first });
    try {
      const store = new KnowledgeStore(dir);
      const before = store.knowledge;
      writeFileSync(join(dir, 'first.md'), '---\ntitle: First\n'); // saved half way
      const report = store.reload();
      expect(report.swapped).toBe(false);
      expect(report.keptBecause).toBe('kept the previous index because first.md:1: the front matter is not closed: add a line "---" after it');
      expect(store.knowledge).toBe(before);
    } finally {
      cleanup();
    }
  });

  it('serves a new broken file as a problem while swapping in the good ones', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first });
    try {
      const store = new KnowledgeStore(dir);
      writeFileSync(join(dir, 'second.md'), second);
      writeFileSync(join(dir, 'bad.md'), 'no front matter');
      const report = store.reload();
      expect(report).toMatchObject({ swapped: true, added: ['second'] });
      expect(report.problems.map((p) => p.file)).toEqual(['bad.md']);
    } finally {
      cleanup();
    }
  });

  it('reloads by itself when a file appears in the watched folder', async () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first });
    const store = new KnowledgeStore(dir);
    try {
      const reloaded = new Promise<ReloadReport>((resolve) => store.onReload(resolve));
      store.watch();
      writeFileSync(join(dir, 'second.md'), second);
      const report = await reloaded;
      expect(report.added).toEqual(['second']);
    } finally {
      store.stop();
      cleanup();
    }
  }, STORE_DEFAULTS.debounceMs * 20);
});

describe('reloads that reuse what did not change', () => {
  const third = briefingFile('title: Third\npublished: 2025-03-01', 'Officials said on Tuesday that the bridge "will reopen in May."');

  it('keeps the analyses of unchanged briefings (the same objects) and analyses only the changed one', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first, 'second.md': second, 'third.md': third });
    try {
      const store = new KnowledgeStore(dir);
      const before = store.knowledge.index;
      writeFileSync(join(dir, 'first.md'), briefingFile('title: First\npublished: 2025-01-01', 'The council voted again.'));
      expect(store.reload()).toMatchObject({ swapped: true, changed: ['first'] });
      expect(store.openReport).toMatchObject({ analysed: 1, reused: 2, saved: ['analysis', 'search', 'quotes'] });
      const after = store.knowledge.index;
      expect(after.get('second')).toBe(before.get('second'));
      expect(after.get('third')).toBe(before.get('third'));
      expect(after.get('first')).not.toBe(before.get('first'));
      expect(after.get('first')?.briefing.paragraphs[0]?.text).toBe('The council voted again.');
    } finally {
      cleanup();
    }
  });

  it('starts from the index saved in the folder: nothing analysed, the search loaded', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first, 'third.md': third });
    try {
      const opened = new KnowledgeStore(dir);
      expect(opened.openReport).toMatchObject({ analysed: 2, search: 'built' });
      const restarted = new KnowledgeStore(dir);
      expect(restarted.openReport).toMatchObject({ analysed: 0, restored: 2, search: 'loaded', notes: [] });
      expect(restarted.knowledge.index.quotes.find('will reopen in May')).toEqual(
        opened.knowledge.index.quotes.find('will reopen in May'),
      );
    } finally {
      cleanup();
    }
  });

  it('still serves a folder where the index cannot be saved, and warns about it', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first, '.index': 'a file where the folder should be' });
    try {
      const store = new KnowledgeStore(dir);
      expect(store.openReport.warnings).toHaveLength(3);
      writeFileSync(join(dir, 'second.md'), second);
      const report = store.reload();
      expect(report).toMatchObject({ swapped: true, added: ['second'], briefings: 2 });
      expect(report.warnings?.[0]).toMatch(/^could not save the index: /);
    } finally {
      cleanup();
    }
  });

  it('saves nothing when told not to', () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first });
    try {
      new KnowledgeStore(dir, undefined, { save: false });
      expect(existsSync(join(dir, '.index'))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('reloads in the background through the worker thread and reports the same changes', async () => {
    const workerScript = join(__dirname, '..', '..', 'dist', 'knowledge', 'reload-worker.js');
    expect(existsSync(workerScript)).toBe(true); // npm test builds dist/ first
    const { dir, cleanup } = tempKnowledge({ 'first.md': first, 'second.md': second });
    try {
      const store = new KnowledgeStore(dir, undefined, { workerScript });
      const before = store.knowledge.index;
      writeFileSync(join(dir, 'third.md'), third);
      unlinkSync(join(dir, 'second.md'));
      const report = await store.reloadInBackground();
      expect(report).toEqual({ swapped: true, added: ['third'], removed: ['second'], changed: [], problems: [], briefings: 2 });
      expect(store.openReport).toMatchObject({ analysed: 0, reused: 1, restored: 1, search: 'handed over', saved: [] });
      expect(store.knowledge.index.get('first')).toBe(before.get('first'));
      expect(store.knowledge.index.quotes.find('will reopen in May')[0]?.statement).toMatchObject({
        article: 'third',
        speaker: 'officials',
      });
      expect(store.knowledge.index.paragraphs.search('When will the bridge reopen?')[0]?.article).toBe('third');
    } finally {
      cleanup();
    }
  });

  it('keeps the old index when the worker finds a served file broken', async () => {
    const workerScript = join(__dirname, '..', '..', 'dist', 'knowledge', 'reload-worker.js');
    const { dir, cleanup } = tempKnowledge({ 'first.md': first });
    try {
      const store = new KnowledgeStore(dir, undefined, { workerScript });
      const before = store.knowledge;
      writeFileSync(join(dir, 'first.md'), '---\ntitle: First\n');
      const report = await store.reloadInBackground();
      expect(report.swapped).toBe(false);
      expect(report.keptBecause).toMatch(/^kept the previous index because first\.md:1: /);
      expect(store.knowledge).toBe(before);
    } finally {
      cleanup();
    }
  });

  it('folds reloads asked for while one runs into one more run', async () => {
    const { dir, cleanup } = tempKnowledge({ 'first.md': first });
    try {
      const store = new KnowledgeStore(dir, undefined, { workerScript: join(dir, 'no-worker.js') });
      const reports: ReloadReport[] = [];
      store.onReload((r) => reports.push(r));
      writeFileSync(join(dir, 'second.md'), second);
      const a = store.reloadInBackground();
      const b = store.reloadInBackground();
      const c = store.reloadInBackground();
      expect(b).toBe(a);
      expect(c).toBe(a);
      await a;
      expect(reports.map((r) => r.added)).toEqual([['second'], []]); // the first run, then one more
    } finally {
      cleanup();
    }
  });
});
