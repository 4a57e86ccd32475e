/**
 * The paragraph search index persisted next to the knowledge: `<knowledge>/.index/paragraphs.bin`
 * holds the built index with the content hash of the paragraphs it was built from. On restart the
 * file is loaded when the hash still matches, and rebuilt (and saved again) when it does not. The
 * knowledge loader skips dot folders, so the file is never taken for a briefing.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, ParagraphSearch } from './paragraph-search';
import type { ParagraphDoc } from './types';

/** Where the index file goes, in one frozen object. */
export const INDEX_FILE_DEFAULTS = Object.freeze({
  folder: '.index',
  file: 'paragraphs.bin',
});

/** How the search index was obtained. */
export interface LoadedSearch {
  readonly search: ParagraphSearch;
  /** `loaded` from the file, or `built` (then saved when `save` allowed it). */
  readonly source: 'loaded' | 'built';
  /** Why the file was not used or not saved, when it was not (for a debug log line). */
  readonly note?: string;
}

/** The path of the index file for a knowledge folder. */
export const indexFilePath = (knowledgeDir: string): string =>
  join(knowledgeDir, INDEX_FILE_DEFAULTS.folder, INDEX_FILE_DEFAULTS.file);

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
  const path = indexFilePath(knowledgeDir);
  const hash = contentHash(docs);
  let note: string | undefined;
  try {
    const restored = ParagraphSearch.deserialize(readFileSync(path), docs, hash);
    if (restored) return { search: restored, source: 'loaded' };
    note = 'the index file is stale (other paragraphs) or damaged';
  } catch (error) {
    note = `no index file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  const search = new ParagraphSearch(docs);
  if (options.save !== false) {
    try {
      mkdirSync(join(knowledgeDir, INDEX_FILE_DEFAULTS.folder), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, search.serialize());
      renameSync(temporary, path);
    } catch (error) {
      note = `${note ?? ''}; could not save the index: ${(error as Error).message}`;
    }
  }
  return { search, source: 'built', note };
}
