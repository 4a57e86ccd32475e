import { existsSync, statSync } from 'node:fs';
import type { CommandContext, Reloaders } from './commands/types';
import { buildRegistry, commandContext, type Registry } from './commands/registry';
import { UserError, messages } from './errors';
import { loadKnowledge } from './knowledge/load';
import type { KnowledgeProblem } from './knowledge/types';
import type { KnowledgeIndex } from './search/knowledge-index';
import { openIndex } from './search/open-index';

/** Everything a front end needs: the index, the registry built from it, and the handlers' context. */
export interface Knowledge {
  readonly dir: string;
  readonly index: KnowledgeIndex;
  readonly registry: Registry;
  readonly context: CommandContext;
  /** Files that were rejected, with the reason. */
  readonly problems: readonly KnowledgeProblem[];
}

/** Builds the registry and context for an index; `reloaders` let `/reload` reload the folder. */
export function knowledgeFromIndex(
  dir: string,
  index: KnowledgeIndex,
  problems: readonly KnowledgeProblem[] = [],
  reloaders?: Reloaders,
): Knowledge {
  const registry = buildRegistry(index);
  return Object.freeze({
    dir,
    index,
    registry,
    context: commandContext(index, registry, reloaders),
    problems,
  });
}

/**
 * Loads, analyses and indexes the knowledge folder.
 * @throws UserError when the folder is missing or unreadable.
 */
export function loadKnowledgeDir(dir: string): Knowledge {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(messages.unreadableKnowledge(dir, 'no such folder'));
  }
  let load;
  try {
    load = loadKnowledge(dir);
  } catch (error) {
    throw new UserError(messages.unreadableKnowledge(dir, (error as Error).message));
  }
  // the persisted index next to the knowledge is used where it matches, and refreshed where it does not
  return knowledgeFromIndex(dir, openIndex(dir, load.briefings).index, load.problems);
}

/** `file:line: message` for a knowledge problem. */
export const problemText = (p: KnowledgeProblem): string =>
  `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
