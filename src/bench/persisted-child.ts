/**
 * `node persisted-child.js <knowledge folder> [--no-background]`: one measured start from a
 * persisted index, in a fresh process (see persisted-load.ts); prints the figures as JSON.
 */
import { measureLoad } from './persisted-load';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: persisted-child <knowledge folder>\n');
  process.exit(2);
}
void measureLoad(dir, !process.argv.includes('--no-background')).then((figures) =>
  process.stdout.write(`${JSON.stringify(figures)}\n`),
);
