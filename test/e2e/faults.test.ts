/**
 * Discord's errors and the gateway's moods, end to end: an expired interaction (10062), server
 * errors (500), rate limits (429 with Retry-After) and a gateway RECONNECT (op 7) or drop — after
 * each, the bot answers the next interaction correctly. Then 1,000 interactions back to back.
 */
import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import { runCommand } from '../../src/commands/registry';
import type { CommandArgs } from '../../src/commands/types';
import { renderDiscordPages } from '../../src/render/discord';
import seedQuestions from '../fixtures/seed-questions.json';
import { BotProcess, ROOT } from './bot-process';
import { FakeDiscord, type InteractionAnswer } from './fake-discord';

const KNOWLEDGE = join(ROOT, 'knowledge');
const knowledge = loadKnowledgeDir(KNOWLEDGE);

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 45_000 });
  bot = BotProcess.start(
    { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE },
    'start',
    [],
    // On SIGUSR2 this leaves a promise rejection unhandled inside the bot process.
    ['--require', join(__dirname, 'preload', 'reject-on-signal.js')],
  );
  await bot.waitForLog((line) => line.msg === 'ready');
  await fake.waitForGateway();
}, 40_000);

afterAll(async () => {
  await bot?.stop().catch(() => undefined);
  await fake?.stop();
});

afterEach(() => {
  expect(fake.problems).toEqual([]);
  expect(fake.mentionProblems).toEqual([]);
});

const callbackRoute = (method: string, path: string) =>
  method === 'POST' && path.startsWith('/api/v10/interactions/');
const firstField = (answer: InteractionAnswer) =>
  ((answer.data.embeds as { fields?: { name: string; value: string }[] }[] | undefined)?.[0]?.fields ??
    [])[0];

/** What the bot must answer for a command: the same pipeline run in this process. */
const expectedEmbed = (command: string, args: CommandArgs) =>
  JSON.parse(
    JSON.stringify(
      renderDiscordPages(runCommand(knowledge.registry, command, args, knowledge.context))[0]!.embed,
    ),
  );

/** The check that the bot is healthy: an /isf-status answer citing ¶1. */
async function answersNextInteraction(): Promise<void> {
  const answer = await fake.command('isf-status');
  expect(answer.type).toBe(4);
  expect(firstField(answer)?.value).toContain('¶1 ·');
}

describe('an expired interaction (10062)', () => {
  it('is a warning, not a crash, and the next interaction is answered', async () => {
    fake.inject({ match: callbackRoute, status: 404, body: { code: 10062, message: 'Unknown interaction' } });
    const from = bot.logs.length;
    void fake.command('ask', { question: 'Is the ISF ready?' }).catch(() => undefined);
    const warning = await bot.waitForLog(
      (l) => l.msg === 'interaction expired before the answer was sent',
      10_000,
      from,
    );
    expect(warning).toMatchObject({ level: 40, code: 10062, command: 'ask' });
    await answersNextInteraction();
  });
});

describe('a server error (500)', () => {
  it('is retried, and the answer arrives', async () => {
    fake.inject({
      match: callbackRoute,
      status: 500,
      body: { code: 0, message: '500: Internal Server Error' },
    });
    const answer = await fake.command('isf-status');
    expect(firstField(answer)?.value).toContain('¶1 ·');
    expect(fake.requestsFor(answer.interactionId).map((r) => r.status)).toEqual([500, 204]);
  });

  it('that persists gets an error log with the interaction and command, then a private "something went wrong"', async () => {
    fake.inject({
      match: callbackRoute,
      status: 500,
      body: { code: 0, message: '500: Internal Server Error' },
      times: 4,
    });
    const from = bot.logs.length;
    const answer = await fake.command('summary');
    expect(answer.data.flags).toBe(64);
    expect((answer.data.embeds as { title: string }[])[0]?.title).toBe('Something went wrong');
    const error = await bot.waitForLog((l) => l.msg === 'interaction failed', 5_000, from);
    expect(error).toMatchObject({ level: 50, interaction: answer.interactionId, command: 'summary' });
    expect(JSON.stringify(bot.logs)).not.toContain(fake.token);
    await answersNextInteraction();
  });
});

describe('a rate limit (429 with Retry-After)', () => {
  it('is waited out, and the answer arrives', async () => {
    fake.inject({
      match: callbackRoute,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.5, global: false },
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
    });
    const answer = await fake.command('isf-status');
    expect(firstField(answer)?.value).toContain('¶1 ·');
    expect(fake.requestsFor(answer.interactionId).map((r) => r.status)).toEqual([429, 204]);
    expect(answer.latencyMs).toBeGreaterThanOrEqual(400);
    expect(answer.latencyMs).toBeLessThan(3_000);
  });
});

describe('the gateway', () => {
  it('RECONNECT (op 7): the bot resumes its session and answers the next interaction', async () => {
    const resumes = fake.gatewayOps.filter((op) => op === 6).length;
    const from = bot.logs.length;
    fake.gatewayReconnect();
    await bot.waitForLog((l) => l.msg === 'gateway session resumed', 15_000, from);
    expect(fake.gatewayOps.filter((op) => op === 6).length).toBe(resumes + 1);
    await fake.waitForGateway();
    await answersNextInteraction();
  });

  it('an expired session (RESUME answered with op 9): the bot identifies again and answers the next interaction', async () => {
    const identifies = fake.gatewayOps.filter((op) => op === 2).length;
    const from = bot.logs.length;
    fake.invalidateSessions();
    fake.gatewayDrop(4000);
    await bot.waitForLog((l) => l.msg === 'gateway session started', 20_000, from);
    expect(fake.gatewayOps.filter((op) => op === 2).length).toBe(identifies + 1);
    await fake.waitForGateway();
    await answersNextInteraction();
  }, 30_000);

  it('a dropped connection: the bot resumes and answers the next interaction', async () => {
    const from = bot.logs.length;
    fake.gatewayDrop(4000);
    await bot.waitForLog((l) => l.msg === 'gateway session resumed', 15_000, from);
    await fake.waitForGateway();
    await answersNextInteraction();
  });
});

describe('a REST request that never gets a response (timeout)', () => {
  it('is given up after the REST timeout and logged as a warning; the bot answers the next interaction meanwhile', async () => {
    fake.inject({ match: callbackRoute, status: 'hang' });
    const from = bot.logs.length;
    void fake.command('ask', { question: 'Is the ISF ready?' }).catch(() => undefined);
    // While that request hangs, other interactions are answered at once.
    await answersNextInteraction();
    const warning = await bot.waitForLog(
      (l) => l.msg === 'interaction expired before the answer was sent',
      15_000,
      from,
    );
    expect(warning).toMatchObject({ level: 40, code: 10062, command: 'ask' });
    await answersNextInteraction();
  }, 20_000);
});

describe('an unhandled promise rejection in the bot process', () => {
  it('is logged at error level, and the bot keeps answering', async () => {
    const from = bot.logs.length;
    bot.child.kill('SIGUSR2');
    const logged = await bot.waitForLog((l) => l.msg === 'unhandled rejection', 5_000, from);
    expect(logged).toMatchObject({ level: 50, err: { message: 'a rejection nobody handles (fault test)' } });
    expect(bot.child.exitCode).toBeNull();
    await answersNextInteraction();
  });
});

describe('an interaction that reaches the bot late', () => {
  it('is deferred at once, then the answer is edited in', async () => {
    fake.nextInteractionAgeMs = 2_000;
    const answer = await fake.command('isf-status');
    expect(answer.type).toBe(5);
    expect(firstField(answer)?.value).toContain('¶1 ·');
    expect(fake.requestsFor(answer.interactionId).map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 204',
    ]);
    expect(
      fake.requests.some(
        (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.status === 200,
      ),
    ).toBe(true);
  });
});

describe('1,000 interactions back to back', () => {
  it('are all answered, each with the right answer', async () => {
    const questions = seedQuestions.questions;
    const work: { command: string; args: CommandArgs }[] = [
      ...questions.map((q) => ({ command: 'ask', args: { question: q.q } })),
      { command: 'isf-status', args: {} },
      { command: 'summary', args: {} },
      { command: 'timeline', args: {} },
      { command: 'topic', args: { name: 'isf-status' } },
      { command: 'help', args: {} },
    ];
    const expected = work.map((w) => expectedEmbed(w.command, w.args));
    const started = Date.now();
    // Back to back: the next interaction is dispatched as soon as one of 50 in flight is answered.
    const answers: InteractionAnswer[] = new Array(1000);
    let next = 0;
    const lane = async () => {
      while (next < 1000) {
        const i = next++;
        const w = work[i % work.length]!;
        const user = { id: `8${String(i).padStart(18, '0')}`, username: `u${i}` };
        answers[i] = await fake.command(w.command, w.args as Record<string, string>, user);
      }
    };
    await Promise.all(Array.from({ length: 50 }, lane));
    const elapsed = Date.now() - started;
    const correct = answers.filter(
      (a, i) =>
        JSON.stringify((a.data.embeds as unknown[] | undefined)?.[0]) ===
        JSON.stringify(expected[i % work.length]),
    ).length;
    const latencies = answers.map((a) => a.latencyMs).sort((a, b) => a - b);
    console.log(
      `1000 interactions (50 in flight): ${correct} correct in ${elapsed} ms; dispatch→answer p50 ${latencies[500]} ms, p99 ${latencies[990]} ms, max ${latencies[999]} ms`,
    );
    expect(correct).toBe(1000);
  }, 60_000);
});

describe('SIGTERM', () => {
  const requestSeen = async (status: number) => {
    const from = fake.requests.length;
    while (
      !fake.requests.slice(from - 1).some((r) => callbackRoute(r.method, r.path) && r.status === status)
    ) {
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('finishes the answers in flight, gives up on a hung one after 2 s, and exits 0', async () => {
    // One answer waits out a 1-second rate limit; another hangs on a connection that never answers.
    fake.inject({
      match: callbackRoute,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 1, global: false },
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
    });
    const slow = fake.command('isf-status');
    await requestSeen(429);
    fake.inject({ match: callbackRoute, status: 'hang' });
    void fake.command('summary').catch(() => undefined);
    await requestSeen(0);
    const from = bot.logs.length;
    const signalled = Date.now();
    const exited = bot.stop('SIGTERM');
    const answer = await slow;
    expect(firstField(answer)?.value).toContain('¶1 ·');
    expect(await exited).toBe(0);
    const elapsed = Date.now() - signalled;
    console.log(`SIGTERM with 2 answers in flight (one hung): exited 0 after ${elapsed} ms`);
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    expect(elapsed).toBeLessThan(3_000);
    expect(bot.logs.slice(from).map((l) => [l.msg, l.inFlight])).toEqual(
      expect.arrayContaining([
        ['signal received', undefined],
        ['shutting down', 2],
        ['stopped', undefined],
      ]),
    );
  });
});
