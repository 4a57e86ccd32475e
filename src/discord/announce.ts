/**
 * Announcements of new briefings: when a briefing appears in the knowledge folder while the bot
 * runs (a hot reload; the briefings present at startup are not new), the bot posts once to the
 * announcement channel its title, source, date and summary, pinging nobody. What was announced is
 * remembered in the knowledge folder's state file ({@link AnnouncedLog}), so a briefing is never
 * announced twice, also across restarts.
 */
import type { AnalysedBriefing } from '../analysis/types';
import type { Knowledge } from '../app';
import { buildAnnouncement } from '../briefs/announcement';
import type { AnnouncedLog } from '../knowledge/announced';
import type { Logger } from '../logger';
import { renderDiscordPages } from '../render/discord';
import { announcementBody, type ChannelMessageBody } from '../render/reply';
import { pageComponents } from './components';

/** The command name announcements are rendered under (their colour). */
export const ANNOUNCE_COMMAND = 'announce';

/** Posts a message in a channel (`POST /channels/{id}/messages`). */
export type PostMessage = (channelId: string, body: ChannelMessageBody) => Promise<unknown>;

/**
 * The message that announces `analysed`: the first page of its announcement (title, source, date,
 * summary bullets with citations) and a "Show ¶N" button per cited paragraph.
 */
export function announcementMessage(analysed: AnalysedBriefing): ChannelMessageBody {
  const [page] = renderDiscordPages(buildAnnouncement(analysed));
  const components = pageComponents({
    command: ANNOUNCE_COMMAND,
    args: {},
    page: 0,
    pageCount: 1,
    user: '',
    issued: 0,
    citations: page!.citations,
  });
  return announcementBody(page!.embed, components);
}

/** Options of {@link Announcer}. */
export interface AnnouncerOptions {
  /** The channel announcements go to (ANNOUNCE_CHANNEL_ID). */
  readonly channelId: string;
  /** What was announced before (the state file next to the briefings). */
  readonly log: AnnouncedLog;
  readonly logger: Logger;
}

/**
 * Posts announcements one at a time, in the order briefings appeared. Briefings that appear
 * before the bot is connected wait until {@link Announcer.attach} gives it a way to post.
 */
export class Announcer {
  private post?: PostMessage;
  private readonly waiting: (() => void)[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: AnnouncerOptions) {}

  /** Starts posting (once the bot is connected). */
  attach(post: PostMessage): void {
    this.post = post;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /**
   * Announces the briefings `slugs` of `knowledge` that were never announced. Never rejects: a
   * failed post is logged (and the briefing is not marked as announced).
   */
  announce(slugs: readonly string[], knowledge: Knowledge): Promise<void> {
    const briefings = slugs
      .filter((slug) => !this.options.log.has(slug))
      .map((slug) => knowledge.index.get(slug))
      .filter((analysed): analysed is AnalysedBriefing => analysed !== undefined);
    for (const analysed of briefings) {
      this.queue = this.queue.then(() => this.announceOne(analysed));
    }
    return this.queue;
  }

  /** Resolves when every queued announcement was posted (or failed). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async announceOne(analysed: AnalysedBriefing): Promise<void> {
    const { slug } = analysed.briefing;
    const log = this.options.logger.child({ briefing: slug, channel: this.options.channelId });
    if (this.options.log.has(slug)) return;
    try {
      const post = await this.connected();
      await post(this.options.channelId, announcementMessage(analysed));
    } catch (error) {
      log.error({ err: error }, 'could not announce the new briefing');
      return;
    }
    try {
      this.options.log.add(slug);
    } catch (error) {
      log.warn(
        { err: error },
        'announced, but could not record it in the state file; it may be announced again after a restart',
      );
    }
    log.info('new briefing announced');
  }

  private connected(): Promise<PostMessage> {
    const post = this.post;
    if (post) return Promise.resolve(post);
    return new Promise((resolve) => this.waiting.push(() => resolve(this.post!)));
  }
}
