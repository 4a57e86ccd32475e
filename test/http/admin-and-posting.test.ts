/**
 * What the HTTP endpoint does beyond answering: admin commands checked against the member's
 * permissions as Discord sends them, and "Post in channel", which needs the bot token (the
 * endpoint answers without one, but cannot post in a channel without one).
 */
import { join } from 'node:path';
import { knowledgeFromIndex, loadKnowledgeDir } from '../../src/app';
import { restChannelPoster, restFollowUps } from '../../src/http/follow-up';
import { createInteractionServer, type InteractionServer } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { ROOT } from '../e2e/bot-process';
import { checkInteractionCallback } from '../e2e/discord-rules';
import { RECORDER_TOKEN, RestRecorder } from './rest-recorder';
import {
  buttonInteraction,
  buttonsOf,
  CHANNEL_ID,
  commandInteraction,
  DiscordSigner,
  makeKeys,
  MANAGER_PERMISSIONS,
  messageCommandInteraction,
  type HttpReply,
} from './signed-client';

type Json = Record<string, unknown>;

const loaded = loadKnowledgeDir(join(ROOT, 'knowledge'));
const knowledge = knowledgeFromIndex(loaded.dir, loaded.index, loaded.problems, {
  reload: () => ({ swapped: true, added: [], removed: [], changed: [], problems: [], briefings: 1 }),
});
const keys = makeKeys();
const logger = createLogger({ logLevel: 'silent' });

let recorder: RestRecorder;
let withToken: InteractionServer;
let withoutToken: InteractionServer;
let discord: DiscordSigner;
let discordNoToken: DiscordSigner;

beforeAll(async () => {
  recorder = await RestRecorder.start();
  const common = {
    publicKey: keys.publicKeyHex,
    knowledge: () => knowledge,
    logger,
    followUps: restFollowUps(recorder.apiUrl),
  };
  withToken = createInteractionServer({
    ...common,
    postInChannel: restChannelPoster(recorder.apiUrl, RECORDER_TOKEN),
  });
  withoutToken = createInteractionServer(common);
  discord = new DiscordSigner(`http://127.0.0.1:${(await withToken.listen(0, '127.0.0.1')).port}/`, keys);
  discordNoToken = new DiscordSigner(
    `http://127.0.0.1:${(await withoutToken.listen(0, '127.0.0.1')).port}/`,
    keys,
  );
});

afterAll(async () => {
  await withToken?.close();
  await withoutToken?.close();
  await recorder?.stop();
});

afterEach(() => {
  expect(recorder.calls.flatMap((c) => c.problems)).toEqual([]);
});

const data = (reply: HttpReply) => (reply.json?.data ?? {}) as Json & { embeds?: Json[]; flags?: number };
const title = (reply: HttpReply) => String(data(reply).embeds?.[0]?.title ?? '');

describe('/reload over HTTP', () => {
  it('is refused privately to a member without Manage Server', async () => {
    const reply = await discord.post(
      commandInteraction('reload', {}, { id: '5234567890123456789', username: 'member' }),
    );
    expect(checkInteractionCallback(reply.json, 2)).toEqual([]);
    expect(data(reply).flags).toBe(64);
    expect(JSON.stringify(data(reply).embeds)).toContain('needs the Manage Server permission');
  });

  it('reloads for a member with Manage Server', async () => {
    const admin = { id: '6234567890123456789', username: 'admin', permissions: MANAGER_PERMISSIONS };
    const reply = await discord.post(commandInteraction('reload', {}, admin));
    expect(checkInteractionCallback(reply.json, 2)).toEqual([]);
    expect(JSON.stringify(data(reply).embeds)).not.toContain('Manage Server');
    expect(title(reply).length).toBeGreaterThan(0);
  });
});

describe('"Post in channel" under a private "Who said this?"', () => {
  const asker = { id: '5234567890123456789', username: 'asker' };
  const quote = 'Meshaal said "disarming the factions is like separating us from our soul"';

  async function privateCheck(signer: DiscordSigner) {
    const command = messageCommandInteraction('Who said this?', quote, asker);
    const reply = await signer.post(command);
    expect(data(reply).flags).toBe(64);
    const post = buttonsOf(data(reply)).find((b) => b.label === 'Post in channel');
    expect(post).toBeDefined();
    return { reply, post: post!, target: (command.data as { target_id: string }).target_id };
  }

  it('posts the check in the channel with the bot token, as a reply to the message, and removes the button', async () => {
    const { reply, post, target } = await privateCheck(discord);
    const click = await discord.post(
      buttonInteraction(post.custom_id, asker, {
        embeds: data(reply).embeds,
        components: data(reply).components,
        flags: 64,
      }),
    );
    expect(checkInteractionCallback(click.json, 3)).toEqual([]);
    expect(click.json?.type).toBe(7);
    expect(buttonsOf(data(click)).map((b) => b.label)).not.toContain('Post in channel');

    const posted = await recorder.callFor(`/channels/${CHANNEL_ID}/messages`);
    expect(posted.method).toBe('POST');
    expect(posted.authorization).toBe(`Bot ${RECORDER_TOKEN}`);
    expect(posted.body.message_reference).toEqual({ message_id: target, fail_if_not_exists: false });
    expect(JSON.stringify(posted.body.embeds)).toContain('Khaled Meshaal');
  });

  it('without a bot token, says privately that posting is not available here', async () => {
    const before = recorder.calls.length;
    const { reply, post } = await privateCheck(discordNoToken);
    const click = await discordNoToken.post(
      buttonInteraction(post.custom_id, asker, {
        embeds: data(reply).embeds,
        components: data(reply).components,
      }),
    );
    expect(checkInteractionCallback(click.json, 3)).toEqual([]);
    expect(click.json?.type).toBe(4);
    expect(data(click).flags).toBe(64);
    expect(title(click)).toBe('Cannot post here');
    expect(recorder.calls.length).toBe(before);
  });
});
