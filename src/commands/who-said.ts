import type { CommandSpec } from './types';

/** /who-said (placeholder while the command lands). */
export const whoSaidCommand: CommandSpec = Object.freeze({
  name: 'who-said',
  description: 'who-said',
  group: 'search',
  options: [{ name: 'quote', description: 'placeholder', type: 'string' as const, required: true }],
  run: () => ({ command: 'who-said', title: 'who-said', results: [] }),
});
