/**
 * The bot as a child process (`node dist/cli.js start`), pointed at the fake Discord. Collects its
 * JSON log lines from stderr so tests can wait for and assert on them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (this file lives in test/e2e). */
export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** One pino log line. */
export type LogLine = Record<string, unknown> & { level?: number; msg?: string };

/** A running bot process. */
export class BotProcess {
  readonly logs: LogLine[] = [];
  readonly stdout: string[] = [];
  /** stderr lines that were not JSON (should stay empty). */
  readonly rawStderr: string[] = [];
  private exit?: Promise<number | null>;
  private constructor(readonly child: ChildProcess) {}

  /** Starts the bot with this environment on top of a clean one; `args` follow the verb. */
  static start(
    env: Readonly<Record<string, string>>,
    verb = 'start',
    args: readonly string[] = [],
    nodeArgs: readonly string[] = [],
  ): BotProcess {
    if (!existsSync(CLI))
      throw new Error('dist/cli.js is missing: run `npx tsc -p tsconfig.json` (npm test builds first)');
    const child = spawn(process.execPath, [...nodeArgs, CLI, verb, ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        COOLDOWN_SECONDS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bot = new BotProcess(child);
    bot.exit = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    let pending = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        try {
          bot.logs.push(JSON.parse(line) as LogLine);
        } catch {
          bot.rawStderr.push(line);
        }
      }
    });
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => bot.stdout.push(chunk));
    return bot;
  }

  /** Resolves with the first log line that matches, waiting up to `timeoutMs`. */
  async waitForLog(match: (line: LogLine) => boolean, timeoutMs = 20_000, from = 0): Promise<LogLine> {
    const started = Date.now();
    for (;;) {
      const found = this.logs.slice(from).find(match);
      if (found) return found;
      if (this.child.exitCode !== null)
        throw new Error(`the bot exited (${this.child.exitCode}): ${this.describe()}`);
      if (Date.now() - started > timeoutMs)
        throw new Error(`no such log line within ${timeoutMs} ms: ${this.describe()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  describe(): string {
    return [...this.logs.slice(-8).map((l) => JSON.stringify(l)), ...this.rawStderr.slice(-8)].join('\n');
  }

  /** Resolves with the exit code once the process ends by itself. */
  exited(): Promise<number | null> {
    return this.exit!;
  }

  /** Sends a signal and resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill(signal);
    let handle: NodeJS.Timeout | undefined;
    const timer = new Promise<'timeout'>((r) => {
      handle = setTimeout(() => r('timeout'), timeoutMs);
    });
    const result = await Promise.race([this.exit!, timer]);
    clearTimeout(handle);
    if (result === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error('the bot did not exit after ' + signal);
    }
    return result;
  }
}
