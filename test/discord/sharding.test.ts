import { ConfigError } from '../../src/config';
import { parseShards, processShards, shardLogFields, shardPlan } from '../../src/discord/sharding';

describe('parseShards (--shards)', () => {
  it('takes "auto" and whole numbers of at least 1', () => {
    expect(parseShards('auto')).toBe('auto');
    expect(parseShards(' AUTO ')).toBe('auto');
    expect(parseShards('4')).toBe(4);
  });

  it('refuses anything else, saying what is expected', () => {
    for (const bad of ['0', '-1', 'two', '1.5', '', true]) {
      expect(() => parseShards(bad)).toThrow(ConfigError);
    }
    expect(() => parseShards('two')).toThrow(
      '--shards must be "auto" or a whole number of at least 1, got "two"',
    );
  });
});

describe('shardPlan', () => {
  const advice = { shards: 3, maxConcurrency: 1 };

  it('auto: as many shards as Discord recommends, all on this machine, 5.5 s apart', () => {
    expect(shardPlan('auto', {}, advice)).toEqual({
      totalShards: 3,
      shardList: [0, 1, 2],
      spawnDelayMs: 5_500,
    });
  });

  it('N: exactly N shards', () => {
    expect(shardPlan(2, {}, advice)).toEqual({ totalShards: 2, shardList: [0, 1], spawnDelayMs: 5_500 });
  });

  it("with SHARD_COUNT and SHARD_IDS: only this machine's shards, one process each", () => {
    expect(shardPlan('auto', { shardCount: 8, shardIds: [2, 3] }, advice)).toEqual({
      totalShards: 8,
      shardList: [2, 3],
      spawnDelayMs: 5_500,
    });
  });

  it('starts shards faster when Discord allows several sessions at once', () => {
    expect(shardPlan('auto', {}, { shards: 16, maxConcurrency: 16 }).spawnDelayMs).toBe(344);
  });

  it('refuses --shards N that disagrees with SHARD_COUNT', () => {
    expect(() => shardPlan(2, { shardCount: 4 }, advice)).toThrow('--shards 2 disagrees with SHARD_COUNT=4');
  });
});

describe('processShards and the log fields', () => {
  it('reads SHARD_IDS of SHARD_COUNT', () => {
    expect(processShards({ shardIds: [0, 1], shardCount: 4 }, {})).toEqual({ ids: [0, 1], count: 4 });
    expect(shardLogFields({ shardIds: [1], shardCount: 2 }, {})).toEqual({ shards: [1], shardCount: 2 });
  });

  it("reads the shard a sharding manager gave the process (discord.js's SHARDS)", () => {
    expect(processShards({ shardCount: 2 }, { SHARDING_MANAGER: 'true', SHARDS: '1' })).toEqual({
      ids: [1],
      count: 2,
    });
  });

  it('is empty for a process that runs every shard', () => {
    expect(processShards({}, {})).toBeUndefined();
    expect(shardLogFields({ shardCount: 2 }, {})).toBeUndefined();
  });
});
