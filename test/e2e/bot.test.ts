/**
 * End to end: the real bot (`node dist/cli.js start`, discord.js) against the local fake Discord.
 * Every body the bot sends is checked against Discord's schemas by the fake; these tests assert
 * what the answers say (speakers, citations), not only that they were accepted.
 */
import { join } from 'node:path';
import { BotProcess, ROOT } from './bot-process';
import { FakeDiscord, type InteractionAnswer } from './fake-discord';

const TITLE = "Gaza stabilization force: U.S. timeline, Turkey's troops and Hamas disarmament";

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  bot = BotProcess.start({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
  });
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

const embed = (answer: InteractionAnswer) =>
  (answer.data.embeds as Record<string, unknown>[] | undefined)?.[0] ?? {};
const fields = (answer: InteractionAnswer) =>
  (embed(answer).fields as { name: string; value: string }[] | undefined) ?? [];

describe('start', () => {
  it('logs in with one REST call and logs ready with the bot tag and the guild count', async () => {
    const ready = bot.logs.find((line) => line.msg === 'ready');
    expect(ready).toMatchObject({ tag: 'briefing-bot', guilds: 1 });
    expect(fake.requests.filter((r) => r.path === '/api/v10/gateway/bot')).toHaveLength(1);
    expect(JSON.stringify(bot.logs)).not.toContain(fake.token);
  });
});

describe('/ask', () => {
  it('answers with cited snippets, the answering paragraph first', async () => {
    const answer = await fake.command('ask', {
      question: 'When will the stabilization force be sent to Gaza?',
    });
    expect(answer.type).toBe(4);
    expect(embed(answer).title).toBeDefined();
    const first = fields(answer)[0];
    expect(first?.value).toContain(`[¶1 · ${TITLE}](https://www.newsmax.com/`);
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    expect(answer.data.flags).toBeUndefined();
  });
});

describe('shutdown', () => {
  it('stops on SIGTERM: destroys the client, flushes the logs and exits 0', async () => {
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(bot.logs.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['signal received', 'shutting down', 'stopped']),
    );
  });
});
