/**
 * The load run (`npm run load:http`), kept short here: signed requests against a real
 * `serve-http` process, every one answered with 2xx. Prints the figures it measured.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../e2e/bot-process';

interface Figures {
  requestsPerSecond: number;
  requests: number;
  latencyMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

describe('npm run load:http', () => {
  it('answers every signed request of a one-second run and reports requests/s and p99', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [
          join(ROOT, 'scripts', 'load-http.mjs'),
          '--duration',
          '1',
          '--warmup',
          '0',
          '--connections',
          '4',
          '--json',
        ],
        { cwd: ROOT, timeout: 30_000 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      );
    });
    const figures = JSON.parse(stdout) as Figures;
    console.log(
      `HTTP endpoint (1 s, 4 connections): ${figures.requestsPerSecond} requests/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms`,
    );
    expect(figures.requests).toBeGreaterThan(0);
    expect({ non2xx: figures.non2xx, errors: figures.errors, timeouts: figures.timeouts }).toEqual({
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
  });
});
