/**
 * A fingerprint of the code that produced a persisted index: the analysis and the search modules
 * as they are on disk. A persisted index is only valid for the code that wrote it — when a rule of
 * the analysis or a word of the search lexicon changes, the next start analyses and indexes again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders (next to this one) whose modules shape what is persisted. */
export const FINGERPRINT_FOLDERS = Object.freeze(['analysis', 'search', 'knowledge']);

let memo: string | undefined;

/**
 * The fingerprint of the analysis, search and knowledge modules this process runs (hashed once
 * per process). Unreadable folders count as empty: the fingerprint then changes, never fails.
 */
export function codeFingerprint(): string {
  if (memo !== undefined) return memo;
  const hash = createHash('sha256');
  for (const folder of FINGERPRINT_FOLDERS) {
    const dir = join(__dirname, '..', folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts'))
        .sort();
    } catch {
      names = [];
    }
    for (const name of names) {
      hash.update(`${folder}/${name}\u0000`);
      try {
        hash.update(readFileSync(join(dir, name)));
      } catch {
        hash.update('unreadable');
      }
      hash.update('\u0001');
    }
  }
  memo = hash.digest('hex').slice(0, 32);
  return memo;
}
