import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built CLI (`npm test` builds before jest runs). */
export const CLI = join(__dirname, '../../dist/cli.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a child process, with no Discord token and no .env of the developer's. */
export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): CliRun {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    env,
    cwd: options.cwd ?? join(__dirname, '../..'),
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
