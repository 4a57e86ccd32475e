import { unlinkSync, writeFileSync } from 'node:fs';
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
