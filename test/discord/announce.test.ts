import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadKnowledgeDir } from '../../src/app';
import { Announcer, announcementMessage } from '../../src/discord/announce';
import { AnnouncedLog, ANNOUNCED_FILE } from '../../src/knowledge/announced';
import type { ChannelMessageBody } from '../../src/render/reply';
import { checkChannelMessage, mentionProblems } from '../e2e/discord-rules';

const knowledge = loadKnowledgeDir(join(__dirname, '..', '..', 'knowledge'));
const seed = knowledge.index.get('gaza-stabilization-force')!;
const CHANNEL = '3234567890123456789';

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

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-bot-announced-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('announcementMessage', () => {
  it('gives the title, source, date and summary of the briefing, pinging nobody, within Discord rules', () => {
    const body = announcementMessage(seed);
    const embed = body.embeds[0]!;
    expect(embed.title).toBe(`New briefing: ${seed.briefing.title}`);
    expect(embed.description?.split('\n')[0]).toBe('Newsmax · 2025-12-10');
    expect(embed.fields?.[0]?.value).toContain('¶1 ·');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.components[0]?.components.map((b) => (b as { label: string }).label)[0]).toBe('Show ¶1');
    expect(checkChannelMessage(body)).toEqual([]);
    expect(mentionProblems(body, 'announcement')).toEqual([]);
  });
});

describe('Announcer', () => {
  it('waits until it can post, posts each new briefing once, and records it in the state file', async () => {
    const posted: [string, ChannelMessageBody][] = [];
    const { logger } = capture();
    const announcer = new Announcer({ channelId: CHANNEL, log: new AnnouncedLog(dir), logger });
    const done = announcer.announce(['gaza-stabilization-force'], knowledge);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(posted).toEqual([]);
    announcer.attach(async (channel, body) => void posted.push([channel, body]));
    await done;
    await announcer.announce(['gaza-stabilization-force', 'no-such-briefing'], knowledge);
    expect(posted.map(([channel, body]) => [channel, body.embeds[0]?.title])).toEqual([
      [CHANNEL, `New briefing: ${seed.briefing.title}`],
    ]);
    expect(JSON.parse(readFileSync(join(dir, ANNOUNCED_FILE), 'utf8'))).toEqual({
      announced: ['gaza-stabilization-force'],
    });
    // A new process reads the state file: nothing is announced again.
    const again = new Announcer({ channelId: CHANNEL, log: new AnnouncedLog(dir), logger });
    again.attach(async (channel, body) => void posted.push([channel, body]));
    await again.announce(['gaza-stabilization-force'], knowledge);
    expect(posted).toHaveLength(1);
  });

  it('logs a failed post, does not mark the briefing, and never rejects', async () => {
    const { logger, lines } = capture();
    const announcer = new Announcer({ channelId: CHANNEL, log: new AnnouncedLog(dir), logger });
    announcer.attach(() => Promise.reject(Object.assign(new Error('Missing Access'), { code: 50001 })));
    await expect(announcer.announce(['gaza-stabilization-force'], knowledge)).resolves.toBeUndefined();
    expect(lines.map((l) => [l.level, l.msg, l.briefing])).toEqual([
      [50, 'could not announce the new briefing', 'gaza-stabilization-force'],
    ]);
    expect(new AnnouncedLog(dir).has('gaza-stabilization-force')).toBe(false);
  });
});
