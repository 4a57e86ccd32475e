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

/** Levenshtein distance, for short strings such as command names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

