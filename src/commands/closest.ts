import { editDistance } from '../search/edit-distance';
import type { CommandSpec } from './types';

/**
 * Longest part of a typed name that is compared: command names have at most 32 characters, so
 * anything longer is far from all of them anyway, and a pasted page costs no time.
 */
const LONGEST_COMPARED_NAME = 64;

/** The command names closest to a mistyped one, for "did you mean". */
export function closestCommands(commands: readonly CommandSpec[], name: string): string[] {
  const wanted = name.slice(0, LONGEST_COMPARED_NAME).toLowerCase();
  return commands
    .map((c) => ({ name: c.name, distance: editDistance(wanted, c.name) }))
    .filter((c) => c.distance <= Math.max(2, Math.floor(c.name.length / 3)) || c.name.startsWith(wanted))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map((c) => `/${c.name}`);
}
