/**
 * Sharding end to end, against the fake Discord recommending two shards: two processes given
 * `SHARD_COUNT=2` with `SHARD_IDS=0` and `SHARD_IDS=1` (as on two machines) identify as [0,2] and
 * [1,2], and each answers the interactions of its guilds; `start --shards auto` does the same
 * from one command through discord.js's ShardingManager.
 */
import { join } from 'node:path';
import { BotProcess, ROOT } from './bot-process';
import { FakeDiscord, type InteractionAnswer } from './fake-discord';

const KNOWLEDGE = join(ROOT, 'knowledge');

const fieldName = (answer: InteractionAnswer) =>
  ((answer.data.embeds as { fields?: { name: string }[] }[] | undefined)?.[0]?.fields ?? [])[0]?.name ?? '';

/** Asks /who-said in a guild of `shard` and checks the answer names the speaker. */
async function expectAnswerOnShard(fake: FakeDiscord, shard: number) {
  const guild = fake.guildOnShard(shard);
  expect(fake.shardOf(guild)).toBe(shard);
  const answer = await fake.command('who-said', { quote: 'huge failure' }, fake.user(), guild);
  expect(answer.type).toBe(4);
  expect(fieldName(answer)).toContain('Hakan Fidan');
  const choices = await fake.autocomplete('quotes', 'speaker', { speaker: 'Fid' }, fake.user(), guild);
  expect((choices.data.choices as { value: string }[])[0]?.value).toBe('Hakan Fidan');
}

describe('shards over several processes: SHARD_COUNT=2 with SHARD_IDS=0 and SHARD_IDS=1', () => {
  let fake: FakeDiscord;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    for (const id of ['0', '1']) {
      const bot = BotProcess.start({
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        KNOWLEDGE_DIR: KNOWLEDGE,
        SHARD_COUNT: '2',
        SHARD_IDS: id,
      });
      bots.push(bot);
      await bot.waitForLog((line) => line.msg === 'ready');
    }
    await fake.waitForShards(2);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.stop().catch(() => undefined)));
    await fake?.stop();
  });

  afterEach(() => {
    expect(fake.problems).toEqual([]);
    expect(fake.mentionProblems).toEqual([]);
  });

  it('identifies as [0,2] and [1,2]', () => {
    expect([...fake.identified].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('says in every log line which shard the process runs', () => {
    for (const [i, bot] of bots.entries()) {
      const ready = bot.logs.find((line) => line.msg === 'ready');
      expect(ready).toMatchObject({ shards: [i], shardCount: 2, guilds: 1 });
      for (const line of bot.logs) expect(line.shards).toEqual([i]);
    }
  });

  it('answers interactions from the guilds of shard 0 and of shard 1', async () => {
    await expectAnswerOnShard(fake, 0);
    await expectAnswerOnShard(fake, 1);
  });

  it("keeps answering shard 0's guilds when shard 1's process stops: each process serves its own shard", async () => {
    expect(await bots[1]!.stop('SIGTERM')).toBe(0);
    await expectAnswerOnShard(fake, 0);
  });

  it('both processes stop on SIGTERM and exit 0', async () => {
    const codes = await Promise.all(bots.map((bot) => bot.stop('SIGTERM')));
    expect(codes).toEqual([0, 0]);
  });
});

describe('start --shards auto: one command, one process per shard', () => {
  let fake: FakeDiscord;
  let manager: BotProcess;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    manager = BotProcess.start(
      { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE },
      'start',
      ['--shards', 'auto'],
    );
    await manager.waitForLog((line) => line.msg === 'all shards ready', 60_000);
    await fake.waitForShards(2);
  }, 70_000);

  afterAll(async () => {
    await manager?.stop().catch(() => undefined);
    await fake?.stop();
  });

  afterEach(() => {
    expect(fake.problems).toEqual([]);
    expect(fake.mentionProblems).toEqual([]);
  });

  it('takes the shard count from GET /gateway/bot and spawns a process per shard', () => {
    expect(manager.logs.find((line) => line.msg === 'spawning shards')).toMatchObject({
      role: 'shard-manager',
      totalShards: 2,
      shards: [0, 1],
    });
    const pids = manager.logs.filter((line) => line.msg === 'shard process started').map((line) => line.pid);
    expect(new Set(pids).size).toBe(2);
  });

  it('identifies as [0,2] and [1,2], and each shard logs its own id', async () => {
    // a shard's own log lines reach us through the manager's output, a little after it reports ready
    for (const id of [0, 1]) {
      await manager.waitForLog(
        (line) => line.msg === 'ready' && JSON.stringify(line.shards) === `[${id}]`,
        10_000,
      );
    }
    expect([...fake.identified].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const ready = manager.logs.filter((line) => line.msg === 'ready').map((line) => line.shards);
    expect(ready.sort()).toEqual([[0], [1]]);
  });

  it('answers interactions from the guilds of shard 0 and of shard 1', async () => {
    await expectAnswerOnShard(fake, 0);
    await expectAnswerOnShard(fake, 1);
  });

  it('respawns a shard whose process dies, and the new process answers its guilds', async () => {
    const started = manager.logs.find((line) => line.msg === 'shard process started' && line.shard === 1);
    const from = manager.logs.length;
    process.kill(Number(started?.pid), 'SIGKILL');
    await manager.waitForLog((line) => line.msg === 'shard process exited' && line.shard === 1, 10_000, from);
    const respawned = await manager.waitForLog(
      (line) => line.msg === 'shard process started' && line.shard === 1,
      10_000,
      from,
    );
    expect(respawned.pid).not.toBe(started?.pid);
    await manager.waitForLog((line) => line.msg === 'shard ready' && line.shard === 1, 20_000, from);
    expect(fake.identified.filter(([id]) => id === 1)).toHaveLength(2);
    await expectAnswerOnShard(fake, 1);
  }, 40_000);

  it('stops every shard on SIGTERM and exits 0', async () => {
    const code = await manager.stop('SIGTERM', 20_000);
    expect(code).toBe(0);
    const messages = manager.logs.map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['stopping shards', 'stopped']));
    // Both shard processes shut down cleanly themselves.
    expect(
      manager.logs.filter((line) => line.msg === 'shutting down' && Array.isArray(line.shards)),
    ).toHaveLength(2);
  });
});

describe('one process running several shards: SHARD_COUNT=2 SHARD_IDS=0,1', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    bot = BotProcess.start({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: KNOWLEDGE,
      SHARD_COUNT: '2',
      SHARD_IDS: '0,1',
    });
    await bot.waitForLog((line) => line.msg === 'ready', 30_000);
    await fake.waitForShards(2);
  }, 40_000);

  afterAll(async () => {
    await bot?.stop().catch(() => undefined);
    await fake?.stop();
  });

  it('identifies both shards from one process, logs both ids, and answers both', async () => {
    expect([...fake.identified].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(bot.logs.find((line) => line.msg === 'ready')).toMatchObject({
      shards: [0, 1],
      shardCount: 2,
      guilds: 2,
    });
    await expectAnswerOnShard(fake, 0);
    await expectAnswerOnShard(fake, 1);
    expect(fake.problems).toEqual([]);
  });
});
