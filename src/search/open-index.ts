/**
 * Opening the index of a knowledge folder the fast way: every briefing whose content has not
 * changed keeps its analysis — from the index being replaced, else from the analysis persisted in
 * `<knowledge>/.index/` — and only the others are analysed; the paragraph search is loaded from its
 * file when it was built from exactly these paragraphs. What had to be built is saved back, so the
 * next start loads it. Files never make this fail: a damaged or stale file is noted and rebuilt.
 */
import { createHash } from 'node:crypto';
import { analyseBriefing } from '../analysis/analyse';
import type { AnalysedBriefing } from '../analysis/types';
import type { Briefing } from '../knowledge/types';
import { briefingHash, decodeAnalysis, encodeAnalysis, type AnalysisRecord } from './analysis-file';
import {
  indexFilePath,
  quotesFileBytes,
  quotesFilePath,
  readAnalysisFile,
  readQuotesFile,
  readSearchFile,
  searchFileBytes,
  writeAnalysisFile,
  writeIndexFile,
} from './index-file';
import { indexOrder, KnowledgeIndex, paragraphDocs } from './knowledge-index';
import { ParagraphSearch } from './paragraph-search';
import type { QuoteIndexParts } from './quote-search';

/** Options of {@link openIndex}. */
export interface OpenIndexOptions {
  /** The index being replaced: its analyses are reused for briefings whose content is unchanged. */
  readonly previous?: KnowledgeIndex;
  /** Write what was built to the index folder (default true; false for read-only use). */
  readonly save?: boolean;
  /**
   * A paragraph search built elsewhere (a worker thread) as bytes of {@link ParagraphSearch.serialize};
   * used when it was built from exactly these paragraphs.
   */
  readonly searchBytes?: Uint8Array;
  /** The content hash of the paragraphs `searchBytes` was built from (spares hashing them again). */
  readonly searchHash?: string;
  /** The quote matcher's parts made elsewhere (a worker thread) for these statements. */
  readonly quoteParts?: QuoteIndexParts;
  /** Analyses made elsewhere (a worker thread), by slug; used when their hash matches. */
  readonly records?: ReadonlyMap<string, AnalysisRecord>;
}

/** What {@link openIndex} did, for a log line and the benchmark. */
export interface OpenIndexReport {
  readonly briefings: number;
  /** Briefings analysed now (new or changed). */
  readonly analysed: number;
  /** Analyses taken over from the previous index. */
  readonly reused: number;
  /** Analyses restored from the persisted (or handed over) records. */
  readonly restored: number;
  /** Where the paragraph search came from. */
  readonly search: 'loaded' | 'built' | 'handed over';
  /** Files written to the index folder. */
  readonly saved: readonly string[];
  /** Why a file was not used or not saved. */
  readonly notes: readonly string[];
  /** The notes that need attention: a damaged file, a file that could not be saved. */
  readonly warnings: readonly string[];
  /** Milliseconds spent on the analyses, the paragraph search, the quote matcher (and the rest of the index), and in all. */
  readonly analysisMs: number;
  readonly searchMs: number;
  readonly quotesMs: number;
  readonly totalMs: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * What names the paragraphs of analysed briefings for the search file: the content hashes of the
 * briefings in index order (the paragraphs, sentences and speakers follow from them and the code).
 */
export function searchKey(analysed: readonly AnalysedBriefing[]): string {
  const hash = createHash('sha1');
  for (const a of analysed) hash.update(`${briefingHash(a.briefing)}\n`);
  return hash.digest('hex');
}

/**
 * The index of these briefings (`knowledgeDir` is where the persisted index lives; undefined for
 * none), reusing every analysis and search it can. Never throws because of the index files.
 */
export function openIndex(
  knowledgeDir: string | undefined,
  briefings: readonly Briefing[],
  options: OpenIndexOptions = {},
): { index: KnowledgeIndex; report: OpenIndexReport } {
  const started = now();
  const save = options.save !== false && knowledgeDir !== undefined;
  const notes: string[] = [];
  const warnings: string[] = [];
  const note = (text: string, warning = false): void => {
    notes.push(text);
    if (warning) warnings.push(text);
  };
  const saved: string[] = [];
  const ordered = indexOrder(briefings);

  // analyses: the previous index's, then handed-over or persisted records, then analysed now
  const previous = new Map<string, AnalysedBriefing>();
  for (const a of options.previous?.briefings ?? []) previous.set(briefingHash(a.briefing), a);
  let onFile: ReadonlyMap<string, AnalysisRecord> | undefined;
  const fileRecords = (): ReadonlyMap<string, AnalysisRecord> => {
    if (onFile) return onFile;
    if (knowledgeDir === undefined) return (onFile = new Map());
    const read = readAnalysisFile(knowledgeDir);
    if (read.note) note(read.note, read.damaged);
    return (onFile = read.records);
  };
  const recordOf = (slug: string, hash: string): AnalysisRecord | undefined => {
    const handed = options.records?.get(slug);
    if (handed?.hash === hash) return handed;
    const stored = fileRecords().get(slug);
    return stored?.hash === hash ? stored : undefined;
  };
  let analysed = 0;
  let reused = 0;
  let restored = 0;
  const analysisStart = now();
  const list = ordered.map((briefing) => {
    const hash = briefingHash(briefing);
    const kept = previous.get(hash);
    if (kept) {
      reused++;
      return kept;
    }
    const record = recordOf(briefing.slug, hash);
    if (record) {
      try {
        const decoded = decodeAnalysis(briefing, record);
        restored++;
        return decoded;
      } catch (error) {
        note(`the stored analysis of ${briefing.slug} is damaged (${(error as Error).message})`, true);
      }
    }
    analysed++;
    return analyseBriefing(briefing);
  });
  const analysisMs = now() - analysisStart;

  if (save) {
    const file = fileRecords();
    const inStep = (a: AnalysedBriefing): boolean =>
      file.get(a.briefing.slug)?.hash === briefingHash(a.briefing);
    if (file.size !== list.length || !list.every(inStep)) {
      const records = list.map((a): [string, AnalysisRecord] => [
        a.briefing.slug,
        recordOf(a.briefing.slug, briefingHash(a.briefing)) ?? encodeAnalysis(a),
      ]);
      const failed = writeAnalysisFile(knowledgeDir, records);
      if (failed) note(failed, true);
      else saved.push('analysis');
    }
  }
  onFile = undefined;

  // the paragraph search: handed over, loaded, or built (and saved)
  const searchStart = now();
  const docs = list.flatMap(paragraphDocs);
  const key = searchKey(list);
  let search: ParagraphSearch | undefined;
  let source: OpenIndexReport['search'] = 'built';
  if (options.searchBytes) {
    search = ParagraphSearch.deserialize(options.searchBytes, docs, options.searchHash);
    if (search) source = 'handed over';
    else note('the handed-over search was built from other paragraphs', true);
  }
  if (!search && knowledgeDir !== undefined) {
    const read = readSearchFile(knowledgeDir, docs, key);
    if (read.search) {
      search = read.search;
      source = 'loaded';
    } else note(read.note, read.damaged);
  }
  if (!search) search = new ParagraphSearch(docs);
  if (save && source !== 'loaded') {
    const bytes = searchFileBytes(search, key, source === 'handed over' ? options.searchBytes : undefined);
    const failed = writeIndexFile(knowledgeDir, indexFilePath(knowledgeDir), bytes);
    if (failed) note(failed, true);
    else saved.push('search');
  }
  const searchMs = now() - searchStart;

  // the quote matcher: from its parts (handed over or loaded), else built (and its parts saved)
  const quotesStart = now();
  let quoteParts = options.quoteParts;
  if (!quoteParts && knowledgeDir !== undefined) {
    const read = readQuotesFile(knowledgeDir, key);
    if (read.parts) quoteParts = read.parts;
    else note(read.note, read.damaged);
  }
  const index = KnowledgeIndex.fromAnalysed(list, search, quoteParts);
  if (save && (!quoteParts || quoteParts === options.quoteParts)) {
    const failed = writeIndexFile(
      knowledgeDir,
      quotesFilePath(knowledgeDir),
      quotesFileBytes(quoteParts ?? index.quotes.parts(), key),
    );
    if (failed) note(failed, true);
    else saved.push('quotes');
  }
  const quotesMs = now() - quotesStart;
  return {
    index,
    report: {
      briefings: list.length,
      analysed,
      reused,
      restored,
      search: source,
      saved,
      notes,
      warnings,
      analysisMs,
      searchMs,
      quotesMs,
      totalMs: now() - started,
    },
  };
}

/**
 * Writes an index built elsewhere (e.g. by {@link KnowledgeIndex.build}) to the knowledge folder's
 * index files, so that the next {@link openIndex} of the same briefings loads it. Returns the files
 * it could not write, with the reason.
 */
export function saveIndex(knowledgeDir: string, index: KnowledgeIndex): string[] {
  const key = searchKey(index.briefings);
  const failures = [
    writeAnalysisFile(
      knowledgeDir,
      index.briefings.map((a): [string, AnalysisRecord] => [a.briefing.slug, encodeAnalysis(a)]),
    ),
    writeIndexFile(knowledgeDir, indexFilePath(knowledgeDir), searchFileBytes(index.paragraphs, key)),
    writeIndexFile(knowledgeDir, quotesFilePath(knowledgeDir), quotesFileBytes(index.quotes.parts(), key)),
  ];
  return failures.filter((f): f is string => f !== undefined);
}
