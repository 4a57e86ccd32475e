/**
 * The HTTP interactions endpoint (`briefing-bot serve-http`) as a child process, answering real
 * HTTP requests signed with a key pair made for this test. Every answer is checked against
 * Discord's schemas for interaction callbacks (the same checks as the fake Discord's), and the
 * tests assert what the answers say, not only that they were accepted.
 */
import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import { BotProcess, ROOT } from '../e2e/bot-process';
import { checkInteractionCallback, mentionProblems } from '../e2e/discord-rules';
import {
  autocompleteInteraction,
  buttonInteraction,
  buttonsOf,
  commandInteraction,
  DiscordSigner,
  httpRequest,
  makeKeys,
  messageCommandInteraction,
  pingInteraction,
  reader,
  type HttpReply,
} from './signed-client';

const KNOWLEDGE = join(ROOT, 'knowledge');
const registry = loadKnowledgeDir(KNOWLEDGE).registry;
const keys = makeKeys();
const TITLE = "Gaza stabilization force: U.S. timeline, Turkey's troops and Hamas disarmament";

let endpoint: BotProcess;
let base: string;
let discord: DiscordSigner;

beforeAll(async () => {
  endpoint = BotProcess.start(
    {
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      // Deferred answers would follow up here; nothing in this file is slow enough to defer.
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      KNOWLEDGE_DIR: KNOWLEDGE,
    },
    'serve-http',
    ['--port', '0', '--host', '127.0.0.1'],
  );
  const listening = await endpoint.waitForLog((line) => line.msg === 'listening');
  base = `http://127.0.0.1:${String(listening.port)}`;
  discord = new DiscordSigner(`${base}/interactions`, keys);
}, 30_000);

afterAll(async () => {
  await endpoint?.stop().catch(() => undefined);
});

/** Discord's verdict on a callback body for an interaction of `type`: no problems, no parsed mentions. */
function expectValidCallback(reply: HttpReply, interactionType: number) {
  expect(reply.status).toBe(200);
  expect(reply.headers['content-type']).toBe('application/json');
  expect(checkInteractionCallback(reply.json, interactionType)).toEqual([]);
  const data = reply.json?.data;
  if (reply.json?.type !== 8) expect(mentionProblems(data, 'callback')).toEqual([]);
}

type Embed = {
  title?: string;
  description?: string;
  footer?: { text?: string };
  fields?: { name: string; value: string }[];
};
const embed = (reply: HttpReply): Embed =>
  ((reply.json?.data as { embeds?: Embed[] } | undefined)?.embeds ?? [])[0] ?? {};
const fields = (reply: HttpReply) => embed(reply).fields ?? [];

describe('serve-http', () => {
  it('logs where it listens and how many briefings and commands it serves', () => {
    const listening = endpoint.logs.find((line) => line.msg === 'listening');
    expect(listening).toMatchObject({ host: '127.0.0.1', briefings: 1, commands: registry.commands.length });
  });

  it('reports health at /healthz for load balancers', async () => {
    const reply = await httpRequest(`${base}/healthz`);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ status: 'ok', briefings: 1, commands: registry.commands.length });
  });

  it('answers PING with PONG', async () => {
    const reply = await discord.post(pingInteraction());
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ type: 1 });
  });

  it('takes interactions at / as well as /interactions', async () => {
    const reply = await new DiscordSigner(`${base}/`, keys).post(pingInteraction());
    expect(reply.json).toEqual({ type: 1 });
  });
});

describe('signatures', () => {
  it('refuses a request signed with another key with 401', async () => {
    const reply = await discord.post(pingInteraction(), { signWith: makeKeys().privateKey });
    expect(reply.status).toBe(401);
    expect(reply.json).toEqual({ error: 'invalid request signature' });
  });

  it('refuses a body changed after signing with 401', async () => {
    const reply = await discord.post(commandInteraction('summary'), {
      tamper: (body) => body.replace('"summary"', '"speakers"'),
    });
    expect(reply.status).toBe(401);
  });

  it('refuses a timestamp older than five minutes with 401, even when correctly signed', async () => {
    const reply = await discord.post(pingInteraction(), {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(reply.status).toBe(401);
  });

  it('refuses a request without signature headers with 401', async () => {
    const reply = await discord.post(pingInteraction(), { unsigned: true });
    expect(reply.status).toBe(401);
  });

  it('logs why a request was refused', async () => {
    await endpoint.waitForLog((l) => l.reason === 'missing-signature', 5_000);
    const reasons = endpoint.logs.filter((l) => l.msg === 'request refused: signature').map((l) => l.reason);
    expect(reasons).toEqual(['bad-signature', 'bad-signature', 'stale-timestamp', 'missing-signature']);
  });
});

/** A value for each required option, as a reader would type it. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  question: 'When will the ISF be deployed?',
  quote: 'huge failure',
  speaker: 'Hakan Fidan',
  name: 'isf-status',
  text: 'Fidan said it would be a "huge failure"',
};

describe('every command of the registry', () => {
  const chat = registry.commands.filter((c) => c.type !== 'message');
  it.each(chat.map((c) => [c.name, c] as const))(
    'answers /%s with a message that passes the schema',
    async (_name, spec) => {
      const values = Object.fromEntries(
        spec.options.filter((o) => o.required).map((o) => [o.name, SAMPLE_VALUES[o.name] ?? 'ISF']),
      );
      const reply = await discord.post(commandInteraction(spec.name, values));
      expectValidCallback(reply, 2);
      expect(reply.json?.type).toBe(4);
      expect(String(embed(reply).title ?? '').length).toBeGreaterThan(0);
      expect((reply.json?.data as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    },
  );
});

describe('answers', () => {
  it('/who-said names Hakan Fidan for "huge failure" and cites ¶14', async () => {
    const reply = await discord.post(commandInteraction('who-said', { quote: 'huge failure' }));
    expectValidCallback(reply, 2);
    expect(fields(reply)[0]?.name).toContain('Hakan Fidan');
    expect(fields(reply)[0]?.value).toContain(`¶14 · ${TITLE}`);
  });

  it('hide: true answers privately', async () => {
    const reply = await discord.post(commandInteraction('summary', { hide: true }));
    expectValidCallback(reply, 2);
    expect((reply.json?.data as { flags?: number }).flags).toBe(64);
  });

  it('mention pings only that member', async () => {
    const member = { id: '7234567890123456789', username: 'member' };
    const reply = await discord.post(
      commandInteraction('ask', { question: '@everyone is the ISF ready?', mention: member }),
    );
    expectValidCallback(reply, 2);
    expect(reply.json?.data).toMatchObject({
      content: `<@${member.id}>`,
      allowed_mentions: { parse: [], users: [member.id] },
    });
  });

  it('explains a user error privately', async () => {
    const reply = await discord.post(commandInteraction('summary', { briefing: 'oslo weather report' }));
    expectValidCallback(reply, 2);
    expect((reply.json?.data as { flags?: number }).flags).toBe(64);
    expect(embed(reply).title).toBe('Cannot answer that');
    expect(embed(reply).description).toContain('No briefing is called "oslo weather report".');
  });
});

describe('message commands', () => {
  it('"Who said this?" answers privately with the speaker and the cited paragraph', async () => {
    const reply = await discord.post(
      messageCommandInteraction(
        'Who said this?',
        'Meshaal said "disarming the factions is like separating us from our soul"',
      ),
    );
    expectValidCallback(reply, 2);
    expect((reply.json?.data as { flags?: number }).flags).toBe(64);
    const text = JSON.stringify((reply.json?.data as { embeds?: unknown }).embeds);
    expect(text).toContain('Khaled Meshaal');
    expect(text).toContain(`¶18 · ${TITLE}`);
  });
});

describe('autocomplete', () => {
  it('suggests Hakan Fidan first for "Fid", within the limits', async () => {
    const reply = await discord.post(autocompleteInteraction('quotes', 'speaker', { speaker: 'Fid' }));
    expectValidCallback(reply, 4);
    expect(reply.json?.type).toBe(8);
    const choices = (reply.json?.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices[0]?.value).toBe('Hakan Fidan');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('suggests the briefing for the briefing option', async () => {
    const reply = await discord.post(autocompleteInteraction('summary', 'briefing', { briefing: '' }));
    expectValidCallback(reply, 4);
    const choices = (reply.json?.data as { choices: { value: string }[] }).choices;
    expect(choices.map((c) => c.value)).toEqual(['gaza-stabilization-force']);
  });
});

describe('buttons', () => {
  const asker = { id: '5234567890123456789', username: 'asker' };
  const other = { id: '6234567890123456789', username: 'other' };

  it('turns the page for the asker with an update of the message, and refuses others privately', async () => {
    const first = await discord.post(commandInteraction('timeline', {}, asker));
    expectValidCallback(first, 2);
    expect(embed(first).footer?.text).toMatch(/Page 1\/\d+$/);
    const more = buttonsOf(first.json?.data).find((b) => b.label === 'More ▶');
    expect(more).toBeDefined();

    const turned = await discord.post(buttonInteraction(more!.custom_id, asker));
    expectValidCallback(turned, 3);
    expect(turned.json?.type).toBe(7);
    expect(embed(turned).footer?.text).toMatch(/Page 2\/\d+$/);

    const refused = await discord.post(buttonInteraction(more!.custom_id, other));
    expectValidCallback(refused, 3);
    expect(refused.json?.type).toBe(4);
    expect((refused.json?.data as { flags?: number }).flags).toBe(64);
    expect(embed(refused).title).toBe('Not your answer');
  });

  it('"Show ¶N" opens the whole cited paragraph privately', async () => {
    const answer = await discord.post(
      commandInteraction('ask', { question: 'What did Meshaal tell Al Jazeera about disarming?' }),
    );
    const show = buttonsOf(answer.json?.data).find((b) => b.label.startsWith('Show ¶'));
    expect(show).toBeDefined();
    const paragraph = await discord.post(buttonInteraction(show!.custom_id, reader()));
    expectValidCallback(paragraph, 3);
    expect((paragraph.json?.data as { flags?: number }).flags).toBe(64);
    expect(fields(paragraph)[0]?.value).toContain(
      'Senior Hamas leader Khaled Meshaal told Al Jazeera on Tuesday',
    );
  });
});

describe('HTTP hygiene', () => {
  it('refuses a body over the size limit with 413', async () => {
    const reply = await httpRequest(`${base}/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(512 * 1024, 0x20),
    });
    expect(reply.status).toBe(413);
  });

  it('answers 404 on unknown paths and 405 on the wrong method', async () => {
    expect((await httpRequest(`${base}/admin`)).status).toBe(404);
    expect((await httpRequest(`${base}/interactions`)).status).toBe(405);
  });

  it('answers 400 to a signed body that is not an interaction', async () => {
    const reply = await discord.post({ hello: 'world' });
    expect(reply.status).toBe(400);
  });
});

describe('shutdown', () => {
  it('stops on SIGTERM and exits 0', async () => {
    const code = await endpoint.stop('SIGTERM');
    expect(code).toBe(0);
    expect(endpoint.logs.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['signal received', 'shutting down', 'stopped']),
    );
    expect(endpoint.rawStderr).toEqual([]);
  });
});
