import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BRIEFING_EXTENSIONS, KnowledgeError, parseBriefing } from './parse';
import type { Briefing, KnowledgeLoad, KnowledgeProblem } from './types';

/** Limits on what the loader reads. */
export const LOADER_DEFAULTS = Object.freeze({
  /** Larger files are rejected unread: a briefing is an article, not a data dump. */
  maxFileBytes: 2 * 1024 * 1024,
});

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one file as a briefing, checking size, binary content and encoding first. */
function readBriefing(dir: string, name: string): Briefing {
  const path = join(dir, name);
  const link = lstatSync(path);
  if (link.isSymbolicLink()) {
    const target = realpathSync(path);
    const root = realpathSync(dir);
    if (target !== root && !target.startsWith(root + sep)) {
      throw new KnowledgeError(name, 'is a link to a file outside the knowledge folder; copy the file in instead');
    }
  }
  const stat = statSync(path);
  if (stat.size > LOADER_DEFAULTS.maxFileBytes) {
    const mb = (stat.size / 1024 / 1024).toFixed(1);
    throw new KnowledgeError(name, `is ${mb} MB; briefings are limited to ${LOADER_DEFAULTS.maxFileBytes / 1024 / 1024} MB`);
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new KnowledgeError(name, 'is a binary file, not text: save briefings as UTF-8 .md or .txt');
  let content: string;
  try {
    content = utf8.decode(bytes);
  } catch {
    throw new KnowledgeError(name, 'is not valid UTF-8 text: save it as UTF-8');
  }
  return parseBriefing(name, content);
}

/** Orders briefings newest first (by `published`, then title), the order answers use. */
export function newestFirst(a: Briefing, b: Briefing): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.slug.localeCompare(b.slug);
}

/**
 * Loads every briefing of a knowledge folder. A bad file becomes a problem naming the file, the
 * line and what is wrong; the other files still load.
 * @throws Error when the folder itself cannot be read.
 */
export function loadKnowledge(dir: string): KnowledgeLoad {
  const root = resolve(dir);
  const names = readdirSync(root)
    .filter((name) => !name.startsWith('.') && BRIEFING_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
    .sort();
  const briefings: Briefing[] = [];
  const problems: KnowledgeProblem[] = [];
  const bySlug = new Map<string, string>();
  for (const name of names) {
    try {
      if (!statSync(join(root, name)).isFile()) continue;
      const briefing = readBriefing(root, name);
      const other = bySlug.get(briefing.slug);
      if (other) {
        problems.push({ file: name, message: `has the same name as ${other}: briefing names (slugs) must be unique; rename one of them` });
        continue;
      }
      bySlug.set(briefing.slug, name);
      briefings.push(briefing);
    } catch (error) {
      if (error instanceof KnowledgeError) problems.push({ file: error.file, line: error.line, message: error.reason });
      else problems.push({ file: relative(root, join(root, name)), message: `cannot be read: ${(error as Error).message}` });
    }
  }
  briefings.sort(newestFirst);
  return { briefings, problems };
}
