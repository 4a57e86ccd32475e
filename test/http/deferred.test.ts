/**
 * Late answers over HTTP: when the answer is not ready in time, the endpoint defers (the HTTP
 * response says "thinking…" or "will update") and the answer follows over REST with the
 * interaction token. The router is wrapped to be slow; a small local REST server stands in for
 * Discord's webhook routes and checks every follow-up with Discord's schemas.
 */
import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import { routeInteraction } from '../../src/discord/interactions';
import { restFollowUps } from '../../src/http/follow-up';
import { createInteractionServer, type InteractionServer } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { ROOT } from '../e2e/bot-process';
import { checkInteractionCallback } from '../e2e/discord-rules';
import { RestRecorder } from './rest-recorder';
import {
  APPLICATION_ID,
  autocompleteInteraction,
  buttonInteraction,
  buttonsOf,
  commandInteraction,
  DiscordSigner,
  makeKeys,
} from './signed-client';

type Json = Record<string, unknown>;

const knowledge = loadKnowledgeDir(join(ROOT, 'knowledge'));
const keys = makeKeys();
const SLOW_MS = 250;

let recorder: RestRecorder;
let endpoint: InteractionServer;
let discord: DiscordSigner;

beforeAll(async () => {
  recorder = await RestRecorder.start();
  endpoint = createInteractionServer({
    publicKey: keys.publicKeyHex,
    knowledge: () => knowledge,
    logger: createLogger({ logLevel: 'silent' }),
    followUps: restFollowUps(recorder.apiUrl),
    deferAfterMs: 50,
    // Every answer takes a while, as one would on an overloaded machine or a huge knowledge folder.
    route: async (interaction, deps) => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      await routeInteraction(interaction, deps);
    },
  });
  const address = await endpoint.listen(0, '127.0.0.1');
  discord = new DiscordSigner(`http://127.0.0.1:${address.port}/interactions`, keys);
});

afterAll(async () => {
  await endpoint?.close();
  await recorder?.stop();
});

afterEach(() => {
  expect(recorder.calls.flatMap((c) => c.problems)).toEqual([]);
});

type Embed = { title?: string; footer?: { text?: string }; fields?: { name: string; value: string }[] };
const firstEmbed = (body: Json): Embed => ((body.embeds as Embed[] | undefined) ?? [])[0] ?? {};

describe('a late answer to a command', () => {
  it('is deferred in time, then replaces the "thinking…" message over REST', async () => {
    const interaction = commandInteraction('who-said', { quote: 'huge failure' });
    const started = Date.now();
    const reply = await discord.post(interaction);
    expect(Date.now() - started).toBeLessThan(SLOW_MS);
    expect(reply.json).toEqual({ type: 5 });
    expect(checkInteractionCallback(reply.json, 2)).toEqual([]);

    const edit = await recorder.callFor(interaction.token);
    expect(edit.method).toBe('PATCH');
    expect(edit.path).toBe(`/api/v10/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`);
    expect(firstEmbed(edit.body).fields?.[0]?.name).toContain('Hakan Fidan');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(edit.body.flags).toBeUndefined();
  });

  it('defers privately when the answer will be private (hide)', async () => {
    const interaction = commandInteraction('summary', { hide: true });
    const reply = await discord.post(interaction);
    expect(reply.json).toEqual({ type: 5, data: { flags: 64 } });
    expect(checkInteractionCallback(reply.json, 2)).toEqual([]);
    const edit = await recorder.callFor(interaction.token);
    expect(String(firstEmbed(edit.body).title).length).toBeGreaterThan(0);
  });
});

describe('a late answer to a button', () => {
  it('defers the update of the message, then edits it over REST', async () => {
    const asker = { id: '5234567890123456789', username: 'asker' };
    const command = commandInteraction('timeline', {}, asker);
    expect((await discord.post(command)).json).toEqual({ type: 5 });
    const timeline = await recorder.callFor(command.token);
    const more = buttonsOf(timeline.body).find((b) => b.label === 'More ▶');
    expect(more).toBeDefined();

    const click = buttonInteraction(more!.custom_id, asker);
    const reply = await discord.post(click);
    expect(reply.json).toEqual({ type: 6 });
    expect(checkInteractionCallback(reply.json, 3)).toEqual([]);
    const edit = await recorder.callFor(click.token);
    expect(edit.method).toBe('PATCH');
    expect(firstEmbed(edit.body).footer?.text).toMatch(/Page 2\/\d+$/);
  });

  it('sends a private follow-up when the click is answered with a new message', async () => {
    const click = buttonInteraction('pg|1|5234567890123456789|zzzzzz|timeline', {
      id: '6234567890123456789',
      username: 'other',
    });
    const reply = await discord.post(click);
    expect(reply.json).toEqual({ type: 6 });
    const followUp = await recorder.callFor(click.token);
    expect(followUp.method).toBe('POST');
    expect(followUp.path).toBe(`/api/v10/webhooks/${APPLICATION_ID}/${click.token}`);
    expect(followUp.body.flags).toBe(64);
    expect(firstEmbed(followUp.body).title).toBe('Not your answer');
  });
});

describe('autocomplete', () => {
  it('is never deferred: the choices come in the response, however late', async () => {
    const reply = await discord.post(autocompleteInteraction('quotes', 'speaker', { speaker: 'Fid' }));
    expect(reply.json?.type).toBe(8);
    expect(checkInteractionCallback(reply.json, 4)).toEqual([]);
    expect((reply.json?.data as { choices: { value: string }[] }).choices[0]?.value).toBe('Hakan Fidan');
  });
});

describe('shutdown', () => {
  it('lets a deferred answer finish its follow-up before closing', async () => {
    const interaction = commandInteraction('speakers');
    const reply = await discord.post(interaction);
    expect(reply.json).toEqual({ type: 5 });
    expect(endpoint.inFlight()).toBeGreaterThan(0);
    await endpoint.close();
    expect(recorder.calls.some((c) => c.path.includes(interaction.token))).toBe(true);
  });
});
