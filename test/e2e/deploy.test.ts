/**
 * `briefing-bot deploy-commands` against the fake Discord: one bulk PUT of exactly the registry's
 * commands (topic commands included) to the right route, with a body that passes the schema.
 */
import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import { commandsJSON } from '../../src/discord/command-json';
import { BotProcess, ROOT } from './bot-process';
import { FakeDiscord } from './fake-discord';

const KNOWLEDGE = join(ROOT, 'knowledge');
const registry = loadKnowledgeDir(KNOWLEDGE).registry;

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.stop();
});

const deploy = async (env: Record<string, string>) => {
  const run = BotProcess.start(
    { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE, ...env },
    'deploy-commands',
  );
  const code = await run.exited();
  return { code, stdout: run.stdout.join(''), run };
};

describe('deploy-commands', () => {
  it('registers every command of the registry in the guild, including the topic commands', async () => {
    const { code, stdout } = await deploy({
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
    });
    expect(code).toBe(0);
    const route = `/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`;
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([route]);
    expect(fake.problems).toEqual([]);
    expect(puts[0]?.body).toEqual(JSON.parse(JSON.stringify(commandsJSON(registry.commands))));
    const names = (puts[0]?.body as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(registry.commands.map((c) => c.name));
    expect(names).toContain('isf-status');
    expect(stdout).toContain(`Registered ${names.length} commands in guild ${fake.guildId}:`);
    expect(stdout).toContain('  /isf-status');
  });

  it('registers both message commands in the Apps menu of a message (type 3, no description, no options)', () => {
    const body = fake.requests.find((r) => r.method === 'PUT')?.body as {
      type: number;
      name: string;
      description: string;
      options?: unknown[];
    }[];
    const menu = body.filter((c) => c.type === 3);
    expect(menu.map((c) => c.name)).toEqual(['Who said this?', 'Find in briefings']);
    for (const command of menu) {
      expect(command.description).toBe('');
      expect(command.options).toBeUndefined();
    }
  });

  it('declares max_length on every string option', () => {
    const body = fake.requests.find((r) => r.method === 'PUT')?.body as {
      options?: { type: number; max_length?: number }[];
    }[];
    for (const command of body) {
      for (const option of command.options ?? [])
        if (option.type === 3) expect(option.max_length).toBeGreaterThan(0);
    }
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const { code, stdout } = await deploy({ DISCORD_CLIENT_ID: fake.applicationId });
    expect(code).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)[1]).toBe(
      `/api/v10/applications/${fake.applicationId}/commands`,
    );
    expect(stdout).toContain('global commands');
  });

  it('says clearly what is missing without DISCORD_CLIENT_ID, and exits 2', async () => {
    const before = fake.requests.length;
    const { code, run } = await deploy({});
    expect(code).toBe(2);
    expect(run.rawStderr.join('\n')).toContain('deploy-commands needs DISCORD_CLIENT_ID');
    expect(fake.requests.length).toBe(before);
  });
});
