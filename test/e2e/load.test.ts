/**
 * Load, end to end: the bot as a child process, interactions dispatched through the fake
 * Discord at a fixed rate, each from a different reader; every answer counted and checked
 * against the same pipeline run here.
 *
 * `npm test` runs a short version (200 per second for 2 seconds, after 2 seconds of warm-up): all
 * answered and correct, within Discord's 3-second deadline, memory flat. `npm run load` runs the
 * full one (LOAD_FULL=1: 1,000 per second for 10 seconds, after 10 seconds of warm-up) and also
 * holds p99 dispatch→callback to 50 ms. LOAD_RATE and LOAD_SECONDS override the rate and the duration; LOAD_CPU_PROFILE_DIR
 * writes a CPU profile of the bot there.
 */
import { join } from 'node:path';
import { INTERACTION_RESPONSE_DEADLINE_MS } from '../../src/render/limits';
import { BotProcess, ROOT } from './bot-process';
import { FakeDiscord } from './fake-discord';
import { describeLoad, runLoad, type LoadOptions } from './load';

const FULL = process.env.LOAD_FULL === '1';
const OPTIONS: LoadOptions = {
  rate: Number(process.env.LOAD_RATE ?? (FULL ? 1_000 : 200)),
  seconds: Number(process.env.LOAD_SECONDS ?? (FULL ? 10 : 2)),
  knowledgeDir: join(ROOT, 'knowledge'),
  // The short run warms up for 2 seconds; the full one for LOAD_DEFAULTS.warmupSeconds.
  ...(FULL ? {} : { warmupSeconds: 2 }),
};
/** The full run's latency target; the short run (beside other test files) holds Discord's deadline. */
const P99_MAX_MS = FULL ? 50 : INTERACTION_RESPONSE_DEADLINE_MS;
const PROFILE_DIR = process.env.LOAD_CPU_PROFILE_DIR;

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  // Schemas are checked in a worker thread, so the checks do not delay dispatches or arrivals.
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 45_000, schemaWorker: true });
  bot = BotProcess.start(
    { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: OPTIONS.knowledgeDir },
    'start',
    [],
    // --trace-gc: the live heap after each full collection is part of the figures.
    ['--trace-gc', ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [])],
  );
  await bot.waitForLog((line) => line.msg === 'ready');
  await fake.waitForGateway();
}, 40_000);

afterAll(async () => {
  await bot?.stop().catch(() => undefined);
  await fake?.stop();
});

describe(`load: ${OPTIONS.rate} interactions per second for ${OPTIONS.seconds} s, each from another reader`, () => {
  it(`answers every one correctly, p99 dispatch→callback within ${P99_MAX_MS} ms, resident memory growing at most 10%`, async () => {
    const figures = await runLoad(fake, bot, OPTIONS);
    console.log(describeLoad(figures, OPTIONS));
    expect(fake.problems).toEqual([]);
    expect(fake.mentionProblems).toEqual([]);
    expect(figures.answered).toBe(figures.sent);
    expect(figures.correct).toBe(figures.sent);
    expect(figures.latency.p99).toBeLessThanOrEqual(P99_MAX_MS);
    expect(figures.latency.max).toBeLessThan(INTERACTION_RESPONSE_DEADLINE_MS);
    expect(figures.rssGrowth).toBeLessThanOrEqual(0.1);
    // No leak: the heap left after the last full collection is within 10% of the first one's.
    const [first, ...rest] = figures.liveHeapMb;
    if (first !== undefined && rest.length > 0) expect(rest.at(-1)!).toBeLessThanOrEqual(first * 1.1);
  }, 120_000);
});
