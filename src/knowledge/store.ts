import { watch, type FSWatcher } from 'node:fs';
import { loadKnowledgeDir, problemText, type Knowledge } from '../app';
import type { Briefing, KnowledgeProblem } from './types';

/** What a reload changed. */
export interface ReloadReport {
  /** Whether the new index replaced the old one. */
  readonly swapped: boolean;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  /** Files rejected by this reload. */
  readonly problems: readonly KnowledgeProblem[];
  /** Why the old index was kept, when it was. */
  readonly keptBecause?: string;
  readonly briefings: number;
}

export const STORE_DEFAULTS = Object.freeze({
  /** Wait this long after the last file event before reloading (editors write in several steps). */
  debounceMs: 300,
});

const fingerprint = (b: Briefing): string => JSON.stringify([b.title, b.source, b.url, b.published, b.credits, b.topics, b.paragraphs.map((p) => p.text)]);

/**
 * Holds the current knowledge and swaps it atomically on reload: readers always see one complete
 * index, old or new. A reload that would drop a briefing because its file no longer validates keeps
 * the old index and says why.
 */
export class KnowledgeStore {
  private current: Knowledge;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private readonly listeners = new Set<(report: ReloadReport, knowledge: Knowledge) => void>();

  constructor(readonly dir: string, initial?: Knowledge) {
    this.current = initial ?? loadKnowledgeDir(dir, () => this.reload());
  }

  /** The knowledge every command reads now. */
  get knowledge(): Knowledge {
    return this.current;
  }

  /** Called after every reload, whether it swapped or not. */
  onReload(listener: (report: ReloadReport, knowledge: Knowledge) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the folder again and swaps the index in when it is sound. */
  reload(): ReloadReport {
    const before = this.current;
    let next: Knowledge;
    try {
      next = loadKnowledgeDir(this.dir, () => this.reload());
    } catch (error) {
      return this.finish({ swapped: false, added: [], removed: [], changed: [], problems: [], keptBecause: (error as Error).message, briefings: before.index.briefings.length });
    }
    const old = new Map(before.index.briefings.map((a) => [a.briefing.slug, a.briefing]));
    const fresh = new Map(next.index.briefings.map((a) => [a.briefing.slug, a.briefing]));
    const added = [...fresh.keys()].filter((slug) => !old.has(slug));
    const removed = [...old.keys()].filter((slug) => !fresh.has(slug));
    const changed = [...fresh.keys()].filter((slug) => old.has(slug) && fingerprint(old.get(slug)!) !== fingerprint(fresh.get(slug)!));
    const oldFiles = new Set([...old.values()].map((b) => b.file));
    const broken = next.problems.filter((p) => oldFiles.has(p.file));
    if (broken.length > 0) {
      return this.finish({
        swapped: false,
        added: [],
        removed: [],
        changed: [],
        problems: next.problems,
        keptBecause: `kept the previous index because ${broken.map(problemText).join('; ')}`,
        briefings: before.index.briefings.length,
      });
    }
    this.current = next;
    return this.finish({ swapped: true, added, removed, changed, problems: next.problems, briefings: next.index.briefings.length }, next);
  }

  /** Watches the folder and reloads, debounced, after changes. */
  watch(): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, { persistent: false }, (_event, name) => {
      if (name && String(name).startsWith('.')) return; // our own state files
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload(), STORE_DEFAULTS.debounceMs);
    });
    this.watcher.on('error', () => this.stop());
  }

  /** Stops watching. */
  stop(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }

  private finish(report: ReloadReport, knowledge: Knowledge = this.current): ReloadReport {
    for (const listener of this.listeners) listener(report, knowledge);
    return report;
  }
}
