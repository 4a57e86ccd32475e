import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The state file, kept next to the briefings (hidden files are not read as briefings). */
export const ANNOUNCED_FILE = '.announced.json';

/**
 * Remembers which briefings were announced, in a small JSON file in the knowledge folder, so that a
 * briefing is announced once, also across restarts. Writes are atomic (write, then rename).
 */
export class AnnouncedLog {
  private readonly path: string;
  private readonly slugs: Set<string>;

  constructor(dir: string) {
    this.path = join(dir, ANNOUNCED_FILE);
    this.slugs = new Set(readSlugs(this.path));
  }

  has(slug: string): boolean {
    return this.slugs.has(slug);
  }

  /** Records an announcement; returns false when the briefing was already announced. */
  add(slug: string): boolean {
    if (this.slugs.has(slug)) return false;
    this.slugs.add(slug);
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ announced: [...this.slugs].sort() }, null, 2)}\n`);
    renameSync(temp, this.path);
    return true;
  }
}

function readSlugs(path: string): string[] {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { announced?: unknown };
    return Array.isArray(data.announced) ? data.announced.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return []; // no file yet, or unreadable: start afresh
  }
}
