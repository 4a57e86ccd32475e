import { join } from 'node:path';
import pino from 'pino';
import { Writable } from 'node:stream';
import { loadKnowledgeDir, type Knowledge } from '../../src/app';
import type { CommandSpec } from '../../src/commands/types';
import { ArgsStore } from '../../src/discord/custom-id';
import { routeInteraction, type CommandInteractionLike } from '../../src/discord/interactions';
import { UserError } from '../../src/errors';
import type { ReplyBody } from '../../src/render/reply';

const base = loadKnowledgeDir(join(__dirname, '..', '..', 'knowledge'));

/** The real knowledge with extra commands added to its registry. */
function withCommands(...extra: CommandSpec[]): Knowledge {
  const commands = [...base.registry.commands, ...extra];
  const registry = { commands, get: (name: string) => commands.find((c) => c.name === name) };
  return { ...base, registry, context: { ...base.context, commands } };
}

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

function commandInteraction(
  commandName: string,
  args: Record<string, string | boolean>,
  fromMessage = false,
) {
  const replies: ReplyBody[] = [];
  const interaction: CommandInteractionLike = {
    id: '900000000000000001',
    kind: 'command',
    commandName,
    userId: '123456789012345678',
    args,
    fromMessage,
    reply: async (body) => {
      replies.push(body);
    },
  };
  return { interaction, replies };
}

const echo: CommandSpec = {
  name: 'Echo message',
  description: '',
  group: 'search',
  type: 'message',
  options: [{ name: 'text', description: 'the message', type: 'string', required: true }],
  run: (args) => ({ command: 'ask', title: `You posted: ${String(args.text)}`, results: [] }),
};
const broken: CommandSpec = {
  name: 'broken',
  description: 'always fails',
  group: 'meta',
  options: [],
  run: () => {
    throw new Error('disk on fire');
  },
};
const picky: CommandSpec = {
  name: 'picky',
  description: 'always a user error',
  group: 'meta',
  options: [],
  run: () => {
    throw new UserError('Nobody called "Fidn" is quoted in the briefings.', ['Hakan Fidan']);
  },
};

describe('routeInteraction', () => {
  const knowledge = withCommands(echo, broken, picky);

  it('gives a message command the message text and answers privately by default', async () => {
    const { logger } = capture();
    const { interaction, replies } = commandInteraction(
      'Echo message',
      { message: 'Is the ISF **ready**?' },
      true,
    );
    await routeInteraction(interaction, { knowledge: () => knowledge, logger, store: new ArgsStore() });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.flags).toBe(64);
    expect(replies[0]?.embeds?.[0]?.title).toBe('You posted: Is the ISF \\*\\*ready\\*\\*?');
  });

  it('answers a user error privately with its suggestions, and logs nothing at error level', async () => {
    const { logger, lines } = capture();
    const { interaction, replies } = commandInteraction('picky', {});
    await routeInteraction(interaction, { knowledge: () => knowledge, logger, store: new ArgsStore() });
    expect(replies[0]?.flags).toBe(64);
    expect(replies[0]?.embeds?.[0]?.description).toBe(
      'Nobody called "Fidn" is quoted in the briefings.\n\nDid you mean: `Hakan Fidan`?',
    );
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  it('answers a fault with a private "something went wrong" and an error log naming interaction and command', async () => {
    const { logger, lines } = capture();
    const { interaction, replies } = commandInteraction('broken', {});
    await routeInteraction(interaction, { knowledge: () => knowledge, logger, store: new ArgsStore() });
    expect(replies[0]?.embeds?.[0]?.title).toBe('Something went wrong');
    expect(replies[0]?.flags).toBe(64);
    expect(lines.find((l) => l.msg === 'interaction failed')).toMatchObject({
      level: 50,
      interaction: '900000000000000001',
      command: 'broken',
      err: { message: 'disk on fire' },
    });
  });

  it('never rejects, even when the reply itself fails', async () => {
    const { logger, lines } = capture();
    const { interaction } = commandInteraction('isf-status', {});
    const failing = {
      ...interaction,
      reply: () => Promise.reject(Object.assign(new Error('Unknown interaction'), { code: 10062 })),
    };
    await expect(
      routeInteraction(failing, { knowledge: () => knowledge, logger, store: new ArgsStore() }),
    ).resolves.toBeUndefined();
    expect(lines.map((l) => l.msg)).toEqual(['interaction expired before the answer was sent']);
  });
});
