/**
 * One start from a knowledge folder with a persisted index, timed: read the folder, load the index,
 * memory after a full collection; then one briefing changes and the index is opened again with the
 * previous one (what a hot reload does). Run in a fresh process by the benchmark
 * (persisted-child.ts), or in-process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeFromIndex } from '../app';
import { loadKnowledge } from '../knowledge/load';
import { KnowledgeStore } from '../knowledge/store';
import type { Briefing } from '../knowledge/types';
import { openIndex, type OpenIndexReport } from '../search/open-index';

/** What one start from a persisted index measured. */
export interface LoadFigures {
  readonly briefings: number;
  /** Reading and validating the knowledge files. */
  readonly read_ms: number;
  /** Loading the persisted index for them (analyses, paragraph search, quote matcher). */
  readonly load_ms: number;
  /**
   * Building the spelling and typo tables after the load: the running bot does it in the next
   * turn of the event loop, or the first question that needs them does.
   */
  readonly warm_ms: number;
  /** Of which: analyses, paragraph search, quote matcher and the rest of the index. */
  readonly load_parts_ms: { readonly analysis: number; readonly search: number; readonly quotes: number };
  /** Whether everything came from the files (nothing analysed or built). */
  readonly all_loaded: boolean;
  /** Resident memory and heap after the load, after a full collection when available. */
  readonly rss_mb: number;
  readonly heap_mb: number;
  /** Opening the index again after one briefing changed, reusing the loaded one (nothing saved). */
  readonly reload_ms: number;
  readonly reload_analysed: number;
  /**
   * A reload in the background (one file changed in the folder): how long it took in all, the
   * longest the event loop was blocked meanwhile, and whether a worker thread did the heavy half.
   */
  readonly background_reload?: {
    readonly total_ms: number;
    readonly longest_block_ms: number;
    readonly main_thread_open_ms: number;
    readonly worker: boolean;
  };
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The briefing with one more sentence in its first paragraph (a changed file). */
function edited(b: Briefing): Briefing {
  const [first, ...rest] = b.paragraphs;
  if (!first) return b;
  return { ...b, paragraphs: [{ ...first, text: `${first.text} The talks resumed on Monday.` }, ...rest] };
}

/**
 * Changes one file of the folder and reloads the store in the background, ticking a timer every
 * few milliseconds to find the longest stretch the event loop could not answer.
 */
async function backgroundReload(
  dir: string,
  store: KnowledgeStore,
): Promise<NonNullable<LoadFigures['background_reload']>> {
  const middle = store.knowledge.index.briefings[Math.floor(store.knowledge.index.briefings.length / 2)];
  if (middle) {
    const file = join(dir, middle.briefing.file);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe talks resumed on Tuesday.\n`);
  }
  let last = now();
  let longest = 0;
  const ticker = setInterval(() => {
    const t = now();
    longest = Math.max(longest, t - last);
    last = t;
  }, 2);
  const start = now();
  last = start;
  await store.reloadInBackground();
  const total = now() - start;
  longest = Math.max(longest, now() - last);
  clearInterval(ticker);
  const report = store.openReport;
  return {
    total_ms: Math.round(total),
    longest_block_ms: Math.round(longest),
    main_thread_open_ms: Math.round(report.totalMs),
    worker: report.search === 'handed over',
  };
}

/**
 * Reads the folder and loads its persisted index, reopens it after one change, then (with
 * `background`) reloads it in the background after a file changed.
 */
export async function measureLoad(dir: string, background = true): Promise<LoadFigures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let start = now();
  const { briefings } = loadKnowledge(dir);
  const readMs = now() - start;
  start = now();
  const { index, report } = openIndex(dir, briefings, { save: false });
  const loadMs = now() - start;
  start = now();
  index.warm();
  const warmMs = now() - start;
  gc?.();
  const memory = process.memoryUsage();
  const changed = briefings.map((b, i) => (i === Math.floor(briefings.length / 2) ? edited(b) : b));
  start = now();
  const reload: OpenIndexReport = openIndex(dir, changed, { previous: index, save: false }).report;
  const reloadMs = now() - start;
  const store = new KnowledgeStore(dir, knowledgeFromIndex(dir, index), { save: false });
  const backgroundFigures = background ? await backgroundReload(dir, store) : undefined;
  return {
    briefings: briefings.length,
    read_ms: Math.round(readMs),
    load_ms: Math.round(loadMs),
    warm_ms: Math.round(warmMs),
    load_parts_ms: {
      analysis: Math.round(report.analysisMs),
      search: Math.round(report.searchMs),
      quotes: Math.round(report.quotesMs),
    },
    all_loaded: report.analysed === 0 && report.search === 'loaded',
    rss_mb: mb(memory.rss),
    heap_mb: mb(memory.heapUsed),
    reload_ms: Math.round(reloadMs),
    reload_analysed: reload.analysed,
    ...(backgroundFigures ? { background_reload: backgroundFigures } : {}),
  };
}
