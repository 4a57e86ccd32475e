import type { CommandSpec } from './types';

/** /quotes (placeholder while the command lands). */
export const quotesCommand: CommandSpec = Object.freeze({
  name: 'quotes',
  description: 'quotes',
  group: 'search',
  options: [{ name: 'speaker', description: 'placeholder', type: 'string' as const, required: true }],
  run: () => ({ command: 'quotes', title: 'quotes', results: [] }),
});
