/**
 * What a background reload hands from the worker thread to the main thread, and how each side
 * makes its half: the worker reads, analyses and builds ({@link buildReloadHandover}); the main
 * thread puts the new index together from its current one and the handover
 * ({@link indexFromHandover}), which takes a fraction of a full build.
 */
import type { AnalysedBriefing } from '../analysis/types';
import { briefingHash, encodeAnalysis, type AnalysisRecord } from '../search/analysis-file';
import type { KnowledgeIndex } from '../search/knowledge-index';
import { openIndex, type OpenIndexReport } from '../search/open-index';
import type { QuoteIndexParts } from '../search/quote-search';
import { loadKnowledge } from './load';
import type { Briefing, KnowledgeProblem } from './types';

/** What the main thread asks of the worker. */
export interface ReloadRequest {
  readonly dir: string;
  /** Slug and content hash of every briefing of the current index (these are not sent back). */
  readonly known: readonly (readonly [string, string])[];
  /** Save the index files (default true). */
  readonly save?: boolean;
}

/** What the worker hands back. */
export interface ReloadHandover {
  readonly problems: readonly KnowledgeProblem[];
  /** Slug and content hash of every briefing now in the folder. */
  readonly order: readonly (readonly [string, string])[];
  /** The briefings the main thread does not have (new or changed), with their analyses. */
  readonly fresh: readonly Briefing[];
  readonly records: readonly (readonly [string, AnalysisRecord])[];
  /** The paragraph search, serialized, and the content hash of its paragraphs. */
  readonly searchBytes: Uint8Array;
  readonly searchHash: string;
  readonly quoteParts: QuoteIndexParts;
  /** What the worker's open did (notes about the index files included). */
  readonly report: OpenIndexReport;
  /** The buffers to transfer instead of copying. */
  readonly transfer: ArrayBuffer[];
}

/** A typed array on a buffer of its own (so the buffer can be transferred). */
function ownBuffer<T extends Uint8Array | Uint32Array>(array: T, copy: (a: T) => T): T {
  return array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : copy(array);
}

/** The worker's half: reads the folder and builds everything the main thread lacks. */
export function buildReloadHandover(request: ReloadRequest): ReloadHandover {
  const { briefings, problems } = loadKnowledge(request.dir);
  const { index, report } = openIndex(request.dir, briefings, { save: request.save !== false });
  const known = new Set(request.known.map(([slug, hash]) => `${slug}\u0000${hash}`));
  const fresh = index.briefings.filter((a) => !known.has(`${a.briefing.slug}\u0000${briefingHash(a.briefing)}`));
  const searchBytes = ownBuffer(new Uint8Array(index.paragraphs.serialize()), (a) => a.slice());
  const parts = index.quotes.parts();
  const quoteParts: QuoteIndexParts = {
    ...parts,
    wordTerms: ownBuffer(parts.wordTerms, (a) => a.slice()),
    postingStart: ownBuffer(parts.postingStart, (a) => a.slice()),
    postingIds: ownBuffer(parts.postingIds, (a) => a.slice()),
  };
  return {
    problems,
    order: index.briefings.map((a) => [a.briefing.slug, briefingHash(a.briefing)] as const),
    fresh: fresh.map((a) => a.briefing),
    records: fresh.map((a) => [a.briefing.slug, encodeAnalysis(a)] as const),
    searchBytes,
    searchHash: index.paragraphs.hash,
    quoteParts,
    report,
    transfer: [searchBytes, quoteParts.wordTerms, quoteParts.postingStart, quoteParts.postingIds].map(
      (a) => a.buffer as ArrayBuffer,
    ),
  };
}

/**
 * The main thread's half: the index of the folder as the worker saw it, taking every unchanged
 * briefing's analysis from `current` and the rest from the handover. Nothing is written.
 */
export function indexFromHandover(
  dir: string,
  current: KnowledgeIndex,
  handover: ReloadHandover,
): { index: KnowledgeIndex; report: OpenIndexReport } {
  const byHash = new Map<string, AnalysedBriefing>();
  for (const a of current.briefings) byHash.set(`${a.briefing.slug}\u0000${briefingHash(a.briefing)}`, a);
  const fresh = new Map(handover.fresh.map((b) => [b.slug, b]));
  const briefings = handover.order.map(([slug, hash]) => {
    const briefing = byHash.get(`${slug}\u0000${hash}`)?.briefing ?? fresh.get(slug);
    if (!briefing) throw new Error(`the reload lost the briefing ${slug}`);
    return briefing;
  });
  return openIndex(dir, briefings, {
    previous: current,
    records: new Map(handover.records),
    searchBytes: handover.searchBytes,
    searchHash: handover.searchHash,
    quoteParts: handover.quoteParts,
    save: false,
  });
}
