/**
 * The persisted index in the benchmark: the corpus written as a knowledge folder (in a temporary
 * folder) and read back, the index built from it saved next to it, then a fresh process that reads the folder and loads
 * the index the way the bot starts — timed, with its memory — and a reload after one briefing
 * changed. Without the compiled child (under the test runner) the load is measured in-process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadKnowledge } from '../knowledge/load';
import type { Briefing, KnowledgeLoad } from '../knowledge/types';
import { analysisFilePath, indexFilePath, quotesFilePath } from '../search/index-file';
import type { KnowledgeIndex } from '../search/knowledge-index';
import { saveIndex } from '../search/open-index';
import { measureLoad, type LoadFigures } from './persisted-load';

/** The persisted section of the benchmark report. */
export interface PersistedReport extends LoadFigures {
  /** Saving the built index to `.index/`. */
  readonly save_ms: number;
  /** Sizes of the index files. */
  readonly files_mb: { readonly analysis: number; readonly search: number; readonly quotes: number };
  /** `load_ms` of every start (the report's `load_ms` is their median; the other figures are the last start's). */
  readonly load_runs_ms: readonly number[];
  /** `child` (a fresh Node process, as the bot starts) or `in-process`. */
  readonly measured: 'child' | 'in-process';
}

/** Defaults of the persisted measurement. */
export const PERSISTED_DEFAULTS = Object.freeze({
  /** Fresh processes started from the persisted index (the median load is reported). */
  starts: 3,
});

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** A briefing as a Markdown knowledge file (front matter and paragraphs). */
export function briefingMarkdown(b: Briefing): string {
  const front: Record<string, unknown> = { title: b.title };
  if (b.source) front.source = b.source;
  if (b.url) front.url = b.url;
  if (b.published) front.published = b.published;
  if (b.credits.length > 0) front.credits = [...b.credits];
  if (b.topics.length > 0)
    front.topics = b.topics.map((t) => ({ command: t.command, title: t.title, terms: [...t.terms] }));
  return `---\n${stringify(front)}---\n\n${b.paragraphs.map((p) => p.text).join('\n\n')}\n`;
}

/** Writes briefings as a knowledge folder (one `<slug>.md` each). */
export function writeKnowledge(dir: string, briefings: readonly Briefing[]): void {
  mkdirSync(dir, { recursive: true });
  for (const b of briefings) writeFileSync(join(dir, `${b.slug}.md`), briefingMarkdown(b));
}

const sizeMb = (path: string): number => (existsSync(path) ? round(statSync(path).size / 1024 / 1024) : 0);

/** A corpus written as a knowledge folder and read back; `remove()` deletes the folder. */
export interface CorpusFolder extends KnowledgeLoad {
  readonly dir: string;
  /** Writing the Markdown files and reading them back. */
  readonly writeMs: number;
  readonly readMs: number;
  remove(): void;
}

/** Writes the briefings to a temporary knowledge folder and reads them back as the bot would. */
export function corpusFolder(briefings: readonly Briefing[]): CorpusFolder {
  const dir = mkdtempSync(join(os.tmpdir(), 'briefing-bench-'));
  let start = now();
  writeKnowledge(dir, briefings);
  const writeMs = now() - start;
  start = now();
  const load = loadKnowledge(dir);
  return {
    ...load,
    dir,
    writeMs,
    readMs: now() - start,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Saves `index` (built from the briefings of the knowledge folder `dir`) next to them, then
 * measures `starts` starts from them, each in a fresh process (the last one also reloads in the
 * background after changing a file).
 */
export async function measurePersisted(
  dir: string,
  index: KnowledgeIndex,
  starts = PERSISTED_DEFAULTS.starts,
): Promise<PersistedReport> {
  const start = now();
  const failures = saveIndex(dir, index);
  const saveMs = now() - start;
  if (failures.length > 0) throw new Error(failures.join('; '));
  const child = join(__dirname, 'persisted-child.js');
  let figures: LoadFigures | undefined;
  let measured: PersistedReport['measured'] = 'in-process';
  const loads: number[] = [];
  if (existsSync(child)) {
    for (let i = 1; i <= starts; i++) {
      const args = ['--expose-gc', child, dir, ...(i < starts ? ['--no-background'] : [])];
      const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`the load process failed: ${run.stderr || run.stdout}`);
      figures = JSON.parse(run.stdout) as LoadFigures;
      loads.push(figures.load_ms);
    }
    measured = 'child';
  } else {
    figures = await measureLoad(dir);
    loads.push(figures.load_ms);
  }
  if (!figures) throw new Error('no start was measured');
  const sorted = [...loads].sort((a, b) => a - b);
  return {
    ...figures,
    load_ms: sorted[Math.floor((sorted.length - 1) / 2)]!,
    load_runs_ms: loads,
    save_ms: Math.round(saveMs),
    files_mb: {
      analysis: sizeMb(analysisFilePath(dir)),
      search: sizeMb(indexFilePath(dir)),
      quotes: sizeMb(quotesFilePath(dir)),
    },
    measured,
  };
}
