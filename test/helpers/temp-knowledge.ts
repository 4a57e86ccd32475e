import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary knowledge folder holding the given files; `cleanup()` removes it. */
export function tempKnowledge(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bot-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A minimal valid Markdown briefing. */
export const briefingFile = (front: string, body = 'A first paragraph.\n\nA second paragraph.'): string =>
  `---\n${front}\n---\n\n${body}\n`;
