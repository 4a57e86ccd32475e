/**
 * The peers of the benchmark: what one builds from a general full-text library over the same
 * paragraphs. Tuned fuse.js over whole paragraphs (`ignoreLocation: true, threshold: 0.4`),
 * MiniSearch (BM25, prefix and fuzzy 0.2) and FlexSearch (default index, with suggestions so that
 * questions whose words are not all found still return something). The two search libraries are
 * development dependencies: when they are not installed the peer is skipped.
 */
import Fuse from 'fuse.js';

/** A peer engine built over paragraph texts; `search` returns paragraph positions, best first. */
export interface PeerEngine {
  readonly name: string;
  search(query: string, limit: number): number[];
}

/** A peer that could be built, or why not. */
export type PeerBuild = { engine: PeerEngine; buildMs: number } | { skipped: string };

/** Options of the peers as the benchmark issue fixes them. */
export const PEER_OPTIONS = Object.freeze({
  fuse: Object.freeze({ ignoreLocation: true, threshold: 0.4 }),
  minisearch: Object.freeze({ prefix: true, fuzzy: 0.2 }),
});

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Tuned fuse.js over whole paragraphs. */
export function buildFusePeer(texts: readonly string[]): PeerBuild {
  const start = now();
  const fuse = new Fuse(texts as string[], { ...PEER_OPTIONS.fuse });
  return {
    buildMs: now() - start,
    engine: { name: 'fuse-tuned', search: (q, limit) => fuse.search(q, { limit }).map((r) => r.refIndex) },
  };
}

interface MiniSearchInstance {
  addAll(documents: readonly { id: number; text: string }[]): void;
  search(query: string, options?: object): { id: number }[];
}
type MiniSearchConstructor = new (options: object) => MiniSearchInstance;

/** MiniSearch with BM25, prefix and fuzzy matching. */
export function buildMiniSearchPeer(texts: readonly string[]): PeerBuild {
  let MiniSearch: MiniSearchConstructor;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    MiniSearch = require('minisearch') as MiniSearchConstructor;
  } catch {
    return { skipped: 'minisearch is not installed (a development dependency)' };
  }
  const start = now();
  const mini = new MiniSearch({ fields: ['text'], searchOptions: { ...PEER_OPTIONS.minisearch } });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  return {
    buildMs: now() - start,
    engine: {
      name: 'minisearch',
      search: (q, limit) =>
        mini
          .search(q)
          .slice(0, limit)
          .map((r) => r.id),
    },
  };
}

interface FlexIndexInstance {
  add(id: number, text: string): void;
  search(query: string, options: { limit: number; suggest: boolean }): number[];
}
type FlexIndexConstructor = new (options?: object) => FlexIndexInstance;

/** FlexSearch's default index. */
export function buildFlexSearchPeer(texts: readonly string[]): PeerBuild {
  let Index: FlexIndexConstructor;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Index = (require('flexsearch') as { Index: FlexIndexConstructor }).Index;
  } catch {
    return { skipped: 'flexsearch is not installed (a development dependency)' };
  }
  const start = now();
  const index = new Index();
  texts.forEach((text, id) => index.add(id, text));
  return {
    buildMs: now() - start,
    engine: { name: 'flexsearch', search: (q, limit) => index.search(q, { limit, suggest: true }) },
  };
}
