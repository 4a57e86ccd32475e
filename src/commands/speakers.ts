import type { CommandSpec } from './types';

/** /speakers (placeholder while the command lands). */
export const speakersCommand: CommandSpec = Object.freeze({
  name: 'speakers',
  description: 'speakers',
  group: 'search',
  options: [],
  run: () => ({ command: 'speakers', title: 'speakers', results: [] }),
});
