/**
 * End to end: the real bot (`node dist/cli.js start`, discord.js) against the local fake Discord.
 * Every body the bot sends is checked against Discord's schemas by the fake; these tests assert
 * what the answers say (speakers, citations), not only that they were accepted.
 */
import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import { BotProcess, ROOT } from './bot-process';
import { FakeDiscord, type FakeMessage, type InteractionAnswer } from './fake-discord';

const KNOWLEDGE = join(ROOT, 'knowledge');
const registry = loadKnowledgeDir(KNOWLEDGE).registry;
const TITLE = "Gaza stabilization force: U.S. timeline, Turkey's troops and Hamas disarmament";

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  bot = BotProcess.start({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: KNOWLEDGE,
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

/** A value for each required option, as a reader would type it. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  question: 'When will the ISF be deployed?',
  quote: 'huge failure',
  speaker: 'Hakan Fidan',
  name: 'isf-status',
  text: 'Fidan said it would be a "huge failure"',
};

const choices = (answer: InteractionAnswer) =>
  (answer.data.choices as { name: string; value: string }[] | undefined) ?? [];
const description = (answer: InteractionAnswer) => String(embed(answer).description ?? '');
const footer = (answer: InteractionAnswer) =>
  String((embed(answer).footer as { text?: string } | undefined)?.text ?? '');

describe('every command of the registry', () => {
  const chat = registry.commands.filter((c) => c.type !== 'message');
  it.each(chat.map((c) => [c.name, c] as const))(
    'answers /%s with an embed that passes the schema',
    async (_name, spec) => {
      const options = Object.fromEntries(
        spec.options.filter((o) => o.required).map((o) => [o.name, SAMPLE_VALUES[o.name] ?? 'ISF']),
      );
      const answer = await fake.command(spec.name, options);
      expect(answer.type).toBe(4);
      expect(String(embed(answer).title ?? '').length).toBeGreaterThan(0);
      expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    },
  );
});

describe('/who-said', () => {
  it('names Hakan Fidan for "huge failure" and cites ¶14', async () => {
    const answer = await fake.command('who-said', { quote: 'huge failure' });
    expect(fields(answer)[0]?.name).toContain('Hakan Fidan');
    expect(fields(answer)[0]?.value).toContain('**huge failure**');
    expect(fields(answer)[0]?.value).toContain(`¶14 · ${TITLE}`);
  });
});

describe('/quotes', () => {
  it('lists what Khaled Meshaal said, citing ¶18 and ¶20', async () => {
    const answer = await fake.command('quotes', { speaker: 'Khaled Meshaal' });
    const cited = fields(answer).map((f) => f.value.match(/¶(\d+) ·/)?.[1]);
    expect(cited).toEqual(expect.arrayContaining(['18', '20']));
  });
});

describe('/isf-status (a topic command declared by the briefing)', () => {
  it('gives the status brief with the deployment date from ¶1 first', async () => {
    const answer = await fake.command('isf-status');
    expect(embed(answer).title).toBe('International Stabilization Force: where it stands');
    expect(fields(answer)[0]?.value).toContain('start of 2026');
    expect(fields(answer)[0]?.value).toContain(`¶1 · ${TITLE}`);
  });
});

describe('autocomplete', () => {
  it('suggests Hakan Fidan first for "Fid" and is never deferred', async () => {
    const answer = await fake.autocomplete('quotes', 'speaker', { speaker: 'Fid' });
    expect(answer.type).toBe(8);
    expect(choices(answer)[0]?.value).toBe('Hakan Fidan');
  });

  it('offers useful speakers when the field is still empty', async () => {
    const answer = await fake.autocomplete('quotes', 'speaker', { speaker: '' });
    expect(choices(answer).length).toBeGreaterThan(2);
    expect(choices(answer).map((c) => c.value)).toEqual(
      expect.arrayContaining(['Hakan Fidan', 'Khaled Meshaal']),
    );
  });

  it('suggests the briefing for the briefing option', async () => {
    const answer = await fake.autocomplete('summary', 'briefing', { briefing: '' });
    expect(choices(answer).map((c) => c.value)).toEqual(['gaza-stabilization-force']);
    expect(choices(answer)[0]?.name).toContain('Gaza stabilization force');
  });

  it('suggests topics for /topic name', async () => {
    const answer = await fake.autocomplete('topic', 'name', { name: 'isf' });
    expect(choices(answer)[0]?.value).toBe('isf-status');
  });

  it('suggests statements for /who-said quote', async () => {
    const answer = await fake.autocomplete('who-said', 'quote', { quote: 'huge fail' });
    expect(choices(answer).length).toBeGreaterThan(0);
    expect(choices(answer)[0]?.name).toContain('Hakan Fidan');
    expect(choices(answer)[0]?.name).toContain('huge');
  });

  it('keeps to 25 choices of at most 100 characters', async () => {
    const answer = await fake.autocomplete('who-said', 'quote', { quote: '' });
    expect(choices(answer).length).toBeLessThanOrEqual(25);
    for (const choice of choices(answer)) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});

describe('paging buttons', () => {
  const asker = { id: '5234567890123456789', username: 'asker' };
  const other = { id: '6234567890123456789', username: 'other' };
  let first: InteractionAnswer;

  beforeAll(async () => {
    first = await fake.command('timeline', {}, asker);
  });

  const button = (message: FakeMessage | undefined, label: string) => {
    const found = fake.buttons(message).find((b) => b.label === label);
    if (!found) throw new Error(`no "${label}" button among ${JSON.stringify(fake.buttons(message))}`);
    return found.custom_id;
  };

  it('shows page 1 with a More button whose custom_id fits in 100 characters', () => {
    expect(footer(first)).toMatch(/Page 1\/\d+$/);
    const ids = fake.buttons(first.message).map((b) => b.custom_id);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
  });

  it('turns to page 2 for the asker (an update of the same message), and back', async () => {
    const more = await fake.click(first.message!, button(first.message, 'More ▶'), asker);
    expect(more.type).toBe(7);
    expect(footer(more)).toMatch(/Page 2\/\d+$/);
    expect(more.message?.id).toBe(first.message?.id);
    const back = await fake.click(more.message!, button(more.message, '◀ Back'), asker);
    expect(back.type).toBe(7);
    expect(footer(back)).toMatch(/Page 1\/\d+$/);
  });

  it('answers only the asker: others get a private notice and the message stays', async () => {
    const before = JSON.stringify(first.message?.embeds);
    const answer = await fake.click(first.message!, button(first.message, 'More ▶'), other);
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(embed(answer).title).toBe('Not your answer');
    expect(JSON.stringify(first.message?.embeds)).toBe(before);
  });

  it('expires cleanly: an old page button removes the buttons', async () => {
    const id = button(first.message, 'More ▶');
    const parts = id.split('|');
    parts[3] = (Math.floor(Date.now() / 1000) - 16 * 60).toString(36);
    const answer = await fake.click(first.message!, parts.join('|'), asker);
    expect(answer.type).toBe(7);
    expect(answer.data.components).toEqual([]);
    expect(answer.data.embeds).toBeUndefined();
  });

  it('"Show ¶N" opens the whole cited paragraph privately', async () => {
    const answer = await fake.command(
      'ask',
      { question: 'What did Meshaal tell Al Jazeera about disarming?' },
      asker,
    );
    const show = fake.buttons(answer.message).find((b) => b.label.startsWith('Show ¶'));
    expect(show).toBeDefined();
    const paragraph = await fake.click(answer.message!, show!.custom_id, other);
    expect(paragraph.type).toBe(4);
    expect(paragraph.data.flags).toBe(64);
    expect(embed(paragraph).title).toBe(`${show!.label.replace('Show ', '')} · ${TITLE}`);
    expect(fields(paragraph)[0]?.value).toContain(
      'Senior Hamas leader Khaled Meshaal told Al Jazeera on Tuesday',
    );
  });
});

describe('message commands', () => {
  const asker = { id: '5334567890123456789', username: 'checker' };
  const bodyText = (answer: InteractionAnswer) => JSON.stringify(answer.data.embeds);
  let meshaal: InteractionAnswer;
  let meshaalTarget: string;

  beforeAll(async () => {
    meshaal = await fake.messageCommand(
      'Who said this?',
      'Meshaal said "disarming the factions is like separating us from our soul"',
      asker,
    );
    meshaalTarget = fake.lastTargetMessageId!;
  });

  it('"Who said this?" names Khaled Meshaal, to Al Jazeera, ¶18, as a close quote with the real words, privately', () => {
    expect(meshaal.type).toBe(4);
    expect(meshaal.data.flags).toBe(64);
    const [first] = fields(meshaal);
    expect(first?.name).toContain('≈ Close');
    expect(first?.name).toContain('Khaled Meshaal → Al Jazeera');
    expect(first?.value).toContain(
      'Disarming the Palestinian factions, for Palestinians, is like separating them from their soul.',
    );
    expect(first?.value).toContain('Compared:');
    expect(first?.value).toContain(`¶18 · ${TITLE}`);
  });

  it('"Who said this?" on `Fidan: "Our forces are ready"`: the briefing gives it to Turkish security sources (¶11)', async () => {
    const answer = await fake.messageCommand('Who said this?', 'Fidan: "Our forces are ready"');
    expect(answer.data.flags).toBe(64);
    expect(fields(answer)[0]?.name).toContain(
      'Attributed to Fidan in the message, but the briefing gives it to Turkish security sources (¶11)',
    );
    expect(fields(answer)[0]?.value).toContain(`¶11 · ${TITLE}`);
  });

  it('"Who said this?" on a message without quotation marks that matches nothing says so and suggests the closest statements', async () => {
    const answer = await fake.messageCommand(
      'Who said this?',
      'The weather in Oslo was cold and grey all week long',
    );
    expect(answer.data.flags).toBe(64);
    expect(description(answer)).toContain('The message has no quotation marks');
    expect(description(answer)).toContain('not in the briefings');
    expect(fields(answer).map((f) => f.value)).toContain('Not in the briefings.');
    expect(description(answer)).toMatch(/Did you mean: `[^`]+\(¶\d+\)`/);
  });

  it('offers the asker a "Post in channel" button whose custom_id fits in 100 characters', () => {
    const post = fake.buttons(meshaal.message).find((b) => b.label === 'Post in channel');
    expect(post?.custom_id).toBe(`pc|${asker.id}|${meshaalTarget}`);
    expect(post!.custom_id.length).toBeLessThanOrEqual(100);
  });

  it('lets nobody but the asker post the check', async () => {
    const post = fake.buttons(meshaal.message).find((b) => b.label === 'Post in channel')!;
    const posts = fake.channelPosts().length;
    const answer = await fake.click(meshaal.message!, post.custom_id, {
      id: '6334567890123456789',
      username: 'someone',
    });
    expect(answer.data.flags).toBe(64);
    expect(embed(answer).title).toBe('Not your answer');
    expect(fake.channelPosts().length).toBe(posts);
  });

  it('posts the check publicly as a reply to the message, pinging nobody, and removes the button', async () => {
    const post = fake.buttons(meshaal.message).find((b) => b.label === 'Post in channel')!;
    const posts = fake.channelPosts().length;
    const answer = await fake.click(meshaal.message!, post.custom_id, asker);
    const [posted, ...more] = fake.channelPosts().slice(posts);
    expect(more).toEqual([]);
    expect(posted?.message_reference).toEqual({ message_id: meshaalTarget, fail_if_not_exists: false });
    expect(posted?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(posted?.flags).toBe(0);
    expect(posted?.embeds).toEqual(meshaal.data.embeds);
    expect(fake.buttons(posted).map((b) => b.label)).toEqual(['Show ¶18']);
    expect(answer.type).toBe(7);
    expect(answer.data.content).toBe('Posted in the channel as a reply to the message.');
    expect(fake.buttons(answer.message).map((b) => b.label)).not.toContain('Post in channel');
  });

  it('"Find in briefings" answers the message as a question', async () => {
    const answer = await fake.messageCommand(
      'Find in briefings',
      'Has the Turkish military finished training its troops?',
    );
    expect(answer.type).toBe(4);
    expect(bodyText(answer)).toContain('¶7 ·');
    expect(fake.buttons(answer.message).map((b) => b.label)).not.toContain('Post in channel');
  });
});

describe('/reload (admins only)', () => {
  afterEach(() => {
    fake.memberPermissions = FakeDiscord.MEMBER_PERMISSIONS;
  });

  it('is refused privately to a member without Manage Server', async () => {
    const answer = await fake.command('reload');
    expect(answer.data.flags).toBe(64);
    expect(description(answer)).toContain(
      '/reload is for server admins: it needs the Manage Server permission.',
    );
  });

  it('reloads the knowledge folder for an admin and says what changed', async () => {
    fake.memberPermissions = FakeDiscord.ADMIN_PERMISSIONS;
    const answer = await fake.command('reload');
    expect(embed(answer).title).toBe('Briefings reloaded');
    expect(description(answer)).toBe('1 briefing loaded.');
    expect(fields(answer).map((f) => `${f.name}: ${f.value}`)).toEqual([
      'Added: none',
      'Changed: none',
      'Removed: none',
    ]);
  });
});

describe('hide and mention', () => {
  it('hide: true makes the answer ephemeral', async () => {
    const answer = await fake.command('summary', { hide: true });
    expect(answer.data.flags).toBe(64);
  });

  it('mention pings only that member; text in the question pings nobody', async () => {
    const member = { id: '7234567890123456789', username: 'member' };
    const answer = await fake.command('ask', {
      question: '@everyone <@&42> is the ISF ready?',
      mention: member,
    });
    expect(answer.data.content).toBe(`<@${member.id}>`);
    expect(answer.data.allowed_mentions).toEqual({ parse: [], users: [member.id] });
    expect(JSON.stringify(answer.data.embeds)).not.toContain('@everyone');
  });
});

describe('errors', () => {
  it('explains a user error privately: what was wrong and what to do', async () => {
    const answer = await fake.command('summary', { briefing: 'oslo weather report' });
    expect(answer.data.flags).toBe(64);
    expect(embed(answer).title).toBe('Cannot answer that');
    expect(description(answer)).toContain('No briefing is called "oslo weather report".');
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
