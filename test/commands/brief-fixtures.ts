import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegistry, commandContext, runCommand, type Registry } from '../../src/commands/registry';
import type { CommandArgs, CommandContext } from '../../src/commands/types';
import { loadKnowledge } from '../../src/knowledge/load';
import { KnowledgeIndex } from '../../src/search/knowledge-index';
import { tempKnowledge } from '../helpers/temp-knowledge';

const read = (path: string) => readFileSync(join(__dirname, '../..', path), 'utf8');

/** The knowledge files of the brief tests: the seed and the two fixture briefings. */
export const BRIEFING_FILES = Object.freeze({
  seed: ['gaza-stabilization-force.md', read('knowledge/gaza-stabilization-force.md')] as const,
  bridge: ['harbor-bridge-closure.md', read('test/fixtures/briefings/harbor-bridge-closure.md')] as const,
  water: ['river-valley-water.md', read('test/fixtures/briefings/river-valley-water.md')] as const,
});

/** A registry over a temporary knowledge folder holding the given files, as the bot builds it. */
export function botWith(files: readonly (readonly [string, string])[]): {
  index: KnowledgeIndex;
  registry: Registry;
  ctx: CommandContext;
  run: (name: string, args?: CommandArgs) => ReturnType<typeof runCommand>;
} {
  const folder = tempKnowledge(Object.fromEntries(files));
  try {
    const { briefings, problems } = loadKnowledge(folder.dir);
    if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
    const index = KnowledgeIndex.build(briefings);
    const registry = buildRegistry(index);
    const ctx = commandContext(index, registry);
    return { index, registry, ctx, run: (name, args = {}) => runCommand(registry, name, args, ctx) };
  } finally {
    folder.cleanup();
  }
}

/** The three briefings: seed (2025-12-10), bridge (2026-03-04), water (2025-08-15). */
export const threeBriefings = () =>
  botWith([BRIEFING_FILES.seed, BRIEFING_FILES.bridge, BRIEFING_FILES.water]);
