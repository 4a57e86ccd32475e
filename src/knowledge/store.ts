import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { knowledgeFromIndex, problemText, type Knowledge } from '../app';
import { UserError, messages } from '../errors';
import { briefingHash } from '../search/analysis-file';
import type { KnowledgeIndex } from '../search/knowledge-index';
import { openIndex, type OpenIndexReport } from '../search/open-index';
import { loadKnowledge } from './load';
import { indexFromHandover, type ReloadHandover, type ReloadRequest } from './reload-handover';
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
  /** Trouble with the index files (damaged, not saved), when there was any; the index is sound regardless. */
  readonly warnings?: readonly string[];
}

export const STORE_DEFAULTS = Object.freeze({
  /** Wait this long after the last file event before reloading (editors write in several steps). */
  debounceMs: 300,
  /** The compiled worker that does the heavy half of a background reload. */
  workerFile: 'reload-worker.js',
});

/** Options of a {@link KnowledgeStore}. */
export interface StoreOptions {
  /** Save the index files in `<dir>/.index/` (default true). */
  readonly save?: boolean;
  /**
   * The worker script of background reloads (default: reload-worker.js beside this module). When
   * it does not exist (e.g. running from sources), background reloads run in-process.
   */
  readonly workerScript?: string;
}

/** The words of a briefing other than where they sit in the file: a change of these is a change. */
const fingerprint = (b: Briefing): string =>
  JSON.stringify([b.title, b.source, b.url, b.published, b.credits, b.topics, b.paragraphs.map((p) => p.text)]);

/**
 * Reads and validates the knowledge folder.
 * @throws UserError when the folder is missing or unreadable.
 */
function readFolder(dir: string): { briefings: readonly Briefing[]; problems: readonly KnowledgeProblem[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(messages.unreadableKnowledge(dir, 'no such folder'));
  }
  try {
    return loadKnowledge(dir);
  } catch (error) {
    throw new UserError(messages.unreadableKnowledge(dir, (error as Error).message));
  }
}

/**
 * Holds the current knowledge and swaps it atomically on reload: readers always see one complete
 * index, old or new. A reload analyses only the briefings whose content changed (the others keep
 * their analyses) and loads what it can from the index persisted in `<dir>/.index/`. A reload that
 * would drop a briefing because its file no longer validates keeps the old index and says why.
 *
 * {@link reload} does all of it at once; {@link reloadInBackground} (used when watching) leaves the
 * reading, analysing and index building to a worker thread and only puts the new index together on
 * the main thread, so that answers keep flowing meanwhile.
 */
export class KnowledgeStore {
  private current: Knowledge;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReloadReport>;
  private again = false;
  private lastOpen: OpenIndexReport;
  private readonly listeners = new Set<(report: ReloadReport, knowledge: Knowledge) => void>();
  private readonly options: StoreOptions;

  constructor(
    readonly dir: string,
    initial?: Knowledge,
    options: StoreOptions = {},
  ) {
    this.options = options;
    if (initial) {
      this.current = initial;
      this.lastOpen = { briefings: initial.index.briefings.length, analysed: 0, reused: 0, restored: 0, search: 'built', saved: [], notes: [], warnings: [], analysisMs: 0, searchMs: 0, quotesMs: 0, totalMs: 0 };
    } else {
      const { briefings, problems } = readFolder(dir);
      const { index, report } = openIndex(dir, briefings, { save: options.save });
      this.current = this.knowledgeOf(index, problems);
      this.lastOpen = report;
    }
    this.warmSoon();
  }

  /**
   * Builds the current index's spelling and typo tables in a later turn of the event loop, so that
   * they are ready before most questions and no reader waits for them.
   */
  private warmSoon(): void {
    const { index } = this.current;
    setTimeout(() => index.warm(), 0).unref();
  }

  /** The knowledge every command reads now. */
  get knowledge(): Knowledge {
    return this.current;
  }

  /** How the current index was opened: what was analysed, reused or loaded, and notes about the index files. */
  get openReport(): OpenIndexReport {
    return this.lastOpen;
  }

  /** Called after every reload, whether it swapped or not. */
  onReload(listener: (report: ReloadReport, knowledge: Knowledge) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the folder again and swaps the index in when it is sound (all on this thread). */
  reload(): ReloadReport {
    const before = this.current;
    try {
      const { briefings, problems } = readFolder(this.dir);
      const broken = this.brokenOld(problems);
      if (broken) return this.finish(broken);
      const opened = openIndex(this.dir, briefings, { previous: before.index, save: this.options.save });
      return this.swapIn(opened, problems);
    } catch (error) {
      return this.finish(this.kept([], (error as Error).message));
    }
  }

  /**
   * Like {@link reload}, but the folder is read, analysed and indexed in a worker thread; this
   * thread only puts the new index together from the current one and what the worker hands over.
   * Reloads asked for while one runs are folded into one more run after it.
   */
  reloadInBackground(): Promise<ReloadReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async (): Promise<ReloadReport> => {
      let report: ReloadReport;
      do {
        this.again = false;
        report = await this.backgroundOnce();
      } while (this.again);
      return report;
    };
    this.running = run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Watches the folder and reloads in the background, debounced, after changes. */
  watch(): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, { persistent: false }, (_event, name) => {
      if (name && String(name).startsWith('.')) return; // our own state files
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reloadInBackground(), STORE_DEFAULTS.debounceMs);
    });
    this.watcher.on('error', () => this.stop());
  }

  /** Stops watching. */
  stop(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }

  private async backgroundOnce(): Promise<ReloadReport> {
    const script = this.options.workerScript ?? join(__dirname, STORE_DEFAULTS.workerFile);
    if (!existsSync(script)) return this.reload();
    const request: ReloadRequest = {
      dir: this.dir,
      known: this.current.index.briefings.map((a) => [a.briefing.slug, briefingHash(a.briefing)] as const),
      save: this.options.save,
    };
    let handover: ReloadHandover;
    try {
      handover = await runWorker(script, request);
    } catch (error) {
      return this.finish(this.kept([], (error as Error).message));
    }
    const broken = this.brokenOld(handover.problems);
    if (broken) return this.finish(broken);
    try {
      return this.swapIn(indexFromHandover(this.dir, this.current.index, handover), handover.problems, handover.report);
    } catch {
      return this.reload(); // the current index changed meanwhile: do it here
    }
  }

  /** The report of a reload that keeps the old index because a file it serves no longer validates. */
  private brokenOld(problems: readonly KnowledgeProblem[]): ReloadReport | undefined {
    const oldFiles = new Set(this.current.index.briefings.map((a) => a.briefing.file));
    const broken = problems.filter((p) => oldFiles.has(p.file));
    if (broken.length === 0) return undefined;
    return this.kept(problems, `kept the previous index because ${broken.map(problemText).join('; ')}`);
  }

  private kept(problems: readonly KnowledgeProblem[], reason: string): ReloadReport {
    return {
      swapped: false,
      added: [],
      removed: [],
      changed: [],
      problems,
      keptBecause: reason,
      briefings: this.current.index.briefings.length,
    };
  }

  /** Swaps the opened index in and reports what changed. */
  private swapIn(
    opened: { index: KnowledgeIndex; report: OpenIndexReport },
    problems: readonly KnowledgeProblem[],
    worker?: OpenIndexReport,
  ): ReloadReport {
    const before = this.current.index;
    const next = opened.index;
    const old = new Map(before.briefings.map((a) => [a.briefing.slug, a.briefing]));
    const fresh = new Map(next.briefings.map((a) => [a.briefing.slug, a.briefing]));
    const added = [...fresh.keys()].filter((slug) => !old.has(slug));
    const removed = [...old.keys()].filter((slug) => !fresh.has(slug));
    const changed = [...fresh.keys()].filter((slug) => {
      const was = old.get(slug);
      const now = fresh.get(slug)!;
      return was !== undefined && was !== now && briefingHash(was) !== briefingHash(now) && fingerprint(was) !== fingerprint(now);
    });
    this.current = this.knowledgeOf(next, problems);
    this.warmSoon();
    this.lastOpen = {
      ...opened.report,
      notes: [...(worker?.notes ?? []), ...opened.report.notes],
      warnings: [...(worker?.warnings ?? []), ...opened.report.warnings],
    };
    const { warnings } = this.lastOpen;
    return this.finish({
      swapped: true,
      added,
      removed,
      changed,
      problems,
      briefings: next.briefings.length,
      ...(warnings.length > 0 ? { warnings } : {}),
    });
  }

  private knowledgeOf(index: KnowledgeIndex, problems: readonly KnowledgeProblem[]): Knowledge {
    return knowledgeFromIndex(this.dir, index, problems, {
      reload: () => this.reload(),
      reloadInBackground: () => this.reloadInBackground(),
    });
  }

  private finish(report: ReloadReport): ReloadReport {
    for (const listener of this.listeners) listener(report, this.current);
    return report;
  }
}

/** Runs the reload worker once and resolves to its handover. */
function runWorker(script: string, request: ReloadRequest): Promise<ReloadHandover> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: request });
    let settled = false;
    worker.once('message', (message: { ok: true; handover: ReloadHandover } | { ok: false; message: string }) => {
      settled = true;
      if (message.ok) resolve(message.handover);
      else reject(new Error(message.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the reload worker stopped (exit code ${code})`));
      settled = true;
    });
  });
}
