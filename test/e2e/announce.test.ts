/**
 * Announcements end to end: with ANNOUNCE_CHANNEL_ID set, a briefing added to the knowledge folder
 * while the bot runs is announced once in that channel (title, source, date, summary; no pings);
 * the briefings present at startup are not; and after a restart nothing is announced again, not
 * even when the announced briefing's file is removed and put back.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANNOUNCED_FILE } from '../../src/knowledge/announced';
import { BotProcess, ROOT } from './bot-process';
import { FakeDiscord, type FakeMessage } from './fake-discord';

const SEED = join(ROOT, 'knowledge', 'gaza-stabilization-force.md');
const BRIDGE = join(ROOT, 'test', 'fixtures', 'briefings', 'harbor-bridge-closure.md');
const BRIDGE_TITLE = 'Harbor Bridge closure: repair schedule and detours';

let fake: FakeDiscord;
let dir: string;
let bot: BotProcess | undefined;

const start = async () => {
  const started = BotProcess.start({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: dir,
    ANNOUNCE_CHANNEL_ID: fake.channelId,
  });
  await started.waitForLog((line) => line.msg === 'ready');
  await fake.waitForGateway();
  return started;
};

/** Waits for the next reload of the knowledge folder after log line `from`. */
const reloaded = (running: BotProcess, from: number) =>
  running.waitForLog((line) => line.msg === 'knowledge reloaded', 10_000, from);

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 45_000 });
  dir = mkdtempSync(join(tmpdir(), 'briefing-bot-announce-'));
  copyFileSync(SEED, join(dir, 'gaza-stabilization-force.md'));
  bot = await start();
}, 40_000);

afterAll(async () => {
  await bot?.stop().catch(() => undefined);
  await fake?.stop();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(fake.problems).toEqual([]);
  expect(fake.mentionProblems).toEqual([]);
});

const embedOf = (message: FakeMessage | undefined) =>
  (message?.embeds[0] ?? {}) as { title?: string; description?: string; fields?: { value: string }[] };

describe('announcements of new briefings', () => {
  it('posts nothing at startup for the briefings already there', () => {
    expect(fake.channelPosts()).toEqual([]);
  });

  it('posts one announcement when a briefing file is added: title, source, date and summary, pinging nobody', async () => {
    const from = bot!.logs.length;
    copyFileSync(BRIDGE, join(dir, 'harbor-bridge-closure.md'));
    await bot!.waitForLog((line) => line.msg === 'new briefing announced', 10_000, from);
    const posts = fake.channelPosts();
    expect(posts).toHaveLength(1);
    const [post] = posts;
    const embed = embedOf(post);
    expect(embed.title).toBe(`New briefing: ${BRIDGE_TITLE}`);
    expect(embed.description).toContain('Lakeside Courier · 2026-03-04');
    expect(embed.description).toContain('/summary briefing: harbor-bridge-closure');
    expect(embed.fields?.length).toBeGreaterThan(0);
    expect(embed.fields?.[0]?.value).toContain(`· ${BRIDGE_TITLE}`);
    expect(post?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post?.content).toBe('');
    const request = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(request?.path).toBe(`/api/v10/channels/${fake.channelId}/messages`);
    expect(request?.status).toBe(200);
    expect(JSON.parse(readFileSync(join(dir, ANNOUNCED_FILE), 'utf8'))).toEqual({
      announced: ['harbor-bridge-closure'],
    });
  });

  it('does not announce a briefing again when its file changes', async () => {
    const from = bot!.logs.length;
    writeFileSync(
      join(dir, 'harbor-bridge-closure.md'),
      readFileSync(BRIDGE, 'utf8') + '\nOne more paragraph.\n',
    );
    await reloaded(bot!, from);
    expect(fake.channelPosts()).toHaveLength(1);
  });

  it('after a restart posts nothing more, even when the announced file is removed and put back', async () => {
    expect(await bot!.stop('SIGTERM')).toBe(0);
    bot = await start();
    let from = bot.logs.length;
    unlinkSync(join(dir, 'harbor-bridge-closure.md'));
    await reloaded(bot, from);
    from = bot.logs.length;
    copyFileSync(BRIDGE, join(dir, 'harbor-bridge-closure.md'));
    const reload = await reloaded(bot, from);
    expect(reload.added).toEqual(['harbor-bridge-closure']);
    // Give a (wrong) announcement time to arrive before asserting there is none.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.channelPosts()).toHaveLength(1);
  }, 40_000);
});
