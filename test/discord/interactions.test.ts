import { join } from 'node:path';
import pino from 'pino';
import { Writable } from 'node:stream';
import { loadKnowledgeDir, type Knowledge } from '../../src/app';
import type { CommandSpec } from '../../src/commands/types';
import { ArgsStore } from '../../src/discord/custom-id';
import { Cooldown } from '../../src/discord/cooldown';
import {
  routeInteraction,
  type AutocompleteInteractionLike,
  type ButtonInteractionLike,
  type CommandInteractionLike,
} from '../../src/discord/interactions';
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

describe('"Post in channel" under a private check of a message', () => {
  const ASKER = '123456789012345678';
  const TARGET = '223456789012345678';
  const deps = () => ({ knowledge: () => base, logger: capture().logger, store: new ArgsStore() });

  async function privateCheck(targetMessageId?: string) {
    const { interaction, replies } = commandInteraction(
      'Who said this?',
      { message: 'Fidan said it would be a "huge failure"' },
      true,
    );
    await routeInteraction({ ...interaction, ...(targetMessageId ? { targetMessageId } : {}) }, deps());
    return replies[0]!;
  }

  const buttonsOf = (body: ReplyBody) =>
    body.components.flatMap((row) => row.components as { label?: string; custom_id?: string }[]);

  function click(
    customId: string,
    userId: string,
    check: ReplyBody,
    post?: (body: unknown) => Promise<unknown>,
  ) {
    const replies: ReplyBody[] = [];
    const updates: ReplyBody[] = [];
    const posted: unknown[] = [];
    const interaction: ButtonInteractionLike = {
      id: '900000000000000002',
      kind: 'button',
      customId,
      userId,
      message: { embeds: check.embeds ?? [], components: check.components },
      reply: async (body) => void replies.push(body),
      update: async (body) => void updates.push(body),
      postInChannel: async (body: unknown) => {
        posted.push(body);
        return post?.(body);
      },
    };
    return { interaction, replies, updates, posted };
  }

  it('is offered to the asker, with the asker and the message in its custom_id', async () => {
    const check = await privateCheck(TARGET);
    expect(check.flags).toBe(64);
    expect(buttonsOf(check).map((b) => [b.label, b.custom_id])).toEqual([
      ['Show ¶14', 'sp|14|gaza-stabilization-force'],
      ['Post in channel', `pc|${ASKER}|${TARGET}`],
    ]);
  });

  it('is not offered when the message is unknown (a front end that does not say which message)', async () => {
    const check = await privateCheck();
    expect(buttonsOf(check).map((b) => b.label)).toEqual(['Show ¶14']);
  });

  it('posts the same embeds as a reply to the message with no pings, keeps "Show ¶N", then removes itself', async () => {
    const check = await privateCheck(TARGET);
    const { interaction, replies, updates, posted } = click(`pc|${ASKER}|${TARGET}`, ASKER, check);
    await routeInteraction(interaction, deps());
    expect(replies).toEqual([]);
    expect(posted).toEqual([
      {
        embeds: check.embeds,
        components: [check.components[0]],
        allowed_mentions: { parse: [], replied_user: false },
        message_reference: { message_id: TARGET, fail_if_not_exists: false },
      },
    ]);
    expect(updates).toEqual([
      {
        content: 'Posted in the channel as a reply to the message.',
        components: [check.components[0]],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('answers anyone else privately and posts nothing', async () => {
    const check = await privateCheck(TARGET);
    const { interaction, replies, posted } = click(`pc|${ASKER}|${TARGET}`, '323456789012345678', check);
    await routeInteraction(interaction, deps());
    expect(posted).toEqual([]);
    expect(replies[0]?.flags).toBe(64);
    expect(replies[0]?.embeds?.[0]?.title).toBe('Not your answer');
  });

  it('says what permission is missing when Discord refuses the post (50013), and logs a warning', async () => {
    const check = await privateCheck(TARGET);
    const refused = () => Promise.reject(Object.assign(new Error('Missing Permissions'), { code: 50013 }));
    const { interaction, replies, updates } = click(`pc|${ASKER}|${TARGET}`, ASKER, check, refused);
    const { logger, lines } = capture();
    await routeInteraction(interaction, { ...deps(), logger });
    expect(updates).toEqual([]);
    expect(replies[0]?.embeds?.[0]?.title).toBe('Cannot post here');
    expect(replies[0]?.embeds?.[0]?.description).toContain('Send Messages and Read Message History');
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, 'no permission to post the check in the channel'],
    ]);
  });

  it('rejects forged custom_ids as unknown buttons', async () => {
    const check = await privateCheck(TARGET);
    for (const forged of [
      `pc|${ASKER}`,
      `pc|${ASKER}|not-a-message`,
      `pc|x|${TARGET}`,
      `pc|${ASKER}|${TARGET}|1`,
    ]) {
      const { interaction, replies, posted } = click(forged, ASKER, check);
      await routeInteraction(interaction, deps());
      expect(posted).toEqual([]);
      expect(replies[0]?.embeds?.[0]?.title).toBe('Unknown button');
    }
  });
});

describe('the per-user cooldown in the router', () => {
  it('answers a second command within the cooldown with a private "try again <t:…:R>", autocomplete exempt', async () => {
    let now = 1_765_400_000_000;
    const cooldown = new Cooldown({ seconds: 3, now: () => now });
    const deps = { knowledge: () => base, logger: capture().logger, store: new ArgsStore(), cooldown };
    const first = commandInteraction('summary', {});
    await routeInteraction(first.interaction, deps);
    expect(first.replies[0]?.embeds?.[0]?.title).toContain('Gaza');
    now += 1_000;
    const second = commandInteraction('summary', {});
    await routeInteraction(second.interaction, deps);
    expect(second.replies[0]?.flags).toBe(64);
    expect(second.replies[0]?.embeds?.[0]?.description).toBe(
      'You are sending commands quickly. Try again <t:1765400003:R>.',
    );
    const choices: unknown[] = [];
    const autocomplete: AutocompleteInteractionLike = {
      id: '900000000000000003',
      kind: 'autocomplete',
      commandName: 'quotes',
      userId: '123456789012345678',
      focused: { name: 'speaker', value: 'Fid' },
      args: { speaker: 'Fid' },
      respond: async (list) => void choices.push(...list),
    };
    await routeInteraction(autocomplete, deps);
    expect(choices[0]).toEqual({ name: expect.stringContaining('Hakan Fidan'), value: 'Hakan Fidan' });
    now += 2_000;
    const third = commandInteraction('summary', {});
    await routeInteraction(third.interaction, deps);
    expect(third.replies[0]?.embeds?.[0]?.title).toContain('Gaza');
  });
});
