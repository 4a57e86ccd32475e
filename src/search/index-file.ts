/**
 * The index persisted next to the knowledge, in `<knowledge>/.index/`:
 * - `paragraphs.bin`: the built paragraph search, with the content hash of the paragraphs it was
 *   built from and the fingerprint of the code that built it;
 * - `analysis.json`: the analysis of each briefing with the briefing's content hash (see
 *   analysis-file.ts).
 * On restart what still matches is loaded, the rest is built again (and saved). The knowledge
 * loader skips dot folders, so these files are never taken for briefings. Nothing here ever fails
 * because of a file: an unreadable, damaged or stale file only means a build, and a folder that
 * cannot be written only means nothing is saved.
 */
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_FILE_DEFAULTS, type AnalysisFile, type AnalysisRecord } from './analysis-file';
import { codeFingerprint } from './code-fingerprint';
import { contentHash, ParagraphSearch } from './paragraph-search';
import type { QuoteIndexParts } from './quote-search';
import type { ParagraphDoc } from './types';

/** Where the index files go, in one frozen object. */
export const INDEX_FILE_DEFAULTS = Object.freeze({
  folder: '.index',
  file: 'paragraphs.bin',
  /** First bytes of the paragraph search file, before the code fingerprint. */
  magic: 'BBIX',
  /** The quote matcher's statement side (see {@link QuoteIndexParts}). */
  quotesFile: 'quotes.bin',
  quotesMagic: 'BBQS',
});

/** How the search index was obtained. */
export interface LoadedSearch {
  readonly search: ParagraphSearch;
  /** `loaded` from the file, or `built` (then saved when `save` allowed it). */
  readonly source: 'loaded' | 'built';
  /** Why the file was not used or not saved, when it was not (for a log line). */
  readonly note?: string;
}

/** The folder of the index files of a knowledge folder. */
export const indexFolder = (knowledgeDir: string): string => join(knowledgeDir, INDEX_FILE_DEFAULTS.folder);

/** The path of the paragraph search file for a knowledge folder. */
export const indexFilePath = (knowledgeDir: string): string =>
  join(indexFolder(knowledgeDir), INDEX_FILE_DEFAULTS.file);

/** The path of the analysis file for a knowledge folder. */
export const analysisFilePath = (knowledgeDir: string): string =>
  join(indexFolder(knowledgeDir), ANALYSIS_FILE_DEFAULTS.file);

const errorText = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);

/**
 * Writes a file of the index folder whole or not at all (a temporary file renamed over it), so a
 * reader never sees half a file. Returns why it could not, or undefined when it did.
 */
export function writeIndexFile(
  knowledgeDir: string,
  path: string,
  bytes: Uint8Array | string,
): string | undefined {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(indexFolder(knowledgeDir), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    return `could not save the index: ${errorText(error)}`;
  }
}

/**
 * The search file's bytes: magic, the key of the paragraphs (see {@link readSearchFile}) with the
 * fingerprint of the code, the search's own content hash, then the serialized search.
 */
export function searchFileBytes(search: ParagraphSearch, key: string, serialized?: Uint8Array): Buffer {
  const body = serialized ?? search.serialize();
  const strings = [`${codeFingerprint()}:${key}`, search.hash].map((text) => Buffer.from(text, 'utf8'));
  const prelude = Buffer.alloc(4 + 4 * strings.length);
  prelude.write(INDEX_FILE_DEFAULTS.magic, 0, 'ascii');
  strings.forEach((bytes, i) => prelude.writeUInt32LE(bytes.length, 4 + 4 * i));
  return Buffer.concat([prelude, ...strings, body]);
}

/** The stored key, content hash and serialized search of a search file; undefined when it is not one. */
function searchFileParts(file: Buffer): { key: string; hash: string; body: Buffer } | undefined {
  if (file.length < 12 || file.toString('ascii', 0, 4) !== INDEX_FILE_DEFAULTS.magic) return undefined;
  const keyLength = file.readUInt32LE(4);
  const hashLength = file.readUInt32LE(8);
  const bodyStart = 12 + keyLength + hashLength;
  if (bodyStart > file.length) return undefined;
  return {
    key: file.toString('utf8', 12, 12 + keyLength),
    hash: file.toString('utf8', 12 + keyLength, bodyStart),
    body: file.subarray(bodyStart),
  };
}

/**
 * What reading an index file gave: its contents, or why not — `damaged` when the file is there but
 * cannot be what it claims (worth a warning), not when it is missing or stale (expected).
 */
export type FileRead<T> =
  | (T & { note?: undefined; damaged?: undefined })
  | ({ [K in keyof T]?: undefined } & { note: string; damaged: boolean });

/**
 * The paragraph search persisted for exactly these paragraphs and this code, or why not. `key`
 * names the paragraphs: their {@link contentHash}, or anything that changes whenever they change
 * (the index uses the content hashes of the briefings, which is cheaper to compute).
 */
export function readSearchFile(
  knowledgeDir: string,
  docs: readonly ParagraphDoc[],
  key: string,
): FileRead<{ search: ParagraphSearch }> {
  let file: Buffer;
  try {
    file = readFileSync(indexFilePath(knowledgeDir));
  } catch (error) {
    return { note: `no index file (${errorText(error)})`, damaged: false };
  }
  const parts = searchFileParts(file);
  if (!parts) return { note: 'the index file is damaged', damaged: true };
  if (parts.key !== `${codeFingerprint()}:${key}`) {
    return { note: 'the index file is stale (other paragraphs or another version)', damaged: false };
  }
  try {
    const search = ParagraphSearch.deserialize(parts.body, docs, parts.hash);
    if (search) return { search };
  } catch {
    // damaged: built anew
  }
  return { note: 'the index file is damaged', damaged: true };
}

/**
 * The paragraph search for these paragraphs: loaded from the knowledge folder's index file when it
 * was built from exactly these paragraphs, else built anew and saved there (unless `save` is
 * false). Never fails because of the file: an unreadable or stale file only means a build.
 */
export function loadOrBuildSearch(
  knowledgeDir: string,
  docs: readonly ParagraphDoc[],
  options: { readonly save?: boolean } = {},
): LoadedSearch {
  const key = contentHash(docs);
  const read = readSearchFile(knowledgeDir, docs, key);
  if (read.search) return { search: read.search, source: 'loaded' };
  let note: string | undefined = read.note;
  const search = new ParagraphSearch(docs);
  if (options.save !== false) {
    const failed = writeIndexFile(knowledgeDir, indexFilePath(knowledgeDir), searchFileBytes(search, key));
    if (failed) note = `${note}; ${failed}`;
  }
  return { search, source: 'built', note };
}

/**
 * The stored analyses of a knowledge folder, by slug, when the file was written by this code; an
 * empty map and why otherwise.
 */
export function readAnalysisFile(knowledgeDir: string): {
  readonly records: ReadonlyMap<string, AnalysisRecord>;
  readonly note?: string;
  /** Whether the file is there but damaged (worth a warning). */
  readonly damaged?: boolean;
} {
  let text: string;
  try {
    text = readFileSync(analysisFilePath(knowledgeDir), 'utf8');
  } catch (error) {
    return { records: new Map(), note: `no analysis file (${errorText(error)})` };
  }
  try {
    const file = JSON.parse(text) as AnalysisFile;
    if (file.format !== ANALYSIS_FILE_DEFAULTS.format || file.code !== codeFingerprint()) {
      return { records: new Map(), note: 'the analysis file was written by another version' };
    }
    if (typeof file.briefings !== 'object' || file.briefings === null) throw new Error('no briefings');
    return { records: new Map(Object.entries(file.briefings)) };
  } catch {
    return { records: new Map(), note: 'the analysis file is damaged', damaged: true };
  }
}

/** Saves the analyses of a knowledge folder; returns why it could not, or undefined. */
export function writeAnalysisFile(
  knowledgeDir: string,
  records: Iterable<readonly [string, AnalysisRecord]>,
): string | undefined {
  const file: AnalysisFile = {
    format: ANALYSIS_FILE_DEFAULTS.format,
    code: codeFingerprint(),
    briefings: Object.fromEntries(records),
  };
  return writeIndexFile(knowledgeDir, analysisFilePath(knowledgeDir), JSON.stringify(file));
}

/** The path of the quote matcher's file for a knowledge folder. */
export const quotesFilePath = (knowledgeDir: string): string =>
  join(indexFolder(knowledgeDir), INDEX_FILE_DEFAULTS.quotesFile);

/**
 * The quote matcher's parts as bytes: magic, header length, a JSON header (code fingerprint and
 * `key`, counts, words, terms), then the three arrays, each 4-byte aligned.
 */
export function quotesFileBytes(parts: QuoteIndexParts, key: string): Buffer {
  const arrays = [parts.wordTerms, parts.postingStart, parts.postingIds];
  const header = Buffer.from(
    JSON.stringify({
      key: `${codeFingerprint()}:${key}`,
      statements: parts.statements,
      words: parts.words,
      terms: parts.terms,
      lengths: arrays.map((a) => a.length),
    }),
    'utf8',
  );
  const prelude = Buffer.alloc(8);
  prelude.write(INDEX_FILE_DEFAULTS.quotesMagic, 0, 'ascii');
  prelude.writeUInt32LE(header.length, 4);
  const pad = Buffer.alloc((4 - ((8 + header.length) % 4)) % 4);
  return Buffer.concat([
    prelude,
    header,
    pad,
    ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
  ]);
}

/** Whether the arrays of quote parts fit their counts (every number points inside its list). */
function fitsQuotes(
  words: number,
  terms: number,
  statements: number,
  wordTerms: Uint32Array,
  postingStart: Uint32Array,
  postingIds: Uint32Array,
): boolean {
  if (wordTerms.length !== words || postingStart.length !== terms + 1 || postingStart[0] !== 0) return false;
  if (postingStart[terms] !== postingIds.length) return false;
  for (let t = 0; t < terms; t++) if (postingStart[t]! > postingStart[t + 1]!) return false;
  for (const t of wordTerms) if (t >= terms) return false;
  for (const id of postingIds) if (id >= statements) return false;
  return true;
}

/** The quote matcher's parts persisted for this `key` and this code, or why not. */
export function readQuotesFile(knowledgeDir: string, key: string): FileRead<{ parts: QuoteIndexParts }> {
  let file: Buffer;
  try {
    file = readFileSync(quotesFilePath(knowledgeDir));
  } catch (error) {
    return { note: `no quotes file (${errorText(error)})`, damaged: false };
  }
  try {
    if (file.length >= 8 && file.toString('ascii', 0, 4) === INDEX_FILE_DEFAULTS.quotesMagic) {
      const headerLength = file.readUInt32LE(4);
      const header = JSON.parse(file.toString('utf8', 8, 8 + headerLength)) as {
        key: string;
        statements: number;
        words: string[];
        terms: string[];
        lengths: number[];
      };
      if (header.key !== `${codeFingerprint()}:${key}`) {
        return { note: 'the quotes file is stale (other statements or another version)', damaged: false };
      }
      {
        let offset = 8 + headerLength;
        offset += (4 - (offset % 4)) % 4;
        const arrays = header.lengths.map((length) => {
          // a fresh, aligned copy: the arrays must not depend on the file buffer
          const copy = new Uint32Array(
            file.buffer.slice(file.byteOffset + offset, file.byteOffset + offset + 4 * length),
          );
          offset += 4 * length;
          return copy;
        });
        const [wordTerms, postingStart, postingIds] = arrays;
        if (
          wordTerms &&
          postingStart &&
          postingIds &&
          offset === file.length &&
          fitsQuotes(
            header.words.length,
            header.terms.length,
            header.statements,
            wordTerms,
            postingStart,
            postingIds,
          )
        ) {
          const { statements, words, terms } = header;
          return { parts: { statements, words, wordTerms, terms, postingStart, postingIds } };
        }
      }
    }
  } catch {
    // damaged: built anew
  }
  return { note: 'the quotes file is damaged', damaged: true };
}
